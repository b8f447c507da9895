"""The tables of a batch: their columns and types, rows made from a story, and the
Parquet bytes of a chunk's part files.

Every table has the article's ``id`` first. The four geographic ones are GeoParquet
(EPSG:4326, written by :meth:`geopandas.GeoDataFrame.to_parquet`):

============  ==================================================================
``mentions``  every place a document names: its span, surface, the place it
              resolved to (name, country, kind, point) and the confidence; an
              unresolved mention has null place fields and a null geometry
``claims``    every distance claim, with the fields of ``mapper check --json``;
              ``from`` and ``to`` flattened to ``from_name``, ``from_lat``...,
              ``readings`` as JSON text; a line between the two ends when both resolved
``stops``     the journey's stops in order (``order`` from 1): status, date, mode...
``legs``      the legs between them, drawn as ``mapper journey --geojson`` draws them
============  ==================================================================

and two are plain Parquet: ``documents`` (one row per document read: its input, title,
date and URL, its length and its counts) and ``errors`` (one row per document that could
not be read: its input and the reason). Each column has one type in every part file,
even when a chunk has no row or no value for it, so the parts read as one table.

Examples
--------
>>> from mapper.model import Mention, Place
>>> m = Mention("Khasan", 4, 10, Place("Khasan", lat=42.43, lon=130.64, country="RU"))
>>> row, point = mention_row("doc-1", m)
>>> row["id"], row["name"], point.wkt
('doc-1', 'Khasan', 'POINT (130.64 42.43)')
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..model import Leg, Mention, Place, Stop
from .records import TABLES

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, unused-ignore]
    from shapely.geometry.base import BaseGeometry

    from ..claims import ClaimCheck

__all__ = [
    "COLUMNS",
    "GEOMETRY_TYPES",
    "Rows",
    "claim_row",
    "leg_row",
    "mention_row",
    "parquet_bytes",
    "stop_row",
    "story_rows",
]

#: Each table's columns (before the geometry) and their pandas types.
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "id": "string",
        "input": "string",
        "title": "string",
        "date": "string",
        "url": "string",
        "chars": "Int64",
        "mentions": "Int64",
        "claims": "Int64",
        "stops": "Int64",
        "legs": "Int64",
    },
    "mentions": {
        "id": "string",
        "start": "Int64",
        "end": "Int64",
        "surface": "string",
        "name": "string",
        "country": "string",
        "kind": "string",
        "lat": "float64",
        "lon": "float64",
        "source": "string",
        "confidence": "float64",
        "evidence": "string",
    },
    "claims": {
        "id": "string",
        "sentence": "string",
        "start": "Int64",
        "end": "Int64",
        "text": "string",
        "value": "float64",
        "low": "float64",
        "high": "float64",
        "unit": "string",
        "stated_km": "float64",
        "precision_km": "float64",
        "qualifier": "string",
        "direction": "string",
        "travel": "boolean",
        "route": "string",
        "straight": "boolean",
        "round_trip": "boolean",
        **{
            f"{end}_{field}": kind
            for end in ("from", "to")
            for field, kind in (
                ("name", "string"),
                ("lat", "float64"),
                ("lon", "float64"),
                ("kind", "string"),
                ("country", "string"),
                ("mention", "string"),
                ("span_start", "Int64"),
                ("span_end", "Int64"),
            )
        },
        "measured_km": "float64",
        "bearing_deg": "float64",
        "measured_direction": "string",
        "direction_off_deg": "float64",
        "direction_sectors_apart": "Int64",
        "relative_error": "float64",
        "tolerance_km": "float64",
        "verdict": "string",
        "basis": "string",
        "straight_verdict": "string",
        "readings": "string",
        "route_note": "string",
        "rail_km": "float64",
        "area_note": "string",
        "unresolved_reason": "string",
    },
    "stops": {
        "id": "string",
        "order": "Int64",
        "name": "string",
        "role": "string",
        "status": "string",
        "date": "string",
        "date_end": "string",
        "mode": "string",
        "kind": "string",
        "country": "string",
        "lat": "float64",
        "lon": "float64",
        "source": "string",
        "sentence": "string",
        "reported_by": "string",
    },
    "legs": {
        "id": "string",
        "order": "Int64",
        "from": "string",
        "to": "string",
        "mode": "string",
        "status": "string",
        "straight_km": "float64",
        "rail_km": "float64",
        "note": "string",
    },
    "errors": {"id": "string", "input": "string", "reason": "string"},
}
#: The geometry of each geographic table (the others have none).
GEOMETRY_TYPES = {
    "mentions": "Point",
    "claims": "LineString",
    "stops": "Point",
    "legs": "LineString",
}

Row = dict[str, object]


def _point(place: Place | None) -> BaseGeometry | None:
    from shapely import Point

    return None if place is None else Point(place.lon, place.lat)


def mention_row(doc_id: str, mention: Mention) -> tuple[Row, BaseGeometry | None]:
    """Return a mention's row (:meth:`Mention.to_dict`, evidence joined by "; ") and point."""
    fields = mention.to_dict()
    row: Row = {"id": doc_id, **fields, "source": mention.place.source if mention.place else None}
    row["evidence"] = "; ".join(map(str, mention.evidence))
    return row, _point(mention.place)


