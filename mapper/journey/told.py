"""Where a stop's clause lies in its sentence, and the day the story gives the stop.

The words of travel and modality of one clause govern its names; a date belongs to the
name whose clause holds it: after the name ("arrived in X on Tuesday"), then before it
("On May 2 he headed for X"), never past a second verb ("left X on 3 July and docked at
Y on 5 July": 3 July is X's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mapper.model import Mention

from .dates import date_in

__all__ = ["Told", "end_of_clause", "glossed", "is_heading", "own_date", "start_of_clause"]

#: Where a clause begins.
_CLAUSE_START = re.compile(
    r"[;:\u2014]|\s[-\u2013]{1,2}\s|,\s+(?:and|but|before|after|while|where|when)\b|"
    # "I can hardly believe it but I am in X": a new subject after "but", its own tense
    r"\sbut(?=\s+(?:I|we|he|she|they)\s)"
)
#: A second verb joined by a conjunction: "left X on 3 July and docked at".
_AND_VERB = re.compile(r"\b(?:and|but)\s+(?:then\s+)?(?=[a-z]+\s)")
#: "and" before the words that lead to the next place of the sentence.
_AND_NEXT = re.compile(r"\s(?:and|then)\s")


def end_of_clause(text: str) -> int:
    """Return where the clause that a text starts ends."""
    m = _CLAUSE_START.search(text)
    return m.start() if m else len(text)


def start_of_clause(text: str, lo: int, pos: int) -> int:
    """Return where the clause holding ``pos`` begins, at ``lo`` or after."""
    start = lo
    for m in _CLAUSE_START.finditer(text, lo, pos):
        start = m.end()
    return start


#: The brackets of a name set right after another: "Chalon (Saone)", "Perth (Kinross)".
_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def glossed(text: str, before: Mention, mention: Mention) -> bool:
    """Return whether ``mention`` is only a bracketed gloss of the name right before it
    (its other or modern name, or where it lies), not a place told of its own."""
    return bool(
        _GLOSS_OPEN.fullmatch(text, before.end, mention.start)
        and _GLOSS_CLOSE.match(text, mention.end)
    )


def is_heading(text: str, lo: int, hi: int) -> bool:
    """Return whether the sentence from ``lo`` to ``hi`` is a line of its own that ends
    without a full stop: a title or a heading."""
    line_end = text.find("\n", lo)
    return (
        (lo == 0 or text[lo - 1] == "\n")
        and text[lo:hi].rstrip()[-1:] not in (".", "!", "?")
        and (line_end < 0 or not text[hi:line_end].strip())
    )


@dataclass(frozen=True)
class Told:
    """Where a name is told: its span, the text before it that is its own (from the end
    of the name before), its clause's start, its sentence's end and the next name's start."""

    start: int
    end: int
    near_start: int
    clause_start: int
    sentence_end: int
    next_start: int


def own_date(
    text: str,
    told: Told,
    *,
    story: dt.date | None,
    year: int | None,
    previous: dt.date | None,
    future: bool,
) -> str:
    """Return the ISO date the name's own words give (see the module docstring), or ""."""
    verbs = list(_AND_VERB.finditer(text, told.near_start, told.start))
    own_start = verbs[-1].end() if verbs else told.near_start
    tail = text[told.end : min(told.sentence_end, told.next_start)]
    later = _AND_VERB.search(text, told.end, told.sentence_end)  # the next verb's clause
    after = end_of_clause(tail)
    joined = _AND_NEXT.search(tail, 0, after) if told.next_start < told.sentence_end else None
    if joined is not None:  # "to X and the next day to Y": the next leg's day
        after = joined.start()
    for part in (
        text[told.end : told.end + after],
        text[own_start : told.start],
        text[max(told.clause_start, own_start) : later.start() if later else told.sentence_end],
    ):
        found = date_in(part, story=story, year=year, previous=previous, future=future)
        if found:
            return found
    return ""
