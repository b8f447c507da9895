"""Read an archive of articles, not one story: ``mapper batch`` on every core or on Dask.

:func:`run_batch` reads folders of ``.txt``/``.html`` files, JSONL, CSV or Parquet
files of articles and writes what mapper finds in each into a folder of GeoParquet
tables, every row carrying the article's id: ``mentions``, ``claims``, ``stops`` and
``legs``, beside ``documents`` and ``errors`` (a document that cannot be read is
recorded there with the reason, and never stops the run). Work goes in chunks: each
chunk's part files and its checkpoint are written atomically, and each document's rows
go to the chunk's journal as soon as it is read, so a rerun skips what is finished and
an interrupted run loses at most the document each worker was reading.
:func:`read_table` reads a table back. An HTML page's text is taken by
:mod:`mapper.html_text`. See ``docs/batch.md`` for running on a cluster.

One job per module:

=============  ==============================================================
``defaults``   the limits and defaults, cheap to read for the command line
``records``    the values passed between reader, workers and writer
``inputs``     the inputs checked, their documents read
``tables``     the tables' columns and types, rows from a story, Parquet bytes
``chunk``      :func:`~.chunk.run_chunk`: what every worker runs
``backends``   in this process, a process pool, or Dask distributed
``journal``    each document's rows saved as it is read, for a rerun to recover
``store``      the output folder: part files, checkpoints, reading tables back
``runner``     :func:`run_batch`: all of it together, with a progress bar
``cli``        the ``mapper batch`` command
=============  ==============================================================
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .defaults import MAX_DOCUMENT_BYTES, default_workers

if TYPE_CHECKING:
    from .records import TABLES
    from .runner import BatchResult, ChunkStats, run_batch
    from .store import read_table

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "TABLES",
    "BatchResult",
    "ChunkStats",
    "default_workers",
    "read_table",
    "run_batch",
]

#: The names whose modules load only when first asked for: ``mapper --help`` and
#: ``mapper geocode`` build the ``batch`` options, never the batch machinery.
_LAZY = {
    "TABLES": "records",
    "BatchResult": "runner",
    "ChunkStats": "runner",
    "run_batch": "runner",
    "read_table": "store",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'mapper.batch' has no attribute {name!r}")
