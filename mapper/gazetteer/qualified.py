"""Names qualified by their region or country: "Springfield, Illinois", "Paris, France"."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import AmbiguousPlace, PlaceNotFound
from ..model import Place

if TYPE_CHECKING:
    from .query import Gazetteer, PlaceRef

__all__ = ["lookup_qualified"]

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
    the qualifier names no such area.

    Raises
    ------
    PlaceNotFound, AmbiguousPlace
        The qualifier is an area, but the name is not in it, or is there several times.
    """
    head, comma, qualifier = query.rpartition(",")
    head, qualifier = head.strip(), qualifier.strip()
    if not comma or not head or not qualifier:
        return None
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
        if c.place.admin1 == area.name and c.place != area
    ]
    points = [p for p in inside if p.kind in _POINT_KINDS] or inside
    if not points:
        raise PlaceNotFound(query, [])
    return points[0]
