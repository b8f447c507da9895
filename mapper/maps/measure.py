"""The measuring tool: a button that measures a path clicked on the map, in km and miles.

It is mapper's own small control rather than folium's ``MeasureControl`` plugin: that
loads its script from a CDN, which an offline page cannot, and one implementation for
both kinds of page keeps what is tested what is shipped.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["MeasureTool"]

_RULER_SVG = (
    '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><g fill="none" '
    'stroke="#333" stroke-width="1.5"><rect x="1" y="6" width="16" height="6" rx="1"/>'
    '<path d="M4 6v3M7 6v2M10 6v3M13 6v2"/></g></svg>'
)


class MeasureTool(MacroElement):
    """A button to measure distances: click points on the map; double-click or Esc ends.

    A click on a place (a stop's pin, a site's symbol) or within 12 pixels of one
    measures from the place itself, not from where the pointer happened to be.

    The label shows the total in kilometres and miles, measured on Leaflet's sphere
    (radius 6,371 km; within 0.5 % of the ellipsoid). It needs no external script.

    Parameters
    ----------
    position : str
        The corner of the map, as Leaflet names it ("topleft", "bottomright" ...).

    Examples
    --------
    >>> import folium
    >>> m = folium.Map()
    >>> _ = m.add_child(MeasureTool())
    >>> "mapper-measure" in m.get_root().render()
    True
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
                    this._places = [];
                    map.eachLayer(function (layer) {
                        if (layer instanceof L.Marker || layer instanceof L.CircleMarker) {
                            this._places.push(layer);
                            layer.on("click", this._snap, this);
                        }
                    }, this);
                    L.DomEvent.on(document, "keydown", this._key, this);
                },
                _snap: function (e) {  // a click on a place measures from the place
                    L.DomEvent.stop(e);
                    map.closePopup();
                    this._add({latlng: e.target.getLatLng()});
                },
                _nearest: function (latlng) {  // a place within 12 px of a click, if any
                    var at = map.latLngToContainerPoint(latlng), best = null, gap = 12;
                    this._places.forEach(function (layer) {
                        var d = at.distanceTo(map.latLngToContainerPoint(layer.getLatLng()));
                        if (d <= gap) { gap = d; best = layer.getLatLng(); }
                    });
                    return best || latlng;
                },
                _add: function (e) {
                    this._points.push(this._nearest(e.latlng));
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
                    this._label.setLatLng(this._points[this._points.length - 1]).setContent(text);
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
                    this._places.forEach(function (layer) { layer.off("click", this._snap, this); },
                        this);
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
        self.icon = js_literal(_RULER_SVG)
