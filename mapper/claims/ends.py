"""The words and patterns around a claim's ends: fronted and inverted places, "both",
qualifiers in brackets, lists of figures and labelled list lines ("X to Y: N km").

Data only, like :mod:`mapper.claims.vocabulary`, whose figure patterns it builds on.
"""

from __future__ import annotations

import re

from .vocabulary import _NUMBER, _UNIT, HEDGE

#: A sentence that opens with where the way starts: "From X, it is N km to Y".
#: The word that makes an endpoint a country's capital ("Chad's capital", "the capital of").
_CAPITAL_RE = re.compile(r"\bcapital\b", re.IGNORECASE)
#: The verb of an inverted sentence, after its reference: "... of Kandy lies Matale".
_INVERTED_RE = re.compile(
    # "..., deep in the Beskids, lies the village of X", "... Krakow there is the city of X"
    # "... near the foot of the Paparoa Range is X"
    r"(?:\s+(?:near|by|at|on|in|beside)\s+[^,;.]{1,50}?)?"
    r"(?:,[^,;.]{1,60},)?,?\s+(?:there(?:['\u2019]s|\s+(?:is|are|lies))|lies|lay|stands|stood|sits|sat|is|was|"
    r"are|were|"
    # "63 km from Madrid we come to the town of X", "... you reach X"
    r"(?:we|you|one|I|they)\s+(?:(?:will|can|then|finally)\s+)?"
    r"(?:(?:come|comes|came|get|got|arrive[sd]?)\s+(?:to|at|in)|"
    r"(?:reach(?:es|ed)?|find|finds|found|see|sees|saw|pass(?:es|ed)?\s+through)))"
    r"\s+(?:(?:situated|located|found)\s+)?",
    re.IGNORECASE,
)
#: A phrase of where, fronted before an inverted sentence's figure: "On the far shore of
#: the bay, 40 km from X, stands Y" (Y is located, not the shore).
_WHERE_FRONTED_RE = re.compile(
    r"\W*(?:on|at|in|near|beside|along|atop|off)\s+(?:the|a|an|its)\s+[^,;.]{1,60},\s*",
    re.IGNORECASE,
)
_FROM_FRONTED_RE = re.compile(
    r"[\W]*(?:from|leaving|departing(?:\s+from)?|setting\s+(?:off|out)\s+from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Where a trip the figure measures begins: "Starting at X, your 52 mile drive".
_STARTING_RE = re.compile(
    r"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began)\s+(?:\w+\s+)?(?:at|from|in)\s+",
    re.IGNORECASE,
)
#: How far past a claim's last word a figure without a unit may follow it.
_ELIDED_REACH = 40
#: "from both X and Y": one figure, two origins.
_BOTH_RE = re.compile(r"both\s+", re.IGNORECASE)
_AND_ONLY_RE = re.compile(r",?\s+and\s+(?:from\s+)?", re.IGNORECASE)
#: "Both X and Y are N km from Z": one figure, two located places.
_BOTH_BEFORE_RE = re.compile(r"\bboth\s+$", re.IGNORECASE)
#: A parenthesis right after a name, which may hold the region or country qualifying it.
_QUALIFIER_PAREN_RE = re.compile(r"\s*\([^()]{1,40}\)")
#: The figures of a list ("8,300 and 7,600 nautical miles").
_LIST_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
#: A unit written after a listed figure ("480 km and 600 km"): it must be the list's own.
_LIST_UNIT_RE = re.compile(rf"(?<![\w.])(?:{_UNIT})(?!\w)", re.IGNORECASE)
#: A list of figures paired with a list of places, in order.
_RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.IGNORECASE)
# A list line "X to Y: N km": the label's end, with a hedge after it.
# ("Delhi to Agra Distance: 230 km": the label may name what it gives)
_LABEL_HEDGE = (
    r"(?:\s+(?i:distance|by\s+road|by\s+car|drive))?"
    rf"\s*[:–—]\s*(?:{HEDGE}\s+)?"
)
_LABEL_END_RE = re.compile(_LABEL_HEDGE)
#: ... or "X to Y" told as the subject of the figure: "Marrakech to Zagora is about 360 km".
_LABEL_VERB_RE = re.compile(rf"\s+(?:(?:is|are|was)\s+)?(?:{HEDGE}\s+)?", re.IGNORECASE)
#: A label whose second end is described, not named: "the border with Y:".
_DESCRIBED_LABEL_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?[a-z][^:;,.()]{0,50}?" + _LABEL_HEDGE, re.IGNORECASE
)
