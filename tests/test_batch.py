"""mapper batch: every input format, every table's rows and their ids, the errors table,
and the errors a user sees for bad inputs and outputs."""

from __future__ import annotations

import argparse
import json

import pandas as pd
import pytest
from geographiclib.geodesic import Geodesic

from mapper.batch import MAX_DOCUMENT_BYTES, TABLES, read_table, run_batch
from mapper.batch.cli import add_parser, run
from mapper.batch.tables import COLUMNS, Rows, mention_row
from mapper.errors import DataError, MapperError
from mapper.html_text import html_to_text as html_text
from mapper.model import Mention
from tests.test_batch_support import (
    DOCS,
    KANO,
    MENTIONS,
    OSLO,
    USSURIYSK,
    VLADIVOSTOK,
    VLADIVOSTOK_LATLON,
    write_folder,
    write_table,
)

#: Coordinates are stored as the gazetteer gives them: a millionth of a degree is plenty.
DEG = 1e-6


def _run(inputs, out, **options):
    options = {"workers": 1, "chunk_size": 2, "progress": False, **options}
    return run_batch([str(i) for i in inputs], out, **options)


# -- a folder of text and HTML files


@pytest.fixture(scope="module")
def folder_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("folder")
    write_folder(root / "in", {"vlad": VLADIVOSTOK, "kano": KANO})
    page = (
        "<html><head><title>Flight to Bergen</title><style>p {color: red}</style>"
        "<script>var city = 'Khabarovsk';</script></head><body><h1>Travel</h1>"
        f"<p>{OSLO}</p></body></html>"
    )
    (root / "in" / "sub").mkdir()
    (root / "in" / "sub" / "oslo.html").write_text(page, encoding="utf-8")
    (root / "in" / "notes.md").write_text("Khabarovsk", encoding="utf-8")  # not read
    result = _run([root / "in"], root / "out")
    return root / "out", result


def test_folder_ids_are_relative_paths_on_every_table(folder_archive):
    out, result = folder_archive
    assert result.documents == 3 and result.errors == 0
    ids = {"vlad.txt", "kano.txt", "sub/oslo.html"}
    assert set(read_table(out, "documents")["id"]) == ids
    mentions = read_table(out, "mentions")
    assert mentions.groupby("id").size().to_dict() == {
        "vlad.txt": MENTIONS["vlad"],
        "kano.txt": MENTIONS["kano"],
        "sub/oslo.html": MENTIONS["oslo"],
    }
    for table in ("claims", "stops", "legs"):
        assert set(read_table(out, table)["id"]) == {"vlad.txt", "sub/oslo.html"}, table


def test_html_text_drops_scripts_and_takes_the_title(folder_archive):
    out, _ = folder_archive
    mentions = read_table(out, "mentions")
    page = mentions[mentions["id"] == "sub/oslo.html"]
    assert list(page["surface"]) == ["Oslo", "Bergen", "Oslo"]  # not the script's Khabarovsk
    docs = read_table(out, "documents").set_index("id")
    assert docs.loc["sub/oslo.html", "title"] == "Flight to Bergen"


def test_mentions_carry_span_place_and_point(folder_archive):
    out, _ = folder_archive
    mentions = read_table(out, "mentions")
    assert mentions.crs.to_epsg() == 4326
    vlad = mentions[mentions["id"] == "vlad.txt"].reset_index(drop=True)
    # "Ussuriysk" first appears at character 57 of the text (counted: VLADIVOSTOK.find)
    first = vlad[vlad["surface"] == "Ussuriysk"].iloc[0]
    assert (
        (first["start"], first["end"])
        == (57, 66)
        == (
            VLADIVOSTOK.find("Ussuriysk"),
            VLADIVOSTOK.find("Ussuriysk") + 9,
        )
    )
    assert (first["name"], first["country"], first["kind"]) == ("Ussuriysk", "RU", "city")
    assert first.geometry.y == pytest.approx(USSURIYSK[0], abs=DEG)
    assert first.geometry.x == pytest.approx(USSURIYSK[1], abs=DEG)
    assert 0.0 < first["confidence"] <= 1.0


