"""A story as the reader corrected it: the text read once, then the reader's corrections.

The text is parsed once (and kept: a correction does not parse it again); a correction
edits the parsed document's mentions by position (another place for a mention, or
"not a place"), and the journey and the claims are read again from the edited document,
as :func:`mapper.read_story` reads them. Corrections to stops (not a stop, a status, an
order) then apply to the journey, whose legs are drawn again between the stops kept.

Examples
--------
>>> from mapper.model import Place
>>> text = "The train left Vladivostok and reached Ussuriysk, some 80 km north of Vladivostok."
>>> story = corrected_story(text)
>>> [s.place.name for s in story.journey.stops], story.claims[0].verdict
(['Vladivostok', 'Ussuriysk'], 'consistent')
>>> khabarovsk = Place("Khabarovsk", lat=48.48271, lon=135.08379, country="RU")
>>> fixed = corrected_story(text, Corrections(places={39: khabarovsk}))
>>> fixed.claims[0].target.name, fixed.claims[0].verdict
('Khabarovsk', 'understated')
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import DataError
from ..model import STATUSES, Journey, Mention, Place

if TYPE_CHECKING:
    from ..document import Document
    from ..gazetteer import Gazetteer
    from ..story import Story

__all__ = ["Corrections", "corrected_story", "stop_key"]


@dataclass(frozen=True)
class Corrections:
    """What a reader changed. Mentions are named by their start offset in the text,
    stops by :func:`stop_key`."""

    places: Mapping[int, Place] = field(default_factory=dict)  #: Another place for a mention.
    not_places: frozenset[int] = frozenset()  #: Mentions that are not places at all.
    not_stops: frozenset[str] = frozenset()  #: Stops that are places named, not visited.
    statuses: Mapping[str, str] = field(default_factory=dict)  #: A stop's status, changed.
    order: Sequence[str] = ()  #: Stops in the reader's order (those left out keep theirs).

    def __post_init__(self) -> None:
        for key, status in self.statuses.items():
            if status not in STATUSES:
                raise DataError(f"status of {key!r}", f"{status!r} is not one of {STATUSES}")

    @property
    def touches_stops(self) -> bool:
        """Return whether any correction is to the journey's stops."""
        return bool(self.not_stops or self.statuses or self.order)


def stop_key(place: Place) -> str:
    """Return the name a stop is corrected by: its place's name and point.

    Examples
    --------
    >>> stop_key(Place("Ussuriysk", lat=43.80467, lon=131.95734))
    'Ussuriysk@43.80467,131.95734'
    """
    return f"{place.name}@{place.lat:.5f},{place.lon:.5f}"


def corrected_story(
    text: str,
    corrections: Corrections | None = None,
    *,
    title: str = "",
    itinerary: Journey | None = None,
    gazetteer: Gazetteer | None = None,
) -> Story:
    """Read a story and apply a reader's corrections (see the module docstring)."""
    from ..claims import check_claims
    from ..journey import journey_from_document
    from ..rail import route_km_for_claims
    from ..story import Story

    if gazetteer is None:
        from ..gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    corrections = corrections or Corrections()
    doc = _edited(_parsed(text, gazetteer), corrections)
    journey = itinerary or journey_from_document(doc, gazetteer=gazetteer, title=title)
    if corrections.touches_stops:
        journey = _adjusted(journey, corrections)
    claims = check_claims(doc, gazetteer, route_km=route_km_for_claims)
    return Story(document=doc, title=title or journey.title, journey=journey, claims=tuple(claims))


@functools.lru_cache(maxsize=8)
def _parsed(text: str, gazetteer: Gazetteer) -> Document:
    from ..geoparse import parse_document

    return parse_document(text, gazetteer=gazetteer)


def _edited(doc: Document, corrections: Corrections) -> Document:
    if not corrections.places and not corrections.not_places:
        return doc
    mentions: list[Mention] = []
    for mention in doc.mentions:
        if mention.start in corrections.not_places:
            continue
        chosen = corrections.places.get(mention.start)
        if chosen is not None:
            mention = dataclasses.replace(
                mention,
                place=chosen,
                confidence=1.0,
                evidence=(*mention.evidence, "chosen by the reader"),
            )
        mentions.append(mention)
    return dataclasses.replace(doc, mentions=tuple(mentions))


def _adjusted(journey: Journey, corrections: Corrections) -> Journey:
    from ..journey import legs_between, with_roles

    stops = [s for s in journey.stops if stop_key(s.place) not in corrections.not_stops]
    stops = [
        dataclasses.replace(s, status=corrections.statuses.get(stop_key(s.place), s.status))
        for s in stops
    ]
    wanted = {key: n for n, key in enumerate(corrections.order)}
    stops.sort(key=lambda s: wanted.get(stop_key(s.place), len(wanted)))  # stable: others keep
    stops = with_roles(stops)  # the reader's rule, so a corrected journey reads as a fresh one
    return dataclasses.replace(journey, stops=tuple(stops), legs=tuple(legs_between(stops)))
