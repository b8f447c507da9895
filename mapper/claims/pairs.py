"""The two ends a figure's clause names together, for :mod:`.parse`.

A figure may measure a pair of places named around it rather than a place it locates:
"the distance from X to Y is N km", a route "X – Y" written with a spaced dash, a label
"X to Y: N km" that opens its line or a bracket, "X and Y (~300 miles)" with the figure
alone in brackets, "X is separated from Y by N km", the trip the sentence before told
("The drive was about 60 km"), or a bracket restating "... from Y (or 300 km)". Each
function returns the pair's endpoints as spans of the text, or ``None``.
"""

from __future__ import annotations

import re

from mapper.geoparse.codes import region_codes

from .ends import (
    _DESCRIBED_LABEL_RE,
    _LABEL_END_RE,
    _LABEL_VERB_RE,
    _QUALIFIER_PAREN_RE,
)
from .sentence import Sentence
from .sentence_names import Name
from .series import pair_before
from .types import Endpoint
from .vocabulary import (
    _DIR_WORD,
    _PAIR_NOUN_PHRASE,
    HEDGE,
)

__all__: list[str] = []  # the parser's own parts; see mapper.claims for the API

#: A figure alone in brackets ("Oslo and Bergen (~300 miles)"), read at the figure's end.
_PAREN_OPEN_RE = re.compile(r"\(\s*(?:~\s*)?$")
_PAREN_CLOSE_RE = re.compile(r"\s*\)")
_PAIR_JOINT_RE = re.compile(r"(?:\s+[A-Z]{2,3}\.?)?\s+and\s+")
_STATE_ABBR_RE = re.compile(r"\s*(?:[A-Z]{2,3}\.?)?\s*")


def _bracketed_pair(
    sentence: Sentence, match: re.Match[str], end: int
) -> tuple[Endpoint, Endpoint] | None:
    """Return "X and Y" just before a figure that stands alone in brackets."""
    text = sentence.text
    opening = _PAREN_OPEN_RE.search(text, max(sentence.start, match.start() - 3), match.start())
    if opening is None or not _PAREN_CLOSE_RE.match(text, end, sentence.end):
        return None
    heads = sentence.heads(sentence.start, opening.start())
    if len(heads) < 2:
        return None
    first, second = sentence.endpoint(heads[-2]), sentence.endpoint(heads[-1])
    joint = _PAIR_JOINT_RE.match(text, _past_qualifier(sentence, first), sentence.end)
    if joint is None or joint.end() != second.start:
        return None
    if not _STATE_ABBR_RE.fullmatch(text, _past_qualifier(sentence, second), opening.start()):
        return None  # words between the pair and the bracket: the figure is about them
    return first, second


_SEPARATED_BY_RE = re.compile(
    rf"\bseparated\s+by\s+(?:{HEDGE}\s+)*$",
    re.IGNORECASE,
)
#: Parted from a place by the figure: "is separated from Sark by", "separates A from B by
#: just" (the figure's own qualifier, if any, starts the figure).
_SEPARATED_FROM_RE = re.compile(
    r"\b(?P<verb>separated|separates|separate)\s+(?:[^.;]{0,60}?\s+)?(?P<from>from)\s+"
    rf"[^.;]{{1,80}}?\s+by\s+(?:an?\s+|{HEDGE}\s+)?$",
    re.IGNORECASE,
)


