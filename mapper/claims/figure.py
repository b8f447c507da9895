"""A figure of a claim: its number, what follows it (conversion, noun, mode, compass
point) and what around it makes it no distance (a speed, a size, a height).

:mod:`.parse` finds the figures and their places; this module reads each figure itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from mapper.geodesy import COMPASS_POINTS

from .ends import (
    _LIST_NUMBER_RE,
    _LIST_UNIT_RE,
)
from .numbers import parse_number
from .types import Endpoint
from .vocabulary import (
    _APPROACH_BEFORE_RE,
    _AT_BEFORE_RE,
    _COMPOUND_RE,
    _CONVERSION_RE,
    _DETERMINER_BEFORE_RE,
    _DIRECTION_RE,
    _DOTTED_POINT,
    _DURATION_ASIDE_RE,
    _EVERYWHERE_BEFORE_RE,
    _FOLLOWERS,
    _INLAND_AFTER_RE,
    _LINE_ENDS_LENGTH_RE,
    _MODE_RE,
    _OBJECT_NOUNS,
    _PARTS,
    _PERCEIVED_BEFORE_RE,
    _QUALIFIER_WORDS,
    _REACH_BEFORE_RE,
    _SIZE_BEFORE_RE,
    _SIZE_RE,
    _SPEED_RE,
    _SQUARE_AFTER_RE,
    _TRAVEL_NOUNS,
    _UNIT_NAMES,
    _ZONE_BEFORE_RE,
    _ZONE_NAMED_BEFORE_RE,
    HEDGE,
)

__all__: list[str] = []  # the parser's own parts; see mapper.claims for the API

_SPACES_RE = re.compile(r"\s+|(?<=kilo)-")  # "kilo-metres", a unit hyphened
#: The clause ends right after the figure: nothing it is measured from.
_ENDS_AFTER_RE = re.compile(r"\s*(?:[.;:!?)]|$)")
#: "cinders fell on farms as far as 15 km from the vent", "as far away as 300 miles": how far
#: something reached, not how far one place lies from another.
_AS_FAR_AS_BEFORE_RE = re.compile(
    rf"\bas\s+far\s+(?:away\s+|out\s+)?as\s+(?:(?:{HEDGE})\s+)?$", re.IGNORECASE
)
_WITHIN_BEFORE_RE = re.compile(r"\bwithin\s+(?:a\s+)?(?:distance|radius)\s+of\s+$", re.I)
_FOLLOWER_RE = re.compile(r"\s*-?\s*([^\W\d_]+)")
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_AREA_BEFORE_RE = re.compile(
    r"\b(?:an?|the|whole|entire)\s+(?:[\w-]+\s+)?(?:area|region|radius|zone|territory)\s+$", re.I
)
#: A compass point with its reference after it ("60 km west of the border"): no bare one.
_COMPASS_OF = r"(?:north|south|east|west)[\w-]*\s+(?:of|from)\b"
_DIRECTION_OF_AFTER_RE = re.compile(rf"[^,;.]{{0,30}}?\b{_COMPASS_OF}", re.IGNORECASE)
_POINT_OF_RE = re.compile(rf"\s+{_COMPASS_OF}", re.IGNORECASE)  # right after the unit
_STRETCH_RE = re.compile(  # "a 35 km stretch of road between X and Y"
    r"\s*-?\s*(?:stretch|section|segment)(?:\s+of\s+(?:the\s+)?(?:road|highway|railway|track))?"
    r"(?=\s+(?:from|between)\s)"
)
#: A figure cut from a way ("the tunnel shaves 20 km off the old road") or the length of
#: a network ("a network of 400 km between A, B and C").
_CUT_OR_NETWORK_BEFORE_RE = re.compile(
    r"\b(?:cut(?:s|ting)?|shav(?:es?|ed|ing)|sav(?:es?|ed|ing)|shorten(?:s|ed|ing)?|"
    r"reduc(?:es?|ed|ing)|trim(?:s|med|ming)?|knock(?:s|ed|ing)?|lop(?:s|ped|ping)?)\s+(?:off\s+)?$|"
    r"\b(?:network|system|grid)\s+of\s+$",
    re.IGNORECASE,
)
#: A figure added in brackets to a time told before it: "an hour by car (and 50 km)".
_UNIT_ABBREVIATION_RE = re.compile(r"\s*\(\s*(?:km|kms|mi|nmi|nm)\.?\s*\)", re.IGNORECASE)
_AND_BRACKET_BEFORE_RE = re.compile(rf"\(\s*(?:and|or)\s+(?:{HEDGE}\s+)?$", re.I)
_BRACKET_CLOSE_RE = re.compile(r"\s*\)")
#: The full stop of an abbreviated unit inside a sentence ("only 25 km. away").
_UNIT_DOT_RE = re.compile(
    # "31 mi./50 km. from Chambery": a slash and the figure's conversion
    r"\.(?=\s+[a-z([]|\s*/\s*\d|\s+(?:North|South|East|West)[\w\s-]{0,12}?\s+of\b"
    rf"|\s+{_DOTTED_POINT}\s+(?:of|from)\b)"  # an old gazetteer's "7 m. NE. of York"
)
#: A verb of building before "N km of road": the length of the work, no separation.
_BUILT_BEFORE_RE = re.compile(
    r"\b(?:buil[dt]s?|building|la(?:id|ys?|ying)|paved?|paving|construct(?:ed|s|ing)?|"
    r"repair(?:ed|s|ing)?|upgrad(?:ed|es|ing)|resurfac(?:ed|es|ing)|complet(?:ed|es|ing))"
    r"(?:\s+\w+){0,3}\s+$",
    re.IGNORECASE,
)
#: Larger figures (in the stated unit) are not distances between places on Earth.
_MAX_FIGURE = 1e9
#: How far back from a claim the subject is looked for, in characters.
_LOOKBACK = 240


def _window(text: str, lo: int, pos: int, size: int = _LOOKBACK) -> int:
    """Return a start offset at most ``size`` characters before ``pos``, on a word boundary."""
    if pos - lo <= size:
        return lo
    space = text.find(" ", pos - size, pos)
    return space + 1 if space != -1 else pos - size


def _direction(word: str | None, abbr: str | None) -> str | None:
    if abbr:
        return abbr
    if not word:
        return None
    word = re.sub(r"\s+by\s+[\w-]+$", "", word.lower())  # "east by south": nearest east
    parts = [_PARTS[p] for p in re.findall(r"north|south|east|west", word)]
    if len(parts) == 1:
        return parts[0]
    tail = "".join(parts[-2:])
    if tail[0] not in "NS" or tail[1] not in "EW":
        return None
    if len(parts) == 3 and parts[0] not in tail:
        return None
    point = "".join(parts)
    return point if point in COMPASS_POINTS else None


def _undotted(dotted: str | None) -> str | None:
    """Return the compass point written with full stops ("s.e.": "SE"), or None."""
    if not dotted:
        return None
    # an old gazetteer's "N. by W.": a point by its neighbour, nearest the first
    dotted = re.sub(r"\s?by\s?[nsew]\.$", "", dotted, flags=re.IGNORECASE)
    point = dotted.replace(".", "").replace(" ", "").upper()
    return point if point in COMPASS_POINTS else None


#: "away" after a figure, its conversion in brackets between.
_AWAY_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?away\b", re.IGNORECASE)
_LONG_AFTER_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:-|\s+)long\b", re.IGNORECASE)
#: A trip between two places as the subject of the figure: "the drive from X to Y is",
#: "the ride between X and Y was about".
_TRIP_IS_BEFORE_RE = re.compile(
    r"\b(?:drive|journey|trip|ride|flight|crossing|voyage|walk|hike|commute)\s+"
    rf"(?:from|between)\s+[^.;]{{2,80}}?\s+(?:is|was|are|were)\s+(?:{HEDGE}\s+)?$",
    re.IGNORECASE,
)


def _rejected_by_context(
    text: str,
    lo: int,
    hi: int,
    match: re.Match[str],
    unit: str,
    *,
    has_endpoint: bool,
    travel: bool,
) -> bool:
    """Return whether the words around a number+unit make it a speed, size, area or height."""
    end = match.end()
    start = _own_start(match)
    before = text[max(lo, start - 60) : start]
    if size_or_speed(text, lo, match, end, hi):
        return True
    if _SQUARE_AFTER_RE.match(text, end, hi):
        return True
    if _LINE_ENDS_LENGTH_RE.search(text, max(lo, start - 160), start):
        return True  # "the wall runs from X to Y, a distance of 70 miles"
    if _SIZE_BEFORE_RE.search(before) or _CUT_OR_NETWORK_BEFORE_RE.search(before):
        return True  # "shaves 20 km off the road", "a network of 400 km": no separation
    within = (match.group("qual") or "").lower() == "within" or bool(
        _WITHIN_BEFORE_RE.search(before)
    )
    if within and (_ZONE_BEFORE_RE.search(before) or _ENDS_AFTER_RE.match(text, end, hi)):
        # "people living within 12 miles of the plant", "its farms lie within a distance
        # of 20 km.": a zone, around no place named
        return True
    if _ZONE_NAMED_BEFORE_RE.search(before):
        return True  # "a danger zone of 8 km from the vent": a zone's radius
    if _PERCEIVED_BEFORE_RE.search(before) and _AWAY_AFTER_RE.match(text, end, hi):
        return True  # "flames could be seen 30 km away": how far a sight carries
    if _AS_FAR_AS_BEFORE_RE.search(before):
        return True  # "cinders fell on farms as far as 15 km from the vent": a reach
    if _APPROACH_BEFORE_RE.search(before):
        return True  # "stopped walkers from getting nearer than 5 km to the crater"
    qual = _SPACES_RE.sub(" ", (match.group("qual") or "").lower())
    if _QUALIFIER_WORDS.get(qual) == "more than" and _EVERYWHERE_BEFORE_RE.search(before):
        return True  # "never more than 50 miles from the sea": a bound over a whole area
    if _QUALIFIER_WORDS.get(qual) in ("less than", "within") and _AREA_BEFORE_RE.search(before):
        return True  # "a leak could reach an area up to 150 km from the reactor": a radius
    if _INLAND_AFTER_RE.match(text, end, hi) and _REACH_BEFORE_RE.search(before):
        return True  # "the waves swept 2 km inland": how far they went
    written = match.group("unit")
    if len(written) > 2 and written[0].isupper() and written[1:].islower():
        # "Ten Mile", "8 Mile Road": a name, since units are written in lowercase; but a
        # figure in digits with a plural unit before no other capital ("~45 Miles") is one
        named = _NEXT_WORD_RE.match(text, end, hi)
        plural = written.lower().endswith("s")
        # "135 Kms North of X": title case on a compass point before "of" is a direction
        pointed = _POINT_OF_RE.match(text, end, hi) is not None
        if (
            not (match.group("lo") or "")[:1].isdigit()
            or not plural
            or (named and named.group(1)[0].isupper() and not pointed)
        ):
            return True
    if unit == "m" and not has_endpoint:
        # metres without a place they separate are heights, depths, sizes or utility meters
        return not travel or written == "m" or bool(_AT_BEFORE_RE.search(before))
    return False


def trip_long(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Return whether "long" after the figure at ``start:end`` gives a trip's length
    between two places ("the drive from X to Y is 110 km long"), no size of a thing."""
    return bool(
        _LONG_AFTER_RE.match(text, end, hi)
        and _TRIP_IS_BEFORE_RE.search(text, max(lo, start - 120), start)
    )


