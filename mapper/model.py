"""Immutable value types shared across mapper."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = [
    "AREA_KINDS",
    "KINDS",
    "MATCHES",
    "ROLES",
    "STATUSES",
    "Candidate",
    "Journey",
    "Leg",
    "Mention",
    "Place",
    "Stop",
]

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


#: Roles of a stop in a journey.
ROLES = ("origin", "stop", "destination")
#: Statuses of a stop: seen or reported as done, guessed at, or implied by the story.
STATUSES = ("confirmed", "speculated", "implied")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text, with its resolution (or the lack of one)."""

    surface: str  #: The text as written, e.g. "Komsomolsk-on-Amur".
    start: int  #: Offset of the first character in the text.
    end: int  #: Offset just past the last character (``text[start:end] == surface``).
    place: Place | None  #: The resolved place, or None.
    confidence: float = 0.0  #: In [0, 1].
    evidence: tuple[str, ...] = ()  #: Why it was recognised and resolved so.
    candidates: tuple[Candidate, ...] = ()  #: Other readings considered, best first.
    #: For a demonym or adjective: the ISO code of its country ("North Korean": "KP"), or
    #: the name of the wider area it refers to ("European": "Europe").
    adjective_of: str = ""

    @property
    def adjective_country(self) -> str:
        """Return the ISO code of the country a demonym refers to, or ''."""
        code = self.adjective_of
        return code if len(code) == 2 and code.isupper() else ""

    def to_dict(self) -> dict:
        """Return the mention as a JSON-ready dict."""
        p = self.place
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "name": p.name if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "kind": p.kind if p else None,
            "country": p.country if p else None,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Stop:
    """A place on a journey, in order."""

    place: Place
    role: str = "stop"  #: One of :data:`ROLES`.
    status: str = "confirmed"  #: One of :data:`STATUSES`.
    date: str = ""  #: ISO date (or start of a range) when known, e.g. "2023-09-12".
    date_end: str = ""  #: ISO date ending a range, when the text gives one.
    sentence: str = ""  #: The sentence (or itinerary note) that supports the stop.
    mode: str = "rail"  #: How the traveller arrived here: rail, road, air, sea, unknown.
    #: Where the stop is reported (an itinerary's ``source``: a URL or a citation).
    reported_by: str = ""

    def to_dict(self) -> dict:
        """Return the stop as a JSON-ready dict."""
        p = self.place
        return {
            "name": p.name,
            "role": self.role,
            "status": self.status,
            "date": self.date or None,
            "date_end": self.date_end or None,
            "mode": self.mode,
            "kind": p.kind,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "source": p.source,
            "sentence": self.sentence,
            "reported_by": self.reported_by or None,
        }

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {self.role!r}")
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, got {self.status!r}")


@dataclass(frozen=True, slots=True)
class Leg:
    """The way between two consecutive stops."""

    start: Stop
    end: Stop
    mode: str  #: rail, road, air, sea or unknown.
    straight_km: float  #: Geodesic length in km.
    rail_km: float | None = None  #: Length along the railway network, None when off it.
    path: tuple[tuple[float, float], ...] = ()  #: (lat, lon) points to draw, unwrapped.
    note: str = ""  #: How the length was found ("kilometre posts", "geodesic fallback"...).

    def to_dict(self) -> dict:
        """Return the leg as a JSON-ready dict (lengths in km, rounded to the metre)."""
        return {
            "from": self.start.place.name,
            "to": self.end.place.name,
            "mode": self.mode,
            "status": self.status,
            "straight_km": round(self.straight_km, 3),
            "rail_km": None if self.rail_km is None else round(self.rail_km, 3),
            "note": self.note,
        }

    @property
    def status(self) -> str:
        """Return the weaker status of the two ends (speculated beats confirmed)."""
        order = {s: i for i, s in enumerate(STATUSES)}
        return max(self.start.status, self.end.status, key=order.__getitem__)


@dataclass(frozen=True, slots=True)
class Journey:
    """Ordered stops and the legs between them, plus the sites a story names."""

    stops: tuple[Stop, ...]
    legs: tuple[Leg, ...] = ()
    sites: tuple[Mention, ...] = ()  #: Places named but not on the route (e.g. a forum city).
    title: str = ""
