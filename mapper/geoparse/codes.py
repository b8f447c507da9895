"""Region codes and abbreviations as texts write them: "S.C.", "Kirkwood MO", "D-Pa."."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from mapper.names import fold
from mapper.text import FUNCTION_WORDS, Token

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = [
    "abbreviations",
    "country_in_capitals",
    "dotted_code",
    "initials",
    "party_state",
    "region_codes",
    "state_code",
    "town_before_code",
]


@functools.cache
def abbreviations() -> frozenset[str]:
    from mapper.gazetteer import abbreviation_keys

    return abbreviation_keys()


@functools.cache
def region_codes() -> frozenset[str]:
    from mapper.gazetteer import abbreviation_keys

    return abbreviation_keys("code")


def dotted_code(token: Token) -> bool:
    """Return whether a word is a region's code written with full stops ("S.C.", "N.J."):
    no acronym, and no initials of a person ("in S.C. today", "Rep. Clyburn, D-S.C."); a
    year's era after a figure ("100 B.C.") is no region."""
    return (
        token.text.count(".") >= 2
        and token.key in region_codes()
        and not any(c.isdigit() for c in token.gap_before)  # "100 B.C."
    )


def state_code(token: Token) -> bool:
    """Return whether a word is a state's or province's two-letter code ("MO", "UT"),
    written after a single space."""
    return (
        token.gap_before == " "
        and len(token.text) == 2
        and token.text.isupper()
        and token.key in region_codes()
    )


def town_before_code(words: Sequence[Token], key: str, known: Mapping) -> bool:
    """Return whether words before a state's code name a town by its own name: not in
    capitals ("10:22 AM CT", "PLYMOUTH CO."), not a function word ("The PA")."""
    return (
        known.get(key, (2, 0.0))[0] == 1
        and key not in FUNCTION_WORDS
        and not any(w.text.isupper() for w in words)
    )


def party_state(toks: Sequence[Token], i: int, j: int) -> bool:
    """Return whether tokens i..j are a US lawmaker's party and state ("D-Pa.", "R-Texas")."""
    return j - i == 2 and toks[i].text in ("D", "R", "I") and toks[i + 1].gap_before == "-"


#: Short words in capitals that name a country as news writes them.
_SHORT_CAPS_COUNTRIES = frozenset({"us", "usa", "uk", "uae", "eu"})
#: Words left out of a name's initials: "Democratic Republic of the Congo" is DRC.
_NOT_INITIALS = frozenset({"of", "the", "and"})


def initials(name: str) -> str:
    """Return the initials of a name of two words or more, "" for one word.

    >>> initials("Democratic Republic of the Congo"), initials("Chad")
    ('drc', '')
    """
    words = [w for w in fold(name).split() if w not in _NOT_INITIALS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def country_in_capitals(gaz: Gazetteer, key: str, weight: float) -> bool:
    """Return whether a short word in capitals names a country: one news writes so ("US",
    "UK", "EU"), or the initials of a country of a million people or more whose name has
    three words that the gazetteer knows by them ("DRC", "CAR"); not an organisation's
    ("UN", "AP") nor a measure's ("CI")."""
    if key in _SHORT_CAPS_COUNTRIES:
        return True
    if len(key) != 3 or weight < 1e6:
        return False
    # the gazetteer keeps its answers, so asking again for a word costs nothing
    return any(initials(c.place.name) == key for c in gaz.search(key, kind="country", limit=3))
