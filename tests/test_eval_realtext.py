"""The real-text harnesses (bench/claims_eval.py, bench/journeys_eval.py, bench/realtext.py).

Matching and scoring are tested on small records written for this file, with the expected
counts worked out by hand beside each case; the development sets themselves are never
copied here. Distances use points on the equator, where the WGS84 geodesic between
longitudes is the equatorial radius times the angle: 6378.137 km x 0.1 deg x pi / 180 =
11.132 km per 0.1 deg (0.2 deg: 22.264 km, within 25 km; 0.3 deg: 33.396 km, beyond).
A short slice of both harnesses runs on the real files only when ../shared/eval/ exists.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is not installed with the package
    sys.path.insert(0, str(ROOT))

from bench import claims_eval, journeys_eval, realtext  # noqa: E402
from bench.claims_eval import (  # noqa: E402
    ClaimOutcome,
    failure_kinds,
    figures_agree,
    gold_claims,
    match_claims,
    measured_right,
    score_row,
)
from bench.journeys_eval import (  # noqa: E402
    GoldStop,
    align_stops,
    alternative_links,
    date_right,
    on_not_stop,
    score_passage,
    stop_km,
    why_missed,
)
from bench.realtext import Count, fold, format_metrics, part_of, select, split_sizes  # noqa: E402
from mapper.model import Mention, Place, Stop  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval"
#: WGS84 equatorial radius times 0.1 degree in radians: the km between (0, x) and (0, x + 0.1).
KM_PER_TENTH_DEG = 6378.137 * math.radians(0.1)  # 11.132 km


def place(lon: float, name: str = "P", kind: str = "city", lat: float = 0.0) -> Place:
    return Place(name, lat=lat, lon=lon, kind=kind)


# --------------------------------------------------------------------------- realtext


def test_split_is_by_the_first_byte_of_the_ids_sha1():
    # SHA-1("x1") begins with byte 0x16 = 22 (< 77: measure); SHA-1("x2") with 0xd4 = 212.
    assert (part_of("x1"), part_of("x2")) == ("measure", "tune")
    records = [{"id": "x1"}, {"id": "x2"}, {"id": "x3"}]  # SHA-1("x3") begins with 21
    assert [r["id"] for r in select(records, "measure")] == ["x1", "x3"]
    assert [r["id"] for r in select(records, "tune")] == ["x2"]
    assert split_sizes(records) == {"tune": 1, "measure": 2, "all": 3}


def test_select_names_the_parts_on_a_bad_one():
    with pytest.raises(ValueError, match=r"part must be one of \('tune', 'measure', 'all'\)"):
        select([], "test")


@pytest.mark.parametrize(
    ("count", "cell", "as_json"),
    [
        (Count(7, 17), "0.412  7/17", {"rate": 7 / 17, "hits": 7, "n": 17}),
        (Count(0, 0), "—  0/0", {"rate": None, "hits": 0, "n": 0}),
    ],
)
def test_count_prints_its_rate_beside_its_counts(count, cell, as_json):
    assert count.cell() == cell
    assert count.to_json() == as_json


def test_count_rejects_more_hits_than_items():
    with pytest.raises(ValueError, match="need 0 <= hits <= n, got hits=3, n=2"):
        Count(3, 2)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Ébène-sur-Mer", "ebene sur mer"),
        ("  ÅLESUND ", "alesund"),
        ("Aville, D.C.", "aville d c"),
    ],
)
def test_fold_drops_case_accents_and_punctuation(name, folded):
    assert fold(name) == folded


def test_format_metrics_puts_a_part_in_two_columns():
    table = format_metrics(
        [("a", "alpha"), ("f", "f1")],
        {"tune": {"a": Count(1, 4), "f": 0.5}, "all": {"a": Count(0, 0), "f": math.nan}},
    )
    assert table.splitlines() == [
        "metric   tune    n  all    n",
        "------  -----  ---  ---  ---",
        "alpha   0.250  1/4    —  0/0",
        "f1      0.500         —",
    ]


def test_resolve_data_accepts_the_eval_folder_or_the_files_folder(tmp_path):
    nested = tmp_path / "claims"
    nested.mkdir()
    (nested / "claims_dev.jsonl").write_text("", encoding="utf-8")
    assert realtext.resolve_data(tmp_path, "claims", "claims_dev.jsonl") == (
        nested / "claims_dev.jsonl"
    )
    assert realtext.resolve_data(nested, "claims", "claims_dev.jsonl") == (
        nested / "claims_dev.jsonl"
    )


# --------------------------------------------------------------------------- claims: fakes


@dataclass(frozen=True)
class FakeEndpoint:
    text: str


@dataclass(frozen=True)
class FakeClaim:
    start: int
    end: int
    phrase: str
    stated_km: float
    low: float
    high: float
    unit: str = "km"
    conversion: tuple[float, str] | None = None
    qualifier: str | None = None
    direction: str | None = None
    origin: FakeEndpoint | None = None
    target: FakeEndpoint | None = None


@dataclass(frozen=True)
class FakeCheck:
    claim: FakeClaim
    origin: Place | None = None
    target: Place | None = None
    measured_km: float | None = None
    verdict: str = "unresolved"
    unresolved_reason: str | None = None


def fake(text: str, phrase: str, value: float, unit: str = "km", **check) -> FakeCheck:
    """A check of ``phrase`` (its first occurrence in ``text``) stating ``value`` in ``unit``."""
    start = text.index(phrase)
    km = value * {"km": 1.0, "mi": 1.609344}[unit]
    claim_fields = {
        k: check.pop(k) for k in ("conversion", "origin_text", "target_text") if k in check
    }
    claim = FakeClaim(
        start,
        start + len(phrase),
        phrase,
        km,
        value,
        value,
        unit,
        claim_fields.get("conversion"),
        origin=FakeEndpoint(claim_fields["origin_text"]) if "origin_text" in claim_fields else None,
        target=FakeEndpoint(claim_fields["target_text"]) if "target_text" in claim_fields else None,
    )
    return FakeCheck(claim, **check)


def gold(stated: str, stated_km, *, a=None, b=None, ref_a=None, ref_b=None, km=None, verdict=None):
    return {
        "stated": stated,
        "stated_km": stated_km,
        "a": a,
        "b": b,
        "ref_a": ref_a,
        "ref_b": ref_b,
        "geodesic_km": km,
        "direction": None,
        "straight_line_verdict": verdict,
        "is_route": False,
    }


# --------------------------------------------------------------------------- claims: gold


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("pronoun: previous sentence 'Tarbes lies in the Pyrenees.' needed",
         "Tarbes lies in the Pyrenees."),
        ('anaphora: previous sentence "Tarbes lies in the Pyrenees." gives it',
         "Tarbes lies in the Pyrenees."),
        ("anaphora: previous sentence \u201cTarbes lies in the Pyrenees.\u201d gives it",
         "Tarbes lies in the Pyrenees."),
        ("the previous sentence is not quoted", ""),
        # cut short with no stop of its own, or introduced by "earlier:"
        ('previous sentence "Tarbes lies in the Pyrenees below the high passes of the Bigo" cut',
         "Tarbes lies in the Pyrenees below the high passes of the Bigo"),
        ("'it' = Tarbes (earlier: 'Tarbes lies in the Pyrenees.')",
         "Tarbes lies in the Pyrenees."),
        # a few words with no stop are a phrase, not a sentence
        ("previous sentence 'the Pyrenees' read", ""),
        # the page's own line break inside the quote
        ('previous sentence "Tarbes lies in the\nPyrenees." kept', "Tarbes lies in the\nPyrenees."),
    ],
)  # fmt: skip
def test_context_reads_the_previous_sentence_in_any_quotes(note, sentence):
    assert claims_eval.context_of({"note": note}) == sentence


def test_context_is_never_words_of_the_row_itself():
    row = {
        "note": "previous sentence 'It lies 10 km from Pau.' is this row",
        "text": "It lies 10 km from Pau.",
    }
    assert claims_eval.context_of(row) == ""


def test_gold_claims_take_successive_occurrences_of_a_repeated_phrase():
    text = "A is 10 km from B, and C is 10 km from D."
    row = {"id": "r", "text": text, "claims": [gold("10 km", 10.0), gold("10 km", 10.0)]}
    # "10 km" starts at 5 and at 28 (counted by hand: "A is " is 5 characters).
    assert [g.span for g in gold_claims(row)] == [(5, 10), (28, 33)]


def test_gold_claims_accept_either_side_of_a_conversion_and_both_range_ends():
    text = "It lies 25 miles (40 km) north of Aville, and 30 to 45 km from Btown."
    row = {
        "id": "r",
        "text": text,
        "claims": [
            gold("25 miles (40 km)", 40.0),
            gold("30 to 45 km", [30.0, 45.0]),
            gold("less than a mile", [0.0, 1.609]),
        ],
    }
    conversion, span, bound = gold_claims(row)
    # 25 miles = 25 x 1.609344 = 40.2336 km; 40 km as written.
    assert conversion.figures_km == (40.0, 40.2336)
    assert conversion.span == (8, 24)
    assert span.figures_km == (30.0, 45.0)
    assert bound.figures_km == (1.609,)  # the zero end of a bound is no figure
    assert bound.span is None  # the phrase is not in the text
    assert conversion.verdict == "unresolved" and conversion.unnamed


@pytest.mark.parametrize(
    ("gold_km", "found_km", "agree"),
    [
        ([640.0], [643.0], True),  # 3 km apart, 0.5 % of 640 is 3.2
        ([640.0], [644.0], False),  # 4 km apart
        ([40.0, 40.2336], [40.2336], True),  # the miles side of a conversion
        ([30.0, 40.0], [40.1], True),  # a range end, 0.25 % off
        ([], [10.0], False),
        # a gold figure rounded to 0.1 km: 3 mi = 4.828 km written 4.8 (0.028 km off)
        ([4.8], [4.828032], True),
        ([4.8], [4.86], False),  # 0.06 km off: beyond both the rounding and 0.5 %
    ],
)
def test_figures_agree_within_half_a_percent(gold_km, found_km, agree):
    assert figures_agree(gold_km, found_km) is agree


def test_check_figures_include_range_ends_and_the_conversion():
    text = "It lies 25 miles (40 km) away."
    check = fake(text, "25 miles", 25.0, "mi", conversion=(40.0, "km"))
    assert claims_eval.check_figures_km(check) == pytest.approx((40.2336, 40.0))


def test_match_claims_needs_the_figure_and_an_overlap_and_is_one_to_one():
    text = "A is 10 km from B; C is 20 km from D; later, 10 km more."
    row = {"id": "r", "text": text, "claims": [gold("10 km", 10.0), gold("20 km", 20.0)]}
    golds = gold_claims(row)
    checks = [
        fake(text, "later, 10 km", 10.0),  # 0: the right figure, elsewhere: no overlap
        fake(text, "20 km", 21.0),  # 1: on the second gold claim, another figure
        fake(text, "is 10 km", 10.0),  # 2: the first gold claim
        fake(text, "10 km from", 10.0),  # 3: overlaps the first gold claim as widely
    ]
    # Gold 0 spans 5..10. Check 2 spans 2..10 (overlap 5), check 3 spans 5..15 (overlap 5):
    # a tie, broken by check order, so check 2 takes it and check 3 stays over.
    assert match_claims(golds, checks) == [(0, 2)]


def test_claims_tied_on_one_figure_pair_by_their_ends():
    # "A and B, 320 km from X": two gold claims on one figure, found in the other order;
    # the tie on overlap goes to the pair whose target lies where the gold puts it
    text = "We saw Cienfuegos and Trinidad, 320 km from Havana."
    row = {
        "id": "r",
        "text": text,
        "claims": [
            gold("320 km", 320.0, a="Trinidad", ref_a=[21.80, -79.98]),
            gold("320 km", 320.0, a="Cienfuegos", ref_a=[22.15, -80.45]),
        ],
    }
    cienfuegos = Place("Cienfuegos", lat=22.15, lon=-80.44)
    trinidad = Place("Trinidad", lat=21.80, lon=-79.98)
    checks = [
        fake(text, "320 km", 320.0, target=cienfuegos),
        fake(text, "320 km", 320.0, target=trinidad),
    ]
    assert match_claims(gold_claims(row), checks) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("measured", "geodesic", "right"),
    [(100.9, 100.0, True), (101.1, 100.0, False), (5.9, 5.0, True), (None, 5.0, False)],
)
def test_measured_right_within_one_percent_or_one_km(measured, geodesic, right):
    assert measured_right(measured, geodesic) is right


# --------------------------------------------------------------------------- claims: scores


def claim_rows():
    """Six rows; the expected counts are worked out in test_summarise_counts_by_hand."""
    t1 = "Aville is 100 km from Btown."
    t2 = "Cville is 50 km from Dtown."
    t3 = "The quake hit 12 km north of Etown."
    t4 = "Fville is 70 km from Gtown, and 5 km from the sea."
    t5 = "The road is 40 km long."
    t6 = "A bridge 3 km long."
    rows = [
        {
            "id": "p1",
            "text": t1,
            "claims": [
                gold(
                    "100 km",
                    100.0,
                    a="Aville",
                    b="Btown",
                    ref_a=[0, 0],
                    ref_b=[0, 1],
                    km=100.0,
                    verdict="consistent",
                )
            ],
        },
        {
            "id": "p2",
            "text": t2,
            "claims": [
                gold(
                    "50 km",
                    50.0,
                    a="Cville",
                    b="Dtown",
                    ref_a=[0, 0],
                    ref_b=[0, 1],
                    km=50.0,
                    verdict="overstated",
                )
            ],
        },
        {"id": "p3", "text": t3, "claims": [gold("12 km", 12.0, b="Etown", ref_b=[0, 2])]},
        {
            "id": "p4",
            "text": t4,
            "claims": [
                gold("70 km", 70.0, a="Fville", b="Gtown", ref_a=[0, 0], ref_b=[0, 1], km=70.0)
            ],
        },
        {"id": "n1", "text": t5, "claims": []},
        {"id": "n2", "text": t6, "claims": []},
    ]
    checks = [
        # p1: both places on their refs, 100.5 km within 1 %: right, verdict agrees.
        [
            fake(
                t1,
                "100 km",
                100.0,
                target=place(0.0),
                origin=place(1.0),
                measured_km=100.5,
                verdict="consistent",
                target_text="Aville",
                origin_text="Btown",
            )
        ],
        # p2: the target 0.3 deg (33 km) off its ref, origin right, 60 km measured.
        [
            fake(
                t2,
                "50 km",
                50.0,
                target=place(0.3),
                origin=place(1.0),
                measured_km=60.0,
                verdict="understated",
                target_text="Cville",
                origin_text="Dtown",
            )
        ],
        # p3: an unnamed end, reported unresolved: right.
        [fake(t3, "12 km", 12.0, origin=place(2.0), origin_text="Etown")],
        # p4: the gold claim missed; another claim found on "5 km".
        [fake(t4, "5 km", 5.0)],
        # n1: a claim on a negative row; n2: nothing.
        [fake(t5, "40 km", 40.0)],
        [],
    ]
    return rows, checks


def test_summarise_counts_by_hand():
    rows, checks = claim_rows()
    outcomes = [score_row(r, c) for r, c in zip(rows, checks, strict=True)]
    got = {k: (v.hits, v.n) for k, v in claims_eval.summarise(outcomes).items()}
    assert got == {
        "figure_recall": (3, 4),  # p1, p2, p3 matched; p4 not
        "found_matched": (3, 5),  # five checks found, three matched
        "false_on_negative": (1, 2),  # n1 reported something, n2 did not
        "both_endpoints": (1, 3),  # p1 of p1, p2, p4
        "target": (1, 3),  # p2's target 33 km off, p4 unmatched
        "origin": (3, 4),  # p1, p2, p3 (its named end) of p1, p2, p3, p4
        "measured_km": (1, 3),  # p1; p2 60 vs 50; p4 unmatched
        "unresolved_unnamed": (1, 1),  # p3
        "verdict": (2, 3),  # p1 consistent; p2 understated, not overstated; p3 unresolved
        "right": (2, 4),  # p1 and p3
    }


def test_failure_kinds_name_what_went_wrong():
    rows, checks = claim_rows()
    outcomes = [score_row(r, c) for r, c in zip(rows, checks, strict=True)]
    items = claims_eval.failures(outcomes)
    assert [(row, kind) for row, kind, _, _ in items] == [
        ("p2", "target: right words, resolved to a place over 25 km away"),
        ("p4", "figure missed (km)"),
        ("p4", "extra claim on a positive row"),
        ("n1", "claim reported on a negative row"),
    ]


def test_swapped_endpoints_are_named_as_such():
    text = "Aville is 100 km from Btown."
    row = {
        "id": "s",
        "text": text,
        "claims": [gold("100 km", 100.0, a="Aville", b="Btown", ref_a=[0, 0], ref_b=[0, 1])],
    }
    check = fake(text, "100 km", 100.0, target=place(1.0), origin=place(0.0), measured_km=111.3)
    outcome = score_row(row, [check]).claims[0]
    assert isinstance(outcome, ClaimOutcome) and not outcome.right
    assert failure_kinds(outcome) == ["target and origin swapped"]


# --------------------------------------------------------------------------- journeys


def gstop(lon, status="confirmed", *, name="X", place_name="X, Land", date=None, mode=None):
    return GoldStop(name, place_name, 0.0, lon, status, date, mode)


@pytest.mark.parametrize(
    ("gold_stop", "found", "km"),
    [
        (gstop(0.0), place(0.2), 2 * KM_PER_TENTH_DEG),  # 22.3 km: within 25
        (gstop(0.0), place(0.3), None),  # 33.4 km: beyond
        # an area-level stop: by name at any distance ...
        (
            gstop(0.0, name="Ruritania", place_name="Ruritania (country)"),
            place(4.0, "Ruritania"),
            4 * 10 * KM_PER_TENTH_DEG,
        ),
        # ... or a found area within 500 km (445 km here), but not a found city
        (
            gstop(0.0, place_name="Ruritania (country)"),
            place(4.0, "R", "country"),
            4 * 10 * KM_PER_TENTH_DEG,
        ),
        (gstop(0.0, place_name="Ruritania (country)"), place(4.0, "R", "city"), None),
        # the mark ends the name part, before the country: "Hawaii (region), USA"
        (
            gstop(0.0, name="Bosk", place_name="Bosk (region), Ruritania"),
            place(4.0, "Bosk", "region"),
            4 * 10 * KM_PER_TENTH_DEG,
        ),
        (gstop(0.0, place_name="Ruritania (country)"), place(5.0, "R", "country"), None),
        # a stop with no single point ("the Bosk Ice Shelf"): by its name only
        (GoldStop("Bosk", "Bosk", None, None, "confirmed", None, None), place(4.0, "Bosk"), 0.0),
        (GoldStop("Bosk", "Bosk", None, None, "confirmed", None, None), place(0.0, "R"), None),
    ],
)
def test_stop_km_is_25_km_or_area_by_name_or_500_km(gold_stop, found, km):
    got = stop_km(gold_stop, found)
    assert got == (None if km is None else pytest.approx(km, rel=1e-9))


def test_align_prefers_order_then_picks_up_the_rest():
    golds = [gstop(0.0), gstop(1.0), gstop(2.0)]
    found = [place(2.0), place(0.0), place(1.0)]  # found order: third, first, second
    # In order, gold 0 -> found 1 and gold 1 -> found 2 (two pairs); gold 2 -> found 0
    # is then picked up out of order.
    assert align_stops(golds, found) == {0: 1, 1: 2, 2: 0}


def test_align_takes_the_nearer_of_two_candidates():
    # Both found stops lie within 25 km of the gold one: 22.3 km and 11.1 km.
    assert align_stops([gstop(0.0)], [place(0.2), place(0.1)]) == {0: 1}


@pytest.mark.parametrize(
    ("text", "statuses", "links"),
    [
        ("They may go to Aa, Bb or Cc.", "sss", {0, 1}),
        ("They may go to Aa or Bb, and then Cc.", "sss", {0}),
        ("They will visit Aa, Bb and Cc.", "sss", set()),  # a list without "or": ordered
        ("They may go to Aa or Bb.", "cs", set()),  # a confirmed stop is no alternative
        ("Either Bb or Aa.", "ss", {0}),  # named in the other order
    ],
)
def test_alternative_links_need_speculated_stops_joined_by_or(text, statuses, links):
    names = ["Aa", "Bb", "Cc"][: len(statuses)]
    status = {"s": "speculated", "c": "confirmed"}
    stops = [gstop(0.0, status[s], name=n) for n, s in zip(names, statuses, strict=True)]
    assert alternative_links(text, stops) == links


@pytest.mark.parametrize(
    ("gold_date", "found", "right"),
    [
        ("2021-03-04", "2021-03-04", True),
        ("2021-03-04", "2021-03-05", False),
        ("2001-09", "2001-09-14", True),  # a month: any day of it
        ("2021-03-04", "", False),
        (None, "2021-03-04", False),
    ],
)
def test_date_right_reads_to_the_golds_precision(gold_date, found, right):
    assert date_right(gold_date, found) is right


@pytest.mark.parametrize(
    ("name", "not_stops", "on"),
    [
        ("Aville", ["aville"], True),
        ("Aville", ["Aville Gazette"], True),  # whole words inside a name
        ("Avi", ["Aville City"], False),  # not part of a word
        ("Aville", [], False),
    ],
)
def test_on_not_stop_by_folded_name(name, not_stops, on):
    assert on_not_stop(name, not_stops) is on


def journey_rows():
    text = "Left Aville on 3 May; reached Btown; may go on to Cville or Dville. Eland."
    row = {
        "id": "j1",
        "text": text,
        "gold": {
            "stops": [
                {"name": "Aville", "place": "Aville, X", "lat": 0.0, "lon": 0.0,
                 "status": "confirmed", "date": "2020-05-03", "mode_in": None},
                {"name": "Btown", "place": "Btown, X", "lat": 0.0, "lon": 1.0,
                 "status": "confirmed", "date": None, "mode_in": "rail"},
                {"name": "Cville", "place": "Cville, X", "lat": 0.0, "lon": 2.0,
                 "status": "speculated", "date": None, "mode_in": "road"},
                {"name": "Dville", "place": "Dville, X", "lat": 0.0, "lon": 3.0,
                 "status": "speculated", "date": None, "mode_in": "road"},
            ],
            "not_stops": ["Eland"],
        },
    }  # fmt: skip
    empty = {
        "id": "j2",
        "text": "Nothing here.",
        "gold": {
            "stops": [{"name": "Fton", "place": "Fton, X", "lat": 10.0, "lon": 0.0,
                       "status": "confirmed", "date": None, "mode_in": None}],
            "not_stops": [],
        },
    }  # fmt: skip
    stops = [
        Stop(place(0.0, "Aville"), "origin", "confirmed", "2020-05-03", mode="rail"),
        Stop(place(3.0, "Dville"), "destination", "speculated", mode="unknown"),
        Stop(place(2.0, "Cville"), "destination", "speculated", mode="road"),
        Stop(place(9.0, "Eland"), "stop", "confirmed", mode="rail"),
    ]
    return [row, empty], [stops, []]


def test_journey_summary_counts_by_hand():
    rows, stops = journey_rows()
    outcomes = [score_passage(r, s) for r, s in zip(rows, stops, strict=True)]
    # Passage 1: Aville, Cville, Dville matched (Btown missed); Eland is a false stop on a
    # not-stop. Passage 2: no stop.
    assert outcomes[0].pairs == {0: 0, 2: 2, 3: 1}
    assert outcomes[0].links == {2}  # "Cville or Dville": a set
    got = journeys_eval.summarise(outcomes)
    counts = {k: (v.hits, v.n) for k, v in got.items() if isinstance(v, Count)}
    assert counts == {
        "precision": (3, 4),
        "recall": (3, 5),
        # consecutive gold pairs: (A, B) B unmatched; (B, C) B unmatched; (C, D) a set
        "order": (0, 0),
        "status": (3, 3),
        "mode": (1, 2),  # Cville road = road; Dville road vs unknown; Aville has no mode_in
        "date": (1, 1),  # Aville
        "empty": (1, 2),
        "false_on_not_stop": (1, 1),
    }
    # F1 = 2 x 0.75 x 0.6 / 1.35
    assert got["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_order_counts_consecutive_pairs_outside_sets():
    rows, stops = journey_rows()
    row = dict(rows[0], text="Left Aville; reached Btown; then Cville and later Dville.")
    outcome = score_passage(row, [*stops[0][:1], Stop(place(1.0)), *stops[0][1:3]])
    # ours: Aville, Btown, Dville, Cville. Gold pairs (A, B) in order, (B, C) in order,
    # (C, D) out of order (no "or" in this text, so no set): 2 of 3.
    assert outcome.ordered() == [True, True, False]


@pytest.mark.parametrize(
    ("mentions", "why"),
    [
        (None, "named stop (no geoparser to say more)"),
        ([], "name not recognised as a place"),
        ([Mention("Aville", 0, 6, None)], "name recognised, left unresolved"),
        ([Mention("Aville", 0, 6, place(5.0))], "name resolved to another place"),
        ([Mention("Aville", 0, 6, place(0.0))], "resolved right, not taken as a confirmed stop"),
        (
            [Mention("Aville", 0, 6, place(0.0, kind="region"))],
            "resolved right to an area (region), not taken as a stop",
        ),
    ],
)
def test_why_missed_reads_the_geoparsers_mentions(mentions, why):
    assert why_missed(gstop(0.0, name="Aville"), mentions) == why


# --------------------------------------------------------------------------- the CLIs


@pytest.mark.parametrize("module", ["bench.claims_eval", "bench.journeys_eval"])
def test_cli_help_runs_as_a_module(module):
    out = subprocess.run(
        [sys.executable, "-m", module, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith(f"usage: python -m {module} [-h] [--part {{tune,measure,all}}]")
    assert f"Example: python -m {module} --part tune --failures" in out


@pytest.mark.parametrize("harness", [claims_eval, journeys_eval])
def test_cli_without_data_skips_cleanly(harness, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(realtext, "EVAL_DIR", tmp_path / "absent")
    assert harness.main([]) == 0
    assert "nothing to evaluate" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("harness", "name"), [(claims_eval, "claims_dev.jsonl"), (journeys_eval, "journeys_dev.jsonl")]
)
def test_cli_names_a_data_folder_without_the_file(harness, name, capsys, tmp_path):
    assert harness.main(["--data", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"Error: no {name} in {tmp_path}\n"


def assert_rates_in_unit_interval(figures: dict, parts: list[str]) -> None:
    assert list(figures["parts"]) == parts
    for part, metrics in figures["parts"].items():
        for key, value in metrics.items():
            rate = value["rate"] if isinstance(value, dict) else value
            assert rate is None or 0.0 <= rate <= 1.0, (part, key, rate)
    assert figures["seconds"] >= 0.0


def test_claims_cli_runs_on_a_file_given_by_folder(tmp_path, capsys):
    # The project's own sentences (mapper.claims' docstring), with gold written here.
    rows = [
        {"id": "x1", "text": "Harbin is about 900 km from Dalian.",
         "claims": [gold("about 900 km", 900.0, a="Harbin", b="Dalian")]},
        {"id": "x3", "text": "The high-speed train reached 350 km/h.", "claims": []},
    ]  # fmt: skip
    (tmp_path / "claims_dev.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    out_json = tmp_path / "out.json"
    assert claims_eval.main(["--data", str(tmp_path), "--json", str(out_json), "--failures"]) == 0
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["sizes"] == {"tune": 0, "measure": 2, "all": 2}  # SHA-1 begins 22 and 21
    assert_rates_in_unit_interval(figures, ["tune", "measure", "all"])
    assert figures["parts"]["all"]["figure_recall"]["n"] == 1
    out = capsys.readouterr().out
    assert "Failure kinds on the tune part (0 items; measure part not listed)" in out


def test_journeys_cli_runs_on_one_part(tmp_path):
    # The project's own example (mapper.journey's docstring), with gold written here.
    text = "The train left Vladivostok. It arrived in Khabarovsk."
    row = {
        "id": "x2",
        "text": text,
        "gold": {
            "stops": [
                {"name": "Vladivostok", "place": "Vladivostok, Russia", "lat": 43.1056,
                 "lon": 131.8735, "status": "confirmed", "date": None, "mode_in": None},
                {"name": "Khabarovsk", "place": "Khabarovsk, Russia", "lat": 48.4827,
                 "lon": 135.0838, "status": "confirmed", "date": None, "mode_in": "rail"},
            ],
            "not_stops": [],
        },
    }  # fmt: skip
    folder = tmp_path / "journeys"
    folder.mkdir()
    (folder / "journeys_dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    out_json = tmp_path / "out.json"
    argv = ["--data", str(tmp_path), "--part", "tune", "--json", str(out_json)]
    assert journeys_eval.main(argv) == 0
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["sizes"] == {"tune": 1, "measure": 0, "all": 1}  # SHA-1("x2") begins 212
    assert_rates_in_unit_interval(figures, ["tune"])


@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="../shared/eval/ is not beside this checkout")
@pytest.mark.parametrize(
    ("harness", "rel"),
    [(claims_eval, "claims/claims_dev.jsonl"), (journeys_eval, "journeys/journeys_dev.jsonl")],
)
def test_harness_slice_on_the_real_development_sets(harness, rel, tmp_path, capsys):
    if not (EVAL_DIR / rel).is_file():
        pytest.skip(f"../shared/eval/{rel} is absent")
    out_json = tmp_path / "slice.json"
    assert harness.main(["--limit", "6", "--json", str(out_json)]) == 0
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["sizes"]["all"] == 6
    assert_rates_in_unit_interval(figures, ["tune", "measure", "all"])
    assert "metric" in capsys.readouterr().out
