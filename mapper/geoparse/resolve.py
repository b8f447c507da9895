"""Resolve recognised names with the whole document as context.

Every name is first looked up on its own; then each candidate is re-ranked by how well it
fits the candidates of the document's other names (:func:`_cohere`: nearness, a shared
first-level region, a shared country; demonyms count as mentions of their country), and
"X, Y" and "X in Y" keep the candidates of X that lie in Y when Y is a country or region.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from mapper.geodesy import sphere_distance_matrix_km
from mapper.model import AREA_KINDS, OTHER_READINGS, Candidate, Mention, Place
from mapper.names import fold

from .codes import initials
from .found import Found
from .people import common
from .sense import one_sense

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["resolve"]

#: The coherence's distance scale and floor (see :func:`_cohere`): every fold of
#: ``python -m bench.loco`` picks (100 km, 0.005) from the other two corpora.
_COHERENCE_KM = 100.0
_COHERENCE_FLOOR = 0.005
_SAME_REGION_AFFINITY = 0.5
#: Affinity of a place and its country, and of two regions of one country.
_IN_COUNTRY_AFFINITY = 0.3


#: Most distinct names resolved together: a longer text (an archive, a book) is resolved
#: in runs of whole sentences holding at most this many, so that time and memory grow
#: with the text, not with its square (the news articles of the geoparsing corpora name
#: at most 45 each).
MAX_NAMES_TOGETHER = 150


def resolve(found: list[Found], gaz: Gazetteer) -> list[Mention]:
    """Resolve recognised names with the document as context (see the module docstring);
    a text naming more than :data:`MAX_NAMES_TOGETHER` places is read in runs of
    sentences, each its own context."""
    out: list[Mention] = []
    for lo, hi in _runs(found):
        block = [
            # a name that points at no partner, or a run from the first name, keeps its
            # indices: no copy needed (resolving changes no name)
            f
            if lo == 0 or (f.after_comma is None and f.in_partner is None)
            else replace(
                f,
                after_comma=None if f.after_comma is None else f.after_comma - lo,
                in_partner=None if f.in_partner is None else f.in_partner - lo,
            )
            for f in found[lo:hi]
        ]
        out += _resolve_together(block, gaz)
    return one_sense([m for m in out if not _acronym_as_word(m)])


def _acronym_as_word(mention: Mention) -> bool:
    """Return whether a mention is an English word that is also a country's initials,
    written as a word and not in capitals: "A Car bomb ..." names no Central African
    Republic, though "CAR" does."""
    place, surface = mention.place, mention.surface
    if place is None or place.kind != "country" or surface.isupper() or " " in surface:
        return False
    letters = initials(place.name)
    return bool(letters) and fold(surface) == letters and common(letters)


def _runs(found: list[Found]) -> list[tuple[int, int]]:
    """Split the names into runs of whole sentences with few enough distinct names."""
    runs: list[tuple[int, int]] = []
    start, names = 0, set[tuple[str, str | None]]()
    for i, f in enumerate(found):
        new_sentence = i > 0 and f.sentence != found[i - 1].sentence
        if new_sentence and f.lookup not in names and len(names) >= MAX_NAMES_TOGETHER:
            runs.append((start, i))
            start, names = i, set()
        if not f.demonym:
            names.add(f.lookup)
    if start < len(found) or not runs:
        runs.append((start, len(found)))
    return runs


#: How many namesakes an "X, Y" or "X in Y" pattern looks through for one inside Y when
#: none of the ten heaviest is (there are 24 Ashlands in the United States alone).
_WIDE_LIMIT = 200
#: Kinds no town is: a "Socorro, New Mexico" short form of a county gives way to the town.
_NOT_TOWNS = AREA_KINDS | {"county"}


def _resolve_together(found: list[Found], gaz: Gazetteer) -> list[Mention]:
    """Resolve names that are each other's context."""
    first_pass: dict[tuple[str, str | None], list[Candidate]] = {}
    for f in found:
        if not f.demonym and f.lookup not in first_pass:
            first_pass[f.lookup] = _search(gaz, f, ())
    _add_namesakes_in_named_regions(found, first_pass, gaz)
    _short_forms_of_articled(first_pass)
    _first_words_of_towns(first_pass)
    # each country a demonym names votes once, as each distinct name does (a text saying
    # "North Korean" a thousand times must not cost a thousand rows of the kernel)
    codes = dict.fromkeys(f.demonym for f in found if len(f.demonym) == 2)
    countries = [gaz.demonym_place(code) for code in codes]
    second = _cohere(first_pass, [c for c in countries if c is not None])

    mentions: list[Mention] = []
    partners = {f.after_comma: i for i, f in enumerate(found) if f.after_comma is not None}
    for index, f in enumerate(found):
        if f.demonym:
            area = gaz.demonym_place(f.demonym)
            wide = len(f.demonym) != 2  # "European": of a continent or world region
            mentions.append(
                Mention(
                    f.surface,
                    f.start,
                    f.end,
                    area,
                    1.0,
                    ("adjective of a wider area",) if wide else ("demonym",),
                    adjective_of=f.demonym.partition(":")[2] if wide else f.demonym,
                )
            )
            continue
        cands = list(second[f.lookup])
        evidence = list(f.evidence)
        town = partners.get(index)
        if town is not None and f.surface.isupper() and cands and cands[0].place.kind != "region":
            # "Vancouver, WA": the code of the state that holds the town before it, not Wa
            # in Ghana; the town was narrowed by every region the code may stand for
            held = next((m.place for m in mentions if m.start == found[town].start), None)
            holders = [
                c
                for c in cands
                if held is not None
                and c.place.kind == "region"
                and (c.place.country, c.place.name) == (held.country, held.admin1)
            ]
            if holders and held is not None:
                cands = [replace(holders[0], score=1.0)]
                evidence.append(f"the code of the region that holds {held.name}")
        partner = f.after_comma if f.after_comma is not None else f.in_partner
        elsewhere = ""
        if partner is not None and cands and cands[0].place.kind in ("country", "region"):
            theirs = second.get(found[partner].lookup) or []
            kind = cands[0].place.kind
            listed = kind == "country" or (  # three regions or more: "Iowa, Ohio, Utah"
                found[partner].after_comma is not None or partners.get(index) is not None
            )
            if theirs and theirs[0].place.kind == kind and listed:
                partner = None  # "Mexico, China, Japan": a list of countries, no town in one
        before = partners.get(index)
        if f.after_comma is not None and before is not None:
            # "Denver, Boston, New York, Dallas": a town after a town and a comma is one
            # of a list of towns, not a town in the region named after it (an address runs
            # on to its country: "Leeds, Yorkshire, UK")
            theirs = second.get(found[before].lookup) or []
            region = second.get(found[f.after_comma].lookup) or []
            if (
                theirs
                and theirs[0].place.kind not in AREA_KINDS
                and region
                and region[0].place.kind == "region"
            ):
                partner = None
        if partner is not None and cands:
            theirs = second.get(found[partner].lookup) or []
            if (
                theirs
                and len(cands) > 1
                and theirs[0].place.kind == "region"
                and f.lookup != found[partner].lookup
            ):
                # "Leh, Ladakh", "Leh in Ladakh": a name placed in an area is not that area,
                # though one of its readings is the area's other name
                cands = [c for c in cands if c.place != theirs[0].place] or cands
            narrowed = _narrow(cands, found[partner], second, gaz)
            if not narrowed and cands[0].place.kind != "country":
                # "Ashland, Montana": a small town, below the ten biggest of its name, as
                # "Victoria, Seychelles" below the Australian state (a list of countries,
                # "Guinea, Liberia", looks no further)
                namesakes = _search(gaz, f, (), limit=_WIDE_LIMIT)
                narrowed = _narrow(namesakes, found[partner], second, gaz)
            if f.after_comma is not None and narrowed and narrowed[0].match == "short form":
                # "Socorro, New Mexico": the town, not Socorro County
                towns = [c for c in narrowed if c.place.kind not in _NOT_TOWNS]
                narrowed = towns or narrowed
            if narrowed:
                how = "X, Y" if f.after_comma is not None else "X in Y"
                evidence.append(f"{how}{_PLACED_BY}{found[partner].surface!r}")
                cands = narrowed
            elif _elsewhere(cands, f, found[partner], second):
                # "Bannockburn, New Zealand" where the gazetteer knows only namesakes
                # abroad: the text says which country it is in, and none of these is there
                elsewhere = f"no place of this name in {found[partner].surface!r}"
                cands = []
        if not cands:
            why = elsewhere or "no gazetteer match"  # the gazetteer knows the name abroad
            mentions.append(Mention(f.surface, f.start, f.end, None, 0.0, (*evidence, why)))
            continue
        if cands[0].match == "short form":
            # "the United States and Switzerland": the country by its own name, not
            # Switzerland County that a tie to the United States raised over it
            named = (c for c in cands if c.match == "name" and c.place.kind == "country")
            country = next(named, None)
            if country is not None:
                cands = [country, *(c for c in cands if c is not country)]
        best = cands[0]
        evidence.append(best.reason)
        mentions.append(
            Mention(
                f.surface,
                f.start,
                f.end,
                best.place,
                round(best.score * f.recognition, 4),
                tuple(evidence),
                tuple(cands[1 : 1 + OTHER_READINGS]),
            )
        )
    return _as_placed(mentions, found)


