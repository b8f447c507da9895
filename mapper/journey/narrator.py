"""The narrator's own account: a travelogue told in the first person ("we", "I"), what
the narrator did in a place, and the sights such an account names before their towns.
"""

from __future__ import annotations

import re

__all__ = ["SIGHT_IN", "WE_DID_IN", "WHERE_DONE", "told_by_traveller"]

# The narrator's own words: a travelogue says "we" or "I" again and again.
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I)\b")


def told_by_traveller(text: str) -> bool:
    """Return whether a traveller tells the trip: "we" or "I" five times or more."""
    return len(_FIRST_PERSON.findall(text)) >= 5


#: The narrator did something in a place ("we had lunch in X", "I caught a bus at Y"), not
#: what the narrator saw or met there; or a visiting leader did ("he met the emir in X").
WE_DID_IN = re.compile(
    r"\b(?:[Ww]e|I)(?:['\u2019]d)?\s+(?!(?:saw|see|could|would|watched|looked|heard|read|met|"
    r"discovered|found)\b)"
    r"(?:[a-z]+ed|went|got|took|had|spent|slept|ate|caught|rode|drove|flew|sailed|ran|came|"
    r"bought|sat|swam|made|paid|drank|stood|sang|began|kept|woke|awoke|left\s+the\s+\w+)\b"
    r"[^,;.]{0,40}?\b(?:in|at)\s+(?:the\s+)?$"
    # ... or in the present of a diary: "We rejoin the driver in X", "we help unload in X"
    r"|\b(?:[Ww]e|I)\s+(?:help\s+)?(?!(?:will|would|can|could|should|shall|may|might|must|"
    r"plan|hope|want|need|intend|are|am|live|work|see|watch|look|hear|read|meet|find|love|"
    r"like|know|think|have|do|don|did|use|used|saw|met|heard|found|knew|thought|was|were|"
    r"said|told|wrote)\b)[a-z]{3,}\b(?<!ed)(?<!ing)"
    r"[^,;.]{0,40}?\b(?:in|at)\s+(?:the\s+)?$"
    # ... or told without its subject: "Having lingered two days in X", "waking up in X"
    r"|\b(?:[Hh]aving\s+(?:[a-z]+ed|spent|slept)|[Ww]ak(?:ing|e)\s+up)\b[^,;.]{0,40}?\b(?:in|at)\s+"
    r"(?:the\s+)?$"
    # a night told by its noun: "After overnighting in X", "a night by the sea in X", "an
    # overnight stay at X", "getting stuck in X"
    r"|\b(?:overnight(?:ing|ed)|(?:an?\s+)?overnight\s+stay|(?:a|one|the)\s+(?:[a-z]+\s+){0,2}?"
    r"night(?:\s+out|\s+on\s+the\s+[a-z]+)?|getting\s+(?:stuck|stranded|caught\s+out))"
    r"\s+(?:in|at)\s+(?:a\s+place\s+called\s+)?$"
    # a time spent somewhere, told in the passive: "the winter was spent in X"
    r"|\b(?:was|were)\s+spent\s+(?:[a-z]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$"
    # a leader's deed where he was: "He met the emir in X on Monday"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[\w.-]+\s+){0,3}?(?:diplomat|minister|president|"
    r"premier|pope|king|queen|prince|princess|chancellor|leader|envoy|secretary))\s+"
    r"(?:met|held|attended|signed|addressed|toured|opened|laid)\b"
    r"[^,;.]{0,60}?\b(?:in|at)\s+(?:the\s+)?$"
)
#: A named sight and its town, told by a traveller: "the Big Texan in ", "Brush Creek
#: Bridge in " (two capitalised words at least, right before "in").
SIGHT_IN = re.compile(
    r"(?:^|[\s,(])[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|&|of|the)){1,5}\s+in\s+$"
)
#: What the travellers did where they were, told after the place: "We halt at X where we
#: hire a canoe for the day": an outing there, no vehicle of the journey.
WHERE_DONE = re.compile(r"\bwhere\s+(?:we|I|they|he|she)\s+[^.;]*", re.IGNORECASE)
