"""A name the recogniser found, and the kind words that may follow a name.

:class:`Found` is what :mod:`mapper.geoparse.recognise` hands to
:mod:`mapper.geoparse.resolve`: a span of the text taken as a place name, with the
evidence for it and the links ("X, Y", "X in Y") to the names beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mapper.names import KIND_WORDS
from mapper.text import Token

__all__ = ["CUED", "Found", "kind_after"]

#: The evidence a level cue leaves on a name ("the town of X"): read as a kind "by the
#: words around it", which :mod:`mapper.geoparse.sense` looks for.
CUED = "by the words around it"


@dataclass(slots=True)
class Found:
    """A span of the text taken as a place name, before resolution."""

    start: int
    end: int
    surface: str
    key: str
    kind_hint: str | None
    evidence: list[str]
    recognition: float
    sentence: tuple[int, int]
    demonym: str = ""
    before: str = ""  # folded word before the name
    after_comma: int | None = None  # index of a following "X, Y" partner
    in_partner: int | None = None  # index of "X in Y" partner
    #: The name with the kind words after it ("Komsomolsk-on-Amur aircraft plant"),
    #: looked up before the name alone; empty when no kind word follows.
    with_kind: str = ""

    @property
    def lookup(self) -> tuple[str, str | None]:
        """Return what is looked up for this name: its text and its kind hint."""
        return (self.with_kind or self.surface, self.kind_hint)


#: Every start of a kind phrase ("a", "ai", "air", ...): a word that is none of them opens
#: no kind phrase, and most words are none.
_KIND_STARTS = frozenset(w[:k] for w in KIND_WORDS for k in range(1, len(w) + 1))


def kind_after(tokens: Sequence[Token], j: int) -> tuple[str | None, int]:
    """Return the kind named by the words starting at token j, and how many words."""
    if j >= len(tokens) or tokens[j].key not in _KIND_STARTS:
        return None, 0
    for n in (3, 2, 1):
        if j + n <= len(tokens):
            phrase = " ".join(t.key for t in tokens[j : j + n])
            if phrase in KIND_WORDS and all(t.gap_before.strip() == "" for t in tokens[j : j + n]):
                return KIND_WORDS[phrase], n
    return None, 0
