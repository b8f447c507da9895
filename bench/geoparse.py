"""Geoparsing accuracy and speed of mapper on public news corpora, beside its peers.

Run from the project root::

    python -m bench.geoparse                      # LGL, TR-News and GeoVirus, all documents
    python -m bench.geoparse --limit 20 --json out.json
    python -m bench.geoparse --corpus path/to/corpus.xml --no-baselines --no-geotext

The corpora are read at run time from ``../shared/eval/`` (beside the checkout; see its
README for their formats and licences); nothing from them is copied into the project.
When the folder is absent and no ``--corpus`` is given, the harness says so and exits 0.

What is measured, per corpus:

* **resolution only**: ``mapper.geoparse.resolve_spans(text, spans)`` is given each
  document's text and its gold spans (those with gold coordinates) and nothing else.
  Reported: Acc@161, mean and median error in km, AUC, exact GeoNames id match, the
  gazetteer *ceiling* (share of gold toponyms with a candidate within 161 km among
  ``default_gazetteer().search(surface, limit=50)``), unresolved count, toponyms per
  second. Until ``resolve_spans`` exists, a clearly labelled fallback stands in: the top
  candidate of ``default_gazetteer().search(surface, context=<the document's other
  surfaces>)``.
* **end to end**: ``mapper.geoparse.geoparse(text)``; spans are scored with EUPEG's
  matching rule (see :func:`match_spans`) against the gold spans that have coordinates;
  Acc@161 and errors over matched spans; documents per second. Skipped with a message
  until ``geoparse`` exists.
* the same recognition figures for ``geotext`` (PyPI) and for the stored 2019 outputs
  of nine geoparsers in ``baselines/`` (EUPEG project), scored with the same code.

Conventions, the same for every system:

* an error is the geodesic distance (WGS84, :func:`mapper.geodesy.distances_km`);
* resolution only: an unresolved toponym (no place) counts as a miss in Acc@161 and as
  the largest error, 20,039 km, in AUC; mean and median error are over resolved
  toponyms only, so read them beside the unresolved count;
* end to end: a predicted span without coordinates (no place, a stored "No Gaz"
  answer) is not an output, as in EUPEG (this reproduces the published figures quoted
  in the corpora's README); the count of such spans is reported as "unresolved";
* Acc@161 is the share of errors of at most 161 km;
* AUC is CamCoder's: the trapezoidal area under the sorted ``log(1 + error_km) /
  log(20039)``, divided by ``n - 1`` (0 is perfect, 1 the worst).

A failure analysis (the most common error kinds with one example each) is written to
``bench/results/failures.md`` (``--failures`` to change it). ``--json FILE`` writes
``{corpus: {"resolution": {"acc161", "mean_km", "median_km", "auc", "n", ...},
"end_to_end": {"precision", "recall", "f1", "acc161", "n", ...}, "docs_per_s",
"toponyms_per_s", "others": {system: {...}}}}``, with null for what was not measured.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpora import Corpus, Gold, Output, read_corpus, read_outputs, snap_span

__all__ = [
    "ACC_KM",
    "MAX_ERROR_KM",
    "MIDPOINT_CHARS",
    "acc_at_km",
    "auc",
    "baseline_resolve_spans",
    "geotext_spans",
    "main",
    "match_spans",
    "prf",
]

ROOT = Path(__file__).resolve().parents[1]
#: The evaluation corpora live beside the checkout, never inside it.
EVAL_DIR = ROOT.parent / "shared" / "eval"
DEFAULT_CORPORA = {
    "LGL": "LGL/lgl.xml",
    "TR-News": "TR-News/TR-News.xml",
    "GeoVirus": "GeoVirus/GeoVirus.xml",
}
DEFAULT_FAILURES = ROOT / "bench" / "results" / "failures.md"
#: A text that touches every lazily loaded table of a parse: common words, people's
#: names and titles, a demonym, a kind word, a region after a comma, a month and a weekday.
WARM_UP_TEXT = (
    "Paris and London were quiet on Monday. Reportedly, Chad Walker and Mayor John Smith "
    "of Springfield, Illinois, said the old bridge near the Russian border at Lake Placid "
    "would open in March, and the Governor flew to Jackson's airport."
)

#: Acc@161: 100 miles, in km.
ACC_KM = 161.0
#: Half the Earth's circumference in km: the largest possible error, the top of the AUC scale.
MAX_ERROR_KM = 20039.0
#: EUPEG's rule: matched spans have midpoints less than this many characters apart.
MIDPOINT_CHARS = 10
#: How many gazetteer candidates the ceiling looks at.
CEILING_LIMIT = 50

Span = tuple[int, int]
Resolve = Callable[[str, list[Span]], list[Any]]
Parse = Callable[[str], list[Any]]


# --------------------------------------------------------------------------- metrics


def acc_at_km(errors_km: Iterable[float | None], km: float = ACC_KM) -> float:
    """Return the share of errors of at most ``km``; None (unresolved) counts as a miss.

    Returns NaN for no errors.

    Examples
    --------
    >>> round(acc_at_km([0.0, 160.0, 162.0]), 4)
    0.6667
    """
    errors = list(errors_km)
    if not errors:
        return math.nan
    return sum(1 for e in errors if e is not None and e <= km) / len(errors)


def auc(errors_km: Iterable[float | None]) -> float:
    """Return CamCoder's AUC of errors in km: 0 when all are 0, about 1 when all are 20,039 km.

    The area, by the trapezoidal rule, under the sorted ``log(1 + e) / log(20039)``
    with unit spacing, divided by ``n - 1`` (CamCoder's formula, so the largest error
    scales to 1.0000025). None (unresolved) counts as 20,039 km and errors above it are
    clipped to it. One error gives its own scaled value; none, NaN.

    Examples
    --------
    >>> auc([0.0, 0.0]), round(auc([20039.0, None]), 4)
    (0.0, 1.0)
    """
    scaled = sorted(
        math.log1p(min(MAX_ERROR_KM if e is None else e, MAX_ERROR_KM)) / math.log(MAX_ERROR_KM)
        for e in errors_km
    )
    if not scaled:
        return math.nan
    if len(scaled) == 1:
        return scaled[0]
    area = sum((a + b) / 2.0 for a, b in itertools.pairwise(scaled))
    return area / (len(scaled) - 1)


def _mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else math.nan


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def match_spans(
    gold: Sequence[tuple[str, int, int]], pred: Sequence[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one to one with EUPEG's rule; return index pairs.

    Spans are ``(surface, start, end)``. A pair may match when the surfaces are equal
    ignoring case and surrounding white space and the span midpoints are less than
    :data:`MIDPOINT_CHARS` (10) characters apart. Among the possible pairs the closest
    midpoints are taken first (ties: gold order, then prediction order); each span is
    used at most once.

    Examples
    --------
    >>> match_spans([("Paris", 0, 5), ("Paris", 40, 45)], [("paris", 41, 46), ("Rome", 0, 4)])
    [(1, 0)]
    """

    def key(surface: str) -> str:
        return surface.strip().casefold()

    by_surface: dict[str, list[int]] = defaultdict(list)
    for j, (surface, _, _) in enumerate(pred):
        by_surface[key(surface)].append(j)
    options = []
    for i, (surface, start, end) in enumerate(gold):
        mid = (start + end) / 2.0
        for j in by_surface.get(key(surface), ()):
            gap = abs(mid - (pred[j][1] + pred[j][2]) / 2.0)
            if gap < MIDPOINT_CHARS:
                options.append((gap, i, j))
    options.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in options:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def prf(n_matched: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 from counts (NaN where a denominator is 0).

    Examples
    --------
    >>> prf(3, 4, 6)
    (0.75, 0.5, 0.6)
    """
    p = n_matched / n_pred if n_pred else math.nan
    r = n_matched / n_gold if n_gold else math.nan
    f1 = 2 * p * r / (p + r) if n_pred and n_gold and (p + r) else math.nan
    if n_pred and n_gold and not n_matched:
        f1 = 0.0
    return p, r, f1


def errors_km(points: Sequence[tuple[float, float] | None], gold: Sequence[Gold]) -> list:
    """Return the geodesic error in km of each ``(lat, lon)`` against its gold, None if absent."""
    from mapper.geodesy import distances_km

    idx = [i for i, p in enumerate(points) if p is not None]
    out: list[float | None] = [None] * len(points)
    if idx:
        dist = distances_km(
            [points[i][0] for i in idx],
            [points[i][1] for i in idx],
            [gold[i].lat for i in idx],
            [gold[i].lon for i in idx],
        )
        for i, d in zip(idx, dist.tolist(), strict=True):
            out[i] = float(d)
    return out


# --------------------------------------------------------------------------- systems


@dataclass(frozen=True, slots=True)
class System:
    """The mapper functions under test, or the fallback standing in for one."""

    resolve: Resolve
    resolve_label: str
    parse: Parse | None
    parse_label: str


def baseline_resolve_spans(text: str, spans: list[Span]) -> list[Any]:
    """Resolve spans the simple way: the gazetteer's top candidate given the other surfaces.

    The bench's fallback while ``mapper.geoparse.resolve_spans`` does not exist. It sees
    the text and the spans only, like the function it stands in for.
    """
    from mapper.errors import MapperError
    from mapper.gazetteer import default_gazetteer
    from mapper.model import Mention

    gaz = default_gazetteer()
    surfaces = [text[s:e] for s, e in spans]
    unique = list(dict.fromkeys(surfaces))
    out = []
    for (start, end), surface in zip(spans, surfaces, strict=True):
        context = [x for x in unique if x != surface]
        try:
            found = gaz.search(surface, context=context, limit=1)
        except MapperError:
            found = []
        best = found[0] if found else None
        out.append(
            Mention(
                surface,
                start,
                end,
                best.place if best else None,
                confidence=best.score if best else 0.0,
                evidence=("bench fallback: gazetteer top candidate with document context",),
            )
        )
    return out


def load_system() -> System:
    """Import mapper.geoparse's functions lazily, falling back where they are missing."""
    import importlib

    try:
        module = importlib.import_module("mapper.geoparse")
    except ModuleNotFoundError as exc:
        if exc.name != "mapper.geoparse":
            raise
        module = None
    resolve = getattr(module, "resolve_spans", None)
    parse = getattr(module, "geoparse", None)
    if resolve is None:
        resolve_label = (
            "FALLBACK (mapper.geoparse.resolve_spans missing): gazetteer top "
            "candidate with the document's other surfaces as context"
        )
        resolve = baseline_resolve_spans
    else:
        resolve_label = "mapper.geoparse.resolve_spans"
    parse_label = "mapper.geoparse.geoparse(demonyms=True)"
    if parse is not None:
        import functools

        # The corpora annotate demonyms ("Russian") as toponyms of their country.
        parse = functools.partial(parse, demonyms=True)
    if parse is None:
        parse_label = "skipped: mapper.geoparse.geoparse does not exist yet"
    return System(resolve, resolve_label, parse, parse_label)


def _place_of(mention: Any) -> Any:
    return getattr(mention, "place", None)


def _align(mentions: list[Any], spans: list[Span]) -> list[Any]:
    """Return one mention (or None) per span: in order, or by offsets if counts differ."""
    if len(mentions) == len(spans):
        return mentions
    by_span = {(m.start, m.end): m for m in mentions}
    return [by_span.get(s) for s in spans]


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class Record:
    """One scored gold toponym: what the resolver answered and what the gazetteer held."""

    corpus: str
    gold: Gold
    place: Any  #: The answer (a mapper Place or None).
    error_km: float | None
    candidates: list[Any]  #: Places from the ceiling search, best first.
    candidate_errors_km: list[float]

    @property
    def in_reach(self) -> bool:
        """Return True when a gazetteer candidate lies within 161 km of gold."""
        return any(d <= ACC_KM for d in self.candidate_errors_km)

    @property
    def correct(self) -> bool:
        return self.error_km is not None and self.error_km <= ACC_KM


@dataclass(slots=True)
class ResolutionResult:
    n: int = 0
    acc161: float = math.nan
    mean_km: float = math.nan
    median_km: float = math.nan
    auc: float = math.nan
    exact_id: float = math.nan
    n_with_ids: int = 0
    ceiling: float = math.nan
    unresolved: int = 0
    toponyms_per_s: float = math.nan
    records: list[Record] = field(default_factory=list)

    def to_json(self) -> dict:
        keys = (
            "acc161",
            "mean_km",
            "median_km",
            "auc",
            "n",
            "exact_id",
            "n_with_ids",
            "ceiling",
            "unresolved",
        )
        return {k: _clean(getattr(self, k)) for k in keys}


class _Ceiling:
    """Cache of ``search(surface, limit=50)``: the candidates a resolver could pick from."""

    def __init__(self) -> None:
        from mapper.gazetteer import default_gazetteer

        self.gaz = default_gazetteer()
        self.cache: dict[str, list[Any]] = {}

    def record(self, corpus: str, g: Gold, place: Any, error_km: float | None) -> Record:
        """Return the scored record of a gold toponym, with the gazetteer's candidates."""
        from mapper.geodesy import distances_km

        cands = self.candidates(g.surface)
        errs = (
            distances_km(g.lat, g.lon, [c.lat for c in cands], [c.lon for c in cands]).tolist()
            if cands
            else []
        )
        return Record(corpus, g, place, error_km, cands, [float(d) for d in errs])

    def candidates(self, surface: str) -> list[Any]:
        from mapper.errors import MapperError

        if surface not in self.cache:
            try:
                found = self.gaz.search(surface, limit=CEILING_LIMIT)
            except MapperError:
                found = []
            self.cache[surface] = [c.place for c in found]
        return self.cache[surface]


def evaluate_resolution(corpus: Corpus, resolve: Resolve, ceiling: _Ceiling) -> ResolutionResult:
    """Score ``resolve`` on the corpus's gold spans that have coordinates."""
    answers: list[Any] = []
    golds: list[Gold] = []
    elapsed = 0.0
    for i, doc in enumerate(corpus.docs):
        if not doc.spans:
            continue
        spans = list(doc.spans)
        t0 = time.perf_counter()
        mentions = resolve(doc.text, spans)  # the resolver sees text and spans, nothing else
        elapsed += time.perf_counter() - t0
        answers.extend(_place_of(m) for m in _align(list(mentions), spans))
        by_span = {(g.start, g.end): g for g in corpus.resolved_gold(i)}
        golds.extend(by_span[s] for s in spans)

    # Scoring: the only place gold coordinates and ids are read.
    points = [(p.lat, p.lon) if p is not None else None for p in answers]
    errs = errors_km(points, golds)
    res = ResolutionResult(n=len(golds))
    res.acc161 = acc_at_km(errs)
    res.auc = auc(errs)
    resolved = [e for e in errs if e is not None]
    res.mean_km, res.median_km = _mean(resolved), _median(resolved)
    res.unresolved = len(errs) - len(resolved)
    with_ids = [(g, p) for g, p in zip(golds, answers, strict=True) if g.geonameid]
    res.n_with_ids = len(with_ids)
    if with_ids:
        hits = sum(p is not None and p.source == f"geonames:{g.geonameid}" for g, p in with_ids)
        res.exact_id = hits / len(with_ids)
    res.toponyms_per_s = len(golds) / elapsed if elapsed else math.nan
    in_reach = 0
    for g, p, e in zip(golds, answers, errs, strict=True):
        rec = ceiling.record(corpus.name, g, p, e)
        in_reach += rec.in_reach
        res.records.append(rec)
    res.ceiling = in_reach / len(golds) if golds else math.nan
    return res


# --------------------------------------------------------------------------- recognition


@dataclass(slots=True)
class SpanResult:
    """Recognition (and, where the system gives coordinates, resolution) of spans."""

    system: str
    n_gold: int = 0
    n_pred: int = 0
    n_matched: int = 0
    precision: float = math.nan
    recall: float = math.nan
    f1: float = math.nan
    acc161: float = math.nan  #: Over matched spans; NaN when the system gives no coordinates.
    mean_km: float = math.nan
    median_km: float = math.nan
    unresolved: int = 0  #: Predicted spans left out for want of coordinates.
    docs_per_s: float = math.nan
    note: str = ""
    misses: list[tuple[str, Gold, list, list]] = field(default_factory=list)
    false_pos: list[tuple[str, str, int, int, str]] = field(default_factory=list)
    wrong: list[Record] = field(default_factory=list)
    fp_on_unresolved_gold: int = 0

    def to_json(self) -> dict:
        keys = (
            "precision",
            "recall",
            "f1",
            "acc161",
            "mean_km",
            "median_km",
            "n_gold",
            "n_pred",
            "n_matched",
            "unresolved",
            "docs_per_s",
            "fp_on_unresolved_gold",
        )
        out = {k: _clean(getattr(self, k)) for k in keys}
        out["n"] = self.n_matched
        if self.note:
            out["n"] = None
            out["note"] = self.note
        return out


def score_spans(
    system: str,
    gold_docs: Sequence[Sequence[Gold]],
    pred_docs: Sequence[Sequence[tuple[str, int, int, float | None, float | None]]],
    *,
    has_coordinates: bool = True,
    texts: Sequence[str] | None = None,
    unresolved_gold: Sequence[Sequence[Gold]] = (),
    keep_errors: bool = False,
    corpus: str = "",
) -> SpanResult:
    """Score predicted ``(surface, start, end, lat, lon)`` spans against gold, per document."""
    res = SpanResult(system)
    matched_errs: list[float | None] = []
    for d, (gold, all_pred) in enumerate(zip(gold_docs, pred_docs, strict=True)):
        pred = list(all_pred)
        unresolved: list[tuple[str, int, int]] = []
        if has_coordinates:  # EUPEG's convention: a span without coordinates is no output
            unresolved = [(p[0], p[1], p[2]) for p in pred if p[3] is None]
            pred = [p for p in pred if p[3] is not None]
            res.unresolved += len(unresolved)
        g_spans = [(g.surface, g.start, g.end) for g in gold]
        p_spans = [(p[0], p[1], p[2]) for p in pred]
        pairs = match_spans(g_spans, p_spans)
        res.n_gold += len(gold)
        res.n_pred += len(pred)
        res.n_matched += len(pairs)
        points = [(pred[j][3], pred[j][4]) if pred[j][3] is not None else None for _, j in pairs]
        errs = errors_km(points, [gold[i] for i, _ in pairs])
        matched_errs.extend(errs)
        matched_pred = {j for _, j in pairs}
        unmatched = [p_spans[j] for j in range(len(pred)) if j not in matched_pred]
        if unresolved_gold:
            extra = [(g.surface, g.start, g.end) for g in unresolved_gold[d]]
            on_extra = {j for _, j in match_spans(extra, unmatched)}
            res.fp_on_unresolved_gold += len(on_extra)
        if keep_errors:
            matched_gold = {i for i, _ in pairs}
            for i, g in enumerate(gold):
                if i not in matched_gold:
                    res.misses.append((corpus, g, p_spans, unresolved))
            text = texts[d] if texts is not None else ""
            extra_g = unresolved_gold[d] if unresolved_gold else ()
            for surface, start, end in unmatched:
                kind = _fp_kind(text, surface, start, end, gold, extra_g)
                res.false_pos.append((corpus, surface, start, end, kind))
            for (i, j), e in zip(pairs, errs, strict=True):
                if e is None or e > ACC_KM:
                    res.wrong.append(
                        Record(corpus, gold[i], pred[j][5] if len(pred[j]) > 5 else None, e, [], [])
                    )
    res.precision, res.recall, res.f1 = prf(res.n_matched, res.n_pred, res.n_gold)
    if has_coordinates:
        res.acc161 = acc_at_km(matched_errs)
        res.mean_km, res.median_km = _mean(matched_errs), _median(matched_errs)
    return res


def evaluate_end_to_end(corpus: Corpus, parse: Parse) -> SpanResult:
    """Run ``parse`` on every document and score its spans and places."""
    preds = []
    elapsed = 0.0
    for doc in corpus.docs:
        t0 = time.perf_counter()
        mentions = parse(doc.text)
        elapsed += time.perf_counter() - t0
        row = []
        for m in mentions:
            p = _place_of(m)
            row.append((m.surface, m.start, m.end, p.lat if p else None, p.lon if p else None, p))
        preds.append(row)
    res = score_spans(
        "mapper",
        [corpus.resolved_gold(i) for i in range(len(corpus.docs))],
        preds,
        texts=[d.text for d in corpus.docs],
        unresolved_gold=[tuple(g for g in gs if not g.resolved) for gs in corpus.gold],
        keep_errors=True,
        corpus=corpus.name,
    )
    res.docs_per_s = len(corpus.docs) / elapsed if elapsed else math.nan
    return res


_WORD = re.compile(r"\w")


def geotext_spans(text: str, names: Iterable[str]) -> list[tuple[str, int, int]]:
    """Return ``(surface, start, end)`` for names geotext returned, in their text order.

    geotext gives names without offsets, in the order it found them. Each name is
    placed at its next exact, case-sensitive occurrence at or after the end of the
    previous one of the same list, skipping occurrences inside a longer word (a
    letter or digit right before or after).

    Examples
    --------
    >>> geotext_spans("Paris, not Parisian Paris.", ["Paris", "Paris"])
    [('Paris', 0, 5), ('Paris', 20, 25)]
    """
    out = []
    cursor = 0
    for name in names:
        pos = text.find(name, cursor)
        while pos >= 0:
            before = text[pos - 1] if pos else " "
            after = text[pos + len(name)] if pos + len(name) < len(text) else " "
            if not _WORD.match(before) and not _WORD.match(after):
                break
            pos = text.find(name, pos + 1)
        if pos < 0:
            continue
        out.append((name, pos, pos + len(name)))
        cursor = pos + len(name)
    return out


def evaluate_geotext(corpus: Corpus) -> SpanResult:
    """Score geotext's cities, countries and nationalities as recognised spans."""
    try:
        from geotext import GeoText
    except ImportError:
        return SpanResult("geotext", note="skipped: geotext is not installed (pip install geotext)")
    preds = []
    elapsed = 0.0
    for doc in corpus.docs:
        t0 = time.perf_counter()
        found = GeoText(doc.text)
        elapsed += time.perf_counter() - t0
        spans = set()
        for names in (found.cities, found.countries, found.nationalities):
            spans.update(geotext_spans(doc.text, names))
        preds.append([(s, a, b, None, None) for s, a, b in sorted(spans, key=lambda t: t[1:])])
    res = score_spans(
        "geotext",
        [corpus.resolved_gold(i) for i in range(len(corpus.docs))],
        preds,
        has_coordinates=False,
    )
    res.docs_per_s = len(corpus.docs) / elapsed if elapsed else math.nan
    return res


def evaluate_stored(corpus: Corpus, baselines_dir: Path) -> list[SpanResult]:
    """Score every stored ``<corpus>_<System>.txt`` against ``<corpus>_gold.txt``.

    Gold offsets are snapped to the corpus text like the XML's (TR-News' shifted spans,
    GeoVirus' 1-based offsets); system offsets are left as the systems wrote them.
    """
    if not baselines_dir.is_dir():
        return []
    files = {
        p.stem.split("_", 1)[1]: p
        for p in sorted(baselines_dir.glob("*_*.txt"))
        if p.stem.split("_", 1)[0].casefold() == corpus.name.casefold()
    }
    if "gold" not in files:
        return []
    n = len(corpus.docs)
    gold_out = read_outputs(files.pop("gold"))
    if len(gold_out) < n:
        return [
            SpanResult(
                "stored outputs", note=f"skipped: {len(gold_out)} gold lines for {n} documents"
            )
        ]
    gold_docs = [
        [_gold_from_output(o, doc.text) for o in outs]
        for outs, doc in zip(gold_out[:n], corpus.docs, strict=True)
    ]
    results = []
    for system, path in sorted(files.items(), key=lambda kv: kv[0].casefold()):
        outs = read_outputs(path)[:n]
        outs += [[] for _ in range(n - len(outs))]
        preds = [[(o.surface, o.start, o.end, o.lat, o.lon) for o in doc] for doc in outs]
        results.append(score_spans(f"{system} (stored 2019)", gold_docs, preds))
    return results


def _gold_from_output(o: Output, text: str) -> Gold:
    snapped = snap_span(text, o.start, o.end, o.surface) or (o.start, o.end)
    return Gold(
        snapped[0],
        snapped[1],
        o.surface,
        lat=o.lat,
        lon=o.lon,
        name=o.name,
        shift=snapped[0] - o.start,
    )


# --------------------------------------------------------------------------- failure kinds

_PCL = ("PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCLH", "TERR")
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "president",
    "judge",
    "officer",
    "sgt",
    "lt",
    "capt",
    "coach",
    "rev",
    "sheriff",
    "mayor",
    "chief",
    "deputy",
    "prof",
    "professor",
    "minister",
    "secretary",
    "king",
    "queen",
    "prince",
    "pope",
}
_FACILITY_WORDS = {
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "lane",
    "highway",
    "hwy",
    "school",
    "high",
    "elementary",
    "university",
    "college",
    "hospital",
    "church",
    "center",
    "centre",
    "department",
    "police",
    "fire",
    "company",
    "corp",
    "inc",
    "club",
    "bank",
    "airport",
    "park",
    "hall",
    "times",
    "post",
    "news",
    "herald",
    "tribune",
    "journal",
    "district",
    "board",
    "council",
    "association",
    "institute",
    "museum",
}
_FUNCTION_WORDS = set(
    "the a an we i you he she it they this that these those to as at in on of for from by "
    "with and but or if when while after before along none all one two three four five six "
    "seven eight nine ten here there our my his her their its so no not yes".split()
)
#: Month and weekday names and their abbreviations ("Sept.", "Tues"), whole words only:
#: "Maryland" or "Monroe" begins like one and is no date.
_MONTHS = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?",
    re.IGNORECASE,
)
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ch", "ean")


