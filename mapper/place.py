"""The place types of the gazetteer: a named point and a ranked match for a query.

Immutable value types. :mod:`mapper.model` holds them too, beside the story's types
(mentions, stops, legs, journeys); a lookup needs only these.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["AREA_KINDS", "KINDS", "MATCHES", "Candidate", "Place"]

#: The closed set of place kinds.
KINDS = frozenset(
    {
        "airport",
        "area",
        "campus",
        "city",
        "continent",
        "country",
        "county",
        "factory",
        "island",
        "macroregion",
        "mountain",
        "point",  # a position a text gives by its coordinates ("15.2N 74.9W")
        "region",
        "river",
        "site",
        "spaceport",
        "station",
        "town",
        "water",
    }
)

#: Kinds that name an area or a line (its point is a representative one), not a point:
#: "macroregion" is a group of countries such as "Western Africa" or "European Union";
#: the natural features are "water" (oceans, seas, gulfs, straits, lakes), "river",
#: "island", "mountain" (ranges and peaks) and "area" (deserts, peninsulas, regions).
AREA_KINDS = frozenset(
    {
        "continent",
        "macroregion",
        "country",
        "region",
        "water",
        "river",
        "island",
        "mountain",
        "area",
    }
)


@dataclass(frozen=True, slots=True)
class Place:
    """A named point from the gazetteer. Immutable and hashable.

    Examples
    --------
    >>> p = Place("Ussuriysk", lat=43.80467, lon=131.95734, kind="city", country="RU",
    ...           source="geonames:2014006")
    >>> p.__geo_interface__
    {'type': 'Point', 'coordinates': (131.95734, 43.80467)}
    """

    name: str  #: Display name, e.g. "Ussuriysk".
    lat: float  #: Latitude in degrees (WGS84), [-90, 90].
    lon: float  #: Longitude in degrees (WGS84), [-180, 180].
    kind: str = "city"  #: One of :data:`KINDS`.
    country: str = ""  #: ISO 3166-1 alpha-2, e.g. "RU"; empty when none applies.
    source: str = ""  #: Provenance, e.g. "geonames:2014006" or a reference URL.
    population: int = 0  #: Inhabitants where known, else 0.
    admin1: str = ""  #: First-level region name where known.

    def __post_init__(self) -> None:
        lat, lon = self.lat, self.lon
        if not (
            isinstance(lat, int | float)
            and isinstance(lon, int | float)
            and -90.0 <= lat <= 90.0  # also rejects NaN
            and -180.0 <= lon <= 180.0
        ):
            raise ValueError(
                f"{self.name!r}: lat must be in [-90, 90] and lon in [-180, 180], "
                f"got lat={lat!r}, lon={lon!r} (swapped?)"
            )
        if self.kind not in KINDS:
            raise ValueError(f"{self.name!r}: kind {self.kind!r} is not one of {sorted(KINDS)}")

    @property
    def __geo_interface__(self) -> dict:
        return {"type": "Point", "coordinates": (self.lon, self.lat)}

    @property
    def label(self) -> str:
        """Return a short human label: name, kind, region and country."""
        parts = [self.name, self.kind]
        if self.admin1:
            parts.append(self.admin1)
        if self.country:
            parts.append(self.country)
        return f"{parts[0]} ({', '.join(parts[1:])}, {self.lat:.4f}, {self.lon:.4f})"

    def to_dict(self) -> dict:
        """Return the place as a JSON-ready dict."""
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "country": self.country,
            "source": self.source,
        }


#: How a candidate's name matched the query, from the strongest reading to the weakest.
#: A match that is two of these at once is recorded as the weaker (later) one:
#:
#: * "name": the place's name or a curated alias, as written ("Vladivostok");
#: * "kind word": the name followed by a word for its kind ("Heathrow airport");
#: * "part of": a part of the place, where nothing bears the whole query
#:   ("Northern Syria" for Syria);
#: * "short form": a short form of the name ("Komsomolsk" for Komsomolsk-on-Amur,
#:   "DeKalb" for DeKalb County);
#: * "alternate name": one of the place's other names (GeoNames' names in other
#:   languages and old names, "Koepang"; a region's postal code, "NSW"); a big city's
#:   former name that English still uses ("Bombay") is a curated alias: "name".
MATCHES = ("name", "kind word", "part of", "short form", "alternate name")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer match for a query, with its score in [0, 1] and why it scored so."""

    place: Place
    score: float
    reason: str  #: Why it scored so, for people: how it matched, its weight, its context.
    match: str = "name"  #: How the name matched, one of :data:`MATCHES`.

    def __post_init__(self) -> None:
        if not (0.0 <= self.score <= 1.0) or math.isnan(self.score):
            raise ValueError(f"score must be in [0, 1], got {self.score!r}")
        if self.match not in MATCHES:
            raise ValueError(f"match must be one of {MATCHES}, got {self.match!r}")
