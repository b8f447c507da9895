"""Draw a journey, the sites a story names and its distance claims on a Folium map.

This is the only module that imports :mod:`folium`. :func:`render` builds a
:class:`folium.Map` (it displays inline in Jupyter); :func:`save` writes it to disk
atomically, either as a normal folium page with online tiles or as one
self-contained file that loads nothing over the network (``offline=True``).

What the map shows
------------------
* Layer "Journey": numbered stop pins in travel order (a place visited twice gets
  one pin with both numbers), legs between them (confirmed solid, speculated dashed,
  implied dotted grey), drawn along the railway geometry when the leg has one
  (``Leg.path``) and along the geodesic otherwise, and an arrow at the middle of
  each leg pointing the way of travel.
* Layer "Sites": one symbol per place the story names, by kind (station,
  spaceport, factory, city, town, airport, campus, site), with a popup giving the
  name, kind, coordinates, source and the story's sentences that mention it (with
  their dates when known). Countries, regions and continents are not drawn: their
  representative point is not a place the story is about.
* Layer "Claims": each checked distance claim as a line between its endpoints,
  coloured by verdict, with a tooltip comparing the claimed and measured distances
  and directions.
* A title, a legend, a layer control, a scale bar, a measuring tool, a fullscreen
  button, and the view fitted to the content.

Everything is continuous across the antimeridian: longitudes are shifted by whole
turns so that the drawing stays within half a turn of its centre (Leaflet draws a
longitude of 210 degrees east of the 180th meridian), so a leg from Vladivostok to
Anchorage is one short line, not one across the whole world.

Text from a story is escaped wherever it appears (popups, tooltips, legend, title):
folium 0.20 places popup and tooltip HTML inside JavaScript template strings, so
besides ``<``, ``>``, ``&`` and quotes the characters `` ` ``, ``$``, ``{``, ``}``
and ``\\`` are written as HTML character references too.

The measuring tool and the fullscreen button are mapper's own small controls
(:class:`MeasureTool`, :class:`FullscreenButton`) rather than folium's
``MeasureControl`` and ``Fullscreen`` plugins: those load their scripts from a CDN,
which an offline page cannot, and one implementation for both kinds of page keeps
what is tested what is shipped.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import html
import itertools
import json
import math
import os
import re
import sys
import tempfile
import types
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from folium.elements import ElementAddToElement
from folium.map import FitBounds
from folium.template import Template

from .geodesy import compass_point, distance_km, geodesic_path
from .model import AREA_KINDS, Journey, Leg, Mention, Place, Stop

__all__ = [
    "KIND_STYLES",
    "STATUS_STYLES",
    "VERDICT_COLOURS",
    "FullscreenButton",
    "MeasureTool",
    "render",
    "save",
    "to_html",
]

#: Tiles for the default page: Esri's light grey canvas and its labels, which need no key
#: and serve pages opened from disk, which send no Referer (OpenStreetMap's own tile
#: servers refuse those, and CARTO's basemaps now want an API key).
TILES = "Esri.WorldGrayCanvas"
LABEL_TILES = (
    "https://server.arcgisonline.com/ArcGIS/rest/services/Canvas/"
    "World_Light_Gray_Reference/MapServer/tile/{z}/{y}/{x}"
)

#: Line style of a leg by its status: colour, dash pattern (None for solid), and the
#: phrase used in tooltips and the legend.
STATUS_STYLES: dict[str, dict[str, Any]] = {
    "confirmed": {"color": "#b2182b", "dash": None, "label": "confirmed leg"},
    "speculated": {"color": "#e08214", "dash": "10 8", "label": "speculated leg"},
    "implied": {
        "color": "#6f6f6f",
        "dash": "1 8",
        "label": "implied leg (the story implies it but does not report it)",
    },
}

#: Colour of a claim line by verdict.
VERDICT_COLOURS = {
    "consistent": "#1a9850",
    "overstated": "#d73027",
    "understated": "#d73027",
    "unresolved": "#7b3294",
}

_SHAPES = {
    "square": '<rect x="-6.5" y="-6.5" width="13" height="13" rx="2"/>',
    "triangle": '<path d="M0,-8 L7.5,6.5 L-7.5,6.5 Z"/>',
    "factory": '<path d="M-7.5,7 L-7.5,-2 L-3,-5 L-3,-2 L1.5,-5 L1.5,-2 L6,-5 L6,-8 L7.5,-8 '
    'L7.5,7 Z"/>',
    "circle": '<circle r="7"/>',
    "small-circle": '<circle r="5"/>',
    "diamond": '<path d="M0,-8.5 L8.5,0 L0,8.5 L-8.5,0 Z"/>',
    "hexagon": '<path d="M-4,-7 L4,-7 L8,0 L4,7 L-4,7 L-8,0 Z"/>',
    "star": '<path d="M0,-8 L2.3,-2.6 L8,-2.5 L3.6,1.3 L5,7 L0,3.8 L-5,7 L-3.6,1.3 L-8,-2.5 '
    'L-2.3,-2.6 Z"/>',
}

#: Symbol of a site by kind: shape, fill colour, legend label.
KIND_STYLES: dict[str, tuple[str, str, str]] = {
    "station": ("square", "#2166ac", "railway station"),
    "spaceport": ("triangle", "#762a83", "spaceport"),
    "factory": ("factory", "#8c510a", "factory"),
    "city": ("circle", "#1b7837", "city"),
    "town": ("small-circle", "#5aae61", "town"),
    "airport": ("diamond", "#01665e", "airport"),
    "campus": ("hexagon", "#c51b7d", "campus"),
    "site": ("star", "#4d4d4d", "other site"),
}

_CSS = """
.leaflet-container { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; }
.mapper-stop, .mapper-site, .mapper-arrow { background: none; border: none; }
.mapper-stop { pointer-events: none; }
.mapper-pin { pointer-events: auto; position: relative; box-sizing: border-box; height: 22px;
  min-width: 22px; padding: 0 5px; border-radius: 11px; border: 2px solid #fff; color: #fff;
  font-weight: 700; font-size: 12px; line-height: 18px; text-align: center; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(0,0,0,.5); }
