"""The places named right after a figure: "N km (DIR) of O", "N km from O to T", "N km
between O and T", "N km away", "N km to T", for :mod:`.parse`."""

from __future__ import annotations

import re

from .clauses import _COPULA_BEFORE, _NEAREST_BRACKET_RE
from .ends import (
    _AND_ONLY_RE,
    _BOTH_RE,
    _FROM_FRONTED_RE,
)
from .figure import _Tail
from .pairs import (
    _bracketed_pair,
    _pair_anaphor_apart,
    _pair_in_clause,
    _parted_pair,
    _past_qualifier,
    past_via,
)
from .sentence import Sentence
from .series import pair_before
from .types import Endpoint
from .vocabulary import (
    _AND_RE,
    _AWAY_RE,
    _BETWEEN_RE,
    _FROM_TO_RE,
    _ORIGIN_RE,
    _TO_RE,
    _TRAVEL_RE,
)

__all__ = ["BY_WAY", "past_mode", "places_after"]

#: After "N km north of A and B", what shows the figure is B's too: the sentence or the
#: clause ends, or another direction follows ("... of Goma and Rubavu and just east of the lake").
_PAIR_ENDS = re.compile(
    r"\s*(?:[.;)]|$|,?\s+and\s+(?:(?:just|also|slightly|due)\s+)?(?:north|south|east|west))",
    re.IGNORECASE,
)

_FROM_AFTER_RE = re.compile(r",?\s+from\s+", re.IGNORECASE)
_BARE_NAME = re.compile(r"\s+(?=[A-Z])")
#: The ways a figure is said to be travelled by: "by road", "by ferry", "by motorway".
BY_WAY = r"road|rail|railway|train|car|vehicle|bus|coach|sea|boat|ferry|highway|motorway"
#: "N km by road to X", "N km by the A64 to X", "N km by Highway 48 to X": the way named.
_BY_ROUTE_TO_RE = re.compile(
    rf"\s+by\s+(?:the\s+)?(?:(?:old|new|main|coast|mountain)\s+)?(?:{BY_WAY}|"
    r"(?-i:[A-Z]{1,2}\d{1,4})|(?:Highway|Route|Road|Interstate)\s+\d+)"
    r",?\s+(?:to|into)\s+",
    re.IGNORECASE,
)
_IS_BEFORE_RE = re.compile(r"\b(?:is|was)\s+$", re.IGNORECASE)


def _placed_by_copula(sentence: Sentence, pos: int, *, anaphor: bool = False) -> bool:
    """Return whether a figure at ``pos`` follows a named place (with ``anaphor``, an
    anaphor too: "It is") and a copula ("X is some"), with no "From ..." opening the
    sentence: the place the figure locates."""
    if not _COPULA_BEFORE.search(sentence.text, max(sentence.start, pos - 40), pos):
        return False
    if _FROM_FRONTED_RE.match(sentence.text, sentence.start, pos):
        return False
    subject = sentence.clause_subject(pos)
    return subject is not None and (anaphor or not subject.anaphoric)


def _after_a_name(sentence: Sentence, match: re.Match[str]) -> bool:
    """Return whether a figure stands in apposition right after a name ("X, 20 km")."""
    comma = sentence.text.rfind(",", sentence.start, match.start())
    if comma < 0 or sentence.text[comma + 1 : match.start()].strip():
        return False
    return any(name.end == comma for name in sentence.names)


