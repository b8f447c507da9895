"""Journeys from a story and from itinerary files; rail legs; exports."""

from __future__ import annotations

import json

import geopandas
import pytest
from geographiclib.geodesic import Geodesic

from mapper import DataError
from mapper.journey import journey_from_text, read_itinerary, write_geojson, write_geoparquet

ITINERARY_CSV = """name,date,mode,status,note
Pyongyang,2023-09-10,rail,confirmed,leaves the capital
Khasan station,2023-09-12,rail,confirmed,border crossing
Ussuriysk,2023-09-12,rail,confirmed,junction
Vostochny Cosmodrome,2023-09-13,rail,confirmed,summit
Komsomolsk-on-Amur,2023-09-15,rail,confirmed,aircraft plant
Artyom,2023-09-17,rail,confirmed,farewell at the station
Pyongyang,2023-09-19,rail,confirmed,home
"""


def test_founding_article_journey(seed_text):
    j = journey_from_text(seed_text)
    got = [(s.place.name, s.role, s.status) for s in j.stops]
    assert got == [
        ("Pyongyang", "origin", "implied"),
        ("Khasan station", "stop", "confirmed"),
        ("Ussuriysk", "stop", "confirmed"),
        ("Vostochny Cosmodrome", "destination", "speculated"),
        ("Komsomolsk-on-Amur", "destination", "speculated"),
    ]
    assert "Vladivostok" in [m.place.name for m in j.sites]
    assert "Khasan" in j.stops[1].sentence
    assert len(j.legs) == 4
    assert [leg.status for leg in j.legs] == ["implied", "confirmed", "speculated", "speculated"]


def test_bundled_example_journey():
    from mapper.example import example_article

    j = journey_from_text(example_article())
    names = [s.place.name for s in j.stops]
    assert names[:3] == ["Pyongyang", "Khasan station", "Ussuriysk"]
    assert j.stops[0].status == "confirmed"  # "left Pyongyang" states the origin
    assert {"Vostochny Cosmodrome", "Komsomolsk-on-Amur"} <= set(names[3:])


def test_itinerary_of_the_real_trip_routes_by_rail(tmp_path):
    path = tmp_path / "trip.csv"
    path.write_text(ITINERARY_CSV, encoding="utf-8")
    j = read_itinerary(path)
    assert next(s.date for s in j.stops) == "2023-09-10"
    assert j.stops[0].role == "origin" and j.stops[-1].role == "destination"
    assert len(j.legs) == 6
    for leg in j.legs:
        g = Geodesic.WGS84.Inverse(leg.start.place.lat, leg.start.place.lon,
                                   leg.end.place.lat, leg.end.place.lon)  # fmt: skip
        assert leg.straight_km == pytest.approx(g["s12"] / 1000.0, abs=1e-3)
        assert leg.rail_km is not None and leg.rail_km >= 0.99 * leg.straight_km
    total = sum(leg.rail_km for leg in j.legs)
    assert 4000 < total < 7000


@pytest.mark.parametrize("suffix", [".yaml", ".geojson"])
def test_itinerary_yaml_and_geojson(tmp_path, suffix):
    path = tmp_path / f"trip{suffix}"
    if suffix == ".yaml":
        path.write_text(
            "stops:\n  - name: Vladivostok\n    date: 2023-09-16\n  - name: Ussuriysk\n",
            encoding="utf-8",
        )
    else:
        feats = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [131.87353, 43.10562]},
             "properties": {"name": "Vladivostok"}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [131.95734, 43.80467]},
             "properties": {}},
        ]  # fmt: skip
        path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    j = read_itinerary(path)
    assert len(j.stops) == 2 and len(j.legs) == 1
    # Vladivostok station to Ussuriysk: km posts 9288 and 9177 (data/rail/README.md).
    assert j.legs[0].rail_km == pytest.approx(111.0, rel=0.05)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,date\n,2023-09-10\n", "row 2, field 'name': each stop needs a name"),
        ("name,date\nUssuriysk,12/09/2023\n", "row 2, field 'date': date must be an ISO date"),
        ("name,date\nUssurisk,2023-09-12\n", "row 2, field 'name': no place named 'Ussurisk'"),
        ("name,lat,lon\nX,95.0,20.0\n", "row 2, field 'lat': lat must be in [-90, 90]"),
        ("name,lat,lon\nUssuriysk,131.95734,43.80467\n", "row 2, field 'lat': lat must be in"),
        ("name,lat,lon\nUssuriysk,43.8,-200\n", "row 2, field 'lon': lon must be in"),
        ("name,lat,lon\nVladivostok,12.0,43.1\n", "row 2, field 'lat': the coordinates lie"),
        (
            "name,mode\nUssuriysk,teleport\n",
            "row 2, field 'mode': mode 'teleport' is not understood",
        ),
        ("date\n2023-01-01\n", "the header must name a 'name' column"),
    ],
)
def test_malformed_itineraries_name_row_and_field(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_itinerary(path)
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))


def test_swapped_lat_lon_is_named(tmp_path):
    path = tmp_path / "swapped.csv"
    # Vladivostok is at 43.10562 N 131.87353 E (GeoNames 2013348): a swap of lat 43.1, lon 60
    # is not possible, so swap a place whose longitude is within +-90: Moscow 55.75 N 37.62 E.
    path.write_text("name,lat,lon\nMoscow,37.6178,55.7520\n", encoding="utf-8")
    with pytest.raises(DataError, match="swapped"):
        read_itinerary(path)


def test_exports_geojson_and_geoparquet(tmp_path, seed_text):
    j = journey_from_text(seed_text)
    out = tmp_path / "trip.geojson"
    write_geojson(j, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    kinds = [f["geometry"]["type"] for f in data["features"]]
    assert kinds.count("Point") == 5 and kinds.count("LineString") == 4
    write_geoparquet(j, tmp_path / "trip.parquet")
    stops = geopandas.read_parquet(tmp_path / "trip.parquet")
    legs = geopandas.read_parquet(tmp_path / "trip-legs.parquet")
    assert next(iter(stops["name"])) == "Pyongyang" and len(legs) == 4
    assert not list(tmp_path.glob("*.tmp"))
