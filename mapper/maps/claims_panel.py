"""The claims panel: every distance claim of the story, listed in a Leaflet control.

Each claim shows its verdict badge, the stated and measured figures and, when it is
unresolved, the reason; a drawn claim is a button that zooms the map to its line. The
panel works the same in the offline page (no asset beyond Leaflet).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup

from .markup import _render, _template, claim_heading, claim_summary
from .panel import Panel
from .styles import VERDICT_COLOURS

if TYPE_CHECKING:
    from ..claims import ClaimCheck

__all__ = ["claims_control", "claims_panel_html"]

_CLAIMS_PANEL = _template(
    """
    <details{% if open %} open{% endif %}><summary>Distance claims ({{ rows|length }})</summary>
    <ol class="mapper-claims">
    {% for row in rows %}
    <li{% if row.bounds %} class="mapper-zoomable" data-bounds="{{ row.bounds }}" tabindex="0"
      role="button" title="show it on the map"{% endif %}>
    <span class="mapper-badge" style="background:{{ row.colour }}">{{ row.verdict }}</span>
    <b>{{ row.heading }}</b> <span class="mapper-phrase">&ldquo;{{ row.phrase }}&rdquo;</span>
    <div>{{ row.summary }}</div>
    {% if row.reason %}<div class="mapper-reason">{{ row.reason }}</div>{% endif %}
    </li>
    {% endfor %}
    </ol>
    </details>
    """
)


def claims_panel_html(
    checks: Sequence[ClaimCheck],
    extents: Sequence[tuple[tuple[float, float], tuple[float, float]] | None],
    *,
    open_: bool = True,
) -> Markup:
    """Return the claims panel: every claim, drawn or not, with its verdict badge, the
    stated and measured figures, and why it is unresolved; a drawn claim carries the
    bounds of its line (``data-bounds``) for the map to zoom to."""
    rows = []
    for check, extent in zip(checks, extents, strict=True):
        verdict = check.verdict
        rows.append(
            {
                "verdict": verdict,
                "colour": VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["unresolved"]),
                "heading": claim_heading(check),
                "phrase": check.claim.phrase,
                "summary": claim_summary(check),
                "reason": check.unresolved_reason or "",
                "bounds": json.dumps([list(extent[0]), list(extent[1])]) if extent else "",
            }
        )
    return _render(_CLAIMS_PANEL, rows=rows, open=open_)


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
