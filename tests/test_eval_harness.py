"""The geoparsing evaluation harness (bench/geoparse.py, bench/corpora.py).

Metric expectations are hand computations written down beside each case. The corpora
themselves are never copied here: the readers are tested on tiny documents written for
this file, and a short slice of the real harness runs only when ../shared/eval/ exists.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is not installed with the package
    sys.path.insert(0, str(ROOT))

from bench import geoparse as harness  # noqa: E402
from bench.corpora import Gold, read_corpus, read_outputs, snap_span  # noqa: E402
from bench.geoparse import (  # noqa: E402
    acc_at_km,
    auc,
    geotext_spans,
    match_spans,
    prf,
)

EVAL_DIR = ROOT.parent / "shared" / "eval"
#: The scaled value of the largest error in CamCoder's AUC: log(1 + 20039) / log(20039),
#: a hair above 1 (CamCoder divides by log(20039), not log(20040)).
TOP = math.log(20040.0) / math.log(20039.0)

# --------------------------------------------------------------------------- metrics


@pytest.mark.parametrize(
    ("errors_km", "expected"),
    [
        ([0.0, 160.0, 162.0], 2 / 3),  # 162 km is past 100 miles
        ([161.0], 1.0),  # "within 161 km" includes 161
        ([0.0, None], 0.5),  # unresolved is a miss
        ([], math.nan),
    ],
)
def test_acc_at_161_counts_errors_up_to_161_km(errors_km, expected):
    got = acc_at_km(errors_km)
    assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("errors_km", "expected"),
    [
        ([0.0, 0.0, 0.0], 0.0),  # no error: no area
        ([20039.0, 20039.0], TOP),  # the largest error
        ([None, None], TOP),  # unresolved counts as the largest error
        ([50000.0], TOP),  # errors past half the circumference are clipped
        # sorted scaled errors [0, TOP]: one trapezoid of area TOP / 2, over n - 1 = 1
        ([20039.0, 0.0], TOP / 2),
        # sorted scaled errors [0, 0, TOP]: trapezoids 0 + TOP / 2, over n - 1 = 2
        ([0.0, 20039.0, 0.0], TOP / 4),
        # one error of e - 1 km scales to 1 / log(20039)
        ([math.e - 1.0], 1.0 / math.log(20039.0)),
    ],
)
def test_auc_is_camcoders_normalised_trapezoid(errors_km, expected):
    assert auc(errors_km) == pytest.approx(expected, abs=1e-12)


def test_auc_of_no_errors_is_nan():
    assert math.isnan(auc([]))


@pytest.mark.parametrize(
    ("gold", "pred", "pairs"),
    [
        # same surface ignoring case, midpoints 2.5 and 3.5: matched
        ([("Paris", 0, 5)], [("PARIS", 1, 6)], [(0, 0)]),
        # midpoints 2.5 and 12.0, 9.5 apart: matched; 2.5 and 12.5, 10 apart: not
        ([("Paris", 0, 5)], [("Paris", 9, 15)], [(0, 0)]),
        ([("Paris", 0, 5)], [("Paris", 10, 15)], []),
        # different surfaces never match, even on the same offsets
        ([("Paris", 0, 5)], [("Paris, Texas", 0, 12)], []),
        # one to one: the closest prediction takes the gold span, the other stays unmatched
        ([("Rome", 10, 14)], [("Rome", 4, 8), ("Rome", 11, 15)], [(0, 1)]),
        # two gold spans, two predictions: each gold gets its nearest
        ([("Rome", 0, 4), ("Rome", 8, 12)], [("rome", 9, 13), ("Rome", 0, 4)], [(0, 1), (1, 0)]),
        # surrounding white space is ignored
        ([("Rome", 0, 4)], [(" Rome ", 0, 6)], [(0, 0)]),
    ],
)
def test_match_spans_follows_eupegs_rule(gold, pred, pairs):
    assert match_spans(gold, pred) == pairs


def test_match_spans_threshold_is_strictly_less_than_ten():
    # midpoints 2.5 and 12.0 are 9.5 apart: a match under EUPEG's rule
    assert match_spans([("ab", 2, 3)], [("AB", 11, 13)]) == [(0, 0)]
    # midpoints 2.5 and 12.5: exactly 10 apart, no match
    assert match_spans([("ab", 2, 3)], [("AB", 12, 13)]) == []


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((3, 4, 6), (0.75, 0.5, 0.6)),  # F1 = 2 * 0.75 * 0.5 / 1.25
        ((0, 5, 5), (0.0, 0.0, 0.0)),
        ((4, 4, 4), (1.0, 1.0, 1.0)),
    ],
)
def test_prf_from_counts(counts, expected):
    assert prf(*counts) == pytest.approx(expected)


def test_prf_without_predictions_has_no_precision():
    p, r, f1 = prf(0, 0, 3)
    assert math.isnan(p) and r == 0.0 and math.isnan(f1)


# --------------------------------------------------------------------------- readers


@pytest.mark.parametrize(
    ("start", "end", "phrase", "expected"),
    [
        (3, 9, "Ankara", (3, 9)),  # exact: unchanged
        (0, 6, "Ankara", (3, 9)),  # shifted by 3: snapped
        (3, 9, "Izmir", None),  # absent: dropped
    ],
)
def test_snap_span_moves_to_the_nearest_exact_occurrence(start, end, phrase, expected):
    assert snap_span("at Ankara today", start, end, phrase) == expected


def test_snap_span_gives_up_beyond_60_characters():
    text = "x" * 61 + "Ankara"
    assert snap_span(text, 0, 6, "Ankara") is None
    assert snap_span(text, 1, 7, "Ankara") == (61, 67)


def test_snap_span_prefers_the_nearest_of_two_occurrences():
    text = "Rome, then Rome again"  # occurrences at 0 and 11
    assert snap_span(text, 9, 13, "Rome") == (11, 15)
    assert snap_span(text, 2, 6, "Rome") == (0, 4)


LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <title>Not part of the text</title>
    <text><![CDATA[Springfield police met in Sangamon County. Officials from Quux came.]]></text>
    <toponyms>
      <toponym>
        <start>0</start><end>11</end><phrase>Springfield</phrase>
        <gaztag geonameid="4250542">
          <name>Springfield</name><fclass>P</fclass><fcode>PPLA</fcode>
          <lat>39.80172</lat><lon>-89.64371</lon>
          <country geonameid="6252001">United States</country>
          <admin1 geonameid="4896861">Illinois</admin1>
        </gaztag>
      </toponym>
      <toponym>
        <start>22</start><end>37</end><phrase>Sangamon County</phrase>
        <gaztag geonameid="4248862">
          <name>Sangamon County</name><fclass>A</fclass><fcode>ADM2</fcode>
          <lat>39.75817</lat><lon>-89.65887</lon>
          <country geonameid="6252001">United States</country>
        </gaztag>
      </toponym>
      <toponym>
        <start>58</start><end>62</end><phrase>Quux</phrase>
      </toponym>
    </toponyms>
  </article>
  <article docid="8">
    <text><![CDATA[No places here.]]></text>
    <toponyms count="0"></toponyms>
  </article>
</articles>
"""

