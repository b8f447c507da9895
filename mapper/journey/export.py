"""Write a journey out: GeoDataFrames, GeoJSON and GeoParquet, every file atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mapper.atomic import atomic_write
from mapper.model import Journey, Leg, Place

if TYPE_CHECKING:
    import geopandas

    from mapper.claims import ClaimCheck

__all__ = [
    "drawn_path",
    "journey_geojson",
    "journey_kml",
    "legs_frame",
    "stops_frame",
    "write_geojson",
    "write_geoparquet",
    "write_kml",
]


def stops_frame(journey: Journey) -> geopandas.GeoDataFrame:
    """Return the stops as a GeoDataFrame (EPSG:4326), in order."""
    import geopandas
    from shapely.geometry import Point

    rows = [
        {"order": i, **s.to_dict(), "geometry": Point(s.place.lon, s.place.lat)}
        for i, s in enumerate(journey.stops, start=1)
    ]
    return geopandas.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def legs_frame(journey: Journey) -> geopandas.GeoDataFrame:
    """Return the legs as a GeoDataFrame of LineStrings (EPSG:4326)."""
    import geopandas
    from shapely.geometry import LineString

    rows = [
        {
            "order": i,
            **leg.to_dict(),
            "geometry": LineString([(lon, lat) for lat, lon in drawn_path(leg)]),
        }
        for i, leg in enumerate(journey.legs, start=1)
    ]
    return geopandas.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def _rfc7946(geometry: dict[str, object]) -> dict[str, object]:
    """Return a line geometry with every longitude within +-180, split at the 180th
    meridian where it crosses it (RFC 7946, section 3.1.9)."""
    import antimeridian
    from shapely.geometry import LineString, mapping

    coords = geometry.get("coordinates")
    if geometry.get("type") != "LineString" or not isinstance(coords, list) or len(coords) < 2:
        return geometry
    wrapped = [((lon + 180.0) % 360.0 - 180.0, lat) for lon, lat in coords]
    fixed = antimeridian.fix_line_string(LineString(wrapped), great_circle=False)
    return dict(mapping(fixed))


def drawn_path(leg: Leg) -> tuple[tuple[float, float], ...]:
    """Return a leg's path, or the geodesic between its ends when it has none."""
    from mapper.geodesy import geodesic_path

    return leg.path or tuple(geodesic_path(leg.start.place, leg.end.place))


def journey_geojson(
    journey: Journey,
    *,
    sites: Sequence[Place] = (),
    claims: Sequence[ClaimCheck] = (),
) -> dict[str, object]:
    """Return a journey as one GeoJSON FeatureCollection (RFC 7946): its stops (Points),
    its legs (lines, split at the 180th meridian), and, when given, the story's sites
    (Points) and claims (the geodesic between their ends; no geometry when an end did
    not resolve). Each feature's ``feature`` property says which it is.

    Examples
    --------
    >>> from mapper.journey import legs_between
    >>> from mapper.model import Place, Stop
    >>> a = Place("Anadyr", lat=64.73, lon=177.51)
    >>> b = Place("Nome", lat=64.50, lon=-165.41)
    >>> [leg] = legs_between([Stop(a), Stop(b)], route_rail=False)
    >>> legs = journey_geojson(Journey((Stop(a), Stop(b)), (leg,)))["features"][2:]
    >>> legs[0]["geometry"]["type"]
    'MultiLineString'
    """
    from mapper.geodesy import geodesic_path

    feats = json.loads(stops_frame(journey).to_json(drop_id=True))["features"]
    for f in feats:
        f["properties"]["feature"] = "stop"
    if journey.legs:
        for f in json.loads(legs_frame(journey).to_json(drop_id=True))["features"]:
            f["properties"]["feature"] = "leg"
            f["geometry"] = _rfc7946(f["geometry"])
            feats.append(f)
    for place in dict.fromkeys(sites):
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {**place.to_dict(), "feature": "site"},
            }
        )
    for check in claims:
        geometry = None
        if check.origin is not None and check.target is not None:
            line = [[lon, lat] for lat, lon in geodesic_path(check.origin, check.target)]
            geometry = _rfc7946({"type": "LineString", "coordinates": line})
        feats.append(
            {
                "type": "Feature",
                "geometry": geometry,
                "properties": {**check.to_dict(), "feature": "claim"},
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def write_geojson(
    journey: Journey,
    path: str | os.PathLike[str],
    *,
    sites: Sequence[Place] = (),
    claims: Sequence[ClaimCheck] = (),
) -> None:
    """Write :func:`journey_geojson` to a file, atomically."""
    data = journey_geojson(journey, sites=sites, claims=claims)
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1))


#: The folder each kind of feature goes in, in a KML file.
_KML_FOLDERS = {"stop": "Stops", "leg": "Legs", "site": "Places named", "claim": "Distance claims"}


def journey_kml(
    journey: Journey,
    *,
    sites: Sequence[Place] = (),
    claims: Sequence[ClaimCheck] = (),
    title: str = "",
) -> str:
    """Return the features of :func:`journey_geojson` as a KML document (for Google
    Earth and GIS desktops), one folder per kind, written with ``fastkml``."""
    import warnings

    import pygeoif

    with warnings.catch_warnings():  # fastkml warns that lxml (pretty printing) is absent
        warnings.simplefilter("ignore", UserWarning)
        from fastkml import Document, Folder, Placemark, kml

    folders: dict[str, list[Placemark]] = {kind: [] for kind in _KML_FOLDERS}
    collection = journey_geojson(journey, sites=sites, claims=claims)
    for feature in cast("list[dict[str, Any]]", collection["features"]):
        props = feature["properties"]
        kind = props["feature"]
        geometry = feature["geometry"]
        shape = pygeoif.shape(geometry) if geometry is not None else None
        lines = [
            f"{k}: {v}" for k, v in props.items() if v not in (None, "", []) and k != "feature"
        ]
        name = props.get("name") or f"{props.get('from', '?')} to {props.get('to', '?')}"
        if kind == "claim":
            name = f"{props.get('stated_km', '?')} km claimed, {props.get('verdict', '')}"
        folders[kind].append(
            Placemark(name=str(name), description="\n".join(lines), geometry=shape)
        )
    document = Document(
        name=title or journey.title or "mapper journey",
        features=[
            Folder(name=_KML_FOLDERS[kind], features=marks)
            for kind, marks in folders.items()
            if marks
        ],
    )
    return kml.KML(features=[document]).to_string()


def write_kml(
    journey: Journey,
    path: str | os.PathLike[str],
    *,
    sites: Sequence[Place] = (),
    claims: Sequence[ClaimCheck] = (),
    title: str = "",
) -> None:
    """Write :func:`journey_kml` to a file, atomically."""
    atomic_write(path, journey_kml(journey, sites=sites, claims=claims, title=title))


def write_geoparquet(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write stops to ``path`` and legs to ``<stem>-legs.parquet`` as GeoParquet, atomically."""
    path = Path(path)
    atomic_write(path, lambda tmp: stops_frame(journey).to_parquet(tmp))
    legs_path = path.with_name(f"{path.stem}-legs{path.suffix or '.parquet'}")
    atomic_write(legs_path, lambda tmp: legs_frame(journey).to_parquet(tmp))
