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
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError, MapperError
from .sources.source import Source

if TYPE_CHECKING:
    from .sources.base import Build, Row

__all__ = [
    "IMPORT_KINDS",
    "Import",
    "default_sources",
    "import_file",
    "import_sources",
    "imports",
    "imports_dir",
    "remove_import",
]

#: What an import holds.
IMPORT_KINDS = ("geonames", "alternate names", "sites")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

#: The manifest's file name in the imports folder.
MANIFEST = "imports.json"


@dataclass(frozen=True, slots=True)
class Stored:
    """The rows of a stored import: the source function of one import (picklable, for
    worker processes)."""

    path: Path  #: The stored file.
    kind: str  #: One of :data:`IMPORT_KINDS`.

    def __call__(self, build: Build) -> Iterable[Row]:
        from .dumps import stored_rows

        return stored_rows(self.path, self.kind, build)


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
    manifest = (folder or imports_dir()) / MANIFEST
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
        Source(f"import:{imp.name}", Stored(folder / imp.file, imp.kind), version=imp.sha256)
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
    import csv
    import datetime
    import gzip
    import hashlib

    from ..atomic import atomic_write
    from .dumps import read_file  # the readers of dump files: only when a file is read

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
    kind, records = read_file(source)
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
    atomic_write(folder / MANIFEST, text)
