"""The map's visual vocabulary: tiles, leg styles, claim colours and site symbols.

Every layer, the legend and the tests read these tables, so a colour or a label is
changed in one place. They are plain data (no folium), keyed by the closed sets of
:mod:`mapper.model` (stop statuses, place kinds) and of :mod:`mapper.claims` (verdicts).

Examples
--------
>>> STATUS_STYLES["speculated"]["dash"], KIND_STYLES["station"].label
('10 8', 'railway station')
"""

from __future__ import annotations

from typing import NamedTuple, TypedDict

__all__ = [
    "KIND_STYLES",
    "LABEL_TILES",
    "MODE_LABELS",
    "SEA_BAND",
    "SHAPES",
    "STATUS_STYLES",
    "TILES",
    "VERDICT_COLOURS",
    "LineStyle",
    "SiteSymbol",
]

#: Tiles for the default page: Esri's light grey canvas and its labels, which need no key
#: and serve pages opened from disk, which send no Referer (OpenStreetMap's own tile
#: servers refuse those, and CARTO's basemaps now want an API key).
TILES = "Esri.WorldGrayCanvas"
LABEL_TILES = (
    "https://server.arcgisonline.com/ArcGIS/rest/services/Canvas/"
    "World_Light_Gray_Reference/MapServer/tile/{z}/{y}/{x}"
)


class LineStyle(TypedDict):
    """How a leg of one status is drawn (a dict, as it always was, with known keys)."""

    color: str  #: CSS colour of the line.
    dash: str | None  #: SVG dash pattern, None for a solid line.
    label: str  #: The phrase used in tooltips and the legend.


#: Line style of a leg by its status: colour, dash pattern (None for solid), and the
#: phrase used in tooltips and the legend.
STATUS_STYLES: dict[str, LineStyle] = {
    "confirmed": {"color": "#b2182b", "dash": None, "label": "confirmed leg"},
    "speculated": {"color": "#e08214", "dash": "10 8", "label": "speculated leg"},
    "implied": {
        "color": "#6f6f6f",
        "dash": "1 8",
        "label": "implied leg (the story implies it but does not report it)",
    },
}

#: How a leg's mode shows beside its status colour: a flight is an arc, a sea crossing
#: lies on a blue band, a road is a plain line; rail follows the railway (see the note).
MODE_LABELS: dict[str, str] = {
    "air": "flight (drawn as an arc)",
    "sea": "by sea (on a blue band)",
    "road": "by road",
}
#: The band under a sea leg.
SEA_BAND = {"color": "#74add1", "weight": 11, "opacity": 0.45}

#: Colour of a claim line by verdict.
VERDICT_COLOURS: dict[str, str] = {
    "consistent": "#1a9850",
    "overstated": "#d73027",
    "understated": "#d73027",
    "unresolved": "#7b3294",
}

#: SVG shapes of the site symbols, drawn in a box centred on (0, 0).
SHAPES: dict[str, str] = {
    "square": '<rect x="-6.5" y="-6.5" width="13" height="13" rx="2"/>',
    "triangle": '<path d="M0,-8 L7.5,6.5 L-7.5,6.5 Z"/>',
    "factory": '<path d="M-7.5,7 L-7.5,-2 L-3,-5 L-3,-2 L1.5,-5 L1.5,-2 L6,-5 L6,-8 L7.5,-8 '
    'L7.5,7 Z"/>',
    "circle": '<circle r="7"/>',
    "small-circle": '<circle r="5"/>',
    "diamond": '<path d="M0,-8.5 L8.5,0 L0,8.5 L-8.5,0 Z"/>',
    "hexagon": '<path d="M-4,-7 L4,-7 L8,0 L4,7 L-4,7 L-8,0 Z"/>',
    "star": '<path d="M0,-8 L2.3,-2.6 L8,-2.5 L3.6,1.3 L5,7 L0,3.8 L-5,7 L-3.6,1.3 L-8,-2.5 '
    'L-2.3,-2.6 Z"/>',
}


class SiteSymbol(NamedTuple):
    """The symbol of a site: a tuple ``(shape, colour, label)``, as it always was."""

    shape: str  #: A key of :data:`SHAPES`.
    colour: str  #: CSS fill colour.
    label: str  #: The kind as the legend and tooltips name it.


#: Symbol of a site by kind: shape, fill colour, legend label.
KIND_STYLES: dict[str, SiteSymbol] = {
    "station": SiteSymbol("square", "#2166ac", "railway station"),
    "spaceport": SiteSymbol("triangle", "#762a83", "spaceport"),
    "factory": SiteSymbol("factory", "#8c510a", "factory"),
    "city": SiteSymbol("circle", "#1b7837", "city"),
    "town": SiteSymbol("small-circle", "#5aae61", "town"),
    "airport": SiteSymbol("diamond", "#01665e", "airport"),
    "campus": SiteSymbol("hexagon", "#c51b7d", "campus"),
    "site": SiteSymbol("star", "#4d4d4d", "other site"),
}
