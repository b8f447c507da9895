"""The ``mapper`` command line.

The library does the work; this module parses arguments, prints tables or JSON, and
turns a :class:`~mapper.errors.MapperError` into ``Error: ...`` on standard error
with exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import MapperError
from .table import format_table

if TYPE_CHECKING:
    from .story import Story

__all__ = ["main"]

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _command(name: str) -> Callable:
    def register(func: Callable[[argparse.Namespace], int]) -> Callable:
        _COMMANDS[name] = func
        return func

    return register


def _gazetteer(args: argparse.Namespace) -> Any:
    from .gazetteer import Gazetteer, default_gazetteer

    if getattr(args, "online", False):
        from .geocoder import OnlineFallback

        if not args.user_agent:
            raise MapperError(
                "--online needs --user-agent 'your-app/1.0 you@example.org' "
                "(Nominatim refuses anonymous requests)"
            )
        return Gazetteer(online=OnlineFallback(args.user_agent))
    return default_gazetteer()


def _geocode_rows(args: argparse.Namespace, names: Sequence[str]) -> tuple[list[dict], list[str]]:
    gaz = _gazetteer(args)
    results, errors = [], []
    for i, name in enumerate(names):
        context = [] if args.no_context else [n for j, n in enumerate(names) if j != i]
        try:
            place = gaz.lookup(
                name, country=args.country, kind=args.kind, near=args.near, context=context
            )
        except MapperError as exc:
            errors.append(f"Error: {exc}")
            continue
        score = next(
            (
                c.score
                for c in gaz.search(
                    name, country=args.country, kind=args.kind, near=args.near, context=context
                )
                if c.place == place
            ),
            1.0,
        )
        results.append({"query": name, **place.to_dict(), "score": round(score, 3)})
    return results, errors


@_command("geocode")
def _geocode(args: argparse.Namespace) -> int:
    results, errors = _geocode_rows(args, args.names)
    _print_places(results, args.json)
    for line in errors:
        print(line, file=sys.stderr)
    return 1 if errors else 0


def _print_places(results: list[dict], as_json: bool) -> None:
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    elif results:
        keys = ("query", "name", "lat", "lon", "kind", "country", "source", "score")
        rows = [
            [
                *(r["query"], r["name"], f"{r['lat']:.5f}", f"{r['lon']:.5f}"),
                *(r["kind"], r["country"], r["source"], f"{r['score']:.2f}"),
            ]
            for r in results
        ]
        print(format_table(keys, rows))


@_command("demo")
def _demo(args: argparse.Namespace) -> int:
    from .example import example_article
    from .story import read_story

    text = example_article()
    story = read_story(text, title="Bundled example: a train journey into the Russian Far East")
    print(f"{story.title}\n")
    print(f"Places named ({len(story.mentions)} mentions):")
    _print_mentions(story.mentions)
    print("\nThe journey:")
    _print_journey(story.journey)
    print(f"\nDistance claims ({len(story.claims)}):")
    if story.claims:
        from .claims import format_table as claims_table

        print(claims_table(story.claims))
    out = _save_map(story, args.output, offline=not args.online_tiles)
    kind = "online tiles" if args.online_tiles else "self-contained, opens offline"
    print(f"\nMap written to {out} ({kind}): open it in a browser.")
    return 0


def _save_map(story: Story, output: str, *, offline: bool, png: str | None = None) -> Path:
    """Draw the story's map once; write it (``-``: standard output) and its picture."""
    from .maps import render, save, to_html

    m = render(story)
    if output == "-":
        sys.stdout.write(to_html(m, offline=offline))
        out = Path("-")
    else:
        out = save(m, output, offline=offline)
    if png:
        from .maps.png import save_png

        save_png(m, png)
    return out


def _refuse_overwriting_inputs(outputs: Sequence[str | None], inputs: Sequence[str | None]) -> None:
    """Refuse an output file that is one of the command's inputs, or given twice."""
    seen: list[str] = []
    for out in outputs:
        if not out or out == "-":
            continue
        for other in [*(i for i in inputs if i and i != "-"), *seen]:
            if _same_file(out, other):
                what = "another output" if other in seen else "an input"
                raise MapperError(
                    f"{out}: is {what} of this command ({other}); writing there would destroy "
                    "it. Give another output file"
                )
        seen.append(out)


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist yet: the same path, once resolved?
        return os.path.realpath(a) == os.path.realpath(b)