def places_after(
    sentence: Sentence, match: re.Match[str], tail: _Tail, qualifier: str | None
) -> bool:
    """Fill in the places named after a figure; return False to reject the figure."""
    text, hi = sentence.text, sentence.end
    parted = _parted_pair(sentence, match.start())  # "Ayr and Troon are separated by 14 km"
    if parted is not None:
        tail.has_endpoint = True
        if parted:
            tail.origin, tail.target = parted
        return True
    away = _AWAY_RE.match(text, tail.pos, hi)
    if (
        away is None
        and text.startswith(")", tail.pos)
        and _NEAREST_BRACKET_RE.search(text, sentence.start, match.start())
    ):  # "Its closest rail halt is Wardha (25 km).": that far away
        tail.has_endpoint, tail.away = True, True
        return True
    apart = away is not None and away.group("word").lower().startswith(("apart", "from"))
    # "12 km from each other" is "apart" (below), not "from" a place
    origin_match = None if apart else _ORIGIN_RE.match(text, tail.pos, hi)
    if (
        origin_match
        and origin_match.group("prep").lower() == "of"
        and tail.direction is None
        and qualifier != "within"
        and not origin_match.group("away")
        and not origin_match.group("way")  # "30 km downstream of Aswan"
    ):
        if not (
            _IS_BEFORE_RE.search(text, max(sentence.start, match.start() - 6), match.start())
            and _TRAVEL_RE.search(text, sentence.start, match.start())
            and _pair_in_clause(sentence, match.start()) is not None
        ):
            return False  # "200 km of new track" is a length, not a distance
        origin_match = None  # "the road from X to Y is 1,100 km of mountains": the trip's
    between = _BETWEEN_RE.match(text, tail.pos, hi)
    if between:  # "N km between O and T", "N km separate O from T"
        tail.has_endpoint = True
        first = sentence.reference_after(between.end())
        joint = _AND_RE.match(text, _past_qualifier(sentence, first), hi) if first else None
        second = sentence.reference_after(joint.end()) if joint else None
        if first and second:
            tail.origin, tail.target, tail.pos = first, second, second.end
        return True
    if origin_match:  # "N km (DIR) of O", "N km from O (to T)", "N km off the coast of O"
        tail.has_endpoint = True  # "200 metres from the palace" is a distance, named or not
        both = _BOTH_RE.match(text, origin_match.end(), hi)
        # "25 km equidistant from A and from B": as far from each
        even = (origin_match.group("away") or "").lower() == "equidistant"
        tail.origin = sentence.reference_after(both.end() if both else origin_match.end())
        if tail.origin is not None:
            tail.pos = _past_qualifier(sentence, tail.origin)
            joint = _AND_ONLY_RE.match(text, tail.pos, hi)
            second = sentence.reference_after(joint.end()) if joint else None
            # "8 km north of A and B." (not "... and B is ...", "... and outside B")
            listed = joint and second and text[joint.end() : second.start].strip() in ("", "the")
            if second and not (both or even or (listed and _PAIR_ENDS.match(text, second.end))):
                second = None
            if second is not None:  # "20 km from both Goma and Gisenyi": two claims
                tail.also, tail.pos = second, _past_qualifier(sentence, second)
                return True
            to = _FROM_TO_RE.match(text, past_via(sentence, tail.pos), hi)
            if to and origin_match.group("prep").lower() == "from":
                tail.target = sentence.reference_after(to.end())
                if tail.target is not None:
                    tail.pos = tail.target.end
        return True
    if away and (match.group("qual") or "").lower() == "up to" and away.group("word") != "apart":
        return False  # "waves reached up to 10 km inland": how far an effect reached
    if away:  # "N km away", "O and T are N km apart"
        tail.has_endpoint, tail.pos = True, away.end()
        if apart:
            pair = pair_before(sentence, match.start())
            if pair is not None:
                tail.origin, tail.target = pair
            else:  # "These two towns are 3 km apart": a pair told before
                tail.target = _pair_anaphor_apart(sentence, match.start(), away.end())
        else:
            tail.away = True
        return True
    bare = _BARE_NAME.match(text, tail.pos, hi) if tail.direction else None
    named = sentence.name_at(bare.end()) if bare else None
    if named is not None and named.mention is not None and named.mention.place is not None:
        # "45 km south Pori", "20 km SW Oulu": a compass point without its "of"
        tail.origin, tail.has_endpoint = sentence.endpoint(named), True
        tail.pos = _past_qualifier(sentence, tail.origin)
        return True
    plain = _TO_RE.match(text, tail.pos, hi)
    to = plain or _BY_ROUTE_TO_RE.match(text, tail.pos, hi)
    if to:  # "drove 400 km to T"
        target = sentence.reference_after(to.end())
        if target is not None and not target.anaphoric:
            tail.target, tail.has_endpoint, tail.pos = target, True, target.end
            # "It is 90 km to X" too, not "It is 30 km by the old road to X", a leg told
            copula = _placed_by_copula(sentence, match.start(), anaphor=plain is not None)
            if copula or _after_a_name(sentence, match):
                # "The town of X is some 12 km to Y": Y is what X is measured from; so in
                # apposition: "Gumsuri town, Borno State, 20 km to Chibok"
                tail.origin, tail.target = target, None
            else:
                start = _FROM_AFTER_RE.match(text, _past_qualifier(sentence, target), hi)
                origin = sentence.reference_after(start.end()) if start else None
                if origin is not None:  # "rode 91 km to Agadir from Tiznit"
                    tail.origin, tail.pos = origin, origin.end
        return True
    pair = _bracketed_pair(sentence, match, tail.pos)
    if pair is not None:  # "Oslo and Bergen (~300 miles)": the figure parts the pair
        tail.origin, tail.target = pair
        tail.has_endpoint = True
    it_is = _IT_IS_BEFORE_RE.search(text, max(sentence.start, match.start() - 30), match.start())
    fronted = _FROM_FRONTED_RE.match(text, sentence.start, match.start()) if it_is else None
    origin = sentence.reference_after(fronted.end()) if fronted else None
    if it_is and origin is not None and origin.end <= it_is.start() and tail.target is None:
        # "From Delhi, it's a good 324 km by road": from there to the place talked of
        tail.origin, tail.has_endpoint = origin, True
        tail.target = Endpoint(it_is["it"], it_is.start("it"), it_is.end("it"), True)
    return True


#: "it's a good ", "it is some ": the pronoun of a place talked of, right before a figure.
_IT_IS_BEFORE_RE = re.compile(
    r",\s+(?P<it>it)(?:['\u2019]s|\s+is|\s+was)\s+(?:(?:a|an|only|just|another)\s+)?"
    r"(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


_MODE_ENDING_RE = re.compile(rf",?\s+by\s+(?:the\s+)?(?:{BY_WAY}|air|plane)\b", re.IGNORECASE)


def past_mode(text: str, pos: int) -> int:
    """Return ``pos`` past a "by rail" that ends the claim before it ("N km from X by rail
    and M km by road": the second figure measures the same two places)."""
    found = _MODE_ENDING_RE.match(text, pos)
    return found.end() if found else pos
