"""The places a figure parts or lists before it, for :mod:`.parse`: "X and Y are N km
apart", "X, Y and Z are N, M and K km from W", and the one town before "N km away"."""

from __future__ import annotations

import itertools
import re

from .clauses import _SERIES_GAP, _SUBJECT_IS, boundaries
from .ends import _BOTH_BEFORE_RE, _FROM_FRONTED_RE, _RESPECTIVELY_RE
from .sentence import Sentence
from .sentence_names import Name, qualifies
from .types import Endpoint
from .vocabulary import _NUMBER, _UNIT

__all__ = [
    "both_located",
    "other_place",
    "pair_before",
    "place_in_area",
    "restated_end",
    "series_before",
]


def pair_before(sentence: Sentence, pos: int) -> tuple[Endpoint, Endpoint] | None:
    """Return the two places of "X and Y are N km apart" (or of the clause before
    "which are N km apart", or of "those two towns are N km apart")."""
    paren = sentence.paren_of(pos)
    lo = sentence.start if paren is None else paren[0] + 1
    boundary = None
    for m in boundaries(sentence.text, lo, pos):
        boundary = m
    start = boundary.end() if boundary else lo
    heads = sentence.heads(start, pos)
    if len(heads) < 2:
        heads = sentence.heads(lo, boundary.start() if boundary else pos)[-2:]
    if len(heads) < 2:
        return None
    joined = _joined_pairs(sentence, heads)
    if joined:
        # "By the guides of Fodor and Baedeker, Porto and Braga are 50 km apart": the
        # pair nearest the figure, not names in a clause before it
        return sentence.endpoint(joined[-1][0]), sentence.endpoint(joined[-1][1])
    return sentence.endpoint(heads[0]), sentence.endpoint(heads[1])


#: What joins the two of a pair: "X and Y", "X & Y".
_AND_GAP = re.compile(r",?\s+(?:and|&)\s+", re.IGNORECASE)


def _joined_pairs(sentence: Sentence, heads: list[Name]) -> list[tuple[Name, Name]]:
    """Return the pairs of names joined by "and", each past the region that qualifies its
    first ("Frederick, Maryland and Cleveland, Ohio": Frederick and Cleveland)."""
    groups: list[list[Name]] = []
    for head in heads:
        if groups and qualifies(sentence.text, groups[-1][-1], head):
            groups[-1].append(head)
        else:
            groups.append([head])
    return [
        (first[0], second[0])
        for first, second in itertools.pairwise(groups)
        if _AND_GAP.fullmatch(sentence.text, first[-1].end, second[0].start)
    ]


#: A figure's reference right before a name: "17 km south of X".
_FIGURE_OF = re.compile(
    rf"{_NUMBER}\s*{_UNIT}\b\)?\s+(?:[a-z-]+\s+){{0,2}}?(?:of|from)\s+$", re.IGNORECASE
)


def series_before(sentence: Sentence, pos: int, count: int) -> list[Endpoint] | None:
    """Return the last ``count`` places named before ``pos`` (before its parenthesis)
    when they form one series, "X, Y and Z" ("both X and Y"); else None."""
    paren = sentence.paren_of(pos)
    heads = sentence.heads(sentence.start, paren[0] if paren is not None else pos)[-count:]
    if len(heads) < count:
        return None
    if _FIGURE_OF.search(sentence.text, sentence.start, heads[0].start):
        return None  # "A, 17 km south of X, and B, 16 km east of X": X is a figure's end
    for first, second in itertools.pairwise(heads):
        if not _SERIES_GAP.fullmatch(sentence.text, first.end, second.start):
            return None
    return [sentence.endpoint(name) for name in heads]


#: A plural verb of place after a pair: "A and B are 250 km north of X".
_PAIR_VERB = re.compile(r"\s+(?:are|lie|sit|stand)\b")