#: The evidence of a name placed by the text: "X, Y pattern with 'Y'".
_PLACED_BY = " pattern with "


def placed_by_text(mention: Mention | None) -> bool:
    """Return whether the text placed a name beside its country or region ("X, Y", "X (Y)",
    "X in Y"), as its evidence says."""
    return mention is not None and any(_PLACED_BY in e for e in mention.evidence)


def _as_placed(mentions: list[Mention], found: list[Found]) -> list[Mention]:
    """Return the mentions with a name the text placed once ("Antigua, Guatemala") read
    the same wherever it stands alone: a story names one place by one name. A name the
    text places in two ways ("Portland, Maine" and "Portland, Oregon") is left as read."""
    placed: dict[tuple[str, str | None], set[Place]] = {}
    for f, m in zip(found, mentions, strict=True):
        if m.place is not None and placed_by_text(m):
            placed.setdefault(f.lookup, set()).add(m.place)
    if not placed:
        return mentions
    out = []
    for f, m in zip(found, mentions, strict=True):
        places = placed.get(f.lookup)
        if places and len(places) == 1 and m.place is not None and m.place not in places:
            [place] = places
            why = "read as where the text placed the name (one place by one name in a story)"
            m = replace(m, place=place, evidence=(*m.evidence, why))
        out.append(m)
    return out


