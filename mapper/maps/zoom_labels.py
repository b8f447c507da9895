"""Names of the places that are not stops, shown once the map is zoomed in enough for
them not to crowd: the map's container carries ``mapper-zoomed-in`` from zoom level
:data:`LABEL_ZOOM` on, and the stylesheet shows ``mapper-site-label`` only then."""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

__all__ = ["LABEL_ZOOM", "ZoomLabels"]

#: The zoom level from which the other places' names are shown.
LABEL_ZOOM = 7


class ZoomLabels(MacroElement):
    """Mark the map's container as zoomed in from :data:`LABEL_ZOOM` on."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            function mark() {
                var inside = map.getZoom() >= {{ this.zoom }};
                map.getContainer().classList.toggle("mapper-zoomed-in", inside);
            }
            map.on("zoomend", mark);
            map.whenReady(mark);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, zoom: int = LABEL_ZOOM) -> None:
        super().__init__()
        self._name = "MapperZoomLabels"
        self.zoom = int(zoom)
