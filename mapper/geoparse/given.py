"""Resolve spans a caller gives (gold toponyms, a user's corrections) as place names.

The spans are taken as names; the rest of the document is read as
:func:`mapper.geoparse.parse_document` reads it, and its other names and cue words weigh
in the resolution. The text is tokenised once: the recogniser and the cues around each
given span read the same tokens.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from mapper.model import Mention
from mapper.names import fold
from mapper.text import Token, sentence_spans, sentence_tokens, tokenize

from .cues import dateline_kind, level_cue, link_patterns
from .found import Found, kind_after
from .people import PROMINENT
from .recognise import recognise
from .resolve import resolve

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["resolve_spans"]


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    gazetteer: Gazetteer | None = None,
    context: bool = True,
) -> list[Mention]:
    """Resolve given spans of a text (for example gold toponyms), one Mention per span.

    The spans are taken as place names. The rest of the document supplies context: the
    places the recogniser finds outside the spans ("Springfield" among mentions of
    Illinois) weigh in the resolution as they do in :func:`parse_document`, and "X, Y"
    or "X in Y" pairs hold across a given span and a found one.

    Parameters
    ----------
    text : str
        The whole document.
    spans : sequence of (start, end)
        Offsets of the names to resolve.
    context : bool
        Read the rest of the document for context (the default); ``False`` resolves the
        spans among themselves only, which is faster.
    """
    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    read: dict[int, tuple[list[Token], list[int]]] = {}  # a sentence's words, their starts
    others: list[Found] = []
    if context and spans:
        per_sentence = sentence_tokens(text)
        found, sentences, _ = recognise(text, gazetteer, per_sentence)
        others = [f for f in found if not any(f.start < e and s < f.end for s, e in spans)]
        read = {k: (toks, [t.start for t in toks]) for k, (_, toks) in enumerate(per_sentence)}
    else:
        sentences = sentence_spans(text)
    starts = [a for a, _ in sentences]  # sorted, the sentences do not overlap
    given: list[Found] = []
    for start, end in spans:
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and start < sentences[k][1]:
            sent = sentences[k]
            if k not in read:
                toks = tokenize(text, *sent)
                read[k] = (toks, [t.start for t in toks])
            around, at = read[k]
            first, past = bisect.bisect_left(at, start), bisect.bisect_left(at, end)
        else:  # between sentences: the words near the span
            sent = (0, len(text))
            around = tokenize(text, max(0, start - 30), min(len(text), end + 30))
            first = next((k for k, t in enumerate(around) if t.start >= start), len(around))
            past = next((k for k, t in enumerate(around) if t.start >= end), len(around))
        given.append(_given(text, start, end, sent, around, first, past, gazetteer))
    everything = [*given, *others]
    order = sorted(range(len(everything)), key=lambda k: everything[k].start)
    ordered = [everything[k] for k in order]
    link_patterns(text, ordered)
    resolved = resolve(ordered, gazetteer)
    out: list[Mention | None] = [None] * len(given)
    for k, m in zip(order, resolved, strict=True):
        if k >= len(given):
            continue  # context only
        if m.adjective_of and m.place is not None:
            m = replace(m, confidence=0.9)
        out[k] = m
    return [m for m in out if m is not None]


def _given(
    text: str,
    start: int,
    end: int,
    sent: tuple[int, int],
    around: list[Token],
    first: int,
    past: int,
    gazetteer: Gazetteer,
) -> Found:
    """Return a given span as a found name, with the kind the words around it give;
    ``around[first:past]`` are the words inside the span."""
    # The words after the span: those after its last word when that ends it (no "'s"
    # after), else (a span ending inside a word, or before a possessive) read afresh.
    ends = past > 0 and around[past - 1].end == end and not around[past - 1].possessive
    toks = around[past:] if ends else tokenize(text, end, min(len(text), end + 30))
    kind_hint, _ = kind_after(toks, 0)
    if kind_hint is None:
        if first < past:
            kind_hint = level_cue(around, first, past)
        kind_hint = kind_hint or dateline_kind(text, start, end)
    surface = text[start:end]
    key = fold(surface)
    code = gazetteer.demonym_key(key) if key else ""
    if code and gazetteer.name_tiers([key]).get(key, (1, 0.0))[1] >= PROMINENT * 10:
        code = ""  # a big place of that name, not a demonym
    return Found(start, end, surface, key, kind_hint, ["given span"], 1.0, sent, code)
