"""The output folder of a batch: part files, checkpoints, and reading the tables back.

Layout of ``OUT``::

    _batch.json                    says the folder is a batch's output
    _checkpoints/part-00003.json   the ids chunk 3 finished (read, or recorded as errors)
    _journal/part-00004.jsonl      chunk 4's documents read so far (it is being read)
    mentions/part-00003.parquet    chunk 3's rows of each table
    claims/ stops/ legs/ documents/ errors/

A chunk is committed in two steps: its part files are written, each atomically
(:func:`mapper.atomic.atomic_write`: complete or absent), then its checkpoint, also
atomically. A chunk without a checkpoint was interrupted: opening the folder again
removes its part files (and any temporary file a killed write left), and a rerun
commits what its journal holds (:mod:`mapper.batch.journal`) and reads the rest of it
again: no row is ever written twice. One batch at a time writes to a folder (a lock
file, ``.lock``).

Examples
--------
>>> import tempfile
>>> with Archive.open(tempfile.mkdtemp()) as archive:
...     archive.next_number, len(archive.done)
(1, 0)
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from ..atomic import atomic_write
from ..errors import DataError, MapperError
from .journal import JOURNALS, journal_path, recover
from .records import TABLES, ChunkOutput

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, unused-ignore]

__all__ = ["CHECKPOINTS", "MARKER", "Archive", "committed_parts", "read_table"]

#: The file that marks a folder as a batch's output.
MARKER = "_batch.json"
#: The folder of the checkpoints, one per committed chunk.
CHECKPOINTS = "_checkpoints"
_PART = re.compile(r"part-(\d+)\.(parquet|json|jsonl)")


def _part_name(number: int, suffix: str) -> str:
    return f"part-{number:05d}.{suffix}"


class Archive:
    """A batch's output folder, open for writing (locked); use :meth:`open`."""

    def __init__(self, folder: Path, lock: IO[bytes]) -> None:
        self.folder = folder
        self._lock = lock
        #: The ids every committed chunk finished.
        self.done: set[str] = set()
        #: Committed chunk numbers.
        self.chunks: set[int] = set()
        #: Part files of interrupted chunks removed when the folder was opened.
        self.removed: list[Path] = []
        #: Interrupted chunks that left a journal, to :meth:`recover`.
        self.journals: list[int] = []
        self._load()

    @classmethod
    def open(cls, folder: str | os.PathLike[str]) -> Archive:
        """Open (or make) an output folder for writing: lock it, read its checkpoints
        and remove what interrupted chunks left.

        Raises
        ------
        DataError
            When the folder is a file, or a folder of other files than a batch's.
        MapperError
            When another batch is writing to it, or it cannot be written.
        """
        path = Path(folder)
        if path.exists() and not path.is_dir():
            raise DataError(
                str(path), "is a file; give a folder for the tables (it is made when missing)"
            )
        if path.is_dir() and not (path / MARKER).exists() and any(path.iterdir()):
            raise DataError(
                str(path),
                "is a folder of other files, not the output of mapper batch; give a new or "
                "empty folder (or the folder of an earlier batch, to resume it)",
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
            lock = (path / ".lock").open("a+b")
        except OSError as exc:
            raise MapperError(
                f"{path}: cannot write there ({exc.strerror or exc}); choose a folder you "
                "can write to"
            ) from None
        try:
            _lock(lock, path)
            if not (path / MARKER).exists():
                marker = {"format": "mapper batch", "version": 1, "tables": list(TABLES)}
                atomic_write(path / MARKER, json.dumps(marker, indent=1) + "\n")
            (path / JOURNALS).mkdir(exist_ok=True)
            return cls(path, lock)
        except BaseException:
            lock.close()
            raise

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the folder's lock."""
        self._lock.close()

    @property
    def next_number(self) -> int:
        """Return the number of the next chunk to write (after every committed one)."""
        return max(self.chunks, default=0) + 1

    def write(self, output: ChunkOutput) -> None:
        """Commit a chunk: its part files, then its checkpoint, each atomically."""
        if output.number in self.chunks:
            raise ValueError(f"chunk {output.number} is committed already")
        for table in TABLES:
            atomic_write(
                self.folder / table / _part_name(output.number, "parquet"), output.parts[table]
            )
        checkpoint = {
            "chunk": output.number,
            "ids": list(output.ids),
            "rows": output.rows,
            "seconds": round(output.seconds, 3),
            "worker": output.worker,
            "rss_mb": round(output.rss_mb, 1),
            "peak_rss_mb": round(output.peak_rss_mb, 1),
        }
        atomic_write(
            self.folder / CHECKPOINTS / _part_name(output.number, "json"),
            json.dumps(checkpoint, ensure_ascii=False) + "\n",
        )
        self.chunks.add(output.number)
        self.done.update(output.ids)
        with contextlib.suppress(OSError):
            journal_path(self.folder, output.number).unlink(missing_ok=True)

    def recover(self) -> list[ChunkOutput]:
        """Commit what the journals of interrupted chunks hold (the documents read
        before the interruption) and return those chunks; remove the journals."""
        recovered = []
        for number in self.journals:
            output = recover(self.folder, number, self.done)
            if output is None:
                with contextlib.suppress(OSError):
                    journal_path(self.folder, number).unlink(missing_ok=True)
            else:
                self.write(output)
                recovered.append(output)
        self.journals = []
        return recovered

    def _load(self) -> None:
        for path in sorted((self.folder / CHECKPOINTS).glob("part-*.json")):
            try:
                number = int(_PART.fullmatch(path.name).group(1))  # type: ignore[union-attr]
                ids = json.loads(path.read_text(encoding="utf-8"))["ids"]
            except (AttributeError, OSError, ValueError, KeyError, TypeError):
                continue  # not a checkpoint mapper wrote: its chunk is redone
            self.chunks.add(number)
            self.done.update(map(str, ids))
        for sub in (CHECKPOINTS, *TABLES):
            for path in sorted((self.folder / sub).glob("*")):
                match = _PART.fullmatch(path.name)
                stray = path.name.startswith(".") and path.name.endswith(".tmp")
                if stray or (match and int(match.group(1)) not in self.chunks):
                    with contextlib.suppress(OSError):
                        path.unlink()
                        self.removed.append(path)
        for path in sorted((self.folder / JOURNALS).glob("part-*.jsonl")):
            match = _PART.fullmatch(path.name)
            if match is None:
                continue
            number = int(match.group(1))
            if number in self.chunks:  # committed: the kill came before its removal
                with contextlib.suppress(OSError):
                    path.unlink()
            else:
                self.journals.append(number)


def _lock(handle: IO[bytes], path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise MapperError(
            f"{path}: another mapper batch is writing to this folder; wait for it to "
            "finish, or give another folder"
        ) from None


def committed_parts(folder: str | os.PathLike[str], table: str) -> list[Path]:
    """Return a table's part files of committed chunks, in chunk order."""
    root = Path(folder)
    chunks = {
        int(m.group(1))
        for p in (root / CHECKPOINTS).glob("part-*.json")
        if (m := _PART.fullmatch(p.name))
    }
    parts = []
    for path in (root / table).glob("part-*.parquet"):
        match = _PART.fullmatch(path.name)
        if match and int(match.group(1)) in chunks:
            parts.append((int(match.group(1)), path))
    return [path for _, path in sorted(parts)]


def read_table(folder: str | os.PathLike[str], table: str) -> pandas.DataFrame:
    """Read a table of a batch's output: a GeoDataFrame for mentions, claims, stops and
    legs, a DataFrame for documents and errors; committed chunks only, in order.

    ``geopandas.read_parquet(OUT / "mentions")`` reads the same rows once the batch has
    finished (it reads every part file in the folder).

    Raises
    ------
    DataError
        When the folder is not a batch's output or the table is unknown.
    """
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from .tables import COLUMNS, GEOMETRY_TYPES, Rows

    root = Path(folder)
    if table not in TABLES:
        raise DataError(str(root), f"no table {table!r}; the tables are {', '.join(TABLES)}")
    if not (root / MARKER).exists():
        raise DataError(str(root), "is not the output of mapper batch (no _batch.json)")
    if table in GEOMETRY_TYPES:
        import geopandas

        frames = [geopandas.read_parquet(path) for path in committed_parts(root, table)]
    else:
        frames = [pd.read_parquet(path) for path in committed_parts(root, table)]
    if not frames:
        return Rows().frame(table)
    frame = pd.concat(frames, ignore_index=True)
    return frame[[*COLUMNS[table], *(["geometry"] if table in GEOMETRY_TYPES else [])]]