def _demonyms() -> frozenset[str]:
    try:
        from geotext import GeoText
    except ImportError:
        return frozenset()
    return frozenset(GeoText.index.nationalities)


_DEMONYM_SET: frozenset[str] | None = None


def is_demonym(surface: str, gold: Gold | None = None) -> bool:
    """Guess whether a surface is a demonym or adjective ("Turkish", "Russian")."""
    global _DEMONYM_SET
    if _DEMONYM_SET is None:
        _DEMONYM_SET = _demonyms()
    low = surface.strip().casefold()
    if low in _DEMONYM_SET or low.rstrip("s") in _DEMONYM_SET:
        return True
    if gold is not None and gold.name and gold.fcode in (*_PCL, "CONT", "ADM1", "RGN"):
        name = gold.name.casefold()  # "Iran" for "Islamic Republic of Iran" is no demonym
        return low not in name and low.endswith(_DEMONYM_ENDINGS) and "." not in low
    return False


def is_abbreviation(surface: str) -> bool:
    """Guess whether a surface is an abbreviation ("U.S.", "NSW", "B.C.")."""
    s = surface.strip()
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and ("." in s or (s.isupper() and len(letters) <= 4))


def gold_kind(g: Gold, right: Any = None, namesake: Any = None) -> str:
    """Name the kind of a gold toponym.

    From its GeoNames feature code where the corpus gives one (LGL, TR-News), else from
    the kind of the gazetteer candidate within 161 km of gold (``right``), else from the
    kind of the gazetteer's top candidate for the name (``namesake``).
    """
    fc, cls = g.fcode, g.fclass
    if fc:
        if fc in _PCL:
            return "country"
        if fc == "ADM1":
            return "first-level region"
        if fc == "ADM2":
            return "US county" if g.country == "United States" else "second-level region"
        if fc.startswith("ADM"):
            return "other administrative division"
        if cls == "P":
            return "populated place"
        if fc == "CONT":
            return "continent"
        return {
            "H": "water body",
            "L": "area or region (park, area, region)",
            "S": "facility (airport, building)",
            "T": "terrain (mountain, island)",
            "R": "road or railway",
            "V": "forest or vegetation",
            "U": "undersea feature",
        }.get(cls, f"other ({fc})")
    place = right if right is not None else namesake
    if place is not None:
        return {
            "city": "populated place",
            "country": "country",
            "region": "first-level region",
            "continent": "continent",
        }.get(place.kind, place.kind)
    return "kind unknown (no feature code, no candidate)"


