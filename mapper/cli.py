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
from typing import Any

from .errors import MapperError

__all__ = ["main"]

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _command(name: str) -> Callable:
    def register(func: Callable[[argparse.Namespace], int]) -> Callable:
        _COMMANDS[name] = func
        return func

    return register


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Return rows as a plain-text table with aligned columns."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


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
    from .example import example_place_names

    names = example_place_names()
    print(f"The bundled example names {len(names)} places; geocoded offline, together:\n")
    args.names = names
    results, errors = _geocode_rows(args, names)
    _print_places(results, args.json)
    for line in errors:
        print(line, file=sys.stderr)
    return 1 if errors else 0


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
        help="run mapper on the bundled example story",
        description="Geocode the places of the bundled example story, offline.",
        epilog="Example: mapper demo",
    )
    demo.add_argument("--json", action="store_true", help="print JSON instead of a table")
    demo.set_defaults(country=None, kind=None, near=None, no_context=False, online=False)
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
