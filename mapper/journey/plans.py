"""Words that tell a trip is ahead or called off: tickets bought for it, a leg prepared
for, a visit cancelled. A place they govern is a plan, or no stop at all.
"""

from __future__ import annotations

import re

__all__ = ["CALLED_OFF_AFTER", "PLANNED", "PREPARED_FOR", "planned_before"]

#: A trip booked, not yet made: "tickets for the next, and final, boat to X".
PLANNED = re.compile(
    # "tickets for the boat to X", "bought tickets to X" (not "the tickets cost too much,
    # so we went to X")
    r"\btickets?\s+(?:for|to)\b[^.;,]*$|\bnext\b(?:,?\s+(?:and\s+)?\w+,?){0,2}\s+"
    r"(?:boat|train|flight|bus|ferry|ship|plane|leg|sailing)\b",
    re.IGNORECASE,
)
#: A trip going on, before the list of its places: "is on a ten-day swing through X, Y and Z".
_GOING_ON = r"\b(?:is|are|am)\s+(?:(?:currently|now|also)\s+)?on\s+(?:an?|his|her|their|its|our)\s+"
_ON_TRIP_TO = re.compile(
    _GOING_ON + r"(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|swing|journey|mission)\s+(?:of|to|through)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_LIST_GOES_ON = re.compile(r"(?:,|\s+and)\s+(?:the\s+)?[A-Z]")
#: The places a trip just begun takes in: "as he began his ten-day tour, which includes
#: X, Y and Z" (the place it began in is where the clause before tells it).
_BEGUN_TAKES_IN = re.compile(
    r"\b(?:beg[iau]n|begins|start(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|launch(?:es|ed|ing)?|"
    r"embark(?:s|ed|ing)?\s+on)\s+(?:an?|the|his|her|their|its|our)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:tour|visit|trip|journey|swing|voyage|cruise)\b[^.;]{0,80}?\b"
    r"(?:includ(?:es|ing)|tak(?:es|ing)\s+in)\b[^.;]*$",
    re.I,
)


#: A leg ahead, read in the clause: "we got ready for the long leg to X", "made our last
#: preparations for the drive to X".
PREPARED_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing|ations?)|g(?:et|ets|ot|etting)\s+ready)\s+for\s+(?:the|a|an|our|their|"
    r"his|her)\s+(?:[\w-]+\s+){0,3}?(?:stretch|leg|ride|drive|journey|trip|flight|crossing|"
    r"voyage|walk|hike|trek|climb|stage|section)\b[^.;]*$",
    re.IGNORECASE,
)
#: A visit called off, told after the name: "Her visit to X was cancelled".
CALLED_OFF_AFTER = re.compile(
    r"^(?:\s+(?!which|that|who)\w+){0,3}?\s+(?:was|were|has\s+been|had\s+been|is|are|"
    r"(?:had|has|have)\s+to\s+be)\s+"
    r"(?:later\s+|effectively\s+|then\s+|also\s+|eventually\s+|abruptly\s+|suddenly\s+)?"
    r"(?:cancell?ed|called\s+off|postponed|scrapped|abandoned|shelved)\b",
    re.IGNORECASE,
)


def planned_before(near: str, after: str, clause: str) -> bool:
    """Return whether the words before a place (``near``) plan it: tickets bought for it,
    the next boat to it, a leg ahead its clause gets ready for, or a trip going on to a
    list of places it opens (the places of "is on a tour of X, Y and Z" are reached only
    where the story tells it; "is on a tour of Japan" is in Japan)."""
    return bool(PLANNED.search(near) or PREPARED_FOR.search(clause)) or bool(
        (_ON_TRIP_TO.search(near) and _LIST_GOES_ON.match(after)) or _BEGUN_TAKES_IN.search(clause)
    )
