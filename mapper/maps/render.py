"""Draw a story on a Folium map: :func:`render`, one function per layer and control.

:func:`render` reads its inputs once (:func:`~mapper.maps.inputs.read_inputs`), draws
the three layers (:mod:`mapper.maps.layers`), adds the controls (title, legend, claims
panel, layer control, scale bar, measuring tool, full-screen button) and opens the view
on the journey, clear of the title and legend (on everything drawn when there is no
journey). Text from a story is escaped wherever it appears (:mod:`mapper.maps.markup`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import folium
from folium.map import FitBounds

from ..model import STATUSES, Journey, Mention, Place
from .claims_panel import claims_control, claims_panel_html
from .css import Css
from .fullscreen import FullscreenButton
from .geometry import LatLon, Unwrapper
from .inputs import MapInputs, read_inputs
from .layers import claims_layer, journey_layer, sites_layer
from .legend import legend_control
from .markup import legend_html
from .measure import MeasureTool
from .notice import TileNotice
from .styles import LABEL_TILES, TILES
from .timeline import timeline_control
from .title import Title
from .zoom_labels import ZoomLabels

if TYPE_CHECKING:
    from ..claims import ClaimCheck
    from ..document import Document
    from ..story import Story

__all__ = ["render"]


def render(
    story: Story | Journey | None = None,
    *,
    claims: Sequence[ClaimCheck] = (),
    sites: Sequence[Mention | Place] = (),
    title: str = "",
    sentences: Mapping[Place, Sequence[str | tuple[str, str]]] | None = None,
    document: Document | None = None,
) -> folium.Map:
    """Draw a journey, the sites a story names and its checked claims on a Folium map.

    Parameters
    ----------
    story : Story or Journey, optional
        A story from :func:`mapper.read_story` (its journey, claims, title and parsed
        text are used where the keyword arguments give none), or just a journey: the
        stops and legs to draw, with its own ``sites`` and ``title``.
    claims : sequence of ClaimCheck
        Checked distance claims (:func:`mapper.claims.check_claims`). A claim whose
        ends both resolved is drawn; the others are counted in the legend.
    sites : sequence of Mention or Place
        Places the story names (by default the document's mentions); unresolved
        mentions and areas (countries, regions, continents) are skipped, and each
        place is drawn once.
    title : str
        The article's headline or file name, shown at the top.
    sentences : mapping of Place to sequence, optional
        More sentences about each place for its popup: each a string or a
        ``(sentence, date)`` pair with an ISO date. Keyed by the Place itself, so two
        places that share a name keep their own.
    document : Document, optional
        The parsed story: the sentence around each site mention (found by the
        mention's offset) goes into that site's popup, and its mentions are the
        sites when ``sites`` gives none.

    Returns
    -------
    folium.Map
        Shows inline in Jupyter; write it with :func:`mapper.maps.save`.

    Raises
    ------
    TypeError
        When ``story`` is something else, a claim is a dict, or ``sentences`` is
        keyed by name.

    Examples
    --------
    >>> from mapper.model import Place
    >>> m = render(sites=[Place("Ussuriysk", lat=43.80467, lon=131.95734)], title="Test")
    >>> m.get_bounds()
    [[43.80467, 131.95734], [43.80467, 131.95734]]
    """
    inputs = read_inputs(
        story, claims=claims, sites=sites, title=title, sentences=sentences, document=document
    )
    unwrap = Unwrapper(inputs.longitudes)
    m = folium.Map(location=[20.0, 0.0], zoom_start=2, tiles=None, control_scale=True)
    folium.TileLayer(TILES, control=False).add_to(m)
    folium.TileLayer(
        LABEL_TILES, attr="Labels &copy; Esri", max_zoom=16, overlay=True, control=False
    ).add_to(m)
    m.add_child(Css())
    m.add_child(TileNotice())  # says why the map is blank when its tiles cannot load
    m.add_child(ZoomLabels())  # the other places' names, once zoomed in

    site_places = [site.place for site in inputs.sites]
    journey = journey_layer(inputs.stops, inputs.legs, unwrap, sites=site_places)
    stop_places = {stop.place for stop in inputs.stops}
    site_layer = sites_layer(inputs.sites, inputs.sentences, unwrap, labelled=stop_places)
    claim_layer = claims_layer(inputs.claims, unwrap)
    for drawn in (journey, site_layer, claim_layer):
        if drawn.group._children:
            drawn.group.add_to(m)

    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    m.add_child(MeasureTool())
    m.add_child(FullscreenButton())
    legend = legend_html(
        statuses=[s for s in STATUSES if s in journey.statuses],
        rail=journey.rail,
        kinds=site_layer.kinds,
        verdicts=claim_layer.verdicts,
        undrawn=claim_layer.undrawn,
        modes=journey.modes,
    )
    m.add_child(legend_control(legend))
    timeline = timeline_control(inputs.stops, unwrap)
    if timeline is not None:  # stops with dates: step through them in order
        m.add_child(timeline)
    if inputs.claims:  # every claim listed, unresolved ones with the reason
        m.add_child(claims_control(claims_panel_html(inputs.claims, claim_layer.extents)))
    if inputs.title:
        m.add_child(Title(inputs.title, _counts(inputs)))
    # open on the journey (its stops and legs); a story without one, on all it drew.
    # "relations with Moscow" makes Moscow a site: it is a zoom out, not in the view
    _fit(m, journey.points or site_layer.points + claim_layer.points)
    return m


def _counts(inputs: MapInputs) -> str:
    """Return what the map draws, counted: "5 stops · 6 sites · 1 distance claim"."""
    counts = []
    for n, noun in (
        (len(inputs.stops), "stop"),
        (len(inputs.sites), "site"),
        (len(inputs.claims), "distance claim"),
    ):
        if n:
            counts.append(f"{n} {noun}{'s' * (n != 1)}")
    return " · ".join(counts)


#: Room kept free when the map opens, in pixels: the title box above, the legend below left.
_PAD_TOP_LEFT = (50, 90)
_PAD_BOTTOM_RIGHT = (130, 40)  # a stop's name is written to the right of its pin


def _fit(m: folium.Map, points: Sequence[LatLon]) -> None:
    """Open the map on ``points`` (lat, lon): centred, zoomed to fit inside the room the
    title and legend leave, at most to level 9."""
    if not points:
        return
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    m.location = [(south + north) / 2, (west + east) / 2]
    fit = FitBounds(
        [[south, west], [north, east]],
        padding_top_left=_PAD_TOP_LEFT,
        padding_bottom_right=_PAD_BOTTOM_RIGHT,
        max_zoom=9,
    )
    fit.options["animate"] = False  # open on the content, not zooming in from the world
    m.add_child(fit)
