"""The user's imports: GeoNames dump files, alternate names and sites, on small fixtures.

Fixtures in tests/data/: ``geonames_dump.txt`` is in GeoNames' main table format (19
tab-separated columns). Its one real row is Tarcoola, South Australia, at 30°41′41″S
134°33′22″E (en.wikipedia.org/wiki/Tarcoola,_South_Australia, read on an IPFS mirror);
a copy of Ussuriysk under its GeoNames id (2014006); the rest are made-up rows that
test the rules (a stadium, a neighbourhood, a row at 0, 0, a third-level division, a
country). ``alternate_names.txt`` is in the alternateNamesV2 format: Ussuriysk's name
of 1898-1935, Nikolsk-Ussuriysky (en.wikipedia.org/wiki/Ussuriysk), a link (not a
name) and a name of an id the index lacks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mapper.errors import DataError, MapperError
from mapper.gazetteer import Gazetteer, import_file, imports, remove_import, table
from mapper.gazetteer.dumps import geonames_kind
from mapper.gazetteer.imports import import_sources

DATA = Path(__file__).parent / "data"
DUMP = DATA / "geonames_dump.txt"
ALTERNATES = DATA / "alternate_names.txt"
SITES = DATA / "user_sites.geojson"
TOWNS = DATA / "gazetteer_towns.csv"


def _zip(tmp_path: Path, source: Path, member: str) -> Path:
    archive = tmp_path / f"{Path(member).stem}.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(source, member)
        zf.writestr("readme.txt", "not a table")
    return archive


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "imports"


def _gazetteer(tmp_path: Path, folder: Path) -> Gazetteer:
    sources = [table(TOWNS, name="towns"), *import_sources(folder)]
    return Gazetteer(tmp_path / "index.sqlite", sources=sources)


def test_a_geonames_dump_in_a_zip_adds_its_places_with_their_kinds(tmp_path, folder):
    record = import_file(_zip(tmp_path, DUMP, "AU.txt"), folder=folder)
    # kept: Tarcoola, the stadium, the neighbourhood, Ussuriysk (dropped at build time
    # as a copy); left out here: the row at 0, 0 and the third-level division
    assert (record.name, record.kind, record.rows) == ("AU", "geonames", 5)
    gaz = _gazetteer(tmp_path, folder)
    tarcoola = gaz.lookup("Tarcoola")
    assert (tarcoola.kind, tarcoola.country, tarcoola.admin1) == ("city", "AU", "South Australia")
    assert (tarcoola.lat, tarcoola.lon) == (-30.6947, 134.5561)
    assert tarcoola.source == "geonames:9000001"
    assert gaz.lookup("Fixtureville Stadium").kind == "site"
    assert gaz.lookup("Stade de Fixtureville").name == "Fixtureville Stadium"
    assert gaz.lookup("Fixture Heights").kind == "site"  # a section of a town
    for missing in ("Null Island", "Fixture Shire"):
        with pytest.raises(MapperError):
            gaz.lookup(missing)
    # the index's own Ussuriysk stays the one place of that GeoNames id; no country is
    # taken from an import
    assert [c.place.source for c in gaz.search("Ussuriysk")] == ["geonames:2014006"]
    assert gaz.search("Ussuriysk")[0].place.lat == 43.80467
    assert all(c.place.kind != "country" for c in gaz.search("Australia"))
    counts = {s["name"]: s["places"] for s in gaz.info()["sources"]}
    assert counts == {"towns": 4, "import:AU": 3}


def test_an_imported_feature_fills_a_gap_but_never_outranks_a_town(tmp_path, folder):
    dump = tmp_path / "XX.txt"
    line = DUMP.read_text(encoding="utf-8").splitlines()[1].split("\t")
    line[1] = line[2] = "Vladivostok"  # a stadium named like the city
    dump.write_text("\t".join(line) + "\n", encoding="utf-8")
    import_file(dump, folder=folder)
    gaz = _gazetteer(tmp_path, folder)
    first, second = gaz.search("Vladivostok")[:2]
    assert (first.place.kind, second.place.kind) == ("city", "site")


def test_alternate_names_reach_the_geonames_places_of_the_index(tmp_path, folder):
    record = import_file(_zip(tmp_path, ALTERNATES, "alternateNamesV2.txt"), folder=folder)
    assert (record.kind, record.rows) == ("alternate names", 2)  # the link is no name
    gaz = _gazetteer(tmp_path, folder)
    assert gaz.lookup("Nikolsk-Ussuriysky").source == "geonames:2014006"


def test_a_users_geojson_sites_rank_like_curated_ones(tmp_path, folder):
    import_file(SITES, name="signals", folder=folder)
    gaz = _gazetteer(tmp_path, folder)
    box = gaz.lookup("Tarcoola Signal Box")
    assert (box.name, box.kind, box.source) == (
        "Tarcoola Junction Signal Box",
        "station",
        "a test fixture",
    )


def test_imports_survive_and_change_the_index_key(tmp_path, folder):
    before = _gazetteer(tmp_path, folder)
    import_file(SITES, name="signals", folder=folder)
    after = _gazetteer(tmp_path, folder)
    assert before._key != after._key  # the index is rebuilt with the import
    again = import_file(SITES, name="signals", folder=folder)  # replaced, not doubled
    assert [imp.name for imp in imports(folder)] == ["signals"]
    assert again.sha256 == imports(folder)[0].sha256
    assert remove_import("signals", folder=folder).name == "signals"
    assert imports(folder) == [] and not (folder / "signals.tsv.gz").exists()
    with pytest.raises(MapperError, match="no import named 'signals'"):
        remove_import("signals", folder=folder)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.txt", "a\tb\tc\n", "its first line has 3 tab-separated columns"),
        ("x.zip", "not a zip", "not a zip archive"),
        ("x.csv", "name,kind\nA,city\n", "missing columns"),
        ("x.geojson", '{"type": "FeatureCollection", "features": [{"geometry": '
         '{"type": "LineString", "coordinates": [[0, 1], [1, 2]]}}]}', "only Point features"),
        ("x.geojson", "[1, 2", "not GeoJSON"),
        ("x.pdf", "%PDF", "cannot tell what this file holds"),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_imported_names_itself_and_keeps_nothing(
    tmp_path, folder, name, content, message
):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(MapperError, match=message) as caught:
        import_file(bad, folder=folder)
    assert str(bad) in str(caught.value)
    assert imports(folder) == []
    assert not folder.exists() or not list(folder.glob("*.tsv.gz"))


def test_a_short_row_deep_in_a_dump_is_reported_with_its_line(tmp_path, folder):
    dump = tmp_path / "XX.txt"
    dump.write_text(DUMP.read_text(encoding="utf-8") + "9000099\tCut short\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"row 8: 2 columns where GeoNames has 19"):
        import_file(dump, folder=folder)
    assert imports(folder) == []


def test_feature_codes_map_to_kinds():
    assert geonames_kind("S", "AIRB") == "airport"  # an air base
    assert geonames_kind("S", "RSTN") == "station"
    assert geonames_kind("S", "SCH") == "campus"
    assert geonames_kind("L", "PRK") == "area"
    assert geonames_kind("L", "MILB") == "site"
    assert geonames_kind("R", "ST") == "site"
    assert geonames_kind("H", "LK") == "water"
    assert geonames_kind("H", "STM") == "river"
    assert geonames_kind("H", "WLL") is None
    assert geonames_kind("A", "ADM2") == "county"


def test_the_gazetteer_command_imports_lists_and_removes(tmp_path):
    env = {
        "MAPPER_DATA_DIR": str(tmp_path / "data"),
        "MAPPER_CACHE_DIR": str(tmp_path / "cache"),
        "PATH": "",
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "mapper", "gazetteer", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )

    done = run("import", str(SITES), "--name", "signals")
    assert done.returncode == 0, done.stderr
    assert "imported 1 sites rows" in done.stdout
    info = run("info", "--json")
    assert info.returncode == 0, info.stderr
    listed = json.loads(info.stdout)
    assert listed["imports"][0]["name"] == "signals"
    assert {k: v for k, v in listed["sources"][-1].items() if k != "versions"} == {
        "name": "import:signals",
        "places": 1,
    }
    assert listed["places"] > 200_000  # the built-in data, and the import
    assert run("remove", "signals").returncode == 0
    failed = run("import", str(tmp_path / "missing.zip"))
    assert failed.returncode == 1 and "missing.zip: no such file to import" in failed.stderr
