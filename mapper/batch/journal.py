"""A chunk's journal: each document's rows saved as soon as its worker has read it.

A chunk's part files are written only when the whole chunk is read, so without more an
interrupted run would read again every document of the chunks in flight (one per
worker). To lose less, a worker appends each document's rows to the chunk's journal
(``OUT/_journal/part-00007.jsonl``) the moment it has read it: one line of JSON per
document, flushed to the operating system, so it survives the process being killed.

A rerun (:func:`recover`) commits what the journals of unfinished chunks hold, under
their own chunk numbers, before it reads anything: only the documents the workers were
reading when the run stopped, at most one per worker, are read again. A line cut short
by the kill is ignored (its document is read again), and an id an earlier chunk finished
is never written twice. A committed chunk's journal is removed.

The journal is a working file, not an output: :func:`mapper.batch.read_table` and
``geopandas.read_parquet`` read the part files only. It is written only where the worker
can reach the output folder (this machine, or a folder shared with the Dask workers).

Examples
--------
>>> import pathlib, tempfile
>>> from mapper.batch.tables import Rows
>>> path = pathlib.Path(tempfile.mkdtemp()) / "part-00001.jsonl"
>>> rows = Rows()
>>> rows.add_error("a.txt", "articles", "empty: it holds no text")
>>> journal = Journal.open(str(path))
>>> journal.add("a.txt", rows)
>>> journal.close()
>>> [(doc_id, found.count()["errors"]) for doc_id, found in read_journal(path)]
[('a.txt', 1)]
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import IO

from .records import TABLES, ChunkOutput
from .tables import GEOMETRY_TYPES, Rows

__all__ = ["JOURNALS", "Journal", "journal_path", "read_journal", "recover"]

#: The folder of the journals, in the output folder.
JOURNALS = "_journal"


def journal_path(folder: str | os.PathLike[str], number: int) -> Path:
    """Return where chunk ``number``'s journal lives in the output folder ``folder``."""
    return Path(folder) / JOURNALS / f"part-{number:05d}.jsonl"


class Journal:
    """A chunk's journal open for appending: :meth:`open` it, :meth:`add` each document,
    :meth:`close` it (``contextlib.closing`` does)."""

    def __init__(self, handle: IO[str] | None) -> None:
        self._handle = handle

    @classmethod
    def open(cls, path: str) -> Journal:
        """Open a journal for appending; a journal that writes nothing when ``path`` is
        empty or its folder cannot be reached (a Dask worker on another machine)."""
        if not path or not os.path.isdir(os.path.dirname(path)):
            return cls(None)
        try:
            return cls(open(path, "a", encoding="utf-8"))
        except OSError:
            return cls(None)  # a journal saves work; without one the chunk still runs

    def add(self, doc_id: str, rows: Rows) -> None:
        """Append one document's rows, and hand them to the operating system."""
        if self._handle is None:
            return
        shapes = {
            table: [None if shape is None else shape.wkb_hex for shape in rows.shapes[table]]
            for table in GEOMETRY_TYPES
        }
        line = json.dumps({"id": doc_id, "rows": rows.rows, "shapes": shapes}, default=str)
        try:
            self._handle.write(line + "\n")
            self._handle.flush()
        except OSError:
            self.close()  # disk full: stop journaling, the chunk itself goes on

    def close(self) -> None:
        """Close the file."""
        if self._handle is not None:
            handle, self._handle = self._handle, None
            with contextlib.suppress(OSError):
                handle.close()


def read_journal(path: str | os.PathLike[str]) -> list[tuple[str, Rows]]:
    """Return each document's id and rows from a journal, in the order read; stop at
    the first line that is not whole (the one a kill cut short)."""
    from shapely import from_wkb

    found: list[tuple[str, Rows]] = []
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.endswith("\n"):
                    break
                try:
                    record = json.loads(line)
                    rows = Rows()
                    for table in TABLES:
                        rows.rows[table] = list(record["rows"][table])
                    for table in GEOMETRY_TYPES:
                        rows.shapes[table] = [
                            None if shape is None else from_wkb(shape)
                            for shape in record["shapes"][table]
                        ]
                    found.append((str(record["id"]), rows))
                except (ValueError, KeyError, TypeError):
                    break
    except (OSError, UnicodeDecodeError):
        pass
    return found


def recover(folder: Path, number: int, done: set[str]) -> ChunkOutput | None:
    """Return what chunk ``number``'s journal holds as a chunk to commit, without the
    ids in ``done``; None when it holds nothing new."""
    rows, ids = Rows(), []
    for doc_id, found in read_journal(journal_path(folder, number)):
        if doc_id not in done:
            rows.extend(found)
            ids.append(doc_id)
    if not ids:
        return None
    return ChunkOutput(
        number=number,
        ids=tuple(ids),
        parts=rows.parts(),
        rows=rows.count(),
        seconds=0.0,
        worker="journal",
    )
