"""The distance, places and journey commands, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from geographiclib.geodesic import Geodesic

from mapper.cli import main

USSURIYSK = (43.80467, 131.95734)  # GeoNames 2014006


def test_distance_matches_geographiclib(capsys):
    assert main(["distance", "Ussuriysk", "Vladivostok", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    g = Geodesic.WGS84.Inverse(*USSURIYSK, out["to"]["lat"], out["to"]["lon"])
    assert out["distance_km"] == pytest.approx(g["s12"] / 1000.0, abs=1e-3)
    assert out["initial_bearing_deg"] == pytest.approx(g["azi1"] % 360.0, abs=1e-3)
    assert out["compass"] == "S"


def test_distance_in_miles_uses_the_exact_factor(capsys):
    assert main(["distance", "Ussuriysk", "Vostochny Cosmodrome", "--unit", "mi", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["distance"] == pytest.approx(out["distance_km"] / 1.609344, abs=1e-3)


def test_distance_table_text(capsys):
    assert main(["distance", "Ussuriysk", "Vostochny Cosmodrome"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("938.1 km along the WGS84 geodesic; initial bearing 344.5° (NNW)")


def test_places_json_keys(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("The train reached Ussuriysk and then Khabarovsk.", encoding="utf-8")
    assert main(["places", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["surface"] for d in data] == ["Ussuriysk", "Khabarovsk"]
    keys = {"surface", "start", "end", "name", "lat", "lon", "kind", "country", "confidence"}
    assert all(keys <= set(d) for d in data)


def test_places_reads_standard_input():
    out = subprocess.run(
        [sys.executable, "-m", "mapper", "places", "-", "--json"],
        input=b"Trains leave Vladivostok daily.",
        capture_output=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["name"] == "Vladivostok"


def test_non_utf8_input_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 in Paris".encode("latin-1"))
    assert main(["places", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {path}: is not UTF-8 text (byte 3: b'\\xe9')")


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["places", str(tmp_path / "nope.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_journey_json_from_the_founding_article(seed_text, tmp_path, capsys):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    out_geojson = tmp_path / "j.geojson"
    assert main(["journey", str(path), "--json", "--geojson", str(out_geojson)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["status"] for s in data["stops"]] == [
        "implied", "confirmed", "confirmed", "speculated", "speculated"
    ]  # fmt: skip
    for stop in data["stops"]:
        assert {"name", "status", "lat", "lon"} <= set(stop)
    for leg in data["legs"]:
        assert {"from", "to", "straight_km", "rail_km"} <= set(leg)
    assert json.loads(out_geojson.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_journey_from_an_itinerary_prints_totals(capsys):
    from importlib.resources import files

    path = files("mapper") / "data" / "example" / "itinerary.csv"
    assert main(["journey", "--itinerary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Khasan station" in out and "total:" in out


def test_journey_without_input_explains(capsys):
    assert main(["journey"]) == 1
    assert "--itinerary" in capsys.readouterr().err


def test_check_json_on_the_founding_article(seed_text, tmp_path, capsys):
    # Reference: GeographicLib on Ussuriysk (GeoNames 2014006) and the cosmodrome's launch
    # complex area (51.88 N 128.33 E, ../shared/seed/README.md): about 938 km at 345 degrees.
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)
    keys = {"sentence", "start", "end", "stated_km", "qualifier", "direction", "from", "to",
            "measured_km", "bearing_deg", "direction_off_deg", "verdict"}  # fmt: skip
    assert keys <= set(claim)
    ref = Geodesic.WGS84.Inverse(*USSURIYSK, 51.88, 128.33)
    assert claim["measured_km"] == pytest.approx(ref["s12"] / 1000.0, abs=2.0)
    assert claim["verdict"] == "consistent"
    assert claim["direction"] == "NW"
    assert claim["direction_off_deg"] == pytest.approx(30.0, abs=1.5)
    assert claim["to"]["name"] == "Vostochny Cosmodrome"
    assert seed_text[claim["start"] : claim["end"]] == "approximately 900 kilometers"


def test_check_table_and_no_claims(tmp_path, capsys):
    path = tmp_path / "none.txt"
    path.write_text("The 18-month-long war drained stocks.", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == "no distance claims found\n"