#: Articles a place's name may open with and drop in the same text ("Le Havre" ... "Havre").
_ARTICLES = frozenset("le la les l the el al".split())


def _short_forms_of_articled(first: dict[tuple[str, str | None], list[Candidate]]) -> None:
    """Give a name the reading of the same name with its article, named in the same text:
    "Havre" after "Le Havre" is that port, not Havre in Belgium or Montana. A country is
    left alone ("El Salvador" says nothing of a "Salvador")."""
    folded = {lookup: fold(lookup[0]) for lookup in first}
    articled = {}
    for lookup, key in folded.items():
        article, _, rest = key.partition(" ")
        cands = first[lookup]
        if article in _ARTICLES and rest and cands and cands[0].place.kind != "country":
            articled[rest] = (lookup, cands[0])
    for lookup, key in folded.items():
        long = articled.get(key)
        if long is None or long[0] == lookup:
            continue
        _read_as(first, lookup, long[1], f"short form of {long[0][0]!r} in the same text")


def _read_as(
    first: dict[tuple[str, str | None], list[Candidate]],
    lookup: tuple[str, str | None],
    best: Candidate,
    why: str,
) -> None:
    """Put ``best`` (another name's reading) first among a name's candidates, saying why."""
    first[lookup] = [
        replace(best, reason=f"{best.reason}; {why}"),
        *(c for c in first[lookup] if c.place != best.place),
    ]


