"""Journeys: ordered stops and the legs between them, from a story or an itinerary file.

From a parsed story (:func:`journey_from_document`, :mod:`mapper.journey.reader`), a
place becomes a stop when its sentence says the traveller went there
(travel cues: "a stop in", "arrived in", "was spotted near", "continued his journey",
"reached", "visited"): such stops are *confirmed*. Modal cues ("might visit", "could
visit", "speculated", "is scheduled to", "is expected to") make *speculated* stops,
which are candidate destinations. When the story's traveller is a country's leader
travelling by train or plane and the text names no starting point, the country's
capital is added as an *implied* origin. Places named without such cues are the
story's *sites* (a forum city, an earlier meeting place).

Itinerary files (CSV, YAML or GeoJSON) list one stop per row; see :func:`read_itinerary`
for the schema. Legs by rail follow the railway network (:mod:`mapper.rail`) where both
ends lie on it, and fall back to the geodesic otherwise, saying so.
"""

from __future__ import annotations

from .export import (
    journey_geojson,
    journey_kml,
    legs_frame,
    stops_frame,
    write_geojson,
    write_geoparquet,
    write_kml,
)
from .itinerary import read_itinerary
from .legs import legs_between
from .order import with_roles
from .reader import MODES, journey_from_document, journey_from_text

__all__ = [
    "MODES",
    "journey_from_document",
    "journey_from_text",
    "journey_geojson",
    "journey_kml",
    "legs_between",
    "legs_frame",
    "read_itinerary",
    "stops_frame",
    "with_roles",
    "write_geojson",
    "write_geoparquet",
    "write_kml",
]