def both_located(sentence: Sentence, both: list[Endpoint], pos: int) -> bool:
    """Return whether a figure at ``pos`` locates each of two places named before it as a
    pair: "Both Bergen and Stavanger are 300 km from Oslo", "A and B, N km north of X",
    "A and B are about 250 km north of X"."""
    text = sentence.text
    paired = " and " in text[both[0].end : both[1].start]
    return bool(
        _BOTH_BEFORE_RE.search(text, sentence.start, both[0].start)
        or (paired and text[both[1].end : pos].strip() == ",")
        # (not "A and B lie 60 km from X and Y respectively": a figure each, paired)
        or (
            paired
            and _PAIR_VERB.match(text, both[1].end)
            and not _RESPECTIVELY_RE.search(text, pos, sentence.end)
        )
    )


def other_place(sentence: Sentence, exclude: Endpoint | None) -> Endpoint | None:
    """Return the one town named before the located place, for "N km away" without a
    "from" ("the crews had gathered in Kiruna, some 120 km away"); the place the sentence
    opens from first ("From X it's 300 km west to Y and 50 km north to Z")."""
    until = exclude.start if exclude is not None else sentence.end
    fronted = _FROM_FRONTED_RE.match(sentence.text, sentence.start, until)
    opening = sentence.reference_after(fronted.end()) if fronted else None
    if opening is not None and not opening.anaphoric and opening.end <= until:
        return opening
    heads = [
        n
        for n in sentence.heads(sentence.start, until)
        if not n.is_area and (n.mention is not None or n.placelike or n.start > sentence.start)
    ]
    if heads and _AWAY_ITSELF.match(sentence.text, heads[0].core_end):
        return None  # "the nearest towns are A, 77 km away, and B, 155 km away": peers
    return sentence.endpoint(heads[0]) if len(heads) == 1 else None


#: A town with its own "N km away" right after its name: located, like the next one, from
#: a place the sentence does not name.
_AWAY_ITSELF = re.compile(r",\s+(?:\w+\s+)?\d[\d,.]*\s*\w+\s+away\b")


#: "Kelbaker in the Mojave Desert": a place, then the area that holds it.
_IN_AREA_GAP = re.compile(r"\s+in\s+(?:the\s+)?")
#: What may open a sentence before its subject's name.
_SUBJECT_OPENS = re.compile(r"\W*(?:the\s+)?", re.IGNORECASE)


def place_in_area(sentence: Sentence, target: Endpoint) -> Endpoint:
    """Return the place an area taken as a figure's located end holds, as the sentence
    names it: the name right before "in" ("Kelbaker in the Mojave Desert, 15 km east
    of X"), else the subject the sentence opens with ("X is a crater in Western
    Australia, 150 km south of Y"); the area itself when the sentence names neither."""
    named = sentence.name_at(target.start)
    if named is None or not named.is_area:
        return target
    text = sentence.text
    prior = [n for n in sentence.names if n.end <= target.start]
    if prior and _IN_AREA_GAP.fullmatch(text, prior[-1].end, target.start):
        return target if prior[-1].is_area else sentence.endpoint(prior[-1])
    first = prior[0] if prior else None
    if (
        first is not None
        and first.start != target.start
        and _SUBJECT_OPENS.fullmatch(text, sentence.start, first.start)
        and _SUBJECT_IS.match(text, first.end)
    ):
        return sentence.endpoint(first)
    return target


_BRACKET_CLOSE = re.compile(r"\s*\)")


def restated_end(text: str, origin: Endpoint | None, figure: re.Match[str]) -> int | None:
    """Return where the bracket closes when a figure stands alone in it right after the
    reference of the claim before, restating that claim in another unit ("X is 156 km west
    of Y (about 97 miles)"); else None."""
    if origin is None or origin.end > figure.start():
        return None
    if text[origin.end : figure.start()].strip() != "(":
        return None
    closing = _BRACKET_CLOSE.match(text, figure.end())
    return closing.end() if closing is not None else None
