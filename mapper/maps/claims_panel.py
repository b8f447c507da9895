"""The claims panel: every distance claim of the story, listed in a Leaflet control.

Each claim shows its verdict badge, the stated and measured figures and, when it is
unresolved, the reason; a drawn claim is a button that zooms the map to its line. The
panel works the same in the offline page (no asset beyond Leaflet).
"""

from __future__ import annotations

from .panel import Panel

__all__ = ["claims_control"]

#: A click (or Enter) on a drawn claim fits the map to its line and marks it.
_ZOOM_TO_CLAIM = """
box.querySelectorAll("li[data-bounds]").forEach(function (item) {
    function show() {
        map.fitBounds(JSON.parse(item.getAttribute("data-bounds")),
                      {paddingTopLeft: [50, 90], paddingBottomRight: [50, 40],
                       maxZoom: 10, animate: false});
        box.querySelectorAll("li.mapper-shown").forEach(function (li) {
            li.classList.remove("mapper-shown");
        });
        item.classList.add("mapper-shown");
    }
    item.addEventListener("click", show);
    item.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(); }
    });
});
"""


def claims_control(markup: str) -> Panel:
    """Return the claims panel (HTML from :func:`mapper.maps.markup.claims_panel_html`) as
    a collapsible control at the bottom right whose drawn claims zoom the map."""
    return Panel(
        markup, css_class="mapper-claims-panel", position="bottomright", behaviour=_ZOOM_TO_CLAIM
    )
