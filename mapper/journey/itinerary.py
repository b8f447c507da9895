"""Read a journey from an itinerary file: CSV, YAML or GeoJSON, one stop per row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mapper.errors import AmbiguousPlace, DataError, MapperError
from mapper.model import KINDS, ROLES, STATUSES, Journey, Place, Stop

from .legs import legs_between
from .reader import MODES

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["MAX_ITINERARY_BYTES", "find_stop", "parse_itinerary", "read_itinerary", "sniff_format"]

_FIELDS = (
    "name", "lat", "lon", "date", "date_end", "mode", "status", "role", "note", "country", "kind",
    "source",
)  # fmt: skip
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
    country   ISO code or name of the stop's country (optional), to settle the name
    kind      the stop's kind, e.g. city, station, airport (optional), likewise
    source    where the stop is reported: a URL or a citation (optional), shown in popups
    ========  ==========================================================================

    A name shared by a town and its region ("Irkutsk") is the town; "Name, Region" and
    "Name, Country" ("Springfield, Illinois") are read as the town inside (see
    :func:`find_stop`). Headers may be capitalised; a UTF-8 byte-order mark is skipped.

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
        raw = path.read_text(encoding="utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError:
        raise DataError(label, "the file is not UTF-8 text; save it as UTF-8") from None
    return parse_itinerary(raw, path.suffix, label=label, gazetteer=gazetteer, title=path.stem)


#: What an itinerary's format is told by, when it has no file name ("-": standard input).
_FORMATS = {".geojson": "geojson", ".json": "geojson", ".yaml": "yaml", ".yml": "yaml",
            ".csv": "csv", ".txt": "csv", ".tsv": "csv"}  # fmt: skip


def sniff_format(raw: str) -> str:
    """Return the format of an itinerary's text: "geojson", "yaml" or "csv"."""
    start = raw.lstrip()
    if start.startswith("{"):
        return ".geojson"
    first = start.split("\n", 1)[0]
    if start.startswith(("---", "- ", "stops:")) or (":" in first and "," not in first):
        return ".yaml"
    return ".csv"


def parse_itinerary(
    raw: str,
    suffix: str,
    *,
    label: str = "itinerary",
    gazetteer: Gazetteer | None = None,
    title: str = "",
) -> Journey:
    """Read an itinerary's text in the format its file suffix names (".csv", ".yaml",
    ".geojson"), as :func:`read_itinerary` does; ``label`` names it in errors."""
    kind = _FORMATS.get(suffix.lower())
    if kind == "geojson":
        rows = _geojson_rows(label, raw)
    elif kind == "yaml":
        rows = _yaml_rows(label, raw)
    elif kind == "csv":
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
    return Journey(tuple(stops), tuple(legs_between(stops)), (), title)


def _csv_rows(label: str, raw: str) -> list[tuple[int, dict]]:
    dialect = csv.excel_tab if "\t" in raw.split("\n", 1)[0] else csv.excel
    reader = csv.reader(io.StringIO(raw), dialect=dialect)
    header = [h.strip().lower() for h in next(reader, [])]
    if not ({"name", "lat"} & set(header)):
        raise DataError(label, "the header must name a 'name' column or 'lat' and 'lon' columns")
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise DataError(label, f"the header names {twice[0]!r} twice; keep one such column", 1)
    rows = []
    for n, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise DataError(
                label,
                f"{len(cells)} cells where the header has {len(header)} columns (a comma in a "
                'name? quote it: "Paris, France")',
                n,
            )
        rows.append((n, {h: c.strip() for h, c in zip(header, cells, strict=False) if h}))
    return rows


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
        rows.append(
            (n, {str(k).lower(): "" if v is None else str(v).strip() for k, v in item.items()})
        )
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
        if props.get("feature") in ("leg", "site", "claim"):
            continue  # mapper's own GeoJSON: legs are drawn again, sites and claims no stops
        if geom:
            coords = geom.get("coordinates")
            if geom.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
                raise DataError(label, "geometry must be a Point [lon, lat]", n, "geometry")
            lon, lat = geom["coordinates"][:2]
            props.setdefault("lon", lon)
            props.setdefault("lat", lat)
        rows.append(
            (n, {str(k).lower(): "" if v is None else str(v).strip() for k, v in props.items()})
        )
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
    country, kind = _country(label, n, row.get("country", ""), gazetteer), row.get("kind") or None
    if kind is not None and kind not in KINDS:
        raise DataError(label, f"kind must be one of {sorted(KINDS)}, got {kind!r}", n, "kind")
    if name and point is None:
        try:
            place = find_stop(gazetteer, name, context=context, country=country, kind=kind)
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
        if not date:
            raise DataError(label, "date_end needs a date to end a range from", n, "date")
        if date_end < date:
            raise DataError(label, f"date_end {date_end} comes before date {date}", n, "date_end")
    mode = _mode(label, n, row.get("mode") or "rail")
    status = (row.get("status") or "confirmed").lower()
    if status not in STATUSES:
        raise DataError(label, f"status must be one of {STATUSES}, got {status!r}", n, "status")
    role = (row.get("role") or "stop").lower()
    if role not in ROLES:
        raise DataError(label, f"role must be one of {ROLES}, got {role!r}", n, "role")
    return Stop(
        place, role, status, date, date_end, row.get("note", ""), mode, row.get("source", "")
    )