.mapper-pin::after { content: ""; position: absolute; left: 50%; bottom: -9px;
  margin-left: -5px; border-style: solid; border-width: 8px 5px 0 5px;
  border-color: var(--pin) transparent transparent transparent; }
.mapper-site svg, .mapper-arrow svg, .mapper-legend svg { display: block; overflow: visible; }
.mapper-site svg { filter: drop-shadow(0 1px 1px rgba(0,0,0,.45)); }
.mapper-popup { max-width: 340px; }
.mapper-popup h4 { margin: 0 0 2px; font-size: 14px; }
.mapper-popup .mapper-meta { color: #555; margin-bottom: 4px; }
.mapper-popup blockquote { margin: 4px 0; padding: 2px 0 2px 8px; border-left: 3px solid #ccc;
  color: #222; }
.mapper-popup .mapper-date { color: #555; font-size: 12px; }
.mapper-popup a { word-break: break-all; }
.mapper-title { position: absolute; z-index: 1000; top: 10px; left: 50%;
  transform: translateX(-50%); max-width: min(60%, 640px); padding: 6px 12px;
  background: rgba(255,255,255,.93); border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  text-align: center; pointer-events: auto; }
.mapper-title h1 { margin: 0; font-size: 16px; line-height: 1.3; font-weight: 650; }
.mapper-title div { color: #555; font-size: 12px; }
.mapper-legend { background: rgba(255,255,255,.93); padding: 6px 10px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 300px; font-size: 12px; }
.mapper-legend summary { font-weight: 650; cursor: pointer; }
.mapper-legend table { border-collapse: collapse; }
.mapper-legend td { padding: 1px 4px; vertical-align: middle; }
.mapper-legend .mapper-note { color: #555; margin-top: 3px; }
.mapper-tooltip b { font-weight: 650; }
.leaflet-tooltip.mapper-label { padding: 0 5px; border: none; border-radius: 3px;
  background: rgba(255,255,255,.8); box-shadow: none; font-size: 12px; font-weight: 600;
  color: #222; }
.leaflet-tooltip.mapper-label::before { display: none; }
.mapper-control a { display: flex !important; align-items: center; justify-content: center; }
.mapper-control a.mapper-active { background: #dbe9f6; }
.mapper-measure-label { font-weight: 650; }
.mapper-pseudo-fullscreen { position: fixed !important; inset: 0; width: 100% !important;
  height: 100% !important; z-index: 10000; }
.mapper-offline.leaflet-container { background: #cfe0ea; }
"""


# --------------------------------------------------------------------------- escaping

_TEMPLATE_SAFE = str.maketrans(
    {"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"}
)


def _text(value: object) -> str:
    """Escape text for HTML that folium may put in a JS template string or attribute.

    Examples
    --------
    >>> _text("<b>${1+1}</b> `x` 'y'")
    '&lt;b&gt;&#36;&#123;1+1&#125;&lt;/b&gt; &#96;x&#96; &#x27;y&#x27;'
    """
    raw = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "\ufffd", str(value))
    return html.escape(raw, quote=True).translate(_TEMPLATE_SAFE)


def _js(value: object) -> str:
    """Return ``value`` as a JavaScript literal that is safe inside a <script> element."""
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        out.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _link(source: str) -> str:
    if re.match(r"https?://[^\s]+$", source):
        shown = re.sub(r"^https?://(www\.)?", "", source)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        attrs = f'href="{_text(source)}" target="_blank" rel="noopener noreferrer"'
        return f"<a {attrs}>{_text(shown)}</a>"
    return _text(source)


def _latlon_text(lat: float, lon: float) -> str:
    lon = (lon + 180.0) % 360.0 - 180.0
    return f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"


def _km(value: float) -> str:
    return f"{value:,.0f} km"


# --------------------------------------------------------------------------- controls


class _Css(MacroElement):
    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        """
    )

    def __init__(self, css: str) -> None:
        super().__init__()
        self._name = "MapperCss"
        self.css = css


class _Title(MacroElement):
    """A title box at the top centre of the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var box = L.DomUtil.create("div", "mapper-title", map.getContainer());
            box.innerHTML = {{ this.html }};
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self._name = "MapperTitle"
        markup = f"<h1>{_text(title)}</h1>"
        if subtitle:
            markup += f"<div>{_text(subtitle)}</div>"
        self.html = _js(markup)


class _Legend(MacroElement):
    """A collapsible legend as a Leaflet control; it folds while a popup is open.

    Leaflet draws controls above popups, so an open legend would hide a popup's text.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var legend = L.control({position: "bottomleft"});
            legend.onAdd = function () {
                var box = L.DomUtil.create("div", "mapper-legend");
                box.innerHTML = {{ this.html }};
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                var details = box.querySelector("details"), wasOpen = null;
                map.on("popupopen", function () {
                    if (wasOpen === null) { wasOpen = details.open; }
                    details.open = false;
                });
                map.on("popupclose", function () {
                    setTimeout(function () {  // another popup may be opening instead
                        if (wasOpen !== null && !document.querySelector(".leaflet-popup")) {
                            details.open = wasOpen;
                            wasOpen = null;
                        }
                    }, 250);
                });
                return box;
            };
            legend.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "MapperLegend"
        self.html = _js(markup)


_RULER_SVG = (
    '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><g fill="none" '
    'stroke="#333" stroke-width="1.5"><rect x="1" y="6" width="16" height="6" rx="1"/>'
    '<path d="M4 6v3M7 6v2M10 6v3M13 6v2"/></g></svg>'
)
_FULLSCREEN_SVG = (
    '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><path fill="none" '
    'stroke="#333" stroke-width="1.8" d="M2 7V2h5M11 2h5v5M16 11v5h-5M7 16H2v-5"/></svg>'
)


class MeasureTool(MacroElement):
    """A button to measure distances: click points on the map; double-click or Esc ends.

    The label shows the total in kilometres and miles, measured on Leaflet's sphere
    (radius 6,371 km; within 0.5 % of the ellipsoid). It needs no external script.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var Measure = L.Control.extend({
                options: {position: {{ this.position|tojson }}},
                onAdd: function () {
                    var box = L.DomUtil.create(
                        "div", "leaflet-bar mapper-control mapper-measure");
                    var a = L.DomUtil.create("a", "", box);
                    a.href = "#";
                    a.setAttribute("role", "button");
                    a.title = "Measure a distance: click points on the map; "
                        + "double-click or press Esc to finish";
                    a.innerHTML = {{ this.icon }};
                    L.DomEvent.disableClickPropagation(box);
                    L.DomEvent.on(a, "click", function (e) {
                        L.DomEvent.preventDefault(e);
                        if (this._active) { this._finish(); } else { this._start(); }
                    }, this);
                    this._button = a;
                    return box;
                },
                _start: function () {
                    this._clear();
                    this._active = true;
                    this._points = [];
                    L.DomUtil.addClass(this._button, "mapper-active");
                    map.getContainer().style.cursor = "crosshair";
                    this._zoomed = map.doubleClickZoom.enabled();
                    map.doubleClickZoom.disable();
                    this._line = L.polyline([], {color: "#222", weight: 2, dashArray: "5 5",
                        interactive: false, className: "mapper-measure-line"}).addTo(map);
                    map.on("click", this._add, this);
                    map.on("dblclick", this._finish, this);
                    L.DomEvent.on(document, "keydown", this._key, this);
                },
                _add: function (e) {
                    this._points.push(e.latlng);
                    this._line.setLatLngs(this._points);
                    var metres = 0;
                    for (var i = 1; i < this._points.length; i++) {
                        metres += this._points[i - 1].distanceTo(this._points[i]);
                    }
                    var km = metres / 1000;
                    var text = (km < 10 ? km.toFixed(2) : Math.round(km).toLocaleString("en"))
                        + " km (" + Math.round(km / 1.609344).toLocaleString("en") + " mi)";
                    if (!this._label) {
                        this._label = L.tooltip({permanent: true, direction: "right",
                            className: "mapper-measure-label", offset: [8, 0]});
                    }
                    this._label.setLatLng(e.latlng).setContent(text);
                    if (!map.hasLayer(this._label)) { this._label.addTo(map); }
                },
                _key: function (e) {
                    if (e.key === "Escape") { this._finish(); this._clear(); }
                },
                _finish: function () {
                    if (!this._active) { return; }
                    this._active = false;
                    L.DomUtil.removeClass(this._button, "mapper-active");
                    map.getContainer().style.cursor = "";
                    if (this._zoomed) { map.doubleClickZoom.enable(); }
                    map.off("click", this._add, this);
                    map.off("dblclick", this._finish, this);
                    L.DomEvent.off(document, "keydown", this._key, this);
                },
                _clear: function () {
                    if (this._line) { map.removeLayer(this._line); this._line = null; }
                    if (this._label) { map.removeLayer(this._label); this._label = null; }
                }
            });
            new Measure().addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, position: str = "topleft") -> None:
        super().__init__()
        self._name = "MeasureTool"
        self.position = position
        self.icon = _js(_RULER_SVG)


class FullscreenButton(MacroElement):
    """A button that shows the map full screen (or fills the window where that is refused)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var Full = L.Control.extend({
                options: {position: {{ this.position|tojson }}},
                onAdd: function () {
                    var box = L.DomUtil.create(
                        "div", "leaflet-bar mapper-control mapper-fullscreen");
                    var a = L.DomUtil.create("a", "", box);
                    a.href = "#";
                    a.setAttribute("role", "button");
                    a.title = "Full screen";
                    a.innerHTML = {{ this.icon }};
                    L.DomEvent.disableClickPropagation(box);
                    L.DomEvent.on(a, "click", function (e) {
                        L.DomEvent.preventDefault(e);
                        var c = map.getContainer();
                        var pseudo = function () {
                            c.classList.toggle("mapper-pseudo-fullscreen");
                            map.invalidateSize();
                        };
                        if (document.fullscreenElement) {
                            document.exitFullscreen();
                        } else if (c.classList.contains("mapper-pseudo-fullscreen")) {
                            pseudo();
                        } else if (c.requestFullscreen) {
                            c.requestFullscreen().catch(pseudo);
                        } else {
                            pseudo();
                        }
                    });
                    document.addEventListener("fullscreenchange", function () {
                        map.invalidateSize();
                    });
                    return box;
                }
            });
            new Full().addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, position: str = "topleft") -> None:
        super().__init__()
        self._name = "FullscreenButton"
        self.position = position
        self.icon = _js(_FULLSCREEN_SVG)


class _Basemap(MacroElement):
    """The offline basemap: land, coastlines and borders as vector layers below everything."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var data = {{ this.data }};
            var pane = map.createPane("mapper-basemap");
            pane.style.zIndex = 150;
            map.getContainer().classList.add("mapper-offline");
            {{ this.shifts }}.forEach(function (shift) {
                var common = {pane: "mapper-basemap", interactive: false,
                    coordsToLatLng: function (c) { return L.latLng(c[1], c[0] + shift); }};
                L.geoJSON(data.land, L.extend({}, common, {
                    attribution: shift === 0 ? data.attribution : "",
                    style: {color: "#7f9db3", weight: 0.8, fillColor: "#f3f0e8",
                        fillOpacity: 1, className: "mapper-basemap-land"}
                })).addTo(map);
                L.geoJSON(data.borders, L.extend({}, common, {
                    style: {color: "#a89a90", weight: 0.8, dashArray: "4 3",
                        className: "mapper-basemap-border"}
                })).addTo(map);
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, shifts: Sequence[int]) -> None:
        super().__init__()
        self._name = "MapperBasemap"
        self.data = _basemap_literal()
        self.shifts = _js(list(shifts))


@functools.cache
def _basemap_literal() -> str:
    from . import offline

    return _js(offline.basemap())


# --------------------------------------------------------------------------- inputs


@dataclass
class _Inputs:
    journey: Journey | None
    claims: list[Mapping[str, Any]]
    sites: list[tuple[Place, list[str]]]  # place, surfaces
    title: str
    sentences: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _unpack(obj: Any) -> dict[str, Any]:
    """Read what a pipeline result offers (duck-typed) when it is not a Journey."""
    found: dict[str, Any] = {}
    if obj is None or isinstance(obj, Journey):
        found["journey"] = obj
        return found
    if not hasattr(obj, "journey"):
        raise TypeError(
            f"render() takes a Journey or a result with a .journey attribute, "
            f"got {type(obj).__name__}"
        )
    found["journey"] = obj.journey
    for name in ("claims", "checks"):
        if getattr(obj, name, None) is not None:
            found["claims"] = getattr(obj, name)
            break
    for name in ("sites", "mentions", "places"):
        if getattr(obj, name, None) is not None:
            found["sites"] = getattr(obj, name)
            break
    for name in ("title", "text", "sentences"):
        if getattr(obj, name, None):
            found[name] = getattr(obj, name)
    return found


def _sentence_at(text: str, start: int, end: int) -> str:
    """Return the sentence of ``text`` that holds ``text[start:end]``."""
    lo = 0
    for m in re.finditer(r"[.!?][\"'”’)\]]*\s+|\n\s*\n", text[:start]):
        lo = m.end()
    m = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|\n\s*\n").search(text, max(end, lo))
    hi = m.end() if m else len(text)
    return " ".join(text[lo:hi].split())


def _place_key(place: Place) -> tuple[str, float, float]:
    return (place.name, round(place.lat, 5), round(place.lon, 5))


def _collect_sites(items: Iterable[Mention | Place]) -> list[tuple[Place, list[str]]]:
    by_key: dict[tuple[str, float, float], tuple[Place, list[str]]] = {}
    for item in items:
        if isinstance(item, Place):
            place, surface = item, ""
        else:
            place, surface = getattr(item, "place", None), getattr(item, "surface", "")
        if place is None or place.kind in AREA_KINDS:
            continue
        entry = by_key.setdefault(_place_key(place), (place, []))
        if surface and surface != place.name and surface not in entry[1]:
            entry[1].append(surface)
    return list(by_key.values())


def _normalise_sentences(
    sentences: Mapping[Any, Sequence[str | tuple[str, str]]] | None,
) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for key, values in (sentences or {}).items():
        name = key.name if isinstance(key, Place) else str(key)
        items = [values] if isinstance(values, str) else values
        for value in items:
            sentence, date = (value, "") if isinstance(value, str) else (value[0], value[1])
            out.setdefault(name, []).append((str(sentence), str(date or "")))
    return out


# --------------------------------------------------------------------------- geometry


class _Unwrapper:
    """Shift longitudes by whole turns to stay within half a turn of a centre."""

    def __init__(self, lons: Sequence[float]) -> None:
        if lons:
            s = sum(math.sin(math.radians(x)) for x in lons)
            c = sum(math.cos(math.radians(x)) for x in lons)
            self.centre = math.degrees(math.atan2(s, c)) if abs(s) + abs(c) > 1e-9 else lons[0]
        else:
            self.centre = 0.0

    def near(self, lon: float, ref: float | None = None) -> float:
        ref = self.centre if ref is None else ref
        return ref + (lon - ref + 180.0) % 360.0 - 180.0

    @staticmethod
    def continuous(path: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for lat, lon in path:
            if out:
                prev = out[-1][1]
                lon = prev + (lon - prev + 180.0) % 360.0 - 180.0
            out.append((float(lat), float(lon)))
        return out

    def place_path(
        self, path: Sequence[tuple[float, float]], start_lon: float | None = None
    ) -> list[tuple[float, float]]:
        """Return ``path`` made continuous, its start at ``start_lon`` (else near the centre)."""
        path = self.continuous(path)
        first = path[0][1]
        target = self.near(first) if start_lon is None else self.near(first, start_lon)
        shift = round((target - first) / 360.0) * 360.0
        return [(lat, lon + shift) for lat, lon in path]


def _mercator_y(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _midpoint_and_angle(path: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], float]:
    """Return the point halfway along a path and its screen direction, degrees clockwise from up.

    Web Mercator is conformal, so one angle holds at every zoom level.
    """
    lengths = []
    for (la1, lo1), (la2, lo2) in itertools.pairwise(path):
        dx = (lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
        lengths.append(math.hypot(dx, la2 - la1))
    total = sum(lengths)
    if total == 0:
        return path[0], 0.0
    half, run = total / 2, 0.0
    for i, seg in enumerate(lengths):
        if run + seg >= half and seg > 0:
            t = (half - run) / seg
            (la1, lo1), (la2, lo2) = path[i], path[i + 1]
            point = (la1 + t * (la2 - la1), lo1 + t * (lo2 - lo1))
            angle = math.degrees(math.atan2(lo2 - lo1, _mercator_y(la2) - _mercator_y(la1)))
            return point, angle % 360.0
        run += seg
    return path[-1], 0.0


def _label_side(
    at: tuple[float, float],
    marks: Sequence[tuple[float, float]],
    extent: Sequence[tuple[float, float]],
) -> str:
    """Return the side ("right" or "left") of a pin with fewer marks where its name would go.

    "Where its name would go" is measured against the extent of everything drawn, in
    Web Mercator, so it holds at the zoom the map opens at: up to 12 % of the width
    to that side and 6 % of the height above or below. Ties go right.
    """
    xs = [lon for _, lon in extent]
    ys = [_mercator_y(lat) for lat, _ in extent]
    span_x, span_y = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
    y0 = _mercator_y(at[0])
    right = left = 0
    for lat, lon in marks:
        dx, dy = (lon - at[1]) / span_x, (_mercator_y(lat) - y0) / span_y
        if abs(dy) <= 0.06 and 0.005 < abs(dx) <= 0.12:
            right += dx > 0
            left += dx < 0
    return "left" if left < right else "right"


# --------------------------------------------------------------------------- markup


def _site_svg(kind: str, size: int = 18, label: str = "") -> str:
    shape, colour, _ = KIND_STYLES.get(kind, KIND_STYLES["site"])
    half = size / 2
    aria = f' role="img" aria-label="{_text(label)}"' if label else ' aria-hidden="true"'
    return (
        f'<svg width="{size}" height="{size}" viewBox="{-half} {-half} {size} {size}"{aria}>'
        f'<g fill="{colour}" stroke="#fff" stroke-width="1.5">{_SHAPES[shape]}</g></svg>'
    )


def _line_svg(
    color: str, dash: str | None, width: int = 34, weight: int = 4, opacity: float = 1.0
) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="{width}" height="12"><line x1="2" y1="6" x2="{width - 2}" y2="6" '
        f'stroke="{color}" stroke-width="{weight}" stroke-opacity="{opacity}" '
        f'stroke-linecap="{"butt" if opacity < 1 else "round"}"{dash_attr}/></svg>'
    )


def _arrow_svg(color: str, angle: float) -> str:
    return (
        f'<svg width="16" height="16" viewBox="-8 -8 16 16" '
        f'style="transform: rotate({angle:.1f}deg)"><path d="M0,-7 L6,6 L0,3 L-6,6 Z" '
        f'fill="{color}" stroke="#fff" stroke-width="1.2" stroke-linejoin="round"/></svg>'
    )


def _popup(markup: str) -> folium.Popup:
    # Autopan clear of the title box at the top of the map.
    return folium.Popup(markup, max_width=360, auto_pan_padding_top_left=[50, 80])


def _sentences_html(items: Sequence[tuple[str, str]]) -> str:
    parts = []
    for sentence, date in items:
        when = f'<div class="mapper-date">{_text(date)}</div>' if date else ""
        parts.append(f"<blockquote>{_text(sentence)}{when}</blockquote>")
    return "".join(parts)


def _place_meta(place: Place) -> str:
    where = ", ".join(x for x in (place.admin1, place.country) if x)
    kind = KIND_STYLES.get(place.kind, ("", "", place.kind))[2]
    bits = [_text(kind)]
    if where:
        bits.append(_text(where))
    bits.append(_text(_latlon_text(place.lat, place.lon)))
    return " · ".join(bits)


def _stop_dates(stop: Stop) -> str:
    if stop.date and stop.date_end and stop.date_end != stop.date:
        return f"{stop.date} to {stop.date_end}"
    return stop.date


def _claim_summary(d: Mapping[str, Any]) -> tuple[str, str]:
    """Return (heading, body) describing a checked claim, as escaped HTML."""
    frm, to = d.get("from") or {}, d.get("to") or {}
    heading = f"{_text(frm.get('name', '?'))} → {_text(to.get('name', '?'))}"
    stated = d.get("stated_km")
    value, unit = d.get("value"), d.get("unit")
    if stated is None:
        claimed = "claimed distance unknown"
    elif unit and unit != "km" and value is not None:
        claimed = f"claimed {_text(f'{value:g} {unit}')} ({_text(_km(stated))})"
    else:
        claimed = f"claimed {_text(_km(stated))}"
    if d.get("qualifier"):
        claimed += f" ({_text(d['qualifier'])})"
    measured = d.get("measured_km")
    verdict = d.get("verdict") or "unchecked"
    lines = []
    if measured is not None:
        line = f"{claimed} vs measured {_text(_km(measured))} straight"
        if d.get("rail_km") is not None:
            line += f" / {_text(_km(d['rail_km']))} by rail"
        lines.append(f"{line} — <b>{_text(verdict)}</b>")
    else:
        lines.append(f"{claimed} — <b>{_text(verdict)}</b>")
    direction, bearing = d.get("direction"), d.get("bearing_deg")
    if direction and bearing is not None:
        measured_dir = d.get("measured_direction") or compass_point(bearing)
        text = f"direction {direction} claimed, {measured_dir} measured (bearing {bearing:.0f}°)"
        if d.get("direction_off_deg") is not None:
            text += f", {d['direction_off_deg']:.0f}° off"
        lines.append(_text(text))
    elif bearing is not None:
        lines.append(_text(f"bearing {bearing:.0f}° ({compass_point(bearing)})"))
    for key in ("route_note", "area_note"):
        if d.get(key):
            lines.append(_text(d[key]))
    return heading, "<br>".join(lines)


# --------------------------------------------------------------------------- render


def render(
    journey: Any = None,
    *,
    claims: Sequence[Any] = (),
    sites: Sequence[Mention | Place] = (),
    title: str = "",
    sentences: Mapping[Any, Sequence[str | tuple[str, str]]] | None = None,
    text: str = "",
) -> folium.Map:
    """Draw a journey, the sites a story names and its checked claims on a Folium map.

    Parameters
    ----------
    journey : Journey or result, optional
        The stops and legs to draw; also its ``sites`` and ``title``. A pipeline
        result with a ``journey`` attribute is accepted too: its ``claims`` (or
        ``checks``), ``sites`` (or ``mentions``), ``title``, ``text`` and ``sentences``
        are used where the keyword arguments give none.
    claims : sequence
        Checked distance claims: objects whose ``to_dict()`` gives ``sentence``,
        ``stated_km``, ``qualifier``, ``direction``, ``from`` and ``to`` (each
        ``{name, lat, lon}`` or None), ``measured_km``, ``bearing_deg``,
        ``direction_off_deg``, ``verdict`` and optionally ``rail_km``,
        ``measured_direction``, ``route_note``; plain dicts with those keys work too.
    sites : sequence of Mention or Place
        Places the story names; unresolved mentions and areas (countries, regions,
        continents) are skipped.
    title : str
        The article's headline or file name, shown at the top.
    sentences : mapping, optional
        The story's sentences about each place, keyed by place name (or Place):
        each value a sequence of sentences, each a string or a ``(sentence, date)``
        pair with an ISO date.
    text : str, optional
        The story itself: the sentence around each site mention (by its offsets)
        goes into that site's popup.

    Returns
    -------
    folium.Map
        Shows inline in Jupyter; write it with :func:`save`.

    Examples
    --------
    >>> from mapper.model import Place
    >>> m = render(sites=[Place("Ussuriysk", lat=43.80467, lon=131.95734)], title="Test")
    >>> m.get_bounds()
    [[43.80467, 131.95734], [43.80467, 131.95734]]
    """
    found = _unpack(journey)
    journey = found.get("journey")
    claims = claims or found.get("claims", ())
    sites = sites or found.get("sites", ())
    title = title or found.get("title", "") or (journey.title if journey else "")
    text = text or found.get("text", "")
    sentences = sentences or found.get("sentences")

    claim_dicts = [c if isinstance(c, Mapping) else c.to_dict() for c in claims]
    site_items = list(journey.sites if journey else ()) + list(sites)
    by_place = _normalise_sentences(sentences)
    if text:
        for item in site_items:
            place = getattr(item, "place", None)
            if place is not None and isinstance(item, Mention) and item.end > item.start:
                sentence = _sentence_at(text, item.start, item.end)
                if sentence:
                    by_place.setdefault(place.name, []).append((sentence, ""))
    stops = list(journey.stops) if journey else []
    for stop in stops:
        if stop.sentence:
            by_place.setdefault(stop.place.name, []).append((stop.sentence, _stop_dates(stop)))
    inputs = _Inputs(journey, claim_dicts, _collect_sites(site_items), title, by_place)
    return _build(inputs)


def _dedupe(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for sentence, date in items:
        if sentence not in seen or (date and not seen[sentence]):
            seen[sentence] = date
    return list(seen.items())


def _legs_for(journey: Journey) -> list[Leg]:
    stops = journey.stops
    legs = list(journey.legs)
    if len(legs) == len(stops) - 1 and all(
        leg.start == a and leg.end == b for leg, a, b in zip(legs, stops, stops[1:], strict=False)
    ):
        return legs
    out = []
    for a, b in itertools.pairwise(stops):
        match = next((leg for leg in legs if leg.start == a and leg.end == b), None)
        if match is None:
            match = Leg(a, b, mode=b.mode, straight_km=distance_km(a.place, b.place))
        out.append(match)
    return out


def _build(inputs: _Inputs) -> folium.Map:
    journey = inputs.journey
    stops = list(journey.stops) if journey else []
    lons = [s.place.lon for s in stops] + [p.lon for p, _ in inputs.sites]
    for d in inputs.claims:
        for end in (d.get("from"), d.get("to")):
            if end:
                lons.append(float(end["lon"]))
    unwrap = _Unwrapper(lons)
    points: list[tuple[float, float]] = []

    m = folium.Map(location=[20.0, 0.0], zoom_start=2, tiles=None, control_scale=True)
    folium.TileLayer(TILES, control=False).add_to(m)
    folium.TileLayer(
        LABEL_TILES, attr="Labels &copy; Esri", max_zoom=16, overlay=True, control=False
    ).add_to(m)
    m.add_child(_Css(_CSS))

    # The journey: legs first (below), then arrows and pins.
    journey_layer = folium.FeatureGroup(name="Journey")
    stop_lon: list[float | None] = [None] * len(stops)
    statuses_used: set[str] = set()
    rail_used = False
    if stops:
        stop_lon[0] = unwrap.near(stops[0].place.lon)
    for i, leg in enumerate(_legs_for(journey) if stops else []):
        a, b = leg.start, leg.end
        rail = len(leg.path) >= 2
        rail_used |= rail
        raw = list(leg.path) if rail else geodesic_path(a.place, b.place)
        path = unwrap.place_path(raw, stop_lon[i])
        # The next pin goes on the place itself, in the world copy where the path ends.
        stop_lon[i + 1] = unwrap.near(b.place.lon, path[-1][1])
        points.extend(path)
        status = leg.status
        statuses_used.add(status)
        style = STATUS_STYLES[status]
        tip = (
            f"<b>Leg {i + 1}: {_text(a.place.name)} → {_text(b.place.name)}</b><br>"
            f"{_text(leg.mode)} · {_text(_km(leg.straight_km))} straight"
        )
        if leg.rail_km is not None:
            tip += f" · {_text(_km(leg.rail_km))} by rail"
        tip += f"<br>{_text(style['label'])}"
        route = ("the railway" if leg.mode == "rail" else "its route") if rail else "the geodesic"
        tip += f"<br>drawn along {route}"
        if leg.note:
            tip += f" · {_text(leg.note)}"
        folium.PolyLine(
            path,
            color=style["color"],
            weight=4,
            opacity=0.9,
            dash_array=style["dash"],
            class_name=f"mapper-leg mapper-leg-{status}",
            tooltip=folium.Tooltip(f'<div class="mapper-tooltip">{tip}</div>', sticky=True),
        ).add_to(journey_layer)
        (mid_lat, mid_lon), angle = _midpoint_and_angle(path)
        folium.Marker(
            [mid_lat, mid_lon],
            icon=folium.DivIcon(
                html=_arrow_svg(style["color"], angle),
                icon_size=(16, 16),
                icon_anchor=(8, 8),
                class_name="mapper-arrow",
            ),
            interactive=False,
            keyboard=False,
        ).add_to(journey_layer)

    # One pin per place (and world copy), numbered with every visit.
    pins: dict[tuple[str, float, float], list[int]] = {}
    for i, stop in enumerate(stops):
        lon = stop_lon[i] if stop_lon[i] is not None else unwrap.near(stop.place.lon)
        stop_lon[i] = lon
        pins.setdefault((stop.place.name, stop.place.lat, round(lon, 6)), []).append(i)
    marks = [(lat, lon) for _, lat, lon in pins] + [
        (p.lat, unwrap.near(p.lon)) for p, _ in inputs.sites
    ]
    for (_, lat, lon), visits in pins.items():
        first = stops[visits[0]]
        side = _label_side((lat, lon), marks, marks + points)
        order = {"confirmed": 0, "speculated": 1, "implied": 2}
        status = min((stops[i].status for i in visits), key=order.__getitem__)
        statuses_used.add(status)
        label = ", ".join(str(i + 1) for i in visits)
        width = max(22, 10 + 7 * len(label))
        colour = STATUS_STYLES[status]["color"]
        pin = (
            f'<div class="mapper-pin mapper-status-{status}" role="img" '
            f'aria-label="{_text(f"stop {label}: {first.place.name}")}" '
            f'style="background:{colour};--pin:{colour}">{_text(label)}</div>'
        )
        body = [f"<h4>{_text(label)}. {_text(first.place.name)}</h4>"]
        body.append(f'<div class="mapper-meta">{_place_meta(first.place)}</div>')
        for i in visits:
            stop = stops[i]
            line = f"stop {i + 1}: {stop.role}, {stop.status}"
            if stop.mode and i > 0:
                line += f", arrived by {stop.mode}"
            if _stop_dates(stop):
                line += f", {_stop_dates(stop)}"
            body.append(f"<div>{_text(line)}</div>")
            if stop.sentence:  # its date is on the line above
                body.append(_sentences_html([(stop.sentence, "")]))
        if first.place.source:
            body.append(f"<div>source: {_link(first.place.source)}</div>")
        icon = folium.DivIcon(
            html=pin,
            icon_size=(width, 31),
            icon_anchor=(width // 2, 31),
            popup_anchor=(0, -30),
            class_name="mapper-stop",
        )
        # The name beside the pin, not the point; left when a mark sits just to the right.
        icon.options["tooltipAnchor"] = [width // 2 if side == "right" else -(width // 2), -20]
        folium.Marker(
            [lat, lon],
            icon=icon,
            tooltip=folium.Tooltip(
                _text(first.place.name),
                sticky=False,
                permanent=True,
                direction=side,
                class_name="mapper-label",
            ),
            popup=_popup(f'<div class="mapper-popup">{"".join(body)}</div>'),
            z_index_offset=1000,
        ).add_to(journey_layer)
        points.append((lat, lon))

    # Sites by kind.
    site_layer = folium.FeatureGroup(name="Sites")
    kinds_used: list[str] = []
    for place, surfaces in inputs.sites:
        kind = place.kind if place.kind in KIND_STYLES else "site"
        if kind not in kinds_used:
            kinds_used.append(kind)
        lon = unwrap.near(place.lon)
        body = [f"<h4>{_text(place.name)}</h4>"]
        body.append(f'<div class="mapper-meta">{_place_meta(place)}</div>')
        if surfaces:
            body.append(f"<div>written as: {_text(', '.join(surfaces))}</div>")
        said = _dedupe(inputs.sentences.get(place.name, []))
        if said:
            body.append(_sentences_html(said))
        if place.source:
            body.append(f"<div>source: {_link(place.source)}</div>")
        folium.Marker(
            [place.lat, lon],
            icon=folium.DivIcon(
                html=_site_svg(kind, label=f"{place.name} ({KIND_STYLES[kind][2]})"),
                icon_size=(18, 18),
                icon_anchor=(9, 9),
                popup_anchor=(0, -8),
                class_name=f"mapper-site mapper-kind-{kind}",
            ),
            tooltip=folium.Tooltip(f"{_text(place.name)} ({_text(KIND_STYLES[kind][2])})"),
            popup=_popup(f'<div class="mapper-popup">{"".join(body)}</div>'),
        ).add_to(site_layer)
        points.append((place.lat, lon))

    # Claims as lines between their endpoints.
    claim_layer = folium.FeatureGroup(name="Claims")
    verdicts_used: list[str] = []
    undrawn = 0
    for d in inputs.claims:
        frm, to = d.get("from"), d.get("to")
        if not frm or not to:
            undrawn += 1
            continue
        a, b = (float(frm["lat"]), float(frm["lon"])), (float(to["lat"]), float(to["lon"]))
        raw = geodesic_path(a, b)
        path = unwrap.place_path(raw)
        mid = path[len(path) // 2][1]
        shift = unwrap.near(mid) - mid
        path = [(lat, lon + shift) for lat, lon in path]
        points.extend(path)
        verdict = str(d.get("verdict") or "unresolved")
        if verdict not in verdicts_used:
            verdicts_used.append(verdict)
        heading, summary = _claim_summary(d)
        tip = f'<div class="mapper-tooltip"><b>Claim: {heading}</b><br>{summary}</div>'
        popup = f'<div class="mapper-popup"><h4>Claim: {heading}</h4><div>{summary}</div>'
        if d.get("sentence"):
            popup += _sentences_html([(str(d["sentence"]), "")])
        popup += "</div>"
        folium.PolyLine(
            path,
            color=VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["unresolved"]),
            weight=14,
            opacity=0.35,
            line_cap="butt",
            class_name=f"mapper-claim mapper-verdict-{re.sub(r'[^a-z]', '', verdict)}",
            tooltip=folium.Tooltip(tip, sticky=True),
            popup=_popup(popup),
        ).add_to(claim_layer)

    for layer in (journey_layer, site_layer, claim_layer):
        if layer._children:
            layer.add_to(m)
    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    m.add_child(MeasureTool())
    m.add_child(FullscreenButton())

    m.add_child(
        _Legend(
            _legend_html(
                statuses=[s for s in STATUS_STYLES if s in statuses_used],
                rail=rail_used,
                kinds=kinds_used,
                verdicts=verdicts_used,
                undrawn=undrawn,
            )
        )
    )
    if inputs.title:
        counts = []
        if stops:
            counts.append(f"{len(stops)} stop{'s' * (len(stops) != 1)}")
        if inputs.sites:
            counts.append(f"{len(inputs.sites)} site{'s' * (len(inputs.sites) != 1)}")
        if inputs.claims:
            n = len(inputs.claims)
            counts.append(f"{n} distance claim{'s' * (n != 1)}")
        m.add_child(_Title(inputs.title, " · ".join(counts)))

    if points:
        lats = [p[0] for p in points]
        lons_drawn = [p[1] for p in points]
        south, north = min(lats), max(lats)
        west, east = min(lons_drawn), max(lons_drawn)
        m.location = [(south + north) / 2, (west + east) / 2]
        fit = FitBounds([[south, west], [north, east]], padding=(40, 40), max_zoom=9)
        fit.options["animate"] = False  # open on the content, not zooming in from the world
        m.add_child(fit)
    return m


def _legend_html(
    *,
    statuses: Sequence[str],
    rail: bool,
    kinds: Sequence[str],
    verdicts: Sequence[str],
    undrawn: int,
) -> str:
    rows = []
    if statuses:
        pin = (
            '<div class="mapper-pin" style="background:#b2182b;display:inline-block;'
            'min-width:20px;height:20px;line-height:16px;font-size:11px">1</div>'
        )
        rows.append(f"<tr><td>{pin}</td><td>stop, numbered in travel order</td></tr>")
        for status in statuses:
            style = STATUS_STYLES[status]
            rows.append(
                f"<tr><td>{_line_svg(style['color'], style['dash'])}</td>"
                f"<td>{_text(style['label'])}</td></tr>"
            )
        rows.append(f"<tr><td>{_arrow_svg('#444', 90.0)}</td><td>direction of travel</td></tr>")
    for verdict in verdicts:
        colour = VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["unresolved"])
        rows.append(
            f"<tr><td>{_line_svg(colour, None, weight=10, opacity=0.35)}</td>"
            f"<td>distance claim, {_text(verdict)} (hover for the check)</td></tr>"
        )
    for kind in kinds:
        rows.append(
            f"<tr><td>{_site_svg(kind, 16)}</td><td>{_text(KIND_STYLES[kind][2])}</td></tr>"
        )
    notes = []
    if statuses:
        notes.append(
            "Rail legs follow the railway; others the shortest (geodesic) path."
            if rail
            else "Legs follow the shortest (geodesic) path."
        )
    if undrawn:
        notes.append(
            f"{undrawn} claim{'s' * (undrawn != 1)} not drawn: an endpoint was not resolved."
        )
    note_html = "".join(f'<div class="mapper-note">{_text(n)}</div>' for n in notes)
    table = f"<table>{''.join(rows)}</table>"
    return f"<details open><summary>Legend</summary>{table}{note_html}</details>"


# --------------------------------------------------------------------------- save


def _find_map(root: Element, name: str) -> folium.Map:
    stack = [root]
    while stack:
        element = stack.pop()
        if isinstance(element, folium.Map) and element.get_name() == name:
            return element
        stack.extend(element._children.values())
    raise ValueError(f"map {name!r} not found in its figure")


def _fresh_copy(m: folium.Map) -> Figure:
    """Return a copy of the map's figure without what an earlier render hung on it.

    Each render of a folium map adds new "addTo" and "setIcon" calls to its figure's
    script under new names, so a map rendered before (shown in a notebook, say) would
    repeat them; they are harmless but dead weight, and the next render adds them again.
    """
    root = copy.deepcopy(m.get_root())
    stack: list[Element] = [root]
    while stack:
        element = stack.pop()
        for key, child in list(element._children.items()):
            if isinstance(child, folium.Marker.SetIcon | ElementAddToElement):
                del element._children[key]  # rendering adds a fresh one
            else:
                stack.append(child)
    for key in list(root.script._children):
        if re.fullmatch(r"(element_add_to_element|set_icon)_[0-9a-f]+", key):
            del root.script._children[key]
    return root


def _offline_figure(m: folium.Map) -> Figure:
    root = _fresh_copy(m)
    mc = _find_map(root, m.get_name())
    removed: set[str] = set()
    stack: list[Element] = [root]
    while stack:
        element = stack.pop()
        for key, child in list(element._children.items()):
            if isinstance(child, folium.TileLayer):
                del element._children[key]
                below = [child]
                while below:  # the layer and what rendering hung on it (its addTo call)
                    item = below.pop()
                    removed.add(item.get_name())
                    below.extend(item._children.values())
            else:
                stack.append(child)
    # A map rendered before (shown in a notebook, say) left the tiles' script in its figure.
    for part in (root.header, root.html, root.script):
        for key in removed & set(part._children):
            del part._children[key]
    (_, west), (_, east) = mc.get_bounds()
    shifts = [0]
    if west is not None and west < -170.0:
        shifts.append(-360)
    if east is not None and east > 170.0:
        shifts.append(360)
    mc.add_child(_Basemap(shifts))
    return root


def to_html(m: folium.Map, *, offline: bool = False) -> str:
    """Return the page for a map: folium's, or with ``offline=True`` a self-contained one.

    A copy of the map is rendered, never the map itself: rendering a folium map adds
    to it, and a map rendered twice would repeat some of its script.

    Raises
    ------
    mapper.offline.OfflineError
        With ``offline=True``, when the map uses something that has no offline copy.
    """
    if not offline:
        return _fresh_copy(m).render()
    from . import offline as offline_mod

    return offline_mod.inline_assets(_offline_figure(m).render())


def save(m: folium.Map, path: str | os.PathLike[str], *, offline: bool = False) -> Path:
    """Write a map to an HTML file, atomically: a failure leaves no partial file.

    Parameters
    ----------
    m : folium.Map
        Usually from :func:`render`.
    path : str or path-like
        Where to write; an existing file is replaced only once the new one is complete.
    offline : bool
        Write one self-contained file that makes no network request: scripts and
        styles inlined, and a Natural Earth vector basemap instead of tiles.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    target = Path(path)
    page = to_html(m, offline=offline)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(page)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


class _CallableModule(types.ModuleType):
    """Let ``mapper.render(journey)`` work whether ``mapper.render`` is this module or not.

    Importing ``mapper.render`` sets the package attribute ``render`` to this module,
    which would shadow a ``render`` function exported by the package: so the module
    itself calls :func:`render`.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> folium.Map:
        return render(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
