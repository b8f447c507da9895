"""How well mapper reconstructs journeys (ordered stops) from real travel passages.

Run from the project root::

    python -m bench.journeys_eval                 # tune, measure and all, side by side
    python -m bench.journeys_eval --part tune --failures
    python -m bench.journeys_eval --json /tmp/journeys.json --data path/to/eval

The development set (``journeys/journeys_dev.jsonl`` in ``../shared/eval/``; its README
gives the schema and conventions) is read at run time; nothing from it is copied into the
project. Passages are split into a tune and a measure part by
:func:`bench.realtext.part_of`, the rule the claims harness uses. Each passage's text
goes through the public API only, ``mapper.journey.journey_from_text(text)``.

Matching stops
--------------
A found stop *may match* a gold stop when its place lies within 25 km of the gold point.
Area-level gold stops (``place``'s name marked "(country)", "(region)" or "(territory)",
placed by the gold at their capital or seat) may also match by name (the found place's
name equals the gold name or one of the names in ``place``, ignoring case and accents),
or a found place of an area kind (country, region...) within 500 km.

Gold and found stops are then paired one to one in two passes:

1. an order-preserving alignment: among the ways to pair stops with both lists in
   order, the one with the most pairs (ties: the least total km), by dynamic
   programming like a longest common subsequence;
2. the stops left over are paired nearest first, whatever their order, so that a stop
   found out of order still counts as found (the order metric then sees it).

Alternatives ("A, B or C") are listed by the gold as consecutive speculated stops and
are to be scored as a set: consecutive speculated gold stops whose names are joined in
the text by commas and "or" (at least one "or") form a set, and pairs inside a set are
left out of the order metric.

The metrics (each printed with its counts)
------------------------------------------
* **stop precision**, **recall**, **F1** over all stops of the part (micro);
* **consecutive order**: consecutive gold pairs (not inside a set of alternatives) with
  both stops matched, whose matched stops come in the same order among ours;
* **status**, **mode**, **date** over matched stops: the status equal; the mode equal to
  ``mode_in`` (stops with a ``mode_in``, i.e. not the first; mapper has no "foot" or
  "bicycle", so those always count as misses); the date equal to the gold date, read to
  the gold's precision ("2001-09" accepts any day of that month; stops with a gold date);
* **passages with no stop** (lower is better);
* **false stops on a gold not-stop**: among found stops matching no gold stop, those
  whose place name, folded, equals a gold ``not_stops`` name or is whole words inside
  one ("Aville" in "Aville Gazette").

``--failures`` prints, for the tune part only, each failed item and a count per kind;
``--json OUT`` writes the counts.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bench.realtext import (
    MEASURE_BELOW,
    Count,
    build_parser,
    fold,
    format_metrics,
    load_rows,
    part_of,
    parts_to_report,
    relative,
    report_failures,
    select,
    split_sizes,
    timed,
    wrap,
    write_figures,
)

__all__ = [
    "AREA_KM",
    "METRICS",
    "STOP_KM",
    "GoldStop",
    "JourneyOutcome",
    "align_stops",
    "alternative_links",
    "date_right",
    "failures",
    "gold_stops",
    "main",
    "on_not_stop",
    "score_passage",
    "stop_km",
    "summarise",
    "why_missed",
]

#: A found stop matches a gold stop within this many km.
STOP_KM = 25.0
#: A found area (country, region...) matches an area-level gold stop within this many km.
AREA_KM = 500.0
# The suffix ends the name part of ``place``: "Chad (country)", "Hawaii (region), USA".
_AREA_SUFFIX = re.compile(r"\s*\((?:country|region|territory)\)\s*(?=,|$)")

#: ``(key, label)`` of the printed metrics, in order.
METRICS = (
    ("precision", "stop precision"),
    ("recall", "stop recall"),
    ("f1", "stop F1"),
    ("order", "consecutive order"),
    ("status", "status (matched)"),
    ("mode", "mode (matched, after the first)"),
    ("date", "date (matched, gold dated)"),
    ("empty", "passages with no stop (lower is better)"),
    ("false_on_not_stop", "false stops on a gold not-stop"),
)


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldStop:
    """One gold stop, in travel order."""

    name: str | None  #: As written in the text; None for an unnamed implied stop.
    place: str  #: Canonical name and country, e.g. "Aville, Ruritania" or "Chad (country)".
    #: WGS84 degrees; None for a stop with no single point ("the Ross Ice Shelf", "a
    #: border post"), matched by name only.
    lat: float | None
    lon: float | None
    status: str
    date: str | None
    mode: str | None  #: ``mode_in``; None for the first stop.

    @property
    def area(self) -> bool:
        """Return True for an area-level stop (a country, region or territory)."""
        return bool(_AREA_SUFFIX.search(self.place))

    def names(self) -> set[str]:
        """Return the folded names the stop goes by: as written, and those of ``place``."""
        base = _AREA_SUFFIX.sub("", self.place)  # "Aville, Ruritania" -> "Aville"
        names = {fold(n.split(",")[0]) for n in base.split(" / ")}
        if self.name:
            names.add(fold(self.name))
        return {n for n in names if n}


def gold_stops(row: dict) -> list[GoldStop]:
    """Return a passage's gold stops in travel order."""
    return [
        GoldStop(
            s.get("name"),
            s["place"],
            None if s.get("lat") is None else float(s["lat"]),
            None if s.get("lon") is None else float(s["lon"]),
            s["status"],
            s.get("date"),
            s.get("mode_in"),
        )
        for s in row["gold"]["stops"]
    ]


