"""Find distance claims in English text, without a gazetteer.

:func:`find_claims` reads a :class:`~mapper.document.Document` (or a plain text, split
into sentences here) sentence by sentence: a figure with a unit, its hedge, conversion
and compass point, and the place names around it, as spans of the text (see
:class:`~mapper.claims.types.Endpoint`). Names are read from the shared tokens of
:mod:`mapper.text`; which place a name is, is decided later, by position, from the
document's mentions (:mod:`mapper.claims.check`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapper.document import Document
from mapper.geodesy import unit_to_km
from mapper.modes import mode_of

from .after import BY_WAY, past_mode, places_after
from .anaphor_nouns import _ANAPHOR_NOUNS
from .ends import (
    _ELIDED_REACH,
    _FROM_FRONTED_RE,
    _INVERTED_RE,
    _RESPECTIVELY_RE,
    _STARTING_RE,
    _WHERE_FRONTED_RE,
)
from .figure import (
    _DIRECTION_OF_AFTER_RE,
    _SPACES_RE,
    _figure,
    _listed_figures,
    _modifiers,
    _rejected_by_context,
    _Tail,
    _window,
    size_or_speed,
)
from .pairs import (
    _FIGURE_ALONE_RE,
    _TRIP_IS_RE,
    _listed_after_colon,
    _pair_before,
    _pair_in_clause,
    _restated_in_bracket,
)
from .sentence import Sentence
from .series import both_located, other_place, place_in_area, restated_end, series_before
from .types import Claim
from .vocabulary import (
    _CLAIM_RE,
    _CLAUSE_END_RE,
    _DISTANCE_BEFORE_RE,
    _ELIDED_GAP_RE,
    _ELIDED_RE,
    _GAZETTEER_MILE_RE,
    _QUALIFIER_WORDS,
    _ROUND_TRIP_RE,
    _STRAIGHT_RE,
    _TRAVEL_RE,
    _UNIT_HINT_RE,
    _UNIT_NAMES,
    HEDGE,
)

__all__ = ["find_claims"]

#: A contrast between two figures' clauses: "..., but", "while", "whereas".
_CONTRAST_RE = re.compile(r"\b(?:but|while|whereas|though|although|yet)\b", re.IGNORECASE)
_CLAIM_GAP_RE = re.compile(
    # "76 miles NNE of X in Baja California and 331 miles ...": a region after the place
    r"(?:,?\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)?"
    r"\s*[,;]?\s*(?:and|but|or|while|yet)?\s*"
    r"(?:\([^()]{0,40}\)\s*)?",  # "... and (just for good measure) 349 miles SSE of X"
    re.IGNORECASE,
)
#: The rest of a line that holds only a figure (its conversion already read).
_FIGURE_LINE_END_RE = re.compile(r"[\s.]*")
_AT_AFTER_RE = re.compile(r"\s+(?:at|in)\s+(?=[A-Z])")
_VILLAGE_AFTER_RE = re.compile(r",?\s+in\s+(?=the\s+(?:village|town|hamlet)\s+of\s+[A-Z])")
#: A preposition that makes the name after it a reference: "east of Krakow".
_REFERENCE_BEFORE = re.compile(r"\b(?:of|from|near|to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
#: A place described before its name: "another old city, Toledo", "a town – Sintra".
_DESCRIBED_FIRST_RE = re.compile(
    r"(?:yet\s+)?(?:another|an?|the|one\s+of\s+the)\s+[^,;.()\u2013\u2014]{1,60}?"
    r"(?:,|\s*[\u2013\u2014]|\s+-)\s*",
    re.IGNORECASE,
)
#: "from" in the words before a figure, and a verb of travel between its place and
#: the figure: "a club from Noumea travelled nearly 17,000 km to reach Lyon".
_FROM_SUBJECT_RE = re.compile(r"\bfrom\s+", re.IGNORECASE)
_TRAVELLED_RE = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:travell?ed|flew|flown|drove|driven|sailed|walked|cycled|"
    r"rode|ridden|came|journeyed|trekked|hiked|marched)\s+(?:[a-z]+\s+){0,2}",
    re.IGNORECASE,
)
#: What may follow the reference of a figure that opens its sentence when the sentence is
#: only figures: "105 km west of Rennes, 55 km from Lorient."
_FIGURES_ONLY_RE = re.compile(
    rf"(?:\s*(?:[,;]|\band\b|,\s*and\b)\s*(?:(?:{HEDGE}|over)\s+)?\d[\d.,]*[^,;.]*)*\s*[.!]?\s*",
    re.IGNORECASE,
)
#: What may come before a figure that opens its sentence: "Exactly 461 km from Moscow is".
_OPENING_RE = re.compile(
    # "Heading east 50 km from X you can find Y": a traveller's heading first
    r"[\s,(~]*(?:also\s+)?(?:(?:head|mov|driv|travell?|go|continu|sail|walk|cycl)ing\s+"
    r"(?:[\w-]+\s+){0,3}?)?"
    r"(?:(?:located|situated|lying)\s+)?(?:at\s+)?"
    # "Roughly about 90 km from X ...": a loose word before the figure's own qualifier
    r"(?:(?:just|only|exactly|precisely|barely|merely|roughly|approximately|a\s+(?:little|touch|"
    r"bit))\s+)?",
    re.I,
)


_FOR_BEFORE_RE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: The verbs of a way travelled: "we drove", "the ship steamed".
_TRAVELLED = (
    r"drove|driven|flew|flown|sailed|rode|ridden|walked|hiked|cycled|trekked|travell?ed|"
    r"marched|steamed"
)
_TRAVELLED_BEFORE_RE = re.compile(rf"\b(?:{_TRAVELLED})\s+$", re.IGNORECASE)
#: A mode of travel said outright: "by road", "by car". Not after a participle: "surrounded
#: by sea", "hit by car" say nothing of how the figure was travelled.
_BY_MODE_RE = re.compile(rf"(?<!ed\s)\bby\s+(?:{BY_WAY})\b", re.IGNORECASE)
#: A numbered road the figure runs along: "on Route Nationale 7", "on Highway 19", "via
#: the A1", "along I-80": the figure is by road.
_ON_ROAD_RE = re.compile(
    r"\b(?:on|via|along|by)\s+(?:the\s+)?(?:(?:Route|Highway|Hwy|Interstate|State\s+Route|Road|"
    r"Autoroute|Autobahn|Motorway)(?:\s+[A-Z][a-z]+)?\s+(?:\([A-Z]+\)\s+)?[A-Z]?\d+|"
    r"(?:I|US|SR|RN|N|A|M|E)-?\d+)\b"
)


def _parse_claim(
    sentence: Sentence,
    match: re.Match[str],
    previous: Claim | None,
    prev_end: int,
    elided: str | None = None,
) -> tuple[list[Claim], int]:
    """Turn a number+unit match into claims (none when it is not a distance); ``elided``
    is the unit of a figure written without one ("and 120 by the road from Y")."""
    text, lo, hi = sentence.text, sentence.start, sentence.end
    figure = _figure(match)
    if figure is None:
        return [], match.end()
    low, high, step = figure
    unit = elided or _UNIT_NAMES[_SPACES_RE.sub(" ", match.group("unit").lower())]
    if match.group("unit") == "m" and _GAZETTEER_MILE_RE.match(text, match.end(), hi):
        unit = "mi"  # an old gazetteer's "7 m. NE. of York": metres take no full stop
    qual = match.group("qual")
    qualifier = _QUALIFIER_WORDS[_SPACES_RE.sub(" ", qual.lower())] if qual else None
    if match.group("tilde"):
        qualifier = "about"  # "~45 miles"
    plus = match.groupdict().get("plus") or match.groupdict().get("plus_sign")
    if plus:
        odd = plus.lower() == "odd"
        qualifier = qualifier or ("about" if odd else "more than")  # "900-plus miles"
    tail = _modifiers(text, lo, hi, match)
    if tail is None:
        return [], match.end()
    if tail.loose and qualifier is None:
        qualifier = "about"  # "40 miles or so"
    if tail.conversion is not None and size_or_speed(text, lo, match, tail.figure_end, hi):
        return [], tail.pos  # "40 mi (64 km) long", "50-60 miles (80-97 km) per hour"
    if not places_after(sentence, match, tail, qualifier):
        return [], tail.pos

    clause_end = _CLAUSE_END_RE.search(text, tail.pos, hi)
    # a figure without its own unit is read from itself on: the words before it belong to
    # the figure before ("... as the crow flies but 1,800 by road")
    clause_from = match.start() if elided else _window(text, lo, match.start())
    clause = text[clause_from : clause_end.start() if clause_end else hi]
    travel = tail.travel_noun or bool(_TRAVEL_RE.search(clause))
    # "42 km as the crow flies, but I drive 125 km": the crow's line is the first figure's
    straight = any(
        not (
            clause_from + m.end() <= match.start()
            and _CONTRAST_RE.search(text, clause_from + m.end(), match.start())
        )
        for m in _STRAIGHT_RE.finditer(clause)
    )
    if straight:
        travel = False
    # A figure with a compass point ("80 km north of X") is a straight line, unless the clause
    # says how it is travelled ("by road", its own first) or measures a trip ("a 160-km drive").
    own_mode = _BY_MODE_RE.search(clause, max(match.start() - clause_from, 0))
    by_mode = (own_mode or _BY_MODE_RE.search(clause)) if not straight else None
    after = _CLAIM_RE.search(text, tail.pos, clause_from + len(clause)) if by_mode else None
    if by_mode is not None and after is not None and clause_from + by_mode.start() > after.start():
        by_mode = None  # "35 km west of Y and 40 km by road": the next figure's mode
    on_road = _ON_ROAD_RE.search(text, match.start(), hi) if not straight else None
    route = (mode_of(clause) or "unknown") if travel and tail.direction is None else None
    if by_mode is not None:  # its own "by rail" before a later figure's "by road"
        route = mode_of(by_mode.group()) or route or "unknown"
    elif tail.length_of and route is None and not straight:  # "230 km of road south of X"
        route = mode_of(tail.length_of) or "unknown"
    elif tail.travel_noun and route is None and not straight:  # "a 160-km drive north"
        route = mode_of(clause) or "unknown"
    elif (
        route is None
        and not straight
        and tail.target is not None
        and _TRAVELLED_BEFORE_RE.search(text, max(lo, match.start() - 12), match.start())
    ):  # "we drove 98 miles east to Ha Long": the way driven, whatever its heading
        route = mode_of(clause) or "unknown"
    if on_road is not None and route in (None, "unknown") and tail.direction is None:
        route = "road"  # "923 km from X to Y on Route Nationale 7"
    if _rejected_by_context(
        text, lo, hi, match, unit, has_endpoint=tail.has_endpoint, travel=travel
    ):  # "a depth of 10 km (6 miles)": the conversion goes with the figure
        return [], tail.figure_end if tail.conversion is not None else match.end()

    origin, target, opened = tail.origin, tail.target, False
    extent = _FOR_BEFORE_RE.search(text, max(lo, match.start() - 8), match.start())
    if origin is None and target is None and not tail.away and not extent:
        # ("runs along the border between X and Y for 300 km" is an extent, not this)
        # "the distance from X to Y is N km", "the N-km journey ... from X to Y"
        pair = _pair_in_clause(sentence, match.start() if not tail.travel_noun else hi)
        if pair is not None:
            origin, target = pair
            tail.has_endpoint = opened = True  # "Distance from X is N km": target unsaid
    if (
        origin is None
        and target is None
        and _TRIP_IS_RE.fullmatch(text, sentence.start, match.start())
    ):
        # "We drove from Oaxaca to Tuxtla. The distance is 400 miles": the trip just told
        pair = _pair_before(sentence)
        if pair is not None:
            origin, target = pair
        tail.has_endpoint = True  # a distance between places, told or not ("The trip is")
    told = (tail.travel_noun and _THE_BEFORE_RE.search(text, lo, match.start())) or (
        _DRIVE_THE_RE.search(text, lo, match.start())
    )
    if origin is None and target is None and told and not any(n.mention for n in sentence.names):
        # "The line will link X with Y. The train covers the 160-km journey in two hours",
        # "It takes 3 hours to drive the 200 km": the way the sentence before told
        pair = _pair_before(sentence)
        if pair is not None:
            origin, target = pair
            tail.has_endpoint = True
    if (
        origin is None
        and target is None
        and _FIGURE_ALONE_RE.fullmatch(text, sentence.start, match.start())
        and _FIGURE_LINE_END_RE.fullmatch(text, tail.pos, hi)
    ):
        # "Hamilton -> Auckland" on its line, then "127 km (79 miles)" on the next
        pair = _pair_before(sentence, label=True)
        if pair is not None:
            origin, target = pair
            tail.has_endpoint = True
    if origin is None and target is None and not tail.has_endpoint:
        restated = _restated_in_bracket(sentence, match.start())
        if restated is not None:  # "X is four hours' drive from Y (or 300 km)"
            origin, target = restated
            tail.has_endpoint = True
    if origin is None and target is None:
        item = _listed_after_colon(sentence, match)  # "Distances from X: A 5 km, B 9 km"
        if item is not None:
            (origin, target), tail.has_endpoint = item, True
    if origin is None and target is None and tail.travel_noun:
        start = _STARTING_RE.search(text, lo, match.start())
        origin = sentence.reference_after(start.end()) if start else None
        tail.has_endpoint = tail.has_endpoint or origin is not None
    if elided:
        tail.has_endpoint = True  # it goes on with the places of the figure before it
    if _STRAIGHT_RE.search(clause) or _DISTANCE_BEFORE_RE.search(text, lo, match.start()):
        tail.has_endpoint = True  # "as the crow flies", "the distance between ... is"
    by_mode_again = (
        previous is not None
        and origin is None
        and target is None
        and _BY_MODE_AFTER_RE.match(text, tail.pos, hi) is not None
        and _CLAIM_GAP_RE.fullmatch(text, past_mode(text, prev_end), match.start()) is not None
    )
    if by_mode_again and previous is not None:
        # "X lies 35 km west of Y, 40 km by road": the same two places, travelled
        origin, target, tail.has_endpoint = previous.origin, previous.target, True
    if origin is None and target is None and _AFTER_BEFORE_RE.search(text, lo, match.start()):
        # "Leaving X, you come to Y after 12 km", "after 12 km you come to Y": the way to Y
        reach = list(_REACH_RE.finditer(text, lo, hi))
        target = sentence.reference_after(reach[-1].end()) if reach else None
        fronted = _FROM_FRONTED_RE.match(text, lo, match.start())
        origin = sentence.reference_after(fronted.end()) if fronted and target else None
        travel = tail.has_endpoint = travel or target is not None
        route = route or ((mode_of(clause) or "unknown") if target is not None else None)
    if not tail.has_endpoint and target is None:
        return [], tail.pos  # a figure that separates no places: a length, a range, a trip
    # "Lyon is 390 km from Paris and 280 km from Marseille": the subject carries over; so
    # does an unnamed one ("the epicentre was 6 miles NW of A, 7 miles W of B; 9 ...")
    gap = _CLAIM_GAP_RE.fullmatch(text, prev_end, match.start()) if previous else None
    carried = (
        target is None
        and previous is not None
        and previous.origin is not None
        and gap is not None
        and (
            previous.target is not None
            # unnamed: after "and" or ";", or in a series of three figures or more; a comma
            # alone may place the reference ("15 km north of X, 277 km west of Y" places X)
            or bool(gap.group().strip(" ,"))
            or sum(1 for _ in _CLAIM_RE.finditer(text, lo, hi)) >= 3
        )
    )
    if carried and previous is not None:
        target = previous.target
    # "105 km west of Rennes, 55 km from Lorient.": the next figure of a line with no subject
    unsaid = previous is not None and previous.target_unsaid and gap is not None
    if target is None and not carried and not unsaid:
        target = sentence.located_before(match.start())
        target = place_in_area(sentence, target) if target is not None else None
        if target is not None and origin is not None and target.start == origin.start:
            target = None  # "Starting at X, the N km drive": X is the start, not the end
        if target is not None and origin is None and tail.direction and not tail.away:
            # "X is a suburb of Y, which lies N km to the west": no reference after the
            # direction, so the relative clause places the main subject from Y
            subject = sentence.main_subject(match.start(), target)
            if subject is not None:
                # which of the two the direction places, the text leaves open: unchecked
                origin, target, tail.direction = target, subject, None
    bare = not _DIRECTION_OF_AFTER_RE.match(text, match.end(), hi)  # not "west of the border"
    if origin is None and target is not None and tail.direction and not tail.away and bare:
        # "out of Nairobi to Nakuru, a town 150 km to the northwest": a bare direction
        # runs from the one town the sentence named before the place it locates, or from
        # the subject to a later name it stands beside ("Y is reached from X, 800 km south")
        origin = other_place(sentence, target)
        later = sentence.apposed(match.start()) if origin is None else None
        if later is not None and later.start > target.start:
            origin, target = target, sentence.endpoint(later)
        if origin and previous and previous.origin is None and previous.target == origin:
            origin = None  # "X, 45 miles to the north, and Y, 70 miles to the east": one reference
    village = _VILLAGE_AFTER_RE.match(text, origin.end, hi) if origin and target else None
    if (target is None or (target.anaphoric and village)) and origin is not None:
        # "you could make a stop 47 km south of Marrakesh at Asni": the name after "at";
        # "The castle lies 30 km from X in the village of Y": where the thing told is, is Y
        at = village or _AT_AFTER_RE.match(text, origin.end, hi)
        named = sentence.reference_after(at.end()) if at else None
        if named is not None and at is not None and at.group().strip() == "in":
            # "40 miles E of Kingston in Port Antonio": a town, not the origin's area
            name = sentence.name_at(named.start)
            place = name.mention.place if name is not None and name.mention else None
            named = named if place is not None and place.kind in ("city", "town") else None
        target = named if named is not None and not named.anaphoric else None
    where = _WHERE_FRONTED_RE.match(text, lo, match.start())  # "On the coast, N km of X, is Y"
    opens = _OPENING_RE.fullmatch(text, where.end() if where else lo, match.start())
    after = _INVERTED_RE.match(text, origin.end, hi) if origin and where and opens else None
    if (target is None or (after and where and target.end <= where.end())) and origin and opens:
        # "About 30 km north of Kandy lies the town of Matale": the subject comes last
        inverted = after or _INVERTED_RE.match(text, origin.end, hi)
        target = sentence.reference_after(inverted.end()) if inverted else None
        described = _DESCRIBED_FIRST_RE.match(text, inverted.end(), hi) if inverted else None
        if target is None and described is not None:
            # "60 km south of Madrid lies another old city, Toledo": described, then named
            target = sentence.reference_after(described.end())
        if target is None:  # "Some 400 km north of Baghdad, Mosul lies on the Tigris"
            target = sentence.subject_after(origin.end)
        # "Vannes sits on a gulf. 105 km west of Rennes, 55 km from Lorient.": a line of
        # figures and nothing else places what the sentence before is about
        unsaid = unsaid or bool(target is None and _FIGURES_ONLY_RE.fullmatch(text, origin.end, hi))
    if origin is None and target is not None and not target.anaphoric:
        # "From Lhasa it is another 250 km to Shigatse", "From Nairobi, Nakuru is a
        # 160-km drive": the sentence opens with where the figure runs from
        fronted = _FROM_FRONTED_RE.match(text, lo, match.start())
        opening = sentence.reference_after(fronted.end()) if fronted else None
        if opening is not None and opening.start != target.start:
            origin = opening
    if origin is None and target is not None and not target.anaphoric:
        # "a club from Noumea travelled 17,000 km to reach Lyon": the travellers' "from"
        for came in _FROM_SUBJECT_RE.finditer(text, lo, match.start()):
            home = sentence.reference_after(came.end())
            if (
                home is not None
                and home.start != target.start
                and _TRAVELLED_RE.fullmatch(text, home.end, match.start())
            ):
                origin = home
    further = _FURTHER_BEFORE_RE.search(text, max(lo, match.start() - 20), match.start())
    if further is not None and target is not None and not target.anaphoric:
        # "30 km to Malton and a further 25 km to Whitby": the next leg, from Malton
        reached = previous.target if previous is not None else None
        if reached is None or reached.start >= match.start() or reached.anaphoric:
            tos = list(_TO_BEFORE_RE.finditer(text, lo, further.start()))
            reached = sentence.reference_after(tos[-1].end()) if tos else None
        if reached is not None and reached.start != target.start:
            origin = reached
    if origin is None and tail.away:  # "Kiruna, some 120 km away": away from where?
        origin = other_place(sentence, target)
        between = (
            [
                n
                for n in sentence.heads(target.end, match.start())
                if not n.is_area and _REFERENCE_BEFORE.search(text, max(lo, n.start - 30), n.start)
            ]
            if (origin is None and target is not None)
            else []
        )
        if len(between) == 1:  # "Bochnia lies east of Krakow and is 40 km away": from it
            origin = sentence.endpoint(between[0])
        subject = sentence.clause_subject(match.start()) if origin is None else None
        if subject is not None and target is not None and subject.start != target.start:
            origin = subject  # "This village ... the resort of Zermatt, 5 km away"
    if (
        origin is None
        and target is None
        and not elided
        and _no_places_measured(sentence, match, tail)
    ):
        return [], tail.pos
    value = (low + high) / 2.0
    listed = _listed_figures(match, low, high)
    claim = Claim(
        sentence=text[lo:hi],
        sentence_start=lo,
        start=match.start(),
        end=match.end(),
        value=value,
        low=low,
        high=high,
        unit=unit,
        stated_km=unit_to_km(value, unit),
        qualifier=qualifier,
        precision_km=unit_to_km(step, unit),
        direction=tail.direction,
        origin=origin,
        target=target,
        travel=travel,
        conversion=tail.conversion,
        route=route,
        straight=straight,
        round_trip=bool(_ROUND_TRIP_RE.search(clause)),
        target_unsaid=bool((unsaid or opened) and target is None and lo > 0),
    )
    clause_stop = clause_end.start() if clause_end else hi
    return _one_or_more(sentence, match, claim, tail, listed, clause_stop), tail.pos


def _one_or_more(
    sentence: Sentence,
    match: re.Match[str],
    claim: Claim,
    tail: _Tail,
    listed: list[tuple[int, int, float, float]],
    clause_stop: int,
) -> list[Claim]:
    """Return the claims one figure makes: one, or one per place or figure it is shared by
    ("from both X and Y", "Both X and Y are", "8,300 and 7,600 nmi ... respectively")."""
    text = sentence.text
    if tail.also is not None:  # "20 km from both Goma and Gisenyi"
        return [claim, replace(claim, origin=tail.also)]
    if not listed:
        both = series_before(sentence, match.start(), 2)
        if (
            both is not None
            and (claim.target is None or claim.target in both)
            # not "between A and B, 30 km apart" nor "both A and B, which are 30 km apart"
            and claim.origin not in both
            and both_located(sentence, both, match.start())
        ):  # "Both Bergen and Stavanger are 300 km from Oslo", "A and B, N km north of X"
            return [replace(claim, target=place) for place in both]
        return [claim]
    # "8,300 and 7,600 nautical miles": each figure of the list takes the unit written last;
    # "(... respectively)" pairs them, in order, with as many places named before
    unit = claim.unit
    claims = [
        replace(claim, start=start, end=end, value=v, low=v, high=v,
                stated_km=unit_to_km(v, unit), precision_km=unit_to_km(step_v, unit))
        for start, end, v, step_v in listed
    ] + [claim]  # fmt: skip
    places = series_before(sentence, match.start(), len(claims))
    # "... respectively"; or the located places are listed as many as the figures ("the
    # towns of A and B, located 600 and 700 km from X"): in order, one figure each
    if places is not None and (
        _RESPECTIVELY_RE.search(text, tail.figure_end, clause_stop) or claim.target in places
    ):
        claims = [
            replace(c, target=place, origin=c.origin if c.origin not in places else None)
            for c, place in zip(claims, places, strict=True)
        ]
    return claims


_BY_MODE_AFTER_RE = re.compile(r"\s+by\b", re.IGNORECASE)


def _elided_claims(
    sentence: Sentence, previous: Claim, pos: int
) -> tuple[list[Claim], Claim, int, int]:
    """Return the claims of the figures written without a unit that follow a claim within
    its clause's next few words ("30 km from the Russian border and 700 from Kyiv", "1,400
    km north of Oslo as the crow flies but 1,800 by road", "9 m. W. of Oxford, 21 S. of
    Banbury, and 60 W. of London"), with the last claim, where reading stopped and
    where the last claim's words end."""
    text, hi = sentence.text, sentence.end
    out: list[Claim] = []
    while True:
        gap = _ELIDED_GAP_RE.search(text, pos, min(hi, pos + _ELIDED_REACH))
        bare = _ELIDED_RE.match(text, gap.end(), hi) if gap else None
        if bare is None:
            return out, previous, pos, pos
        found, end = _parse_claim(sentence, bare, previous, pos, previous.unit)
        if not found:
            return out, previous, end, pos
        if _BY_MODE_AFTER_RE.match(text, bare.end(), hi):
            # "... but 1,800 by road": the same two places, unless it names another (a
            # figure "from Y" or "N.E. of Y" names its own reference, found or not)
            found = [c if c.origin else replace(c, origin=previous.origin) for c in found]
        # the place located is the first figure's, never the first figure's reference
        found = [_same_located(c, previous) for c in found]
        out += found
        previous, pos = found[-1], end


