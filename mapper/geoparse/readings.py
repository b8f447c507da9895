"""What the index says a name mostly is, asked by the recogniser when a word's place in
a run leaves it open: a county's bare name, a state or country, a town, a river.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .codes import abbreviations

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["WATER_NOUNS", "is_area_name", "is_town_name", "is_water_name", "only_weak"]


def only_weak(gaz: Gazetteer, key: str) -> bool:
    """Return True when a name's best candidates are all weak readings: the bare name of
    a county ("Stevens" for Stevens County) or a US postal town, never a town's own name."""
    from mapper.errors import MapperError

    try:
        found = gaz.search(key, limit=3)
    except MapperError:
        return False
    return bool(found) and all(c.match == "short form" or c.place.kind == "town" for c in found)


def is_area_name(gaz: Gazetteer, key: str) -> bool:
    """Return True when a folded word names a first-level region or a country ("va",
    "virginia", "germany")."""
    from mapper.errors import MapperError

    if key in abbreviations():
        return True
    try:
        return any(
            c.place.kind in ("region", "country") and c.score >= 0.5
            for c in gaz.search(key, limit=1)
        )
    except MapperError:
        return False


def is_town_name(gaz: Gazetteer, key: str) -> bool:
    """Return True when a name's best reading is a town ("pokhara"), not an area."""
    from mapper.errors import MapperError

    try:
        return any(c.place.kind == "city" for c in gaz.search(key, limit=1))
    except MapperError:
        return False


#: Common nouns of waters written before a name in lowercase ("the river Tees").
WATER_NOUNS = frozenset({"river", "rivers", "estuary"})


def is_water_name(gaz: Gazetteer, name: str) -> bool:
    """Return True when a name reads as a river, lake or sea among its candidates."""
    from mapper.errors import MapperError

    try:
        return any(c.place.kind in ("river", "water") for c in gaz.search(name, limit=10))
    except MapperError:
        return False
