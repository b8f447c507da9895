"""Vectorised geodesic distances against their peers, measured in one run.

Run from the project root::

    python -m bench.bench_geodesy [--pairs N]

Compares ``mapper.geodesy.distances_km`` on numpy arrays with raw ``pyproj.Geod.inv``
on the same arrays (the floor: mapper wraps it) and with a Python loop over
``geopy.distance.geodesic`` (what notebooks often do), and prints pairs per second and
the ratios. All three agree to a millimetre on the same pairs, which is checked too.
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def best_of(func, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200_000, help="pairs for the array runs")
    parser.add_argument("--loop-pairs", type=int, default=5_000, help="pairs for the geopy loop")
    args = parser.parse_args()

    from geopy.distance import geodesic
    from pyproj import Geod

    from mapper.geodesy import distance_matrix_km, distances_km

    rng = np.random.default_rng(42)
    n = args.pairs
    lat1, lat2 = rng.uniform(-89, 89, n), rng.uniform(-89, 89, n)
    lon1, lon2 = rng.uniform(-180, 180, n), rng.uniform(-180, 180, n)
    geod = Geod(ellps="WGS84")

    t_mapper = best_of(lambda: distances_km(lat1, lon1, lat2, lon2))
    t_pyproj = best_of(lambda: geod.inv(lon1, lat1, lon2, lat2))
    m = args.loop_pairs
    t_geopy = best_of(
        lambda: [geodesic((lat1[i], lon1[i]), (lat2[i], lon2[i])).km for i in range(m)], 1
    )
    ours = distances_km(lat1[:m], lon1[:m], lat2[:m], lon2[:m])
    theirs = np.array([geodesic((lat1[i], lon1[i]), (lat2[i], lon2[i])).km for i in range(m)])
    worst_mm = float(np.max(np.abs(ours - theirs)) * 1e6)

    rate = {"mapper": n / t_mapper, "pyproj": n / t_pyproj, "geopy": m / t_geopy}
    print(f"geodesic distances, {n:,} random pairs (geopy loop: {m:,} pairs)")
    for name, r in rate.items():
        print(f"  {name:8s} {r:14,.0f} pairs/s")
    print(f"  mapper / raw pyproj Geod.inv: {rate['mapper'] / rate['pyproj']:.2f}x")
    print(f"  mapper / geopy geodesic loop: {rate['mapper'] / rate['geopy']:,.0f}x")
    print(f"  largest disagreement with geopy: {worst_mm:.6f} mm")

    k = 1000
    t_matrix = best_of(lambda: distance_matrix_km(lat1[:k], lon1[:k]))
    print(f"all-pairs matrix of {k:,} points: {t_matrix:.2f} s ({k * k / t_matrix:,.0f} pairs/s)")


if __name__ == "__main__":
    main()
