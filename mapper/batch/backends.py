"""Where chunks are read: in this process, in a pool of processes, or on Dask.

Each backend takes the chunks to read, lazily, and yields what the workers made of them
as they finish (not in order). Only as many chunks are handed out as there are workers
to read them, so the inputs are read no faster than the workers go; what a chunk in
flight has read is in its journal (:mod:`mapper.batch.journal`) when the run stops.

Examples
--------
>>> from mapper.batch.records import Chunk, SourceDoc
>>> chunks = [Chunk(1, (SourceDoc("a.txt", b"", input="articles"),))]
>>> [out.rows["errors"] for out in in_process(iter(chunks))]
[1]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import MapperError
from .chunk import run_chunk
from .records import Chunk, ChunkOutput

__all__ = ["dask_outputs", "in_process", "pool_outputs"]


def in_process(chunks: Iterator[Chunk]) -> Iterator[ChunkOutput]:
    """Read the chunks one after the other in this process."""
    for chunk in chunks:
        yield run_chunk(chunk)


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent: it stops handing out chunks and keeps what is written."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool_outputs(
    chunks: Iterator[Chunk], *, workers: int, recycle_after: int | None = None
) -> Iterator[ChunkOutput]:
    """Read the chunks in ``workers`` fresh processes (``spawn``: nothing of this
    process's state is shared, its gazetteer's connection least of all).

    Parameters
    ----------
    recycle_after : int, optional
        Replace a worker process after it has read this many chunks (bounds memory if
        something grows); by default a worker lives as long as the run.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_ignore_interrupts,
        max_tasks_per_child=recycle_after,
    )
    pending: dict[Future[ChunkOutput], int] = {}

    def hand_out() -> None:
        while len(pending) < workers:
            chunk = next(chunks, None)
            if chunk is None:
                return
            pending[executor.submit(run_chunk, chunk)] = chunk.number

    finished = False
    try:
        hand_out()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            outputs = []
            for future in done:
                number = pending.pop(future)
                try:
                    outputs.append(future.result())
                except BrokenProcessPool:
                    raise MapperError(
                        f"a worker process died while reading chunk {number} (out of memory, "
                        "or killed); the chunks written are kept: run the same command again "
                        "to resume, with fewer --workers if memory ran out"
                    ) from None
            hand_out()  # keep the workers busy while this process writes
            yield from outputs
        finished = True
    finally:
        executor.shutdown(wait=finished, cancel_futures=True)


def dask_outputs(chunks: Iterator[Chunk], *, address: str, workers: int) -> Iterator[ChunkOutput]:
    """Read the chunks on Dask distributed: a scheduler at ``address``, or with
    ``address="local"`` a local cluster of ``workers`` processes of one thread each.

    Every Dask worker runs :func:`~mapper.batch.chunk.run_chunk`, the function the
    process pool runs, so it needs mapper installed and the gazetteer index built on its
    machine; the results come back to this process, which writes the part files. Each
    worker has one chunk queued behind the one it reads. A worker that can reach the
    output folder (this machine, or a shared folder) keeps the chunk's journal, so an
    interrupted run reads again only the document it was reading; one that cannot
    loses the chunk it was reading.
    """
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",  # this machine only
                dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise MapperError(
            f"cannot reach the Dask scheduler at {address!r} ({exc}); start it (`dask "
            "scheduler`) and its workers (`dask worker ADDRESS`), or use --dask local"
        ) from None
    try:
        running = as_completed()
        # One chunk queued behind each running one: a Dask worker's next chunk goes
        # through the scheduler, and without one waiting it would idle for that trip.
        slots = 2 * max(sum(client.nthreads().values()), 1)

        def hand_out() -> None:
            while running.count() < slots:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                running.add(client.submit(run_chunk, chunk, pure=False))

        hand_out()
        for future in running:
            output = future.result()
            future.release()
            hand_out()
            yield output
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
