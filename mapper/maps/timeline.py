"""A step-through timeline: when a journey's stops have dates, two buttons walk the map
from stop to stop in travel order, showing each stop's number, date and name.

It is mapper's own small control (folium's ``TimestampedGeoJson`` loads its scripts from
a CDN, which the offline page cannot), a :class:`~mapper.maps.panel.Panel` like the
legend.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from markupsafe import Markup

from ..model import Stop
from .geometry import Unwrapper
from .markup import _render, _template
from .panel import Panel

__all__ = ["timeline_control", "timeline_html"]

_TIMELINE = _template(
    """
    <details open><summary>Timeline</summary>
    <div class="mapper-timeline" data-stops="{{ stops_json }}">
    <button type="button" data-step="-1" aria-label="previous stop">&#9664;</button>
    <span class="mapper-timeline-label">{{ first }}</span>
    <button type="button" data-step="1" aria-label="next stop">&#9654;</button>
    </div>
    </details>
    """
)


def timeline_html(stops: Sequence[tuple[float, float, str]]) -> Markup:
    """Return the step-through timeline: the stops in travel order as ``(lat, lon,
    label)``, read by its buttons (the label is escaped where it is shown)."""
    data = [{"lat": lat, "lon": lon, "label": label} for lat, lon, label in stops]
    first = f"{len(stops)} stops: press ▶ to follow the journey"
    return _render(_TIMELINE, stops_json=json.dumps(data, ensure_ascii=False), first=first)


#: A button press centres the map on the next (or previous) stop and labels it.
_STEP = """
var strip = box.querySelector(".mapper-timeline");
var stops = JSON.parse(strip.getAttribute("data-stops")), at = -1;
var label = strip.querySelector(".mapper-timeline-label");
strip.querySelectorAll("button").forEach(function (button) {
    button.addEventListener("click", function () {
        at = Math.max(0, Math.min(stops.length - 1, at + Number(button.dataset.step)));
        var stop = stops[at];
        map.setView([stop.lat, stop.lon], Math.max(map.getZoom(), 6), {animate: false});
        label.textContent = stop.label;
    });
});
"""


def timeline_control(stops: Sequence[Stop], unwrap: Unwrapper) -> Panel | None:
    """Return the timeline of a journey whose stops have dates, else None."""
    if not any(stop.date for stop in stops):
        return None
    rows = []
    for number, stop in enumerate(stops, start=1):
        when = stop.date + (f" to {stop.date_end}" if stop.date_end else "")
        label = " · ".join(part for part in (str(number), when, stop.place.name) if part)
        rows.append((stop.place.lat, unwrap.near(stop.place.lon), label))
    return Panel(
        timeline_html(rows), css_class="mapper-timeline-panel", position="topleft", behaviour=_STEP
    )