_LINK = re.compile(r"\s*(?:,\s*(?:or\s+)?|or\s+)")


def alternative_links(text: str, stops: Sequence[GoldStop]) -> set[int]:
    """Return the indexes ``i`` whose pair ``(i, i + 1)`` lies inside a set of alternatives.

    Consecutive speculated stops are linked when their names are joined in the text by a
    comma or "or" (in either order); a run of links forms a set when one of them has
    "or": "A, B or C" is a set, "A, B and C" is not.

    Examples
    --------
    >>> s = [GoldStop(n, n, 0.0, 0.0, "speculated", None, None) for n in "ABCD"]
    >>> sorted(alternative_links("Then D; later A, B or C.", s))
    [0, 1]
    """
    links: dict[int, bool] = {}
    for i in range(len(stops) - 1):
        a, b = stops[i], stops[i + 1]
        if not (a.name and b.name and a.status == b.status == "speculated"):
            continue
        for first, second in ((a.name, b.name), (b.name, a.name)):
            pattern = re.escape(first) + rf"(?P<gap>{_LINK.pattern})" + re.escape(second)
            m = re.search(pattern, text)
            if m:
                links[i] = "or" in m["gap"].split() or links.get(i, False)
    out: set[int] = set()
    run: list[int] = []
    for i in [*sorted(links), None]:
        if i is not None and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if any(links[k] for k in run):
            out.update(run)
        run = [i] if i is not None else []
    return out


# --------------------------------------------------------------------------- matching


def stop_km(gold: GoldStop, place: Any) -> float | None:
    """Return the km between a found place and a gold stop when they may match, else None
    (0 for a gold stop with no point, matched by name)."""
    from mapper.geodesy import distance_km
    from mapper.model import AREA_KINDS

    if gold.lat is None or gold.lon is None:
        return 0.0 if fold(place.name) in gold.names() else None
    km = distance_km((place.lat, place.lon), (gold.lat, gold.lon))
    if km <= STOP_KM:
        return km
    if gold.area and (
        fold(place.name) in gold.names() or (place.kind in AREA_KINDS and km <= AREA_KM)
    ):
        return km
    return None