#: A pair told before as the subject of its parting: "These two cities are separated by".
_PAIR_SUBJECT_RE = re.compile(
    rf"\b(?P<pair>{_PAIR_NOUN_PHRASE})\s+(?:are|were|remain)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)


#: ... after a figure "apart" set before it: "Just 3 km apart, these two towns share".
_PAIR_AFTER_RE = re.compile(rf"\s*,\s*(?P<pair>{_PAIR_NOUN_PHRASE})\b", re.IGNORECASE)


#: ... or a pronoun: "they lie just 40 km apart", the pair named just before.
_THEY_APART_RE = re.compile(
    r"\b(?P<pair>[Tt]hey|the\s+two)\s+(?:are|were|lie|sit)\s+(?:[a-z]+\s+){0,2}?$"
)


def _pair_anaphor_apart(sentence: Sentence, pos: int, end: int) -> Endpoint | None:
    """Return the plural anaphor a figure "apart" (at ``pos``, "apart" ending at ``end``)
    parts: "These two cities are 3 km apart", "Just 3 km apart, these towns ..."; its
    places are found in the sentences before (:func:`.anaphora.pair_antecedents`)."""
    text = sentence.text
    found = (
        _PAIR_SUBJECT_RE.search(text, sentence.start, pos)
        or _PAIR_AFTER_RE.match(text, end, sentence.end)
        or _THEY_APART_RE.search(text, sentence.start, pos)
    )
    if found is None:
        return None
    return Endpoint(found.group("pair"), found.start("pair"), found.end("pair"), anaphoric=True)


def _parted_pair(sentence: Sentence, pos: int) -> list[Endpoint | None] | None:
    """Return the ends a figure at ``pos`` parts, origin then target: "Ayr and Troon are
    separated by 14 km" (the pair before), "Jersey is separated from Sark by 30 km" (the
    subject from the place after "from"), "the strait separates A from B by 33 km"; an
    empty list when the sentence parts no two places it names, None when it parts none."""
    text = sentence.text
    separated = _SEPARATED_BY_RE.search(text, max(sentence.start, pos - 40), pos)
    if separated:
        pair = pair_before(sentence, pos)
        if pair is not None:
            return list(pair)
        # "These two cities are separated by 40 km": a pair told before, as one anaphor
        # (its places are found in the sentences before; :func:`.anaphora.pair_antecedents`)
        plural = _PAIR_SUBJECT_RE.search(text, sentence.start, separated.start())
        if plural is None:
            return []
        phrase = plural.group("pair")
        return [None, Endpoint(phrase, plural.start("pair"), plural.end("pair"), anaphoric=True)]
    parted = _SEPARATED_FROM_RE.search(text, max(sentence.start, pos - 160), pos)
    if parted is None:
        return None
    origin = sentence.reference_after(parted.end("from"))
    if parted.group("verb").lower() == "separated":
        target = sentence.located_before(parted.start())
    else:
        target = sentence.reference_after(parted.end("verb"))
    if origin is None or target is None or origin.start == target.start:
        return None  # "separated from his wife by 500 km": the figure reads on
    return [origin, target]


def _past_qualifier(sentence: Sentence, endpoint: Endpoint | None) -> int:
    """Return the offset after a name and the region qualifying it ("X, Region", "X
    (Country)")."""
    if endpoint is None:
        return sentence.start
    end = endpoint.end
    bracket = _QUALIFIER_PAREN_RE.match(sentence.text, end, sentence.end)
    if bracket and sentence.names_between(bracket.start() + 2, bracket.end()):
        return bracket.end()  # "Lille (France) to Antwerp"
    heads = sentence.names_between(endpoint.start, min(sentence.end, end + 60))
    for name in heads[1:]:
        if sentence.heads(endpoint.start, name.end)[-1].start == endpoint.start:
            end = name.end + (1 if sentence.text[name.end : name.end + 1] == ")" else 0)
        else:
            break
    code = _STATE_CODE_RE.match(sentence.text, end, sentence.end)
    if code is not None and code["code"].lower() in region_codes():
        end = code.end()  # "between Frederick, MD, and Cleveland": the state's postal code
    return end


#: A state's postal code after a town's comma: "Frederick, MD, and".
_STATE_CODE_RE = re.compile(r",\s+(?P<code>[A-Z]{2})\.?(?=,|\s+(?:and|to)\b)")


_TO_OR_AND_RE = re.compile(r",?\s+(?:to|and)\s+", re.IGNORECASE)
#: A place passed on the way between the two ends: "from X via Y to Z".
_VIA_RE = re.compile(r",?\s+(?:via|through)\s+", re.IGNORECASE)
#: "Kolkata – Paro", "Hamilton -> Auckland": two places joined by a spaced dash or an
#: arrow, the ends of a route.
_DASH_JOINT_RE = re.compile(r"\s+(?:[-\u2013\u2014]|-+>|=>|[\u2192\u21d2\u2794\u27a1])\s+")
_HYPHEN_RE = re.compile(r"[-\u2013\u2014]")
_DISTANCE_BEFORE_PAIR_RE = re.compile(r"\bdistances?\s+(?:of\s+)?$", re.IGNORECASE)
#: The nouns of a way between two places that a figure measures ("the distance is").
_WAY_NOUNS = r"distance|drive|journey|trip|flight|ride|crossing|route"
# ... its noun right before the figure: "the Seoul-Busan distance is about N miles"
_WAY_NOUN_AFTER_RE = re.compile(
    rf"\s+(?:{_WAY_NOUNS}|road|highway|leg)\s+"
    rf"(?:is|was|of|covers|spans|measures)\s+(?:{HEDGE}\s+)?",
    re.IGNORECASE,
)
_DISTANCE_OF_RE = re.compile(
    # ... and a way told by its end first: "the shortest route to X from Y is N miles"
    r"\b(?:distance\s+of|(?:route|road|way|drive|journey|trip|flight|ride)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM_JOINT_RE = re.compile(r",?\s+from\s+(?:the\s+)?", re.IGNORECASE)
#: "from", "between", past a description of the place: "from the port of Goole to ...".
_FROM_TO_BEFORE_RE = re.compile(
    r"\b(?:(?P<from>from|form)|between|(?P<link>connect|link|join)(?:s|ed|ing)?)\s+"
    r"(?:the\s+(?:[a-z]+\s+){0,3}?(?:of\s+)?)?$",
    re.IGNORECASE,
)
#: A place left for another: "leaving X bound for Y", "left the port of X for Y".
_LEFT_FOR_BEFORE_RE = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?(?:\s+from)?)\s+"
    r"(?:(?:the|a)\s+(?:[a-z]+\s+){0,2}?(?:of|in|at)\s+)?$",
    re.IGNORECASE,
)
_BOUND_FOR_RE = re.compile(
    # past what the place is, before "bound for": "leaving X, a town in Riau, bound for Y"
    r",?\s+(?:(?:an?\s+[^,;.]{1,60}?,\s+)?(?:and\s+)?(?:bound|headed|heading|destined)\s+)?"
    r"for\s+",
    re.IGNORECASE,
)
#: ... the word joining what a line links: "links X with Y", "connects X to Y".
_WITH_OR_TO_RE = re.compile(r",?\s+(?:with|to|and)\s+", re.IGNORECASE)


