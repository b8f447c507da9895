"""Itinerary files that are hostile or odd get one clear error, never a traceback or a
runaway; and mapper reads back the GeoJSON it writes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from mapper.errors import DataError
from mapper.journey import journey_geojson, read_itinerary, write_geojson
from mapper.journey.itinerary import MAX_ITINERARY_BYTES

TRIP = "name,date\nVladivostok,2024-05-01\nUssuriysk,2024-05-02\n"


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path):
    # nine times nine times nine: each level multiplies the one below when expanded;
    # a few more levels of this need gigabytes
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for k in range(1, 9):
        refs = ", ".join([f"*a{k - 1}"] * 9)
        levels.append(f"a{k}: &a{k} [{refs}]")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(levels) + "\nstops: [*a8]\n", encoding="utf-8")
    assert bomb.stat().st_size < 1000
    started = time.perf_counter()
    with pytest.raises(DataError, match=r"YAML aliases \('\*name', line 2\) are not read"):
        read_itinerary(bomb)
    assert time.perf_counter() - started < 1.0


def test_an_oversized_itinerary_is_refused_before_it_is_read(tmp_path: Path):
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("name\n")
        fh.truncate(MAX_ITINERARY_BYTES + 1)
    with pytest.raises(DataError, match=r"read whole, up to 10 MB: split it"):
        read_itinerary(big)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"type": "FeatureCollection", "features": [7]}', "row 1: each feature must be"),
        ('{"type": "FeatureCollection", "features": [{"properties": [1]}]}',
         "row 1, field 'properties': properties must be a JSON object"),
        ('{"type": "FeatureCollection", "features": [{"geometry": "here"}]}',
         "row 1, field 'geometry': geometry must be a JSON object"),
        ('{"type": "FeatureCollection", "features": [{"geometry": {"type": "Point", '
         '"coordinates": 5}}]}', "geometry must be a Point"),
    ],
)  # fmt: skip
def test_malformed_geojson_names_the_feature(tmp_path: Path, content, message):
    path = tmp_path / "trip.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message) as caught:
        read_itinerary(path)
    assert str(path) in str(caught.value)


def test_mapper_reads_back_its_own_geojson(tmp_path: Path, gazetteer):
    trip = tmp_path / "trip.csv"
    trip.write_text(TRIP, encoding="utf-8")
    journey = read_itinerary(trip)
    out = tmp_path / "trip.geojson"
    write_geojson(journey, out)
    assert any(f["properties"]["feature"] == "leg" for f in journey_geojson(journey)["features"])
    again = read_itinerary(out)
    assert [(s.place.name, s.date) for s in again.stops] == [
        (s.place.name, s.date) for s in journey.stops
    ]
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_a_folder_given_as_an_itinerary_is_named(tmp_path: Path):
    with pytest.raises(DataError, match="is a folder"):
        read_itinerary(tmp_path)
