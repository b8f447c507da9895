"""How well mapper finds and checks distance claims in real sentences.

Run from the project root::

    python -m bench.claims_eval                   # tune, measure and all, side by side
    python -m bench.claims_eval --part tune --failures
    python -m bench.claims_eval --json /tmp/claims.json --data path/to/eval

The development set (``claims/claims_dev.jsonl`` in ``../shared/eval/``; its README gives
the schema and the verdict rule) is read at run time; nothing from it is copied into the
project. Rows are split into a tune and a measure part by :func:`bench.realtext.part_of`.
Each row's text goes through the public API only, ``mapper.claims.check_claims(text)``.
Where the row's note quotes the previous sentence that an anaphor needs ("pronoun:
previous sentence '...' needed", 28 rows), that sentence is put before the text, as it
stood on the page, and claims found in it are left out (``--no-context`` turns this
off); nothing else of the row is shown to the checker.

Naming: the gold's ``a`` is the place being located, the claim's *target*; ``b`` is the
reference ("... of Y"), the claim's *origin*.

Matching gold claims to found claims
------------------------------------
A gold claim has no offsets: its ``stated`` phrase is looked up in the text (the k-th gold
claim with a given phrase takes its k-th occurrence). A found claim may match it when

* the figures agree: some gold figure and some found figure differ by at most 0.5 % of
  the gold one. Gold figures are ``stated_km`` (both ends of a range or bound, a zero end
  left out) and, when the ``stated`` phrase carries a conversion ("25 miles (40 km)"),
  each figure of the phrase in km; found figures are the claim's ``stated_km``, both
  range ends in km and its conversion in km, so either side of a conversion counts;
* and the spans overlap in the text (when the phrase cannot be found, the figure alone).

Pairs are then taken one to one, the widest overlap first (ties: more ends where the gold
puts them, then gold order, then found order).

The metrics (each printed with its counts)
------------------------------------------
* **figure recall**: gold claims matched / gold claims;
* **found claims matched**: found claims that match a gold claim / found claims (all rows);
* **false claims, negative rows**: negative rows where anything was reported / negative
  rows (lower is better);
* **both endpoints right**: among gold claims with both ``ref_a`` and ``ref_b``: matched,
  the resolved target within 25 km of ``ref_a`` and the origin within 25 km of ``ref_b``;
* **target right**, **origin right**: the same for each end, among gold claims with that
  ref. When the gold claim states no compass direction, the two ends may come back
  swapped ("from X to Y", "X and Y are N km apart": the distance runs both ways, and the
  gold's choice of which end is located is a convention): a swapped pair counts as both
  right;
* **measured km right**: among gold claims with a ``geodesic_km``: matched and
  ``measured_km`` within 1 % or 1 km of it;
* **unresolved when unnamed**: among gold claims with ``a`` or ``b`` null or without a
  ref: matched and the verdict "unresolved";
* **verdict agreement**: among matched claims: the straight-line verdict (the check's
  ``straight_verdict`` when its own verdict is about a route) equals
  ``straight_line_verdict`` (null read as "unresolved"). The gold's rule (10 %, 15 % when
  hedged) and mapper's (rounding step plus 5 % when hedged) differ, so a right
  measurement can still disagree;
* **right** (the project's overall figure): among gold claims: matched, and either both
  named places resolved within 25 km with the measured km right, or, when the text does
  not name a place with a point (``a``/``b`` or a ref null), the verdict "unresolved".

Every rate over gold claims counts an unmatched claim as a miss. ``--failures`` prints,
for the tune part only, each failed item (row id, kind, what was expected, what came
back) and a count per kind; ``--json OUT`` writes the counts.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
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
    "ENDPOINT_KM",
    "FIGURE_REL",
    "METRICS",
    "ClaimOutcome",
    "GoldClaim",
    "RowOutcome",
    "check_figures_km",
    "failure_kinds",
    "failures",
    "figures_agree",
    "gold_claims",
    "main",
    "match_claims",
    "measured_right",
    "score_row",
    "summarise",
]

#: Figures agree when they differ by at most this share of the gold figure (0.5 %) ...
FIGURE_REL = 0.005
#: ... or by half the 0.1 km to which gold figures are rounded ("three miles" is 4.8).
FIGURE_ROUNDING_KM = 0.05
#: A resolved place is right within this many km of the gold point.
ENDPOINT_KM = 25.0
#: A measured distance is right within 1 % or 1 km of the gold geodesic.
MEASURED_REL = 0.01
MEASURED_KM = 1.0

#: ``(key, label)`` of the printed metrics, in order.
METRICS = (
    ("figure_recall", "figure recall"),
    ("found_matched", "found claims matched"),
    ("false_on_negative", "false claims, negative rows (lower is better)"),
    ("both_endpoints", "both endpoints right"),
    ("target", "target (a) right"),
    ("origin", "origin (b) right"),
    ("measured_km", "measured km right"),
    ("unresolved_unnamed", "unresolved when unnamed"),
    ("verdict", "verdict agreement (matched)"),
    ("right", "right"),
)

_UNIT_KM = {"nautical": 1.852, "nmi": 1.852, "mile": 1.609344, "mi": 1.609344, "k": 1.0}
_FIGURE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*-?\s*"
    r"(?P<unit>nautical\s+miles?|nmi|kilomet(?:er|re)s?|kms?|miles?|mi)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One gold claim of a row, with the span of its stated phrase when found."""

    row: str  #: The row id.
    stated: str  #: The figure as written.
    span: tuple[int, int] | None  #: Where ``stated`` lies in the text, or None.
    figures_km: tuple[float, ...]  #: The figures a found claim may state, in km.
    target: str | None  #: Gold ``a``: the place being located, as written.
    origin: str | None  #: Gold ``b``: the reference place, as written.
    target_ref: tuple[float, float] | None  #: ``ref_a`` as (lat, lon).
    origin_ref: tuple[float, float] | None  #: ``ref_b`` as (lat, lon).
    geodesic_km: float | None
    verdict: str  #: ``straight_line_verdict``, "unresolved" when null.
    direction: str | None = None  #: The compass direction as written, or None.

    @property
    def unnamed(self) -> bool:
        """Return True when an end is unnamed or has no point: the check should be unresolved."""
        return None in (self.target, self.origin, self.target_ref, self.origin_ref)


