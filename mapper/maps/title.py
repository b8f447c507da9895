"""The title box: the story's headline at the top centre of the map, and a line under it."""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .markup import js_literal, title_html

__all__ = ["Title"]


class Title(MacroElement):
    """A title box at the top centre of the map; its text is escaped.

    Parameters
    ----------
    title : str
        The headline or file name.
    subtitle : str
        A line under it (the map says what it draws: "5 stops · 6 sites").

    Examples
    --------
    >>> import folium
    >>> m = folium.Map()
    >>> _ = m.add_child(Title("Across Siberia", "2 stops"))
    >>> "Across Siberia" in m.get_root().render()
    True
    """

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

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self._name = "MapperTitle"
        self.html = js_literal(title_html(title, subtitle))
