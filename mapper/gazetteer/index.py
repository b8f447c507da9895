"""The SQLite index: its schema, building it atomically, opening and validating it.

The sources are folded into an SQLite index built once and cached in the user cache
directory (:func:`cache_dir`) under a key made of the sources used and their data
versions (:func:`data_key`), so a fresh process answers a lookup in milliseconds. A
corrupt, partial or stale cache is rebuilt, never trusted (:func:`open_index`): beside
each index a seal file records its size, modification time and CRC-32, written when it
was built; a file whose size or time differ from its seal is checked against the CRC
(about 60 ms) before it is used. Only one process builds an index at a time
(:func:`build_lock`); temporary files a killed build left are removed.

Tables: ``places`` (one row per place), ``names`` (every folded name of a place, with
its quality and tier), ``demonyms`` (folded demonym to ISO code), ``capitals`` (ISO
code to the place that is the national capital, from the capitals' names a source
leaves in the build) and ``meta`` (the key and the counts; ``complete`` is written
last).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypedDict

from ..names import fold
from .rank import Q_ALTERNATE
from .sources.source import Source, dist_version

__all__ = [
    "INDEX_SCHEMA",
    "IndexInfo",
    "SourceInfo",
    "build_index",
    "build_lock",
    "cache_dir",
    "data_key",
    "describe_index",
    "open_index",
    "open_or_build",
    "remove_stale_builds",
    "remove_unused_versions",
]

#: Bump when the index layout, the way names are folded or what a source yields changes.
INDEX_SCHEMA = 103

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
CREATE TABLE capitals (country TEXT PRIMARY KEY, place_id INTEGER NOT NULL) WITHOUT ROWID;
"""
#: The city a capital's name reaches in its country: by a primary name first, then the
#: heaviest, as a lookup of the name would rank them without context.
_CAPITAL = """
SELECT p.id FROM names n JOIN places p ON p.id = n.place_id
WHERE n.key = ? AND p.country = ? AND p.kind = 'city'
ORDER BY n.tier, p.weight * n.quality DESC, p.id LIMIT 1
"""
#: Rows of the names table written at a time.
_BATCH = 50_000


def cache_dir() -> Path:
    """Return the folder that holds the built index (``MAPPER_CACHE_DIR`` overrides it)."""
    env = os.environ.get("MAPPER_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("mapper", appauthor=False))


def _check_sources(sources: Sequence[Source]) -> None:
    if not sources:
        raise ValueError("an index needs at least one source; the default is DEFAULT_SOURCES")
    names = [s.name for s in sources]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValueError(
            f"sources must have different names; {twice} appear more than once "
            "(table(path, name=...) names a table source)"
        )


def shared_index_path(key: str) -> Path:
    """Return where the shared index built with ``key`` lives: the cache folder."""
    return cache_dir() / f"gazetteer-{key}.sqlite"


def data_key(sources: Sequence[Source]) -> str:
    """Return the key of an index built from ``sources``: 16 hex digits that change
    with the index schema, the sources, their order and their data versions."""
    _check_sources(sources)
    digest = hashlib.sha256()
    digest.update(f"schema={INDEX_SCHEMA}\n".encode())
    digest.update(f"anyascii={dist_version('anyascii')}\n".encode())  # folds every name
    for source in sources:
        digest.update(source.fingerprint())
    return digest.hexdigest()[:16]


def build_index(
    path: str | os.PathLike[str], key: str, sources: Sequence[Source]
) -> dict[str, int]:
    """Build the index at ``path`` from ``sources`` atomically; return the counts.

    The index is written to a temporary file beside ``path`` and renamed over it when
    complete (:func:`mapper.atomic.atomic_write`), so a reader never sees part of one.

    Returns
    -------
    dict
        ``{"places": n, "names": m}``.
    """
    from ..atomic import atomic_write

    _check_sources(sources)
    counts: dict[str, int] = {}

    def write(tmp: Path) -> None:
        con = sqlite3.connect(tmp)
        try:
            counts.update(_fill(con, key, sources))
        finally:
            con.close()

    atomic_write(path, write)
    _seal(Path(path))
    return counts


def _real_point(lat: float, lon: float) -> bool:
    return (
        -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 and (lat, lon) != (0.0, 0.0)
    )  # NaN fails every comparison


def _seal_path(path: Path) -> Path:
    return path.with_name(path.name + ".seal")


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _seal(path: Path) -> None:
    """Record the index's size, time and CRC-32 beside it, to tell damage later."""
    from ..atomic import atomic_write

    st = path.stat()
    seal = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "crc32": _crc(path)}
    atomic_write(_seal_path(path), json.dumps(seal))