def _right(rec: Record) -> Any:
    """Return the best-ranked candidate within 161 km of gold, or None."""
    for c, d in zip(rec.candidates, rec.candidate_errors_km, strict=True):
        if d <= ACC_KM:
            return c
    return None


def record_kind(rec: Record) -> str:
    """Return the gold kind of a scored toponym (see :func:`gold_kind`)."""
    return gold_kind(rec.gold, _right(rec), rec.candidates[0] if rec.candidates else None)


def _surface_prefix(g: Gold) -> str:
    if is_demonym(g.surface, g):
        return "demonym: "
    if is_abbreviation(g.surface):
        return "abbreviation: "
    return ""


def resolution_kind(rec: Record) -> str:
    """Name why a resolution failed (the record is a miss at 161 km)."""
    r = _right(rec)
    kind = record_kind(rec)
    prefix = _surface_prefix(rec.gold)
    p = rec.place
    if p is None:
        if not rec.candidates:
            return f"{prefix}not in gazetteer: {kind}"
        if r is not None:
            return f"{prefix}no answer though the right place is a candidate: {kind}"
        return f"{prefix}no answer; only namesakes in gazetteer: {kind}"
    if r is not None:
        if p.kind != r.kind:
            return f"{prefix}picked a {p.kind} instead of the {r.kind}"
        if p.country != r.country:
            return f"{prefix}picked a namesake in another country: {kind}"
        return f"{prefix}picked a namesake in the same country: {kind}"
    if kind in ("country", "first-level region", "continent") and p.kind in (
        "country",
        "region",
        "continent",
    ):
        return f"{prefix}{kind} representative point too far"
    return f"{prefix}right place not in gazetteer, a namesake picked: {kind}"


