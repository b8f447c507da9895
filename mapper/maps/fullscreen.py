"""The full-screen button: the map fills the screen, or the window where that is refused.

It is mapper's own small control rather than folium's ``Fullscreen`` plugin: that
loads its script from a CDN, which an offline page cannot.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal

__all__ = ["FullscreenButton"]

_FULLSCREEN_SVG = (
    '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><path fill="none" '
    'stroke="#333" stroke-width="1.8" d="M2 7V2h5M11 2h5v5M16 11v5h-5M7 16H2v-5"/></svg>'
)


class FullscreenButton(MacroElement):
    """A button that shows the map full screen (or fills the window where that is refused).

    Parameters
    ----------
    position : str
        The corner of the map, as Leaflet names it ("topleft", "bottomright" ...).

    Examples
    --------
    >>> import folium
    >>> m = folium.Map()
    >>> _ = m.add_child(FullscreenButton())
    >>> "mapper-fullscreen" in m.get_root().render()
    True
    """

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
        self.icon = js_literal(_FULLSCREEN_SVG)