def size_or_speed(text: str, lo: int, match: re.Match[str], at: int, hi: int) -> bool:
    """Return whether a size or a speed follows the figure at ``at`` (past its conversion:
    "40 mi (64 km) long", "50 miles (80 km) per hour"), a trip's length aside."""
    if _SPEED_RE.match(text, at, hi):
        return True
    return bool(_SIZE_RE.match(text, at, hi)) and not trip_long(
        text, lo, match.start(), match.end(), hi
    )


def _figure(match: re.Match[str]) -> tuple[float, float, float] | None:
    """Return the low end, high end and rounding step of a matched figure, or ``None``."""
    low, step = parse_number(match.group("b_lo") or match.group("lo"))
    high = low
    raw_hi = match.group("b_hi") or match.group("hi")
    if raw_hi:
        high, step_hi = parse_number(raw_hi)
        step = max(step, step_hi)
        if high < low:  # "30-4 km" is no range we understand
            return None
    if not (math.isfinite(high) and step > 0.0 and high < _MAX_FIGURE):
        return None  # no distance on Earth is written like this
    return low, high, step


@dataclass(slots=True)
class _Tail:
    """What follows a figure: conversion, compass point and places; ``pos`` moves on."""

    pos: int
    figure_end: int = 0  #: Past the figure and its conversion.
    away: bool = False  #: "N km away": the place it is away from may be elsewhere.
    conversion: tuple[float, str] | None = None
    length_of: str = ""  #: "N km of road": the route the figure is the length of.
    travel_noun: bool = False
    direction: str | None = None
    origin: Endpoint | None = None
    target: Endpoint | None = None
    has_endpoint: bool = False
    also: Endpoint | None = None  #: The second origin of "N km from both O and P".
    loose: bool = False  #: A hedge after the figure: "40 miles or so", "give or take".


