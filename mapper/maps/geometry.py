"""Plane geometry for drawing: antimeridian unwrapping, arrow angles and label sides.

Pure Python on ``(lat, lon)`` pairs in degrees; nothing here knows about folium.

Everything the map draws is continuous across the antimeridian: longitudes are
shifted by whole turns so that the drawing stays within half a turn of its centre
(Leaflet draws a longitude of 210 degrees east of the 180th meridian), so a leg from
Vladivostok to Anchorage is one short line, not one across the whole world.

Examples
--------
>>> Unwrapper([]).near(-175.0, ref=170.0)  # 175 W is 15 degrees east of 170 E
185.0
>>> midpoint_and_angle([(0.0, 10.0), (0.0, 20.0)])
((0.0, 15.0), 90.0)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

__all__ = ["LabelSides", "LatLon", "Unwrapper", "arc_path", "mercator_y", "midpoint_and_angle"]

#: A point as folium takes it: latitude then longitude, in degrees.
LatLon = tuple[float, float]


class Unwrapper:
    """Shift longitudes by whole turns to stay within half a turn of a centre.

    Parameters
    ----------
    lons : sequence of float
        Longitudes in degrees of everything to draw; the centre is their circular
        mean (the first of them when they cancel out, 0 when there are none).
    """

    def __init__(self, lons: Sequence[float]) -> None:
        self.centre = 0.0  #: Longitude in degrees that the drawing stays near.
        if lons:
            s = sum(math.sin(math.radians(x)) for x in lons)
            c = sum(math.cos(math.radians(x)) for x in lons)
            self.centre = math.degrees(math.atan2(s, c)) if abs(s) + abs(c) > 1e-9 else lons[0]

    def near(self, lon: float, ref: float | None = None) -> float:
        """Return ``lon`` shifted by whole turns to within half a turn of ``ref`` (or centre)."""
        ref = self.centre if ref is None else ref
        return ref + (lon - ref + 180.0) % 360.0 - 180.0

    @staticmethod
    def continuous(path: Sequence[LatLon]) -> list[LatLon]:
        """Return ``path`` with each longitude within half a turn of the one before."""
        out: list[LatLon] = []
        for lat, lon in path:
            if out:
                prev = out[-1][1]
                lon = prev + (lon - prev + 180.0) % 360.0 - 180.0
            out.append((float(lat), float(lon)))
        return out

    def place_path(self, path: Sequence[LatLon], start_lon: float | None = None) -> list[LatLon]:
        """Return ``path`` made continuous, its start at ``start_lon`` (else near the centre)."""
        points = self.continuous(path)
        first = points[0][1]
        target = self.near(first) if start_lon is None else self.near(first, start_lon)
        shift = round((target - first) / 360.0) * 360.0
        return [(lat, lon + shift) for lat, lon in points]

    def centred_path(self, path: Sequence[LatLon]) -> list[LatLon]:
        """Return ``path`` made continuous, its middle point near the centre."""
        points = self.place_path(path)
        mid = points[len(points) // 2][1]
        shift = self.near(mid) - mid
        return [(lat, lon + shift) for lat, lon in points]


def mercator_y(lat: float) -> float:
    """Return the Web Mercator ordinate of a latitude, in degrees of the equator (clamped at 85)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def midpoint_and_angle(path: Sequence[LatLon]) -> tuple[LatLon, float]:
    """Return the point halfway along a path and its screen direction, degrees clockwise from up.

    Web Mercator is conformal, so one angle holds at every zoom level.

    Examples
    --------
    >>> point, angle = midpoint_and_angle([(0.0, 0.0), (-1.0, -1.0)])
    >>> point, round(angle, 1)
    ((-0.5, -0.5), 225.0)
    """
    lengths = []
    for (la1, lo1), (la2, lo2) in itertools.pairwise(path):
        dx = (lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
        lengths.append(math.hypot(dx, la2 - la1))
    total = sum(lengths)
    if total == 0:
        return path[0], 0.0
    half, run = total / 2, 0.0
    for i, seg in enumerate(lengths):
        if run + seg >= half and seg > 0:
            t = (half - run) / seg
            (la1, lo1), (la2, lo2) = path[i], path[i + 1]
            point = (la1 + t * (la2 - la1), lo1 + t * (lo2 - lo1))
            angle = math.degrees(math.atan2(lo2 - lo1, mercator_y(la2) - mercator_y(la1)))
            return point, angle % 360.0
        run += seg
    return path[-1], 0.0


class LabelSides:
    """Choose the side ("right" or "left") of each pin where fewer marks would meet its name.

    "Where its name would go" is measured against the extent of everything drawn, in
    Web Mercator, so it holds at the zoom the map opens at: up to 12 % of the width
    to that side and 6 % of the height above or below. Ties go right. The extent and
    the marks are projected once, for all the pins.

    Parameters
    ----------
    marks : sequence of (lat, lon)
        The pins and symbols a name could hide.
    extent : sequence of (lat, lon)
        Everything drawn (the marks among it), for the size of the view.

    Examples
    --------
    >>> sides = LabelSides([(0.0, 1.0)], extent=[(0.0, -10.0), (0.0, 10.0)])
    >>> sides.side((0.0, 0.0)), sides.side((0.0, 2.0))
    ('left', 'right')
    """

    def __init__(self, marks: Sequence[LatLon], extent: Sequence[LatLon]) -> None:
        xs = [lon for _, lon in extent]
        ys = [mercator_y(lat) for lat, _ in extent]
        self._span_x = max(xs) - min(xs) or 1.0
        self._span_y = max(ys) - min(ys) or 1.0
        self._marks = [(mercator_y(lat), lon) for lat, lon in marks]

    def side(self, at: LatLon) -> str:
        """Return the side of the pin at ``at`` (lat, lon) where its name should go."""
        y0 = mercator_y(at[0])
        right = left = 0
        for y, lon in self._marks:
            dx, dy = (lon - at[1]) / self._span_x, (y - y0) / self._span_y
            if abs(dy) <= 0.06 and 0.005 < abs(dx) <= 0.12:
                right += dx > 0
                left += dx < 0
        return "left" if left < right else "right"


def arc_path(path: Sequence[LatLon], bend: float = 0.12, steps: int = 48) -> list[LatLon]:
    """Return a bowed copy of a path, as flights are drawn: each point moved sideways
    (to the left of travel) by ``bend`` times the chord length, most at the middle.

    Examples
    --------
    >>> arc = arc_path([(0.0, 0.0), (0.0, 10.0)], bend=0.1, steps=2)
    >>> [(round(lat, 3), round(lon, 3)) for lat, lon in arc]
    [(0.0, 0.0), (1.0, 5.0), (0.0, 10.0)]
    """
    (lat0, lon0), (lat1, lon1) = path[0], path[-1]
    d_lat, d_lon = lat1 - lat0, lon1 - lon0
    chord = math.hypot(d_lat, d_lon)
    if chord == 0.0 or len(path) < 2:
        return [(float(a), float(b)) for a, b in path]
    # the left normal of the chord, in degrees (good enough for a drawing)
    n_lat, n_lon = d_lon / chord, -d_lat / chord
    out = []
    for i in range(steps + 1):
        t = i / steps
        lift = bend * chord * math.sin(math.pi * t)
        out.append((lat0 + d_lat * t + n_lat * lift, lon0 + d_lon * t + n_lon * lift))
    return out
