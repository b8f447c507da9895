"""A headline that names a route: "Manaus to Santarém", "From Athens to Naxos".

A travel story's first line often names where the journey begins and where it ends,
while its body tells the way between in its own words ("we walked down to the port",
"the ship leaves without us"). When the headline (:func:`mapper.text.headline`, and not
a question or an exclamation) holds two places joined by "to" (or a dash or an arrow), the first
is the journey's origin and the second its destination, confirmed, whatever the body
makes of them; only where the body tells confirmed stops that led to the origin (a
blog's earlier leg) do they stay before it. A region or country after either place
only qualifies it ("Tulsa, OK. to Wichita, KS.").

Examples
--------
>>> from mapper.geoparse import parse_document
>>> doc = parse_document("Manaus to Santarem\\nThe boat left at dawn.")
>>> [m.surface for m in headline_route(doc)]
['Manaus', 'Santarem']
>>> headline_route(parse_document("Manaus to Santarem by boat was slow.")) is None
True
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from mapper.document import Document
from mapper.journey.places import CONTAINER_GAP
from mapper.model import Mention, Stop
from mapper.text import headline

__all__ = ["headline_route", "with_headline_route"]

# the full stop of a qualifier's abbreviation may come first: "Tulsa, OK. to Wichita"
_JOINT = re.compile(r"\.?\s+(?:to|To|TO|->|→|–|—|-)\s+")
_AREAS = frozenset({"region", "country"})
_KINDS = frozenset({"city", "town", "station", "spaceport", "airport", "island", "port"})


def headline_route(document: Document) -> tuple[Mention, Mention] | None:
    """Return the origin and destination a story's headline names, or ``None``."""
    text = document.text
    first = headline(text)
    if not first or first.endswith(("!", "?")):
        return None
    start = text.index(first)
    line_end = start + len(first)
    named = [
        m for m in document.mentions
        if start <= m.start and m.end <= line_end and m.place is not None
    ]  # fmt: skip
    # each place with the end of what qualifies it: "Tulsa, OK" ends after "OK"
    ends: list[tuple[Mention, int]] = []
    for m in named:
        area = m.place is not None and m.place.kind in _AREAS
        if ends and area and CONTAINER_GAP.match(text[ends[-1][1] : m.start]):
            ends[-1] = (ends[-1][0], m.end)
        else:
            ends.append((m, m.end))
    for (a, a_end), (b, _) in itertools.pairwise(ends):
        kinds = {a.place.kind, b.place.kind} if a.place and b.place else set()
        if _JOINT.fullmatch(text, a_end, b.start) and a.place != b.place and kinds <= _KINDS:
            return a, b
    return None


def with_headline_route(
    stops: list[Stop], route: tuple[Mention, Mention], mode: str, line: str
) -> list[Stop]:
    """Return the stops with the headline's origin first and its destination last, each
    added (confirmed, ``line`` as its sentence) where the body did not make it a stop."""
    origin, destination = route[0].place, route[1].place
    if origin is None or destination is None:
        return stops
    at = next((k for k, s in enumerate(stops) if s.place == origin), None)
    if (
        at is not None
        and stops[at].role != "origin"
        and all(s.status == "confirmed" for s in stops[: at + 1])
    ):
        # the body reached the origin from places it tells before ("we had caught the
        # early bus from X" to it): the headline names this leg, not the whole trip
        out = list(stops)
    else:
        out = [s for s in stops if s.place != origin]
        first = stops[at] if at is not None else None
        out.insert(0, first or Stop(origin, "origin", "confirmed", "", "", line, mode))
    if not any(s.place == destination for s in out):
        out.append(Stop(destination, "destination", "confirmed", "", "", line, mode))
    ends = (origin, destination)  # confirmed by the headline, whatever the body plans
    return [
        replace(
            s,
            role="stop" if s.role == "origin" and i else s.role,
            status="confirmed" if s.place in ends else s.status,
        )
        for i, s in enumerate(out)
    ]