#: A hedge written after a figure and its unit: the figure is approximate.
_LOOSE_AFTER_RE = re.compile(
    r",?\s+(?:or\s+so|more\s+or\s+less|give\s+or\s+take)\b,?", re.IGNORECASE
)
_AWAY_BEFORE_POINT_RE = re.compile(
    r"\s+away(?=,?\s+(?:(?:to|in)\s+the\s+)?(?:north|south|east|west)[a-z-]*\s+of\b)", re.I
)
#: "N km (M mi), from X": the comma a writer puts after a bracketed conversion.
_COMMA_BEFORE_FROM_RE = re.compile(r",(?=\s+(?:away\s+)?from\s)", re.IGNORECASE)
#: "115-km from X": a hyphenated figure told with "from" is a distance, as with a compass
#: point ("29-km northwest of X").
_FROM_AFTER_RE = re.compile(r"\s+(?:away\s+)?from\s", re.IGNORECASE)


def _same_unit(one: str, other: str) -> bool:
    return _UNIT_NAMES.get(_SPACES_RE.sub(" ", one.lower())) == _UNIT_NAMES.get(
        _SPACES_RE.sub(" ", other.lower())
    )


def _modifiers(text: str, lo: int, hi: int, match: re.Match[str]) -> _Tail | None:
    """Read the conversion, noun, mode and direction after a figure; ``None`` rejects it."""
    tail = _Tail(match.end())
    if text.startswith(("'s ", "\u2019s ", "' ", "\u2019 "), tail.pos):
        tail.pos = text.index(" ", tail.pos)  # "165 km's away", "18 kilometres' north of"
    dot = _UNIT_DOT_RE.match(text, tail.pos, hi)
    if dot and match.group("unit").lower() in ("km", "kms", "mi", "m"):
        tail.pos = dot.end()
    abbreviation = _UNIT_ABBREVIATION_RE.match(text, tail.pos, hi)
    if abbreviation:  # "twenty kilometres (km) north of": the unit's own short form
        tail.pos = abbreviation.end()
    conv = _CONVERSION_RE.match(text, tail.pos, hi)
    if (
        conv
        and conv.group("o_num")
        and not conv.group().lstrip().startswith(",")
        and _same_unit(conv.group("o_unit"), match.group("unit"))
    ):
        conv = None  # "5 km or 10 km": two figures, each a claim, not one converted
    if conv:
        key = next(k for k in ("p", "s", "o") if conv.group(f"{k}_num"))
        conv_value, _ = parse_number(conv.group(f"{key}_num"))
        conv_unit = _UNIT_NAMES[_SPACES_RE.sub(" ", conv.group(f"{key}_unit").lower())]
        if not (key == "p" and conv.group("p_list")):  # a list's: of no one figure
            tail.conversion = (conv_value, conv_unit)
        tail.pos = conv.end()
        dot = _UNIT_DOT_RE.match(text, tail.pos, hi) if key == "s" else None
        tail.pos = dot.end() if dot else tail.pos  # "47 mi./70 km. from"
        comma = _COMMA_BEFORE_FROM_RE.match(text, tail.pos, hi) if key == "p" else None
        tail.pos = comma.end() if comma else tail.pos
    tail.figure_end = tail.pos
    aside = _DURATION_ASIDE_RE.match(text, tail.pos, hi)  # "3 km (45 minutes) southwest of"
    if aside:
        tail.pos = aside.end()
    if _AND_BRACKET_BEFORE_RE.search(text, max(lo, match.start() - 16), match.start()):
        close = _BRACKET_CLOSE_RE.match(text, tail.pos, hi)  # "a drive (and 27 km) south of"
        tail.pos = close.end() if close else tail.pos
    loose = _LOOSE_AFTER_RE.match(text, tail.pos, hi)  # "40 miles or so from X"
    if loose:
        tail.pos, tail.loose = loose.end(), True

    # "29-km northwest of X": a hyphen the writer put in a distance, not an adjective's
    hyphenated = (
        bool(match.group("hyphen"))
        and not _DIRECTION_RE.match(text, tail.pos, hi)
        and not _FROM_AFTER_RE.match(text, tail.pos, hi)
    )
    compound = _COMPOUND_RE.match(text, tail.pos, hi)
    next_word = _FOLLOWER_RE.match(text, tail.pos, hi)
    follower = next_word.group(1).lower() if next_word else ""
    start = match.start()
    stretch = _STRETCH_RE.match(text, tail.pos, hi)
    if stretch:  # "the 60 km stretch from X to Y": the way between two places
        tail.pos = stretch.end()
    elif hyphenated or _DETERMINER_BEFORE_RE.search(text, _window(text, lo, start, 12), start):
        if compound:
            # "a 1,200 km round-trip": the noun's last word ("trip") says travel
            tail.travel_noun = re.split(r"[\s-]", compound.group("noun"))[-1] in _TRAVEL_NOUNS
            tail.pos = compound.end()
        elif hyphenated or (follower and follower not in _FOLLOWERS):
            # "a 300-metre ship", "the 55 km bridge", "the 9,000 km Trans-Siberian": the
            # figure measures a thing, not the distance between places
            return None
    elif follower in _OBJECT_NOUNS:
        return None  # "they built 200 km railway in a year"

    mode = _MODE_RE.match(text, tail.pos, hi)  # "240 km by rail south-west of ..."
    if (
        mode
        and mode.group("length_of")
        and _BUILT_BEFORE_RE.search(text, max(lo, match.start() - 40), match.start())
    ):
        return None  # "the crews laid 40 km of road north of the border": work done
    if mode:
        tail.pos, tail.length_of = mode.end(), mode.group("length_of") or ""
    # "25 km away in the northwest of X": the point after "away" is the figure's
    ahead = _AWAY_BEFORE_POINT_RE.match(text, tail.pos, hi)
    dir_match = _DIRECTION_RE.match(text, ahead.end() if ahead else tail.pos, hi)
    if dir_match:
        word = dir_match.group("word")
        dotted = dir_match.group("dotted")
        point = _direction(word, dir_match.group("abbr") or _undotted(dotted))
        following = _NEXT_WORD_RE.match(text, dir_match.end(), hi)
        # "North Korea", "South Africa": a capitalised point before a name is a name
        named = bool(word and word[0].isupper() and following and following.group(1)[0].isupper())
        if point and not named:
            tail.direction, tail.pos = point, dir_match.end()
            tail.has_endpoint = True
    return tail