_CAPITAL_RUN_RE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")
#: A dash or a colon between a pair of places and their figure, in running text.
_DASHED_LABEL_RE = re.compile(rf"\s*[-\u2013\u2014:]\s*(?:{HEDGE}\s*)?")
_LINE_START_RE = re.compile(r"[\s*•\-–—\d.)]*")
#: ... or that opens a bracket: "(Marrakech to Zagora approx 360 km)".
_BRACKET_BEFORE_RE = re.compile(r"\(\s*$")
#: ... or that opens a clause after a conjunction ("And Leeds to York is ...") or a
#: clause break (", and Leeds to Hull is ..."); then only "X to Y" with its verb counts.
_CLAUSE_OPEN_RE = re.compile(r"[\s\"\u201c]*(?:and|but|so|also|while|whereas)\s+", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)|;)\s+$", re.IGNORECASE)
#: "X and Y are very close (N km ...": the pair's nearness, then its figure.
_CLOSE_RE = re.compile(
    r"\s+(?:are|lie|sit)\s+(?:very\s+|quite\s+|fairly\s+|relatively\s+|so\s+)?(?:close|near)"
    rf"(?:\s+together)?\s*(?:\(|,|:|\s[-\u2013\u2014])\s*(?:{HEDGE}\s+)?",
    re.IGNORECASE,
)
#: "X and Y are located at a distance of N km": the pair's separation as their place.
_AT_A_DISTANCE_RE = re.compile(
    r"\s+(?:are|lie|sit)\s+(?:(?:located|situated)\s+)?at\s+a\s+distance\s+of\s+"
    rf"(?:{HEDGE}\s+)?",
    re.IGNORECASE,
)
#: The verb of "X to Y is only N km": a copula, then the hedges a figure takes.
_SUBJECT_VERB_RE = re.compile(
    rf"\s+(?:is|are|was)\s+(?:(?:{HEDGE}|under|over|less\s+than|more\s+than)\s+)*",
    re.IGNORECASE,
)