#: The joining words of a name whose first word people say alone: "Santiago de
#: Compostela", "Newcastle upon Tyne", "Frankfurt am Main".
_JOINED_TAIL = frozenset("de del da do dos das upon on am an sur na".split())


def _first_words_of_towns(first: dict[tuple[str, str | None], list[Candidate]]) -> None:
    """Give a one-word name the reading of a town the same text names in full with that
    first word: "Alice" after "Alice Springs" is that town, not Alice in Texas. Not when
    the word is an area's name ("Kansas" after "Kansas City") or names a bigger town on
    its own ("Washington" after "Washington Heights"), unless the full name joins its
    first word to the rest as a town's own short form does ("Santiago" after "Santiago de
    Compostela", though the Chilean capital is bigger)."""
    longer: dict[str, tuple[tuple[str, str | None], Candidate, bool]] = {}
    for lookup, cands in first.items():
        head, _, rest = fold(lookup[0]).partition(" ")
        if rest and cands and cands[0].place.kind == "city":
            joined = rest.partition(" ")[0] in _JOINED_TAIL and " " in rest
            longer.setdefault(head, (lookup, cands[0], joined))
    for lookup, cands in first.items():
        key = fold(lookup[0])
        long = longer.get(key)
        if long is None or not cands or " " in key:
            continue
        own, best = cands[0].place, long[1]
        if own.kind != "city" or (own.population >= best.place.population and not long[2]):
            continue
        _read_as(first, lookup, best, f"first word of {long[0][0]!r} in the same text")


def _add_namesakes_in_named_regions(
    found: list[Found],
    first_pass: dict[tuple[str, str | None], list[Candidate]],
    gaz: Gazetteer,
) -> None:
    """Give a town's name its smaller namesakes inside the first-level regions the text
    names, when none of its heaviest candidates lies in one ("Ashland" in a text about
    Montana): coherence can only choose among the candidates it is given."""
    regions = {
        (c.place.country, c.place.name)
        for cands in first_pass.values()
        if cands and (c := cands[0]).place.kind == "region"
    }
    if not regions:
        return
    names: dict[tuple[str, str | None], Found] = {}
    for f in found:  # each name once (its first mention), not each mention
        if not f.demonym:
            names.setdefault(f.lookup, f)
    for f in names.values():
        cands = first_pass.get(f.lookup)
        if not cands or cands[0].place.kind in AREA_KINDS:
            continue
        if any((c.place.country, c.place.admin1) in regions for c in cands):
            continue
        extra = [
            c
            for c in _search(gaz, f, (), limit=_WIDE_LIMIT)[len(cands) :]
            if (c.place.country, c.place.admin1) in regions
        ]
        if extra:
            first_pass[f.lookup] = [*cands, *extra]


