"""Journeys: ordered stops and the legs between them, from a text or an itinerary file.

From a text, a place becomes a stop when its sentence says the traveller went there
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

import csv
import datetime as dt
import io
import itertools
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import DataError, MapperError
from .model import ROLES, STATUSES, Journey, Leg, Mention, Place, Stop

__all__ = [
    "MODES",
    "journey_from_text",
    "legs_between",
    "legs_frame",
    "read_itinerary",
    "stops_frame",
    "write_geojson",
    "write_geoparquet",
]

#: Ways of travelling a leg.
MODES = ("rail", "road", "air", "sea", "unknown")

_CONFIRMED = re.compile(
    r"\b(?:stop(?:ped|s)? (?:in|at)|stopover in|arriv(?:ed|es|ing) (?:in|at)|"
    r"(?:spotted|seen|sighted) (?:near|in|at|outside|passing)|reached|"
    r"continued (?:his|her|their|its) (?:journey|trip)|"
    r"visited|toured|halted at|pulled into|crossed into|entered|passed through|"
    r"welcomed (?:in|at)|greeted (?:in|at)|landed (?:in|at)|docked (?:in|at))\b",
    re.IGNORECASE,
)
_SPECULATED = re.compile(
    r"\b(?:might|could|may|would)\s+(?:\w+\s+){0,3}?(?:visit|travel|go|head|stop|meet|tour|"
    r"take place|be held|arrive|end|continue)|speculat\w*|guess\w*|suggest\w*|predict\w*|"
    r"(?:is|are|was|were) (?:scheduled|expected|due|set|likely|planning|thought) to|"
    r"plans? to (?:visit|travel|go)|reportedly (?:heading|bound)|rumou?red|possible (?:visit|stop)|"
    r"final destination",
    re.IGNORECASE,
)
_DEPARTURE = re.compile(r"\b(?:left|departed(?: from)?|set off from|set out from)\s*$", re.I)
_TRAIN = re.compile(r"\b(?:train|rail|railway|railroad)\b", re.IGNORECASE)
_PLANE = re.compile(r"\b(?:plane|flew|flight|jet|airliner)\b", re.IGNORECASE)
_LEADER = re.compile(
    r"\b(?P<demonym>[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:leader|president|premier|prime minister|"
    r"king|chairman|head of state|ruler)\b"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        """january february march april may june july august september october november
    december""".split(),
        start=1,
    )
}
_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2}) (?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\.? (?P<d2>\d{1,2}))"
    r"(?:,? (?P<y>\d{4}))?\b"
)
# A relative clause right after a name: ", which ... ." or ", where ... ,".
_RELATIVE = re.compile(r"^(?:\s+\w+)?,?\s+(?:which|where|that)\b[^,.;]{0,80}")
# "Ussuriysk, a city near where the train was spotted"
_NEAR_WHERE = re.compile(r"^,?[^.;]{0,40}\bnear where\b[^.;]{0,60}\b(?:spotted|seen|sighted)\b")
# Names that stand for something other than a place to go: "the Baranovsky line".
_NOT_A_STOP_AFTER = re.compile(
    r"^\s+(?:line|railway|railroad|highway|road|street|avenue|river|route|forum|region)\b", re.I
)
# "relations with Moscow", "talks with Seoul": a capital standing for its government.
_NOT_A_STOP_BEFORE = re.compile(r"\b(?:relations|ties|talks|trade|deal|agreement) with\s*$", re.I)
_STOP_KINDS = frozenset({"city", "town", "station", "spaceport", "factory", "airport", "campus"})


def _sentence_dates(sentence: str, year: int | None) -> str:
    for m in _DATE.finditer(sentence):
        month = _MONTHS.get((m["m1"] or m["m2"] or "").lower())
        day = int(m["d1"] or m["d2"])
        y = int(m["y"]) if m["y"] else year
        if month and y and 1 <= day <= 31:
            try:
                return dt.date(y, month, day).isoformat()
            except ValueError:
                continue
    return ""


def _story_year(text: str) -> int | None:
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", text)]
    return max(set(years), key=years.count) if years else None


def journey_from_text(
    text: str, *, gazetteer: Any = None, title: str = "", route_rail: bool = True
) -> Journey:
    """Reconstruct the journey a story describes.

    Returns a :class:`~mapper.model.Journey` whose stops are ordered: the implied or
    stated origin, the confirmed stops in the order the text reports them, then the
    speculated destinations.

    Examples
    --------
    >>> j = journey_from_text("The train left Vladivostok. It arrived in Khabarovsk.")
    >>> [(s.place.name, s.status) for s in j.stops]
    [('Vladivostok', 'confirmed'), ('Khabarovsk', 'confirmed')]
    """
    from .geoparse import parse_document

    doc = parse_document(text, gazetteer=gazetteer)
    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    year = _story_year(text)
    mode = "rail" if _TRAIN.search(text) else "air" if _PLANE.search(text) else "unknown"
    origin: Stop | None = None
    confirmed: list[Stop] = []
    speculated: list[Stop] = []
    seen: set[Place] = set()
    sites: list[Mention] = []
    for m in doc.mentions:
        place = m.place
        if place is None or place.kind not in _STOP_KINDS:
            continue
        sentence = doc.sentence_of(m.start)
        s_start = next((a for a, b in doc.sentences if a <= m.start < b), 0)
        # A cue binds to the next place it precedes: look back only to the previous name.
        prev_end = max([p.end for p in doc.mentions if s_start <= p.end <= m.start] + [s_start])
        before = text[prev_end : m.start]
        if place in seen:
            continue
        date = _sentence_dates(sentence, year)
        if _DEPARTURE.search(before[-40:]):
            origin = Stop(place, "origin", "confirmed", date, sentence=sentence, mode=mode)
            seen.add(place)
            continue
        after = text[m.end : s_start + len(sentence)]
        if _NOT_A_STOP_AFTER.match(after) or _NOT_A_STOP_BEFORE.search(before):
            sites.append(m)
            continue
        spec = _cue(_SPECULATED, before, after)
        conf = _cue(_CONFIRMED, before, after)
        if spec:
            speculated.append(Stop(place, "destination", "speculated", date, "", sentence, mode))
        elif conf or _NEAR_WHERE.match(after):
            confirmed.append(Stop(place, "stop", "confirmed", date, "", sentence, mode))
        else:
            sites.append(m)
            continue
        seen.add(place)
    if origin is None:
        origin = _implied_origin(text, gazetteer, mode, seen)
    stops = [s for s in [origin, *confirmed, *speculated] if s is not None]
    if stops and origin is None and confirmed:
        stops[0] = _with(stops[0], role="origin")
    legs = legs_between(stops, route_rail=route_rail)
    return Journey(tuple(stops), tuple(legs), tuple(sites), title or _title_of(text))


def _cue(pattern: re.Pattern, before: str, after: str) -> bool:
    """Return True if a cue governs the mention: before it in its sentence, or in a
    relative clause right after it ("the spaceport, which Putin is scheduled to visit")."""
    if pattern.search(before):
        return True
    clause = _RELATIVE.match(after)
    return bool(clause and pattern.search(clause.group()))


def _implied_origin(text: str, gazetteer: Any, mode: str, seen: set[Place]) -> Stop | None:
    if mode == "unknown":
        return None
    for m in _LEADER.finditer(text):
        country = gazetteer.demonym(m["demonym"])
        if country is None:
            continue
        capital = _capital(country, gazetteer)
        if capital is None or capital in seen:
            return None
        vehicle = "personal train" if mode == "rail" else "plane"
        note = (
            f"implied: a {m['demonym']} leader travelling by {vehicle} starts from the capital, "
            f"{capital.name}"
        )
        return Stop(capital, "origin", "implied", sentence=note, mode=mode)
    return None


def _capital(country: Place, gazetteer: Any) -> Place | None:
    return gazetteer.capital(country.country) if country.country else None


def _title_of(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 120 and not first.endswith(".") else ""


def _with(stop: Stop, **changes: Any) -> Stop:
    from dataclasses import replace

    return replace(stop, **changes)


def legs_between(stops: Sequence[Stop], *, route_rail: bool = True) -> list[Leg]:
    """Return the legs joining consecutive stops, routed by rail where possible."""
    from .geodesy import distance_km, geodesic_path

    legs = []
    for a, b in itertools.pairwise(stops):
        mode = b.mode or "unknown"
        straight = distance_km(a.place, b.place)
        rail_km = None
        path = tuple(geodesic_path(a.place, b.place))
        note = "geodesic (straight line)"
        if mode == "rail" and route_rail:
            from .rail import route

            r = route(a.place, b.place)
            if r is not None:
                rail_km = r.rail_km
                path = tuple(r.path)
                note = f"rail: {r.note}"
            else:
                note = "geodesic fallback: an end lies off the railway network"
        legs.append(Leg(a, b, mode, straight, rail_km, path, note))
    return legs


# --------------------------------------------------------------------------- itineraries

_FIELDS = ("name", "lat", "lon", "date", "date_end", "mode", "status", "role", "note")


def read_itinerary(path: str | os.PathLike, *, gazetteer: Any = None) -> Journey:
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
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    stops = [_stop_from_row(label, n, row, gazetteer, rows) for n, row in rows]
    if stops[0].role == "stop":
        stops[0] = _with(stops[0], role="origin")
    if len(stops) > 1 and stops[-1].role == "stop":
        stops[-1] = _with(stops[-1], role="destination")
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

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise DataError(label, f"not valid YAML: {exc}") from None
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
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise DataError(label, "expected a GeoJSON FeatureCollection with 'features'")
    rows = []
    for n, feat in enumerate(features, start=1):
        props = dict((feat or {}).get("properties") or {})
        geom = (feat or {}).get("geometry")
        if geom:
            if geom.get("type") != "Point" or len(geom.get("coordinates") or ()) < 2:
                raise DataError(label, "geometry must be a Point [lon, lat]", n, "geometry")
            lon, lat = geom["coordinates"][:2]
            props.setdefault("lon", lon)
            props.setdefault("lat", lat)
        rows.append((n, {k: "" if v is None else str(v).strip() for k, v in props.items()}))
    return rows


def _stop_from_row(label: str, n: int, row: dict, gazetteer: Any, rows: list) -> Stop:
    name = row.get("name", "")
    lat_s, lon_s = row.get("lat", ""), row.get("lon", "")
    if not name and not (lat_s and lon_s):
        field = "name" if not (lat_s or lon_s) else ("lat" if not lat_s else "lon")
        raise DataError(label, "each stop needs a name or both lat and lon", n, field)
    point = None
    if lat_s or lon_s:
        point = _point(label, n, lat_s, lon_s)
    place = None
    context = [r.get("name") for _, r in rows if r.get("name") and r.get("name") != name]
    if name and point is None:
        try:
            place = gazetteer.lookup(name, context=context)
        except MapperError as exc:
            raise DataError(label, str(exc), n, "name") from None
    elif name:
        # Coordinates given too: they must agree with a place of that name.
        found = [c.place for c in gazetteer.search(name, context=context, limit=20)]
        if found:
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
    from .geodesy import distance_km

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


# --------------------------------------------------------------------------- outputs


def stops_frame(journey: Journey) -> Any:
    """Return the stops as a GeoDataFrame (EPSG:4326), in order."""
    import geopandas
    from shapely.geometry import Point

    rows = [
        {"order": i, **s.to_dict(), "geometry": Point(s.place.lon, s.place.lat)}
        for i, s in enumerate(journey.stops, start=1)
    ]
    return geopandas.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def legs_frame(journey: Journey) -> Any:
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


def _atomic(path: str | os.PathLike, write: Any) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def journey_geojson(journey: Journey) -> dict:
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


def write_geojson(journey: Journey, path: str | os.PathLike) -> None:
    """Write the journey's stops and legs to a GeoJSON file, atomically."""
    data = journey_geojson(journey)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)

    _atomic(path, write)


def write_geoparquet(journey: Journey, path: str | os.PathLike) -> None:
    """Write stops to ``path`` and legs to ``<stem>-legs.parquet`` as GeoParquet, atomically."""
    path = Path(path)
    _atomic(path, lambda tmp: stops_frame(journey).to_parquet(tmp))
    legs_path = path.with_name(f"{path.stem}-legs{path.suffix or '.parquet'}")
    _atomic(legs_path, lambda tmp: legs_frame(journey).to_parquet(tmp))
