"""mapper batch on a process pool and on Dask gives the same tables as one worker."""

from __future__ import annotations

import pandas as pd
import pytest

from mapper.batch import TABLES, read_table, run_batch
from tests.test_batch_support import DOCS, OSLO, VLADIVOSTOK, write_folder

#: Eight documents, two to a chunk: four chunks for two workers.
EIGHT = {**DOCS, **{f"{k}2": v for k, v in DOCS.items()}}
#: The columns that say how a row was made and where, not what it holds.
KEYS = {"documents": ["id"], "errors": ["id"], "mentions": ["id", "start"]}


def _sorted(out, table):
    frame = read_table(out, table)
    keys = KEYS.get(table, ["id", "order"] if table in ("stops", "legs") else ["id", "start"])
    frame = frame.sort_values(keys).reset_index(drop=True)
    if "geometry" in frame:  # compared as text: the geometries' WKT
        frame = pd.DataFrame(frame.drop(columns="geometry")).assign(wkt=frame.geometry.to_wkt())
    return frame


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("parallel")
    folder = write_folder(root / "in", EIGHT)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_worker(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "out"
    run_batch([archive], out, workers=1, chunk_size=2, progress=False)
    return out


@pytest.fixture(scope="module")
def two_workers(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("two") / "out"
    result = run_batch([archive], out, workers=2, chunk_size=2, progress=False)
    return out, result


def test_two_workers_give_the_tables_of_one(one_worker, two_workers):
    out, result = two_workers
    assert (result.documents, result.errors) == (9, 1)
    assert len({c.worker for c in result.chunks}) == 2  # both worked
    for table in TABLES:
        expected = _sorted(one_worker, table)
        assert len(expected) > 0, table
        got = _sorted(out, table)
        assert got.equals(expected), table


def test_pool_workers_report_their_memory(two_workers):
    _, result = two_workers
    for chunk in result.chunks:
        assert 50.0 < chunk.rss_mb <= chunk.peak_rss_mb + 1.0 < 2000.0


# distributed looks for this machine's address by opening a UDP socket towards 8.8.8.8
# (nothing is sent); the tests' network guard refuses it and distributed says so
@pytest.mark.filterwarnings("ignore:Couldn't detect a suitable IP address")
def test_dask_gives_the_rows_of_the_pool(archive, two_workers, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        result = run_batch(
            [archive], tmp_path / "out", dask=cluster.scheduler_address, chunk_size=2,
            progress=False,
        )  # fmt: skip
    assert (result.documents, result.errors) == (9, 1)
    for table in TABLES:
        assert _sorted(tmp_path / "out", table).equals(_sorted(two_workers[0], table)), table


def test_dask_local_cluster_of_processes(tmp_path):
    folder = write_folder(tmp_path / "in", {"vlad": VLADIVOSTOK, "oslo": OSLO})
    result = run_batch(
        [folder], tmp_path / "out", dask="local", workers=1, chunk_size=1, progress=False
    )
    assert result.documents == 2 and result.rows["stops"] == 4
    assert sorted(read_table(tmp_path / "out", "claims")["verdict"]) == [
        "consistent",
        "overstated",
    ]


def _report_memory(queue) -> None:  # runs in a spawned worker
    from mapper.batch.chunk import _memory_mb

    queue.put(_memory_mb())


def test_a_spawned_worker_reports_its_own_peak_not_its_parents() -> None:
    import multiprocessing

    held = bytearray(300 * 2**20)  # the parent holds 300 MB when the worker starts
    held[::4096] = b"\x01" * len(held[::4096])
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    worker = context.Process(target=_report_memory, args=(queue,))
    worker.start()
    rss_mb, peak_mb = queue.get(timeout=60)
    worker.join(10)
    del held
    # getrusage's ru_maxrss would say over 300 MB here (it keeps the parent's size
    # across the exec); the worker itself has imported little
    assert rss_mb <= peak_mb < 200
