"""Find distance claims in English text, without a gazetteer.

:func:`find_claims` reads a :class:`~mapper.document.Document` (or a plain text, split
into sentences here) sentence by sentence: a figure with a unit, its hedge, conversion
and compass point, and the place names around it, as spans of the text (see
:class:`~mapper.claims.types.Endpoint`). Names are read from the shared tokens of
:mod:`mapper.text`; which place a name is, is decided later, by position, from the
document's mentions (:mod:`mapper.claims.check`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from mapper.document import Document
from mapper.geodesy import COMPASS_POINTS, unit_to_km
from mapper.text import Token, sentence_spans, tokenize

from .types import Claim, Endpoint
from .vocabulary import (
    _ANAPHOR_END_RE,
    _ANAPHOR_START_RE,
    _AND_RE,
    _APPOSITION_END_RE,
    _AT_BEFORE_RE,
    _AWAY_RE,
    _BETWEEN_RE,
    _CLAIM_RE,
    _CLAUSE_END_RE,
    _COMPOUND_RE,
    _CONNECTORS,
    _CONVERSION_RE,
    _COPULA_END_RE,
    _DETERMINER_BEFORE_RE,
    _DIRECTION_RE,
    _FILLER_END_RE,
    _FOLLOWERS,
    _KIND_TAIL_WORDS,
    _MODE_RE,
    _OBJECT_NOUNS,
    _ONES,
    _ORIGIN_RE,
    _PARTICIPLE_END_RE,
    _PARTS,
    _QUALIFIER_WORDS,
    _SCALES,
    _SIZE_BEFORE_RE,
    _SIZE_RE,
    _SPEED_RE,
    _SQUARE_AFTER_RE,
    _STOP_CAPS,
    _STRAIGHT_RE,
    _TENS,
    _TO_RE,
    _TRAVEL_NOUNS,
    _TRAVEL_RE,
    _UNIT_HINT_RE,
    _UNIT_NAMES,
    _kinds_of,
)

__all__ = ["find_claims"]

_SPACES_RE = re.compile(r"\s+")
_FOLLOWER_RE = re.compile(r"\s*-?\s*([^\W\d_]+)")
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_PAIR_GAP_RE = re.compile(r"\s+and\s+$")
_CLAIM_GAP_RE = re.compile(r"\s*,?\s*(?:and|but|or|while|yet)?\s*", re.IGNORECASE)
#: Abbreviated first words of names that go on after their full stop ("St. Louis").
_SHORTENED = frozenset({"st", "mt", "ft", "pt"})

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


def _parse_number(raw: str) -> tuple[float, float]:
    """Return the value of a written number and the rounding step its writing implies."""
    words = raw.lower().replace("-", " ").replace(",", " , ").split()
    if raw[0].isdigit():
        digits = raw.lower().replace(",", "")
        scale = 1.0
        for name, factor in _SCALES.items():
            if digits.endswith(name):
                digits, scale = digits[: -len(name)].strip(" -"), float(factor)
        if "." in digits:
            step = 10.0 ** -len(digits.split(".")[1])
        else:
            stripped = digits.rstrip("0")
            step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
        return float(digits) * scale, step * scale
    total = current = 0
    for word in words:
        if word in ("a", "an"):
            current = 1
        elif word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
    value = total + current
    stripped = str(value).rstrip("0")
    step = 10.0 ** (len(str(value)) - len(stripped)) if value else 1.0
    return float(value), step


def _direction(word: str | None, abbr: str | None) -> str | None:
    if abbr:
        return abbr
    if not word:
        return None
    parts = [_PARTS[p] for p in re.findall(r"north|south|east|west", word.lower())]
    if len(parts) == 1:
        return parts[0]
    tail = "".join(parts[-2:])
    if tail[0] not in "NS" or tail[1] not in "EW":
        return None
    if len(parts) == 3 and parts[0] not in tail:
        return None
    point = "".join(parts)
    return point if point in COMPASS_POINTS else None


def _joins(text: str, a: Token, b: Token) -> bool:
    """Return whether two tokens are adjacent words of one name: one space, a hyphen
    ("Komsomolsk-on-Amur"), or the full stop of "St. Louis"."""
    gap = text[a.end : b.start]
    if a.possessive:
        return False
    return gap in (" ", "-") or (gap == ". " and a.key in _SHORTENED)


def _name_after(text: str, pos: int, hi: int) -> Endpoint | None:
    """Return the place name (with a trailing kind word) starting at ``pos``."""
    toks = tokenize(text, pos, min(hi, pos + _LOOKBACK))[:16]
    if not toks or toks[0].start != pos:
        return None
    i = 0
    while i < len(toks) and toks[i].possessive and i + 1 < len(toks):
        i += 1  # "Russia's Vostochny spaceport": the possessor is not the place
    run: list[Token] = []
    for tok in toks[i:]:
        if run and not _joins(text, run[-1], tok):
            break
        if tok.capitalised:
            if not run and tok.text.lower() in _STOP_CAPS:
                if tok is toks[i]:
                    continue
                break
            run.append(tok)
            if tok.possessive:
                break
        elif run and tok.text.lower() in _CONNECTORS:
            run.append(tok)
        else:
            break
    while run and not run[-1].capitalised:
        run.pop()
    if not run:
        return None
    end = run[-1].end
    if not run[-1].possessive:
        for tok in tokenize(text, end, min(hi, end + 80))[:3]:
            if text[end : tok.start] != " " or tok.text.lower() not in _KIND_TAIL_WORDS:
                break
            end = tok.end
    start = run[0].start
    return Endpoint(text[start:end], start, end)


def _name_before(text: str, pos: int, lo: int) -> Endpoint | None:
    """Return the place name (with trailing kind words) that ends at ``pos``."""
    toks = tokenize(text, _window(text, lo, pos), pos)
    if not toks or toks[-1].end != pos:
        return None
    j = len(toks) - 1
    end = pos
    kind_words = 0
    while j >= 0 and not toks[j].capitalised and toks[j].text.lower() in _KIND_TAIL_WORDS:
        if j + 1 < len(toks) and text[toks[j].end : toks[j + 1].start] != " ":
            break
        j -= 1
        kind_words += 1
    if kind_words > 3 or j < 0:
        return None
    run: list[Token] = []
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    while j >= 0:
        tok = toks[j]
        if nxt is not None and (run or kind_words) and not _joins(text, tok, nxt):
            break
        is_part = tok.capitalised and not (tok.possessive and (run or kind_words))
        if not (is_part or (run and tok.text.lower() in _CONNECTORS)):
            break
        run.insert(0, tok)
        nxt = tok
        j -= 1
    while run and (not run[0].capitalised or run[0].text.lower() in _STOP_CAPS):
        run.pop(0)
    if not run:
        return None
    if run[-1].possessive and not kind_words:
        return None
    start = run[0].start
    return Endpoint(text[start:end], start, end)


_NP_LEAD_RE = re.compile(
    r"(?:the\s+|a\s+)?(?:(?:summit|centre|center|heart|outskirts|edge|coast|shores?|banks?|"
    r"mouth|foot|top|city|town|village|port|island|capital|region|province|state|"
    r"municipality|district|county)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:central|downtown|northern|southern|eastern|western|north-eastern|north-western|"
    r"south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|"
    r"greater|inner|outer|coastal|rural|metropolitan|suburban|old|historic|neighbouring|"
    r"neighboring|nearby)\s+)?"
)


_APPOSED_RE = re.compile(
    r"(?:the\s+)?(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:capital|city|town|village|port|island|"
    r"region|province|state|district|county|resort|settlement|hamlet|suburb)\s+"
)


def _np_after(text: str, pos: int, hi: int) -> Endpoint | None:
    """Return the place noun phrase starting at ``pos``: a name or an anaphor."""
    apposed = _APPOSED_RE.match(text, pos, hi)
    if apposed:  # "the Sri Lankan capital Colombo", "the port city Dalian"
        name = _name_after(text, apposed.end(), hi)
        if name is not None:
            return name
    lead = _NP_LEAD_RE.match(text, pos, hi)
    name_pos = lead.end() if lead else pos
    name = _name_after(text, name_pos, hi)
    if name is not None:
        return name
    anaphor = _ANAPHOR_START_RE.match(text, pos, hi)
    if anaphor:
        return Endpoint(anaphor.group("np"), anaphor.start("np"), anaphor.end("np"), True)
    return None


def _np_before(text: str, pos: int, lo: int) -> Endpoint | None:
    """Return the subject noun phrase ending at ``pos`` (trailing spaces ignored)."""
    while pos > lo and text[pos - 1] in " \t\n,":
        pos -= 1
    name = _name_before(text, pos, lo)
    if name is not None:
        return name
    anaphor = _ANAPHOR_END_RE.search(text, _window(text, lo, pos, 80), pos)
    if anaphor:
        words = anaphor.group("np").lower().split()
        if words[0] in ("it", "they") or _kinds_of(anaphor.group("np")):
            return Endpoint(anaphor.group("np"), anaphor.start("np"), anaphor.end("np"), True)
    return None


def _subject_before(text: str, lo: int, pos: int) -> Endpoint | None:
    """Return the place the clause before a claim is about, if it says so."""
    lo = _window(text, lo, pos)
    # the verb or apposition sits just before the claim: search only the last few words
    pre_end = pos
    filler = _FILLER_END_RE.search(text, _window(text, lo, pre_end, 60), pre_end)
    if filler:
        pre_end = filler.start()
    near = _window(text, lo, pre_end, 90)
    copula = _COPULA_END_RE.search(text, near, pre_end)
    if copula:
        subject = _np_before(text, copula.start(), lo)
        if subject and text[subject.end : copula.start()].strip() == ",":
            subject = _head_of_pair(text, subject, lo)
        return subject
    participle = _PARTICIPLE_END_RE.search(text, near, pre_end)
    if participle:
        return _np_before(text, participle.start(), lo)
    apposition = _APPOSITION_END_RE.search(text, near, pre_end)
    if apposition:
        return _head_of_pair(text, _name_before(text, apposition.start(), lo), lo)
    return None


def _head_of_pair(text: str, name: Endpoint | None, lo: int) -> Endpoint | None:
    """Return "Louisville" for the "Kentucky" of "Louisville, Kentucky, about 35 miles..."."""
    if name is None or not re.search(r"[^\W\d_], $", text[max(lo, name.start - 3) : name.start]):
        return name
    return _name_before(text, name.start - 2, lo) or name


def _endpoint_after(text: str, pos: int, hi: int) -> tuple[Endpoint | None, int]:
    mention = _np_after(text, pos, hi)
    return mention, (mention.end if mention else pos)


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
    before = text[max(lo, match.start() - 60) : match.start()]
    if _SPEED_RE.match(text, end, hi) or _SIZE_RE.match(text, end, hi):
        return True
    if _SQUARE_AFTER_RE.match(text, end, hi):
        return True
    if _SIZE_BEFORE_RE.search(before):
        return True
    written = match.group("unit")
    if len(written) > 2 and written[0].isupper() and written[1:].islower():
        return True  # "Ten Mile", "8 Mile Road": a name, since units are written in lowercase
    if unit == "m" and not has_endpoint:
        # metres without a place they separate are heights, depths, sizes or utility meters
        return not travel or written == "m" or bool(_AT_BEFORE_RE.search(before))
    return False


def _figure(match: re.Match[str]) -> tuple[float, float, float] | None:
    """Return the low end, high end and rounding step of a matched figure, or ``None``."""
    low, step = _parse_number(match.group("b_lo") or match.group("lo"))
    high = low
    raw_hi = match.group("b_hi") or match.group("hi")
    if raw_hi:
        high, step_hi = _parse_number(raw_hi)
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
    conversion: tuple[float, str] | None = None
    travel_noun: bool = False
    direction: str | None = None
    origin: Endpoint | None = None
    target: Endpoint | None = None
    has_endpoint: bool = False


def _modifiers(text: str, lo: int, hi: int, match: re.Match[str]) -> _Tail | None:
    """Read the conversion, noun, mode and direction after a figure; ``None`` rejects it."""
    tail = _Tail(match.end())
    conv = _CONVERSION_RE.match(text, tail.pos, hi)
    if conv:
        key = next(k for k in ("p", "s", "o") if conv.group(f"{k}_num"))
        conv_value, _ = _parse_number(conv.group(f"{key}_num"))
        conv_unit = _UNIT_NAMES[_SPACES_RE.sub(" ", conv.group(f"{key}_unit").lower())]
        tail.conversion = (conv_value, conv_unit)
        tail.pos = conv.end()

    hyphenated = bool(match.group("hyphen"))
    compound = _COMPOUND_RE.match(text, tail.pos, hi)
    next_word = _FOLLOWER_RE.match(text, tail.pos, hi)
    follower = next_word.group(1).lower() if next_word else ""
    start = match.start()
    if hyphenated or _DETERMINER_BEFORE_RE.search(text, _window(text, lo, start, 12), start):
        if compound:
            tail.travel_noun = compound.group("noun").split()[-1] in _TRAVEL_NOUNS
            tail.pos = compound.end()
        elif hyphenated or (follower and follower not in _FOLLOWERS):
            # "a 300-metre ship", "the 55 km bridge", "the 9,000 km Trans-Siberian": the
            # figure measures a thing, not the distance between places
            return None
    elif follower in _OBJECT_NOUNS:
        return None  # "they built 200 km railway in a year"

    mode = _MODE_RE.match(text, tail.pos, hi)  # "240 km by rail south-west of ..."
    if mode:
        tail.pos = mode.end()
    dir_match = _DIRECTION_RE.match(text, tail.pos, hi)
    if dir_match:
        word = dir_match.group("word")
        point = _direction(word, dir_match.group("abbr"))
        following = _NEXT_WORD_RE.match(text, dir_match.end(), hi)
        # "North Korea", "South Africa": a capitalised point before a name is a name
        named = bool(word and word[0].isupper() and following and following.group(1)[0].isupper())
        if point and not named:
            tail.direction, tail.pos = point, dir_match.end()
            tail.has_endpoint = True
    return tail


def _places_after(
    text: str, lo: int, hi: int, match: re.Match[str], tail: _Tail, qualifier: str | None
) -> bool:
    """Fill in the places named after a figure; return False to reject the figure."""
    origin_match = _ORIGIN_RE.match(text, tail.pos, hi)
    if (
        origin_match
        and origin_match.group("prep").lower() == "of"
        and tail.direction is None
        and qualifier != "within"
        and not origin_match.group("away")
    ):
        return False  # "200 km of new track" is a length, not a distance
    between = _BETWEEN_RE.match(text, tail.pos, hi)
    if between:  # "N km between O and T", "N km separate O from T"
        first, after = _endpoint_after(text, between.end(), hi)
        joint = _AND_RE.match(text, after, hi) if first else None
        second = _endpoint_after(text, joint.end(), hi)[0] if joint else None
        if first and second:
            tail.origin, tail.target, tail.has_endpoint, tail.pos = first, second, True, second.end
        return True
    if origin_match:  # "N km (DIR) of O", "N km from O (to T)", "N km off the coast of O"
        tail.has_endpoint = True  # "200 metres from the palace" is a distance, named or not
        tail.origin, after = _endpoint_after(text, origin_match.end(), hi)
        if tail.origin is not None:
            tail.pos = after
            to = _TO_RE.match(text, tail.pos, hi)
            if to and origin_match.group("prep").lower() == "from":
                tail.target = _endpoint_after(text, to.end(), hi)[0]
                if tail.target is not None:
                    tail.pos = tail.target.end
        return True
    away = _AWAY_RE.match(text, tail.pos, hi)
    if away:  # "N km away", "O and T are N km apart"
        tail.has_endpoint, tail.pos = True, away.end()
        if away.group("word").lower() == "apart":
            second = _subject_before(text, lo, match.start())
            if second and not second.anaphoric:
                pair = _PAIR_GAP_RE.search(text, max(lo, second.start - 12), second.start)
                first = _np_before(text, pair.start(), lo) if pair else None
                if first:
                    tail.origin, tail.target = first, second
        return True
    to = _TO_RE.match(text, tail.pos, hi)
    if to:  # "drove 400 km to T"
        target = _endpoint_after(text, to.end(), hi)[0]
        if target is not None and not target.anaphoric:
            tail.target, tail.has_endpoint, tail.pos = target, True, target.end
    return True


def _parse_claim(
    text: str,
    sentence: str,
    lo: int,
    match: re.Match[str],
    previous: Claim | None,
    prev_end: int,
) -> tuple[Claim | None, int]:
    """Turn a number+unit match into a claim, or ``None`` when it is not a distance."""
    hi = lo + len(sentence)
    figure = _figure(match)
    if figure is None:
        return None, match.end()
    low, high, step = figure
    unit = _UNIT_NAMES[_SPACES_RE.sub(" ", match.group("unit").lower())]
    qual = match.group("qual")
    qualifier = _QUALIFIER_WORDS[_SPACES_RE.sub(" ", qual.lower())] if qual else None
    tail = _modifiers(text, lo, hi, match)
    if tail is None:
        return None, match.end()
    if not _places_after(text, lo, hi, match, tail, qualifier):
        return None, tail.pos

    clause_end = _CLAUSE_END_RE.search(text, tail.pos, hi)
    clause = text[_window(text, lo, match.start()) : clause_end.start() if clause_end else hi]
    travel = tail.travel_noun or bool(_TRAVEL_RE.search(clause))
    if _STRAIGHT_RE.search(clause):
        travel = False
    if _rejected_by_context(
        text, lo, hi, match, unit, has_endpoint=tail.has_endpoint, travel=travel
    ):
        return None, match.end()

    target = tail.target or _subject_before(text, lo, match.start())
    # "Lyon is 390 km from Paris and 280 km from Marseille": the subject carries over
    if (
        target is None
        and previous is not None
        and _CLAIM_GAP_RE.fullmatch(text, prev_end, match.start())
    ):
        target = previous.target
    value = (low + high) / 2.0
    claim = Claim(
        sentence=sentence,
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
        origin=tail.origin,
        target=target,
        travel=travel,
        conversion=tail.conversion,
    )
    return claim, tail.pos


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
    if isinstance(document, Document):
        text, sentences = document.text, list(document.sentences)
    elif isinstance(document, str):
        text, sentences = document, sentence_spans(document)
    else:
        raise TypeError(f"find_claims takes a Document or a str, got {type(document).__name__}")
    claims: list[Claim] = []
    for lo, hi in sentences:
        previous: Claim | None = None
        prev_end = lo
        if not _UNIT_HINT_RE.search(text, lo, hi):
            continue  # most sentences name no unit: skip the full pattern
        pos = lo
        sentence = text[lo:hi]
        for match in _CLAIM_RE.finditer(text, lo, hi):
            if match.start() < pos:
                continue
            claim, pos = _parse_claim(text, sentence, lo, match, previous, prev_end)
            if claim is not None:
                claims.append(claim)
                previous, prev_end = claim, pos
    return claims