def _mode(label: str, n: int, written: str) -> str:
    """Return the mode a row's ``mode`` names, in the words people write ("train",
    "ferry", "by car", "Flight"), or raise naming the words understood."""
    from mapper.modes import mode_of

    mode = written.strip().lower()
    if mode in MODES:
        return mode
    found = mode_of(mode) or ("foot" if mode in ("foot", "on foot", "hike") else None)
    if found is None:
        raise DataError(
            label,
            f"mode {written!r} is not understood; write one of {', '.join(MODES)}, or a word "
            "such as train, car, bus, plane, flight, ship, ferry, walk or bicycle",
            n,
            "mode",
        )
    return found


#: Kinds a stop is more likely to be than an area of the same name ("Irkutsk").
_POINT_KINDS = ("city", "town")


def find_stop(
    gazetteer: Gazetteer,
    name: str,
    *,
    context: Sequence[str] = (),
    country: str | None = None,
    kind: str | None = None,
) -> Place:
    """Return the place a stop's name means.

    A stop is a point: of a town and the region or county named like it ("Irkutsk",
    "Perm", "Nome") the town is taken. "Name, Region" and "Name, Country" ("Springfield,
    Illinois", "Paris, France") are read as the name inside the region or country, as
    :meth:`Gazetteer.lookup <mapper.gazetteer.Gazetteer.lookup>` reads them.
    """
    try:
        return gazetteer.lookup(name, context=context, country=country, kind=kind)
    except AmbiguousPlace:
        if kind is not None:
            raise
        town = _town_of_area(gazetteer, name, context, country)
        if town is not None:
            return town
        raise


def _town_of_area(
    gazetteer: Gazetteer, name: str, context: Sequence[str], country: str | None
) -> Place | None:
    """Return the best-ranked town that lies in a region or county named like it and
    ranked among the first three readings ("Perm" in Perm Krai, "Nome" in Nome Census
    Area), or None."""
    found = [c.place for c in gazetteer.search(name, context=context, country=country, limit=20)]
    areas = {
        (p.country, p.name if p.kind == "region" else p.admin1)
        for p in found[:3]
        if p.kind in ("region", "county")
    }
    for place in found:
        if place.kind in _POINT_KINDS and (place.country, place.admin1) in areas:
            return place
    return None


def _country(label: str, n: int, value: str, gazetteer: Gazetteer) -> str | None:
    """Return the ISO code a row's ``country`` field names (a code or a name)."""
    if not value:
        return None
    if len(value) == 2 and value.isalpha():
        return value.upper()
    try:
        return gazetteer.lookup(value, kind="country").country
    except MapperError:
        raise DataError(
            label,
            f"country {value!r} is neither an ISO code ('FR') nor a country's name",
            n,
            "country",
        ) from None


#: A decimal number as people write coordinates ("43.8", "-131.95"); Python's float()
#: would also take "1_0", "nan" and "inf".
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _number(label: str, n: int, text: str, field: str) -> float:
    if not _DECIMAL.fullmatch(text.strip()):
        raise DataError(label, f"{field} must be a decimal number, got {text!r}", n, field)
    return float(text)


def _point(label: str, n: int, lat_s: str, lon_s: str) -> tuple[float, float]:
    lat = _number(label, n, lat_s, "lat")
    lon = _number(label, n, lon_s, "lon")
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
        if re.fullmatch(r"\d{4}-\d{2}", value):  # a month alone, as the reader writes one
            return dt.date.fromisoformat(f"{value}-01").isoformat()[:7]
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise DataError(
            label,
            f"{field} must be an ISO date like 2023-09-12 (or a month, 2023-09), got {value!r}",
            n,
            field,
        ) from None
