"""Run a batch: inputs in, chunks out to workers, part files and checkpoints written.

:func:`run_batch` checks the inputs, opens the output folder (skipping the ids finished
by an earlier run), builds the gazetteer index once if it is missing, cuts the
documents into chunks, has them read in this process, in a process pool or on Dask, and
commits each chunk as it comes back. A progress bar on standard error shows documents
per second and the time left when standard error is a terminal.

The ``mapper.batch`` logger says, at DEBUG level, when each chunk is handed out and
when it is written.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .defaults import DEFAULT_CHUNK_SIZE, default_workers
from .inputs import count_documents, open_inputs, read_documents
from .journal import journal_path
from .records import MAX_DOCUMENT_BYTES, TABLES, Chunk, ChunkOutput, SourceDoc
from .store import Archive

__all__ = ["DEFAULT_CHUNK_SIZE", "BatchResult", "ChunkStats", "default_workers", "run_batch"]

log = logging.getLogger("mapper.batch")


@dataclass(frozen=True, slots=True)
class ChunkStats:
    """How reading one chunk went."""

    number: int  #: The chunk's number (its part files').
    documents: int  #: Documents in the chunk, errors included.
    seconds: float  #: Time its worker spent on it.
    worker: str  #: The worker: host and process id.
    rss_mb: float  #: The worker's resident memory after the chunk, in MB.
    peak_rss_mb: float  #: The worker's peak resident memory so far, in MB.


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a run of :func:`run_batch` did."""

    out: Path  #: The output folder.
    documents: int  #: Documents this run read (errors included).
    errors: int  #: Of those, documents recorded in the errors table.
    skipped: int  #: Documents skipped: finished by an earlier run.
    rows: dict[str, int]  #: Rows this run added to each table.
    seconds: float  #: Wall time of the run.
    resumed_after: int = 0  #: Chunks an earlier run had committed.
    #: Part files of an interrupted chunk that were removed (the chunk is read again).
    removed_parts: int = 0
    #: Documents an interrupted run had read and not written, committed from the
    #: journals of its chunks (not read again, not counted in ``documents``).
    recovered: int = 0
    chunks: tuple[ChunkStats, ...] = field(default_factory=tuple)  #: In the order written.

    @property
    def documents_per_second(self) -> float:
        """Return the documents read per second of wall time."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    dask: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    progress: bool | None = None,
    recycle_after: int | None = None,
) -> BatchResult:
    """Read every document of the inputs into GeoParquet tables in ``out``.

    Parameters
    ----------
    inputs : iterable of str or path-like
        Folders of ``.txt``/``.html`` files, ``.jsonl``, ``.csv`` or ``.parquet`` files
        (see :mod:`mapper.batch.inputs`).
    out : str or path-like
        The output folder (made when missing). A folder an earlier run wrote is resumed:
        the ids it finished are skipped.
    workers : int, optional
        Worker processes (by default one per core); 1 reads in this process. With
        ``dask="local"``, the local cluster's workers.
    dask : str, optional
        Read on Dask distributed: a scheduler's address (``tcp://host:8786``), or
        ``"local"`` for a local cluster.
    chunk_size : int
        Documents per chunk: per part file. An interruption loses only the document
        each worker was reading (the others are in the chunk's journal).
    max_bytes : int
        The largest document read, in bytes of UTF-8; a bigger one is an error row.
    progress : bool, optional
        Show a progress bar on standard error; by default when it is a terminal.
    recycle_after : int, optional
        Replace a pool worker after this many chunks (by default never).

    Returns
    -------
    BatchResult
        The counts of documents, errors and rows, and each chunk's time and memory.

    Raises
    ------
    mapper.errors.DataError
        An input is missing, of an unknown format or a table without a text column;
        ``out`` is a file or a folder of other files.
    mapper.errors.MapperError
        Another batch writes to ``out``; a worker died; Dask cannot be reached.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in").mkdir(), (folder / "in" / "a.txt").write_text(
    ...     "The train left Vladivostok for Ussuriysk.")
    >>> result = run_batch([folder / "in"], folder / "out", workers=1, progress=False)
    >>> result.documents, result.rows["stops"]
    (1, 2)
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, got {max_bytes}")
    workers = workers or default_workers()
    started = time.perf_counter()
    sources = open_inputs(inputs)
    with Archive.open(out) as archive:
        resumed_after, removed = len(archive.chunks), len(archive.removed)
        tally = _Tally()
        recovered = archive.recover()  # what interrupted chunks had read: not read again
        for output in recovered:
            for table, n in output.rows.items():
                tally.rows[table] += n
        from ..gazetteer import default_gazetteer

        default_gazetteer()  # built here, once, when missing: workers only open it
        show = sys.stderr.isatty() if progress is None else progress
        total = max(count_documents(sources) - len(archive.done), 0) if show else None
        chunks = _chunks(read_documents(sources, max_bytes=max_bytes), archive, chunk_size, tally)
        if dask is not None:
            from .backends import dask_outputs

            outputs = dask_outputs(chunks, address=dask, workers=workers)
        elif workers == 1:
            from .backends import in_process

            outputs = in_process(chunks)
        else:
            from .backends import pool_outputs

            outputs = pool_outputs(chunks, workers=workers, recycle_after=recycle_after)
        stats = _commit(outputs, archive, tally, total=total, show=show)
    return BatchResult(
        out=Path(out),
        documents=sum(s.documents for s in stats),
        errors=tally.rows["errors"],
        skipped=tally.skipped,
        rows=dict(tally.rows),
        seconds=time.perf_counter() - started,
        resumed_after=resumed_after,
        removed_parts=removed,
        recovered=sum(len(output.ids) for output in recovered),
        chunks=tuple(stats),
    )


