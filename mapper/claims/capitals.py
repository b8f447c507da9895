"""A part of a country's capital as a claim's end: "the Scottish capital", "the state
capital", "the capital of Salta province", from mapper's cited table of region capitals
or, for a region outside it, the sizeable city inside it that bears its name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.errors import MapperError
from mapper.model import Mention, Place
from mapper.names import fold

from .types import Endpoint

__all__ = ["SUB_CAPITAL_RE", "region_capital"]

#: The capital of a part of a country, which the country's capital is not.
SUB_CAPITAL_RE = re.compile(
    r"\b(?:state|provincial|province|regional|region|county|district|departmental)\b", re.I
)
#: People a region's namesake city holds at least, to be read as its capital.
_NAMESAKE_CAPITAL_PEOPLE = 20_000

#: What resolving an end gives: the place, the mention it came from, the reason it is None.
Resolved = tuple[Place | None, Mention | None, str]


def region_capital(
    gazetteer: object, endpoint: Endpoint, inside: Sequence[Mention], before: Sequence[Mention]
) -> Resolved | None:
    """Resolve a first-level region's capital: "the Scottish capital" (its adjective),
    "the Queensland capital" (its name), "the state capital" (the nearest region named
    before it); None when the phrase names no region."""
    from mapper.gazetteer.sources.curated import region_capitals

    by_region, by_adjective = region_capitals()
    words = fold(endpoint.text)
    found = next((v for k, v in by_adjective.items() if re.search(rf"\b{k}\b", words)), None)
    mention = None
    if found is None:
        regions = [m for m in inside if m.place is not None and m.place.kind == "region"]
        if not regions and SUB_CAPITAL_RE.search(endpoint.text):
            regions = [m for m in before if m.place is not None and m.place.kind == "region"]
        if not regions or regions[0].place is None:
            return None
        mention, area = regions[0], regions[0].place
        hit = by_region.get((area.country, fold(area.name)))
        if hit is None:
            return _namesake_capital(gazetteer, area)
        found = (area.country, *hit)
    country, region, capital = found
    town = next((t for t in _cities(gazetteer, capital, country) if t.admin1 == region), None)
    if town is None:
        return None, None, f"the capital of {region}, {capital}, is not in the gazetteer"
    return town, mention, ""


def _namesake_capital(gazetteer: object, area: Place) -> Resolved | None:
    """The city a region outside the table is named after, inside it, read as its
    capital (Salta province's is the city of Salta); None when the region holds no
    sizeable city of its name."""
    for town in _cities(gazetteer, area.name, area.country):
        if town.admin1 == area.name and (town.population or 0) >= _NAMESAKE_CAPITAL_PEOPLE:
            return town, None, ""
    return None


def _cities(gazetteer: object, name: str, country: str) -> list[Place]:
    """The cities of one name in one country, best first; none when the gazetteer
    cannot search or fails."""
    search = getattr(gazetteer, "search", None)
    if search is None:
        return []
    try:
        return [c.place for c in search(name, country=country, kind="city", limit=20)]
    except MapperError:
        return []
