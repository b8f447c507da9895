"""Map rendering: time and file size of the default and offline pages, against plain folium.

Run from the project root::

    python -m bench.bench_render

Prints, for the example journey (5 stops, 6 sites, 1 claim) and for a large synthetic
one (60 stops, 120 sites, 30 claims): the median time of ``render()``, of turning the
map into the default page and into the offline page (basemap cache warm), and each
page's size; the one-off cost of building the offline basemap from Natural Earth; and,
as the peer, a plain folium map with the same number of markers, lines and popups
(default icons, no escaping, no legend), timed the same way in the same run.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def large_inputs(n_stops: int = 60, n_sites: int = 120, n_claims: int = 30) -> dict:
    """Return a synthetic journey zig-zagging across Siberia, with sites and claims."""
    from mapper.claims import check_claim, find_claims
    from mapper.geodesy import distance_km, geodesic_path
    from mapper.model import Journey, Leg, Place, Stop

    places = [
        Place(f"Stop {i}", lat=45.0 + 8.0 * math.sin(i / 5), lon=60.0 + i * 1.5, kind="station")
        for i in range(n_stops)
    ]
    stops = tuple(
        Stop(p, status=("confirmed", "speculated", "implied")[i % 3], sentence=f"Sentence {i}.")
        for i, p in enumerate(places)
    )
    legs = tuple(
        Leg(
            a, b, "rail", distance_km(a.place, b.place), path=tuple(geodesic_path(a.place, b.place))
        )
        for a, b in itertools.pairwise(stops)
    )
    kinds = ["city", "station", "factory", "spaceport", "airport", "campus", "town", "site"]
    sites = [
        Place(f"Site {i}", lat=40.0 + (i * 7) % 20, lon=55.0 + (i * 13) % 90, kind=kinds[i % 8])
        for i in range(n_sites)
    ]

    def checked(a: Place, b: Place):  # a real ClaimCheck, as the pipeline makes
        km = round(distance_km(a, b), -2) or 100.0
        [claim] = find_claims(f"The works lie about {km:,.0f} km from the depot.")
        return check_claim(claim, a, b)

    claims = [checked(sites[i], sites[i + 1]) for i in range(n_claims)]
    sentences = {s: [f"A sentence about {s.name}."] for s in sites}
    journey = Journey(stops=stops, legs=legs, title="Synthetic journey")
    return {"journey": journey, "claims": claims, "sites": sites, "sentences": sentences}


def plain_folium(inputs: dict):
    """The peer: the same markers, lines and popups with folium's defaults."""
    import folium

    from mapper.geodesy import geodesic_path

    m = folium.Map(tiles="Esri.WorldGrayCanvas")
    journey = inputs["journey"]
    for stop in journey.stops:
        folium.Marker([stop.place.lat, stop.place.lon], popup=stop.sentence).add_to(m)
    for leg in journey.legs:
        path = leg.path or geodesic_path(leg.start.place, leg.end.place)
        folium.PolyLine(path, tooltip=leg.mode).add_to(m)
    for site in inputs["sites"]:
        folium.Marker([site.lat, site.lon], popup=site.name).add_to(m)
    for check in inputs["claims"]:
        folium.PolyLine(geodesic_path(check.origin, check.target),
                        tooltip=check.claim.sentence).add_to(m)  # fmt: skip
    return m


def bench_case(name: str, inputs: dict, runs: int, out: Path) -> None:
    from mapper.maps import render, save, to_html

    journey = inputs["journey"]
    others = {k: v for k, v in inputs.items() if k != "journey"}
    t_render, m = median_seconds(lambda: render(journey, **others), runs)
    t_default, page = median_seconds(lambda: to_html(m), runs)
    t_offline, offline_page = median_seconds(lambda: to_html(m, offline=True), runs)
    t_peer_build, peer = median_seconds(lambda: plain_folium(inputs), runs)
    t_peer_html, peer_page = median_seconds(lambda: peer.get_root().render(), runs)
    default_path = save(m, out / f"{name}-default.html")
    offline_path = save(m, out / f"{name}-offline.html", offline=True)
    n_stops, n_claims = len(journey.stops), len(inputs["claims"])
    n_sites = len(
        {(p.name, p.lat, p.lon) for p in inputs["sites"]}
        | {(s.place.name, s.place.lat, s.place.lon) for s in journey.sites if s.place}
    )
    print(f"{name}: {n_stops} stops, {n_sites} sites, {n_claims} claims (median of {runs})")
    print(f"  render()                         {t_render * 1000:8.1f} ms")
    print(f"  default page (to_html)           {t_default * 1000:8.1f} ms")
    print(f"  offline page (to_html, warm)     {t_offline * 1000:8.1f} ms")
    mapper_total = t_render + t_default
    peer_total = t_peer_build + t_peer_html
    print(f"  peer: plain folium build + page  {peer_total * 1000:8.1f} ms"
          f"   (mapper default / peer: {mapper_total / peer_total:.2f}x)")  # fmt: skip
    kib = 1024
    print(f"  default page size                {default_path.stat().st_size / kib:8.1f} KiB"
          f"   (peer: {len(peer_page.encode()) / kib:.1f} KiB)")  # fmt: skip
    print(f"  offline page size                {offline_path.stat().st_size / kib:8.1f} KiB")
    assert len(page) and len(offline_page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions per measurement")
    parser.add_argument("--skip-build", action="store_true", help="do not time a basemap build")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from mapper.maps import basemap_data
    from scripts.screenshot import example_inputs

    if not args.skip_build:
        with tempfile.TemporaryDirectory() as tmp:
            old = os.environ.get("MAPPER_CACHE_DIR")
            os.environ["MAPPER_CACHE_DIR"] = tmp
            clear = (basemap_data._basemap.cache_clear, basemap_data._page_data.cache_clear)
            for f in clear:
                f()
            t0 = time.perf_counter()
            basemap_data.page_data()
            t_build = time.perf_counter() - t0
            cached = sum(p.stat().st_size for p in Path(tmp).glob("basemap-*.json"))
            for f in clear:
                f()
            t0 = time.perf_counter()
            basemap_data.page_data()
            t_read = time.perf_counter() - t0
            if old is None:
                del os.environ["MAPPER_CACHE_DIR"]
            else:
                os.environ["MAPPER_CACHE_DIR"] = old
            for f in clear:
                f()
        print("offline basemap (Natural Earth 1:10m -> land + borders as TopoJSON, cities):")
        print(f"  first build                      {t_build * 1000:8.1f} ms")
        print(f"  read from cache                  {t_read * 1000:8.1f} ms")
        print(f"  cache file                       {cached / 1024:8.1f} KiB")
    basemap_data.page_data()  # warm for the cases below

    with tempfile.TemporaryDirectory() as tmp:
        bench_case("example", example_inputs(), args.runs, Path(tmp))
        bench_case("large", large_inputs(), args.runs, Path(tmp))


if __name__ == "__main__":
    main()
