"""Airports with an IATA code, from the ``airportsdata`` package.

Each airport is found by its full name ("London Heathrow Airport"), by that name
without the word airport ("London Heathrow") and, when it starts with its city's name,
by the rest ("Heathrow"); never by the bare city name, and never by a name that is a
part of a region or country ("East Texas").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from ...names import fold
from ..rank import Q_PRIMARY, WEIGHTS
from .base import DIRECTIONAL, Build, Keys, Row, Source, add_key

__all__ = ["SOURCE", "airport_rows"]

_AIRPORT_SUFFIX = re.compile(
    r"\s+(?:international\s+|regional\s+|municipal\s+|national\s+)*(?:airport|airfield|aerodrome)$"
)


def airport_rows(airports: Iterable[Mapping], build: Build) -> Iterator[Row]:
    """Yield the airports that have an IATA code.

    Parameters
    ----------
    airports : iterable of mapping
        Records of ``airportsdata.load()`` (``icao``, ``iata``, ``name``, ``city``,
        ``subd``, ``country``, ``lat``, ``lon``).
    build : Build
        Read: the names of regions and countries, which an airport's short name must
        not claim a part of.
    """
    for rec in airports:
        if not rec["iata"]:
            continue
        keys: Keys = {}
        add_key(keys, rec["name"], Q_PRIMARY)
        short = _AIRPORT_SUFFIX.sub("", fold(rec["name"]))
        city = fold(rec["city"] or "")
        area = DIRECTIONAL.match(short)  # "East Texas" names a part of Texas
        if area and (area["rest"] in build.region_keys or area["rest"] in build.country_keys):
            short = ""
        if short and short != city:
            # "London Heathrow" and "Heathrow"; never the bare city name.
            add_key(keys, short, Q_PRIMARY)
            if city and short.startswith(city + " "):
                rest = short[len(city) + 1 :]
                if len(rest) >= 4 and rest not in ("international", "regional"):
                    add_key(keys, rest, Q_PRIMARY)
        yield Row(
            name=rec["name"],
            lat=float(rec["lat"]),
            lon=float(rec["lon"]),
            kind="airport",
            country=rec["country"] or "",
            admin1=rec["subd"] or "",
            population=0,
            weight=WEIGHTS["airport"],
            source=f"airportsdata:{rec['icao'] or rec['iata']}",
            keys=keys,
        )


def _rows(build: Build) -> Iterator[Row]:
    import airportsdata

    return airport_rows(airportsdata.load("ICAO").values(), build)


#: Airports with an IATA code.
SOURCE = Source("airports", _rows, dists=("airportsdata",))
