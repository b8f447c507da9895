"""Find distance claims in news text and check them against the gazetteer.

A *distance claim* is a phrase such as "some 900 km north-west of Harbin": a number
with a distance unit, an optional hedge ("about", "more than"...), an optional compass
direction, and the places it relates. :func:`find_claims` parses them out of English
text without any gazetteer (:mod:`mapper.claims.parse`); :func:`check_claims` resolves
the places from the parsed :class:`~mapper.document.Document` by position and measures
the geodesic distance and bearing from the origin (the reference place, "of Harbin") to
the target (the place being located, the subject of the sentence)
(:mod:`mapper.claims.check`). The words and patterns live in
:mod:`mapper.claims.vocabulary`, the value types in :mod:`mapper.claims.types`.

What counts as a claim
----------------------
A figure ("900", "1,180", "1.2 thousand", "two thousand", a range "30-40", "30 to 40",
"between 30 and 40") followed by km, kilometres, miles, mi, nautical miles, nmi, metres
or m, optionally hedged and followed by a conversion ("425 miles (680 km)" is one claim,
kept as first written), a compass point (16 points, in words or as "NW") and the places:
"T is N km DIR of O", "N km from O", "T, N km north of O", "N km away from O", "a N-km
journey from O to T", "N km between O and T", "O and T are N km apart". Not claims:
speeds ("km/h", "per hour", "a day"), areas ("sq km", "km2", "square miles"), heights
and depths ("above sea level", "at an altitude of", "high", "deep"), sizes and lengths of
things ("a 300-metre-long ship", "a 55 km bridge", "200 km of track"), bare metres with no
place they separate, and names such as "Ten Mile".

The subject before a copula ("lies", "is located", "sits") or an apposition ("Goa,
roughly 440 km south of Mumbai") is the target. "This launch facility", "the plant" and
"it" are kept as anaphoric mentions; :func:`check_claims` resolves them to an earlier
mention of a place of a compatible kind, never to the claim's own other endpoint.

Tolerance rule
--------------
A stated figure is compared with the measured geodesic distance through the interval of
measured values it is *consistent* with. Let ``s`` be the stated distance in km and
``step`` the rounding step implied by how the number is written ("900" -> 100 km,
"938" -> 1 km, "1,180" -> 10 km, "1.2 thousand" -> 100 km, "2.5" -> 0.1). The rounding
allowance is ``min(step / 2, 0.1 * s)``: a number written to the hundred is good to +-50,
but a round figure is never read as vaguer than +-10 % ("1,000 km" -> +-100 km, not
+-500 km). To it is added a *place allowance* of ``max(2 km, 1 % of s)``: a gazetteer gives
one point for a town a few kilometres across, and the text may measure from its edge, its
station or its centre. ``half`` is the sum of the two.

=================================  ===============================================
qualifier                          consistent interval of measured km
=================================  ===============================================
none ("938 km")                    ``[s - half, s + half]``
"about" (some, approximately...)   ``[s - half - 5% s, s + half + 5% s]``
"more than" (over, at least...)    ``[0.98 s, 2 s]``: a bound, not an estimate;
                                   beyond twice the figure the claim misleads
"less than" (under, up to...)      ``[0.5 s, 1.02 s]``, the mirror image
"within"                           ``[0, 1.02 s]``: anything closer is fine
"nearly" (almost, just under)      ``[0.85 s, 1.02 s]``
range "30-40 km"                   ``[low - half(low), high + half(high)]``, widened
                                   by 5 % on each side when hedged with "about"; the
                                   one-sided hedges replace an end as above
=================================  ===============================================

The 2 % margins of the bounds play the place allowance's part there. A measurement below
the interval means the text *overstated* the distance, above it *understated*;
``tolerance_km`` reports the gap between the stated figure and the edge of the interval
on the measured side. So "approximately 900 km" (interval 796-1,004) fits a measured
938.3 km, and "3,870 km" (interval 3,826-3,914) a measured 3,881.2 km, while a bare
"938 km" (interval 928.1-947.9) against a measured 900 km is overstated.

Straight lines and routes
-------------------------
The measured figure ``measured_km`` is always the geodesic, the straight line. A figure
the sentence gives as the length of a route travelled ("the train covered 560 km
between X and Y", "a 1,200-km drive", ``Claim.route`` names the mode) is judged against
the route (``basis`` is "route"): the rail network's length where the mode is rail or
unsaid and both places lie on the network (``rail_km``, from the ``route_km`` argument of
:func:`check_claims`, a callable ``(origin, target) -> km or None`` such as
:func:`mapper.rail.route_km_for_claims`), else the verdict is "route not checked"; the
straight line's own verdict is kept as ``straight_verdict``. A flight, a figure with a
compass point ("80 km north of X") and one stated "as the crow flies" are straight lines;
the last gets no route note. When a straight line fails but 1.1 to 1.6 times it would
fit, or the rail route fits, ``route_note`` says the figure may be a route length.
A round trip ("a 1,200 km round trip", "from X to Y and back", ``Claim.round_trip``) is
checked as twice the distance: its interval and ``relative_error`` are those of the
one-way figure, ``Claim.one_way_km``.

An endpoint whose name has a close runner-up (another place of that name with at least
a fifth of the score, more than 25 km away) gives a :class:`Reading`: the claim's
distance and verdict if the text meant that place, in ``readings``.

When an endpoint names an area (a country, region, island, sea, river or range; see
:data:`mapper.model.AREA_KINDS`), the distance runs to the area's representative point
and ``area_note`` says so: "400 km off the coast of X" may well mean its nearest edge.
"""

from __future__ import annotations

from .check import PlaceLookup, RouteKm, check_claim, check_claims
from .parse import find_claims
from .report import format_table
from .types import QUALIFIERS, ROUTE_MODES, UNITS, VERDICTS, Claim, ClaimCheck, Endpoint, Reading

__all__ = [
    "QUALIFIERS",
    "ROUTE_MODES",
    "UNITS",
    "VERDICTS",
    "Claim",
    "ClaimCheck",
    "Endpoint",
    "PlaceLookup",
    "Reading",
    "RouteKm",
    "check_claim",
    "check_claims",
    "find_claims",
    "format_table",
]