def _write_geojson(journey: Any, path: str, story: Story | None = None) -> None:
    from .journey import journey_geojson, write_geojson

    extra: dict[str, Any] = {}
    if story is not None:  # a map's GeoJSON: the sites and claims too
        extra = {"sites": story.site_places, "claims": story.claims}
    if path == "-":
        print(json.dumps(journey_geojson(journey, **extra), ensure_ascii=False, indent=1))
    else:
        write_geojson(journey, path, **extra)


@_command("map")
def _map(args: argparse.Namespace) -> int:
    from .story import read_story

    _refuse_overwriting_inputs(
        [args.output, args.geojson, args.kml, args.png], [args.article, args.itinerary]
    )
    if args.output == "-" and args.geojson == "-":
        raise MapperError("-o - and --geojson - cannot both go to standard output")
    if args.article == "-" and args.itinerary == "-":
        raise MapperError("the article and --itinerary cannot both come from standard input")
    itinerary = _stdin_itinerary() if args.itinerary == "-" else args.itinerary
    from .text import headline

    text = _read_text(args.article)
    fallback = "standard input" if args.article == "-" else Path(args.article).name
    title = args.title or headline(text) or fallback
    story = read_story(text, title=title, itinerary=itinerary)
    if args.geojson:
        _write_geojson(story.journey, args.geojson, story)
    if args.kml:
        from .journey import write_kml

        sites = story.site_places
        write_kml(story.journey, args.kml, sites=sites, claims=story.claims, title=title)
    out = _save_map(story, args.output, offline=args.offline, png=args.png)
    stops, claims = len(story.journey.stops), len(story.claims)
    to = sys.stderr if "-" in (args.output, args.geojson) else sys.stdout
    print(f"{out}: {stops} stops, {len(story.sites)} place mentions, {claims} claims", file=to)
    return 0


#: An article is read whole: a bigger one is refused (split it into its articles).
MAX_ARTICLE_BYTES = 50_000_000