def _stated_figures_km(stated: str) -> list[float]:
    out = []
    for m in _FIGURE.finditer(stated):
        unit = m["unit"].casefold()
        factor = next(v for k, v in _UNIT_KM.items() if unit.startswith(k))
        out.append(float(m["num"].replace(",", "")) * factor)
    return out


def _ref(value: Any) -> tuple[float, float] | None:
    return None if value is None else (float(value[0]), float(value[1]))


def _stated_spans(text: str, phrases: Sequence[str]) -> list[tuple[int, int] | None]:
    """Return where each gold phrase lies: the k-th claim with a phrase takes its k-th
    occurrence, a whole figure ("7" not inside "17"), outside the longer phrases of the
    row ("7" of "... and 7 N.E. of Y" is not the "7" of "7 miles"); None where absent.

    >>> _stated_spans("It is 7 miles S. of A and 7 N. of B, 17 from C.", ["7 miles", "7"])
    [(6, 13), (26, 27)]
    """
    out: list[tuple[int, int] | None] = [None] * len(phrases)
    taken: list[tuple[int, int]] = []
    seen: Counter[str] = Counter()
    for i in sorted(range(len(phrases)), key=lambda i: -len(phrases[i] or "")):
        stated = phrases[i]
        if not stated:
            continue
        before = r"(?<![\d.,])" if stated[0].isdigit() else ""
        after = r"(?!\d)" if stated[-1].isdigit() else ""
        starts = [
            m.start()
            for m in re.finditer(before + re.escape(stated) + after, text)
            if not any(a < m.end() and m.start() < b for a, b in taken)
        ]
        k = seen[stated]
        seen[stated] += 1
        if starts:
            start = starts[min(k, len(starts) - 1)]
            out[i] = (start, start + len(stated))
            taken.append(out[i])  # type: ignore[arg-type]
    return out


