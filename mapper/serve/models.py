"""The shapes of the API's requests: a session (a text or an itinerary, and the
reader's corrections), checked by pydantic before any work starts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..model import KINDS, Place
from .session import Corrections

__all__ = ["CorrectionsIn", "ItineraryIn", "PlaceIn", "SessionIn"]

#: The longest text the page reads at once (the request itself is capped at 2 MB).
MAX_TEXT = 1_500_000


class PlaceIn(BaseModel):
    """A place the reader chose (from a mention's readings or a gazetteer search)."""

    name: str = Field(min_length=1, max_length=200)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    kind: str = "city"
    country: str = Field(default="", max_length=2)
    source: str = Field(default="", max_length=500)

    def place(self) -> Place:
        """Return the chosen place."""
        kind = self.kind if self.kind in KINDS else "city"
        return Place(self.name, lat=self.lat, lon=self.lon, kind=kind, country=self.country,
                     source=self.source)  # fmt: skip


class CorrectionsIn(BaseModel):
    """The reader's corrections: mentions by their start offset, stops by their key."""

    places: dict[int, PlaceIn] = Field(default_factory=dict)
    not_places: list[int] = Field(default_factory=list)
    not_stops: list[str] = Field(default_factory=list)
    statuses: dict[str, Literal["confirmed", "speculated", "implied"]] = Field(default_factory=dict)
    order: list[str] = Field(default_factory=list)

    def corrections(self) -> Corrections:
        """Return them as :class:`~mapper.serve.session.Corrections`."""
        return Corrections(
            places={start: p.place() for start, p in self.places.items()},
            not_places=frozenset(self.not_places),
            not_stops=frozenset(self.not_stops),
            statuses=dict(self.statuses),
            order=tuple(self.order),
        )


class ItineraryIn(BaseModel):
    """An itinerary file's text and its format (its suffix)."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    format: Literal[".csv", ".yaml", ".yml", ".geojson", ".json"] = ".csv"


class SessionIn(BaseModel):
    """A session: the story's text (or an itinerary) and the reader's corrections; the
    page saves it as JSON and opens it again."""

    text: str = Field(default="", max_length=MAX_TEXT)
    title: str = Field(default="", max_length=300)
    itinerary: ItineraryIn | None = None
    corrections: CorrectionsIn = Field(default_factory=CorrectionsIn)
