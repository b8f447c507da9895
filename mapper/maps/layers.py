"""The map's three layers: the journey, the sites a story names, and its distance claims.

Each function draws one layer as a :class:`folium.FeatureGroup` and returns it as a
:class:`Drawn`, with the points it covers (for the view) and what the legend must
explain (for the legend).

* Journey: numbered stop pins in travel order (a place visited twice gets one pin with
  both numbers), legs between them (confirmed solid, speculated dashed, implied dotted
  grey), drawn along the railway geometry when the leg has one (``Leg.path``) and along
  the geodesic otherwise, and an arrow at the middle of each leg pointing the way of
  travel.
* Sites: one symbol per place the story names, by kind, with a popup giving the name,
  kind, coordinates, source and the story's sentences that mention it (with their
  dates when known). Countries, regions and continents are not drawn.
* Claims: each checked distance claim as a line between its endpoints, coloured by
  verdict, with a tooltip comparing the claimed and measured distances and directions.

Longitudes go through one :class:`~mapper.maps.geometry.Unwrapper`, so the three
layers stay continuous with each other across the antimeridian.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import folium

from ..geodesy import geodesic_path
from ..model import STATUSES, Leg, Place, Stop
from . import markup
from .geometry import LabelSides, LatLon, Unwrapper, arc_path, midpoint_and_angle
from .inputs import Site
from .styles import KIND_STYLES, SEA_BAND, STATUS_STYLES, VERDICT_COLOURS

if TYPE_CHECKING:
    from ..claims import ClaimCheck

__all__ = ["Drawn", "claims_layer", "journey_layer", "sites_layer"]


@dataclass
class Drawn:
    """A layer drawn: its group, what it covers, and what the legend must explain."""

    group: folium.FeatureGroup
    points: list[LatLon] = field(default_factory=list)  #: (lat, lon) drawn, unwrapped.
    statuses: set[str] = field(default_factory=set)  #: Stop and leg statuses drawn.
    rail: bool = False  #: Whether a leg follows a railway.
    modes: list[str] = field(default_factory=list)  #: Leg modes drawn, in order.
    kinds: list[str] = field(default_factory=list)  #: Site kinds drawn, in order.
    verdicts: list[str] = field(default_factory=list)  #: Claim verdicts drawn, in order.
    undrawn: int = 0  #: Claims not drawn because an endpoint did not resolve.
    #: Per claim, in order: the ((south, west), (north, east)) of its line, or None.
    extents: list[tuple[LatLon, LatLon] | None] = field(default_factory=list)


def _popup(html: str) -> folium.Popup:
    """Return a popup that pans clear of the title box at the top of the map."""
    return folium.Popup(html, max_width=360, auto_pan_padding_top_left=[50, 80])


# --------------------------------------------------------------------------- journey


def journey_layer(
    stops: Sequence[Stop],
    legs: Sequence[Leg],
    unwrap: Unwrapper,
    *,
    sites: Sequence[Place] = (),
) -> Drawn:
    """Draw the legs (below), then an arrow on each leg and a numbered pin per place.

    Parameters
    ----------
    stops, legs : sequence
        The stops in travel order and one leg per consecutive pair of them.
    unwrap : Unwrapper
        Places each path in the world copy near the centre of the whole map.
    sites : sequence of Place
        The sites drawn beside the journey: a pin's name goes on the side with
        fewer of them.
    """
    drawn = Drawn(folium.FeatureGroup(name="Journey"))
    if not stops:
        return drawn
    # Each pin goes in the world copy where the path arriving at it ends.
    stop_lon = [unwrap.near(stops[0].place.lon)]
    for number, leg in enumerate(legs, start=1):
        path = _leg(drawn, number, leg, unwrap, start_lon=stop_lon[-1])
        stop_lon.append(unwrap.near(leg.end.place.lon, path[-1][1]))
    stop_lon.extend(unwrap.near(s.place.lon) for s in stops[len(stop_lon) :])
    _pins(drawn, stops, stop_lon, [(p.lat, unwrap.near(p.lon)) for p in sites])
    return drawn


def _leg(drawn: Drawn, number: int, leg: Leg, unwrap: Unwrapper, start_lon: float) -> list[LatLon]:
    """Draw one leg and its arrow; return its path as drawn."""
    on_route = len(leg.path) >= 2
    raw = list(leg.path) if on_route else geodesic_path(leg.start.place, leg.end.place)
    path = unwrap.place_path(raw, start_lon)
    if leg.mode == "air" and not on_route:
        path = arc_path(path)  # a flight: bowed, not along the ground
    drawn.points.extend(path)
    drawn.rail |= on_route
    drawn.statuses.add(leg.status)
    if leg.mode not in drawn.modes:
        drawn.modes.append(leg.mode)
    if leg.mode == "sea":
        folium.PolyLine(path, interactive=False, class_name="mapper-sea", **SEA_BAND).add_to(
            drawn.group
        )
    style = STATUS_STYLES[leg.status]
    folium.PolyLine(
        path,
        color=style["color"],
        weight=4,
        opacity=0.9,
        dash_array=style["dash"],
        class_name=f"mapper-leg mapper-leg-{leg.status}",
        tooltip=folium.Tooltip(markup.leg_tooltip(number, leg, on_route=on_route), sticky=True),
    ).add_to(drawn.group)
    (mid_lat, mid_lon), angle = midpoint_and_angle(path)
    folium.Marker(
        [mid_lat, mid_lon],
        icon=folium.DivIcon(
            html=markup.arrow_svg(style["color"], angle),
            icon_size=(16, 16),
            icon_anchor=(8, 8),
            class_name="mapper-arrow",
        ),
        interactive=False,
        keyboard=False,
    ).add_to(drawn.group)
    return path


def _pins(
    drawn: Drawn, stops: Sequence[Stop], stop_lon: Sequence[float], site_marks: list[LatLon]
) -> None:
    """Draw one pin per place (and world copy), numbered with every visit to it."""
    pins: dict[tuple[Place, float], list[int]] = {}
    for i, (stop, lon) in enumerate(zip(stops, stop_lon, strict=True)):
        pins.setdefault((stop.place, round(lon, 6)), []).append(i)
    marks = [(place.lat, lon) for place, lon in pins] + site_marks
    sides = LabelSides(marks, extent=marks + drawn.points)
    for (place, lon), visits in pins.items():
        side = sides.side((place.lat, lon))
        status = min((stops[i].status for i in visits), key=STATUSES.index)
        drawn.statuses.add(status)
        label = ", ".join(str(i + 1) for i in visits)
        width = max(22, 10 + 7 * len(label))
        icon = folium.DivIcon(
            html=markup.stop_pin(label, place.name, status),
            icon_size=(width, 31),
            icon_anchor=(width // 2, 31),
            popup_anchor=(0, -30),
            class_name="mapper-stop",
        )
        # The name beside the pin, not the point; left when a mark sits just to the right.
        icon.options["tooltipAnchor"] = [width // 2 if side == "right" else -(width // 2), -20]
        folium.Marker(
            [place.lat, lon],
            icon=icon,
            tooltip=folium.Tooltip(
                markup.escape(place.name),
                sticky=False,
                permanent=True,
                direction=side,
                class_name="mapper-label",
            ),
            popup=_popup(markup.stop_popup(label, [(i + 1, stops[i]) for i in visits])),
            z_index_offset=1000,
        ).add_to(drawn.group)
        drawn.points.append((place.lat, lon))


# --------------------------------------------------------------------------- sites


def sites_layer(
    sites: Sequence[Site],
    said: Mapping[Place, Sequence[tuple[str, str]]],
    unwrap: Unwrapper,
    *,
    labelled: Collection[Place] = (),
) -> Drawn:
    """Draw a symbol for each site, by kind, with a popup of its sentences.

    Parameters
    ----------
    sites : sequence of Site
        The places, each once.
    said : mapping
        The story's sentences about each place, each ``(sentence, date)``.
    unwrap : Unwrapper
        Places each symbol in the world copy near the centre of the whole map.
    labelled : collection of Place
        Places that carry a name already (the stops): the others get a name beside
        their symbol, shown once the map is zoomed in (:mod:`.zoom_labels`).
    """
    drawn = Drawn(folium.FeatureGroup(name="Sites"))
    for site in sites:
        place = site.place
        kind = place.kind if place.kind in KIND_STYLES else "site"
        if kind not in drawn.kinds:
            drawn.kinds.append(kind)
        lon = unwrap.near(place.lon)
        folium.Marker(
            [place.lat, lon],
            icon=folium.DivIcon(
                html=markup.site_svg(kind, label=f"{place.name} ({KIND_STYLES[kind].label})"),
                icon_size=(18, 18),
                icon_anchor=(9, 9),
                popup_anchor=(0, -8),
                class_name=f"mapper-site mapper-kind-{kind}",
            ),
            tooltip=folium.Tooltip(markup.site_tooltip(place, kind)),
            popup=_popup(markup.site_popup(place, site.surfaces, said.get(place, ()))),
        ).add_to(drawn.group)
        if place not in labelled:
            folium.Marker(
                [place.lat, lon],
                icon=folium.DivIcon(
                    html=markup.site_label(place.name),
                    icon_size=(0, 0),
                    icon_anchor=(-12, 8),
                    class_name="mapper-site-label",
                ),
                interactive=False,
                keyboard=False,
            ).add_to(drawn.group)
        drawn.points.append((place.lat, lon))
    return drawn


# --------------------------------------------------------------------------- claims


def claims_layer(claims: Sequence[ClaimCheck], unwrap: Unwrapper) -> Drawn:
    """Draw each checked claim as a wide line between its ends, coloured by verdict.

    A claim with an end that did not resolve, or with ends too far apart to be the places
    meant (no measured distance), is not drawn, only counted (the legend says how many).
    """
    drawn = Drawn(folium.FeatureGroup(name="Claims"))
    for check in claims:
        if check.origin is None or check.target is None or check.measured_km is None:
            drawn.undrawn += 1
            drawn.extents.append(None)
            continue
        path = unwrap.centred_path(geodesic_path(check.origin, check.target))
        drawn.points.extend(path)
        lats, lons = [lat for lat, _ in path], [lon for _, lon in path]
        drawn.extents.append(((min(lats), min(lons)), (max(lats), max(lons))))
        verdict = check.verdict
        if verdict not in drawn.verdicts:
            drawn.verdicts.append(verdict)
        folium.PolyLine(
            path,
            color=VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["unresolved"]),
            weight=14,
            opacity=0.35,
            line_cap="butt",
            class_name=f"mapper-claim mapper-verdict-{re.sub(r'[^a-z]', '', verdict)}",
            tooltip=folium.Tooltip(markup.claim_tooltip(check), sticky=True),
            popup=_popup(markup.claim_popup(check)),
        ).add_to(drawn.group)
    return drawn
