"""Geodesic distances, bearings and paths on the WGS84 ellipsoid.

This is the only module that talks to :mod:`pyproj`; pyproj's ``Geod`` takes
longitude first, everything here takes ``lat`` and ``lon`` by name. Results agree
with GeographicLib (Karney 2013) to a few nanometres: pyproj wraps the same algorithm.

Points may be given as a :class:`~mapper.model.Place` (or anything with ``lat`` and
``lon`` attributes) or as a ``(lat, lon)`` tuple.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeAlias, cast

import numpy as np
from numpy.typing import ArrayLike
from pyproj import Geod

__all__ = [
    "COMPASS_POINTS",
    "KM_PER_MILE",
    "KM_PER_NAUTICAL_MILE",
    "KM_PER_VERST",
    "MEAN_EARTH_RADIUS_KM",
    "Inverse",
    "LatLon",
    "PointLike",
    "compass_point",
    "destination",
    "distance_km",
    "distance_matrix_km",
    "distances_km",
    "geodesic_path",
    "inverse",
    "km_to_unit",
    "latlon",
    "mean_point",
    "sector_offset",
    "sphere_distance_matrix_km",
    "unit_to_km",
    "unit_vectors",
]

_GEOD = Geod(ellps="WGS84")

#: Exact conversion factors (international mile, international nautical mile; the Russian
#: verst of 500 sazhens, 1.0668 km, as fixed in 1835).
KM_PER_MILE = 1.609344
KM_PER_NAUTICAL_MILE = 1.852
KM_PER_VERST = 1.0668
_UNIT_KM = {
    "km": 1.0,
    "mi": KM_PER_MILE,
    "nmi": KM_PER_NAUTICAL_MILE,
    "m": 0.001,
    "verst": KM_PER_VERST,
}

#: The 16 compass points, clockwise from north; each covers 22.5 degrees.
COMPASS_POINTS = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)  # fmt: skip


class LatLon(Protocol):
    """Anything with ``lat`` and ``lon`` in degrees, such as a :class:`~mapper.model.Place`."""

    @property
    def lat(self) -> float:
        """Latitude in degrees."""
        ...

    @property
    def lon(self) -> float:
        """Longitude in degrees."""
        ...


#: A point: a :class:`LatLon` (a Place, say) or a ``(lat, lon)`` pair, in degrees.
PointLike: TypeAlias = LatLon | tuple[float, float]


def latlon(point: PointLike) -> tuple[float, float]:
    """Return ``(lat, lon)`` of a point, in degrees."""
    if isinstance(point, tuple):
        return float(point[0]), float(point[1])
    try:
        return float(point.lat), float(point.lon)
    except AttributeError:  # a list or an array of two: accepted, as tuples are
        lat, lon = cast("Sequence[float]", point)
        return float(lat), float(lon)


@dataclass(frozen=True, slots=True)
class Inverse:
    """The solution of the inverse geodesic problem between two points."""

    distance_km: float  #: Geodesic length in kilometres.
    initial_bearing_deg: float | None  #: Bearing at the start, [0, 360); None for one point.
    final_bearing_deg: float | None  #: Bearing on arrival, [0, 360); None for one point.

    @property
    def compass(self) -> str | None:
        """Return the 16-point compass name of the initial bearing."""
        if self.initial_bearing_deg is None:
            return None
        return compass_point(self.initial_bearing_deg)


def inverse(a: PointLike, b: PointLike) -> Inverse:
    """Solve the inverse problem from ``a`` to ``b``: distance and both bearings.

    Examples
    --------
    >>> r = inverse((43.80467, 131.95734), (51.88, 128.33))
    >>> round(r.distance_km), round(r.initial_bearing_deg), r.compass
    (938, 345, 'NNW')
    """
    lat1, lon1 = latlon(a)
    lat2, lon2 = latlon(b)
    az1, back_az, dist_m = _GEOD.inv(lon1, lat1, lon2, lat2)
    if dist_m == 0.0:
        return Inverse(0.0, None, None)
    # pyproj returns the back azimuth (from b towards a); the bearing on arrival is opposite.
    return Inverse(dist_m / 1000.0, az1 % 360.0, (back_az + 180.0) % 360.0)


def distance_km(a: PointLike, b: PointLike) -> float:
    """Return the geodesic distance between two points in kilometres.

    Examples
    --------
    >>> round(distance_km((43.10562, 131.87353), (43.80467, 131.95734)), 3)
    77.961
    """
    return inverse(a, b).distance_km


def distances_km(lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike) -> np.ndarray:
    """Return element-wise geodesic distances in kilometres for arrays of pairs.

    Inputs broadcast against each other, like numpy ufuncs.
    """
    arrays = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (lon1, lat1, lon2, lat2)))
    shape = arrays[0].shape
    lons1, lats1, lons2, lats2 = (np.ascontiguousarray(x).ravel() for x in arrays)
    _, _, dist_m = _GEOD.inv(lons1, lats1, lons2, lats2)
    return (np.asarray(dist_m) / 1000.0).reshape(shape)


def distance_matrix_km(lat: ArrayLike, lon: ArrayLike) -> np.ndarray:
    """Return the all-pairs geodesic distance matrix (kilometres) of points."""
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    return distances_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])


#: Mean radius of the Earth in km (IUGG), for the spherical approximation below.
MEAN_EARTH_RADIUS_KM = 6371.0088


def sphere_distance_matrix_km(lat: ArrayLike, lon: ArrayLike) -> np.ndarray:
    """Return the all-pairs great-circle distance matrix (km) on a sphere of mean radius.

    Within 0.5 % of the geodesic, and many times faster than :func:`distance_matrix_km`
    for large matrices: meant for ranking (how near two candidates lie), never for a
    distance that is reported.

    Examples
    --------
    >>> m = sphere_distance_matrix_km([43.10562, 43.80467], [131.87353, 131.95734])
    >>> round(float(m[0, 1]), 1)  # the geodesic is 77.961 km
    78.0
    """
    xyz = unit_vectors(lat, lon)
    cosine = np.clip(xyz @ xyz.T, -1.0, 1.0)
    return MEAN_EARTH_RADIUS_KM * np.arccos(cosine)


def unit_vectors(lat: ArrayLike, lon: ArrayLike) -> np.ndarray:
    """Return the unit vectors (x, y, z) of points on a sphere, one row per point: their
    dot products are the cosines of the angles between them (a k-d tree's metric)."""
    la = np.radians(np.asarray(lat, dtype=float))
    lo = np.radians(np.asarray(lon, dtype=float))
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def mean_point(
    points: Sequence[tuple[float, float]], weights: Sequence[float] | None = None
) -> tuple[float, float]:
    """Return the ``(lat, lon)`` of the weighted mean of points' unit vectors.

    Safe across the antimeridian, unlike a mean of longitudes. Summed point by point in
    plain floats, so the gazetteer's index (whose regions, counties and macro-regions lie
    at such means) is the same on every platform and numpy version.

    Examples
    --------
    >>> lat, lon = mean_point([(0.0, 179.0), (0.0, -179.0)])
    >>> round(lat, 6), round(abs(lon), 6)
    (0.0, 180.0)
    """
    if not points:
        raise ValueError("mean_point needs at least one point")
    weights = weights or [1.0] * len(points)
    x = y = z = 0.0
    for (lat, lon), w in zip(points, weights, strict=True):
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def compass_point(bearing_deg: float) -> str:
    """Return the 16-point compass name for a bearing in degrees.

    Examples
    --------
    >>> compass_point(345.0), compass_point(359.0), compass_point(11.24)
    ('NNW', 'N', 'N')
    """
    return COMPASS_POINTS[int(((bearing_deg % 360.0) + 11.25) // 22.5) % 16]


def sector_offset(bearing_deg: float, point: str) -> tuple[float, int]:
    """Compare a bearing with a compass point.

    Returns the angle between the bearing and the point's central direction in
    degrees (0 to 180) and how many 16-point sectors apart they are (0 means the
    bearing lies in the point's own sector, 1 in a neighbouring one).

    Examples
    --------
    >>> sector_offset(345.0, "NW")
    (30.0, 1)
    """
    centre = COMPASS_POINTS.index(point.upper()) * 22.5
    diff = abs((bearing_deg - centre + 180.0) % 360.0 - 180.0)
    steps = abs(COMPASS_POINTS.index(compass_point(bearing_deg)) - COMPASS_POINTS.index(point))
    return diff, min(steps, 16 - steps)


def destination(start: PointLike, *, bearing_deg: float, distance_km: float) -> tuple[float, float]:
    """Return the ``(lat, lon)`` reached from ``start`` along a bearing and distance."""
    lat, lon = latlon(start)
    lon2, lat2, _ = _GEOD.fwd(lon, lat, bearing_deg, distance_km * 1000.0)
    return float(lat2), float(((lon2 + 180.0) % 360.0) - 180.0)


def geodesic_path(
    a: PointLike, b: PointLike, *, step_km: float = 25.0
) -> list[tuple[float, float]]:
    """Return ``(lat, lon)`` points along the geodesic from ``a`` to ``b``, ends included.

    Longitudes are unwrapped so the path is continuous: a path crossing the
    antimeridian goes past 180 (or below -180) instead of jumping across the map.
    This is what Leaflet and folium draw as one short line.
    """
    lat1, lon1 = latlon(a)
    lat2, lon2 = latlon(b)
    length_km = inverse((lat1, lon1), (lat2, lon2)).distance_km
    n_inner = max(int(length_km // step_km), 0)
    pts = [(lon1, lat1)]
    if n_inner:
        pts += _GEOD.npts(lon1, lat1, lon2, lat2, n_inner)
    pts.append((lon2, lat2))
    lons = np.degrees(np.unwrap(np.radians([p[0] for p in pts])))
    return [(float(p[1]), float(x)) for p, x in zip(pts, lons, strict=True)]


def unit_to_km(value: float, unit: str) -> float:
    """Convert a distance in ``unit`` (km, mi, nmi, m, verst) to kilometres."""
    return value * _UNIT_KM[unit]


def km_to_unit(value_km: float, unit: str) -> float:
    """Convert kilometres to ``unit`` (km, mi, nmi, m, verst)."""
    return value_km / _UNIT_KM[unit]
