"""What the real-text harnesses share: the data folder, the split, counts and the table.

Used by :mod:`bench.claims_eval` and :mod:`bench.journeys_eval`. The development sets are
other people's texts, kept outside the project in ``../shared/eval/`` (beside the
checkout; ``--data DIR`` points elsewhere) and read at run time only: nothing from them is
copied into the project, and the results written to ``bench/results/`` hold figures only.

The split
---------
Each record goes to the *measure* part when the first byte of the SHA-1 of its id (UTF-8)
is below :data:`MEASURE_BELOW` (77 of 256, about 30 %), else to the *tune* part. The rule
depends on the id alone, so it never changes when records are added, reordered or
corrected, and both harnesses use it. Develop on the tune part (``--failures`` lists only
its failures); read the measure part's figures, never its failures.

Counts
------
Every rate is printed beside its counts ("0.412  7/17") so that a small denominator is
seen at once; a rate over nothing prints as "—" (``null`` in JSON).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "EVAL_DIR",
    "MEASURE_BELOW",
    "PARTS",
    "ROOT",
    "Count",
    "build_parser",
    "fold",
    "format_metrics",
    "load_rows",
    "part_of",
    "parts_to_report",
    "read_jsonl",
    "relative",
    "report_failures",
    "resolve_data",
    "select",
    "split_sizes",
    "timed",
    "wrap",
    "write_figures",
    "write_json",
]

ROOT = Path(__file__).resolve().parents[1]
#: The evaluation data live beside the checkout, never inside it.
EVAL_DIR = ROOT.parent / "shared" / "eval"
#: A record is in the measure part when the first byte of SHA-1(id) is below this.
MEASURE_BELOW = 77
#: The parts a harness reports, in print order.
PARTS = ("tune", "measure", "all")


def part_of(record_id: str) -> str:
    """Return "measure" or "tune" for a record id (SHA-1 of the id, first byte < 77).

    Examples
    --------
    >>> [(hashlib.sha1(i.encode()).digest()[0], part_of(i)) for i in ("x1", "x2")]
    [(22, 'measure'), (212, 'tune')]
    """
    first_byte = hashlib.sha1(record_id.encode("utf-8")).digest()[0]
    return "measure" if first_byte < MEASURE_BELOW else "tune"


def select(records: Iterable[dict], part: str) -> list[dict]:
    """Return the records of a part ("tune", "measure" or "all"), in file order."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, got {part!r}")
    return [r for r in records if part == "all" or part_of(r["id"]) == part]


def split_sizes(records: Sequence[dict]) -> dict[str, int]:
    """Return how many records each part holds."""
    return {part: len(select(records, part)) for part in PARTS}


def read_jsonl(path: Path) -> list[dict]:
    """Return the JSON objects of a JSON Lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def resolve_data(data_dir: str | os.PathLike | None, subdir: str, name: str) -> Path:
    """Return where a development file lies: ``DIR/subdir/name``, else ``DIR/name``.

    ``DIR`` is ``data_dir`` or :data:`EVAL_DIR`. The first path is returned when neither
    exists, so that messages name the expected place.
    """
    base = Path(data_dir) if data_dir is not None else EVAL_DIR
    nested = base / subdir / name
    if not nested.is_file() and (base / name).is_file():
        return base / name
    return nested


def fold(name: str) -> str:
    """Return a name folded for comparison: no accents or case, words split by spaces.

    Examples
    --------
    >>> fold("  Ébène-sur-Mer, RURITANIA ")
    'ebene sur mer ruritania'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


@dataclass(frozen=True, slots=True)
class Count:
    """A rate with its counts: ``hits`` of ``n``."""

    hits: int
    n: int

    def __post_init__(self) -> None:
        if not 0 <= self.hits <= self.n:
            raise ValueError(f"need 0 <= hits <= n, got hits={self.hits}, n={self.n}")

    @property
    def rate(self) -> float:
        """Return hits / n, NaN when n is 0."""
        return self.hits / self.n if self.n else math.nan

    def cell(self) -> str:
        """Return the printed cell, e.g. "0.412  7/17" or "—  0/0"."""
        rate = "—" if not self.n else f"{self.rate:.3f}"
        return f"{rate}  {self.hits}/{self.n}"

    def to_json(self) -> dict[str, Any]:
        """Return ``{"rate", "hits", "n"}`` with ``rate`` null when n is 0."""
        return {"rate": None if not self.n else self.rate, "hits": self.hits, "n": self.n}

    @classmethod
    def of(cls, flags: Iterable[bool]) -> Count:
        """Return the count of true flags among them."""
        values = list(flags)
        return cls(sum(bool(v) for v in values), len(values))