def gold_claims(row: dict) -> list[GoldClaim]:
    """Return the gold claims of a row with their spans and accepted figures.

    Examples
    --------
    >>> row = {"id": "x", "text": "It is 25 miles (40 km) away.", "claims": [{
    ...     "stated": "25 miles (40 km)", "stated_km": 40.0, "a": None, "b": None,
    ...     "ref_a": None, "ref_b": None, "geodesic_km": None,
    ...     "straight_line_verdict": None}]}
    >>> g = gold_claims(row)[0]
    >>> g.span, [round(x, 2) for x in g.figures_km], g.verdict
    ((6, 22), [40.0, 40.23], 'unresolved')
    """
    text = row["text"]
    spans = _stated_spans(text, [c["stated"] for c in row["claims"]])
    out = []
    for c, span in zip(row["claims"], spans, strict=True):
        stated = c["stated"]
        raw = c["stated_km"]
        figures = [float(x) for x in (raw if isinstance(raw, list) else [raw]) if x]
        in_phrase = _stated_figures_km(stated)
        if len(in_phrase) >= 2:  # a conversion: either figure counts
            figures += in_phrase
        unique = tuple(dict.fromkeys(round(f, 6) for f in figures if f > 0))
        out.append(
            GoldClaim(
                row=row["id"],
                stated=stated,
                span=span,
                figures_km=unique,
                target=c.get("a"),
                origin=c.get("b"),
                target_ref=_ref(c.get("ref_a")),
                origin_ref=_ref(c.get("ref_b")),
                geodesic_km=c.get("geodesic_km"),
                verdict=c.get("straight_line_verdict") or "unresolved",
                direction=c.get("direction"),
            )
        )
    return out


# --------------------------------------------------------------------------- matching


def _to_km(value: float, unit: str) -> float | None:
    from mapper.geodesy import unit_to_km

    try:
        return unit_to_km(float(value), unit)
    except KeyError:  # a unit the geodesy module does not know
        return None


def check_figures_km(check: Any) -> tuple[float, ...]:
    """Return the figures a found claim states, in km: the figure, range ends, conversion."""
    claim = check.claim
    stated = [(claim.low, claim.unit), (claim.high, claim.unit)]
    conversion = getattr(claim, "conversion", None)
    if conversion is not None:
        stated.append((conversion[0], conversion[1]))
    figures = [float(claim.stated_km), *(_to_km(v, u) for v, u in stated)]
    return tuple(dict.fromkeys(f for f in figures if f is not None and f > 0))


