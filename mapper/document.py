"""The parsed story: one :class:`Document` that every stage after the geoparser reads.

:func:`mapper.geoparse.parse_document` reads a text once into a Document: its
sentences, its place mentions (each with its character span, the place it resolved to,
the other candidates and a confidence), the demonyms ("North Korean") and the words it
uses as people's names. The journey reader, the claim checker, the map and the batch
and server front ends all take that Document and refer to mentions by position, so two
places that share a name ("Paris, France" and "Paris, Texas") stay two places, and every
stage agrees where each mention lies.

A Document can also be made by hand (:meth:`Document.from_mentions`), from another
geoparser's output or from a user's corrections.

Examples
--------
>>> from mapper.model import Mention, Place
>>> text = "The train left Vladivostok. It reached Ussuriysk at dawn."
>>> usk = Place("Ussuriysk", lat=43.80467, lon=131.95734)
>>> doc = Document.from_mentions(text, [Mention("Ussuriysk", 39, 48, usk, 1.0)])
>>> doc.sentence_of(40)
'It reached Ussuriysk at dawn.'
>>> [m.surface for m in doc.mentions_between(28, 57)]
['Ussuriysk']
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Mention

if TYPE_CHECKING:
    from .text import Token

__all__ = ["Document"]


@dataclass(frozen=True)
class Document:
    """A text read once: sentences, place mentions by position, demonyms and people.

    Mentions and demonyms are sorted by position and do not overlap. Offsets index
    :attr:`text`.
    """

    text: str  #: The story as given.
    sentences: tuple[tuple[int, int], ...] = ()  #: ``(start, end)`` of each sentence.
    mentions: tuple[Mention, ...] = ()  #: Every place name, resolved or not, in order.
    demonyms: tuple[Mention, ...] = ()  #: Adjectives of countries ("North Korean").
    #: Folded words the text uses as people's names ("kim", "putin"), not places.
    people: frozenset[str] = frozenset()
    #: Whether a geoparser read the whole text, so that a capitalised word it did not
    #: take for a place was judged not to be one (False for partial, hand-made mentions).
    recognised: bool = False
    #: Positions the text gives by coordinates ("near 12.5S 45.3E"), as mentions of
    #: points (kind "point"), in order; not among :attr:`mentions`, which name places.
    points: tuple[Mention, ...] = ()
    #: Capitals named by their country ("Kenya's capital", "the Mongolian capital"), as
    #: mentions of the cities spanning those words, in order; beside :attr:`mentions`,
    #: which keep the country (:func:`mapper.geoparse.capitals.capital_readings`).
    capitals: tuple[Mention, ...] = ()
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _mention_starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _demonym_starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"text must be a str, got {type(self.text).__name__}")
        for m in (*self.mentions, *self.demonyms, *self.points, *self.capitals):
            if not (0 <= m.start <= m.end <= len(self.text)):
                raise ValueError(
                    f"mention {m.surface!r} at [{m.start}, {m.end}) lies outside the text "
                    f"of {len(self.text)} characters"
                )
        mentions = tuple(sorted(self.mentions, key=lambda m: (m.start, m.end)))
        object.__setattr__(self, "mentions", mentions)
        object.__setattr__(self, "demonyms", tuple(sorted(self.demonyms, key=lambda m: m.start)))
        object.__setattr__(self, "points", tuple(sorted(self.points, key=lambda m: m.start)))
        object.__setattr__(self, "capitals", tuple(sorted(self.capitals, key=lambda m: m.start)))
        object.__setattr__(self, "_starts", tuple(a for a, _ in self.sentences))
        object.__setattr__(self, "_mention_starts", tuple(m.start for m in mentions))
        object.__setattr__(self, "_demonym_starts", tuple(d.start for d in self.demonyms))

    @classmethod
    def from_mentions(
        cls,
        text: str,
        mentions: Iterable[Mention] = (),
        *,
        demonyms: Iterable[Mention] = (),
        people: Iterable[str] = (),
    ) -> Document:
        """Return a Document of ``text`` with the given mentions, its sentences split here."""
        from .text import sentence_spans

        return cls(
            text,
            tuple(sentence_spans(text)),
            tuple(mentions),
            tuple(demonyms),
            frozenset(people),
        )

    # -- sentences

    def sentence_index(self, offset: int) -> int | None:
        """Return the index of the sentence holding a character offset, or None."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return None

    def sentence_span(self, offset: int) -> tuple[int, int] | None:
        """Return ``(start, end)`` of the sentence holding a character offset, or None."""
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def sentence_of(self, offset: int) -> str:
        """Return the sentence holding a character offset ('' between sentences)."""
        span = self.sentence_span(offset)
        return "" if span is None else self.text[span[0] : span[1]]

    def sentences_starting(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """Return the ``(start, end)`` of the sentences that begin between two offsets."""
        return self.sentences[
            bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)
        ]

    def sentences_before(self, offset: int, count: int) -> tuple[tuple[int, int], ...]:
        """Return the last ``count`` sentences that begin before an offset, in order."""
        i = bisect.bisect_left(self._starts, offset)
        return self.sentences[max(0, i - count) : i]

    def tokens(self, start: int = 0, end: int | None = None) -> list[Token]:
        """Return the word tokens between two offsets (the whole text by default)."""
        from .text import tokenize

        return tokenize(self.text, start, len(self.text) if end is None else end)

    # -- mentions

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """Return the mentions that lie wholly between two offsets, in order."""
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return tuple(out)

    def demonyms_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """Return the demonyms that begin between two offsets, in order."""
        lo = bisect.bisect_left(self._demonym_starts, start)
        hi = bisect.bisect_left(self._demonym_starts, end)
        return self.demonyms[lo:hi]

    def mention_at(self, start: int, end: int | None = None) -> Mention | None:
        """Return the mention that overlaps the span ``[start, end)`` most, or None.

        With ``end`` omitted, the mention that holds the offset ``start``.
        """
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._mention_starts, end) - 1
        best: Mention | None = None
        best_overlap = 0
        while i >= 0:
            m = self.mentions[i]
            overlap = min(m.end, end) - max(m.start, start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
            if m.end <= start:  # mentions do not overlap: earlier ones end earlier
                break
            i -= 1
        return best

    @property
    def places(self) -> tuple[Mention, ...]:
        """Return the mentions that resolved to a place."""
        return tuple(m for m in self.mentions if m.place is not None)

    @property
    def countries(self) -> list[str]:
        """Return the ISO codes of countries the text names or implies, most named first."""
        counts: dict[str, int] = {}
        for m in (*self.mentions, *self.demonyms):
            code = m.adjective_country or (m.place.country if m.place else "")
            if code:
                counts[code] = counts.get(code, 0) + 1
        return sorted(counts, key=lambda c: -counts[c])

    def capital_within(self, start: int, end: int) -> Mention | None:
        """Return the capital named by its country within a span (see :attr:`capitals`)."""
        return next((c for c in self.capitals if start <= c.start and c.end <= end), None)

    def replace_mentions(self, mentions: Sequence[Mention]) -> Document:
        """Return a copy with other mentions (a user's corrections), the rest kept; a
        capital read through a country whose mention changed is dropped with it."""
        kept = set(mentions)
        capitals = tuple(
            c
            for c in self.capitals
            if all(m in kept for m in self.mentions_between(c.start, c.end))
        )
        return dataclasses.replace(self, mentions=tuple(mentions), capitals=capitals)

    def with_points(self) -> Document:
        """Return a copy whose mentions include the positions given by coordinates (those
        no place mention overlaps), for a stage that reads a point as a place: a claim
        that a storm's centre "near 17.5S 155.0E" lies 700 km from Rockhampton."""
        if not self.points:
            return self
        free = [
            p
            for p in self.points
            if not any(m.start < p.end and p.start < m.end for m in self.mentions)
        ]
        return self.replace_mentions([*self.mentions, *free]) if free else self
