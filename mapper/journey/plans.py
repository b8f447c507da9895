"""Words that tell a trip is ahead or called off: tickets bought for it, a leg prepared
for, a visit cancelled. A place they govern is a plan, or no stop at all.
"""

from __future__ import annotations

import re

__all__ = ["CALLED_OFF_AFTER", "PLANNED", "PREPARED_FOR"]

#: A trip booked, not yet made: "tickets for the next, and final, boat to X".
PLANNED = re.compile(
    # "tickets for the boat to X", "bought tickets to X" (not "the tickets cost too much,
    # so we went to X")
    r"\btickets?\s+(?:for|to)\b[^.;,]*$|\bnext\b(?:,?\s+(?:and\s+)?\w+,?){0,2}\s+"
    r"(?:boat|train|flight|bus|ferry|ship|plane|leg|sailing)\b",
    re.IGNORECASE,
)
#: A leg ahead, read in the clause: "we got ready for the long leg to X".
PREPARED_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)|g(?:et|ets|ot|etting)\s+ready)\s+for\s+(?:the|a|an|our|their|"
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