#: A sentence that opens on the trip the sentence before told, then its figure: "The
#: distance is just under 400 miles", "The drive was about 60 km".
_TRIP_IS_RE = re.compile(
    r"\W*(?:the|this|that)\s+(?:whole\s+|entire\s+|total\s+)?"
    rf"(?:{_WAY_NOUNS}|voyage)\s+(?:is|was|will\s+be|covers|covered)\s+"
    r"(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)


def _pair_before(sentence: Sentence, *, label: bool = False) -> tuple[Endpoint, Endpoint] | None:
    """Return the places of "from X to Y" ("between X and Y") in the sentence before; with
    ``label``, only of a line that is nothing but the pair ("Hamilton -> Auckland" over
    its "127 km")."""
    document = sentence.document
    spans = document.sentences_before(sentence.start, 1)
    if not spans:
        return None
    before = Sentence(document, *spans[0])
    pair = _pair_in_clause(before, before.end)
    if pair is None or pair[1] is None:
        return None
    if label and not (
        pair[0].start == before.start
        and _LABEL_TAIL_RE.fullmatch(document.text, pair[1].end, before.end)
        and "\n" in document.text[before.end : sentence.start]
    ):
        return None
    return pair[0], pair[1]


#: What may end a route's label line after its second place: "Lima – Cusco (by bus):".
_LABEL_TAIL_RE = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*:?")
#: A line that is only a figure and its hedge: "127 km (79 miles)", "~ 210 km".
_FIGURE_ALONE_RE = re.compile(rf"\W*(?:{HEDGE}\s*)?", re.I)


def _pair_in_clause(sentence: Sentence, pos: int) -> tuple[Endpoint, Endpoint | None] | None:
    """Return the places of "from X to Y" or "between X and Y" earlier in the sentence
    (the journey a figure measures: "the distance from X to Y is N km"), of a route
    "X – Y" written with a spaced dash, or of a label "X to Y: N km" that opens its line
    (a list of routes) or a bracket, or is the subject ("X to Y is N km")."""
    # A figure in brackets: the bracket's own pair first ("(Marrakech to Zagora approx
    # 360 km)"), then the sentence's ("from X to both Y and Z (N and M miles respectively)")
    paren = sentence.paren_of(pos)
    if paren is not None:
        inner = _pair_among(sentence, sentence.heads(paren[0] + 1, pos), pos)
        if inner is not None:
            return inner
    pair = _pair_among(sentence, sentence.heads(sentence.start, pos), pos)
    one_end = _DISTANCE_ONE_END_RE.search(sentence.text, sentence.start, pos)
    if pair is None and one_end is not None:
        # "X lies off the coast, and the distance to Y is N km": from Y to the subject
        ref = sentence.reference_after(one_end.end())
        comma = sentence.text.rfind(",", sentence.start, one_end.start())
        if ref is not None and ref.end <= pos:  # (the subject before ", and the distance")
            located = sentence.located_before(one_end.start())
            return ref, located or (sentence.clause_subject(comma) if comma > 0 else None)
    return pair


#: A distance from one named place, the other the clause's subject ("its distance to X").
#: A description may stand before the name: "Distance from the district centre Ternopil is".
_DISTANCE_ONE_END_RE = re.compile(
    r"\b(?i:distance)\s+(?:from|to)\s+(?:the\s+)?(?:(?:regional|district|county|provincial|"
    r"administrative|nearest|main)\s+(?:centre|center|capital|town|city)\s+(?:of\s+)?)?(?=[A-Z])"
)


def _pair_among(
    sentence: Sentence, heads: list[Name], pos: int
) -> tuple[Endpoint, Endpoint | None] | None:
    """Return the nearest pair of :func:`_pair_in_clause` among ``heads``."""
    text = sentence.text
    for name in reversed(heads):  # the nearest pair
        dash = _DASH_JOINT_RE.match(text, name.end, sentence.end) or _HYPHEN_RE.match(
            text, name.end, sentence.end
        )
        if dash is not None:
            second = sentence.reference_after(dash.end())
            # "the Seoul-Busan distance": a hyphen joins a pair only before a way's noun
            spaced = dash.re is _DASH_JOINT_RE
            if (
                second is not None
                and not second.anaphoric
                and second.end <= pos
                and (
                    spaced
                    or _WAY_NOUN_AFTER_RE.fullmatch(text, second.end, pos)
                    # "the distance Vienna-Bratislava 56 km": the noun before the pair
                    or (
                        _DISTANCE_BEFORE_PAIR_RE.search(text, sentence.start, name.start)
                        and _LABEL_VERB_RE.fullmatch(text, second.end, pos)
                    )
                )
            ):
                return sentence.endpoint(name), second
        opens = _LINE_START_RE.fullmatch(text, sentence.start, name.start) is not None
        if opens or _BRACKET_BEFORE_RE.search(text, sentence.start, name.start):
            first, joint, second = _joined(sentence, name, _TO_OR_AND_RE)
            label = (
                second is not None
                and joint is not None
                and (
                    _LABEL_END_RE.fullmatch(text, second.end, pos) is not None
                    # "Leeds and Bradford are very close (10 miles between the centres)"
                    or _CLOSE_RE.fullmatch(text, second.end, pos) is not None
                    or _AT_A_DISTANCE_RE.fullmatch(text, second.end, pos) is not None
                    # "Marrakech to Zagora is about 360 km", "(Fes to Meknes approx. 60 km)"
                    or (
                        joint.group().strip(" ,").lower() == "to"
                        and _LABEL_VERB_RE.fullmatch(text, second.end, pos) is not None
                    )
                )
            )
            if second is not None and not second.anaphoric and label:
                return first, second
            described = _DESCRIBED_LABEL_RE.fullmatch(text, joint.end(), pos) if joint else None
            if described is not None:  # "X to the border with Y: N km": Y is no end
                return first, None
        if _CLAUSE_OPEN_RE.fullmatch(text, sentence.start, name.start) or _CLAUSE_BREAK_RE.search(
            text, max(sentence.start, name.start - 12), name.start
        ):
            first, joint, second = _joined(sentence, name, _TO_OR_AND_RE)
            if (
                second is not None
                and joint is not None
                and not second.anaphoric
                and joint.group().strip(" ,").lower() == "to"
                and _SUBJECT_VERB_RE.fullmatch(text, second.end, pos)
            ):
                return first, second  # "and Leeds to York is only 25 miles"
        joint = _TO_OR_AND_RE.match(text, name.end, sentence.end)
        second = sentence.reference_after(joint.end()) if joint else None
        if (
            second is not None
            and not second.anaphoric
            and _DASHED_LABEL_RE.fullmatch(text, second.end, pos)
        ):
            return sentence.endpoint(name), second  # "...: Washington and Ottawa - 900 km"
        if _DISTANCE_OF_RE.search(text, max(sentence.start, name.start - 20), name.start):
            # "the distance of Moonidih from Dhanbad is 12 km": from the second to the first
            first, joint, second = _joined(sentence, name, _FROM_JOINT_RE)
            if second is not None and not second.anaphoric and second.end <= pos:
                return second, first
        left = _LEFT_FOR_BEFORE_RE.search(text, max(sentence.start, name.start - 40), name.start)
        if left is not None:  # "after leaving X bound for Y, a 200-km trip"
            first, joint, second = _joined(sentence, name, _BOUND_FOR_RE)
            if second is not None and not second.anaphoric and second.end <= pos:
                return first, second
        before = _FROM_TO_BEFORE_RE.search(text, max(sentence.start, name.start - 40), name.start)
        if not before:
            continue
        linked = before.group("link") is not None
        first, joint, second = _joined(sentence, name, _WITH_OR_TO_RE if linked else _TO_OR_AND_RE)
        if joint is not None and before.group("from") and "and" in joint.group():
            continue  # "shipped from the ports of Pelotas and Itajai": one side, listed
        if second is not None and not second.anaphoric and second.end <= pos:
            return first, second
        run = _CAPITAL_RUN_RE.match(text, joint.end(), pos) if joint else None
        if second is None and run is not None:  # "from Vientiane to Don Khon": unknown
            return first, Endpoint(run.group(), run.start(), run.end(), False)
    return None


def past_via(sentence: Sentence, pos: int) -> int:
    """Return the offset past a place the way passes on to its end ("from Oulu via
    Kajaani to Kuopio": past "via Kajaani"), else ``pos``."""
    via = _VIA_RE.match(sentence.text, pos, sentence.end)
    stop = sentence.reference_after(via.end()) if via else None
    return _past_qualifier(sentence, stop) if stop is not None and not stop.anaphoric else pos


def _joined(
    sentence: Sentence, name: Name, joint_re: re.Pattern[str]
) -> tuple[Endpoint, re.Match[str] | None, Endpoint | None]:
    """Return a name as an end, the word joining it to the next ("to", "and", "from"; past
    the region qualifying it) and the end that word introduces."""
    first = sentence.endpoint(name)
    after = _past_qualifier(sentence, first)
    if joint_re is _TO_OR_AND_RE:
        after = past_via(sentence, after)
    joint = joint_re.match(sentence.text, after, sentence.end)
    return first, joint, sentence.reference_after(joint.end()) if joint else None


#: A bracket that opens on a figure restating what the words before it say ("(or 300 km").
_BRACKET_OPEN_RE = re.compile(rf"\(\s*(?:(?:or|{HEDGE})\s+)*$", re.IGNORECASE)
_FROM_END_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_LISTED_AFTER_BRACKET_RE = re.compile(r"\)\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$")
_FROM_WORD_RE = re.compile(r"\bfrom\s", re.IGNORECASE)
#: "east of Chartres (around 35 km)": a compass point's place, then its figure in brackets.
_DIR_OF_END_RE = re.compile(rf"\b(?:{_DIR_WORD})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: Words of nearness before a list of places each with its figure in brackets.
_NEAR = r"close\s+to|near(?:by)?|within\s+(?:easy\s+)?reach\s+of|proximity\s+(?:to|of)"
_NEAR_RE = re.compile(rf"\b(?:{_NEAR})\b", re.I)
#: ... what may come right before the first of them: "such as", a dash, a colon, or the
#: words of nearness themselves ("is close to X (85 km) and Y (125 km)").
_NEAR_END_RE = re.compile(
    rf"(?:\bsuch\s+as|\bincluding|[-\u2013\u2014:]|\b(?:{_NEAR}))\s+(?:the\s+)?$", re.I
)


def _restated_in_bracket(sentence: Sentence, pos: int) -> tuple[Endpoint, Endpoint | None] | None:
    """Return the places of "... from Y (or N km)": a figure in a bracket straight after
    "from Y" gives the distance the words before it tell another way ("four hours' drive
    from Maun (or 300 km)"): from Y to the place the clause locates."""
    text = sentence.text
    opening = _BRACKET_OPEN_RE.search(text, sentence.start, pos)
    if opening is None:
        return None
    heads = sentence.heads(sentence.start, opening.start())
    if not heads:
        return None
    located_from = heads[-1].start  # where the words of the place located end
    near = _NEAR_RE.search(text, sentence.start, heads[-1].start)
    if (
        near is not None
        and len(heads) > 1
        and heads[0].end <= near.start()
        and not heads[0].is_area
        and (
            # (as far back as the longest words of nearness reach: "within easy reach of")
            _NEAR_END_RE.search(text, max(sentence.start, heads[-1].start - 26), heads[-1].start)
            or _LISTED_AFTER_BRACKET_RE.search(
                text, max(sentence.start, heads[-1].start - 8), heads[-1].start
            )
        )
        and not text[
            _past_qualifier(sentence, sentence.endpoint(heads[-1])) : opening.start()
        ].strip()
    ):
        # "Wanaka is close to two ski towns - Arrowtown (55 km) and Omarama (75 km)": each
        # name with its figure in brackets, from the place the sentence is about
        return sentence.endpoint(heads[0]), sentence.endpoint(heads[-1])
    dir_of = _DIR_OF_END_RE.search(text, max(sentence.start, heads[-1].start - 30), heads[-1].start)
    if dir_of is not None:
        located_from = dir_of.start()
    elif not _FROM_END_RE.search(text, max(sentence.start, heads[-1].start - 12), heads[-1].start):
        # "from X (12 km), Y (25 km) and Z (110 km)": the list "from" heads goes on
        froms = list(_FROM_WORD_RE.finditer(text, sentence.start, heads[-1].start))
        if not froms or not _LISTED_AFTER_BRACKET_RE.search(
            text, max(sentence.start, heads[-1].start - 8), heads[-1].start
        ):
            return None
        located_from = froms[-1].start()
    origin = sentence.endpoint(heads[-1])
    if text[_past_qualifier(sentence, origin) : opening.start()].strip():
        return None  # other words between the place and the bracket
    return origin, sentence.located_before(located_from)


#: What lies between a listed name and its figure: "Basel – 38 km", "Geneva: 112 km".
_ITEM_GAP_RE = re.compile(r"\s*(?:[:\u2013\u2014-]\s*)?")
#: Where a list item opens, after the colon that opens the list or the item before it.
_ITEM_OPENS_RE = re.compile(r"[:;,]\s*(?:and\s+)?$")
_ITEM_END_RE = re.compile(r"[,;]")
#: A label that opens with a pronoun's possessive: the place the sentence before told.
_ITS_LABEL_RE = re.compile(r"\W*(Its|Their)\s")
#: The place a list's label measures from: "Distances from Lyon:", "... to Dijon are:".
_LABEL_FROM_RE = re.compile(r"\b(?:from|to)\s+")


def _listed_after_colon(
    sentence: Sentence, match: re.Match[str]
) -> tuple[Endpoint | None, Endpoint] | None:
    """Return the ends of a figure in a list of names with figures after a colon
    ("Distances from Lyon: Grenoble 105 km, Geneva 112 km"): the name just before the
    figure, and the place the label names after "from" or "to", if any (None when the
    label names none: "Its distances to nearby towns are: Basel – 38 km, ...")."""
    text, lo = sentence.text, sentence.start
    colon = text.rfind(":", lo, match.start())
    if colon < 0:
        return None
    # (not names_between: the dashes of "A – 5 km; B – 9 km" are no parenthesis)
    names = [n for n in sentence.names if colon < n.start and n.end <= match.start()]
    if not names or not _ITEM_GAP_RE.fullmatch(text, names[-1].end, match.start()):
        return None
    item = names[-1]
    if not _ITEM_OPENS_RE.search(text, colon, item.start):
        return None
    if not text[colon + 1 : item.start].strip(" ,;") and not _later_item(sentence, match):
        return None  # one name and one figure: a label, read as such elsewhere
    origin = None
    label_from = list(_LABEL_FROM_RE.finditer(text, lo, colon))
    if label_from:
        found = sentence.reference_after(label_from[-1].end())
        origin = found if found is not None and found.end <= colon else None
    its = _ITS_LABEL_RE.match(text, lo, colon)
    if origin is None and its is not None:  # "Its distances to nearby towns are:"
        origin = Endpoint(its.group(1), its.start(1), its.end(1), True)
    return origin, sentence.endpoint(item)


def _later_item(sentence: Sentence, match: re.Match[str]) -> bool:
    """Return whether another "name, figure" item follows the figure in its sentence."""
    comma = _ITEM_END_RE.search(sentence.text, match.end(), sentence.end)
    if comma is None:
        return False
    names = [n for n in sentence.names if comma.start() < n.start]
    return bool(names) and bool(_ITEM_OPENS_RE.search(sentence.text, comma.start(), names[0].start))
