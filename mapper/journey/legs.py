"""The legs between consecutive stops: their mode, straight and rail lengths, and path."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from mapper.model import Leg, Stop

__all__ = ["legs_between"]


def legs_between(stops: Sequence[Stop], *, route_rail: bool = True) -> list[Leg]:
    """Return the legs joining consecutive stops, routed by rail where possible."""
    from mapper.geodesy import distance_km, geodesic_path

    legs = []
    for a, b in itertools.pairwise(stops):
        mode = b.mode or "unknown"
        straight = distance_km(a.place, b.place)
        rail_km = None
        path = tuple(geodesic_path(a.place, b.place))
        note = "geodesic (straight line)"
        if mode == "rail" and route_rail:
            from mapper.rail import route

            r = route(a.place, b.place)
            if r is not None:
                rail_km = r.rail_km
                path = tuple(r.path)
                note = f"rail: {r.note}"
            else:
                note = "geodesic fallback: an end lies off the railway network"
        legs.append(Leg(a, b, mode, straight, rail_km, path, note))
    return legs