def _own_start(match: re.Match[str]) -> int:
    """Return where the figure's own words start: after figures before it that carry
    another unit ("an elevation of 1,500 metres and 60 km from X": the height is not part
    of the 60 km), else at the match's start."""
    listed = match.group("list")
    if listed:
        unit = _UNIT_NAMES[_SPACES_RE.sub(" ", match.group("unit").lower())]
        for written in _LIST_UNIT_RE.finditer(listed):
            if _UNIT_NAMES.get(_SPACES_RE.sub(" ", written.group().lower())) != unit:
                return match.start("lo")
    return match.start()


def _listed_figures(
    match: re.Match[str], low: float, high: float
) -> list[tuple[int, int, float, float]]:
    """Return the figures listed before the one a unit follows ("8,300 and 7,600 nmi"):
    start, end, value and rounding step of each. Figures of another magnitude are no
    list of distances ("a population of 20,000 and 40 km from X")."""
    if not match.group("list"):
        return []
    if _own_start(match) != match.start():
        return []  # "40 miles and 60 km": no shared unit
    out = []
    for m in _LIST_NUMBER_RE.finditer(match.group("list")):
        value, step = parse_number(m.group())
        if not (low / 10.0 <= value <= high * 10.0):
            return []
        offset = match.start("list")
        out.append((offset + m.start(), offset + m.end(), value, step))
    return out