def claim_row(doc_id: str, check: ClaimCheck) -> tuple[Row, BaseGeometry | None]:
    """Return a claim's row (the fields of ``mapper check --json``, flattened) and the
    line between its ends, or None when an end did not resolve."""
    from shapely import LineString

    row: Row = {"id": doc_id}
    for key, value in check.to_dict().items():
        if key in ("from", "to"):
            end = value if isinstance(value, Mapping) else {}
            span = end.get("span") or (None, None)
            for field in ("name", "lat", "lon", "kind", "country", "mention"):
                row[f"{key}_{field}"] = end.get(field)
            row[f"{key}_span_start"], row[f"{key}_span_end"] = span
        elif key == "readings":
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    line = None
    if check.origin is not None and check.target is not None:
        a, b = check.origin, check.target
        line = LineString([(a.lon, a.lat), (b.lon, b.lat)])
    return row, line


def stop_row(doc_id: str, order: int, stop: Stop) -> tuple[Row, BaseGeometry | None]:
    """Return a stop's row (:meth:`Stop.to_dict`, with its order from 1) and point."""
    return {"id": doc_id, "order": order, **stop.to_dict()}, _point(stop.place)


def leg_row(doc_id: str, order: int, leg: Leg) -> tuple[Row, BaseGeometry | None]:
    """Return a leg's row (:meth:`Leg.to_dict`, with its order from 1) and its line:
    the leg's path, else the geodesic between its ends (longitudes unwrapped)."""
    from shapely import LineString

    from ..journey.export import drawn_path

    line = LineString([(lon, lat) for lat, lon in drawn_path(leg)])
    return {"id": doc_id, "order": order, **leg.to_dict()}, line


class Rows:
    """The rows of every table for some documents, and their geometries.

    Examples
    --------
    >>> rows = Rows()
    >>> rows.add_error("a.txt", "articles", "empty: it holds no text")
    >>> rows.count()["errors"]
    1
    """

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLES}
        self.shapes: dict[str, list[BaseGeometry | None]] = {t: [] for t in GEOMETRY_TYPES}

    def add(self, table: str, row: Row, shape: BaseGeometry | None = None) -> None:
        """Add a row (and, for a geographic table, its geometry) to a table."""
        self.rows[table].append(row)
        if table in self.shapes:
            self.shapes[table].append(shape)

    def add_error(self, doc_id: str, source: str, reason: str) -> None:
        """Record a document that could not be read, and why."""
        self.add("errors", {"id": doc_id, "input": source, "reason": reason})

    def extend(self, other: Rows) -> None:
        """Add every row of ``other``."""
        for name in TABLES:
            self.rows[name].extend(other.rows[name])
        for name in GEOMETRY_TYPES:
            self.shapes[name].extend(other.shapes[name])

    def count(self) -> dict[str, int]:
        """Return each table's number of rows."""
        return {name: len(rows) for name, rows in self.rows.items()}

    def frame(self, table: str) -> pandas.DataFrame:
        """Return a table as a DataFrame, or a GeoDataFrame in EPSG:4326, typed."""
        import pandas as pd  # type: ignore[import-untyped, unused-ignore]

        columns = COLUMNS[table]
        frame = pd.DataFrame(self.rows[table], columns=list(columns)).astype(columns)
        if table not in GEOMETRY_TYPES:
            return frame
        import geopandas

        shapes = geopandas.GeoSeries(self.shapes[table], crs="EPSG:4326")
        return geopandas.GeoDataFrame(frame, geometry=shapes.values, crs="EPSG:4326")

    def parts(self) -> dict[str, bytes]:
        """Return each table as the bytes of a (Geo)Parquet file."""
        return {name: parquet_bytes(self.frame(name)) for name in TABLES}


def parquet_bytes(frame: pandas.DataFrame) -> bytes:
    """Return a DataFrame (or GeoDataFrame: GeoParquet) as the bytes of a Parquet file."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def story_rows(
    doc_id: str,
    story_mentions: Sequence[Mention],
    claims: Sequence[ClaimCheck],
    stops: Sequence[Stop],
    legs: Sequence[Leg],
) -> Rows:
    """Return the rows of one document's mentions, claims, stops and legs."""
    rows = Rows()
    for mention in story_mentions:
        rows.add("mentions", *mention_row(doc_id, mention))
    for check in claims:
        rows.add("claims", *claim_row(doc_id, check))
    for order, stop in enumerate(stops, start=1):
        rows.add("stops", *stop_row(doc_id, order, stop))
    for order, leg in enumerate(legs, start=1):
        rows.add("legs", *leg_row(doc_id, order, leg))
    return rows
