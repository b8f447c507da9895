"""The legend: a collapsible Leaflet control at the bottom left that folds for popups."""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["Legend"]


class Legend(MacroElement):
    """A collapsible legend as a Leaflet control; it folds while a popup is open.

    Leaflet draws controls above popups, so an open legend would hide a popup's text.

    Parameters
    ----------
    markup : str
        The legend's HTML, trusted as it is (make it with
        :func:`mapper.maps.markup.legend_html`, which escapes what it is given).
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
                if (map.getSize().x < 600) { details.open = false; }  // a phone: folded
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
        self.html = js_literal(markup)