def _cohere(
    first: dict[tuple[str, str | None], list[Candidate]], demonym_countries: list[Place]
) -> dict[tuple[str, str | None], list[Candidate]]:
    """Re-rank every name's candidates by how well they fit the document's other names.

    Each candidate ``c`` of a name gets a support: over every other name, the best
    ``score(c') * K(c, c')`` among that name's candidates. ``K`` is
    ``max(exp(-d / 100 km), 0.1 exp(-d / 1000 km))`` between two points (only the second
    term when one of them is an area: a country, region, sea or range), at least 0.5
    between places in the same first-level region (or a place and its region), and 0.3
    between a place and its country, between two regions of one country, and between two
    towns of one country that share their names with regions of it (demonyms count as
    mentions of their country). The
    new score is ``score(c) * (0.02 + support(c))``, normalised
    per name; two rounds let agreement spread. A name alone in its text keeps its
    gazetteer ranking.
    """

    groups = [(key, cands) for key, cands in first.items() if cands]
    if len(groups) + len(demonym_countries) < 2:
        return first
    places = [c.place for _, cands in groups for c in cands] + demonym_countries
    owner = np.array(
        [g for g, (_, cands) in enumerate(groups) for _ in cands]
        + [len(groups) + i for i in range(len(demonym_countries))]
    )
    folded = [fold(key[0]) for key, _ in groups] + [
        f"demonym {p.country}" for p in demonym_countries
    ]
    names = _codes(folded)[owner]
    kernel = _kernel(places, names[:, None] == names[None, :])
    scores = np.array(
        [c.score for _, cands in groups for c in cands] + [1.0] * len(demonym_countries)
    )
    n_owners = len(folded)
    # Each name's candidates lie side by side (``owner`` ascends), so a name's best is a
    # reduction over its slice: one call per round, not ufunc.at's element-wise loop.
    starts = np.searchsorted(owner, np.arange(n_owners))
    # An ocean or a continent lies in no country and its point is near nothing: the text
    # cannot support it, so it keeps the support of its name's best-supported reading
    # and its gazetteer ranking decides ("the Pacific", not Pacific, Missouri).
    nowhere = np.array([p.kind in AREA_KINDS and not p.country for p in places])
    any_nowhere = bool(nowhere.any())
    for _ in range(2):
        # best supporting candidate of each other name: max over that name's candidates
        weighted = kernel * scores[None, :]
        best = np.maximum.reduceat(weighted, starts, axis=1)
        support = best.sum(axis=1)
        if any_nowhere:
            rivals = np.maximum.reduceat(np.where(nowhere, 0.0, support), starts)
            support = np.where(nowhere, np.maximum(support, rivals[owner]), support)
        new = scores * (_COHERENCE_FLOOR + support)
        # summed in candidate order, as ufunc.at did: the same float to the last bit
        totals = np.bincount(owner, weights=new, minlength=n_owners)[owner]
        positive = totals > 0
        scores = np.where(positive, new / np.where(positive, totals, 1), scores)
    # floats format faster than numpy's
    return _rescored(first, groups, support.tolist(), scores.tolist())


def _rescored(
    first: dict[tuple[str, str | None], list[Candidate]],
    groups: list[tuple[tuple[str, str | None], list[Candidate]]],
    supports: list[float],
    final: list[float],
) -> dict[tuple[str, str | None], list[Candidate]]:
    """Return every name's candidates with their coherent scores, best first (the
    scores and supports are those of the candidates of ``groups``, in order)."""
    out: dict[tuple[str, str | None], list[Candidate]] = {key: [] for key in first}
    i = 0
    for key, cands in groups:
        rescored = []
        for c in cands:
            why = f"{c.reason}; fits the text's other places ({supports[i]:.2f})"
            score = min(max(final[i], 0.0), 1.0)
            rescored.append(Candidate(c.place, score, why, c.match))
            i += 1
        out[key] = sorted(rescored, key=lambda c: -c.score)
    return out


def _kernel(places: list[Place], same_name: np.ndarray) -> np.ndarray:
    """Return the pairwise affinity of places: nearness, shared region, shared country;
    none between two readings of one name (``same_name``, which holds each place and
    itself)."""
    dist_km = sphere_distance_matrix_km([p.lat for p in places], [p.lon for p in places])
    kinds = [p.kind for p in places]
    area = np.array([kind in AREA_KINDS for kind in kinds])
    # Near places support each other strongly; far ones in the same part of the world, a
    # little. An area's point is only representative: it is near nothing, but in a part
    # of the world.
    far = 0.1 * np.exp(-dist_km / 1000.0)
    k = np.where(
        area[:, None] | area[None, :], far, np.maximum(np.exp(-dist_km / _COHERENCE_KM), far)
    )
    country = _codes([p.country for p in places])
    same_country = (country[:, None] == country[None, :]) & (country[:, None] >= 0)
    region_of = _codes([p.name if p.kind == "region" else p.admin1 for p in places])
    same_region = (
        same_country & (region_of[:, None] == region_of[None, :]) & (region_of[:, None] >= 0)
    )
    is_country = np.array([kind == "country" for kind in kinds])
    is_region = np.array([kind == "region" for kind in kinds])
    # A list of a country's regions ("Iowa, Texas and Washington") hangs together, and a
    # place holds to its country. (Every affinity is at least 0: raising it in place where
    # a mask holds is the maximum with 0 elsewhere.)
    # ... and so do two towns named like regions of their country, as the regions would:
    # "from Moscow to Novosibirsk" is no pair of oblasts because both are named alike
    namesake = ~area & (same_name & same_country & is_region[None, :]).any(axis=1)
    tied = same_country & (
        (is_region[:, None] & is_region[None, :])
        | (namesake[:, None] & namesake[None, :])
        | is_country[:, None]
        | is_country[None, :]
    )
    np.maximum(k, _SAME_REGION_AFFINITY, out=k, where=same_region)
    np.maximum(k, _IN_COUNTRY_AFFINITY, out=k, where=tied)
    k[same_name] = 0.0
    return k


