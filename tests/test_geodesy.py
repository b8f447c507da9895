"""Geodesy against GeographicLib (Karney 2013), the reference implementation."""

from __future__ import annotations

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic

from mapper.geodesy import (
    KM_PER_MILE,
    KM_PER_NAUTICAL_MILE,
    compass_point,
    destination,
    distance_km,
    distance_matrix_km,
    distances_km,
    geodesic_path,
    inverse,
    km_to_unit,
    sector_offset,
    unit_to_km,
    unit_vectors,
)

G = Geodesic.WGS84
MM_KM = 1e-6  # one millimetre, in kilometres

#: Reference pairs: (name, lat1, lon1, lat2, lon2).
PAIRS = [
    ("Ussuriysk-Vostochny", 43.80467, 131.95734, 51.88, 128.33),
    ("Vladivostok-Anchorage across the antimeridian", 43.10562, 131.87353, 61.21806, -149.90028),
    ("Fiji-Samoa across the antimeridian", -18.1416, 178.4419, -13.8333, -171.7500),
    ("near-antipodal, equator", 0.0, 0.0, 0.5, 179.7),
    ("near-antipodal, mid-latitudes", 40.0, -3.0, -40.2, 176.8),
    ("to the North Pole", 89.9, 10.0, 90.0, 0.0),
    ("pole to pole", 90.0, 0.0, -90.0, 0.0),
    ("along a meridian", -30.0, 20.0, 30.0, 20.0),
    ("along the equator", 0.0, -10.0, 0.0, 10.0),
    ("very short", 51.5, -0.1, 51.50001, -0.10001),
]


@pytest.mark.parametrize(("name", "lat1", "lon1", "lat2", "lon2"), PAIRS)
def test_distance_and_bearings_agree_with_geographiclib(name, lat1, lon1, lat2, lon2):
    ref = G.Inverse(lat1, lon1, lat2, lon2)
    got = inverse((lat1, lon1), (lat2, lon2))
    assert got.distance_km == pytest.approx(ref["s12"] / 1000.0, abs=MM_KM)
    if ref["s12"] > 1.0 and abs(lat1) < 90.0 and abs(lat2) < 90.0:
        assert _angle_diff(got.initial_bearing_deg, ref["azi1"]) < 1e-6
        assert _angle_diff(got.final_bearing_deg, ref["azi2"]) < 1e-6
    if got.initial_bearing_deg is not None:
        assert 0.0 <= got.initial_bearing_deg < 360.0


def _angle_diff(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def test_identical_points_have_no_bearing():
    r = inverse((43.8, 131.9), (43.8, 131.9))
    assert (r.distance_km, r.initial_bearing_deg, r.final_bearing_deg, r.compass) == (
        0.0, None, None, None
    )  # fmt: skip


def test_vectorised_pairs_match_the_scalar_answers():
    arr = np.array([p[1:] for p in PAIRS])
    got = distances_km(arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3])
    ref = [G.Inverse(*p[1:])["s12"] / 1000.0 for p in PAIRS]
    np.testing.assert_allclose(got, ref, atol=MM_KM, rtol=0)


def test_distance_matrix_is_symmetric_with_a_zero_diagonal():
    lat = np.array([43.80467, 43.10562, 51.88, 50.55034])
    lon = np.array([131.95734, 131.87353, 128.33, 137.00995])
    m = distance_matrix_km(lat, lon)
    assert m.shape == (4, 4)
    np.testing.assert_allclose(np.diag(m), 0.0, atol=1e-9)
    np.testing.assert_allclose(m, m.T, atol=MM_KM)
    assert m[0, 2] == pytest.approx(G.Inverse(43.80467, 131.95734, 51.88, 128.33)["s12"] / 1e3)


