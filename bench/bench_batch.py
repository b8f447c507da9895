"""Throughput, scaling, memory and resuming of ``mapper batch``, measured in one run.

Run from the project root::

    python -m bench.bench_batch                  # 5,000 documents per mode
    python -m bench.bench_batch --docs 20000 --memory-docs 100000  # bench/results/batch.txt

The archive is assembled at run time, in a temporary folder, from the bundled example
article and the texts of the geoparsing corpora in ``../shared/eval/`` (read there,
never copied into the project), repeated up to ``--docs`` documents, as one JSONL file.
It is read three ways, each into a fresh output folder: one worker (in this process),
a pool of two worker processes, and Dask with a local cluster of two single-threaded
worker processes. Each mode's documents/s is over its whole run (startup included). The
modes run ``--repeat`` times, interleaved (one, pool, Dask, one, pool, Dask), and each
mode's best run gives the ratios: on a shared machine a slow spell can cost one run 15 %
and would otherwise decide the ratio.

Memory: every chunk reports its worker's resident memory after it and its peak so far;
"flat" compares each worker's resident memory over the last quarter of its chunks with
the first quarter (after its first chunk, which loads the models).

Resume: a pool run of two workers is killed (SIGKILL, the whole process group) once it
has written a few chunks; the ``mapper.batch`` log says which chunks it had handed out.
A rerun commits what the journals of the chunks in flight hold and reads the rest; the
documents read twice are those in flight that no journal held.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CORPORA = ("LGL/lgl.xml", "GeoVirus/GeoVirus.xml", "TR-News/TR-News.xml")


def texts() -> list[tuple[str, str]]:
    """Return (source, text) pairs: the bundled example and the corpora's documents."""
    from mapper.example import example_article

    found = [("example", example_article())]
    for name in CORPORA:
        path = EVAL / name
        if path.exists():
            from bench.corpora import read_corpus

            found += [(path.parent.name, doc.text) for doc in read_corpus(path).docs]
    return found


def write_archive(path: Path, n: int) -> dict[str, int]:
    """Write ``n`` documents as JSONL, the texts repeated in turn; return docs per source."""
    pool = texts()
    counts: dict[str, int] = defaultdict(int)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            source, text = pool[i % len(pool)]
            counts[source] += 1
            fh.write(json.dumps({"id": f"{i:07d}-{source}", "text": text}) + "\n")
    return dict(counts)