def figures_agree(gold_km: Sequence[float], found_km: Sequence[float]) -> bool:
    """Return True when a gold and a found figure differ by at most 0.5 % of the gold one,
    or by the 0.05 km of the gold's rounding to 0.1 km.

    Examples
    --------
    >>> figures_agree([640.0], [643.0]), figures_agree([640.0], [644.0])
    (True, False)
    >>> figures_agree([4.8], [4.828032]), figures_agree([4.8], [4.86])
    (True, False)
    """
    return any(
        abs(g - f) <= max(FIGURE_REL * g, FIGURE_ROUNDING_KM) for g in gold_km for f in found_km
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_claims(golds: Sequence[GoldClaim], checks: Sequence[Any]) -> list[tuple[int, int]]:
    """Pair gold claims and found checks one to one; return sorted ``(gold, check)`` indexes.

    A pair may match when the figures agree (:func:`figures_agree`) and the spans overlap
    (any position when the gold phrase was not found in the text). The widest overlap is
    taken first; ties go to the pair with more ends found where the gold puts them (one
    figure shared by two places: "A and B, 320 km from X"), then gold order, then check
    order.
    """
    options = []
    for i, g in enumerate(golds):
        for j, c in enumerate(checks):
            if not figures_agree(g.figures_km, check_figures_km(c)):
                continue
            if g.span is None:
                overlap = 0
            else:
                overlap = _overlap(g.span, (c.claim.start, c.claim.end))
                if overlap <= 0:
                    continue
            options.append((-overlap, -_ends_agreeing(g, c), i, j))
    options.sort()
    used_g: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for _, _, i, j in options:
        if i not in used_g and j not in used_c:
            used_g.add(i)
            used_c.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _ends_agreeing(gold: GoldClaim, check: Any) -> int:
    """Return how many of a check's resolved ends lie within 25 km of the gold's points."""
    offs = (_km_off(check.target, gold.target_ref), _km_off(check.origin, gold.origin_ref))
    return sum(1 for off in offs if off is not None and off <= ENDPOINT_KM)


# --------------------------------------------------------------------------- scoring


def _km_off(place: Any, ref: tuple[float, float] | None) -> float | None:
    from mapper.geodesy import distance_km

    if place is None or ref is None:
        return None
    return distance_km((place.lat, place.lon), ref)


def measured_right(measured_km: float | None, geodesic_km: float | None) -> bool:
    """Return True when a measured distance is within 1 % or 1 km of the gold geodesic.

    Examples
    --------
    >>> measured_right(101.0, 100.0), measured_right(1.9, 1.0), measured_right(None, 5.0)
    (True, True, False)
    """
    if measured_km is None or geodesic_km is None:
        return False
    return abs(measured_km - geodesic_km) <= max(MEASURED_REL * geodesic_km, MEASURED_KM)


@dataclass(slots=True)
class ClaimOutcome:
    """A gold claim, the check matched to it (or None) and how it was scored."""

    gold: GoldClaim
    check: Any = None
    target_km: float | None = None  #: How far the resolved target lies from ``ref_a``.
    origin_km: float | None = None  #: How far the resolved origin lies from ``ref_b``.

    @property
    def matched(self) -> bool:
        return self.check is not None

    @property
    def target_ok(self) -> bool:
        return self.target_km is not None and self.target_km <= ENDPOINT_KM

    @property
    def origin_ok(self) -> bool:
        return self.origin_km is not None and self.origin_km <= ENDPOINT_KM

    @property
    def measured_ok(self) -> bool:
        return self.matched and measured_right(self.check.measured_km, self.gold.geodesic_km)

    @property
    def verdict_ok(self) -> bool:
        # the gold labels the straight line; a route figure's own verdict is about the route
        straight = getattr(self.check, "straight_verdict", None) or self.check.verdict
        return self.matched and straight == self.gold.verdict

    @property
    def right(self) -> bool:
        """Return the project's overall judgement of this claim."""
        if not self.matched:
            return False
        if self.gold.unnamed:
            return self.check.verdict == "unresolved"
        return self.target_ok and self.origin_ok and self.measured_ok


@dataclass(slots=True)
class RowOutcome:
    """The scoring of one row: its gold claims and the checks that matched none."""

    row: str
    negative: bool
    claims: list[ClaimOutcome] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)  #: Checks matching no gold claim.
    n_found: int = 0


def _both_within(pair: tuple[float | None, float | None]) -> bool:
    return all(km is not None and km <= ENDPOINT_KM for km in pair)


def score_row(row: dict, checks: Sequence[Any]) -> RowOutcome:
    """Match a row's checks to its gold claims and measure each matched endpoint."""
    golds = gold_claims(row)
    pairs = dict(match_claims(golds, checks))
    out = RowOutcome(row["id"], negative=not golds, n_found=len(checks))
    for i, g in enumerate(golds):
        check = checks[pairs[i]] if i in pairs else None
        outcome = ClaimOutcome(g, check)
        if check is not None:
            outcome.target_km = _km_off(check.target, g.target_ref)
            outcome.origin_km = _km_off(check.origin, g.origin_ref)
            if g.direction is None:
                # No compass direction: the distance runs both ways and "from X to Y" or
                # "X and Y are N apart" names no located place, so the ends may swap.
                swapped = (_km_off(check.target, g.origin_ref), _km_off(check.origin, g.target_ref))
                if _both_within(swapped) and not _both_within(
                    (outcome.target_km, outcome.origin_km)
                ):
                    outcome.target_km, outcome.origin_km = swapped
        out.claims.append(outcome)
    matched = set(pairs.values())
    out.extra = [c for j, c in enumerate(checks) if j not in matched]
    return out


