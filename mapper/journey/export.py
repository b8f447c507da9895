"""Write a journey out: GeoDataFrames, GeoJSON and GeoParquet, every file atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from mapper.atomic import atomic_write
from mapper.model import Journey

if TYPE_CHECKING:
    import geopandas

__all__ = ["journey_geojson", "legs_frame", "stops_frame", "write_geojson", "write_geoparquet"]


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
            "geometry": LineString([(lon, lat) for lat, lon in leg.path]),
        }
        for i, leg in enumerate(journey.legs, start=1)
    ]
    return geopandas.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def journey_geojson(journey: Journey) -> dict[str, object]:
    """Return stops (Points) and legs (LineStrings) as one GeoJSON FeatureCollection."""
    feats = []
    stops = json.loads(stops_frame(journey).to_json(drop_id=True))["features"]
    legs = json.loads(legs_frame(journey).to_json(drop_id=True))["features"] if journey.legs else []
    for f in stops:
        f["properties"]["feature"] = "stop"
    for f in legs:
        f["properties"]["feature"] = "leg"
    feats = stops + legs
    return {"type": "FeatureCollection", "features": feats}


def write_geojson(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write the journey's stops and legs to a GeoJSON file, atomically."""
    data = journey_geojson(journey)

    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1))


def write_geoparquet(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write stops to ``path`` and legs to ``<stem>-legs.parquet`` as GeoParquet, atomically."""
    path = Path(path)
    atomic_write(path, lambda tmp: stops_frame(journey).to_parquet(tmp))
    legs_path = path.with_name(f"{path.stem}-legs{path.suffix or '.parquet'}")
    atomic_write(legs_path, lambda tmp: legs_frame(journey).to_parquet(tmp))
