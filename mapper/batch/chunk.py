"""Read a chunk of documents into table parts: the one function every worker runs.

:func:`run_chunk` is what the process pool and Dask run, and what a single worker runs
in-process. It reads each document on its own (decode, extract an HTML page's text,
:func:`mapper.read_story`), and a document that fails at any step (not UTF-8, empty, a
parser error, any exception) becomes a row of the errors table with the reason: it
never stops the chunk, and it leaves no rows in the other tables.

A worker opens the gazetteer index read-only and never builds it
(:func:`prepare_worker`): the batch builds it once before any worker starts, and a
worker that finds none (a cluster node where ``mapper gazetteer build`` was not run)
stops with an error that says so.

Examples
--------
>>> from mapper.batch.records import Chunk, SourceDoc
>>> out = run_chunk(Chunk(1, (SourceDoc("empty.txt", b"  ", input="articles"),)))
>>> out.ids, out.rows["errors"], out.rows["documents"]
(('empty.txt',), 1, 0)
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from typing import TYPE_CHECKING

from ..errors import MapperError, not_utf8
from ..html_text import html_to_text as html_text
from .journal import Journal
from .records import Chunk, ChunkOutput, SourceDoc
from .tables import Rows, story_rows

if TYPE_CHECKING:
    from pathlib import Path

    from ..gazetteer import Gazetteer

__all__ = ["default_index_path", "prepare_worker", "read_document", "run_chunk"]

_READY: Gazetteer | None = None
_READY_LOCK = threading.Lock()


def default_index_path() -> tuple[Path, str]:
    """Return where this process's default gazetteer index lives, and its key
    (:func:`mapper.gazetteer.default_gazetteer` opens the same file)."""
    from ..gazetteer.imports import default_sources
    from ..gazetteer.index import data_key, shared_index_path

    key = data_key(default_sources())
    return shared_index_path(key), key


def prepare_worker() -> Gazetteer:
    """Open this process's gazetteer read-only, once; never build it.

    Raises
    ------
    MapperError
        When the index is missing, stale or damaged on this machine, saying how to
        build it (``mapper gazetteer build``, with the same ``MAPPER_CACHE_DIR``).
    """
    global _READY
    with _READY_LOCK:
        if _READY is None:
            from ..gazetteer import default_gazetteer
            from ..gazetteer.index import open_index

            path, key = default_index_path()
            con = open_index(path, key)  # opened with mode=ro; None when not usable
            if con is None:
                raise MapperError(
                    f"no usable gazetteer index at {path} on {socket.gethostname()}: a batch "
                    "worker opens it read-only and never builds it; run `mapper gazetteer "
                    "build` on every worker machine first (with the same MAPPER_CACHE_DIR)"
                )
            con.close()
            _READY = default_gazetteer()  # opens the index just checked, read-only
        return _READY


def run_chunk(chunk: Chunk) -> ChunkOutput:
    """Read every document of a chunk and return its tables as Parquet bytes; append
    each document's rows to the chunk's journal as soon as it is read.

    Parameters
    ----------
    chunk : Chunk
        Its number and its documents.

    Returns
    -------
    ChunkOutput
        Each table's part file as bytes, the rows counted, the time taken, and the
        worker's memory (resident now, and its peak so far, in MB).
    """
    started = time.perf_counter()
    gazetteer = prepare_worker()
    rows = Rows()
    with contextlib.closing(Journal.open(chunk.journal)) as journal:
        for doc in chunk.docs:
            found = read_document(doc, gazetteer)
            journal.add(doc.id, found)
            rows.extend(found)
    parts = rows.parts()
    rss_mb, peak_mb = _memory_mb()
    return ChunkOutput(
        number=chunk.number,
        ids=chunk.ids,
        parts=parts,
        rows=rows.count(),
        seconds=time.perf_counter() - started,
        worker=f"{socket.gethostname()}:{os.getpid()}",
        rss_mb=rss_mb,
        peak_rss_mb=peak_mb,
    )


def read_document(doc: SourceDoc, gazetteer: Gazetteer | None = None) -> Rows:
    """Return the rows of one document: its mentions, claims, stops, legs and a row of
    the documents table; or one row of the errors table, with the reason."""
    try:
        return _read(doc, gazetteer)
    except _Unreadable as exc:
        reason = str(exc)
    except MapperError as exc:
        reason = f"mapper could not read it: {exc}"
    except RecursionError:
        reason = "too deeply nested to read (RecursionError)"
    except Exception as exc:  # a bad document must never stop the batch
        reason = f"reading it failed ({type(exc).__name__}: {exc}); report it"
    rows = Rows()
    rows.add_error(doc.id, doc.input, reason)
    return rows


class _Unreadable(Exception):
    """A document that is not text: its reason goes to the errors table as it is."""


def _read(doc: SourceDoc, gazetteer: Gazetteer | None) -> Rows:
    from ..story import read_story

    text, title = _text_of(doc)
    story = read_story(text, title=title, gazetteer=gazetteer)
    found = story_rows(
        doc.id, story.mentions, story.claims, story.journey.stops, story.journey.legs
    )
    counts = found.count()
    found.add(
        "documents",
        {
            "id": doc.id,
            "input": doc.input,
            "title": story.title,
            "date": doc.date or None,
            "url": doc.url or None,
            "chars": len(text),
            **{name: counts[name] for name in ("mentions", "claims", "stops", "legs")},
        },
    )
    return found


def _text_of(doc: SourceDoc) -> tuple[str, str]:
    """Return a document's text and title, or raise :class:`_Unreadable`."""
    if doc.problem:
        raise _Unreadable(doc.problem)
    data = doc.data
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Unreadable(not_utf8(data, exc)) from None
    else:
        text = data
    title = doc.title
    if doc.html:
        try:
            page = html_text(text)
        except Exception as exc:
            raise _Unreadable(
                f"the HTML parser failed on it ({type(exc).__name__}: {exc}); check the page"
            ) from None
        text, title = page.text, title or page.title
        if not text.strip():
            raise _Unreadable("empty: it holds no text once its markup is removed")
    if not text.strip():
        raise _Unreadable("empty: it holds no text")
    return text, title


def _memory_mb() -> tuple[float, float]:
    """Return this process's resident memory now and at its peak, in MB.

    On Linux both come from ``/proc/self/status`` (VmRSS, VmHWM): ``getrusage``'s
    ``ru_maxrss`` would do for the peak, but it keeps, across the ``exec`` that starts a
    spawned worker, the resident size of the parent it was forked from, so a worker
    started by a parent holding much would report the parent's peak as its own.
    """
    import resource

    fields: dict[str, float] = {}
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    fields[key] = int(value.split()[0]) / 1024.0  # kB
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        pass
    if len(fields) == 2:
        return fields["VmRSS"], fields["VmHWM"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # pragma: no cover
    return peak_mb, peak_mb  # pragma: no cover
