"""Find the places a text names and resolve them with the whole document as context.

Recognition (:mod:`mapper.geoparse.recognise`) needs no model download: capitalised
runs of words are matched against the gazetteer's names (longest first), with rules for
sentence starts, possessives ("Russia's"), hyphenated and multi-word names, kind words
("the Vostochny spaceport"), people ("President Vladimir Putin", and "Putin" later on),
organisations ("the group Wagner") and demonyms ("North Korean" is recorded as an
adjective of North Korea, not as a place).

Resolution (:mod:`mapper.geoparse.resolve`) looks every name up on its own, then
re-ranks each name's candidates by how well they fit the other names of the document
(nearness, a shared region or country), and honours "X, Y" and "X in Y" where Y is a
country or region.

Examples
--------
>>> doc = parse_document("The train left Vladivostok for Ussuriysk, a North Korean envoy said.")
>>> [(m.surface, m.place.name) for m in doc.mentions]
[('Vladivostok', 'Vladivostok'), ('Ussuriysk', 'Ussuriysk')]
>>> [(d.surface, d.adjective_of) for d in doc.demonyms]
[('North Korean', 'KP')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.model import Mention
from mapper.names import fold
from mapper.text import sentence_spans, tokenize

from .cues import dateline_kind, level_cue, link_patterns
from .people import PROMINENT
from .recognise import Found, kind_after, recognise
from .resolve import resolve

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["geoparse", "parse_document", "resolve_spans"]


def parse_document(text: str, *, gazetteer: Gazetteer | None = None) -> Document:
    """Recognise and resolve every place a text names; return a :class:`Document`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    found, sentences, people = recognise(text, gazetteer)
    mentions = resolve(found, gazetteer)
    return Document(
        text,
        tuple(sentences),
        tuple(m for m in mentions if not m.adjective_of),
        tuple(m for m in mentions if m.adjective_of),
        people,
        recognised=True,
    )


def geoparse(
    text: str, *, gazetteer: Gazetteer | None = None, demonyms: bool = False
) -> list[Mention]:
    """Return every place mention in a text, in order, resolved where possible.

    Parameters
    ----------
    text : str
        Any English text.
    demonyms : bool
        Also return demonyms ("North Korean") as mentions of their country, marked
        with ``adjective_of``. Off by default: a demonym is not a place. Adjectives of
        continents and world regions ("European", "Kurdish") stay in the document
        (:attr:`Document.demonyms <mapper.document.Document.demonyms>`) but are not
        returned here: on the two geoparsing corpora that mark demonyms (LGL, TR-News)
        12 of 26 of them were marked as places, against 450 of 595 country demonyms.

    Examples
    --------
    >>> [m.surface for m in geoparse("Putin flew from Moscow to Vladivostok.")]
    ['Moscow', 'Vladivostok']
    """
    doc = parse_document(text, gazetteer=gazetteer)
    if not demonyms:
        return list(doc.mentions)
    countries = [d for d in doc.demonyms if d.adjective_country]
    return sorted([*doc.mentions, *countries], key=lambda m: m.start)


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
    others: list[Found] = []
    if context and spans:
        found, sentences, _ = recognise(text, gazetteer)
        others = [f for f in found if not any(f.start < e and s < f.end for s, e in spans)]
    else:
        sentences = sentence_spans(text)
    given: list[Found] = []
    starts = [a for a, _ in sentences]  # sorted, the sentences do not overlap
    for start, end in spans:
        k = bisect.bisect_right(starts, start) - 1
        sent = sentences[k] if k >= 0 and start < sentences[k][1] else (0, len(text))
        surface = text[start:end]
        after = min(len(text), end + 30)
        around = tokenize(text, max(sent[0], start - 30), after)
        # The words after the span: when a word of `around` ends it (no "'s" after), the
        # words that follow it are those read from the span's end (but for the first one's
        # sentence_start, which kind_after does not read); else (a span ending inside a
        # word, or before a possessive or a full stop) they are read afresh.
        last = [k for k, t in enumerate(around) if t.end == end and not t.possessive]
        toks = around[last[0] + 1 :] if last else tokenize(text, end, after)
        kind_hint, _ = kind_after(toks, 0)
        if kind_hint is None:
            inside = [k for k, t in enumerate(around) if start <= t.start < end]
            if inside:
                kind_hint = level_cue(around, inside[0], inside[-1] + 1)
            kind_hint = kind_hint or dateline_kind(text, start, end)
        key = fold(surface)
        code = gazetteer.demonym_key(key) if key else ""
        if code and gazetteer.name_tiers([key]).get(key, (1, 0.0))[1] >= PROMINENT * 10:
            code = ""  # a big place of that name, not a demonym
        given.append(Found(start, end, surface, key, kind_hint, ["given span"], 1.0, sent, code))
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
