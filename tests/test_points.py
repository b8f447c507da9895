"""Positions a text gives by coordinates (mapper/geoparse/points.py), and claims that
measure from them. Sentences written for these tests; expected values are the
coordinates as written, converted by hand, and GeographicLib's geodesic."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic

from mapper.claims import check_claims
from mapper.document import Document
from mapper.geoparse import parse_document
from mapper.geoparse.points import find_points
from mapper.model import Mention, Place


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # a bulletin's words for both halves
        ("At noon the low was near latitude 23.4 North, longitude 151.2 East.",
         "latitude 23.4 North, longitude 151.2 East", 23.4, 151.2),
        ("It was centred at Latitude 24.1 degrees South, Longitude 153.0 degrees East.",
         "Latitude 24.1 degrees South, Longitude 153.0 degrees East", -24.1, 153.0),
        # letters after decimals; an ordinal sign for the degree mark
        ("The buoy drifted to 12.5S 45.3E overnight.", "12.5S 45.3E", -12.5, 45.3),
        ("Fixed near 40.2ºN and 143.9ºE.", "40.2ºN and 143.9ºE", 40.2, 143.9),
        # degrees and minutes: 38 + 15.6/60 = 38.26, 141 + 30/60 = 141.5
        ("The hulk lies at 38° 15.6′ N, 141° 30′ E.", "38° 15.6′ N, 141° 30′ E", 38.26, 141.5),
        # a sign before a west longitude is the hemisphere said twice
        ("It touched down at 35.2 N / -97.4 W.", "35.2 N / -97.4 W", 35.2, -97.4),
    ],
)  # fmt: skip
def test_a_position_by_coordinates_is_a_point(text, surface, lat, lon):
    [point] = find_points(text)
    assert point.surface == surface
    assert text[point.start : point.end] == surface
    assert point.place.kind == "point"
    assert point.place.lat == pytest.approx(lat, abs=1e-9)
    assert point.place.lon == pytest.approx(lon, abs=1e-9)


@pytest.mark.parametrize(
    "text",
    [
        "Take exit 5 N 3 E at the junction.",  # bare whole numbers: a code, not a position
        "Bus 12 N then 40 W.",
        "The reading was 95.0N 200.0E.",  # no latitude beyond 90
        "Gate 4 East opens at 9.",
    ],
)
def test_codes_and_impossible_positions_are_no_points(text):
    assert find_points(text) == []


def test_the_parsed_document_holds_the_points_apart_from_the_place_mentions():
    doc = parse_document("The boat was found near 16.8S 150.1E, east of Rockhampton.")
    assert [p.surface for p in doc.points] == ["16.8S 150.1E"]
    assert all(m.place is None or m.place.kind != "point" for m in doc.mentions)
    merged = doc.with_points()
    assert [m.surface for m in merged.mentions] == ["16.8S 150.1E", "Rockhampton"]


def test_with_points_keeps_a_place_mention_that_overlaps_a_point():
    text = "Near 10.5N 20.5E lies a well."
    spot = Place("Somewhere", lat=10.5, lon=20.5, kind="site")
    doc = Document.from_mentions(text, [Mention("10.5N", 5, 10, spot, 1.0)])
    doc = Document(doc.text, doc.sentences, doc.mentions, points=tuple(find_points(text)))
    assert [m.surface for m in doc.with_points().mentions] == ["10.5N"]


def test_a_point_by_coordinates_is_the_place_a_figure_locates():
    text = "The low sat near 17.5S 155.0E, about 700 km east-north-east of Rockhampton."
    [check] = check_claims(text)
    assert check.target is not None and check.target.kind == "point"
    assert (check.target.lat, check.target.lon) == (-17.5, 155.0)
    assert check.origin is not None and check.origin.name == "Rockhampton"
    line = Geodesic.WGS84.Inverse(check.origin.lat, check.origin.lon, -17.5, 155.0)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=0.01)


def test_this_after_a_position_refers_to_it():
    text = "By dawn the storm was near 20.9 degrees South, 152.1 degrees East. This is about "
    text += "260 km north-east of Rockhampton."
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "This"
    assert check.target is not None and (check.target.lat, check.target.lon) == (-20.9, 152.1)
