"""Words of travel: which way of travelling ("air", "rail", "road", "sea", "foot",
"bicycle") a phrase names, shared by the claim checker (a route's mode) and the journey
reader (a leg's mode).

Examples
--------
>>> mode_of("flew on to Vladivostok"), mode_of("by armoured train")
('air', 'rail')
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["MODE_WORDS", "mode_of", "modes_in", "most_named"]


#: Words that name a way of travelling, by mode.
MODE_WORDS = (
    (
        "air",
        r"fl(?:y|ies|ew|own|ying)|flights?|plane|jet|airliner|airways|aircraft|air(?:plane|ship)s?|"
        r"aeroplanes?|airborne|in\s+the\s+air|runway|airstrip|boeing|airbus|"
        r"air\s+force\s+one|landed|land(?:s|ing)|took\s+off|touch(?:ed|es|ing)?\s+down|by\s+air|"
        r"helicopter|airlift|(?:sea|float)-?planes?",
    ),
    (
        "sea",
        r"sail(?:s|ed|ing)?|ferr(?:y|ies|ied)|(?<!flying\s)(?<!flying-)boat|ship|vessel|cruis(?:e[sd]?|ing)(?!\s+in)|"
        r"liner|yacht|steamer|dock(?:s|ed)?|port\s+call|called\s+at|voyage|by\s+sea|catamaran|"
        r"hydrofoil|barge|canoe(?:s|d|ing)?|kayak(?:s|ed|ing)?|row(?:ed|ing)|rowboats?|"
        r"paddl(?:e|ed|ing)|steam(?:s|ed|ing)|steamships?|schooners?|(?-i:brigs?)|brigantines?|"
        r"barques?|frigates?|clippers?|galleons?|sloops?|corvettes?|whalers?|icebreakers?|"
        r"(?-i:(?:SS|RMS|HMS|USS|HMAS|HMCS|MV)(?=\s+[A-Z]))",  # a ship's prefix: "SS Ophir"
    ),
    (
        "rail",
        r"trains?|(?:de|en)train(?:s|ed|ing)?|rail(?:way|road)?s?|railcar|locomotive|station|"
        r"platform|carriages?|sleeper|metro|tram|by\s+rail|shinkansen|tgv|eurostar|amtrak|maglev",
    ),
    (
        "road",
        r"dr(?:ive|ove|iven|iving(?!\s+(?:rain|snow|sleet|wind|force)))|cars?|coach(?:es)?|motorcade|"
        r"bus(?:es|sed|sing|ed|ing)?|taxi|cab|limousine|highway|motorway|road[-\s]?trip\w*|by\s+road|"
        r"convoy|truck|jeep|minibus|motorbike|hitch(?:-?hik\w*|ed|es|ing)|lorry|lorries|"
        r"motorcycle|minivan|(?-i:vans?)|marshrutkas?|rickshaw|tuk-tuks?|stagecoach|wagons?|"
        r"horse-drawn|horseback|palanquins?|automobiles?|motor(?:ing|ists?|\s+(?:rall(?:y|ies)|"
        r"races?|challenge|tours?))|rally\s+(?:cars?|drivers?|crews?|stages?|raid)|"  # motor sport
        # "followed the old coast road": a way told by its road
        r"follow(?:s|ed|ing)?\s+the\s+(?:[^\W\d_][\w'-]*\s+){0,2}road",
    ),
    (
        "foot",
        # "march", not the month ("docked on March 3"); not "walks and rallies", "marches"
        r"walk(?:ed|ing)?|hik(?:e|es|ed|ing)|(?-i:march)|march(?:ed|ing)|trek(?:s|ked|king)?|"
        r"on\s+foot|ski(?:s|ed|ing)?|sledges?|sledg(?:ed|ing)|skied",
    ),
    ("bicycle", r"cycl(?:e|ed|ing|ists?)|bicycles?|bikes?|bikers?|pedal(?:l?ed|l?ing)"),
)
_MODE_RES = tuple(
    (mode, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for mode, words in MODE_WORDS
)


def _mode_words(text: str) -> list[tuple[int, str]]:
    """Return ``(offset, mode)`` of each word of travel in ``text``, in order. A place's
    word of a mode written capitalised beside another capitalised word is part of the
    place's name (the "Convergence Station" is a venue, "Metro Manila" a region, the
    "International Space Station" no railway) and not counted; a vehicle's name still is
    ("the Blue Train")."""
    found = [
        (m.start(), mode)
        for mode, pattern in _MODE_RES
        for m in pattern.finditer(text)
        if not (
            m.group().lower() in _PLACE_MODE_WORDS
            and m.group()[:1].isupper()
            and (
                _NAME_BEFORE.search(text, 0, m.start())
                or _NAME_AFTER.match(text, m.end())
                or m.group() == "Metro"  # "Metro Manila", even cut off before "Manila"
            )
        )
    ]
    return sorted(found)


_PLACE_MODE_WORDS = frozenset("station stations platform highway motorway dock docks metro".split())
_NAME_BEFORE = re.compile(r"[a-z,;:]\s+[A-Z][\w'-]*\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "Metro Manila", "Station Road"


def mode_of(text: str) -> str | None:
    """Return the mode of travel the words name (the last one named), or None.

    Examples
    --------
    >>> mode_of("They took the overnight ferry"), mode_of("then flew on"), mode_of("walked")
    ('sea', 'air', 'foot')
    >>> mode_of("a gig at the Convergence Station") is None
    True
    """
    found = _mode_words(text)
    if found and text[found[-1][0] :][:4].lower() == "land" and "sea" in dict(found[:-1]).values():
        return "sea"  # "on the ferry, landing at X": a ship lands its passengers too
    return found[-1][1] if found else None


def modes_in(text: str) -> list[str]:
    """Return every mode of travel the words name, in order (see :func:`mode_of`).

    Examples
    --------
    >>> modes_in("a taxi to the station, then the overnight train")
    ['road', 'rail', 'rail']
    >>> modes_in("a gig at the Convergence Station"), modes_in("We took the Blue Train")
    ([], ['rail'])
    """
    return [mode for _, mode in _mode_words(text)]


def most_named(vehicles: Mapping[str, int]) -> str:
    """Return the mode of travel a story has named most (counts by mode, in the order
    first named); of two named as often, the one named last ("landed in X ... drove to
    Y ... crossed into Z": by road).

    Examples
    --------
    >>> most_named({"air": 1, "road": 1}), most_named({})
    ('road', 'unknown')
    """
    if not vehicles:
        return "unknown"
    top = max(vehicles.values())
    return [mode for mode, n in vehicles.items() if n == top][-1]