def _missed_kind(
    g: Gold,
    pred_spans: list[tuple[str, int, int]],
    unresolved: list[tuple[str, int, int]],
    ceiling: _Ceiling,
) -> str:
    kind = record_kind(ceiling.record("", g, None, None))
    if match_spans([(g.surface, g.start, g.end)], unresolved):
        return f"missed span: recognised but left unresolved: {kind}"
    overlap = any(s < g.end and g.start < e for _, s, e in pred_spans)
    if overlap:
        return "missed span: found with other boundaries"
    return f"missed span: {_surface_prefix(g)}{kind}"


def _fp_kind(
    text: str, surface: str, start: int, end: int, gold: Sequence[Gold], extra: Sequence[Gold]
) -> str:
    if any(g.start < end and start < g.end for g in gold):
        return "false positive span: other boundaries than a gold span"
    if any(g.start < end and start < g.end for g in extra):
        return "false positive span: gold span without coordinates (not an error)"
    if surface[:1].islower():
        return "false positive span: lower-case word"
    before = text[max(start - 40, 0) : start]
    after = text[end : end + 40]
    prev_word = re.search(r"(\w+)\.?\s+$", before)
    next_word = re.match(r"\s+(\w+)", after)
    if prev_word and prev_word.group(1).casefold() in _TITLES:
        return "false positive span: person name (after a title)"
    if re.match(r"\s*,?\s+(said|says|told|added|asked|wrote|explained|noted)\b", after):
        return "false positive span: person name (before 'said', 'told'...)"
    if surface.strip().casefold() in _FUNCTION_WORDS:
        return "false positive span: function word or number word"
    at_start = not text[:start].strip() or re.search(r"[.!?:\"“”\n—–-]\s*$", before)
    if " " not in surface.strip() and at_start:
        return "false positive span: capitalised word at a sentence start"
    if _MONTHS.fullmatch(surface):
        return "false positive span: month or weekday"
    if next_word and next_word.group(1).casefold() in _FACILITY_WORDS:
        return "false positive span: part of a street, facility or organisation name"
    if next_word and next_word.group(1)[:1].isupper() and not re.match(r"\s*[,.;:]", after):
        return "false positive span: part of a longer name (person or organisation)"
    if (
        prev_word
        and prev_word.group(1)[:1].isupper()
        and not re.search(r"[.!?\"”]\s+\w+\.?\s+$", before)
    ):
        return "false positive span: part of a longer name (person or organisation)"
    if is_demonym(surface):
        return "false positive span: demonym not annotated"
    return "false positive span: other"


