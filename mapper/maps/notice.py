"""A notice for a map whose tiles cannot load: the online page opened without network
would otherwise be blank without a word. The offline page has no tiles and no notice."""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["TileNotice"]

#: What the notice says.
MESSAGE = (
    "The map's tiles could not load (no network?). Write the map with --offline "
    "(mapper map ARTICLE -o map.html --offline) for one that needs no network."
)


class TileNotice(MacroElement):
    """Show :data:`MESSAGE` over the map at the first tile that fails to load."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var shown = false;
            function show() {
                if (shown) { return; }
                shown = true;
                var box = L.DomUtil.create("div", "mapper-notice", map.getContainer());
                box.setAttribute("role", "status");
                box.textContent = {{ this.message }};
            }
            map.eachLayer(function (layer) {
                if (layer instanceof L.TileLayer) { layer.on("tileerror", show); }
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__()
        self._name = "MapperTileNotice"
        self.message = js_literal(message)
