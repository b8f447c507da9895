"""Whether a possessive "'s" belongs to a place's name ("St. John's") or owns what follows."""

from __future__ import annotations

import re
from dataclasses import replace

from mapper.names import fold
from mapper.text import Token

# What may follow a name's own "'s": punctuation or a dash, the end, a joining word ("St.
# John's and"), a verb or an adverb of the clause ("St. John's is", "St John's also")
_OWN_S = ("'s", "\u2019s")
_AFTER_OWN_S = re.compile(
    r"(?:[,.;:)!?\u2013\u2014]|\s+[-\u2013\u2014]|\s*$|\s+(?:and|or|in|on|to|for|at|from|with|by"
    r"|is|was|are|were|has|had|lies|lay|sits|stands|will|would|remains|became|also|itself)\b)"
)


def with_own_s(text: str, toks: list[Token], i: int, j: int) -> Token | None:
    """Return a run's last word with its cut-off "'s", which may be the name's own ("St.
    John's, Antigua"): two words or more, nothing after it to own; :func:`recognise` keeps
    it where the index knows the name with it at least as well as without it."""
    last = toks[j - 1]
    if j - i < 2 or not last.possessive or text[last.end : last.end + 2] not in _OWN_S:
        return None
    if not _AFTER_OWN_S.match(text, last.end + 2):
        return None
    word = text[last.start : last.end + 2]
    return replace(last, text=word, end=last.end + 2, possessive=False, key=fold(word))