def summarise(rows: Sequence[RowOutcome]) -> dict[str, Count]:
    """Return the counts of every metric (see the module docstring) over some rows."""
    claims = [c for r in rows for c in r.claims]
    both = [c for c in claims if c.gold.target_ref and c.gold.origin_ref]
    found = sum(r.n_found for r in rows)
    return {
        "figure_recall": Count.of(c.matched for c in claims),
        "found_matched": Count(found - sum(len(r.extra) for r in rows), found),
        "false_on_negative": Count.of(r.n_found > 0 for r in rows if r.negative),
        "both_endpoints": Count.of(c.target_ok and c.origin_ok for c in both),
        "target": Count.of(c.target_ok for c in claims if c.gold.target_ref),
        "origin": Count.of(c.origin_ok for c in claims if c.gold.origin_ref),
        "measured_km": Count.of(c.measured_ok for c in claims if c.gold.geodesic_km is not None),
        "unresolved_unnamed": Count.of(c.right for c in claims if c.gold.unnamed),
        "verdict": Count.of(c.verdict_ok for c in claims if c.matched),
        "right": Count.of(c.right for c in claims),
    }


# --------------------------------------------------------------------------- failures


def _shape(stated: str) -> str:
    low = stated.casefold()
    if not re.search(r"\d", low):
        return "a number in words"
    if "nautical" in low or "nmi" in low:
        return "nautical miles"
    if re.search(r"\d\s*-\s*(?:k|mi)", low):
        return "an N-km compound"
    if re.search(r"mile|\dmi\b|\smi\b", low):
        return "miles"
    if re.search(r"\d\s*(?:km|kms|kilomet)", low):
        return "km"
    return "unit implied or unusual"


def _names(written: str | None) -> list[str]:
    """Return the folded names a gold end may be found as: the words, the [resolution]."""
    if not written:
        return []
    inside = re.findall(r"\[([^\]]+)\]", written)
    outside = re.sub(r"\[[^\]]*\]", " ", written)
    return [n for n in (fold(outside), *map(fold, inside)) if n]


def _endpoint_kind(role: str, mention: Any, place: Any, written: str | None) -> str:
    if mention is None:
        if written and "[" in written:  # the gold resolved a pronoun or description
            return f"{role}: no span taken (gold: a reference resolved from context)"
        return f"{role}: no span taken (gold: a name in the text)"
    if place is None:
        return f"{role}: span taken but left unresolved"
    said = fold(mention.text)
    if said and any(n in said or said in n for n in _names(written)):
        return f"{role}: right words, resolved to a place over {ENDPOINT_KM:.0f} km away"
    return f"{role}: other words taken as the {role}"


