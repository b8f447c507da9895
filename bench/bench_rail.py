"""Rail routing speed against bare networkx, measured in one run.

Run from the project root::

    python -m bench.bench_rail

Prints: the cold cost of ``import mapper.rail`` and of loading the network (medians of
fresh processes, beside ``python -c pass``); routes per second through
:func:`mapper.rail.route` (names, points and snapping included) and, as the peer,
``networkx.shortest_path`` alone on the same graph; and the ratio of the two.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import time


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def per_second(func, items, repeat: int) -> float:
    t0 = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            func(*item)
    return repeat * len(items) / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per command")
    parser.add_argument("--repeat", type=int, default=3, help="passes over all station pairs")
    args = parser.parse_args()

    py = sys.executable
    t_pass = median_seconds([py, "-c", "pass"], args.runs)
    t_import = median_seconds([py, "-c", "import mapper.rail"], args.runs)
    t_load = median_seconds([py, "-c", "import mapper.rail as r; r.default_network()"], args.runs)
    print(f"python -c pass                     {t_pass * 1000:8.1f} ms")
    print(f"import mapper.rail                 {t_import * 1000:8.1f} ms")
    print(f"import + load network (networkx)   {t_load * 1000:8.1f} ms")

    import networkx as nx

    from mapper.rail import default_network

    net = default_network()
    names = [p.name for p in net.stations()]
    by_name = list(itertools.combinations(names, 2))
    by_point = [((a.lat, a.lon), (b.lat, b.lon)) for a, b in itertools.pairwise(net.stations())]

    ours = per_second(net.route, by_name, args.repeat)
    ours_pts = per_second(net.route, by_point, args.repeat * 20)
    peer = per_second(
        lambda a, b: nx.shortest_path(net.graph, a, b, weight="weight_km"), by_name, args.repeat
    )
    print(f"route(name, name)                  {ours:8.0f} /s")
    print(f"route(point, point)                {ours_pts:8.0f} /s")
    print(f"peer: nx.shortest_path alone       {peer:8.0f} /s")
    print(f"ratio route(name)/peer             {ours / peer:8.2f}")


if __name__ == "__main__":
    main()
