"""mapper batch resumes: a rerun skips finished ids, an interrupted run loses at most the
document each worker was reading (the rest of its chunk is in the journal), and every
file in the output is complete or absent."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

import mapper.atomic
import mapper.batch.backends
import mapper.batch.store
from mapper.batch import TABLES, read_table, run_batch
from mapper.batch.store import Archive
from mapper.errors import MapperError
from tests.test_batch_support import KANO, NOWHERE, OSLO, VLADIVOSTOK, write_folder

#: Five documents, read two to a chunk: chunks 1 (a, b), 2 (c, d) and 3 (e).
FIVE = {"a": KANO, "b": OSLO, "c": VLADIVOSTOK, "d": NOWHERE, "e": KANO}


def _run(folder, out, **options):
    return run_batch([folder], out, workers=1, chunk_size=2, progress=False, **options)


def _ids(out, table="documents"):
    return sorted(read_table(out, table)["id"])


def _leftovers(out):
    """Files a killed write could leave: temporary files, and parts with no checkpoint."""
    stray = [p.name for p in out.rglob("*.tmp")]
    checkpoints = {p.stem for p in (out / "_checkpoints").glob("part-*.json")}
    orphans = [
        str(p.relative_to(out))
        for table in TABLES
        for p in (out / table).glob("part-*.parquet")
        if p.stem not in checkpoints
    ]
    return stray, orphans


def test_a_rerun_skips_finished_ids_and_reads_new_ones(tmp_path):
    folder = write_folder(tmp_path / "in", FIVE)
    first = _run(folder, tmp_path / "out")
    assert (first.documents, first.skipped, len(first.chunks)) == (5, 0, 3)
    again = _run(folder, tmp_path / "out")
    assert (again.documents, again.skipped, again.chunks) == (0, 5, ())
    write_folder(folder, {"f": OSLO})
    third = _run(folder, tmp_path / "out")
    assert (third.documents, third.skipped, third.resumed_after) == (1, 5, 3)
    assert [c.number for c in third.chunks] == [4]
    assert _ids(tmp_path / "out") == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
    assert _ids(tmp_path / "out", "mentions").count("b.txt") == 3  # read once, not twice


def test_a_crash_while_committing_a_chunk_loses_only_that_chunk(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", FIVE)
    real = mapper.batch.store.atomic_write

    def crash_at_second_checkpoint(path, content, **kwargs):
        if path.name == "part-00002.json":
            raise RuntimeError("power cut")
        return real(path, content, **kwargs)

    monkeypatch.setattr(mapper.batch.store, "atomic_write", crash_at_second_checkpoint)
    with pytest.raises(RuntimeError, match="power cut"):
        _run(folder, tmp_path / "out")
    monkeypatch.setattr(mapper.batch.store, "atomic_write", real)
    # chunk 2's parts were written, its checkpoint was not: it is not finished
    stray, orphans = _leftovers(tmp_path / "out")
    assert stray == [] and sorted(orphans) == sorted(f"{t}/part-00002.parquet" for t in TABLES)
    assert _ids(tmp_path / "out") == ["a.txt", "b.txt"]

    rerun = _run(folder, tmp_path / "out")
    assert rerun.removed_parts == len(TABLES)  # the interrupted chunk's parts
    # c and d were read: chunk 2 is committed from its journal; only e is read
    assert (rerun.recovered, rerun.documents, rerun.skipped) == (2, 1, 4)
    assert [c.number for c in rerun.chunks] == [3]
    assert _ids(tmp_path / "out") == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    assert _ids(tmp_path / "out", "stops").count("c.txt") == 2  # never twice
    assert _leftovers(tmp_path / "out") == ([], [])


def test_an_interrupt_keeps_the_chunks_written(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", FIVE)
    real = mapper.batch.backends.run_chunk
    calls = []

    def interrupted_on_third(chunk):
        calls.append(chunk.number)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(chunk)

    monkeypatch.setattr(mapper.batch.backends, "run_chunk", interrupted_on_third)
    with pytest.raises(KeyboardInterrupt):
        _run(folder, tmp_path / "out")
    monkeypatch.setattr(mapper.batch.backends, "run_chunk", real)
    assert _ids(tmp_path / "out") == ["a.txt", "b.txt", "c.txt", "d.txt"]
    rerun = _run(folder, tmp_path / "out")
    assert (rerun.documents, rerun.skipped) == (1, 4)
    assert [c.number for c in rerun.chunks] == [3]


def _stop_at(monkeypatch, doc_id):
    """Stop the run (as a kill would) when the worker comes to ``doc_id``."""
    import mapper.batch.chunk

    real = mapper.batch.chunk.read_document

    def read(doc, gazetteer=None):
        if doc.id == doc_id:
            raise KeyboardInterrupt
        return real(doc, gazetteer)

    monkeypatch.setattr(mapper.batch.chunk, "read_document", read)
    return lambda: monkeypatch.setattr(mapper.batch.chunk, "read_document", real)


def test_a_run_stopped_inside_a_chunk_reads_again_only_the_document_it_was_reading(
    tmp_path, monkeypatch
):
    folder = write_folder(tmp_path / "in", {**FIVE, "f": OSLO, "g": VLADIVOSTOK})
    out = tmp_path / "out"
    undo = _stop_at(monkeypatch, "f.txt")  # chunk 3 is (e, f): e read, f being read
    with pytest.raises(KeyboardInterrupt):
        run_batch([folder], out, workers=1, chunk_size=2, progress=False)
    undo()
    assert _ids(out) == ["a.txt", "b.txt", "c.txt", "d.txt"]  # e is in the journal only
    assert (out / "_journal" / "part-00003.jsonl").exists()
    rerun = _run(folder, out)
    assert (rerun.recovered, rerun.documents, rerun.skipped) == (1, 2, 5)  # f and g read
    assert [c.number for c in rerun.chunks] == [4]
    assert not list((out / "_journal").iterdir())  # journals go once committed
    # the same tables as a run never stopped: the journal's rows are the rows
    clean = tmp_path / "clean"
    run_batch([folder], clean, workers=1, chunk_size=2, progress=False)
    for table in TABLES:
        key = ["id", "start"] if table == "mentions" else ["id"]
        got = read_table(out, table)
        want = read_table(clean, table)
        if table == "documents" or not len(want):
            got, want = got.sort_values("id"), want.sort_values("id")
        else:
            got, want = got.sort_values(key, kind="stable"), want.sort_values(key, kind="stable")
        got, want = got.reset_index(drop=True), want.reset_index(drop=True)
        assert got.drop(columns="geometry", errors="ignore").equals(
            want.drop(columns="geometry", errors="ignore")
        ), table
        if "geometry" in want:
            assert list(got.geometry.to_wkt()) == list(want.geometry.to_wkt()), table


def test_a_journal_line_cut_short_is_read_again_and_nothing_twice(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", FIVE)
    out = tmp_path / "out"
    undo = _stop_at(monkeypatch, "e.txt")
    with pytest.raises(KeyboardInterrupt):  # one chunk: a to d read, then stopped
        run_batch([folder], out, workers=1, chunk_size=5, progress=False)
    undo()
    journal = out / "_journal" / "part-00001.jsonl"
    lines = journal.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 4
    # a kill in the middle of writing d's line leaves half of it
    journal.write_text("".join(lines[:3]) + lines[3][: len(lines[3]) // 2], encoding="utf-8")
    rerun = run_batch([folder], out, workers=1, chunk_size=5, progress=False)
    assert (rerun.recovered, rerun.documents) == (3, 2)  # a, b, c kept; d and e read
    assert _ids(out) == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    assert _ids(out, "stops").count("c.txt") == 2  # never twice


def test_a_failed_write_leaves_no_part_file(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", FIVE)
    real_replace = mapper.atomic.os.replace

    def disk_full_at_chunk_two(src, dst):
        if str(dst).endswith(f"{TABLES[1]}/part-00002.parquet"):  # its second part
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(mapper.atomic.os, "replace", disk_full_at_chunk_two)
    with pytest.raises(MapperError, match="No space left on device"):
        _run(folder, tmp_path / "out")
    monkeypatch.setattr(mapper.atomic.os, "replace", real_replace)
    out = tmp_path / "out"
    assert not (out / TABLES[1] / "part-00002.parquet").exists()
    stray, orphans = _leftovers(out)
    assert stray == []  # the temporary file of the failed write is gone
    assert orphans == [f"{TABLES[0]}/part-00002.parquet"]  # complete, and not committed
    for part in out.rglob("part-*.parquet"):
        pq.read_table(part)  # every file there reads whole
    rerun = _run(folder, out)
    assert (rerun.recovered, rerun.documents, rerun.skipped) == (2, 1, 4)  # c, d journaled
    assert _leftovers(out) == ([], [])


def test_one_batch_at_a_time_writes_to_a_folder(tmp_path):
    with Archive.open(tmp_path / "out"), pytest.raises(MapperError) as info:
        Archive.open(tmp_path / "out")
    assert str(info.value) == (
        f"{tmp_path / 'out'}: another mapper batch is writing to this folder; wait for it "
        "to finish, or give another folder"
    )
    with Archive.open(tmp_path / "out") as archive:  # free again
        assert archive.next_number == 1


def test_a_worker_without_the_index_says_how_to_build_it(tmp_path, monkeypatch):
    import mapper.batch.chunk as chunk

    monkeypatch.setattr(chunk, "_READY", None)
    monkeypatch.setattr(chunk, "default_index_path", lambda: (tmp_path / "none.sqlite", "k"))
    with pytest.raises(MapperError) as info:
        chunk.prepare_worker()
    assert str(info.value).startswith(f"no usable gazetteer index at {tmp_path / 'none.sqlite'}")
    assert str(info.value).endswith(
        "run `mapper gazetteer build` on every worker machine first (with the same "
        "MAPPER_CACHE_DIR)"
    )


def test_the_worker_index_is_the_default_gazetteer(gazetteer):
    from mapper.batch.chunk import default_index_path

    assert default_index_path()[0] == gazetteer.path
