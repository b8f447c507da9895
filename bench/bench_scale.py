"""Time and peak memory of ``places``, ``check``, ``journey`` and ``map`` as the text grows.

Run from the project root::

    python -m bench.bench_scale                      # 0.1, 1 and 4 MB
    python -m bench.bench_scale --sizes 0.1 1 4 30   # and 30 MB (about half an hour)

The texts are news articles strung together: the geoparsing corpora's documents in
``../shared/eval/`` (read there at run time, never copied), or the bundled example when
those are absent, repeated up to each size. Each command runs in a fresh process (as a
user runs it: ``mapper.cli.main``), which reports its wall time and its peak resident
memory. The growth column divides the time at one size by the time at the size before,
then by the size ratio: 1.0 is linear, above 1 grows faster than the text.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("places", "check", "journey", "map")


def corpus_text() -> tuple[str, str]:
    """Return a pool of article text and where it came from."""
    from bench.geoparse import DEFAULT_CORPORA, EVAL_DIR

    texts = []
    for name, rel in DEFAULT_CORPORA.items():
        path = EVAL_DIR / rel
        if path.exists():
            from bench.corpora import read_corpus

            texts += [doc.text for doc in read_corpus(path, name).docs]
    if texts:
        return "\n\n".join(texts), f"{len(texts)} documents of the geoparsing corpora"
    from mapper.example import example_article

    return example_article(), "the bundled example article"


def write_text(pool: str, megabytes: float, folder: Path) -> Path:
    """Write ``megabytes`` of text, the pool repeated, cut at a paragraph break."""
    size = int(megabytes * 1_000_000)
    copies = size // max(len(pool), 1) + 1
    text = "\n\n".join([pool] * copies)[:size]
    text = text[: text.rfind("\n\n")] if "\n\n" in text[size // 2 :] else text
    path = folder / f"text-{megabytes:g}MB.txt"
    path.write_text(text, encoding="utf-8")
    return path


def run_child(command: str, path: Path, timeout: float) -> dict[str, float | str]:
    """Run one command on one file in a fresh process; return its time and peak memory."""
    args = [sys.executable, "-m", "bench.bench_scale", "--child", command, str(path)]
    try:
        done = subprocess.run(
            args, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:80]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(command: str, path: str) -> int:
    """Run ``mapper COMMAND FILE`` in this process; print its seconds and peak MB."""
    from mapper.cli import main
    from mapper.gazetteer import default_gazetteer

    default_gazetteer()  # the index is opened (built) before the clock starts
    extra = ["-o", os.devnull, "--offline"] if command == "map" else []
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            status = main([command, path, *extra])
        finally:
            sys.stdout = stdout
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "status": status}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_scale", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1.0, 4.0])
    parser.add_argument("--commands", nargs="+", choices=COMMANDS, default=list(COMMANDS))
    parser.add_argument("--timeout", type=float, default=3600.0, help="per run, in seconds")
    parser.add_argument("--child", nargs=2, metavar=("COMMAND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(*args.child)
    pool, origin = corpus_text()
    print(f"Scaling with the text (python -m bench.bench_scale): text from {origin}\n")
    header = f"{'command':<8} {'MB':>5} {'seconds':>8} {'peak MB':>8} {'growth':>7}"
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as scratch:
        files = {mb: write_text(pool, mb, Path(scratch)) for mb in args.sizes}
        for command in args.commands:
            before: tuple[float, float] | None = None
            for mb, path in files.items():
                result = run_child(command, path, args.timeout)
                if "error" in result:
                    print(f"{command:<8} {mb:>5g} {result['error']}")
                    before = None
                    continue
                seconds, peak = float(result["seconds"]), float(result["peak_mb"])
                growth = ""
                if before is not None:
                    growth = f"{(seconds / before[1]) / (mb / before[0]):.2f}"
                print(f"{command:<8} {mb:>5g} {seconds:>8.1f} {peak:>8.0f} {growth:>7}")
                before = (mb, seconds)
    print(
        "\ngrowth: (time at this size / time at the size before) / (size ratio); 1.00 is "
        "linear. Peak MB is the process's resident peak, the gazetteer index and Python "
        "included (about 100 MB before any text)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
