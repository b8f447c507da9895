"""Names qualified by their region or country ("Springfield, Illinois", "Paris, France"),
and initialisms that only look like a region's abbreviation ("L.A." is not "La.")."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import AmbiguousPlace, PlaceNotFound
from ..names import fold
from ..place import Place

if TYPE_CHECKING:
    from .query import Gazetteer, PlaceRef

__all__ = ["lookup_qualified", "town_of_namesake_areas", "written_otherwise"]

#: Kinds a name is read as first inside its region or country (a town, not a namesake area).
_POINT_KINDS = ("city", "town")


def lookup_qualified(
    gazetteer: Gazetteer,
    query: str,
    *,
    country: str | None = None,
    kind: str | None = None,
    context: Sequence[PlaceRef] = (),
) -> Place | None:
    """Return the place "Name, Qualifier" means: the name inside the country or the
    first-level region the qualifier names; None when the query is not of that form or
    the qualifier names no such area. A capitalised abbreviation after the name needs no
    comma ("Concord NH"), nor does an area's name the whole query is not ("Xalapa
    Veracruz"). A municipality, commune or department the gazetteer lacks is the town it
    is named after ("Kiruna Municipality" is Kiruna).

    Raises
    ------
    PlaceNotFound, AmbiguousPlace
        The qualifier is an area, but the name is not in it, or is there several times.
    """
    seat = _seat_of(gazetteer, query, country=country, kind=kind, context=context)
    if seat is not None:
        return seat
    head, comma, qualifier = query.rpartition(",")
    abbreviated = re.fullmatch(r"(.*\S)\s+([A-Z]{2,3})", query.strip())
    if not comma and abbreviated:  # "Concord NH": a postal code after the name, no comma
        head, comma, qualifier = abbreviated.group(1), ",", abbreviated.group(2)
    head, qualifier = head.strip(), qualifier.strip()
    if comma and head and qualifier:
        return _in_area(gazetteer, head, qualifier, country, kind, context)
    words = query.split()
    for k in (1, 2):  # "Xalapa Veracruz", "Neuquén Argentina": the area's name, no comma
        if len(words) > k and all(w[:1].isupper() for w in words[-k:]):
            with contextlib.suppress(PlaceNotFound, AmbiguousPlace):
                found = _in_area(
                    gazetteer, " ".join(words[:-k]), " ".join(words[-k:]), country, kind, context
                )
                if found is not None:
                    return found
    return None


def _in_area(
    gazetteer: Gazetteer,
    head: str,
    qualifier: str,
    country: str | None,
    kind: str | None,
    context: Sequence[PlaceRef],
) -> Place | None:
    """Return the place named ``head`` inside the country or region ``qualifier`` names;
    None when it names no area."""
    area = None
    for area_kind in ("country", "region"):
        with contextlib.suppress(PlaceNotFound, AmbiguousPlace):
            area = gazetteer.lookup(qualifier, kind=area_kind, country=country)
            break
    if area is None:
        return None
    if area.kind == "country":
        return gazetteer.lookup(head, country=area.country, kind=kind, context=list(context))
    inside = [
        c.place
        for c in gazetteer.search(
            head, context=[area, *context], country=area.country, kind=kind, limit=20
        )
        if c.place != area and _same_region(c.place.admin1, area.name)
    ]
    points = [p for p in inside if p.kind in _POINT_KINDS] or inside
    if not points:
        raise PlaceNotFound(f"{head}, {qualifier}", [])
    return points[0]


#: Local areas named after their seat town, and words that make a name no town's.
_SEAT_AREA = re.compile(
    r"(?P<head>.*\S)\s+(?:municipality|municipal\s+district|commune|department)",
    re.IGNORECASE,
)
_NOT_A_SEAT = frozenset(
    "central north northern south southern east eastern west western upper lower inner outer"
    " old new business financial historic lake".split()
)


def _seat_of(
    gazetteer: Gazetteer,
    query: str,
    *,
    country: str | None,
    kind: str | None,
    context: Sequence[PlaceRef],
) -> Place | None:
    """Return the town a municipality, commune or department the gazetteer lacks is named
    after, when the best reading of its head is a town; else None."""
    named = _SEAT_AREA.fullmatch(query.strip())
    if named is None or kind not in (None, *_POINT_KINDS):
        return None
    head = named.group("head")
    if not head[:1].isupper() or fold(head.split()[-1]) in _NOT_A_SEAT:
        return None
    found = gazetteer.search(head, country=country, context=list(context), limit=1)
    if not found or found[0].place.kind not in _POINT_KINDS:
        return None
    return found[0].place


def _same_region(admin1: str, region: str) -> bool:
    """Return whether a town's first-level region is the one named, also when the region
    bears its long official name ("Veracruz" in "Veracruz de Ignacio de la Llave")."""
    return admin1 == region or (bool(admin1) and fold(region).startswith(fold(admin1) + " "))


def town_of_namesake_areas(places: Sequence[Place]) -> Place | None:
    """Return the one town among close readings whose other readings are the region or
    county it lies in and that bears its name ("Москва": Moscow, not Moscow Oblast; "Perm",
    not Perm Krai), else None."""
    towns = [p for p in places if p.kind in _POINT_KINDS]
    if len(towns) != 1:
        return None
    town = towns[0]
    for area in places:
        if area is town:
            continue
        region = area.name if area.kind == "region" else area.admin1
        if area.kind not in ("region", "county") or area.country != town.country:
            return None
        if region != town.admin1:
            return None
    return town


def written_otherwise(query: str, place: Place, key: str) -> bool:
    """Return True when an initialism ("L.A.") reaches a region only through an
    abbreviation of it written otherwise ("La." and "LA" for Louisiana)."""
    if place.kind != "region" or fold(place.name) == key:
        return False
    from .sources.curated import region_abbreviations  # a source module: on first use

    forms = [
        abbreviation
        for abbreviation, _ in region_abbreviations().get(place.country, {}).get(place.name, ())
        if fold(abbreviation) == key
    ]
    written = query.strip().replace(" ", "").lower()
    return bool(forms) and all(f.replace(" ", "").lower() != written for f in forms)