def test_destination_agrees_with_geographiclib_direct():
    ref = G.Direct(43.80467, 131.95734, 344.5, 938_000.0)
    lat, lon = destination((43.80467, 131.95734), bearing_deg=344.5, distance_km=938.0)
    assert lat == pytest.approx(ref["lat2"], abs=1e-9)
    assert lon == pytest.approx(ref["lon2"], abs=1e-9)


def test_destination_across_the_antimeridian_wraps_longitude():
    _lat, lon = destination((60.0, 179.0), bearing_deg=90.0, distance_km=200.0)
    assert -180.0 <= lon <= 180.0 and lon < 0


@pytest.mark.parametrize(
    ("bearing", "point"),
    [(0.0, "N"), (11.24, "N"), (11.25, "NNE"), (344.5, "NNW"), (348.75, "N"), (359.99, "N"),
     (45.0, "NE"), (180.0, "S"), (-90.0, "W"), (720.0 + 22.5, "NNE")],
)  # fmt: skip
def test_compass_point_sectors(bearing, point):
    assert compass_point(bearing) == point


def test_sector_offset_of_the_founding_claim():
    # Measured 344.5 deg against a claimed north-west (315 deg): 29.5 deg off, NNW is next to NW.
    assert sector_offset(344.5, "NW") == (pytest.approx(29.5), 1)
    assert sector_offset(315.0, "NW") == (0.0, 0)


def test_units_use_exact_factors():
    assert KM_PER_MILE == 1.609344 and KM_PER_NAUTICAL_MILE == 1.852
    assert unit_to_km(425.0, "mi") == pytest.approx(683.97120, abs=1e-9)
    assert km_to_unit(1.852, "nmi") == 1.0
    assert unit_to_km(1500.0, "m") == 1.5
    # the verst: 500 sazhens of 7 feet (2.1336 m), so 1,066.8 m (hand computation)
    assert unit_to_km(10.0, "verst") == pytest.approx(10.668, abs=1e-9)


def test_path_across_the_antimeridian_is_continuous():
    path = geodesic_path((43.10562, 131.87353), (61.21806, -149.90028), step_km=50.0)
    lons = np.array([p[1] for p in path])
    assert np.all(np.abs(np.diff(lons)) < 5.0)  # no jump of ~360 degrees
    assert lons[-1] == pytest.approx(-149.90028 + 360.0)
    assert path[0] == (43.10562, 131.87353)
    # Every point lies on the geodesic: its distances to both ends add up to the whole.
    whole = distance_km((43.10562, 131.87353), (61.21806, -149.90028))
    for lat, lon in path[::10]:
        d = distance_km((43.10562, 131.87353), (lat, lon)) + distance_km(
            (lat, lon), (61.21806, -149.90028)
        )
        assert d == pytest.approx(whole, abs=1e-3)


def test_path_points_are_spaced_by_the_step():
    path = geodesic_path((43.80467, 131.95734), (51.88, 128.33), step_km=100.0)
    assert len(path) == 2 + 9  # 938 km // 100 km inner points, plus both ends


def test_unit_vectors_give_the_central_angle_of_the_sphere():
    # Two points on the equator 90 degrees apart, and a pole: the vectors are the axes
    # (hand computation: cos 0 = 1, cos 90 = 0), so every dot product is 0 and norms 1.
    xyz = unit_vectors([0.0, 0.0, 90.0], [0.0, 90.0, 0.0])
    assert np.allclose(xyz, np.eye(3), atol=1e-12)
    # Ussuriysk to Vostochny: the angle between the vectors times the mean radius is
    # the spherical distance, within 0.5 % of GeographicLib's geodesic.
    a, b = unit_vectors([43.80467, 51.88], [131.95734, 128.33])
    sphere_km = 6371.0088 * float(np.arccos(np.clip(a @ b, -1.0, 1.0)))
    geodesic_km = G.Inverse(43.80467, 131.95734, 51.88, 128.33)["s12"] / 1000
    assert sphere_km == pytest.approx(geodesic_km, rel=0.005)