def _read_text(path: str) -> str:
    """Read an article from a file or standard input ('-'), as UTF-8; an HTML page's
    text without its markup, scripts and styles."""
    from .errors import DataError, not_utf8

    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
            label = "standard input"
        else:
            with open(path, "rb") as fh:
                data = fh.read(MAX_ARTICLE_BYTES + 1)
            label = path
    except FileNotFoundError:
        raise DataError(
            path, "no such file; give the path of a text file, or - for stdin"
        ) from None
    except IsADirectoryError:
        raise DataError(path, "is a folder; give the path of a text file") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise DataError(
            label,
            f"holds more than {MAX_ARTICLE_BYTES // 1_000_000} MB; an article is read whole: "
            "split the file into its articles",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(label, "is " + not_utf8(data, exc)) from None
    from .html_text import HTML_SUFFIXES, html_to_text

    if path.lower().endswith(HTML_SUFFIXES):  # its text, as batch and serve read it
        text = html_to_text(text).text
    return text


@_command("distance")
def _distance(args: argparse.Namespace) -> int:
    from .geodesy import inverse, km_to_unit

    gaz = _gazetteer(args)
    a = gaz.lookup(args.a, context=[args.b])
    b = gaz.lookup(args.b, context=[args.a])
    r = inverse(a, b)
    value = km_to_unit(r.distance_km, args.unit)
    if args.json:
        out = {
            "from": a.to_dict(),
            "to": b.to_dict(),
            "distance": round(value, 3),
            "unit": args.unit,
            "distance_km": round(r.distance_km, 3),
            "initial_bearing_deg": _round(r.initial_bearing_deg),
            "final_bearing_deg": _round(r.final_bearing_deg),
            "compass": r.compass,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    bearing = (
        "no bearing (same point)"
        if r.initial_bearing_deg is None
        else f"initial bearing {r.initial_bearing_deg:.1f}° ({r.compass}), "
        f"final {r.final_bearing_deg:.1f}°"
    )
    print(f"{a.label} -> {b.label}")
    print(f"{value:,.1f} {args.unit} along the WGS84 geodesic; {bearing}")
    return 0


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


@_command("places")
def _places(args: argparse.Namespace) -> int:
    from .geoparse import parse_document

    doc = parse_document(_read_text(args.article))
    mentions = doc.mentions
    if args.json:
        print(json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=2))
        return 0
    _print_mentions(mentions)
    if doc.demonyms:
        adjectives = sorted({f"{d.surface} ({d.adjective_of})" for d in doc.demonyms})
        print(f"\ndemonyms (adjectives of countries, not places): {', '.join(adjectives)}")
    return 0


def _print_mentions(mentions: Any) -> None:
    rows = [
        [
            m.surface,
            f"{m.start}-{m.end}",
            m.place.name if m.place else "(unresolved)",
            f"{m.place.lat:.5f}" if m.place else "",
            f"{m.place.lon:.5f}" if m.place else "",
            m.place.kind if m.place else "",
            m.place.country if m.place else "",
            f"{m.confidence:.2f}",
        ]
        for m in mentions
    ]
    print(format_table(["surface", "span", "name", "lat", "lon", "kind", "country", "conf"], rows))


def _stdin_itinerary() -> Any:
    """Read an itinerary from standard input, its format told by its first characters."""
    from .journey.itinerary import parse_itinerary, sniff_format

    raw = _read_text("-")
    return parse_itinerary(raw, sniff_format(raw), label="standard input")


def _journey_of(args: argparse.Namespace) -> Any:
    from .journey import journey_from_text, read_itinerary

    if args.itinerary == "-":
        return _stdin_itinerary()
    if args.itinerary:
        return read_itinerary(args.itinerary)
    if not args.article:
        from .errors import MapperError as _Err

        raise _Err("give an ARTICLE file (or -) or --itinerary FILE")
    return journey_from_text(_read_text(args.article))


@_command("journey")
def _journey(args: argparse.Namespace) -> int:
    _refuse_overwriting_inputs([args.geojson, args.kml], [args.article, args.itinerary])
    journey = _journey_of(args)
    if args.kml:
        from .journey import write_kml

        write_kml(journey, args.kml)
    if args.geojson:
        _write_geojson(journey, args.geojson)
        if args.geojson == "-":
            return 0
    if args.json:
        out = {
            "title": journey.title,
            "stops": [s.to_dict() for s in journey.stops],
            "legs": [leg.to_dict() for leg in journey.legs],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _print_journey(journey)
    return 0


def _print_journey(journey: Any) -> None:
    stop_rows = [
        [str(i), s.place.name, s.role, s.status, s.date, f"{s.place.lat:.5f}", f"{s.place.lon:.5f}"]
        for i, s in enumerate(journey.stops, start=1)
    ]
    print(format_table(["#", "name", "role", "status", "date", "lat", "lon"], stop_rows))
    leg_rows = [
        [
            leg.start.place.name,
            leg.end.place.name,
            leg.mode,
            f"{leg.straight_km:,.1f}",
            "-" if leg.rail_km is None else f"{leg.rail_km:,.1f}",
        ]
        for leg in journey.legs
    ]
    if leg_rows:
        print()
        print(format_table(["from", "to", "mode", "straight km", "rail km"], leg_rows))
        rail = [leg.rail_km for leg in journey.legs if leg.rail_km is not None]
        total = sum(leg.straight_km for leg in journey.legs)
        print(f"\ntotal: {total:,.1f} km straight; {sum(rail):,.1f} km by rail over "
              f"{len(rail)} of {len(journey.legs)} legs")  # fmt: skip


@_command("check")
def _check(args: argparse.Namespace) -> int:
    from .claims import check_claims
    from .claims import format_table as claims_table
    from .rail import route_km_for_claims

    checks = check_claims(_read_text(args.article), route_km=route_km_for_claims)
    if args.json:
        print(json.dumps([c.to_dict() for c in checks], ensure_ascii=False, indent=2))
    elif checks:
        print(claims_table(checks))
    else:
        print("no distance claims found")
    return 0


@_command("batch")
def _batch(args: argparse.Namespace) -> int:
    from .batch.cli import run

    return run(args)


@_command("serve")
def _serve(args: argparse.Namespace) -> int:
    from .serve.cli import run

    return run(args)


@_command("gazetteer")
def _gazetteer_command(args: argparse.Namespace) -> int:
    import time

    from . import gazetteer as gz

    if args.action == "import":
        record = gz.import_file(args.file, name=args.name)
        print(f"imported {record.rows:,} {record.kind} rows from {args.file} as {record.name!r}")
        print(f"kept in {gz.imports_dir()}; the index is rebuilt with them on next use")
        return 0
    if args.action == "remove":
        record = gz.remove_import(args.name)
        print(f"removed the import {record.name!r} ({record.rows:,} {record.kind} rows)")
        return 0
    started = time.perf_counter()
    gaz = gz.Gazetteer()  # opens the index, building it when it is missing or stale
    if args.action == "build":
        if args.force:
            gaz.rebuild()
            gaz = gz.Gazetteer()
        info = gaz.info()
        print(
            f"index ready at {info['path']}: {info['places']:,} places, {info['names']:,} "
            f"names, {info['bytes'] / 1e6:.0f} MB, in {time.perf_counter() - started:.1f} s"
        )
        return 0
    info = gaz.info()
    if args.json:
        listing = {**info, "imports": [imp.to_dict() for imp in gz.imports()]}
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    print(f"index: {info['path']} (key {info['key']}, {info['bytes'] / 1e6:.0f} MB)")
    print(f"{info['places']:,} places, {info['names']:,} names\n")
    rows = [
        [
            src["name"],
            f"{src['places']:,}" if src["places"] is not None else "",
            ", ".join(f"{k} {v}" for k, v in src["versions"].items()),
        ]
        for src in info["sources"]
    ]
    print(format_table(["source", "places", "versions"], rows, right=[1]))
    print(f"\nimports are kept in {gz.imports_dir()}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapper",
        description="Turn a story about a journey into checked geography, offline.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"mapper {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    geo = sub.add_parser(
        "geocode",
        help="look up place names in the offline gazetteer",
        description=(
            "Look up place names in the offline gazetteer. Names given together are read "
            "as places of one story: each helps place the others (use --no-context to stop "
            "that)."
        ),
        epilog="Example: mapper geocode Ussuriysk Vostochny Khasan --json",
    )
    geo.add_argument("names", nargs="+", metavar="NAME", help="place names, in any script")
    _add_lookup_options(geo)
    geo.add_argument("--json", action="store_true", help="print a JSON list, one object per name")

    demo = sub.add_parser(
        "demo",
        help="run mapper end to end on the bundled example story",
        description=(
            "Run mapper on the bundled example story, offline: its places, its journey, "
            "its distance claims checked, and a self-contained interactive map."
        ),
        epilog="Example: mapper demo -o demo.html",
    )
    demo.add_argument(
        "-o", "--output", default="mapper-demo.html", help="map file (default mapper-demo.html)"
    )
    demo.add_argument(
        "--online-tiles",
        action="store_true",
        help="write a normal map with online tiles instead of the self-contained one",
    )

    mp = sub.add_parser(
        "map",
        help="draw an article's journey, sites and claims on an interactive map",
        description=(
            "Read an article, reconstruct its journey, check its distance claims and write "
            "an interactive Folium map. --offline writes one self-contained HTML file that "
            "makes no network request (a Natural Earth basemap instead of tiles)."
        ),
        epilog="Example: mapper map article.txt -o map.html --offline",
    )
    mp.add_argument("article", metavar="ARTICLE", help="a UTF-8 text file, or - for stdin")
    mp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    mp.add_argument("--offline", action="store_true", help="self-contained, no network at all")
    mp.add_argument(
        "--geojson", metavar="OUT", help="also write stops, legs, places and claims as GeoJSON"
    )
    mp.add_argument("--kml", metavar="OUT", help="also write them as KML (Google Earth)")
    mp.add_argument(
        "--png", metavar="OUT", help="also a picture of the map (needs Chromium installed)"
    )
    mp.add_argument("--itinerary", metavar="FILE", help="take the journey from this file")
    mp.add_argument(
        "--title", help="the map's title (default: the story's headline, else the file name)"
    )

    dist = sub.add_parser(
        "distance",
        help="geodesic distance and bearings between two places",
        description="Measure the WGS84 geodesic between two places: distance and bearings.",
        epilog="Example: mapper distance Ussuriysk 'Vostochny Cosmodrome' --unit mi",
    )
    dist.add_argument("a", metavar="A", help="the place to measure from")
    dist.add_argument("b", metavar="B", help="the place to measure to")
    dist.add_argument("--unit", choices=("km", "mi", "nmi"), default="km", help="default km")
    dist.add_argument("--json", action="store_true", help="print a JSON object")
    dist.set_defaults(online=False)

    check = sub.add_parser(
        "check",
        help="find the distance claims in an article and check them",
        description=(
            "Find every distance claim in an article ('about 900 km north-west of X'), "
            "measure the geodesic between its places and judge it: consistent, "
            "overstated, understated or unresolved; with the direction check and, where "
            "the text implies travel, the rail distance."
        ),
        epilog="Example: mapper check article.txt --json",
    )
    check.add_argument("article", metavar="ARTICLE", help="a UTF-8 text file, or - for stdin")
    check.add_argument("--json", action="store_true", help="print a JSON list, one per claim")

    places = sub.add_parser(
        "places",
        help="list every place an article names, with its span and resolution",
        description="Find and resolve every place an article names (offline).",
        epilog="Example: mapper places article.txt --json",
    )
    places.add_argument("article", metavar="ARTICLE", help="a UTF-8 text file, or - for stdin")
    places.add_argument("--json", action="store_true", help="print a JSON list of mentions")

    jour = sub.add_parser(
        "journey",
        help="the stops in order and the legs between them",
        description=(
            "Reconstruct a journey from an article (confirmed, speculated and implied "
            "stops) or read it from an itinerary file (CSV, YAML or GeoJSON), and route "
            "rail legs along the railway network."
        ),
        epilog="Example: mapper journey article.txt --geojson trip.geojson",
    )
    jour.add_argument("article", metavar="ARTICLE", nargs="?", help="a text file, or - for stdin")
    jour.add_argument("--itinerary", metavar="FILE", help="an itinerary file instead of a text")
    jour.add_argument("--json", action="store_true", help="print stops and legs as JSON")
    jour.add_argument("--geojson", metavar="OUT", help="also write stops and legs as GeoJSON")
    jour.add_argument("--kml", metavar="OUT", help="also write stops and legs as KML")

    gaz = sub.add_parser(
        "gazetteer",
        help="build the offline index, list its sources, import GeoNames dumps or your sites",
        description=(
            "Manage the offline gazetteer: build its index ahead of use, list its sources "
            "with their versions and counts, and add GeoNames dump files (allCountries.zip, "
            "a country's XX.zip, cities1000.zip, alternateNamesV2.zip from "
            "https://download.geonames.org/export/dump/) or your own sites (a CSV in "
            "mapper's sites format, or GeoJSON points). Imports are kept apart from the "
            "index and survive data updates."
        ),
        epilog="Example: mapper gazetteer import NO.zip && mapper gazetteer info",
    )
    actions = gaz.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="build the index now (it is built on first use)")
    build.add_argument("--force", action="store_true", help="rebuild it even when up to date")
    info = actions.add_parser("info", help="the index, its sources, their versions and counts")
    info.add_argument("--json", action="store_true", help="print a JSON object")
    imp = actions.add_parser("import", help="add a GeoNames dump or a table of your own sites")
    imp.add_argument("file", metavar="FILE", help=".zip or .txt (GeoNames), .csv or .geojson")
    imp.add_argument("--name", help="what to call the import (default: the file's name)")
    rm = actions.add_parser("remove", help="forget an import")
    rm.add_argument("name", metavar="NAME", help="the import's name, as info lists it")

    from .batch.cli import add_parser as add_batch_parser
    from .serve.cli import add_parser as add_serve_parser

    add_batch_parser(sub)

    add_serve_parser(sub)
    return parser


def _add_lookup_options(p: argparse.ArgumentParser) -> None:
    from .model import KINDS

    p.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. RU")
    p.add_argument("--kind", choices=sorted(KINDS), help="the kind of place wanted")
    p.add_argument("--near", metavar="NAME", help="prefer places near this place")
    p.add_argument("--no-context", action="store_true", help="look up each name on its own")
    p.add_argument(
        "--online",
        action="store_true",
        help="ask OpenStreetMap's Nominatim for names the gazetteer lacks (network; opt-in)",
    )
    p.add_argument("--user-agent", metavar="UA", help="your user agent for --online (required)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except MapperError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
