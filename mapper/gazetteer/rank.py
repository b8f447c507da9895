"""Rank the places a name matches: name quality, prominence and context.

Candidates matched by a primary name, a curated alias or a short form of a primary
name (such as "Komsomolsk" for "Komsomolsk-on-Amur") rank ahead of candidates matched
only by one of GeoNames' alternate names (other languages, old names), as geocoders
such as Nominatim do: when both kinds exist, alternate-only candidates are weighted
down by a factor of 1,000 (:data:`ALTERNATE_ONLY`). Within that order each candidate
gets a weight ``q * w * c``:

* ``q``, how the name matched: primary name or curated alias 1.0, short form 0.3,
  an alternate name ``min(0.3, 5 / n)`` for a place with ``n`` alternate names (a
  place with many names is rarely called by any one of them);
* ``w``, the place's prominence: its population; countries, regions, continents and
  curated sites have fixed weights in inhabitant-equivalents (:data:`WEIGHTS`);
* ``c``, the context: ``exp(-d / 300 km)`` for the distance ``d`` to the nearest
  context point (floored at ``exp(-10)``), times 3 when the candidate lies in a
  country of the context and 3 again when it lies in one of the context's first-level
  regions; ``near=`` counts the same way with a 50 km scale, so it
  decides between namesakes a few hundred kilometres apart.

A first-level region weighs like a town of 30% of the people of its other towns
(:data:`REGION_SHARE`), at least like a province (:data:`WEIGHTS`) unless its country is
small or split into many small regions (then at most an average region's people: Malta's
councils, Barbados' parishes), and a region named like its country's capital ("Washington")
weighs at most half the capital: alone, the name is the capital, as news style has it
("Washington state" is the state), and context still turns it into the state; so does
a region named by the short form of one of its towns' names ("Rostov", Rostov-on-Don).
A province that weighs no more than the floor of a region and holds a town of its own
name ("Puntarenas", "Nong Khai", "Siena"), or a big city whose other spelling it is
("Marrakech" for Marrakesh), makes that town weigh at least half as much again as the
province (and the spelling one of the city's names): alone, the name is the town.
So is a region's name in its own language ("Milano") that the big city it is named
after bears too: raised to one of the city's primary names.
These rules are applied where the regions are read (:mod:`mapper.gazetteer.sources.countries`).

Scores are the weights normalised to sum to one. :meth:`Gazetteer.lookup
<mapper.gazetteer.Gazetteer.lookup>` returns the best candidate, or raises
:class:`~mapper.errors.AmbiguousPlace` when it scores below 0.75 (:data:`DECISIVE`)
and another candidate more than 25 km away (:data:`SAME_PLACE_KM`) remains.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..place import AREA_KINDS, Candidate, Place

__all__ = [
    "ALTERNATE_ONLY",
    "CONTEXT_FLOOR",
    "CONTEXT_KM",
    "DECISIVE",
    "NEAR_KM",
    "Q_ALTERNATE",
    "Q_PRIMARY",
    "Q_SHORT",
    "REGION_SHARE",
    "SAME_COUNTRY",
    "SAME_PLACE_KM",
    "SAME_REGION",
    "WEIGHTS",
    "ContextPoint",
    "Match",
    "context_points",
    "decider_hint",
    "rank_matches",
    "weigh",
]

#: Quality of a match by a primary name or a curated alias.
Q_PRIMARY = 1.0
#: Highest quality of a match by an alternate name (``min(0.3, 5 / n)`` for ``n`` names).
Q_ALTERNATE = 0.3
#: Quality of a match by a short form of a primary name ("Komsomolsk", "DeKalb").
Q_SHORT = 0.3
#: Factor on candidates matched only by an alternate name when others match better.
ALTERNATE_ONLY = 1e-3
#: Prominence weights, in inhabitant-equivalents, for entries without a population.
WEIGHTS = {
    "continent": 1e9,
    "macroregion": 1e8,
    # Natural features weigh like a big city: "Andes" is the range, not the Colombian town.
    "water": 1e6,
    "river": 1e6,
    "island": 1e6,
    "mountain": 1e6,
    "area": 1e6,
    "region": 1e5,
    "county": 3e4,
    "spaceport": 5e3,
    "airport": 1e4,
    "factory": 2e3,
    "station": 2e3,
    "campus": 2e3,
    "site": 1e3,
    "town": 1e3,
    "postal town": 200.0,
    "city": 5e2,
}
#: Share of the people of a region's towns that the region weighs.
REGION_SHARE = 0.3
#: Distance scale of a context place, in km.
CONTEXT_KM = 300.0
#: Distance scale of ``near=``, in km.
NEAR_KM = 50.0
#: The least a candidate's closeness to the context counts for.
CONTEXT_FLOOR = math.exp(-10.0)
#: Factor for a candidate in a country of the context.
SAME_COUNTRY = 3.0
#: Further factor for a candidate in a first-level region of the context.
SAME_REGION = 3.0
#: A best candidate scoring at least this is the answer whatever else matched.
DECISIVE = 0.75
#: Candidates closer than this, in km, are one place for deciding ambiguity.
SAME_PLACE_KM = 25.0


class Match(NamedTuple):
    """One entry a folded name reaches, before ranking."""

    place: Place
    quality: float  #: How well the name matched, ``Q_*``.
    how: str  #: The human-readable start of the candidate's reason.
    tier: int  #: 1 primary name, curated alias or short form; 2 alternate name.
    prior: float  #: The place's prominence weight, in inhabitant-equivalents.
    match: str  #: How the name matched, one of :data:`mapper.model.MATCHES`.


class ContextPoint(NamedTuple):
    """A point of the context with the distance scale it counts with."""

    name: str
    lat: float
    lon: float
    scale_km: float


def context_points(places: Iterable[tuple[Place, float]]) -> tuple[list[ContextPoint], set[str]]:
    """Return the context's points and its countries and regions.

    Parameters
    ----------
    places : iterable of (Place, float)
        Each context place with its distance scale in km (:data:`NEAR_KM` for
        ``near=``, :data:`CONTEXT_KM` for ``context=``).

    Returns
    -------
    points : list of ContextPoint
        The places that are points; areas (countries, regions, features) give no
        point, only their country and region.
    countries : set of str
        ISO codes of the context's countries, and ``"CC/Region"`` for its first-level
        regions.
    """
    points: list[ContextPoint] = []
    countries: set[str] = set()
    for place, scale_km in places:
        countries.add(place.country)
        region = place.name if place.kind == "region" else place.admin1
        if region:
            # "CC/Region": the context's first-level regions, beside its countries.
            countries.add(f"{place.country}/{region}")
        if place.kind not in AREA_KINDS:
            points.append(ContextPoint(place.name, place.lat, place.lon, scale_km))
    countries.discard("")
    return points, countries


def weigh(found: Match, points: Sequence[ContextPoint], countries: set[str]) -> tuple[float, str]:
    """Return a candidate's weight ``q * w * c`` and the reason it weighs so."""
    place = found.place
    reasons = [found.how]
    if place.population:
        reasons.append(f"population {place.population:,}")
    else:
        reasons.append(f"{place.kind} prior {found.prior:,.0f}")
    factor = 1.0
    if points:
        from ..geodesy import distances_km

        dist = distances_km(place.lat, place.lon, [p.lat for p in points], [p.lon for p in points])
        scales = [p.scale_km for p in points]
        closeness = [math.exp(-float(d) / s) for d, s in zip(dist, scales, strict=True)]
        i = max(range(len(points)), key=closeness.__getitem__)
        factor = max(closeness[i], CONTEXT_FLOOR)
        reasons.append(f"{float(dist[i]):,.0f} km from {points[i].name}")
    if place.country and place.country in countries:
        factor *= SAME_COUNTRY
        reasons.append(f"in {place.country} like the context")
        region = place.name if place.kind == "region" else place.admin1
        if region and f"{place.country}/{region}" in countries:
            factor *= SAME_REGION
            reasons.append(f"in {region} like the context")
    return found.quality * found.prior * factor, "; ".join(reasons)