def test_claims_match_geographiclib_and_draw_a_line(folder_archive):
    out, _ = folder_archive
    claims = read_table(out, "claims").set_index("id")
    claim = claims.loc["vlad.txt"]
    ref_km = Geodesic.WGS84.Inverse(*VLADIVOSTOK_LATLON, *USSURIYSK)["s12"] / 1000.0
    assert claim["measured_km"] == pytest.approx(ref_km, abs=0.05)
    assert claim["stated_km"] == 100.0
    assert claim["verdict"] == "overstated"  # about 100 km for 78 km
    assert (claim["from_name"], claim["to_name"]) == ("Vladivostok", "Ussuriysk")
    (start, end) = claim.geometry.coords
    assert start == pytest.approx(VLADIVOSTOK_LATLON[::-1], abs=DEG)
    assert end == pytest.approx(USSURIYSK[::-1], abs=DEG)
    assert claims.loc["sub/oslo.html", "verdict"] == "consistent"  # Oslo-Bergen ~306 km


def test_stops_and_legs_in_order(folder_archive):
    out, _ = folder_archive
    stops = read_table(out, "stops")
    vlad = stops[stops["id"] == "vlad.txt"]
    assert list(vlad["order"]) == [1, 2]
    assert list(vlad["name"]) == ["Vladivostok", "Ussuriysk"]
    assert vlad.iloc[1].geometry.x == pytest.approx(USSURIYSK[1], abs=DEG)
    legs = read_table(out, "legs")
    leg = legs[legs["id"] == "vlad.txt"].iloc[0]
    assert (leg["from"], leg["to"], leg["order"]) == ("Vladivostok", "Ussuriysk", 1)
    # a rail leg is drawn along the railway, from station to station: within 3 km of the
    # towns' points
    (lon1, lat1), (lon2, lat2) = leg.geometry.coords[0], leg.geometry.coords[-1]
    assert Geodesic.WGS84.Inverse(lat1, lon1, *VLADIVOSTOK_LATLON)["s12"] < 3000.0
    assert Geodesic.WGS84.Inverse(lat2, lon2, *USSURIYSK)["s12"] < 3000.0
    assert leg["mode"] == "rail" and leg.geometry.length > 0.7  # degrees: follows the track


def test_every_part_file_is_geoparquet_with_the_id_first(folder_archive):
    out, _ = folder_archive
    import pyarrow.parquet as pq

    for table in TABLES:
        parts = sorted((out / table).glob("part-*.parquet"))
        assert [p.name for p in parts] == ["part-00001.parquet", "part-00002.parquet"]
        for part in parts:
            schema = pq.read_schema(part)
            assert schema.names[0] == "id"
            assert (b"geo" in (schema.metadata or {})) == (
                table in ("mentions", "claims", "stops", "legs")
            )


# -- tables


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_table_inputs_keep_ids_dates_and_urls(tmp_path, fmt):
    table = write_table(tmp_path / f"news.{fmt}", DOCS, fmt)
    result = _run([table], tmp_path / "out")
    assert (result.documents, result.errors) == (4, 0)
    docs = read_table(tmp_path / "out", "documents").set_index("id")
    assert docs.loc["oslo", "date"] == "2024-05-02"
    assert docs.loc["kano", "url"] == "https://example.org/kano"
    counts = read_table(tmp_path / "out", "mentions").groupby("id").size()
    assert counts.reindex(list(DOCS), fill_value=0).to_dict() == MENTIONS