def _intact(path: Path) -> bool:
    """Return whether the index is the file its seal describes."""
    try:
        seal = json.loads(_seal_path(path).read_text(encoding="utf-8"))
        st = path.stat()
        if (st.st_size, st.st_mtime_ns) == (seal["size"], seal["mtime_ns"]):
            return True
        return st.st_size == seal["size"] and _crc(path) == seal["crc32"]
    except (OSError, ValueError, KeyError, TypeError):
        return False


@contextlib.contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """Hold a lock on building the index at ``path`` (other builders wait)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


#: An index of another data version unused for this long is removed by a rebuild.
UNUSED_VERSION_S = 30 * 86400.0


def remove_unused_versions(keep: Path) -> list[Path]:
    """Remove the indexes (and seals) beside ``keep`` that nothing used for 30 days."""
    removed = []
    cutoff = time.time() - UNUSED_VERSION_S
    for other in keep.parent.glob("gazetteer-*.sqlite"):
        with contextlib.suppress(OSError):
            if other != keep and max(other.stat().st_atime, other.stat().st_mtime) < cutoff:
                other.unlink()
                _seal_path(other).unlink(missing_ok=True)
                removed.append(other)
    return removed


#: A temporary file of a build older than this was left by a killed build.
STALE_BUILD_S = 3600.0


def remove_stale_builds(folder: Path) -> list[Path]:
    """Remove temporary index files that killed builds left in ``folder``."""
    removed = []
    now = time.time()
    for tmp in folder.glob(".gazetteer-*.sqlite.*.tmp"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > STALE_BUILD_S:
                tmp.unlink()
                removed.append(tmp)
    return removed


#: A city's alternate name raised to its primary tier (see ``Build.promoted_names``).
_PROMOTE = "UPDATE names SET quality = ?, tier = 1 WHERE key = ? AND place_id = ?"


def _fill(con: sqlite3.Connection, key: str, sources: Sequence[Source]) -> dict[str, int]:
    from .sources.base import Build  # the source modules: only a build reads them

    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    build = Build()  # filled by the towns and countries, read by the regions
    n_places = n_names = 0
    place_batch: list[tuple] = []
    name_batch: list[tuple] = []
    pid = 0
    per_source: dict[str, int] = {}
    geonames_ids: dict[str, int] = {}  # where alternate names of GeoNames places go
    for source in sources:
        first = pid
        for row in source.rows(build):
            if not _real_point(row.lat, row.lon):
                continue  # "0, 0" or out of range: a row without a point is no place
            pid += 1
            build.seen_sources.add(row.source)
            if row.source.startswith("geonames:"):
                geonames_ids[row.source] = pid
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
            if len(name_batch) > _BATCH:
                n_places, n_names = _flush(con, place_batch, name_batch, n_places, n_names)
        per_source[source.name] = pid - first
    n_places, n_names = _flush(con, place_batch, name_batch, n_places, n_names)
    if build.extra_names:
        extra = {
            (fold(name), geonames_ids[src], Q_ALTERNATE, 2)
            for src, name in build.extra_names
            if src in geonames_ids and fold(name)
        }
        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)", sorted(extra))
        n_names = con.execute("SELECT count(*) FROM names").fetchone()[0]
    promoted = sorted(
        (quality, key, geonames_ids[src])
        for src, key, quality in build.promoted_names
        if src in geonames_ids
    )
    con.executemany(
        "UPDATE names SET quality = ?, tier = 1 WHERE key = ? AND place_id = ?", promoted
    )
    raised = sorted(
        (w, geonames_ids[src]) for src, w in build.raised_weights if src in geonames_ids
    )
    con.executemany("UPDATE places SET weight = max(weight, ?) WHERE id = ?", raised)
    con.executemany("INSERT INTO demonyms VALUES (?, ?)", build.demonyms.items())
    for country, name_key in sorted(build.capitals.items()):
        found = con.execute(_CAPITAL, (name_key, country)).fetchone()
        if found is not None:
            con.execute("INSERT INTO capitals VALUES (?, ?)", (country, found[0]))
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("key", key), ("places", str(n_places)), ("names", str(n_names))]
        + [(f"source:{name}", str(n)) for name, n in per_source.items()],
    )
    con.execute("INSERT INTO meta VALUES ('complete', '1')")
    con.commit()
    return {"places": n_places, "names": n_names}


def _flush(
    con: sqlite3.Connection, places: list, names: list, n_places: int, n_names: int
) -> tuple[int, int]:
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    counts = n_places + len(places), n_names + len(names)
    places.clear()
    names.clear()
    return counts


class SourceInfo(TypedDict):
    """One source of an index: its name, places and data versions."""

    name: str
    places: int | None
    versions: dict[str, str]


class IndexInfo(TypedDict):
    """What an index holds (:meth:`Gazetteer.info <mapper.gazetteer.Gazetteer.info>`)."""

    path: str
    key: str
    bytes: int
    places: int
    names: int
    sources: list[SourceInfo]


def open_or_build(path: Path, key: str, build: Callable[[], object]) -> sqlite3.Connection:
    """Open the index at ``path``, building it first (``build()``) when it is missing,
    stale or damaged; wait for another process that builds it."""
    from ..errors import MapperError

    con = open_index(path, key)
    if con is not None:
        return con
    try:
        with build_lock(path):
            con = open_index(path, key)
            if con is None:
                build()
                con = open_index(path, key)
    except (OSError, sqlite3.Error) as exc:
        raise MapperError(
            f"cannot build the gazetteer index at {path} ({exc}); set MAPPER_CACHE_DIR to a "
            "folder you can write to, with ~100 MB free"
        ) from None
    if con is None:  # pragma: no cover - a build that wrote something else
        raise MapperError(f"could not build the gazetteer index at {path}")
    return con


def describe_index(
    con: sqlite3.Connection, path: Path, key: str, sources: Sequence[Source]
) -> IndexInfo:
    """Return an index's file, key, size and counts, and per source its places and versions."""
    meta = dict(con.execute("SELECT k, v FROM meta"))
    described: list[SourceInfo] = []
    for source in sources:
        versions = {dist: dist_version(dist) for dist in source.dists}
        versions.update({file.name: "bundled" for file in source.files})
        if source.version:
            versions["sha256"] = source.version[:12]
        places = meta.get(f"source:{source.name}")
        described.append(
            {
                "name": source.name,
                "places": int(places) if places is not None else None,
                "versions": versions,
            }
        )
    return {
        "path": str(path),
        "key": key,
        "bytes": path.stat().st_size if path.exists() else 0,
        "places": int(meta.get("places", 0)),
        "names": int(meta.get("names", 0)),
        "sources": described,
    }


#: Bytes of the index SQLite may map into memory: more than a whole index (about 55 MB).
_MMAP_BYTES = 1 << 28


def open_index(path: str | os.PathLike[str], key: str) -> sqlite3.Connection | None:
    """Open the index read-only if it is complete and built with ``key``, else None."""
    path = Path(path)
    if not path.exists() or not _intact(path):
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        meta = dict(con.execute("SELECT k, v FROM meta"))
        last = con.execute("SELECT coalesce(max(id), 0) FROM places").fetchone()[0]
        if meta.get("complete") == "1" and meta.get("key") == key and last == int(meta["places"]):
            # A document's names are read from pages all over the index: mapped, they are
            # read in place instead of copied through SQLite's small page cache (its
            # name queries take a quarter less time).
            con.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
            return con
    except (sqlite3.DatabaseError, KeyError, ValueError):
        pass
    con.close()
    return None
