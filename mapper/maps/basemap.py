"""The offline basemap as a map element: land, borders and big cities below everything.

The data (Natural Earth and GeoNames, simplified, cached) comes from
:func:`mapper.maps.basemap_data.page_data` as a quantized TopoJSON topology. The page
turns its arcs back into GeoJSON with the TopoJSON specification's own rule (each
arc's points are steps from the point before, scaled by the topology's transform; a
negative arc index is the arc reversed) and draws it with ``L.geoJSON`` in a pane under
the overlays, once for each whole-turn shift the drawing needs (a map reaching past
180 E draws it again 360 degrees east, so Alaska has land beside the Chukchi coast).

City names go in a pane of their own, non-interactive, placed again after each zoom
or pan: capitals first, then by population, each only where it overlaps no name
already placed, no pin of the map and no control.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["Basemap"]


class Basemap(MacroElement):
    """The offline basemap: land, coastlines, borders and city names, below everything.

    Parameters
    ----------
    shifts : sequence of int
        Longitude shifts in degrees (multiples of 360) at which to draw the world.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var data = {{ this.data }};
            var topology = data.topology, transform = topology.transform;
            var arcs = topology.arcs.map(function (arc) {
                var x = 0, y = 0;
                return arc.map(function (step) {
                    x += step[0]; y += step[1];
                    return [x * transform.scale[0] + transform.translate[0],
                            y * transform.scale[1] + transform.translate[1]];
                });
            });
            function line(ids) {
                var points = [];
                ids.forEach(function (id, k) {
                    var arc = id < 0 ? arcs[~id].slice().reverse() : arcs[id];
                    points.push.apply(points, k ? arc.slice(1) : arc);
                });
                return points;
            }
            function geometry(g) {
                var rings = function (polygon) { return polygon.map(line); };
                var coordinates = {LineString: line, MultiLineString: rings,
                    Polygon: rings, MultiPolygon: function (p) { return p.map(rings); }};
                return {type: g.type, coordinates: coordinates[g.type](g.arcs)};
            }
            var shapes = {};
            topology.objects.data.geometries.forEach(function (g) {
                shapes[g.properties.kind] = geometry(g);
            });
            var pane = map.createPane("mapper-basemap");
            pane.style.zIndex = 150;
            map.createPane("mapper-basemap-names").style.zIndex = 350;
            map.getContainer().classList.add("mapper-offline");
            var names = L.layerGroup().addTo(map);
            {{ this.shifts }}.forEach(function (shift) {
                var common = {pane: "mapper-basemap", interactive: false,
                    coordsToLatLng: function (c) { return L.latLng(c[1], c[0] + shift); }};
                L.geoJSON(shapes.land, L.extend({}, common, {
                    attribution: shift === 0 ? data.attribution : "",
                    style: {color: "#7f9db3", weight: 0.8, fillColor: "#f3f0e8",
                        fillOpacity: 1, className: "mapper-basemap-land"}
                })).addTo(map);
                L.geoJSON(shapes.borders, L.extend({}, common, {
                    style: {color: "#a89a90", weight: 0.8, dashArray: "4 3",
                        className: "mapper-basemap-border"}
                })).addTo(map);
            });
            function overlaps(box, boxes) {
                return boxes.some(function (b) {
                    return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3];
                });
            }
            function place() {
                names.clearLayers();
                var taken = [], size = map.getSize();
                var frame = map.getContainer().getBoundingClientRect();
                map.getContainer().querySelectorAll(".leaflet-control").forEach(function (c) {
                    var r = c.getBoundingClientRect();  // nor under a panel or a button
                    taken.push([r.left - frame.left, r.top - frame.top,
                        r.right - frame.left, r.bottom - frame.top]);
                });
                map.eachLayer(function (layer) {  // keep clear of every pin and its label
                    if (layer instanceof L.Marker || layer instanceof L.CircleMarker) {
                        var p = map.latLngToContainerPoint(layer.getLatLng());
                        taken.push([p.x - 14, p.y - 14, p.x + 110, p.y + 14]);
                    }
                });
                var shown = 0;
                data.cities.forEach(function (city) {
                    if (shown >= 80) { return; }
                    {{ this.shifts }}.forEach(function (shift) {
                        var at = L.latLng(city[0], city[1] + shift);
                        var p = map.latLngToContainerPoint(at);
                        if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) { return; }
                        var half = 3.2 * city[2].length + 4;
                        var box = [p.x - half, p.y - 9, p.x + half, p.y + 12];
                        if (overlaps(box, taken)) { return; }
                        taken.push(box);
                        shown += 1;
                        L.marker(at, {pane: "mapper-basemap-names", interactive: false,
                            keyboard: false, icon: L.divIcon({iconSize: null,
                                className: "mapper-city" + (city[4] ? " mapper-capital" : ""),
                                html: "<span></span>"})}).addTo(names)
                            .getElement().firstChild.textContent = city[2];
                    });
                });
            }
            map.whenReady(function () { place(); map.on("zoomend moveend", place); });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, shifts: Sequence[int] = (0,)) -> None:
        super().__init__()
        self._name = "MapperBasemap"
        self.data = _basemap_literal()
        self.shifts = js_literal(list(shifts))


@functools.cache
def _basemap_literal() -> str:
    from .basemap_data import page_data

    return js_literal(page_data())
