"""The legend: a collapsible Leaflet control at the bottom left that folds for popups."""

from __future__ import annotations

from .panel import Panel

__all__ = ["legend_control"]

#: Leaflet draws controls above popups, so an open legend would hide a popup's text: it
#: folds while a popup is open and opens again after.
_FOLD_FOR_POPUPS = """
var wasOpen = null;
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
"""


def legend_control(markup: str) -> Panel:
    """Return the legend (HTML from :func:`mapper.maps.markup.legend_html`) as a
    collapsible control at the bottom left that folds while a popup is open."""
    return Panel(
        markup, css_class="mapper-legend", position="bottomleft", behaviour=_FOLD_FOR_POPUPS
    )
