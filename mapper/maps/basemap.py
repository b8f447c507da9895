"""The offline basemap as a map element: land, coastlines and borders below everything.

The data (Natural Earth, simplified, cached) comes from :func:`mapper.maps.offline.basemap`;
this element draws it with ``L.geoJSON`` in a pane under the overlays, once for each
whole-turn shift the drawing needs (a map reaching past 180 E draws it again 360 degrees
east, so Alaska has land beside the Chukchi coast).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["Basemap"]


class Basemap(MacroElement):
    """The offline basemap: land, coastlines and borders as vector layers below everything.

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

    def __init__(self, shifts: Sequence[int] = (0,)) -> None:
        super().__init__()
        self._name = "MapperBasemap"
        self.data = _basemap_literal()
        self.shifts = js_literal(list(shifts))


@functools.cache
def _basemap_literal() -> str:
    from .offline import basemap

    return js_literal(basemap())
