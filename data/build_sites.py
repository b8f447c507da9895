"""Validate the curated sites table and write the package's copy.

Usage (from the project root)::

    python data/build_sites.py            # writes mapper/data/sites.csv
    python data/build_sites.py --check    # exits 1 if the package copy is out of date

``data/sites.csv`` is the table people edit: one row per site with its source and a
note. The package copy keeps the columns the gazetteer reads, in a stable order.
Every row must name a source; lat/lon must be in range; kinds come from a closed set.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "sites.csv"
TARGET = ROOT / "mapper" / "data" / "sites.csv"
COLUMNS = ["id", "name", "kind", "country", "lat", "lon", "aliases", "source"]


def build(source: Path = SOURCE) -> str:
    """Return the package copy of the sites table as CSV text, after validating it."""
    sys.path.insert(0, str(ROOT))
    from mapper.gazetteer import read_sites

    read_sites(source)  # raises DataError naming the row and field
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["id"] for r in rows]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"{source}: duplicate ids {dupes}")
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in sorted(rows, key=lambda r: r["id"]):
        writer.writerow({k: (row.get(k) or "").strip() for k in COLUMNS})
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the copy is current")
    args = parser.parse_args()
    text = build()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python data/build_sites.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({text.count(chr(10)) - 1} sites)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
