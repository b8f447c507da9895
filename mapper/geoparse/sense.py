"""One sense per story: a name a story uses many times for one place keeps that place
where only the words around one use ("the port town of X") read it as another kind.

A level cue ("the town of", "city of") reads a name as a town; but when the same story
names the same word twice or more as something else (a country, a region) and the
town that cue finds lies far from it, the cue was a description ("Essaouira, a fishing
town of Morocco"), not the name of a namesake across the world (Morocco, Indiana).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from mapper.geodesy import distance_km
from mapper.model import Mention
from mapper.names import fold

from .found import CUED

__all__ = ["one_sense"]

_AS_ELSEWHERE = "read as the story reads the same name elsewhere"
#: Farther than this from the story's own reading, a cued namesake is another place.
FAR_KM = 1000.0


def one_sense(mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a level-cued reading replaced by the reading the story
    gives the same name at least twice elsewhere, when the two lie over
    :data:`FAR_KM` apart."""

    def cued(m: Mention) -> bool:
        return any(CUED in e for e in m.evidence)

    if not any(m.place is not None and cued(m) for m in mentions):
        return mentions
    told = Counter((fold(m.surface), m.place) for m in mentions if m.place and not cued(m))
    out = []
    for m in mentions:
        if m.place is not None and cued(m):
            key = fold(m.surface)
            usual = [p for (k, p), n in told.most_common() if k == key and n >= 2]
            if usual and distance_km(usual[0], m.place) > FAR_KM:
                m = replace(m, place=usual[0], evidence=(*m.evidence, _AS_ELSEWHERE))
        out.append(m)
    return out
