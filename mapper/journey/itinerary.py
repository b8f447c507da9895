"""Read a journey from an itinerary file: CSV, YAML or GeoJSON, one stop per row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mapper.errors import DataError, MapperError
from mapper.model import ROLES, STATUSES, Journey, Place, Stop

from .legs import legs_between
from .reader import MODES

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["read_itinerary"]

_FIELDS = ("name", "lat", "lon", "date", "date_end", "mode", "status", "role", "note")
#: Itineraries are read whole: a bigger file is refused before it is read.
MAX_ITINERARY_BYTES = 10_000_000


def read_itinerary(path: str | os.PathLike[str], *, gazetteer: Gazetteer | None = None) -> Journey:
    """Read an itinerary file (CSV, YAML or GeoJSON) into a routed Journey.

    Schema, one stop per row (CSV columns, YAML list items, or GeoJSON Point features
    whose properties hold the fields and whose geometry gives the point):

    ========  ==========================================================================
    field     meaning
    ========  ==========================================================================
    name      place name, looked up in the gazetteer (required unless lat and lon given)
    lat, lon  WGS84 degrees (optional; when given with a name they must agree with it)
    date      ISO date ``YYYY-MM-DD`` (optional); ``date_end`` ends a range
    mode      how the stop was reached: rail, road, air, sea, unknown (default rail)
    status    confirmed, speculated or implied (default confirmed)
    role      origin, stop or destination (default: first origin, last destination)
    note      free text shown in popups (optional)
    ========  ==========================================================================

    Raises
    ------
    DataError
        Naming the file, the row (1-based, data rows; CSV rows count the header as 1)
        and the field, for a missing field, a bad date, an unknown place, coordinates
        out of range or swapped.
    """
    path = Path(path)
    label = str(path)
    if not path.exists():
        raise DataError(label, "no such file; give the path of a CSV, YAML or GeoJSON itinerary")
    if path.is_dir():
        raise DataError(label, "is a folder; give the path of a CSV, YAML or GeoJSON itinerary")
    size = path.stat().st_size
    if size > MAX_ITINERARY_BYTES:
        raise DataError(
            label,
            f"the file holds {size / 1e6:.1f} MB; an itinerary is read whole, up to "
            f"{MAX_ITINERARY_BYTES / 1e6:.0f} MB: split it into trips",
        )
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataError(label, "the file is not UTF-8 text; save it as UTF-8") from None
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        rows = _geojson_rows(label, raw)
    elif suffix in (".yaml", ".yml"):
        rows = _yaml_rows(label, raw)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(label, raw)
    else:
        raise DataError(label, f"unknown itinerary format {suffix!r}; use .csv, .yaml or .geojson")
    if not rows:
        raise DataError(label, "the itinerary has no stops")
    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    stops = [_stop_from_row(label, n, row, gazetteer, rows) for n, row in rows]
    if stops[0].role == "stop":
        stops[0] = replace(stops[0], role="origin")
    if len(stops) > 1 and stops[-1].role == "stop":
        stops[-1] = replace(stops[-1], role="destination")
    return Journey(tuple(stops), tuple(legs_between(stops)), (), path.stem)


def _csv_rows(label: str, raw: str) -> list[tuple[int, dict]]:
    dialect = csv.excel_tab if "\t" in raw.split("\n", 1)[0] else csv.excel
    reader = csv.DictReader(io.StringIO(raw), dialect=dialect)
    if not reader.fieldnames or not ({"name", "lat"} & {f.strip() for f in reader.fieldnames}):
        raise DataError(label, "the header must name a 'name' column or 'lat' and 'lon' columns")
    return [
        (n, {(k or "").strip(): (v or "").strip() for k, v in row.items()})
        for n, row in enumerate(reader, start=2)
    ]


def _yaml_rows(label: str, raw: str) -> list[tuple[int, dict]]:
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        """YAML without aliases: "*name" may expand a small file into gigabytes."""

        def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise DataError(
                    label,
                    f"YAML aliases ('*name', line {mark.line + 1}) are not read in an "
                    "itinerary; write each stop out in full",
                )
            return super().compose_node(parent, index)

    try:
        data = yaml.load(raw, Loader=NoAliasLoader)
    except yaml.YAMLError as exc:
        raise DataError(label, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise DataError(label, "the YAML is nested too deeply to be an itinerary") from None
    if isinstance(data, dict):
        data = data.get("stops")
    if not isinstance(data, list):
        raise DataError(label, "expected a list of stops (or a mapping with a 'stops' list)")
    rows = []
    for n, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise DataError(label, "each stop must be a mapping of fields", row=n)
        rows.append((n, {k: "" if v is None else str(v).strip() for k, v in item.items()}))
    return rows


def _geojson_rows(label: str, raw: str) -> list[tuple[int, dict]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(label, f"not valid JSON: {exc}") from None
    except RecursionError:
        raise DataError(label, "the JSON is nested too deeply to be an itinerary") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise DataError(label, "expected a GeoJSON FeatureCollection with 'features'")
    rows = []
    for n, feat in enumerate(features, start=1):
        if not isinstance(feat, dict):
            raise DataError(label, "each feature must be a JSON object", n)
        props = feat.get("properties") or {}
        geom = feat.get("geometry")
        if not isinstance(props, dict):
            raise DataError(label, "properties must be a JSON object", n, "properties")
        if not isinstance(geom, dict | None):
            raise DataError(label, "geometry must be a JSON object", n, "geometry")
        props = dict(props)
        if props.get("feature") == "leg":
            continue  # mapper's own GeoJSON: the legs are drawn again from the stops
        if geom:
            coords = geom.get("coordinates")
            if geom.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
                raise DataError(label, "geometry must be a Point [lon, lat]", n, "geometry")
            lon, lat = geom["coordinates"][:2]
            props.setdefault("lon", lon)
            props.setdefault("lat", lat)
        rows.append((n, {k: "" if v is None else str(v).strip() for k, v in props.items()}))
    return rows


def _stop_from_row(
    label: str,
    n: int,
    row: dict[str, str],
    gazetteer: Gazetteer,
    rows: list[tuple[int, dict[str, str]]],
) -> Stop:
    name = row.get("name", "")
    lat_s, lon_s = row.get("lat", ""), row.get("lon", "")
    if not name and not (lat_s and lon_s):
        field = "name" if not (lat_s or lon_s) else ("lat" if not lat_s else "lon")
        raise DataError(label, "each stop needs a name or both lat and lon", n, field)
    point = None
    if lat_s or lon_s:
        point = _point(label, n, lat_s, lon_s)
    place = None
    context = [r["name"] for _, r in rows if r.get("name") and r["name"] != name]
    if name and point is None:
        try:
            place = gazetteer.lookup(name, context=context)
        except MapperError as exc:
            raise DataError(label, str(exc), n, "name") from None
    elif name:
        # Coordinates given too: they must agree with a place of that name.
        found = [c.place for c in gazetteer.search(name, context=context, limit=20)]
        if found and point is not None:
            match = _check_agrees(label, n, found, point)
            place = Place(name, lat=point[0], lon=point[1], kind=match.kind,
                          country=match.country, source=match.source)  # fmt: skip
    if place is None:
        assert point is not None
        place = Place(name or f"{point[0]:.4f}, {point[1]:.4f}", lat=point[0], lon=point[1],
                      kind="site", source=f"{label}, row {n}")  # fmt: skip
    date, date_end = _date(label, n, row.get("date", ""), "date"), ""
    if row.get("date_end"):
        date_end = _date(label, n, row["date_end"], "date_end")
    mode = (row.get("mode") or "rail").lower()
    if mode not in MODES:
        raise DataError(label, f"mode must be one of {MODES}, got {mode!r}", n, "mode")
    status = (row.get("status") or "confirmed").lower()
    if status not in STATUSES:
        raise DataError(label, f"status must be one of {STATUSES}, got {status!r}", n, "status")
    role = (row.get("role") or "stop").lower()
    if role not in ROLES:
        raise DataError(label, f"role must be one of {ROLES}, got {role!r}", n, "role")
    return Stop(place, role, status, date, date_end, row.get("note", ""), mode)


def _point(label: str, n: int, lat_s: str, lon_s: str) -> tuple[float, float]:
    try:
        lat = float(lat_s)
    except ValueError:
        raise DataError(label, f"lat must be a number, got {lat_s!r}", n, "lat") from None
    try:
        lon = float(lon_s)
    except ValueError:
        raise DataError(label, f"lon must be a number, got {lon_s!r}", n, "lon") from None
    if not -90.0 <= lat <= 90.0:
        hint = " (lat and lon swapped?)" if -90.0 <= lon <= 90.0 and abs(lat) <= 180 else ""
        raise DataError(label, f"lat must be in [-90, 90], got {lat}{hint}", n, "lat")
    if not -180.0 <= lon <= 180.0:
        raise DataError(label, f"lon must be in [-180, 180], got {lon}", n, "lon")
    return lat, lon


def _check_agrees(label: str, n: int, places: Sequence[Place], point: tuple[float, float]) -> Place:
    """Return the named place within 50 km of the point, or raise naming the problem."""
    from mapper.geodesy import distance_km

    nearest = min(places, key=lambda p: distance_km(p, point))
    d = distance_km(nearest, point)
    if d <= 50.0:
        return nearest
    if abs(point[1]) <= 90.0:
        swapped = (point[1], point[0])
        for place in places:
            if distance_km(place, swapped) <= 50.0:
                raise DataError(
                    label,
                    f"lat/lon look swapped: {place.name} is at lat {place.lat:.4f}, "
                    f"lon {place.lon:.4f}",
                    n,
                    "lat",
                )
    raise DataError(
        label,
        f"the coordinates lie {d:,.0f} km from {nearest.name} ({nearest.lat:.4f}, "
        f"{nearest.lon:.4f}), the nearest place of that name; fix them or the name",
        n,
        "lat",
    )


def _date(label: str, n: int, value: str, field: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise DataError(
            label, f"{field} must be an ISO date like 2023-09-12, got {value!r}", n, field
        ) from None
