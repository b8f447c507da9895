"""``mapper serve`` on the command line: its options, and running it."""

from __future__ import annotations

import argparse

from ..errors import MapperError

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``serve`` command to the command line's subcommands."""
    srv = sub.add_parser(
        "serve",
        help="a local web page: paste a story, see its map and claims, correct, download",
        description=(
            "Serve a web page on this computer where you paste a story (or open a .txt, "
            ".html or itinerary file), see its map, its claims and its journey, correct a "
            "place or a stop, and download the map, GeoJSON, KML, a CSV of the claims or "
            "the session. The API is documented at /docs."
        ),
        epilog="Example: mapper serve --port 8765",
    )
    srv.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    srv.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    srv.add_argument("--no-browser", action="store_true", help="do not open a browser")


def run(args: argparse.Namespace) -> int:
    """Run ``mapper serve`` with the parsed options until interrupted."""
    from .run import serve

    if not 0 < args.port < 65536:
        raise MapperError(f"--port {args.port}: give a port between 1 and 65535")
    serve(args.host, args.port, open_browser=not args.no_browser)
    return 0
