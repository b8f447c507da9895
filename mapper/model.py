"""Immutable value types shared across mapper: places (from :mod:`mapper.place`) and
the story's mentions, stops, legs and journeys."""

from __future__ import annotations

from dataclasses import dataclass

from .place import AREA_KINDS, KINDS, MATCHES, Candidate, Place

__all__ = [
    "AREA_KINDS",
    "KINDS",
    "MATCHES",
    "OTHER_READINGS",
    "ROLES",
    "STATUSES",
    "Candidate",
    "Journey",
    "Leg",
    "Mention",
    "Place",
    "Stop",
]

#: Roles of a stop in a journey.
ROLES = ("origin", "stop", "destination")
#: Statuses of a stop: seen or reported as done, guessed at, or implied by the story.
STATUSES = ("confirmed", "speculated", "implied")
#: How many other readings the geoparser keeps in a mention's ``candidates``: a name
#: with fewer has no others.
OTHER_READINGS = 5


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text, with its resolution (or the lack of one)."""

    surface: str  #: The text as written, e.g. "Komsomolsk-on-Amur".
    start: int  #: Offset of the first character in the text.
    end: int  #: Offset just past the last character (``text[start:end] == surface``).
    place: Place | None  #: The resolved place, or None.
    confidence: float = 0.0  #: In [0, 1].
    evidence: tuple[str, ...] = ()  #: Why it was recognised and resolved so.
    candidates: tuple[Candidate, ...] = ()  #: Other readings considered, best first.
    #: For a demonym or adjective: the ISO code of its country ("North Korean": "KP"), or
    #: the name of the wider area it refers to ("European": "Europe").
    adjective_of: str = ""

    @property
    def adjective_country(self) -> str:
        """Return the ISO code of the country a demonym refers to, or ''."""
        code = self.adjective_of
        return code if len(code) == 2 and code.isupper() else ""

    def to_dict(self) -> dict:
        """Return the mention as a JSON-ready dict."""
        p = self.place
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "name": p.name if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "kind": p.kind if p else None,
            "country": p.country if p else None,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Stop:
    """A place on a journey, in order."""

    place: Place
    role: str = "stop"  #: One of :data:`ROLES`.
    status: str = "confirmed"  #: One of :data:`STATUSES`.
    date: str = ""  #: ISO date (or start of a range) when known, e.g. "2023-09-12".
    date_end: str = ""  #: ISO date ending a range, when the text gives one.
    sentence: str = ""  #: The sentence (or itinerary note) that supports the stop.
    mode: str = "rail"  #: How the traveller arrived here: rail, road, air, sea, unknown.
    #: Where the stop is reported (an itinerary's ``source``: a URL or a citation).
    reported_by: str = ""

    def to_dict(self) -> dict:
        """Return the stop as a JSON-ready dict."""
        p = self.place
        return {
            "name": p.name,
            "role": self.role,
            "status": self.status,
            "date": self.date or None,
            "date_end": self.date_end or None,
            "mode": self.mode,
            "kind": p.kind,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "source": p.source,
            "sentence": self.sentence,
            "reported_by": self.reported_by or None,
        }

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {self.role!r}")
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, got {self.status!r}")


@dataclass(frozen=True, slots=True)
class Leg:
    """The way between two consecutive stops."""

    start: Stop
    end: Stop
    mode: str  #: rail, road, air, sea or unknown.
    straight_km: float  #: Geodesic length in km.
    rail_km: float | None = None  #: Length along the railway network, None when off it.
    path: tuple[tuple[float, float], ...] = ()  #: (lat, lon) points to draw, unwrapped.
    note: str = ""  #: How the length was found ("kilometre posts", "geodesic fallback"...).

    def to_dict(self) -> dict:
        """Return the leg as a JSON-ready dict (lengths in km, rounded to the metre)."""
        return {
            "from": self.start.place.name,
            "to": self.end.place.name,
            "mode": self.mode,
            "status": self.status,
            "straight_km": round(self.straight_km, 3),
            "rail_km": None if self.rail_km is None else round(self.rail_km, 3),
            "note": self.note,
        }

    @property
    def status(self) -> str:
        """Return the weaker status of the two ends (speculated beats confirmed)."""
        order = {s: i for i, s in enumerate(STATUSES)}
        return max(self.start.status, self.end.status, key=order.__getitem__)


@dataclass(frozen=True, slots=True)
class Journey:
    """Ordered stops and the legs between them, plus the sites a story names."""

    stops: tuple[Stop, ...]
    legs: tuple[Leg, ...] = ()
    sites: tuple[Mention, ...] = ()  #: Places named but not on the route (e.g. a forum city).
    title: str = ""