def rank_matches(
    matches: Sequence[Match], points: Sequence[ContextPoint], countries: set[str], limit: int
) -> list[Candidate]:
    """Return the best ``limit`` candidates, scores normalised to sum to one over all."""
    best_tier = min((m.tier for m in matches), default=1)
    weighted = []
    for found in matches:
        weight, why = weigh(found, points, countries)
        if found.tier > best_tier:
            weight *= ALTERNATE_ONLY
        weighted.append((weight, found.place, why, found.match))
    total = sum(w for w, _, _, _ in weighted)
    if not total:
        return []
    weighted.sort(key=lambda t: (-t[0], t[1].name))
    return [
        Candidate(place, min(w / total, 1.0), why, match)
        for w, place, why, match in weighted[: max(limit, 1)]
    ]


def decider_hint(
    best: Candidate, rival: Candidate, country: str | None, kind: str | None, placed: bool
) -> str:
    """Return the hint an AmbiguousPlace gives: which argument would decide between the
    best candidate and its rival (``placed``: whether near= or context= was given).

    Examples
    --------
    >>> a = Candidate(Place("Perth", 56.4, -3.4, kind="city", country="GB"), 0.4, "")
    >>> b = Candidate(Place("Perth", -31.9, 115.9, kind="city", country="AU"), 0.3, "")
    >>> decider_hint(a, b, None, None, placed=True)
    "pass country='GB' or country='AU' to decide"
    """
    a, b = best.place, rival.place
    if a.kind != b.kind and kind is None:
        return f"pass kind={a.kind!r} or kind={b.kind!r} (or add a kind word) to decide"
    if a.country != b.country and country is None:
        return f"pass country={a.country!r} or country={b.country!r} to decide"
    if not placed:
        return "pass near= (a place or a (lat, lon) point) or context= (other places) to decide"
    return "pass a more specific name, country=, kind= or near= to decide"