@dataclass(slots=True)
class _Tally:
    skipped: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))


def _chunks(
    docs: Iterator[SourceDoc], archive: Archive, chunk_size: int, tally: _Tally
) -> Iterator[Chunk]:
    """Cut the documents not yet finished into numbered chunks."""
    number = archive.next_number
    folder = archive.folder.resolve()  # absolute: workers run elsewhere
    seen: set[str] = set()
    batch: list[SourceDoc] = []
    for doc in docs:
        if doc.id in seen:  # before done: the first may be committed already
            problem = "duplicate id: an earlier document has this id; give each its own id"
            doc = SourceDoc(doc.id, "", doc.input, problem=problem)
        elif doc.id in archive.done:
            tally.skipped += 1  # a duplicate of it was recorded when it was read, too
            continue
        seen.add(doc.id)
        batch.append(doc)
        if len(batch) == chunk_size:
            yield _hand_out(number, batch, folder)
            number, batch = number + 1, []
    if batch:
        yield _hand_out(number, batch, folder)


def _hand_out(number: int, batch: list[SourceDoc], folder: Path) -> Chunk:
    log.debug("chunk %d handed out (%d documents)", number, len(batch))
    return Chunk(number, tuple(batch), journal=str(journal_path(folder, number)))


def _commit(
    outputs: Iterator[ChunkOutput],
    archive: Archive,
    tally: _Tally,
    *,
    total: int | None,
    show: bool,
) -> list[ChunkStats]:
    """Write each chunk as it comes back; show the progress."""
    from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

    stats: list[ChunkStats] = []
    with tqdm(
        total=total, unit="doc", desc="mapper batch", disable=not show, file=sys.stderr,
        dynamic_ncols=True, smoothing=0.1,
    ) as bar:  # fmt: skip
        for output in outputs:
            archive.write(output)
            log.debug("chunk %d written (%d documents)", output.number, len(output.ids))
            for table, n in output.rows.items():
                tally.rows[table] += n
            stats.append(
                ChunkStats(
                    number=output.number,
                    documents=len(output.ids),
                    seconds=output.seconds,
                    worker=output.worker,
                    rss_mb=output.rss_mb,
                    peak_rss_mb=output.peak_rss_mb,
                )
            )
            bar.update(len(output.ids))
            bar.set_postfix(errors=tally.rows["errors"], refresh=False)
    return stats