_POINT_AFTER_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:from|to|of|between|away)\b", re.I)
#: A figure after "after" ("you come to Y after 12 km"), and the verb of reaching of its clause.
_AFTER_BEFORE_RE = re.compile(rf"\bafter\s+(?:(?:{HEDGE})\s+)?(?:only\s+|just\s+)?$", re.I)
_REACH_RE = re.compile(r"\b(?:reach(?:es|ed)?|(?:come|comes|came|get|gets|got)\s+to)\s+", re.I)
_APART_AFTER_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?apart\b", re.I)
#: Nouns of places a figure "apart" may part, though unnamed: "the two towns are 8 km apart"
#: (the nouns an anaphor may use, and their plurals).
_PLACE_NOUN_RE = re.compile(
    r"\b(?:"
    + "|".join(
        n.replace(" ", r"\s+") + (r"(?:s|es)?" if not n.endswith("y") else r"|" + n[:-1] + "ies")
        for n in _ANAPHOR_NOUNS
    )
    + r")\b",
    re.IGNORECASE,
)
#: A leg added to one told before: "and a further 60 km to X", "another 60 km to X".
_FURTHER_BEFORE_RE = re.compile(r"\b(?:a\s+further|another|an\s+(?:additional|extra))\s+$", re.I)
_TO_BEFORE_RE = re.compile(r"\bto\s+")
#: A way travelled before a figure: "the icebreaker covered a distance of", "we drove".
_COVERED_BEFORE_RE = re.compile(
    rf"\b(?:covered|covers|logged|{_TRAVELLED})\s+"
    r"(?:(?:a|the)\s+(?:total\s+)?distance\s+of\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


#: "the" before a trip's figure ("the 160-km journey"), and a way travelled over "the"
#: figure ("to drive the 200 km"): a way already told.
_THE_BEFORE_RE = re.compile(r"\bthe\s+(?:whole\s+|entire\s+)?$", re.IGNORECASE)
_DRIVE_THE_RE = re.compile(
    r"\b(?:drive|fly|cover|travel|walk|ride|cycle|cross)\s+the\s+(?:whole\s+|entire\s+)?$", re.I
)
#: A vehicle a figure is measured from: "two miles from the stricken vessel".
_VEHICLE_AFTER_RE = re.compile(
    r"\s+(?:away\s+)?from\s+(?:the|a|an|our|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:ship|"
    r"vessel|boat|yacht|ferry|aircraft|plane|car|truck|lorry|bus|train|convoy|lifeboat|"
    r"trawler|tanker|submarine|helicopter)s?\b"
    r"(?!\s+(?:terminal|port|station|dock|pier|landing|harbou?r|stop|depot|yard|company)\b)",
    re.IGNORECASE,
)


def _no_places_measured(sentence: Sentence, match: re.Match[str], tail: _Tail) -> bool:
    """Return whether a figure with no place on either side measures none: a radius
    ("within 100 km of the epicentre"), things spaced "apart" with no place noun ("masts
    set 2 km apart"), or a way travelled in a sentence that names no place and no point it
    runs from or to ("the icebreaker covered a distance of 25,000 miles"; not "travelled
    300 km from the border")."""
    if (match.group("qual") or "").lower() == "within":
        return True
    if any(n.mention is not None for n in sentence.names):
        return False
    if _APART_AFTER_RE.match(sentence.text, tail.figure_end) and not _PLACE_NOUN_RE.search(
        sentence.text, sentence.start, sentence.end
    ):
        return True  # "masts 2 km apart", "wells drilled 300 metres apart": a spacing
    if _VEHICLE_AFTER_RE.match(sentence.text, tail.figure_end):
        return True  # "two miles from the stricken vessel": between two vessels
    before = _COVERED_BEFORE_RE.search(sentence.text, sentence.start, match.start())
    return before is not None and not _POINT_AFTER_RE.match(sentence.text, tail.figure_end)


def _same_located(claim: Claim, previous: Claim) -> Claim:
    """Return an elided figure's claim with the place the figure before it locates, when
    its own look-back took that figure's reference instead."""
    target, before = claim.target, previous.origin
    if target and before and (target.start, target.end) == (before.start, before.end):
        return replace(claim, target=previous.target)
    return claim


def find_claims(document: Document | str) -> list[Claim]:
    """Find the distance claims in English news text.

    Speeds ("60 km/h"), areas ("40 sq km"), heights and depths ("2,000 m above sea
    level"), sizes ("a 300-metre-long ship", "a 55 km bridge") and plain numbers are
    not distance claims and are skipped.

    Parameters
    ----------
    document : Document or str
        A parsed document (its sentences are used) or any text (split into sentences
        here); offsets in the result index its text.

    Returns
    -------
    list of Claim
        In order of appearance.

    Examples
    --------
    >>> text = "Nakhodka lies some 85 km east of Vladivostok, by road rather more."
    >>> [c] = find_claims(text)
    >>> c.phrase, c.value, c.qualifier, c.direction, c.origin.text, c.target.text
    ('some 85 km', 85.0, 'about', 'E', 'Vladivostok', 'Nakhodka')
    >>> find_claims("The ferry cruises at 40 km/h past a 300-metre-long pier.")
    []
    """
    if isinstance(document, str):
        document = Document.from_mentions(document)
    if isinstance(document, Document):
        document = document.with_points()
        text, sentences = document.text, list(document.sentences)
    else:
        raise TypeError(f"find_claims takes a Document or a str, got {type(document).__name__}")
    claims: list[Claim] = []
    for lo, hi in sentences:
        previous: Claim | None = None
        prev_end = lo
        if not _UNIT_HINT_RE.search(text, lo, hi):
            continue  # most sentences name no unit: skip the full pattern
        pos = lo
        sentence: Sentence | None = None
        for match in _CLAIM_RE.finditer(text, lo, hi):
            if match.start() < pos:
                continue
            if sentence is None:
                sentence = Sentence(document, lo, hi)
            if previous is not None and (restated := restated_end(text, previous.origin, match)):
                pos = prev_end = restated  # "X is 156 km west of Y (97 miles), 12 km from Z"
                continue
            found, pos = _parse_claim(sentence, match, previous, prev_end)
            if found:
                claims += found
                previous, prev_end = found[-1], pos
                more, previous, pos, prev_end = _elided_claims(sentence, previous, pos)
                claims += more
    return claims
