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


def _trip(tmp_path: Path, text: str, name: str = "trip.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_stops_named_like_their_regions_are_the_towns(tmp_path: Path, gazetteer):
    # GeoNames: Irkutsk 52.30 N 104.30 E, Perm 58.01 N 56.25 E (cities, not their regions)
    journey = read_itinerary(_trip(tmp_path, "name\nIrkutsk\nPerm\n"))
    assert [(s.place.kind, round(s.place.lat, 1)) for s in journey.stops] == [
        ("city", 52.3),
        ("city", 58.0),
    ]


def test_name_comma_region_or_country_is_read_as_the_town_inside(tmp_path: Path, gazetteer):
    trip = _trip(tmp_path, 'name\n"Springfield, Illinois"\n"Paris, France"\n"Paris, Texas"\n')
    places = [s.place for s in read_itinerary(trip).stops]
    assert [(p.name, p.country, p.admin1) for p in places] == [
        ("Springfield", "US", "Illinois"),
        ("Paris", "FR", "Île-de-France"),
        ("Paris", "US", "Texas"),
    ]


def test_country_and_kind_columns_settle_a_name(tmp_path: Path, gazetteer):
    trip = _trip(tmp_path, "Name,Country,Kind\nVostochny,Russia,spaceport\nPerth,GB,city\n")
    first, second = read_itinerary(trip).stops
    assert (first.place.kind, first.place.country) == ("spaceport", "RU")
    # Perth, Scotland (GeoNames: 56.40 N 3.43 W), not Perth, Western Australia
    assert (second.place.country, round(second.place.lat, 1)) == ("GB", 56.4)
    bad = _trip(tmp_path, "name,kind\nParis,castle\n", "bad.csv")
    with pytest.raises(DataError, match="row 2, field 'kind': kind must be one of"):
        read_itinerary(bad)


def test_excel_csv_with_a_byte_order_mark_and_capitalised_header_is_read(tmp_path: Path, gazetteer):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffName,Date\r\nVladivostok,2024-05-01\r\n".encode())
    [stop] = read_itinerary(path).stops
    assert (stop.place.name, stop.date) == ("Vladivostok", "2024-05-01")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,date\nVladivostok,2024-05-01,surplus\n", "row 2: 3 cells where the header has 2"),
        ("name,Name\nVladivostok,Ussuriysk\n", "row 1: the header names 'name' twice"),
        ("name,date,date_end\nVladivostok,2024-05-03,2024-05-01\n",
         "field 'date_end': date_end 2024-05-01 comes before date 2024-05-03"),
        ("lat,lon\n1_0,131.9\n", "field 'lat': lat must be a decimal number, got '1_0'"),
        ("lat,lon\n43.1,nan\n", "field 'lon': lon must be a decimal number"),
    ],
)  # fmt: skip
def test_wrong_values_do_not_pass_silently(tmp_path: Path, gazetteer, text, message):
    with pytest.raises(DataError, match=message):
        read_itinerary(_trip(tmp_path, text))


def test_two_places_by_one_station_have_no_rail_distance():
    from mapper.rail import default_network

    network = default_network()
    # two points 0.9 km apart in Vladivostok snap to one station: no 0.0 km route
    assert network.route((43.1110, 131.8820), (43.1190, 131.8840)) is None
    assert network.route("Khasan", "Khasan").rail_km == 0.0  # one station, asked twice


def test_modes_are_read_in_the_words_people_write(tmp_path: Path, gazetteer):
    text = (
        "name,mode\nVladivostok,\nUssuriysk,Train\nKhabarovsk,by car\nVladivostok,Ferry\n"
        "Ussuriysk,flight\nKhasan,on foot\n"
    )
    modes = [s.mode for s in read_itinerary(_trip(tmp_path, text)).stops]
    assert modes == ["rail", "rail", "road", "sea", "air", "foot"]


def test_an_itinerarys_source_column_is_kept_with_its_stop(tmp_path: Path, gazetteer):
    trip = _trip(tmp_path, "name,source\nVladivostok,https://example.org/a\nUssuriysk,\n")
    first, second = read_itinerary(trip).stops
    assert (first.reported_by, second.reported_by) == ("https://example.org/a", "")


def test_a_month_alone_is_a_date_as_the_journey_reader_writes_one(tmp_path: Path, gazetteer):
    [stop] = read_itinerary(_trip(tmp_path, "name,date\nVladivostok,2024-05\n")).stops
    assert stop.date == "2024-05"
    with pytest.raises(DataError, match="or a month, 2023-09"):
        read_itinerary(_trip(tmp_path, "name,date\nVladivostok,2024-13\n"))
