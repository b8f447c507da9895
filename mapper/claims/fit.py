"""The stated figure as evidence for an ambiguous name.

A claim says how far apart its two places are. When the readings the geoparser chose
are wildly apart from that (over four times the figure, or under a quarter of it) and
another reading of one of the names (another place of the same name, among those the
document or the gazetteer offers) lies at about the stated distance, the text almost
surely means that other place: "Hawkesbury" 60 km from Singleton is the Australian one,
not the Canadian town 15,000 km away. The same holds for a name the gazetteer could
not decide alone ("Salisbury") when the claim's other end is known.

Only readings the gazetteer ranks at all (a score of at least 0.02, or any score for a
reading in the other end's country: "Vik" 180 km from Reykjavik is the Icelandic one) are
weighed, only the best eight of each name, and the switch is recorded in the check's
readings, so a reader sees which place was measured and why. A figure open at the top
("more than 250 km") bounds the search at its stated value.

Examples
--------
>>> from mapper.claims import find_claims
>>> from mapper.model import Place
>>> [claim] = find_claims("Springfield is about 300 km from Chicago.")
>>> chicago = Place("Chicago", lat=41.85, lon=-87.65)
>>> far = Place("Springfield", lat=-43.32, lon=172.2, country="NZ")
>>> near = Place("Springfield", lat=39.80, lon=-89.64, country="US")
>>> fitted = fit_to_figure(claim, chicago, [chicago], far, [far, near])
>>> fitted[1].country
'US'
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from mapper.geodesy import distance_km
from mapper.model import Place

from .types import Claim

__all__ = ["FAR_OFF", "MIN_SCORE", "SETTLED", "fit_to_figure", "fits"]

#: A measurement this many times off the figure (either way) reads as a misreading.
FAR_OFF = 4.0
#: Another reading is taken only if it lies within this factor of the figure's interval.
_CLOSE = 2.0
#: Readings below this gazetteer score are not weighed.
MIN_SCORE = 0.02
#: A name read this surely (its mention's confidence) keeps its reading: the figure never
#: trades Alaska's Anchorage for Anchorage, Kentucky to fit a misread other end.
SETTLED = 0.9


def fits(claim: Claim, km: float, factor: float) -> bool:
    """Return whether ``km`` lies within ``factor`` of the claim's consistent interval."""
    lo, hi = claim.consistent_km()
    if math.isinf(hi):  # "more than 350 km" says nothing of 2,000 km: the figure bounds it
        hi = max(lo, claim.one_way_km)
    return lo / factor <= km <= hi * factor


def fit_to_figure(
    claim: Claim,
    origin: Place | None,
    origins: Sequence[Place],
    target: Place | None,
    targets: Sequence[Place],
) -> tuple[Place | None, Place | None] | None:
    """Return the pair of readings the stated figure picks, or ``None`` to keep the
    chosen ones (see the module docstring).

    ``origins`` and ``targets`` are each name's readings, best first (the chosen one
    among them); an end left unresolved as ambiguous is ``None`` with its readings.
    """
    if claim.one_way_km <= 0 or not origins or not targets:
        return None
    if (
        origin is not None
        and target is not None
        and fits(claim, distance_km(origin, target), FAR_OFF)
    ):
        return None
    best: tuple[float, int, Place, Place] | None = None
    for i, o in enumerate(origins[:8]):
        for j, t in enumerate(targets[:8]):
            km = distance_km(o, t)
            if km <= 0 or not fits(claim, km, _CLOSE):
                continue
            key = (abs(math.log(km / claim.one_way_km)), i + j, o, t)
            if best is None or key[:2] < best[:2]:
                best = key
    if best is None:
        return None
    return best[2], best[3]