GEOVIRUS_XML = """<articles>
    <article>
        <source>https://example.org/story</source>
        <text>Cases rose in Lagos and Kano.</text>
        <locations>
            <location>
                <name>Lagos</name><start>15</start><end>20</end>
                <lat>6.45</lat><lon>3.39</lon>
                <page>https://en.wikipedia.org/wiki/Lagos</page>
            </location>
            <location>
                <name>Kano</name><start>25</start><end>29</end>
                <lat>12</lat><lon>8.52</lon>
                <page>https://en.wikipedia.org/wiki/Kano</page>
            </location>
        </locations>
    </article>
</articles>
"""


def test_read_lgl_schema_snaps_shifted_spans_and_keeps_gold_apart(tmp_path):
    path = tmp_path / "tiny_lgl.xml"
    path.write_text(LGL_XML, encoding="utf-8")
    corpus = read_corpus(path)
    assert (corpus.name, corpus.schema, len(corpus.docs)) == ("tiny_lgl", "lgl", 2)
    doc = corpus.docs[0]
    # "Sangamon County" really starts at 26, not 22 (the TR-News trap): snapped by 4.
    assert doc.spans == ((0, 11), (26, 41))  # the span without gaztag is not given
    assert [doc.text[s:e] for s, e in doc.spans] == ["Springfield", "Sangamon County"]
    assert (corpus.snapped, corpus.dropped) == (1, 0)
    gold = corpus.gold[0]
    assert [g.surface for g in gold] == ["Springfield", "Sangamon County", "Quux"]
    assert gold[0] == Gold(
        0,
        11,
        "Springfield",
        39.80172,
        -89.64371,
        "4250542",
        "Springfield",
        "P",
        "PPLA",
        "United States",
    )
    assert gold[1].shift == 4 and gold[1].fcode == "ADM2"
    assert not gold[2].resolved
    assert [g.surface for g in corpus.resolved_gold(0)] == ["Springfield", "Sangamon County"]
    assert corpus.docs[1].spans == () and corpus.gold[1] == ()
    # The document a resolver receives carries no answers.
    assert not hasattr(doc, "lat") and set(doc.__slots__) == {"docid", "text", "spans"}


