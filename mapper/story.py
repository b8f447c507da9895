"""A story read end to end: its places, its journey and its checked distance claims."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .document import Document
from .model import Journey, Mention, Place

if TYPE_CHECKING:
    from .claims import ClaimCheck
    from .gazetteer import Gazetteer

__all__ = ["Story", "read_story"]


@dataclass(frozen=True, slots=True)
class Story:
    """Everything mapper finds in one text; :func:`mapper.render` draws it."""

    document: Document  #: The text read once: sentences and place mentions by position.
    title: str  #: Its headline or file name.
    journey: Journey  #: Stops in order and the legs between them.
    claims: tuple[ClaimCheck, ...]  #: Every distance claim, checked.

    @property
    def text(self) -> str:
        """Return the story as given."""
        return self.document.text

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Return every place the story names, in order."""
        return self.document.mentions

    @property
    def demonyms(self) -> tuple[Mention, ...]:
        """Return the adjectives of countries the story uses ("North Korean")."""
        return self.document.demonyms

    @property
    def sites(self) -> tuple[Mention, ...]:
        """Return the resolved place mentions (for the map's site layer)."""
        return tuple(m for m in self.mentions if m.place is not None)

    @property
    def site_places(self) -> tuple[Place, ...]:
        """Return the places the story names, each once, in order (for exports)."""
        return tuple(dict.fromkeys(m.place for m in self.mentions if m.place is not None))


def read_story(
    text: str,
    *,
    title: str = "",
    itinerary: str | Path | Journey | None = None,
    gazetteer: Gazetteer | None = None,
) -> Story:
    """Read a story once: its places, its journey (or one read from an itinerary file,
    or given) and its distance claims, checked, with rail distances.

    The text is geoparsed once into a :class:`~mapper.document.Document`; the journey
    and the claims are read from that document, by position.

    Examples
    --------
    >>> story = read_story("The train left Vladivostok and arrived in Ussuriysk, some 80 km "
    ...                    "north of Vladivostok.")
    >>> [s.place.name for s in story.journey.stops], story.claims[0].verdict
    (['Vladivostok', 'Ussuriysk'], 'consistent')
    """
    from .claims import check_claims
    from .geoparse import parse_document
    from .journey import journey_from_document, read_itinerary
    from .rail import route_km_for_claims

    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    doc = parse_document(text, gazetteer=gazetteer)
    if isinstance(itinerary, Journey):
        journey = itinerary
    elif itinerary is not None:
        journey = read_itinerary(itinerary, gazetteer=gazetteer)
    else:
        journey = journey_from_document(doc, gazetteer=gazetteer, title=title)
    claims = check_claims(doc, gazetteer, route_km=route_km_for_claims)
    return Story(
        document=doc,
        title=title or journey.title,
        journey=journey,
        claims=tuple(claims),
    )