def failure_kinds(outcome: ClaimOutcome, unmatched: Sequence[Any] = ()) -> list[str]:
    """Name why a gold claim failed (empty when it is right and its verdict agrees).

    ``unmatched`` are the row's checks that matched no gold claim: one overlapping an
    unmatched gold claim means its figure was read differently.
    """
    g, c = outcome.gold, outcome.check
    if c is None:
        span = g.span
        if span is not None and any(
            _overlap(span, (x.claim.start, x.claim.end)) > 0 for x in unmatched
        ):
            return [f"figure read differently ({_shape(g.stated)})"]
        return [f"figure missed ({_shape(g.stated)})"]
    kinds = []
    if g.unnamed:
        if c.verdict != "unresolved":
            what = "unnamed" if None in (g.target, g.origin) else "named but has no point"
            kinds.append(f"measured though an end is {what} (expected unresolved)")
    elif not outcome.right:
        swapped = (
            _km_off(c.target, g.origin_ref) is not None
            and _km_off(c.target, g.origin_ref) <= ENDPOINT_KM
            and _km_off(c.origin, g.target_ref) is not None
            and _km_off(c.origin, g.target_ref) <= ENDPOINT_KM
        )
        if swapped:
            kinds.append("target and origin swapped")
        else:
            if not outcome.target_ok:
                kinds.append(_endpoint_kind("target", c.claim.target, c.target, g.target))
            if not outcome.origin_ok:
                kinds.append(_endpoint_kind("origin", c.claim.origin, c.origin, g.origin))
            if outcome.target_ok and outcome.origin_ok:
                kinds.append("places within 25 km, but the measured km off by over 1 %")
    if outcome.right and not outcome.verdict_ok:
        kinds.append("verdict differs though the measurement is right (tolerance rule)")
    return kinds


def _where(place: Any) -> str:
    return "—" if place is None else f"{place.name} ({place.lat:.2f}, {place.lon:.2f})"


def _expected(g: GoldClaim) -> str:
    km = "—" if g.geodesic_km is None else f"{g.geodesic_km:,.1f} km"
    return f"{g.stated!r}: a={g.target!r} b={g.origin!r} {km} {g.verdict}"


def _got(c: Any) -> str:
    if c is None:
        return "no claim"
    claim = c.claim
    t = claim.target.text if claim.target else None
    o = claim.origin.text if claim.origin else None
    km = "—" if c.measured_km is None else f"{c.measured_km:,.1f} km"
    why = f" [{c.unresolved_reason}]" if c.unresolved_reason else ""
    return (
        f"{claim.phrase!r}: target {t!r}->{_where(c.target)} "
        f"origin {o!r}->{_where(c.origin)} {km} {c.verdict}{why}"
    )


def failures(rows: Sequence[RowOutcome]) -> list[tuple[str, str, str, str]]:
    """Return ``(row id, kind, expected, got)`` for each failed item, in row order."""
    out = []
    for r in rows:
        for outcome in r.claims:
            for kind in failure_kinds(outcome, r.extra):
                out.append((r.row, kind, _expected(outcome.gold), _got(outcome.check)))
        for c in r.extra:
            if r.negative:
                kind = "claim reported on a negative row"
            elif any(
                g.gold.span and _overlap(g.gold.span, (c.claim.start, c.claim.end)) > 0
                for g in r.claims
            ):
                continue  # already counted as a figure read differently
            else:
                kind = "extra claim on a positive row"
            out.append((r.row, kind, "no claim here", _got(c)))
    return out


# --------------------------------------------------------------------------- CLI


# The quoted sentence stands in single, double or curly double quotes (the README names no
# style; gatherers used all three), after "previous sentence" or "earlier:". It ends in a
# stop, or it is cut short: a capital, then 40 characters or more with no stop; it may
# hold a line break.
_CUT = r"(?-i:[A-Z])[^.!?]{40,}?"
_PREVIOUS = re.compile(
    r"(?:previous sentences?[^'\"\u201c;]{0,30}|\bearlier:\s*)"
    rf"(?:'(?P<single>.*?[.!?\"\u201d\u2026,]|{_CUT})'"
    rf"|\"(?P<double>.*?[.!?'\u2019\u2026,]|{_CUT})\""
    rf"|\u201c(?P<curly>.*?[.!?'\u2019\u2026,]|{_CUT})\u201d)",
    re.DOTALL,  # a quote keeps the page's line breaks
)


def context_of(row: dict) -> str:
    """Return the previous sentence a row's note quotes for its anaphors, or ''."""
    for found in _PREVIOUS.finditer(row.get("note") or ""):
        quoted = found["single"] or found["double"] or found["curly"] or ""
        if quoted.strip(". \u2026") not in row.get("text", ""):  # not words of the row itself
            return quoted
    return ""


