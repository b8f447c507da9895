"""A collapsible panel of HTML as a Leaflet control: the base of the legend and the
claims panel. It starts folded on a phone-sized map (under 600 px wide)."""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["Panel"]


class Panel(MacroElement):
    """Show trusted HTML (a ``<details>`` element) in a Leaflet control.

    Parameters
    ----------
    markup : str
        The panel's HTML, trusted as it is (the ``mapper.maps.markup`` functions that
        make it escape what they are given).
    css_class : str
        The class of the control's box.
    position : str
        Leaflet's control position, e.g. ``"bottomleft"``.
    behaviour : str
        JavaScript run once the box exists, with ``map``, ``box`` and ``details`` bound.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var control = L.control({position: {{ this.position }}});
            control.onAdd = function () {
                var box = L.DomUtil.create("div", {{ this.css_class }});
                box.innerHTML = {{ this.html }};
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                var details = box.querySelector("details");
                if (map.getSize().x < 600) { details.open = false; }  // a phone: folded
                {{ this.behaviour }}
                return box;
            };
            control.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, markup: str, *, css_class: str, position: str, behaviour: str = "") -> None:
        super().__init__()
        self._name = "MapperPanel"
        self.html = js_literal(markup)
        self.css_class = js_literal(css_class)
        self.position = js_literal(position)
        self.behaviour = behaviour
