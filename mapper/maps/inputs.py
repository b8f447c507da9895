"""What a map draws, read once from a story or from separate pieces.

:func:`read_inputs` turns the arguments of :func:`mapper.maps.render` into one
:class:`MapInputs`: the journey's stops and a leg for each pair of them, the sites
(each place once, with the other spellings the story used), the checked claims, the
title, and for each place the story's sentences about it.

Places are told apart by identity, never by name: a :class:`~mapper.model.Place` is a
frozen, hashable value, and it is the key of every table here, so two places that
share a name in one story ("Paris" in France and "Paris" in Texas) keep their own
sentences and markers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..document import Document
from ..geodesy import distance_km
from ..model import AREA_KINDS, Journey, Leg, Mention, Place, Stop
from ..story import Story
from .markup import stop_dates

if TYPE_CHECKING:
    from ..claims import ClaimCheck

__all__ = ["MapInputs", "Site", "read_inputs"]

#: A sentence and its date as text ("" when unknown).
Dated = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Site:
    """A place the story names, drawn once however often it is named."""

    place: Place
    surfaces: tuple[str, ...] = ()  #: Other spellings the story used, in order.


@dataclass(frozen=True)
class MapInputs:
    """Everything one map draws, read and checked."""

    stops: tuple[Stop, ...] = ()  #: The journey's stops in travel order.
    legs: tuple[Leg, ...] = ()  #: One leg per consecutive pair of stops.
    sites: tuple[Site, ...] = ()  #: Places named, areas and unresolved mentions left out.
    claims: tuple[ClaimCheck, ...] = ()  #: Every checked claim, drawn or not.
    title: str = ""  #: The headline or file name; empty for no title box.
    #: The story's sentences about each place, each ``(sentence, date)``, no repeats.
    sentences: Mapping[Place, tuple[Dated, ...]] = field(default_factory=dict)

    @property
    def longitudes(self) -> list[float]:
        """Return the longitudes of everything drawn (the unwrapping centres on them)."""
        lons = [s.place.lon for s in self.stops] + [s.place.lon for s in self.sites]
        for check in self.claims:
            lons.extend(end.lon for end in (check.origin, check.target) if end is not None)
        return lons


def read_inputs(
    story: Story | Journey | None = None,
    *,
    claims: Sequence[ClaimCheck] = (),
    sites: Sequence[Mention | Place] = (),
    title: str = "",
    sentences: Mapping[Place, Sequence[str | Dated]] | None = None,
    document: Document | None = None,
) -> MapInputs:
    """Return what :func:`mapper.maps.render` draws for its arguments (see there).

    Raises
    ------
    TypeError
        When ``story`` is not a Story, a Journey or None, when a claim is a dict
        rather than a ClaimCheck, or when ``sentences`` is keyed by anything but Place.
    """
    journey: Journey | None
    if isinstance(story, Story):
        journey = story.journey
        claims = claims or story.claims
        title = title or story.title
        document = document or story.document
    elif story is None or isinstance(story, Journey):
        journey = story
    else:
        raise TypeError(
            f"render() takes a Journey or a Story (from mapper.read_story) as its first "
            f"argument, got {type(story).__name__}"
        )
    for check in claims:
        if isinstance(check, Mapping):
            raise TypeError(
                "claims must be ClaimCheck objects (from mapper.claims.check_claims), "
                "not dicts; pass the checks themselves, not their to_dict()"
            )
    if not sites and document is not None:
        sites = document.mentions
    stops = journey.stops if journey else ()
    items = [*(journey.sites if journey else ()), *sites]

    said: dict[Place, list[Dated]] = {}
    for place, values in (sentences or {}).items():
        if not isinstance(place, Place):
            raise TypeError(
                f"sentences must be keyed by Place, got {type(place).__name__} {place!r}: "
                f"places that share a name would mix their sentences"
            )
        for value in [values] if isinstance(values, str) else values:
            sentence, date = (value, "") if isinstance(value, str) else value
            said.setdefault(place, []).append((str(sentence), str(date or "")))
    if document is not None:
        for item in items:
            if isinstance(item, Mention) and item.place is not None and item.end > item.start:
                sentence = " ".join(document.sentence_of(item.start).split())
                if sentence:
                    said.setdefault(item.place, []).append((sentence, ""))
    for stop in stops:
        if stop.sentence:
            said.setdefault(stop.place, []).append((stop.sentence, stop_dates(stop)))

    return MapInputs(
        stops=stops,
        legs=_legs_for(journey) if journey else (),
        sites=_collect_sites(items),
        claims=tuple(claims),
        title=title or (journey.title if journey else ""),
        sentences={place: _dedupe(found) for place, found in said.items()},
    )


def _collect_sites(items: Iterable[Mention | Place]) -> tuple[Site, ...]:
    """Return each resolved place once, in order, with the other spellings used for it."""
    found: dict[Place, list[str]] = {}
    for item in items:
        place, surface = (item, "") if isinstance(item, Place) else (item.place, item.surface)
        if place is None or place.kind in AREA_KINDS:
            continue  # an area's representative point is not a place the story is about
        surfaces = found.setdefault(place, [])
        if surface and surface != place.name and surface not in surfaces:
            surfaces.append(surface)
    return tuple(Site(place, tuple(surfaces)) for place, surfaces in found.items())


def _dedupe(items: Iterable[Dated]) -> tuple[Dated, ...]:
    """Return each sentence once, in order, with a date if any of its copies has one."""
    seen: dict[str, str] = {}
    for sentence, date in items:
        if sentence not in seen or (date and not seen[sentence]):
            seen[sentence] = date
    return tuple(seen.items())


def _legs_for(journey: Journey) -> tuple[Leg, ...]:
    """Return a leg for each pair of consecutive stops: the journey's, else a geodesic one."""
    stops, legs = journey.stops, journey.legs
    if len(legs) == len(stops) - 1 and all(
        leg.start == a and leg.end == b for leg, a, b in zip(legs, stops, stops[1:], strict=False)
    ):
        return legs
    out = []
    for a, b in itertools.pairwise(stops):
        match = next((leg for leg in legs if leg.start == a and leg.end == b), None)
        if match is None:
            match = Leg(a, b, mode=b.mode, straight_km=distance_km(a.place, b.place))
        out.append(match)
    return tuple(out)