def test_read_geovirus_schema_converts_one_based_offsets(tmp_path):
    path = tmp_path / "tiny_geovirus.xml"
    path.write_text(GEOVIRUS_XML, encoding="utf-8")
    corpus = read_corpus(path, name="GV")
    assert (corpus.name, corpus.schema, corpus.snapped) == ("GV", "geovirus", 0)
    doc = corpus.docs[0]
    assert doc.spans == ((14, 19), (24, 28))  # 1-based 15..20 -> 0-based 14..19
    assert [doc.text[s:e] for s, e in doc.spans] == ["Lagos", "Kano"]
    lagos = corpus.gold[0][0]
    assert (lagos.lat, lagos.lon, lagos.geonameid) == (6.45, 3.39, "")
    assert lagos.page.endswith("/Lagos")
    assert corpus.limit(0).docs == []


def test_read_outputs_parses_eupeg_lines(tmp_path):
    path = tmp_path / "X_System.txt"
    path.write_text(
        "Paris,,Paris,,48.85,,2.35,,0,,5||No Gaz,,Sioux Falls, S.D.,,,,,,10,,27||\n"
        "\n"
        "Bad,,Michigan,,1080.0,,1500.0,,3,,11||Rome,,Rome,,41.9,,12.5,,20,,24,,2873.0||\n",
        encoding="utf-8",
    )
    docs = read_outputs(path)
    assert [len(d) for d in docs] == [2, 0, 2]
    paris, sioux = docs[0]
    assert (paris.surface, paris.start, paris.end, paris.lat, paris.lon) == (
        "Paris",
        0,
        5,
        48.85,
        2.35,
    )
    assert (sioux.surface, sioux.lat, sioux.lon, sioux.name) == (
        "Sioux Falls, S.D.",
        None,
        None,
        "No Gaz",
    )
    bad, rome = docs[2]
    assert (bad.lat, bad.lon) == (None, None)  # out of range: read as unresolved
    assert (rome.surface, rome.start, rome.end, rome.lat) == ("Rome", 20, 24, 41.9)


def test_geotext_spans_finds_whole_words_in_order():
    text = "Parisian news: Paris, then Paris again; Nice is nice."
    assert geotext_spans(text, ["Paris", "Paris", "Nice"]) == [
        ("Paris", 15, 20),
        ("Paris", 27, 32),
        ("Nice", 40, 44),
    ]
    assert geotext_spans(text, ["Lyon"]) == []


# --------------------------------------------------------------------------- scoring


def test_resolution_scoring_sees_only_text_and_spans(tmp_path):
    from mapper.model import Mention, Place

    path = tmp_path / "tiny_lgl.xml"
    path.write_text(LGL_XML, encoding="utf-8")
    corpus = read_corpus(path)
    calls = []

    def resolver(text, spans):
        calls.append((text, spans))
        springfield = Place("Springfield", lat=39.80172, lon=-89.64371)  # exact
        chicago = Place("Chicago", lat=41.85003, lon=-87.65005, source="geonames:4887398")
        return [Mention(text[s:e], s, e, springfield if s == 0 else chicago) for s, e in spans]

    res = harness.evaluate_resolution(corpus, resolver, harness._Ceiling())
    assert calls == [(corpus.docs[0].text, [(0, 11), (26, 41)])]  # empty documents skipped
    # Springfield exact; Chicago is about 290 km from Sangamon County's point.
    assert (res.n, res.acc161, res.unresolved) == (2, 0.5, 0)
    assert res.median_km == pytest.approx(res.records[1].error_km / 2)
    assert 250 < res.records[1].error_km < 330
    assert res.exact_id == 0.0 and res.n_with_ids == 2


