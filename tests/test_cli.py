"""The command line, run as a user would: ``mapper`` and ``python -m mapper``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mapper.cli import main

KHASAN = (42.42833, 130.64556)  # en.wikipedia.org/wiki/Khasan_(urban-type_settlement)


def run(*args: str, module: bool = False) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("mapper")
    script_cmd = [str(script)] if script.exists() else [shutil.which("mapper") or "mapper"]
    exe = [sys.executable, "-m", "mapper"] if module else script_cmd
    return subprocess.run([*exe, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("module", [False, True])
def test_geocode_prints_a_table(gazetteer, module):
    out = run("geocode", "Ussuriysk", module=module)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["query", "name", "lat", "lon", "kind", "country", "source", "score"]
    assert lines[2].split() == [
        "Ussuriysk", "Ussuriysk", "43.80467", "131.95734", "city", "RU", "geonames:2014006", "1.00"
    ]  # fmt: skip


def test_geocode_json_has_one_object_per_query_with_the_table_keys(gazetteer, capsys):
    assert main(["geocode", "Khasan", "Ussuriysk", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["query"] for d in data] == ["Khasan", "Ussuriysk"]
    for d in data:
        assert set(d) == {"query", "name", "lat", "lon", "kind", "country", "source", "score"}
    assert data[0]["kind"] == "station"
    assert abs(data[0]["lat"] - KHASAN[0]) < 0.05 and abs(data[0]["lon"] - KHASAN[1]) < 0.05


def test_names_given_together_are_each_others_context(gazetteer, capsys):
    assert main(["geocode", "Vostochny", "Ussuriysk", "Vladivostok", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["kind"] == "spaceport"
    assert main(["geocode", "Vostochny", "Ussuriysk", "--no-context"]) == 1
    assert "ambiguous" in capsys.readouterr().err


def test_unknown_name_exits_1_with_suggestions_on_stderr(gazetteer):
    out = run("geocode", "Ussurisk")
    assert out.returncode == 1
    assert out.stdout == ""
    assert out.stderr.startswith(
        "Error: no place named 'Ussurisk' in the gazetteer; did you mean 'Ussuriysk'"
    )


def test_kind_and_country_options(gazetteer, capsys):
    assert main(["geocode", "Khabarovsk", "--kind", "region", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["kind"] == "region"
    assert main(["geocode", "Paris", "--country", "us", "--near", "Dallas", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["country"] == "US"


def test_empty_name_is_a_clear_error_not_a_traceback(gazetteer):
    out = run("geocode", "  ")
    assert out.returncode == 1
    assert out.stderr == (
        "Error: invalid place query '  ': it is empty; give a place name such as 'Ussuriysk'\n"
    )


def test_online_needs_a_user_agent(gazetteer):
    out = run("geocode", "Ussuriysk", "--online")
    assert out.returncode == 1
    assert "--online needs --user-agent" in out.stderr


def test_demo_runs_the_bundled_example_end_to_end(gazetteer, tmp_path):
    html = tmp_path / "demo.html"
    out = run("demo", "-o", str(html))
    assert out.returncode == 0, out.stderr
    assert "Vostochny Cosmodrome" in out.stdout and "spaceport" in out.stdout
    assert "Khasan station" in out.stdout
    assert "roughly 900 km" in out.stdout and "consistent" in out.stdout
    assert f"Map written to {html} (self-contained, opens offline)" in out.stdout
    from mapper.maps.offline import problems

    assert problems(html.read_text(encoding="utf-8")) == []  # loads nothing from outside


def test_map_command_writes_the_map_and_geojson(gazetteer, tmp_path):
    from mapper.example import example_article

    article = tmp_path / "story.txt"
    article.write_text(example_article(), encoding="utf-8")
    html, geojson = tmp_path / "map.html", tmp_path / "trip.geojson"
    out = run("map", str(article), "-o", str(html), "--geojson", str(geojson))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"{html}: 5 stops")
    assert html.stat().st_size > 10_000
    assert geojson.exists()


def test_map_command_with_a_bad_output_folder_leaves_nothing(gazetteer, tmp_path):
    from mapper.example import example_article

    article = tmp_path / "story.txt"
    article.write_text(example_article(), encoding="utf-8")
    target = tmp_path / "missing" / "deeper" / "map.html"
    (tmp_path / "missing").write_text("a file, not a folder", encoding="utf-8")
    out = run("map", str(article), "-o", str(target))
    assert out.returncode != 0
    assert not target.exists()


def test_help_has_an_example():
    out = run("geocode", "--help")
    assert out.returncode == 0
    assert "Example: mapper geocode" in out.stdout


def test_a_lookup_loads_neither_the_batch_nor_the_server_nor_the_sources():
    # A cold `mapper geocode` loads only what finding the index and a lookup need: the
    # batch machinery, the server, importlib.metadata's email parser, the gazetteer's
    # source modules (only a build reads them), the readers of imported files and the
    # story's types load only when their work is asked for.
    code = (
        "import sys\n"
        "from mapper.cli import main\n"
        "assert main(['geocode', 'Ussuriysk', '--json']) == 0\n"
        "heavy = ['mapper.batch.runner', 'mapper.batch.records', 'mapper.serve.run',\n"
        "         'fastapi', 'pandas', 'importlib.metadata', 'email.parser',\n"
        "         'mapper.gazetteer.sources.geonames', 'mapper.gazetteer.sources.countries',\n"
        "         'mapper.gazetteer.sources.curated', 'mapper.gazetteer.sources.base',\n"
        "         'mapper.gazetteer.dumps', 'mapper.model']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