def _codes(values: list[str]) -> np.ndarray:
    """Return a number for each value, the same for equal values, -1 for ''; numbers
    compare faster than strings."""
    numbers: dict[str, int] = {"": -1}
    return np.array([numbers.setdefault(v, len(numbers)) for v in values])


#: How a name may match a place other than by its own name.
_NOT_ITS_NAME = frozenset({"alternate name", "part of"})


def _search(
    gaz: Gazetteer, found: Found, context: Iterable[Place], *, limit: int = 10
) -> list[Candidate]:
    """Return the candidates of a name: with the kind words after it ("Komsomolsk-on-Amur
    aircraft plant"), else the name alone of that kind, else the name alone; the
    ``limit`` heaviest."""
    from mapper.errors import InvalidQuery

    kind = found.kind_hint
    attempts: list[tuple[str, str | None]] = [(found.surface, kind)]
    if kind:
        attempts.append((found.surface, None))
    if found.with_kind:
        attempts.insert(0, (found.with_kind, kind))
    try:
        for query, want in attempts:
            cands = gaz.search(query, kind=want, context=context, limit=limit)
            if cands and want and cands[0].match in _NOT_ITS_NAME and not found.with_kind:
                # "Laos - Vietnam ..." opening a line reads like a dateline's city, but
                # "Laos" names a city only as another's alternate ("South Africa - June
                # 28" names "África" only as a part of it): the country first (its
                # capital named like it stays: "KUWAIT -" is Kuwait City; and a state's
                # name does not: "NEW YORK, Dec. 3 -" is the city)
                plain = gaz.search(query, context=context, limit=limit)
                if (
                    plain
                    and plain[0].match == "name"
                    and plain[0].place.kind == "country"
                    and gaz.capital(plain[0].place.country) != cands[0].place
                ):
                    return list(plain)
            if cands:
                return list(cands)
    except InvalidQuery:
        return []
    return []


_HOLDERS = frozenset({"country", "region"})


def _elsewhere(
    cands: list[Candidate],
    found: Found,
    partner: Found,
    second: dict[tuple[str, str | None], list[Candidate]],
) -> bool:
    """Return whether "X, Country" (or "X, Region": "Watson, Sask.") names a country none
    of X's readings lies in (X a town or a site, not an area: "Kurdistan, Iraq" may be an
    area across borders)."""
    theirs = second.get(partner.lookup) or []
    if found.after_comma is None or not theirs or theirs[0].place.kind not in _HOLDERS:
        return False
    code = theirs[0].place.country
    return bool(code) and all(
        c.place.kind not in AREA_KINDS and c.place.country != code for c in cands
    )


def _narrow(
    cands: list[Candidate],
    partner: Found,
    second: dict[tuple[str, str | None], list[Candidate]],
    gaz: Gazetteer,
) -> list[Candidate]:
    """Keep the candidates that lie in the partner place (a country or region)."""
    partner_cands = second.get(partner.lookup) or []
    containers = [c.place for c in partner_cands if c.place.kind in ("country", "region")]
    if not containers:
        return []
    for container in containers:
        if container.kind == "country":
            kept = [
                c for c in cands if c.place.country == container.country and c.place != container
            ]
        else:
            kept = [
                c
                for c in cands
                if c.place.country == container.country
                and (c.place.admin1 == container.name or not c.place.admin1)
                and c.place != container
            ]
        if kept:
            total = sum(c.score for c in kept) or 1.0
            return [replace(c, score=c.score / total) for c in kept]
    return []
