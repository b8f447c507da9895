"""Who a capitalised run names when it names no place: a person, or a common word.

The recogniser (:mod:`.recognise`) asks these: whether a run after no title reads as a
person's name ("Chad Walker", not "Rethinking Egypt"), which words of a titled name are
the person's ("Governor of Texas Rick Perry"), whether a sentence's first word is
capitalised only for opening it, and how common an English word is (wordfreq's Zipf
scale, with the cut-offs chosen leave-one-corpus-out).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from mapper.text import (
    AREA_NOUNS,
    CONNECTORS,
    FUNCTION_WORDS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    TITLES,
    Token,
    first_names,
    is_common_word,
    surnames,
)

from .codes import dotted_code, party_state, state_code
from .cues import hyphen_route

__all__ = [
    "COMMON_ZIPF",
    "COMPASS",
    "DESCRIBED_AS_PERSON",
    "ENGLISH_ZIPF",
    "ORG_WORDS",
    "PART_BEFORE",
    "PART_WORDS",
    "PROMINENT",
    "VERY_COMMON_ZIPF",
    "after_title",
    "common",
    "english",
    "likely_person",
    "line_start",
    "names_person",
    "rare",
    "sentence_opener",
    "very_common",
]

#: A name its sentence says is a person: "Pia is the kind woman who lets the flat",
#: "Joe was our driver".
DESCRIBED_AS_PERSON = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|the|our|my|their)\s+(?:[a-z-]+\s+){0,2}?(?:lady|woman|man|guy|"
    r"girl|boy|owner|host|hostess|landlady|landlord|guide|driver|friend|cousin|brother|sister|"
    r"son|daughter|wife|husband|grandmother|grandfather|mother|father)\b"
)

#: Compass words: a direction, or the part of a place they name before its name.
COMPASS = frozenset(
    """north south east west northeast northwest southeast southwest northeastern
    northwestern southeastern southwestern northern southern eastern western""".split()
)
#: Nouns that, right after a place name, make the run an organisation or role, not a person.
ORG_WORDS = (
    frozenset(
        """mayor governor police department council city county state university college school
    hospital airport station port harbor harbour coast guard army navy airforce fleet
    command forum times post herald tribune journal news court club team fc united
    company corporation corp inc ltd group bank ministry office government parliament
    assembly senate congress committee agency authority board district region province
    oblast krai republic institute center centre museum zoo park bridge street road
    avenue highway railway railroad metro line stadium arena church cathedral mosque
    temple market exchange festival games olympics summit conference cup league economic
    international national federal regional central superior circuit detention jail
    courthouse fire volunteer chamber crimestoppers municipal fair fairgrounds
    commissioners commission health schools library utilities transit party refugee refugees
    camp camps""".split()
    )
    | TITLES
)
#: Words naming a part of a place, not a direction, before its name ("Central Texas",
#: "upstate New York", "Downtown Houston").
PART_WORDS = frozenset({"central", "upstate", "downstate", "downtown", "uptown", "midtown"})
#: Words naming a part of a place before its name ("Northeast Georgia", "Central Texas",
#: "upstate New York"): the place is named, and the part is no name of its own.
#: Abbreviated compass points before a name ("30 km SE Quito", "NE Ohio"): a direction or
#: a part, no first name (single letters are left out: they may be a person's initials).
COMPASS_ABBREVIATIONS = frozenset("ne nw se sw nne ene ese sse ssw wsw wnw nnw".split())
PART_BEFORE = COMPASS | PART_WORDS | COMPASS_ABBREVIATIONS
#: Nouns that end a place's name, not a person's ("Moon Township", "Tay River"), or a
#: site's in a town ("Bochnia Salt Mine", "Rila Monastery": the town's name stays a
#: place elsewhere; not "Castle" or "Tower", which are surnames too).
_SITE_END_NOUNS = frozenset(
    """palace mine mines fortress citadel abbey monastery priory dam lighthouse gardens
    shrine basilica chapel oasis falls gorge crater""".split()
)
_NAME_END_NOUNS = PLACE_NOUNS | AREA_NOUNS | _SITE_END_NOUNS
#: Zipf frequency (wordfreq) above which a single word is a common English word. Chosen
#: leave-one-corpus-out: every fold picks 3.5 from the other two corpora
#: (``python -m bench.loco``, ``bench/results/loco.txt``).
COMMON_ZIPF = 3.5
#: Above this, a word after a place name is a common noun, not part of a person's name
#: (4.5: two of the three leave-one-corpus-out folds pick it, the third 5.5).
VERY_COMMON_ZIPF = 4.5
#: From this a word is English at all, if rare ("centric" 3.4, "esque" 3.3); below it
#: a word after a hyphen is part of a name ("weyne", "hawo", "karabakh" 2.6). Set by
#: hand; its leave-one-corpus-out figures are in bench/results/loco.txt.
ENGLISH_ZIPF = 2.0
#: Below this a word is English only as a borrowed spelling of a place ("cuzco" 2.4,
#: "bruxelles" 2.5, "wien" 2.8), not an everyday word or a person's name ("ext" 3.1,
#: "eta" 3.4, "abbas" 3.4, which read as places after "to" or "in" at 3.5). Set by hand
#: between those; its leave-one-corpus-out figures are in bench/results/loco.txt.
RARE_ZIPF = 3.0
#: Places this prominent are names even when their name is also a common word.
PROMINENT = 1e5
#: Words capitalised only for opening a sentence, before a name ("Another Gainesville
#: business", "Two Richmond officers", "A Richmond man"). "The" is left out: "The
#: Henderson County Commissioners Court" is read by the rules for an organisation's name.
_OPENERS = (FUNCTION_WORDS - {"the"}) | frozenset(
    "two three four five six seven eight nine ten few dozens hundreds thousands".split()
    # a diary's or a log's verb of travel in the past, its subject left out: "Left
    # Washington at noon", "Flew Lima to Cusco" (regular ones end in "-ed")
    + "left flew drove rode took went came ran swam".split()
    # ... and an itinerary's or a programme's, told ahead: "Arrive Lyon, 9.15 a.m.",
    # "Day 3: Visit Florence", "Leave Stockholm at noon"
    + "arrive depart leave visit fly drive sail return continue proceed travel transfer "
    "board reach explore overnight".split()
    # a time fronted before the subject: "Today Tver lies 180 km north of Moscow"
    + "today yesterday tomorrow tonight nowadays".split()
)


def likely_person(
    run_keys: list[str],
    toks: Sequence[Token],
    i: int,
    j: int,
    known: Mapping[str, tuple[int, float]],
    demonyms: set[str],
) -> bool:
    """Return whether a capitalised run without a title reads as a person's name (two or
    three words, no organisation word, place noun or region code, no big place in it)."""
    if not (
        2 <= len(run_keys) <= 3
        and not any(k in ORG_WORDS or k in CONNECTORS for k in run_keys)
        and run_keys[-1] not in _NAME_END_NOUNS  # "Moon Township"
        and run_keys[0] not in PLACE_PREFIXES  # "Mount Penteli"
        and run_keys[0] not in PART_BEFORE  # "Northeast Georgia"
        and not any(dotted_code(t) for t in toks[i:j])  # "J. Doe, D-S.C."
        and not party_state(toks, i, j)  # "D-Pa."
        and not state_code(toks[j - 1])  # "Kirkwood MO": a town and its state
        and not hyphen_route(toks, i, j, known)  # "Nuuk-Kulusuk-Tasiilaq": a route
    ):
        return False
    first = run_keys[0]  # "Chad Walker": a common first name before a surname is a person's
    named = first in first_names() and run_keys[-1] in surnames()
    # ... and a big place that is no surname is in no person's name after its first
    # word ("Rethinking Egypt"; but "Jack London", "Sam Houston")
    placed = any(
        known.get(k, (2, 0.0))[1] >= PROMINENT and k not in surnames() for k in run_keys[1:]
    )
    big_first = known.get(first, (2, 0.0))[1] >= PROMINENT
    return first not in demonyms and not placed and (named or not big_first)


def names_person(key: str, before: str, people: set[str] | frozenset[str]) -> bool:
    """Return whether a one-word name is a person's: one of the people's name words, or
    their family after "the" ("the Polos", once Marco Polo is named)."""
    family = before == "the" and key.endswith("s") and key[:-1] in people
    return key in people or family


#: Verbs a headline capitalises after a titled name: the name ends before them.
_HEADLINE_VERBS = frozenset(
    "visits meets arrives leaves tours heads flies travels lands returns departs welcomes "
    "hosts attends addresses opens says urges calls signs launches begins ends".split()
)


def after_title(keys: list[str], known: Mapping[str, tuple[int, float]]) -> list[str]:
    """Return the words of a person's name after a title, leaving out the place the title
    is of ("Mayor of London", "Governor of Texas Rick Perry": Rick Perry; "President
    Hakainde Hichilema of Zambia": Hakainde Hichilema)."""
    verb = next((k for k, key in enumerate(keys) if k and key in _HEADLINE_VERBS), None)
    if verb is not None:
        keys = keys[:verb]  # "Foreign Minister Anna Lowe Visits Jamaica": a headline's verb
    if not keys or keys[0] not in CONNECTORS:
        # "President Hakainde Hichilema of Zambia": the name, then the place it is of
        for k in range(1, len(keys) - 1):
            if keys[k] == "of" and " ".join(keys[k + 1 :]) in known:
                return keys[:k]
        return keys
    for k in range(len(keys) - 1, 0, -1):
        if " ".join(keys[1 : k + 1]) in known:
            return keys[k + 1 :]
    return keys


def sentence_opener(token: Token) -> bool:
    """Return whether a word opening a sentence, or a line of a list after a dash or a
    colon ("Friday. – Arrive Hamburg"), is capitalised for that alone: a function word, a
    count, or a common verb or adverb form ("Rethinking", "Reportedly")."""
    if not line_start(token):
        return False
    word = token.key
    if word in _OPENERS:
        return True
    return len(word) > 4 and word.endswith(("ing", "ed", "ly")) and common(word)


#: The marks that open a line of a programme or a list: "Day 3: Visit", "May 8. – Arrive".
_LINE_MARKS = frozenset(":-\u2013\u2014")


def line_start(token: Token) -> bool:
    """Return whether a word opens its sentence or a line of a list, after a dash or a
    colon ("Day 3: Visit Florence"): a capital there may be for that alone."""
    gap = token.gap_before.strip()
    return token.sentence_start or bool(gap and gap[-1] in _LINE_MARKS)


def common(word: str) -> bool:
    """Return True for a common English word ("council", "bell"), per wordfreq."""
    return is_common_word(word, COMMON_ZIPF)


def rare(word: str) -> bool:
    """Return True for a word English knows only as a borrowed name ("cuzco"), if at all."""
    return not is_common_word(word, RARE_ZIPF)


def english(word: str) -> bool:
    """Return whether a word is English at all, even a rare one ("centric", "esque"), per
    wordfreq: not "weyne" of "Beled-weyne", a name's own part."""
    return is_common_word(word, ENGLISH_ZIPF)


def very_common(word: str) -> bool:
    """Return True for a very common English word ("public", "business"), per wordfreq."""
    return is_common_word(word, VERY_COMMON_ZIPF)
