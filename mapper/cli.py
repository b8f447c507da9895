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

from .arguments import build_parser
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
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