def check_in_context(check_claims: Callable[[str], list[Any]], row: dict, context: bool) -> list:
    """Check a row's text, after the previous sentence its note quotes when ``context``;
    return the checks of the row's own text, their offsets into it."""
    before = context_of(row) if context else ""
    if not before:
        return check_claims(row["text"])
    if not before.rstrip(" '\u2019\"\u201d").endswith((".", "!", "?", "\u2026")):
        before += "."  # a quote cut short still ends its sentence
    shift = len(before) + 1
    checks = check_claims(f"{before} {row['text']}")
    out = []
    for c in checks:
        if c.claim.start < shift:
            continue  # a figure of the quoted sentence, not of the row
        claim = replace(
            c.claim,
            sentence_start=max(c.claim.sentence_start - shift, 0),
            start=c.claim.start - shift,
            end=c.claim.end - shift,
            sentence=c.claim.sentence[max(shift - c.claim.sentence_start, 0) :],
        )
        out.append(replace(c, claim=claim))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the harness; return the exit status."""
    parser = build_parser(
        "python -m bench.claims_eval",
        "Score mapper's distance-claim checker on the real-text development set "
        "(claims/claims_dev.jsonl in ../shared/eval/).",
        "python -m bench.claims_eval --part tune --failures",
    )
    parser.add_argument(
        "--no-context",
        action="store_true",
        help="do not put the previous sentence a row's note quotes before its text",
    )
    args = parser.parse_args(argv)
    loaded = load_rows(args, "claims", "claims_dev.jsonl")
    if isinstance(loaded, int):
        return loaded
    path, rows = loaded

    from mapper.claims import check_claims

    check_claims("Harbin is about 900 km from Dalian.")  # open the gazetteer before timing
    by_text = {id(r): r for r in rows}
    all_checks, seconds = timed(
        lambda key: check_in_context(check_claims, by_text[int(key)], not args.no_context),
        [str(id(r)) for r in rows],
    )
    outcomes = [score_row(r, checks) for r, checks in zip(rows, all_checks, strict=True)]
    by_id = {o.row: o for o in outcomes}
    parts = parts_to_report(args.part)
    figures = {p: summarise([by_id[r["id"]] for r in select(rows, p)]) for p in parts}
    sizes = split_sizes(rows)

    positive = [r for r in rows if r["claims"]]
    print("Distance claims on real text (python -m bench.claims_eval)")
    print()
    print(
        f"Data: {relative(path)}: {len(rows)} rows, {len(positive)} positive with "
        f"{sum(len(r['claims']) for r in positive)} claims, {len(rows) - len(positive)} negative"
    )
    print(
        f"Split by id: SHA-1 of the id, first byte < {MEASURE_BELOW} -> measure; "
        f"tune {sizes['tune']} rows, measure {sizes['measure']} rows"
    )
    per_row = 1000 * seconds / len(rows) if rows else float("nan")
    print(
        f"Checker: mapper.claims.check_claims(text), {seconds:.1f} s for {len(rows)} rows "
        f"({per_row:.0f} ms a row, warm)"
    )
    with_context = sum(bool(context_of(r)) for r in rows)
    print(
        f"Context: the previous sentence a note quotes is read first ({with_context} rows)"
        if not args.no_context
        else "Context: none (--no-context)"
    )
    print()
    print(format_metrics(METRICS, figures))
    print()
    print(
        wrap(
            "Per part: the rate, then hits/n. Rates over gold claims count an unmatched claim "
            "as a miss; a place is right within 25 km of its gold point; measured km right "
            "within 1 % or 1 km of the gold geodesic; 'unresolved when unnamed': gold a or b, "
            "or its point, is null; 'right': figure found and both places and the km right, "
            "or 'unresolved' when an end is unnamed. See the module docstring of "
            "bench/claims_eval.py."
        )
    )

    tune = [by_id[r["id"]] for r in rows if part_of(r["id"]) == "tune"]
    items = failures(tune)
    kinds = report_failures(items, args.failures)
    if args.json:
        write_figures(args.json, "claims", path, seconds, rows, figures, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