def memory(result) -> tuple[float, dict[str, tuple[float, float, float, float]]]:
    """Return the highest peak RSS of any worker and, per worker, its resident memory
    (median of the first and of the last quarter of its chunks), the most it held after
    a chunk, and its peak (within a chunk), in MB."""
    by_worker: dict[str, list] = defaultdict(list)
    for chunk in result.chunks:
        by_worker[chunk.worker].append(chunk)
    per: dict[str, tuple[float, float, float, float]] = {}
    for worker, chunks in by_worker.items():
        chunks.sort(key=lambda c: c.number)
        steady = chunks[1:] or chunks
        quarter = max(len(steady) // 4, 1)
        first = statistics.median(c.rss_mb for c in steady[:quarter])
        last = statistics.median(c.rss_mb for c in steady[-quarter:])
        per[worker] = (
            first,
            last,
            max(c.rss_mb for c in chunks),
            max(c.peak_rss_mb for c in chunks),
        )
    return max(p for *_, p in per.values()), per


def timed(label: str, archive: Path, out: Path, **options):
    from mapper.batch import run_batch

    load = os.getloadavg()[0]
    result = run_batch([archive], out, progress=False, **options)
    peak, per = memory(result)
    print(
        f"{label:<25} {result.documents:>7,} docs {result.seconds:>8.1f} s "
        f"{result.documents_per_second:>8.1f} docs/s   peak RSS per worker {peak:.0f} MB   "
        f"(load average before/after: {load:.1f}/{os.getloadavg()[0]:.1f})",
        flush=True,
    )
    for worker, (first, last, most, top) in sorted(per.items()):
        print(
            f"    worker {worker}: RSS {first:.0f} MB (first quarter) -> {last:.0f} MB "
            f"(last quarter), at most {most:.0f} MB after a chunk, peak {top:.0f} MB",
            flush=True,
        )
    return result


_CHILD = """
import logging, sys
from mapper.batch import run_batch
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(message)s")
logging.getLogger("distributed").setLevel(logging.WARNING)
run_batch([sys.argv[1]], sys.argv[2], workers=2, chunk_size=int(sys.argv[3]), progress=False)
"""


def resume_check(archive: Path, out: Path, total: int, chunk_size: int, after: int) -> None:
    """Kill a two-worker run once it has written ``after`` chunks; rerun; count."""
    from mapper.batch import TABLES, read_table, run_batch

    log = out.with_suffix(".log")
    with log.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(archive), str(out), str(chunk_size)],
            stderr=err,
            cwd=ROOT,
            start_new_session=True,
        )
        checkpoints = out / "_checkpoints"
        while child.poll() is None:
            if checkpoints.exists() and len(list(checkpoints.glob("part-*.json"))) >= after:
                break
            time.sleep(0.05)
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    lines = log.read_text().splitlines()
    handed = {int(x.split()[1]) for x in lines if x.startswith("chunk") and "handed out" in x}
    written = {int(x.split()[1]) for x in lines if x.startswith("chunk") and "written" in x}
    in_flight = sorted(handed - written)
    journaled = sum(
        line.endswith("\n")
        for path in (out / "_journal").glob("part-*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
    )
    rerun = run_batch([archive], out, workers=1, chunk_size=chunk_size, progress=False)
    ids = [*read_table(out, "documents")["id"], *read_table(out, "errors")["id"]]
    print(
        f"killed (SIGKILL) a 2-worker run of {total:,} docs in chunks of {chunk_size} after "
        f"{len(written)} chunks were written; it had handed out {len(handed)}: "
        f"{len(in_flight)} in flight {in_flight}"
    )
    in_flight_docs = sum(min(chunk_size, total - (n - 1) * chunk_size) for n in in_flight)
    print(
        f"rerun: removed {rerun.removed_parts} part files of unfinished chunks "
        f"({rerun.removed_parts // len(TABLES)} chunks), skipped {rerun.skipped:,} docs, "
        f"read {rerun.documents:,}; ids in the tables {len(ids):,}, distinct "
        f"{len(set(ids)):,}, of {total:,}"
    )
    print(
        f"the {in_flight_docs} docs of the chunks in flight: {journaled} read and in whole "
        f"journal lines at the kill, {rerun.recovered} of them committed by the rerun from "
        f"the journals (not read again); the others had not been read. Read twice: only "
        f"the document each worker was in the middle of (at most 2 = "
        f"{2 / chunk_size:.2f} chunk); without the journals the {journaled} would have been "
        "read again"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5_000, help="documents per mode")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each mode, interleaved; the best counts"
    )
    parser.add_argument("--chunk-size", type=int, default=250, help="documents per chunk")
    parser.add_argument(
        "--memory-docs", type=int, default=0, help="also a 2-worker run this long, for memory"
    )
    parser.add_argument("--resume-docs", type=int, default=2_000, help="docs of the resume check")
    args = parser.parse_args(argv)

    from mapper.gazetteer import default_gazetteer

    default_gazetteer()  # the index exists before anything is timed
    with tempfile.TemporaryDirectory(prefix="mapper-bench-batch-") as scratch:
        tmp = Path(scratch)
        archive = tmp / "archive.jsonl"
        sources = write_archive(archive, args.docs)
        mb = archive.stat().st_size / 1e6
        print(
            f"mapper batch (python -m bench.bench_batch --docs {args.docs}): {args.docs:,} "
            f"documents, {mb:.1f} MB of JSONL, chunks of {args.chunk_size}; texts: "
            + ", ".join(f"{k} x{v:,}" for k, v in sources.items())
        )
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
        modes = {
            "1 worker (in-process)": {"workers": 1},
            "2 workers (pool)": {"workers": 2},
            "Dask local, 2 workers": {"dask": "local", "workers": 2},
        }
        best: dict[str, float] = {}
        for rep in range(1, args.repeat + 1):  # interleaved: a slow spell hits every mode
            for n, (label, options) in enumerate(modes.items()):
                out = tmp / f"mode{n}-{rep}"
                options = {**options, "chunk_size": args.chunk_size}
                result = timed(f"{label} #{rep}", archive, out, **options)
                best[label] = max(best.get(label, 0.0), result.documents_per_second)
                shutil.rmtree(out)
        one, two, dask = best.values()
        scaling, ratio = two / one, dask / two
        print(
            f"\nbest of {args.repeat} runs each: 1 worker {one:.1f}, 2 workers {two:.1f}, "
            f"Dask {dask:.1f} docs/s"
            f"\nscaling, 2 workers / 1: {scaling:.2f}x (target >= 1.8x)\n"
            f"Dask / pool: {ratio:.2f}x (target >= 0.85x)"
        )
        if args.memory_docs:
            big = tmp / "big.jsonl"
            write_archive(big, args.memory_docs)
            print(f"\nmemory run: {args.memory_docs:,} documents, 2 workers (pool)")
            timed("2 workers (pool)", big, tmp / "big", workers=2, chunk_size=args.chunk_size)
        print()
        small = tmp / "resume.jsonl"
        write_archive(small, args.resume_docs)
        resume_check(small, tmp / "resume", args.resume_docs, chunk_size=50, after=6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