def align_stops(golds: Sequence[GoldStop], places: Sequence[Any]) -> dict[int, int]:
    """Pair gold stops with found places one to one; return ``{gold index: found index}``.

    First the order-preserving alignment with the most pairs (ties: least total km),
    then the leftovers nearest first in any order (see the module docstring).
    """
    n, m = len(golds), len(places)
    km = [[stop_km(g, p) for p in places] for g in golds]
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = [best[i - 1][j], best[i][j - 1]]
            d = km[i - 1][j - 1]
            if d is not None:
                count, neg_km = best[i - 1][j - 1]
                options.append((count + 1, neg_km - d))
            best[i][j] = max(options)
    pairs: dict[int, int] = {}
    i, j = n, m
    while i and j:
        d = km[i - 1][j - 1]
        diagonal = best[i - 1][j - 1]
        if d is not None and best[i][j] == (diagonal[0] + 1, diagonal[1] - d):
            pairs[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    used = set(pairs.values())
    rest = sorted(
        (d, gi, pj)
        for gi in range(n)
        if gi not in pairs
        for pj in range(m)
        if pj not in used and (d := km[gi][pj]) is not None
    )
    for _, gi, pj in rest:
        if gi not in pairs and pj not in used:
            pairs[gi] = pj
            used.add(pj)
    return dict(sorted(pairs.items()))


def date_right(gold: str | None, found: str) -> bool:
    """Return True when a found ISO date equals the gold date read to the gold's precision.

    Examples
    --------
    >>> date_right("2001-09", "2001-09-14"), date_right("2021-03-04", "2021-03-05")
    (True, False)
    """
    return bool(gold) and bool(found) and found[: len(gold)] == gold


def on_not_stop(place_name: str, not_stops: Sequence[str]) -> bool:
    """Return True when a place name is a gold not-stop: equal, or whole words inside one.

    Examples
    --------
    >>> on_not_stop("Aville", ["Aville Gazette"]), on_not_stop("Avi", ["Aville"])
    (True, False)
    """
    name = fold(place_name)
    return bool(name) and any(f" {name} " in f" {fold(n)} " for n in not_stops)


# --------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class JourneyOutcome:
    """One passage: its gold stops, our stops, the pairing and the alternative links."""

    row: str
    golds: list[GoldStop]
    stops: list[Any]
    not_stops: list[str]
    pairs: dict[int, int] = field(default_factory=dict)  #: Gold index -> our index.
    links: set[int] = field(default_factory=set)  #: Gold pairs inside a set of alternatives.

    def matched(self) -> list[tuple[GoldStop, Any]]:
        return [(self.golds[i], self.stops[j]) for i, j in self.pairs.items()]

    def ordered(self) -> list[bool]:
        """Return, per consecutive gold pair with both matched, whether ours keep the order."""
        return [
            self.pairs[i] < self.pairs[i + 1]
            for i in range(len(self.golds) - 1)
            if i not in self.links and i in self.pairs and i + 1 in self.pairs
        ]

    def false_stops(self) -> list[Any]:
        used = set(self.pairs.values())
        return [s for j, s in enumerate(self.stops) if j not in used]


def score_passage(row: dict, stops: Sequence[Any]) -> JourneyOutcome:
    """Pair a passage's stops with its gold ones."""
    golds = gold_stops(row)
    out = JourneyOutcome(row["id"], golds, list(stops), list(row["gold"].get("not_stops", ())))
    out.pairs = align_stops(golds, [s.place for s in stops])
    out.links = alternative_links(row["text"], golds)
    return out


def _f1(p: Count, r: Count) -> float:
    if not p.n or not r.n:
        return math.nan
    if not p.hits:
        return 0.0
    return 2 * p.rate * r.rate / (p.rate + r.rate)


def summarise(outcomes: Sequence[JourneyOutcome]) -> dict[str, Count | float]:
    """Return the counts of every metric (see the module docstring) over some passages."""
    matched = [pair for o in outcomes for pair in o.matched()]
    n_matched = len(matched)
    precision = Count(n_matched, sum(len(o.stops) for o in outcomes))
    recall = Count(n_matched, sum(len(o.golds) for o in outcomes))
    false = [(s, o) for o in outcomes for s in o.false_stops()]
    return {
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "order": Count.of(x for o in outcomes for x in o.ordered()),
        "status": Count.of(g.status == s.status for g, s in matched),
        "mode": Count.of(g.mode == s.mode for g, s in matched if g.mode is not None),
        "date": Count.of(date_right(g.date, s.date) for g, s in matched if g.date),
        "empty": Count.of(not o.stops for o in outcomes),
        "false_on_not_stop": Count.of(on_not_stop(s.place.name, o.not_stops) for s, o in false),
    }


# --------------------------------------------------------------------------- failures


def _point(g: GoldStop) -> str:
    return "(no point)" if g.lat is None or g.lon is None else f"({g.lat:.2f}, {g.lon:.2f})"


def _gold_str(g: GoldStop) -> str:
    return (
        f"{g.name!r} = {g.place} {_point(g)} {g.status} date={g.date or '—'} mode={g.mode or '—'}"
    )


def _stop_str(s: Any) -> str:
    p = s.place
    return (
        f"{p.name} ({p.kind}, {p.country}, {p.lat:.2f}, {p.lon:.2f}) {s.status} "
        f"date={s.date or '—'} mode={s.mode}"
    )


def _same_name(surface: str, name: str) -> bool:
    a, b = f" {fold(surface)} ", f" {fold(name)} "
    return a.strip() != "" and b.strip() != "" and (a in b or b in a)


def why_missed(gold: GoldStop, mentions: Sequence[Any] | None) -> str:
    """Say why a gold stop was missed, from the geoparser's mentions of the passage.

    ``mentions`` come from ``mapper.geoparse.geoparse(text)`` (None when unavailable); a
    mention is of the stop when its surface and the stop's name, folded, are equal or one
    is whole words inside the other. Used for the failure list only, never in a metric.
    """
    if gold.name is None:
        return f"unnamed {gold.status} stop"
    if mentions is None:
        return "named stop (no geoparser to say more)"
    own = [m for m in mentions if _same_name(m.surface, gold.name)]
    if not own:
        return "name not recognised as a place"
    placed = [m.place for m in own if m.place is not None]
    if not placed:
        return "name recognised, left unresolved"
    right = [p for p in placed if stop_km(gold, p) is not None]
    if not right:
        return "name resolved to another place"
    from mapper.model import AREA_KINDS

    if all(p.kind in AREA_KINDS for p in right):
        return f"resolved right to an area ({right[0].kind}), not taken as a stop"
    article = "an" if gold.status[0] in "aeiou" else "a"
    return f"resolved right, not taken as {article} {gold.status} stop"


def failures(
    outcomes: Sequence[JourneyOutcome], mentions: dict[str, Sequence[Any]] | None = None
) -> list[tuple[str, str, str, str]]:
    """Return ``(passage id, kind, expected, got)`` for each failed item.

    ``mentions`` maps a passage id to the geoparser's mentions of its text, to say why a
    stop was missed (see :func:`why_missed`).
    """
    mentions = mentions or {}
    from mapper.geodesy import distance_km

    out = []
    for o in outcomes:
        if not o.stops:
            out.append((o.row, "no stop at all in the passage", f"{len(o.golds)} stops", "none"))
        for i, g in enumerate(o.golds):
            if i not in o.pairs:
                kind = f"missed stop: {why_missed(g, mentions.get(o.row))}"
                out.append((o.row, kind, _gold_str(g), "no stop within reach"))
                continue
            s = o.stops[o.pairs[i]]
            if s.status != g.status:
                kind = f"status {g.status} read as {s.status}"
                out.append((o.row, kind, _gold_str(g), _stop_str(s)))
            if g.mode is not None and s.mode != g.mode:
                kind = f"mode {g.mode} read as {s.mode}"
                out.append((o.row, kind, _gold_str(g), _stop_str(s)))
            if g.date and not date_right(g.date, s.date):
                kind = "date missing" if not s.date else "date wrong"
                out.append((o.row, kind, _gold_str(g), _stop_str(s)))
        for i in range(len(o.golds) - 1):
            if i in o.links or i not in o.pairs or i + 1 not in o.pairs:
                continue
            if o.pairs[i] > o.pairs[i + 1]:
                pair = f"{_gold_str(o.golds[i])} then {_gold_str(o.golds[i + 1])}"
                got = f"stop {o.pairs[i + 1] + 1} before stop {o.pairs[i] + 1}"
                out.append((o.row, "consecutive pair out of order", pair, got))
        for s in o.false_stops():
            if on_not_stop(s.place.name, o.not_stops):
                why = "a gold not-stop"
            elif any(
                g.lat is not None
                and g.lon is not None
                and distance_km((s.place.lat, s.place.lon), (g.lat, g.lon)) <= STOP_KM
                for g in o.golds
            ):
                why = "a second stop at a gold stop's place"
            else:
                why = "a place the gold does not list"
            out.append((o.row, f"false {s.status} stop: {why}", "no such stop", _stop_str(s)))
    return out


# --------------------------------------------------------------------------- CLI


def _mentions(rows: Sequence[dict]) -> dict[str, Sequence[Any]]:
    """Return the geoparser's mentions per passage, or nothing when it is unavailable."""
    try:
        from mapper.geoparse import geoparse
    except ImportError:
        return {}
    return {r["id"]: geoparse(r["text"]) for r in rows}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the harness; return the exit status."""
    parser = build_parser(
        "python -m bench.journeys_eval",
        "Score mapper's journey reader on the real-text development set "
        "(journeys/journeys_dev.jsonl in ../shared/eval/).",
        "python -m bench.journeys_eval --part tune --failures",
    )
    args = parser.parse_args(argv)
    loaded = load_rows(args, "journeys", "journeys_dev.jsonl")
    if isinstance(loaded, int):
        return loaded
    path, rows = loaded

    from mapper.journey import journey_from_text

    journey_from_text("The train left Vladivostok. It arrived in Khabarovsk.")  # warm up

    def stops_of(text: str) -> list[Any]:
        return list(journey_from_text(text).stops)

    all_stops, seconds = timed(stops_of, [r["text"] for r in rows])
    outcomes = [score_passage(r, s) for r, s in zip(rows, all_stops, strict=True)]
    by_id = {o.row: o for o in outcomes}
    parts = parts_to_report(args.part)
    figures = {p: summarise([by_id[r["id"]] for r in select(rows, p)]) for p in parts}
    sizes = split_sizes(rows)

    n_stops = sum(len(o.golds) for o in outcomes)
    n_not = sum(len(o.not_stops) for o in outcomes)
    print("Journeys on real text (python -m bench.journeys_eval)")
    print()
    print(
        f"Data: {relative(path)}: {len(rows)} passages, {n_stops} gold stops, "
        f"{n_not} not-stop names"
    )
    print(
        f"Split by id: SHA-1 of the id, first byte < {MEASURE_BELOW} -> measure; "
        f"tune {sizes['tune']} passages, measure {sizes['measure']} passages"
    )
    per_row = 1000 * seconds / len(rows) if rows else float("nan")
    print(
        f"Reader: mapper.journey.journey_from_text(text), {seconds:.1f} s for {len(rows)} "
        f"passages ({per_row:.0f} ms a passage, warm)"
    )
    print()
    print(format_metrics(METRICS, figures))
    print()
    print(
        wrap(
            "Per part: the rate, then hits/n. A stop matches within 25 km (area-level gold "
            "stops also by name, or a found area within 500 km), one to one, order-preserving "
            "first; F1 is micro. See the module docstring of bench/journeys_eval.py."
        )
    )

    tune = [by_id[r["id"]] for r in rows if part_of(r["id"]) == "tune"]
    items = failures(tune, _mentions([r for r in rows if part_of(r["id"]) == "tune"]))
    kinds = report_failures(items, args.failures)
    if args.json:
        write_figures(args.json, "journeys", path, seconds, rows, figures, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