def test_a_table_without_ids_numbers_its_rows(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text(f"text\n{KANO}\n{OSLO}\n", encoding="utf-8")
    _run([path], tmp_path / "out")
    assert list(read_table(tmp_path / "out", "documents")["id"]) == [
        "plain.csv:row 1",
        "plain.csv:row 2",
    ]


# -- bad documents go to the errors table


def test_bad_documents_are_recorded_with_their_reason(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", {"good": KANO})
    (folder / "latin1.txt").write_bytes("Khasan – Tumangang".encode("cp1252"))
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "big.txt").write_text("x" * 201, encoding="utf-8")
    (folder / "blank.html").write_text("<html><script>Oslo</script></html>", encoding="utf-8")
    (folder / "parser.html").write_text(f"<p>{OSLO}</p>", encoding="utf-8")
    (folder / "crash.txt").write_text("CRASH in Oslo", encoding="utf-8")

    import mapper.batch.chunk
    import mapper.story

    real_html, real_story = mapper.batch.chunk.html_text, mapper.story.read_story

    def html_fails(markup):
        if "Bergen" in markup:
            raise ValueError("unexpected end of markup")
        return real_html(markup)

    def story_fails(text, **kwargs):
        if text.startswith("CRASH"):
            raise RuntimeError("boom")
        return real_story(text, **kwargs)

    monkeypatch.setattr(mapper.batch.chunk, "html_text", html_fails)
    monkeypatch.setattr(mapper.story, "read_story", story_fails)
    result = _run([folder], tmp_path / "out", max_bytes=200)
    assert (result.documents, result.errors) == (7, 6)
    errors = read_table(tmp_path / "out", "errors").set_index("id")["reason"].to_dict()
    assert errors == {
        "latin1.txt": (
            "not UTF-8 text (byte 7: b'\\x96'); convert it, e.g. iconv -f latin1 -t utf-8"
        ),
        "empty.txt": "empty: it holds no text",
        "big.txt": "over the size limit (more than 200 bytes); split it into its articles",
        "blank.html": "empty: it holds no text once its markup is removed",
        "parser.html": "the HTML parser failed on it (ValueError: unexpected end of markup); "
        "check the page",
        "crash.txt": "reading it failed (RuntimeError: boom); report it",
    }
    assert set(read_table(tmp_path / "out", "errors")["input"]) == {str(folder)}
    # the good document was read, and a bad one left no row in any other table
    assert list(read_table(tmp_path / "out", "documents")["id"]) == ["good.txt"]
    assert set(read_table(tmp_path / "out", "mentions")["id"]) == {"good.txt"}


def test_bad_lines_and_duplicate_ids_in_jsonl(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a", "text": KANO}).encode(),
        b"{not json",
        json.dumps({"id": "b"}).encode(),
        json.dumps({"id": "a", "text": OSLO}).encode(),
        b'{"id": "c", "text": "Oslo \xe9t\xe9"}',
        json.dumps({"id": "d", "text": 42}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = _run([path], tmp_path / "out")
    assert (result.documents, result.errors) == (6, 5)
    errors = read_table(tmp_path / "out", "errors")
    assert list(zip(errors["id"], errors["reason"], strict=True)) == [
        (
            "news.jsonl:line 2",
            "line 2 is not JSON (Expecting property name enclosed in double quotes: line 1 "
            "column 2 (char 1)); give one JSON object a line",
        ),
        (
            "news.jsonl:line 3",
            "line 3 has no 'text' field; give a table with columns id, text and optionally "
            "title, date, url",
        ),
        ("a", "duplicate id: an earlier document has this id; give each its own id"),
        (
            "news.jsonl:line 5",
            "not UTF-8 text (byte 26: b'\\xe9'); convert it, e.g. iconv -f latin1 -t utf-8",
        ),
        ("d", "its text is a int, not a string; give text"),
    ]


def test_csv_rows_that_are_not_utf8_are_errors(tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes(b"id,text\nok," + KANO.encode() + b"\nbad,Caf\xe9 in Oslo\n")
    _run([path], tmp_path / "out")
    errors = read_table(tmp_path / "out", "errors")
    assert list(errors["id"]) == ["bad"]
    assert errors["reason"][0] == (
        "not UTF-8 text (byte 3: b'\\xe9'); convert it, e.g. iconv -f latin1 -t utf-8"
    )


def test_an_unresolved_mention_has_null_place_and_geometry():
    rows = Rows()
    rows.add("mentions", *mention_row("doc", Mention("Zarkovograd", 0, 11, None)))
    frame = rows.frame("mentions")
    assert frame["surface"][0] == "Zarkovograd"
    assert pd.isna(frame["name"][0]) and pd.isna(frame["lat"][0])
    assert frame.geometry[0] is None


def test_claims_columns_are_check_json_fields_flattened(folder_archive):
    from mapper.story import read_story

    (check,) = read_story(OSLO).claims
    expected = ["id"]
    for key, value in check.to_dict().items():
        if key in ("from", "to"):
            fields = [f for f in value if f != "span"] + ["span_start", "span_end"]
            expected += [f"{key}_{f}" for f in fields]
        else:
            expected.append(key)
    assert list(COLUMNS["claims"]) == expected
    assert list(read_table(folder_archive[0], "claims").columns) == [*expected, "geometry"]


def test_the_size_limit_is_the_one_mapper_map_uses():
    from mapper.cli import MAX_ARTICLE_BYTES

    assert MAX_DOCUMENT_BYTES == MAX_ARTICLE_BYTES


# -- errors a user sees


def test_an_input_that_does_not_exist(tmp_path):
    with pytest.raises(DataError) as info:
        _run([tmp_path / "missing.jsonl"], tmp_path / "out")
    assert str(info.value) == (
        f"{tmp_path / 'missing.jsonl'}: no such file or folder; give a folder of .txt/.html "
        "files, or a .jsonl, .csv or .parquet file"
    )
    assert not (tmp_path / "out").exists()


def test_an_unknown_format(tmp_path):
    (tmp_path / "news.xlsx").write_bytes(b"PK")
    with pytest.raises(DataError) as info:
        _run([tmp_path / "news.xlsx"], tmp_path / "out")
    assert str(info.value) == (
        f"{tmp_path / 'news.xlsx'}: unknown format '.xlsx'; give a folder of .txt/.html files, "
        "or a .jsonl, .csv or .parquet file"
    )


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_without_a_text_column(tmp_path, fmt):
    path = tmp_path / f"news.{fmt}"
    frame = pd.DataFrame({"id": ["a"], "body": [KANO]})
    frame.to_csv(path, index=False) if fmt == "csv" else frame.to_parquet(path, index=False)
    with pytest.raises(DataError) as info:
        _run([path], tmp_path / "out")
    assert str(info.value) == (
        f"{path}: has no 'text' column (its columns: id, body); give a table with columns "
        "id, text and optionally title, date, url"
    )


def test_a_folder_without_texts(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.md").write_text("hello", encoding="utf-8")
    with pytest.raises(DataError, match=r"in: holds no \.txt or \.html file; give a folder"):
        _run([tmp_path / "in"], tmp_path / "out")


def test_an_output_that_is_a_file(tmp_path):
    folder = write_folder(tmp_path / "in", {"kano": KANO})
    (tmp_path / "out.parquet").write_bytes(b"")
    with pytest.raises(DataError) as info:
        _run([folder], tmp_path / "out.parquet")
    assert str(info.value) == (
        f"{tmp_path / 'out.parquet'}: is a file; give a folder for the tables (it is made "
        "when missing)"
    )


def test_an_output_folder_of_other_files_is_refused(tmp_path):
    folder = write_folder(tmp_path / "in", {"kano": KANO})
    with pytest.raises(DataError, match="is a folder of other files, not the output of mapper"):
        _run([folder], folder)  # the input folder itself: writing there would mix them
    assert sorted(p.name for p in folder.iterdir()) == ["kano.txt"]


def test_errors_are_mapper_errors_that_name_the_input():
    assert issubclass(DataError, MapperError)


# -- the command


def _args(argv):
    parser = argparse.ArgumentParser(prog="mapper")
    add_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def test_command_prints_a_summary(tmp_path, capsys):
    folder = write_folder(tmp_path / "in", {"vlad": VLADIVOSTOK, "kano": KANO})
    (folder / "empty.txt").write_text("", encoding="utf-8")
    args = _args(["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "1", "-q"])
    assert run(args) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith(f"{tmp_path / 'out'}: 3 documents read in ")
    assert first.endswith(" documents/s), 1 error")
    assert second == (
        "rows: 6 mentions, 1 claims, 2 stops, 1 legs; the reasons are in the errors table"
    )


@pytest.mark.parametrize("bad", ["0", "-2", "two"])
def test_command_refuses_workers_below_one(bad, capsys):
    with pytest.raises(SystemExit):
        _args(["batch", "in", "-o", "out", "--workers", bad])
    assert f"argument --workers: {bad!r} is not a whole number of 1 or more" in (
        capsys.readouterr().err
    )


def test_command_help_has_an_example(capsys):
    with pytest.raises(SystemExit):
        _args(["batch", "--help"])
    assert "Example: mapper batch articles/ news.jsonl -o archive/ --workers 4" in (
        capsys.readouterr().out
    )


# -- HTML


@pytest.mark.parametrize(
    ("page", "title", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "", "One.\n\nTwo."),
        ("<h1>Head</h1>A<br>B", "Head", "Head\n\nA\nB"),
        ("<title>T</title><body>Caf&eacute; &amp; bar", "T", "Café & bar"),
        ("<style>x{}</style><noscript>no</noscript><svg><text>s</text></svg>ok", "", "ok"),
        (
            "<head><title>T</title><body><p>text without closing tags",
            "T",
            "text without closing tags",
        ),
    ],
)
def test_html_text(page, title, text):
    assert html_text(page) == (html_text(page).__class__(title=title, text=text))


# -- progress


def test_progress_bar_shows_documents_per_second_on_stderr(tmp_path, capsys):
    folder = write_folder(tmp_path / "in", {"kano": KANO, "oslo": OSLO})
    _run([folder], tmp_path / "out", progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "mapper batch: 100%" in captured.err
    assert "2/2 [" in captured.err and "doc/s" in captured.err


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    folder = write_folder(tmp_path / "in", {"kano": KANO})
    run_batch([folder], tmp_path / "out", workers=1)  # progress=None: stderr is captured
    assert capsys.readouterr().err == ""