def test_fallback_resolver_returns_one_mention_per_span():
    mentions = harness.baseline_resolve_spans("Paris and London.", [(0, 5), (10, 16)])
    assert [(m.surface, m.start, m.end) for m in mentions] == [("Paris", 0, 5), ("London", 10, 16)]
    assert [m.place.country for m in mentions] == ["FR", "GB"]


def test_stored_outputs_score_like_the_systems(tmp_path):
    gold = [
        [Gold(0, 5, "Paris", 48.85, 2.35), Gold(10, 16, "London", 51.51, -0.13)],
    ]
    preds = [
        [
            ("paris", 1, 6, 48.86, 2.35),
            ("London", 10, 16, None, None),
            ("Texas", 30, 35, 31.0, -100.0),
        ]
    ]
    res = harness.score_spans("sys", gold, preds)
    # The unresolved London is no output (EUPEG): 1 match of 2 outputs and 2 gold.
    assert (res.n_matched, res.n_pred, res.unresolved) == (1, 2, 1)
    assert (res.precision, res.recall, res.acc161) == (0.5, 0.5, 1.0)


# --------------------------------------------------------------------------- the CLI


def test_cli_help_runs_as_a_module():
    out = subprocess.run(
        [sys.executable, "-m", "bench.geoparse", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith("usage: python -m bench.geoparse [-h] [--corpus PATH]")
    assert "Example: python -m bench.geoparse --limit 20" in out


def test_cli_without_corpora_skips_cleanly(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(harness, "EVAL_DIR", tmp_path / "absent")
    assert harness.main([]) == 0
    assert "nothing to evaluate" in capsys.readouterr().err


def test_cli_names_a_missing_corpus_file(capsys, tmp_path):
    missing = tmp_path / "none.xml"
    assert harness.main(["--corpus", str(missing)]) == 1
    assert capsys.readouterr().err == f"Error: no corpus file at {missing}\n"


def test_cli_evaluates_a_corpus_given_by_path(tmp_path, capsys):
    path = tmp_path / "tiny_lgl.xml"
    path.write_text(LGL_XML, encoding="utf-8")
    out_json = tmp_path / "out.json"
    failures = tmp_path / "failures.md"
    argv = [
        "--corpus",
        str(path),
        "--no-baselines",
        "--no-geotext",
        "--json",
        str(out_json),
        "--failures",
        str(failures),
    ]
    assert harness.main(argv) == 0
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert list(figures) == ["tiny_lgl"]
    assert figures["tiny_lgl"]["resolution"]["n"] == 2
    assert "Resolution only" in capsys.readouterr().out
    assert failures.read_text(encoding="utf-8").startswith("# Where mapper's geoparsing fails")


@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="../shared/eval/ is not beside this checkout")
def test_harness_slice_on_the_real_corpora(tmp_path, capsys):
    out_json = tmp_path / "slice.json"
    failures = tmp_path / "failures.md"
    argv = ["--limit", "3", "--json", str(out_json), "--failures", str(failures)]
    assert harness.main(argv) == 0
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert set(figures) == {"LGL", "TR-News", "GeoVirus"}
    for name, fig in figures.items():
        assert {"resolution", "end_to_end", "docs_per_s", "toponyms_per_s"} <= set(fig), name
        res = fig["resolution"]
        assert {"acc161", "mean_km", "median_km", "auc", "n"} <= set(res)
        assert res["n"] > 0 and 0.0 <= res["acc161"] <= 1.0 and 0.0 <= res["auc"] <= 1.0
        assert {"precision", "recall", "f1", "acc161", "n"} <= set(fig["end_to_end"])
        assert fig["toponyms_per_s"] > 0
    out = capsys.readouterr().out
    assert "CamCoder (stored 2019)" in out and "geotext" in out
    text = failures.read_text(encoding="utf-8")
    assert "## The 20 commonest error kinds" in text


@pytest.mark.parametrize(
    ("surface", "month"),
    [("Sept.", True), ("Tuesday", True), ("Mar", True), ("Maryland", False),
     ("Monroe", False), ("Decatur", False), ("Sunderland", False)],
)  # fmt: skip
def test_failure_analysis_files_only_whole_month_and_day_names_as_dates(surface, month):
    text = f"The vote in {surface} ended."
    start = text.index(surface)
    kind = harness._fp_kind(text, surface, start, start + len(surface), [], [])
    assert (kind == "false positive span: month or weekday") is month
