"""The ``mapper batch`` command: the library does the work, this module parses the
arguments, prints a summary, and leaves errors to ``mapper.cli.main`` ("Error: ...",
exit status 1).

Wired into ``mapper.cli`` with :func:`add_parser` (in ``_parser()``) and :func:`run`
(registered as the ``batch`` command).

Examples
--------
>>> import argparse
>>> parser = argparse.ArgumentParser(prog="mapper")
>>> add_parser(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["batch", "articles/", "news.jsonl", "-o", "archive", "-q"])
>>> args.inputs, args.output, args.workers, args.quiet
(['articles/', 'news.jsonl'], 'archive', None, True)
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .defaults import DEFAULT_CHUNK_SIZE, MAX_DOCUMENT_BYTES, default_workers

if TYPE_CHECKING:
    from .runner import BatchResult

__all__ = ["add_parser", "run", "summary"]


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def _positive_mb(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:  # also refuses NaN
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in MB above 0")
    return value


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``batch`` command to ``mapper``'s subcommands."""
    batch = subparsers.add_parser(
        "batch",
        help="read an archive of articles into GeoParquet tables, on every core or on Dask",
        description=(
            "Read every article of folders of .txt/.html files, JSONL, CSV or Parquet files "
            "(a text column, and optionally id, title, date, url) into a folder of GeoParquet "
            "tables, each row with the article's id: mentions, claims, stops and legs, and "
            "the documents and errors tables. A document that cannot be read goes to the "
            "errors table with the reason. Chunks are written as they finish: run the same "
            "command again to resume an interrupted batch. See docs/batch.md for Dask."
        ),
        epilog="Example: mapper batch articles/ news.jsonl -o archive/ --workers 4",
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a folder of .txt/.html files, or a .jsonl, .csv or .parquet file",
    )
    batch.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the folder of tables to write (made when missing; an earlier batch's is resumed)",
    )
    batch.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help=f"worker processes (default: every core, {default_workers()} here); 1 reads "
        "in this process",
    )
    batch.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="read on Dask distributed: a scheduler's address (tcp://host:8786), or 'local' "
        "for a local cluster of --workers processes",
    )
    batch.add_argument(
        "--chunk-size",
        type=_positive_int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"documents per chunk (default {DEFAULT_CHUNK_SIZE}): per part file, and the "
        "most an interruption loses per worker",
    )
    batch.add_argument(
        "--max-mb",
        type=_positive_mb,
        default=MAX_DOCUMENT_BYTES / 1e6,
        metavar="MB",
        help=f"the largest document read (default {MAX_DOCUMENT_BYTES / 1e6:g} MB); a "
        "bigger one goes to the errors table",
    )
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    """Run ``mapper batch``; print a summary; return the exit status."""
    from .runner import run_batch

    try:
        result = run_batch(
            args.inputs,
            args.output,
            workers=args.workers,
            dask=args.dask,
            chunk_size=args.chunk_size,
            max_bytes=int(args.max_mb * 1e6),
            progress=False if args.quiet else None,
        )
    except KeyboardInterrupt:
        print(
            f"interrupted: the chunks written to {args.output} are kept; run the same "
            "command again to resume",
            file=sys.stderr,
        )
        raise
    print(summary(result))
    return 0


def summary(result: BatchResult) -> str:
    """Return what a batch did, as ``mapper batch`` prints it.

    Examples
    --------
    >>> from pathlib import Path
    >>> from mapper.batch import BatchResult
    >>> rows = {"documents": 9, "mentions": 120, "claims": 3, "stops": 14, "legs": 6,
    ...         "errors": 1}
    >>> print(summary(BatchResult(Path("archive"), 10, 1, 5, rows, seconds=4.0)))
    archive: 10 documents read in 4.0 s (2.5 documents/s), 1 error; 5 skipped, finished before
    rows: 120 mentions, 3 claims, 14 stops, 6 legs; the reasons are in the errors table
    """
    rows = result.rows
    errors = f"{result.errors:,} error" + ("" if result.errors == 1 else "s")
    first = (
        f"{result.out}: {result.documents:,} documents read in {result.seconds:.1f} s "
        f"({result.documents_per_second:,.1f} documents/s), {errors}"
    )
    if result.skipped:
        first += f"; {result.skipped:,} skipped, finished before"
    second = (
        f"rows: {rows['mentions']:,} mentions, {rows['claims']:,} claims, "
        f"{rows['stops']:,} stops, {rows['legs']:,} legs"
    )
    if result.errors:
        second += "; the reasons are in the errors table"
    return f"{first}\n{second}"