def format_metrics(
    labels: Sequence[tuple[str, str]],
    by_part: dict[str, dict[str, Count | float]],
) -> str:
    """Return one table: a metric per row; per part a column of rates and one of counts.

    ``labels`` gives ``(key, printed label)`` in row order; ``by_part`` maps a part to its
    counts by key (a plain float, such as an F1, prints without counts). Uses
    :func:`mapper.table.format_table`.
    """
    from mapper.table import format_table

    parts = list(by_part)
    rows = []
    for key, label in labels:
        rows.append([label])
        for p in parts:
            value = by_part[p][key]
            if isinstance(value, Count):
                rows[-1] += ["—" if not value.n else f"{value.rate:.3f}", f"{value.hits}/{value.n}"]
            else:  # a figure derived from counts, such as F1
                rows[-1] += ["—" if math.isnan(value) else f"{value:.3f}", ""]
    headers = ["metric"]
    for p in parts:
        headers += [p, "n"]
    return format_table(headers, rows, right=range(1, 2 * len(parts) + 1))


def write_json(path: str | os.PathLike, figures: dict) -> None:
    """Write figures as indented JSON (NaN written as null)."""

    def clean(value: Any) -> Any:
        if isinstance(value, float) and math.isnan(value):
            return None
        if isinstance(value, Count):
            return value.to_json()
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        return value

    Path(path).write_text(json.dumps(clean(figures), indent=2) + "\n", encoding="utf-8")


def build_parser(prog: str, description: str, example: str) -> argparse.ArgumentParser:
    """Return the command line both harnesses share."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=f"Example: {example}",
    )
    parser.add_argument(
        "--part",
        choices=PARTS,
        default="all",
        help="which part to report: tune, measure, or all (the default: all three columns)",
    )
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    parser.add_argument(
        "--failures",
        action="store_true",
        help="list each failed item of the tune part (measure-part failures are never listed)",
    )
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="the evaluation folder (default: ../shared/eval/ beside the checkout)",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N records")
    return parser


def load_rows(args: argparse.Namespace, subdir: str, name: str) -> tuple[Path, list[dict]] | int:
    """Return the data file and the rows ``--data`` and ``--limit`` select, or the exit
    status after saying why there are none (0 when the default data are absent)."""
    if args.limit is not None and args.limit < 1:
        print(f"Error: --limit must be at least 1, got {args.limit}", file=sys.stderr)
        return 1
    path = resolve_data(args.data, subdir, name)
    if not path.is_file():
        if args.data is None:
            print(f"No development set at {path}: nothing to evaluate.", file=sys.stderr)
            return 0
        print(f"Error: no {name} in {args.data}", file=sys.stderr)
        return 1
    return path, read_jsonl(path)[: args.limit]


def report_failures(items: Sequence[tuple[str, str, str, str]], show: bool) -> Counter[str]:
    """Return how many tune-part failures there are of each kind; with ``show``, print
    the counts and then each ``(row id, kind, expected, got)``."""
    kinds = Counter(kind for _, kind, _, _ in items)
    if show:
        from mapper.table import format_table

        print()
        print(f"Failure kinds on the tune part ({len(items)} items; measure part not listed):")
        print(format_table(["kind", "n"], kinds.most_common(), right=[1]))
        print()
        for row_id, kind, expected, got in items:
            print(f"{row_id}  {kind}\n    expected: {expected}\n    got:      {got}")
    return kinds


def write_figures(
    out: str | os.PathLike,
    harness: str,
    data: Path,
    seconds: float,
    rows: Sequence[dict],
    figures: dict[str, Any],
    kinds: Counter[str],
) -> None:
    """Write a harness's figures as JSON to ``out`` and say where."""
    write_json(
        out,
        {
            "harness": harness,
            "data": relative(data),
            "split": f"SHA-1 of the id, first byte < {MEASURE_BELOW} -> measure",
            "sizes": split_sizes(rows),
            "seconds": seconds,
            "parts": figures,
            "failure_kinds_tune": dict(kinds.most_common()),
        },
    )
    print(f"\nFigures written to {out}")


def parts_to_report(part: str) -> list[str]:
    """Return the columns to print for ``--part``."""
    return list(PARTS) if part == "all" else [part]


def relative(path: Path) -> str:
    """Return a path as seen from the project root when that is shorter."""
    try:
        rel = os.path.relpath(path, ROOT)
    except ValueError:  # another drive
        return str(path)
    return rel if len(rel) < len(str(path)) else str(path)


def timed(function: Callable[[str], Any], texts: Sequence[str]) -> tuple[list[Any], float]:
    """Return ``function(text)`` for each text and the seconds spent in the calls."""
    import time

    out = []
    elapsed = 0.0
    for text in texts:
        t0 = time.perf_counter()
        out.append(function(text))
        elapsed += time.perf_counter() - t0
    return out, elapsed


def wrap(text: str, width: int = 100) -> str:
    """Return a note wrapped to ``width`` columns."""
    import textwrap

    return textwrap.fill(text, width=width)