def _distance_bucket(error_km: float | None) -> str:
    if error_km is None:
        return "unresolved"
    for limit, label in (
        (161, "0-161 km"),
        (500, "161-500 km"),
        (1000, "500-1,000 km"),
        (3000, "1,000-3,000 km"),
    ):
        if error_km <= limit:
            return label
    return "over 3,000 km"


def _example(rec: Record) -> str:
    g, p = rec.gold, rec.place
    gold = f"gold {g.name or g.surface!r}" + (f" ({g.fcode})" if g.fcode else "")
    if p is None:
        return f"{g.surface!r}: no answer; {gold}"
    where = ", ".join(x for x in (p.kind, p.admin1, p.country) if x)
    return f"{g.surface!r} → {p.name} ({where}), {rec.error_km:,.0f} km off; {gold}"


def failure_analysis(
    resolution: dict[str, ResolutionResult],
    end_to_end: dict[str, SpanResult],
    ceiling: _Ceiling,
) -> list[tuple[str, str, Counter, str]]:
    """Return ``(stage, kind, counts per corpus, example)`` per error kind, commonest first."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for name, res in resolution.items():
        for rec in res.records:
            if rec.correct:
                continue
            key = ("resolution", resolution_kind(rec))
            counts[key][name] += 1
            examples[key][_example(rec)] += 1
    for name, res in end_to_end.items():
        for _, g, preds, unresolved in res.misses:
            key = ("recognition", _missed_kind(g, preds, unresolved, ceiling))
            counts[key][name] += 1
            examples[key][f"{g.surface!r}" + (f" ({g.fcode})" if g.fcode else "")] += 1
        for _, surface, _, _, kind in res.false_pos:
            key = ("recognition", kind)
            counts[key][name] += 1
            examples[key][repr(surface)] += 1
    rows = []
    for key, c in counts.items():
        example, times = examples[key].most_common(1)[0]
        rows.append((key[0], key[1], c, f"{example} (×{times})"))
    rows.sort(key=lambda r: (-sum(r[2].values()), r[0], r[1]))
    return rows


def write_failures(
    path: Path,
    system: System,
    resolution: dict[str, ResolutionResult],
    end_to_end: dict[str, SpanResult],
    ceiling: _Ceiling,
    limit: int | None,
    top: int = 20,
) -> None:
    """Write the failure analysis as Markdown (toponym strings only, never corpus sentences)."""
    rows = failure_analysis(resolution, end_to_end, ceiling)
    names = list(resolution)
    lines = [
        "# Where mapper's geoparsing fails (generated by `python -m bench.geoparse`)",
        "",
        f"- resolution: {system.resolve_label}",
        f"- end to end: {system.parse_label}",
        f"- documents: {'all' if limit is None else f'first {limit} per corpus'}",
        "- an error is a gold toponym answered more than 161 km away or not at all "
        "(resolution only, gold spans given), a gold span not matched or a predicted span "
        "matching no gold span (recognition, EUPEG's rule: same surface ignoring case, "
        "midpoints under 10 characters apart);",
        "- kinds come from the gold GeoNames feature code (LGL, TR-News), whether a "
        f"gazetteer candidate (`search(surface, limit={CEILING_LIMIT})`) lies within 161 km of "
        "gold, the kinds and countries of the answer and of that candidate, and surface "
        "shape (demonym, abbreviation). GeoVirus has no feature codes: its gold kind is the "
        "kind of the candidate within 161 km, else of the top candidate for the name. "
        "False positives are sorted by their surroundings (a title before, a capitalised "
        "word next to them, sentence start). Examples are the commonest instance, as "
        "`surface → answer; gold`.",
        "",
        f"## The {top} commonest error kinds",
        "",
        "| # | stage | kind | " + " | ".join(names) + " | total | example |",
        "| --- | --- | --- | " + " | ".join("---:" for _ in names) + " | ---: | --- |",
    ]
    for k, (stage, kind, c, example) in enumerate(rows[:top], start=1):
        cells = " | ".join(f"{c[n]:,}" for n in names)
        lines.append(f"| {k} | {stage} | {kind} | {cells} | {sum(c.values()):,} | {example} |")
    if not end_to_end:
        lines += ["", f"Recognition errors are absent: {system.parse_label}."]

    lines += [
        "",
        "## Resolution misses by distance",
        "",
        "| corpus | n | " + " | ".join(_BUCKETS) + " |",
        "| --- | ---: | " + " | ".join("---:" for _ in _BUCKETS) + " |",
    ]
    for name, res in resolution.items():
        b = Counter(_distance_bucket(r.error_km) for r in res.records)
        lines.append(f"| {name} | {res.n:,} | " + " | ".join(f"{b[x]:,}" for x in _BUCKETS) + " |")

    lines += [
        "",
        "## Resolution by gold kind (Acc@161 and gazetteer ceiling)",
        "",
        "| corpus | gold kind | n | Acc@161 | ceiling | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, res in resolution.items():
        groups: dict[str, list[Record]] = defaultdict(list)
        for r in res.records:
            kind = record_kind(r)
            if is_demonym(r.gold.surface, r.gold):
                kind = "demonym"
            groups[kind].append(r)
        for kind, recs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            acc = sum(r.correct for r in recs) / len(recs)
            ceil = sum(r.in_reach for r in recs) / len(recs)
            errors = sum(not r.correct for r in recs)
            lines.append(
                f"| {name} | {kind} | {len(recs):,} | {acc:.3f} | {ceil:.3f} | {errors:,} |"
            )

    lines += [
        "",
        "## All error kinds",
        "",
        "| stage | kind | " + " | ".join(names) + " |",
        "| --- | --- | " + " | ".join("---:" for _ in names) + " |",
    ]
    for stage, kind, c, _ in rows:
        lines.append(f"| {stage} | {kind} | " + " | ".join(f"{c[n]:,}" for n in names) + " |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_BUCKETS = ("161-500 km", "500-1,000 km", "1,000-3,000 km", "over 3,000 km", "unresolved")


# --------------------------------------------------------------------------- output


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _f(value: float, digits: int = 3) -> str:
    return "—" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def _km(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:,.0f}"


def _rate(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:,.0f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    out = []
    for k, row in enumerate([header, *rows]):
        cells = [
            str(c).ljust(w) if i < 2 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def format_report(
    system: System,
    corpora: list[Corpus],
    resolution: dict[str, ResolutionResult],
    spans: dict[str, list[SpanResult]],
) -> str:
    """Return the plain-text tables printed by the harness."""
    parts = ["Geoparsing evaluation (python -m bench.geoparse)", ""]
    parts.append(
        "Corpora: "
        + "; ".join(
            f"{c.name} {len(c.docs)} docs, {sum(len(d.spans) for d in c.docs)} gold toponyms with "
            f"coordinates ({c.snapped} spans snapped to their phrase, {c.dropped} dropped)"
            for c in corpora
        )
    )
    parts += ["", f"Resolution only, gold spans given. Resolver: {system.resolve_label}", ""]
    rows = []
    for name, r in resolution.items():
        rows.append(
            [
                name,
                "mapper" if system.resolve is not baseline_resolve_spans else "fallback",
                f"{r.n:,}",
                _f(r.acc161),
                _km(r.mean_km),
                _km(r.median_km),
                _f(r.auc),
                _f(r.exact_id),
                _f(r.ceiling),
                f"{r.unresolved:,}",
                _rate(r.toponyms_per_s),
            ]
        )
    parts.append(
        _table(
            [
                "corpus",
                "system",
                "n",
                "Acc@161",
                "mean km",
                "median km",
                "AUC",
                "id match",
                "ceiling",
                "unresolved",
                "toponyms/s",
            ],
            rows,
        )
    )
    parts += [
        "",
        "Acc@161: share within 161 km (unresolved = miss); mean/median km over resolved "
        "toponyms; AUC: CamCoder's, unresolved = 20,039 km, lower is better; id match: exact "
        "GeoNames id, over gold with ids; ceiling: share of gold with a candidate within "
        f"161 km among search(surface, limit={CEILING_LIMIT}); speed: warm, one process.",
        "",
        f"End to end, spans scored with EUPEG's rule: same surface ignoring case and "
        f"midpoints less than {MIDPOINT_CHARS} characters apart, one to one; gold = spans "
        "with coordinates. Acc@161 and km over matched spans (not comparable across "
        "recall levels). Predicted spans without coordinates are left out (EUPEG's "
        "convention; 'unresolved' counts them). mapper: " + system.parse_label,
        "",
    ]
    rows = []
    notes = []
    for name, results in spans.items():
        for r in results:
            if r.note:
                notes.append(f"  {name} {r.system}: {r.note}")
                continue
            rows.append(
                [
                    name,
                    r.system,
                    _f(r.precision),
                    _f(r.recall),
                    _f(r.f1),
                    _f(r.acc161),
                    _km(r.mean_km),
                    _km(r.median_km),
                    f"{r.n_matched:,}",
                    f"{r.unresolved:,}",
                    _rate(r.docs_per_s),
                ]
            )
    parts.append(
        _table(
            [
                "corpus",
                "system",
                "P",
                "R",
                "F1",
                "Acc@161",
                "mean km",
                "median km",
                "matched",
                "unresolved",
                "docs/s",
            ],
            rows,
        )
    )
    parts += notes
    parts += [
        "",
        "geotext: cities, countries and nationalities, placed at the next exact whole-word "
        "occurrence of each returned name in text order (it gives no offsets or "
        "coordinates); docs/s times GeoText(text) only. Stored outputs: scored against "
        "<corpus>_gold.txt with its offsets snapped to the text like the XML's.",
    ]
    return "\n".join(parts)


def to_json(
    resolution: dict[str, ResolutionResult],
    spans: dict[str, list[SpanResult]],
    system: System,
) -> dict:
    """Return the figures under the documented keys (plus extras)."""
    out: dict[str, Any] = {}
    for name, res in resolution.items():
        results = spans.get(name, [])
        ours = next((r for r in results if r.system == "mapper"), None)
        e2e_keys = ("precision", "recall", "f1", "acc161", "n")
        end_to_end = ours.to_json() if ours else {k: None for k in e2e_keys}
        if ours is None:
            end_to_end["note"] = system.parse_label
        out[name] = {
            "resolution": res.to_json(),
            "end_to_end": end_to_end,
            "docs_per_s": _clean(ours.docs_per_s) if ours else None,
            "toponyms_per_s": _clean(res.toponyms_per_s),
            "resolver": system.resolve_label,
            "others": {r.system: r.to_json() for r in results if r.system != "mapper"},
        }
    return out


# --------------------------------------------------------------------------- CLI


def _corpus_paths(args: argparse.Namespace) -> list[tuple[str, Path]]:
    if args.corpus:
        known = {(EVAL_DIR / rel).resolve(): name for name, rel in DEFAULT_CORPORA.items()}
        return [(known.get(Path(p).resolve(), Path(p).stem), Path(p)) for p in args.corpus]
    return [
        (name, EVAL_DIR / rel) for name, rel in DEFAULT_CORPORA.items() if (EVAL_DIR / rel).exists()
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.geoparse",
        description="Measure mapper's geoparsing on LGL, TR-News and GeoVirus beside geotext "
        "and the stored outputs of nine geoparsers.",
        epilog="Example: python -m bench.geoparse --limit 20 --json /tmp/geoparse.json",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        help="a corpus XML in the LGL (or GeoVirus) schema; repeatable; "
        "default: the three corpora in ../shared/eval/",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents per corpus")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--no-baselines",
        action="store_true",
        help="skip the stored outputs in ../shared/eval/baselines/",
    )
    parser.add_argument("--no-geotext", action="store_true", help="skip geotext")
    parser.add_argument(
        "--failures",
        metavar="FILE",
        default=str(DEFAULT_FAILURES),
        help="where to write the failure analysis (Markdown); default: bench/results/failures.md",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the harness; return the exit status."""
    args = build_parser().parse_args(argv)
    if args.limit is not None and args.limit < 1:
        print(f"Error: --limit must be at least 1, got {args.limit}", file=sys.stderr)
        return 1
    paths = _corpus_paths(args)
    if not paths:
        print(
            f"No corpora at {EVAL_DIR} and no --corpus given: nothing to evaluate.", file=sys.stderr
        )
        return 0
    missing = [str(p) for _, p in paths if not p.is_file()]
    if missing:
        print(f"Error: no corpus file at {', '.join(missing)}", file=sys.stderr)
        return 1
    corpora = [read_corpus(p, name).limit(args.limit) for name, p in paths]

    system = load_system()
    from mapper.gazetteer import default_gazetteer

    default_gazetteer()  # build or open the index before any timing (not the answers)
    # Warm the process before timing: the first text loads the word lists, name tables and
    # patterns a parse reads lazily (once per process). Each timed pass below still starts
    # without the gazetteer's answers (clear_cache), so no name is looked up for free.
    system.resolve(WARM_UP_TEXT, [(0, 5), (10, 16)])
    if system.parse is not None:
        system.parse(WARM_UP_TEXT)
    ceiling = _Ceiling()
    resolution: dict[str, ResolutionResult] = {}
    spans: dict[str, list[SpanResult]] = {}
    ours: dict[str, SpanResult] = {}
    gazetteer = default_gazetteer()
    for corpus in corpora:
        # each timed pass starts without the answers of the last, and without the garbage
        # the harness left scoring other systems' outputs (collected during a pass, it
        # charged that pass with the harness's own objects)
        gazetteer.clear_cache()
        gc.collect()
        resolution[corpus.name] = evaluate_resolution(corpus, system.resolve, ceiling)
        results = []
        if system.parse is not None:
            gazetteer.clear_cache()
            gc.collect()
            ours[corpus.name] = evaluate_end_to_end(corpus, system.parse)
            results.append(ours[corpus.name])
        else:
            results.append(SpanResult("mapper", note=system.parse_label))
        if not args.no_geotext:
            results.append(evaluate_geotext(corpus))
        if not args.no_baselines:
            results.extend(evaluate_stored(corpus, EVAL_DIR / "baselines"))
        spans[corpus.name] = results

    print(format_report(system, corpora, resolution, spans))
    if args.failures:
        write_failures(Path(args.failures), system, resolution, ours, ceiling, args.limit)
        print(f"\nFailure analysis written to {args.failures}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(to_json(resolution, spans, system), indent=2) + "\n", encoding="utf-8"
        )
        print(f"Figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
