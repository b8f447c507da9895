"""Read a journey from a parsed story: stops in travel order, with status and date.

A place becomes a stop when its sentence says the traveller went there (travel cues:
"a stop in", "arrived in", "was spotted near", "continued his journey", "reached",
"visited"): such stops are *confirmed*. Modal cues ("might visit", "could visit",
"speculated", "is scheduled to", "is expected to") make *speculated* stops, which are
candidate destinations. When the story's traveller is a country's leader travelling by
train or plane and the text names no starting point, the country's capital is added as
an *implied* origin. Places named without such cues are the story's *sites* (a forum
city, an earlier meeting place).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.model import Journey, Mention, Place, Stop
from mapper.text import MONTHS

from .legs import legs_between

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["MODES", "journey_from_document", "journey_from_text"]

#: Ways of travelling a leg.
MODES = ("rail", "road", "air", "sea", "unknown")

_CONFIRMED = re.compile(
    r"\b(?:stop(?:ped|s)? (?:in|at)|stopover in|arriv(?:ed|es|ing) (?:in|at)|"
    r"(?:spotted|seen|sighted) (?:near|in|at|outside|passing)|reached|"
    r"continued (?:his|her|their|its) (?:journey|trip)|"
    r"visited|toured|halted at|pulled into|crossed into|entered|passed through|"
    r"welcomed (?:in|at)|greeted (?:in|at)|landed (?:in|at)|docked (?:in|at))\b",
    re.IGNORECASE,
)
_SPECULATED = re.compile(
    r"\b(?:might|could|may|would)\s+(?:\w+\s+){0,3}?(?:visit|travel|go|head|stop|meet|tour|"
    r"take place|be held|arrive|end|continue)|speculat\w*|guess\w*|suggest\w*|predict\w*|"
    r"(?:is|are|was|were) (?:scheduled|expected|due|set|likely|planning|thought) to|"
    r"plans? to (?:visit|travel|go)|reportedly (?:heading|bound)|rumou?red|possible (?:visit|stop)|"
    r"final destination",
    re.IGNORECASE,
)
_DEPARTURE = re.compile(r"\b(?:left|departed(?: from)?|set off from|set out from)\s*$", re.I)
_TRAIN = re.compile(r"\b(?:train|rail|railway|railroad)\b", re.IGNORECASE)
_PLANE = re.compile(r"\b(?:plane|flew|flight|jet|airliner)\b", re.IGNORECASE)
_LEADER = re.compile(
    r"\b(?P<demonym>[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:leader|president|premier|prime minister|"
    r"king|chairman|head of state|ruler)\b"
)
_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2}) (?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\.? (?P<d2>\d{1,2}))"
    r"(?:,? (?P<y>\d{4}))?\b"
)
# A relative clause right after a name: ", which ... ." or ", where ... ,".
_RELATIVE = re.compile(r"^(?:\s+\w+)?,?\s+(?:which|where|that)\b[^,.;]{0,80}")
# "Ussuriysk, a city near where the train was spotted"
_NEAR_WHERE = re.compile(r"^,?[^.;]{0,40}\bnear where\b[^.;]{0,60}\b(?:spotted|seen|sighted)\b")
# Names that stand for something other than a place to go: "the Baranovsky line".
_NOT_A_STOP_AFTER = re.compile(
    r"^\s+(?:line|railway|railroad|highway|road|street|avenue|river|route|forum|region)\b", re.I
)
# "relations with Moscow", "talks with Seoul": a capital standing for its government.
_NOT_A_STOP_BEFORE = re.compile(r"\b(?:relations|ties|talks|trade|deal|agreement) with\s*$", re.I)
_STOP_KINDS = frozenset({"city", "town", "station", "spaceport", "factory", "airport", "campus"})


def _sentence_dates(sentence: str, year: int | None) -> str:
    for m in _DATE.finditer(sentence):
        month = MONTHS.get((m["m1"] or m["m2"] or "").lower())
        day = int(m["d1"] or m["d2"])
        y = int(m["y"]) if m["y"] else year
        if month and y and 1 <= day <= 31:
            try:
                return dt.date(y, month, day).isoformat()
            except ValueError:
                continue
    return ""


def _story_year(text: str) -> int | None:
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", text)]
    return max(set(years), key=years.count) if years else None


def journey_from_document(
    document: Document,
    *,
    gazetteer: Gazetteer | None = None,
    title: str = "",
    route_rail: bool = True,
) -> Journey:
    """Reconstruct the journey a parsed story describes, from its mentions by position.

    Returns a :class:`~mapper.model.Journey` whose stops are ordered: the implied or
    stated origin, the confirmed stops in the order the text reports them, then the
    speculated destinations. Places named without a travel cue are its sites.

    Parameters
    ----------
    document : Document
        From :func:`mapper.geoparse.parse_document` (or made by hand).
    gazetteer : Gazetteer, optional
        For the capital of an implied origin; the default gazetteer when omitted.
    title : str
        The journey's title; by default the story's first line when it is a headline.
    route_rail : bool
        Route rail legs over the railway network.
    """
    text = document.text
    year = _story_year(text)
    mode = "rail" if _TRAIN.search(text) else "air" if _PLANE.search(text) else "unknown"
    origin: Stop | None = None
    confirmed: list[Stop] = []
    speculated: list[Stop] = []
    seen: set[Place] = set()
    sites: list[Mention] = []
    previous_end = 0
    for m in document.mentions:
        # A cue binds to the next place it precedes: look back only to the previous name.
        span = document.sentence_span(m.start) or (m.start, m.end)
        s_start, s_end = span
        prev_end = max(previous_end, s_start) if previous_end <= m.start else s_start
        previous_end = m.end
        place = m.place
        if place is None or place.kind not in _STOP_KINDS or place in seen:
            continue
        sentence = text[s_start:s_end]
        before = text[prev_end : m.start]
        date = _sentence_dates(sentence, year)
        if _DEPARTURE.search(before[-40:]):
            origin = Stop(place, "origin", "confirmed", date, sentence=sentence, mode=mode)
            seen.add(place)
            continue
        after = text[m.end : s_end]
        if _NOT_A_STOP_AFTER.match(after) or _NOT_A_STOP_BEFORE.search(before):
            sites.append(m)
            continue
        spec = _cue(_SPECULATED, before, after)
        conf = _cue(_CONFIRMED, before, after)
        if spec:
            speculated.append(Stop(place, "destination", "speculated", date, "", sentence, mode))
        elif conf or _NEAR_WHERE.match(after):
            confirmed.append(Stop(place, "stop", "confirmed", date, "", sentence, mode))
        else:
            sites.append(m)
            continue
        seen.add(place)
    if origin is None and mode != "unknown":
        if gazetteer is None:
            from mapper.gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        origin = _implied_origin(text, gazetteer, mode, seen)
    stops = [s for s in [origin, *confirmed, *speculated] if s is not None]
    if stops and origin is None and confirmed:
        stops[0] = replace(stops[0], role="origin")
    legs = legs_between(stops, route_rail=route_rail)
    return Journey(tuple(stops), tuple(legs), tuple(sites), title or _title_of(text))


def journey_from_text(
    text: str, *, gazetteer: Gazetteer | None = None, title: str = "", route_rail: bool = True
) -> Journey:
    """Reconstruct the journey a story describes (parsing it once; see
    :func:`journey_from_document`).

    Examples
    --------
    >>> j = journey_from_text("The train left Vladivostok. It arrived in Khabarovsk.")
    >>> [(s.place.name, s.status) for s in j.stops]
    [('Vladivostok', 'confirmed'), ('Khabarovsk', 'confirmed')]
    """
    from mapper.geoparse import parse_document

    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    document = parse_document(text, gazetteer=gazetteer)
    return journey_from_document(document, gazetteer=gazetteer, title=title, route_rail=route_rail)


def _cue(pattern: re.Pattern, before: str, after: str) -> bool:
    """Return True if a cue governs the mention: before it in its sentence, or in a
    relative clause right after it ("the spaceport, which Putin is scheduled to visit")."""
    if pattern.search(before):
        return True
    clause = _RELATIVE.match(after)
    return bool(clause and pattern.search(clause.group()))


def _implied_origin(text: str, gazetteer: Gazetteer, mode: str, seen: set[Place]) -> Stop | None:
    for m in _LEADER.finditer(text):
        country = gazetteer.demonym(m["demonym"])
        if country is None:
            continue
        capital = _capital(country, gazetteer)
        if capital is None or capital in seen:
            return None
        vehicle = "personal train" if mode == "rail" else "plane"
        note = (
            f"implied: a {m['demonym']} leader travelling by {vehicle} starts from the capital, "
            f"{capital.name}"
        )
        return Stop(capital, "origin", "implied", sentence=note, mode=mode)
    return None


def _capital(country: Place, gazetteer: Gazetteer) -> Place | None:
    return gazetteer.capital(country.country) if country.country else None


def _title_of(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 120 and not first.endswith(".") else ""
