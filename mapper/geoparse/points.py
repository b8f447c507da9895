"""Positions a text gives by their coordinates: "near latitude 23.4 North, longitude
151.2 East", "24.1 degrees South", "drifting at 12.5S 45.3E", "38° 15.6′ N, 141° 30′ E".

Weather bulletins, earthquake reports and shipping news place a storm's centre, an
epicentre or a wreck this way, then say how far it lies from the towns near it ("..., or
about 300 km east of Cairns"). Each position found is a mention of a point (kind
``"point"``) in :attr:`Document.points <mapper.document.Document.points>`; the numbers are
read by geopy's :class:`geopy.point.Point` once the words around them are trimmed.

Examples
--------
>>> [(p.surface, p.place.lat, p.place.lon) for p in find_points("It lay near 12.5S 45.3E.")]
[('12.5S 45.3E', -12.5, 45.3)]
"""

from __future__ import annotations

import re
import warnings

from geopy.point import Point

from mapper.model import Mention, Place

__all__ = ["find_points"]

#: A number of degrees, with minutes and seconds if any: "12.5", "38° 15.6′", "41°".
_DEGREES = (
    r"\d{1,3}(?:\.\d+)?\s*(?:[°º˚]|degrees?\b)?"
    r"(?:\s*\d{1,2}(?:\.\d+)?\s*['′’])?"
    r"(?:\s*\d{1,2}(?:\.\d+)?\s*(?:\"|″|''|′′))?"
)
#: A latitude then a longitude, each with its hemisphere after it, each perhaps named
#: ("latitude 23.4 North, longitude 151.2 East", "Lat. 40.2ºN and Long. 143.9ºE").
_PAIR = re.compile(
    rf"(?:\b(?:lat(?:itude)?\.?)\s*)?(?P<lat>-?{_DEGREES})\s*(?P<ns>N(?:orth)?|S(?:outh)?)\b\.?"
    r"\s*(?:[,/;]\s*|\s+and\s+|\s+)"
    rf"(?:\b(?:lon(?:g(?:itude)?)?\.?)\s*)?(?P<lon>-?{_DEGREES})\s*(?P<ew>E(?:ast)?|W(?:est)?)\b",
    re.IGNORECASE,
)


#: Degree and minute marks as geopy reads them ("40.2º" with an ordinal sign is 40.2°).
_MARKS = str.maketrans({"º": "°", "˚": "°", "’": "′", "'": "′"})
#: "24.1 degrees South": the word for the mark.
_DEGREE_WORD = re.compile(r"\s*degrees?\b", re.IGNORECASE)
#: A number marked as a coordinate: a decimal point or a degree sign.
_MARKED = re.compile(r"[.°]")
#: A pair that names what it gives: "latitude 23 North, longitude 151 East".
_NAMED = re.compile(r"lat", re.IGNORECASE)


def _position(match: re.Match[str]) -> tuple[float, float] | None:
    """Return the latitude and longitude a match gives, or None when geopy reads none."""
    # the hemisphere names the sign: "-97.4 W" is west, as 97.4 W is
    lat, lon = (
        _DEGREE_WORD.sub("°", match[k].lstrip("-")).translate(_MARKS) for k in ("lat", "lon")
    )
    if not (_MARKED.search(lat) and _MARKED.search(lon)) and not _NAMED.match(match.group()):
        return None  # "5 N 3 E": bare whole numbers, more likely a code than a place
    try:
        with warnings.catch_warnings():  # geopy warns before it refuses a latitude past 90
            warnings.simplefilter("ignore", UserWarning)
            point = Point.from_string(f"{lat} {match['ns'][0]}, {lon} {match['ew'][0]}".upper())
    except ValueError:
        return None
    if not (-90 <= point.latitude <= 90 and -180 <= point.longitude <= 180):
        return None
    return point.latitude, point.longitude


def _degrees(value: float) -> str:
    """Return a coordinate's size in degrees to four decimals, without trailing zeros."""
    return f"{abs(value):.4f}".rstrip("0").rstrip(".")


def find_points(text: str) -> list[Mention]:
    """Return each position a text gives by coordinates as a mention of a point."""
    points = []
    for match in _PAIR.finditer(text):
        position = _position(match)
        if position is None:
            continue
        lat, lon = position
        north, east = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
        name = f"{_degrees(lat)}°{north} {_degrees(lon)}°{east}"
        place = Place(name, lat=lat, lon=lon, kind="point")
        points.append(Mention(match.group(), match.start(), match.end(), place, 1.0))
    return points
