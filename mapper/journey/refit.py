"""Readings that fit the route: a stop the geoparser read as a far namesake of the town
the story means takes the reading of its name that lies by the stops around it.

A bus ride from Puno over the border to Copacabana, in a story that also names Rio:
"Rio" pulls the name to Rio de Janeiro's Copacabana, 2,800 km from Puno, while the
Bolivian town of that name, on the lake, lies 130 km away.
A stop reached over land is rarely that far from both its neighbours when a reading of
the same name lies near one of them, so the near reading is taken: only for a stop
reached by road, rail, on foot or by bicycle (a flight may well go to Paris, France from
Dallas, not to Paris, Texas), read over :data:`FAR_KM` from every town stop beside it,
with the other reading within :data:`NEAR_KM` of one, four times nearer to both taken
together, and ranked by the gazetteer at all (a score of at least :data:`MIN_SCORE`).
Areas (countries, regions, islands, waters, mountains) are neither refitted nor used as
neighbours (their points are centroids): the nearest town stop on each side is.
"""

from __future__ import annotations

from collections.abc import Sequence

from mapper.geodesy import distance_km
from mapper.model import Mention, Place
from mapper.place import AREA_KINDS

__all__ = ["FAR_KM", "MIN_SCORE", "NEAR_KM", "route_readings"]

#: A stop read this far (km) from every town stop beside it may be a far namesake.
FAR_KM = 1500.0
#: ... and another reading of its name this near (km) to one of them is taken instead.
NEAR_KM = 500.0
#: ... when it is this many times closer to the stops beside it, taken together.
_CLOSER = 4.0
#: Readings the gazetteer ranks below this score are not weighed.
MIN_SCORE = 0.001
#: The ways of reaching a stop over land, legs that rarely run that far.
_OVERLAND = frozenset({"road", "rail", "foot", "bicycle"})
#: Kinds whose points are centroids: never refitted nor used as neighbours.
_AREAS = AREA_KINDS | {"county"}


def route_readings(
    places: Sequence[Place], mentions: Sequence[Mention], modes: Sequence[str]
) -> list[Place]:
    """Return the places of stops in travel order, each far namesake replaced by the
    reading of its mention that lies by a neighbouring stop (see the module docstring).

    Examples
    --------
    >>> from mapper.model import Candidate
    >>> puno = Place("Puno", lat=-15.84, lon=-70.02, country="PE")
    >>> rio = Place("Copacabana", lat=-22.97, lon=-43.19, country="BR")
    >>> lake = Place("Copacabana", lat=-16.17, lon=-69.09, country="BO")
    >>> name = Mention("Copacabana", 0, 10, rio, 0.6, (), (Candidate(lake, 0.04, ""),))
    >>> mentions = [Mention("Puno", 0, 4, puno), name]
    >>> [p.country for p in route_readings([puno, rio], mentions, ["", "road"])]
    ['PE', 'BO']
    >>> [p.country for p in route_readings([puno, rio], mentions, ["", "air"])]
    ['PE', 'BR']
    """
    out = list(places)
    for n, (place, mention, mode) in enumerate(zip(places, mentions, modes, strict=True)):
        if place != mention.place or place.kind in _AREAS or mode not in _OVERLAND:
            continue  # a place the reader chose for itself (a capital, a town of a region)
        around = _beside(out, n)
        if not around or min(distance_km(place, p) for p in around) <= FAR_KM:
            continue
        now = sum(distance_km(place, p) for p in around)
        near = [
            (sum(distance_km(c.place, p) for p in around), c.place)
            for c in mention.candidates
            if c.score >= MIN_SCORE
            and c.place.kind not in _AREAS
            and min(distance_km(c.place, p) for p in around) < NEAR_KM
        ]
        best = min(near, key=lambda pair: pair[0], default=None)
        # (not Liverpool, New York, for Liverpool between New York and Istanbul: near one
        # neighbour, it is as far from the pair)
        if best is not None and best[0] * _CLOSER < now:
            out[n] = best[1]
    return out


def _beside(places: Sequence[Place], n: int) -> list[Place]:
    """Return the nearest town stop before stop ``n`` and the nearest after it (past any
    country or region between: "Puno ... into Bolivia ... Copacabana")."""
    before = next((p for p in reversed(places[:n]) if p.kind not in _AREAS), None)
    after = next((p for p in places[n + 1 :] if p.kind not in _AREAS), None)
    return [p for p in (before, after) if p is not None]
