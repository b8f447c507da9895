"""Build mapper/data/railways.json from data/rail/stations.csv and data/rail/lines.csv.

Run from the repository root:

    /work/venv/bin/python data/rail/build.py            # validate, write JSON, print km report
    /work/venv/bin/python data/rail/build.py --check    # validate and report only, write nothing

Every problem found in the CSVs is reported as ``<file>, row <n>, field '<name>': <message>``
(row numbers count the header as row 1, so they match a text editor's line numbers).
Nothing is written unless the input is free of errors.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
STATIONS_CSV = HERE / "stations.csv"
LINES_CSV = HERE / "lines.csv"
OUT_JSON = ROOT / "mapper" / "data" / "railways.json"

VERSION = "1"

STATION_COLUMNS = ["line", "seq", "station", "lat", "lon", "km", "country", "aliases", "source"]
STATION_REQUIRED = ["line", "seq", "station", "lat", "lon", "country", "source"]
OPTIONAL_URL_COLUMNS = ["km_source"]
LINE_COLUMNS = ["line", "name", "km_origin", "source"]

URL_RE = re.compile(r"^https?://\S+$")
LINE_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
# Two rows with the same station name must agree on position to within this distance.
SAME_STATION_TOLERANCE_DEG = 1e-6


class Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: Path, row: int | None, field: str | None, message: str) -> None:
        where = path.name
        if row is not None:
            where += f", row {row}"
        if field is not None:
            where += f", field '{field}'"
        self.items.append(f"{where}: {message}")

    def __bool__(self) -> bool:
        return bool(self.items)


@dataclass
class Station:
    row: int
    line: str
    seq: int
    name: str
    lat: float
    lon: float
    km: float | None
    country: str
    aliases: list[str]
    source: str = ""
    km_source: str = ""


def read_csv(path: Path, columns: list[str], problems: Problems) -> list[tuple[int, dict]]:
    if not path.is_file():
        problems.add(path, None, None, "file not found")
        return []
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            problems.add(path, 1, None, "file is empty (no header)")
            return []
        header = [h.strip() for h in header]
        missing = [c for c in columns if c not in header]
        if missing:
            problems.add(path, 1, None, f"header lacks column(s): {', '.join(missing)}")
            return []
        dupes = sorted({h for h in header if header.count(h) > 1})
        if dupes:
            problems.add(path, 1, None, f"duplicate column(s) in header: {', '.join(dupes)}")
            return []
        rows = []
        for rownum, values in enumerate(reader, start=2):
            if not values or all(not v.strip() for v in values):
                continue  # blank line
            if len(values) != len(header):
                problems.add(
                    path,
                    rownum,
                    None,
                    f"has {len(values)} fields, header has {len(header)} (check commas/quoting)",
                )
                continue
            rows.append((rownum, {h: v.strip() for h, v in zip(header, values, strict=True)}))
        return rows


def parse_float(path, rownum, field, text, problems) -> float | None:
    try:
        value = float(text)
    except ValueError:
        problems.add(path, rownum, field, f"not a number: {text!r}")
        return None
    if not math.isfinite(value):
        problems.add(path, rownum, field, f"not a finite number: {text!r}")
        return None
    return value


def load_lines(problems: Problems) -> dict[str, dict]:
    lines: dict[str, dict] = {}
    for rownum, r in read_csv(LINES_CSV, LINE_COLUMNS, problems):
        ok = True
        for field in LINE_COLUMNS:
            if not r[field]:
                problems.add(LINES_CSV, rownum, field, "empty")
                ok = False
        if r["line"] and not LINE_ID_RE.match(r["line"]):
            problems.add(LINES_CSV, rownum, "line", f"id {r['line']!r} must be lower_snake_case")
            ok = False
        if r["source"] and not URL_RE.match(r["source"]):
            problems.add(LINES_CSV, rownum, "source", f"not an http(s) URL: {r['source']!r}")
            ok = False
        if r["line"] in lines:
            problems.add(
                LINES_CSV,
                rownum,
                "line",
                f"duplicate line id {r['line']!r} (first on row {lines[r['line']]['row']})",
            )
            ok = False
        if ok:
            lines[r["line"]] = {"row": rownum, "name": r["name"], "km_origin": r["km_origin"]}
    return lines


def load_stations(problems: Problems) -> list[Station]:
    stations: list[Station] = []
    for rownum, r in read_csv(STATIONS_CSV, STATION_COLUMNS, problems):
        ok = True
        for field in STATION_REQUIRED:
            if not r[field]:
                problems.add(STATIONS_CSV, rownum, field, "empty")
                ok = False
        if not ok:
            continue
        try:
            seq = int(r["seq"])
        except ValueError:
            problems.add(STATIONS_CSV, rownum, "seq", f"not an integer: {r['seq']!r}")
            ok, seq = False, 0
        lat = parse_float(STATIONS_CSV, rownum, "lat", r["lat"], problems)
        lon = parse_float(STATIONS_CSV, rownum, "lon", r["lon"], problems)
        if lat is not None and not -90 <= lat <= 90:
            problems.add(STATIONS_CSV, rownum, "lat", f"{lat} outside -90..90")
            ok = False
        if lon is not None and not -180 <= lon <= 180:
            problems.add(STATIONS_CSV, rownum, "lon", f"{lon} outside -180..180")
            ok = False
        km = None
        if r["km"]:
            km = parse_float(STATIONS_CSV, rownum, "km", r["km"], problems)
            ok = ok and km is not None
        if not COUNTRY_RE.match(r["country"]):
            problems.add(
                STATIONS_CSV,
                rownum,
                "country",
                f"{r['country']!r} is not an ISO 3166-1 alpha-2 code",
            )
            ok = False
        if not URL_RE.match(r["source"]):
            problems.add(STATIONS_CSV, rownum, "source", f"not an http(s) URL: {r['source']!r}")
            ok = False
        for field in OPTIONAL_URL_COLUMNS:
            value = r.get(field, "")
            if value and not URL_RE.match(value):
                problems.add(STATIONS_CSV, rownum, field, f"not an http(s) URL: {value!r}")
                ok = False
        aliases = [a.strip() for a in r["aliases"].split("|")] if r["aliases"] else []
        if any(not a for a in aliases):
            problems.add(STATIONS_CSV, rownum, "aliases", "empty alias (stray '|')")
            ok = False
        if ok and lat is not None and lon is not None:
            stations.append(
                Station(
                    rownum,
                    r["line"],
                    seq,
                    r["station"],
                    lat,
                    lon,
                    km,
                    r["country"],
                    aliases,
                    r["source"],
                    r.get("km_source") or "",
                )
            )
    return stations


def check_lines(stations: list[Station], lines: dict[str, dict], problems: Problems):
    """Group stations by line and check ordering, km monotonicity and junction consistency."""
    by_line: dict[str, list[Station]] = {}
    for s in stations:
        if s.line not in lines:
            problems.add(STATIONS_CSV, s.row, "line", f"line {s.line!r} is not in lines.csv")
            continue
        by_line.setdefault(s.line, []).append(s)

    for line_id, info in lines.items():
        if len(by_line.get(line_id, [])) < 2:
            problems.add(
                LINES_CSV, info["row"], "line", f"line {line_id!r} has fewer than 2 stations"
            )

    for members in by_line.values():
        # seq must increase in file order
        for prev, cur in itertools.pairwise(members):
            if cur.seq <= prev.seq:
                problems.add(
                    STATIONS_CSV,
                    cur.row,
                    "seq",
                    f"{cur.seq} does not increase (row {prev.row} has {prev.seq})",
                )
        seen: dict[str, int] = {}
        for s in members:
            if s.name in seen:
                problems.add(
                    STATIONS_CSV,
                    s.row,
                    "station",
                    f"{s.name!r} appears twice on line {s.line!r} (also row {seen[s.name]})",
                )
            seen[s.name] = s.row
        # km strictly monotonic where present. The direction (increasing or decreasing) is the
        # one most steps agree with, so a single bad value is reported once, not as a cascade.
        with_km = [s for s in members if s.km is not None]
        steps = [b.km - a.km for a, b in itertools.pairwise(with_km)]
        direction = 1 if sum(d > 0 for d in steps) >= sum(d < 0 for d in steps) else -1
        word = "increasing" if direction > 0 else "decreasing"
        last = with_km[0] if with_km else None
        for cur in with_km[1:]:
            if (cur.km - last.km) * direction > 0:
                last = cur
                continue
            problems.add(
                STATIONS_CSV,
                cur.row,
                "km",
                f"{cur.km:g} breaks the {word} km order of line {cur.line!r} "
                f"(last good value {last.km:g} on row {last.row})",
            )

    # A station name shared between lines is a junction: position and country must agree.
    first: dict[str, Station] = {}
    for s in stations:
        other = first.setdefault(s.name, s)
        if other is s:
            continue
        if (
            abs(other.lat - s.lat) > SAME_STATION_TOLERANCE_DEG
            or abs(other.lon - s.lon) > SAME_STATION_TOLERANCE_DEG
        ):
            problems.add(
                STATIONS_CSV,
                s.row,
                "lat/lon",
                f"{s.name!r} is at ({s.lat}, {s.lon}) but row {other.row} puts it at "
                f"({other.lat}, {other.lon}); shared stations must have identical coordinates",
            )
        if other.country != s.country:
            problems.add(
                STATIONS_CSV,
                s.row,
                "country",
                f"{s.name!r} has country {s.country} but row {other.row} says {other.country}",
            )
    return by_line


def km_report(by_line: dict[str, list[Station]]) -> list[str]:
    """Compare straight-line (WGS84 geodesic) length with the km-post difference.

    The geodesic sum between two km-bearing stations should be a bit below the km difference;
    a ratio above 1 means a coordinate or a km figure is wrong.
    """
    try:
        from pyproj import Geod
    except ImportError:
        return ["(pyproj not installed: geometry report skipped)"]
    geod = Geod(ellps="WGS84")
    out = []
    for line_id, members in by_line.items():
        total = 0.0
        for a, b in itertools.pairwise(members):
            total += geod.inv(a.lon, a.lat, b.lon, b.lat)[2] / 1000
        out.append(f"{line_id}: {len(members)} stations, straight-segment length {total:.1f} km")
        anchor, acc = None, 0.0
        prev = None
        for s in members:
            if prev is not None:
                acc += geod.inv(prev.lon, prev.lat, s.lon, s.lat)[2] / 1000
            prev = s
            if s.km is None:
                continue
            if anchor is not None:
                diff = abs(s.km - anchor.km)
                ratio = acc / diff if diff else float("inf")
                flag = "" if 0.6 <= ratio <= 1.0 else "   <-- check"
                out.append(
                    f"    {anchor.name} -> {s.name}: km diff {diff:7.1f}, "
                    f"geodesic {acc:7.1f}, ratio {ratio:.2f}{flag}"
                )
            anchor, acc = s, 0.0
    return out


def to_json(lines: dict[str, dict], by_line: dict[str, list[Station]]) -> dict:
    return {
        "version": VERSION,
        "lines": [
            {
                "id": line_id,
                "name": info["name"],
                "stations": [
                    {
                        "name": s.name,
                        "lat": s.lat,
                        "lon": s.lon,
                        "km": s.km,
                        "country": s.country,
                        "aliases": s.aliases,
                        "source": s.source,
                        "km_source": s.km_source or None,
                    }
                    for s in sorted(by_line[line_id], key=lambda s: s.seq)
                ],
            }
            for line_id, info in lines.items()
        ],
    }


def main(argv: list[str] | None = None) -> int:
    global STATIONS_CSV, LINES_CSV
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, do not write")
    parser.add_argument("--out", type=Path, default=OUT_JSON, help=f"output (default {OUT_JSON})")
    parser.add_argument("--stations", type=Path, default=STATIONS_CSV, help="stations CSV")
    parser.add_argument("--lines", type=Path, default=LINES_CSV, help="lines CSV")
    parser.add_argument("--quiet", action="store_true", help="do not print the km report")
    args = parser.parse_args(argv)
    STATIONS_CSV, LINES_CSV = args.stations, args.lines

    problems = Problems()
    lines = load_lines(problems)
    stations = load_stations(problems)
    by_line = check_lines(stations, lines, problems)
    if problems:
        print(f"{len(problems.items)} problem(s) found:", file=sys.stderr)
        for p in problems.items:
            print(f"  {p}", file=sys.stderr)
        return 1

    if not args.quiet:
        print("\n".join(km_report(by_line)))
    if args.check:
        print("OK (check only, nothing written)")
        return 0
    data = to_json(lines, by_line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    n = sum(len(line["stations"]) for line in data["lines"])
    print(f"wrote {args.out} ({len(data['lines'])} lines, {n} station rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
