"""The arguments of the ``mapper`` command line, one subcommand at a time.

:func:`build_parser` adds every subcommand's name and help to the top-level parser, but
builds the arguments of only the subcommand the command line names (all of them when it
names none, as for ``mapper --help``). argparse spends about a millisecond on each
parser and each of its arguments: building all fourteen parsers took a sixth of a cold
``mapper geocode``.

Examples
--------
>>> args = build_parser(["distance", "Ussuriysk", "Khasan"]).parse_args(
...     ["distance", "Ussuriysk", "Khasan"]
... )
>>> args.command, args.a, args.b, args.unit
('distance', 'Ussuriysk', 'Khasan', 'km')
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

__all__ = ["COMMANDS", "build_parser"]

if TYPE_CHECKING:
    _Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def _geocode(sub: _Sub) -> None:
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


def _demo(sub: _Sub) -> None:
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


def _map(sub: _Sub) -> None:
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


def _distance(sub: _Sub) -> None:
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


def _check(sub: _Sub) -> None:
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


def _places(sub: _Sub) -> None:
    places = sub.add_parser(
        "places",
        help="list every place an article names, with its span and resolution",
        description="Find and resolve every place an article names (offline).",
        epilog="Example: mapper places article.txt --json",
    )
    places.add_argument("article", metavar="ARTICLE", help="a UTF-8 text file, or - for stdin")
    places.add_argument("--json", action="store_true", help="print a JSON list of mentions")


def _journey(sub: _Sub) -> None:
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


def _gazetteer(sub: _Sub) -> None:
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


def _add_lookup_options(p: argparse.ArgumentParser) -> None:
    from .place import KINDS

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


def _batch(sub: _Sub) -> None:
    from .batch.cli import add_parser

    add_parser(sub)


def _serve(sub: _Sub) -> None:
    from .serve.cli import add_parser

    add_parser(sub)


#: Each subcommand's builder, in the order ``mapper --help`` lists them.
_BUILDERS: dict[str, Callable[[_Sub], None]] = {
    "geocode": _geocode,
    "demo": _demo,
    "map": _map,
    "distance": _distance,
    "check": _check,
    "places": _places,
    "journey": _journey,
    "gazetteer": _gazetteer,
    "batch": _batch,
    "serve": _serve,
}
COMMANDS = tuple(_BUILDERS)


def _named_command(argv: Sequence[str]) -> str | None:
    """Return the subcommand a command line names: its first word that is no option
    (the top-level options take no value)."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in _BUILDERS else None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Return ``mapper``'s parser, with the arguments of the subcommand ``argv`` names
    (of every subcommand when it names none of them, or when ``argv`` is None)."""
    parser = argparse.ArgumentParser(
        prog="mapper",
        description="Turn a story about a journey into checked geography, offline.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"mapper {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    named = _named_command(argv) if argv is not None else None
    for name, build in _BUILDERS.items():
        if named is None or name == named:
            build(sub)
    return parser
