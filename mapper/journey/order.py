"""Put a story's stops in travel order and give them roles.

The reader (:mod:`mapper.journey.reader`) turns each place the story's words make a stop
into an :class:`Event`; this module orders them (the place left first, then by date where
the story dates them, else as told; speculated stops last), keeps a country or region only
when no stop lies inside it, puts the dateline city in place of the country it lies in,
and adds the origin a story implies.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.geodesy import distance_km
from mapper.geoparse.cues import dateline_kind
from mapper.model import Mention, Place, Stop

from .cues import GOING, REACHED_BEFORE
from .refit import route_readings

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = [
    "AREA_STOP_KINDS",
    "LAST",
    "Event",
    "at_dateline",
    "from_dateline",
    "holds",
    "implied_origin",
    "ordered",
    "with_roles",
    "without_airports_of_towns",
    "without_containers",
]

AREA_STOP_KINDS = frozenset({"country", "region", "island", "county"})
_LEADER = re.compile(
    # "North Korean leader", "The U.S. president", "Kenya's deputy president",
    # "Chinese Foreign Minister"
    r"\b(?P<demonym>[A-Z][\w.-]*(?: [A-Z][\w-]*)??)(?:['\u2019]s)? (?i:(?:deputy |vice |acting )?"
    r"(?:leader|president|premier|prime minister|king|queen|emperor|chairman|head of state|"
    r"ruler|foreign minister|secretary of state|foreign secretary|state councill?or|chancellor))\b"
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: Where a journey's last stop goes in travel order, told anywhere ("The tour
#: culminates in Denver"): past every index of the story.
LAST = 1_000_000.0


@dataclass(slots=True)
class Event:
    """A place the story's words make a stop, before ordering."""

    mention: Mention
    place: Place
    role: str  #: "depart", "arrive" or "return".
    status: str
    date: str
    mode: str
    sentence: str
    index: float  #: Position in travel order: the story's, a "via" stop before its goal.
    #: 1 when a "before ...ing" clause tells it ("arrived on Tuesday, before completing
    #: his journey to X"): it comes after the day's other stops; else 0.
    later: int = 0
    #: Whether a schedule's dated line tells it ("7-9: Rock am Ring, Nürburg").
    scheduled: bool = False


#: A diary's day heading opening a line: "Day 12: Hamilton to Rotorua".
_DAY_HEADING = re.compile(r"^[ \t]*Day[ \t]+(\d{1,3})\b", re.MULTILINE)


def _days_told_backwards(events: list[Event], text: str) -> list[Event]:
    """Return the events of a page that tells its days newest first ("Day 29: ..." above
    "Day 28: ...") in the order of its days, each day's as told; others as they are."""
    heads = [(m.start(), int(m[1])) for m in _DAY_HEADING.finditer(text)]
    days = [day for _, day in heads]
    if len(days) < 2 or any(a <= b for a, b in itertools.pairwise(days)):
        return events
    section = LAST / (len(days) + 1)
    if any(section <= e.index < LAST for e in events):
        return events
    starts = [start for start, _ in heads]

    def shifted(e: Event) -> Event:
        told = max(bisect.bisect_right(starts, e.mention.start) - 1, 0)  # its day's section
        return replace(e, index=e.index + (len(days) - 1 - told) * section)

    return sorted((shifted(e) if e.index < LAST else e for e in events), key=lambda e: e.index)


#: What parts two legs of one sentence: "to X, then to Y", "to X; from Y".
_CLAUSE_BREAK = re.compile(r"[,;.]|\bthen\b")


def ordered(events: list[Event], doc: Document, *, narrated: bool) -> list[Stop]:
    """Return the stops in travel order, each place once (a return visit twice);
    ``narrated``: a traveller tells the trip, in order (:func:`.narrator.told_by_traveller`).
    A place the text says was not reached ("I never quite made it to Granada") has none
    told before it says so."""
    never = _never_reached(doc)  # where the text says so: a later arrival still holds
    events = _plans_named_again(_days_told_backwards(events, doc.text), doc)
    events = _on_the_way([e for e in events if e.mention.start > never.get(e.place, -1)])
    departures = [e for e in events if e.role == "depart" and e.status == "confirmed"]
    arrivals = [e for e in events if e.role == "arrive" and e.status == "confirmed"]
    first_told = {e.place: e for e in reversed(arrivals)}  # a place's first arrival told
    confirmed = [
        e
        for e in events
        if e.role != "depart"
        and e.status == "confirmed"
        and (e.role != "arrive" or first_told[e.place] is e)
    ]
    # A plan told twice is one plan, where the story leaves it: "likely to return to X",
    # "a possible stop in Y", "probably going back to X" ends at X.
    planned = [e for e in events if e.status == "speculated"]
    # ... unless what comes later tells no going, only a stay's detail ("will arrive in
    # Jakarta ... he plans to visit the mosques in Jakarta"): the plan stays where it was
    last_told: dict[Place, Event] = {}
    for e in planned:
        if e.place not in last_told or e.role == "return" or _goes(e, doc):
            last_told[e.place] = e
    speculated = [e for e in planned if last_told[e.place] is e]
    speculated.sort(key=lambda e: e.index >= LAST)  # "will end in X": last, else as told
    # "will board a plane to Sydney from Dubai": a plan's place left comes before the
    # place its clause goes to
    for i in range(1, len(speculated)):
        e, before = speculated[i], speculated[i - 1]
        if e.role == "depart" and not _CLAUSE_BREAK.search(
            doc.text, before.mention.end, e.mention.start
        ):
            speculated[i - 1], speculated[i] = e, before
    # A town inside a country told as a stop takes the country's first place in the order:
    # "visits to Ethiopia, Nigeria ... During his stay in Ethiopia ... in Addis Ababa".
    # Not past a town outside it told between them: "Laos to Cambodia ... left Luang Prabang
    # ... via Bangkok to Siem Reap": Siem Reap comes last.
    areas = [e for e in confirmed if e.place.kind == "country"]
    confirmed = [
        next(
            (
                replace(e, index=a.index)
                for a in areas
                if a.index < e.index
                and holds(a.place, e.place)
                and not _town_outside_between(a, e, events)
            ),
            e,
        )
        for e in confirmed
    ]
    # A country or region is a stop only when no other stop lies inside it.
    towns = [e.place for e in events if e.place.kind not in AREA_STOP_KINDS]

    # The first place left opens the journey (the one told before the others: "set off
    # from Y after getting out of X by train" left X first); a later place left was
    # reached where the story tells it.
    departures.sort(key=lambda e: e.index)
    # ... unless a traveller's own account, told in the order it happened, reached that
    # place before, after reaching another ("We arrived in Vladivostok ... We arrived at
    # Irkutsk ... From Irkutsk we took the train"): the trip goes on from there. (News
    # tells a trip out of order: its lead's arrival may come before the start.)
    # ... and so, in any story, does a place left in a clause that says it came next, after
    # an arrival was told ("We spent two nights in Hue. Then we took the train from Vinh to
    # Hanoi": Hue, Vinh, Hanoi).
    first_arrival = min((e.index for e in arrivals), default=-1)
    reached = {e.place: e.index for e in reversed(arrivals)} if narrated else {}
    opening = [
        e
        for e in departures
        if not first_arrival < reached.get(e.place, e.index) < e.index
        and not (-1 < first_arrival < e.index and _told_next(e, doc))
    ][:1]
    dated = _by_date(confirmed + [e for e in departures if e not in opening])
    order = [*opening, *dated, *speculated]
    fitted = route_readings(
        [e.place for e in order], [e.mention for e in order], [e.mode for e in order]
    )
    order = [e if e.place is p else replace(e, place=p) for e, p in zip(order, fitted, strict=True)]
    stops: list[Stop] = []
    seen: set[Place] = set()
    entered: tuple[Place, str] | None = None  # a country left out, with the day it was reached
    for n, e in enumerate(order):
        if e.place.kind in AREA_STOP_KINDS and any(holds(e.place, t) for t in towns):
            # ... unless it is a visit of its own, between stops outside it: "returned to
            # Florida on Thursday ... St. Louis ... Boca Raton, Florida on Sunday"
            beside = [o.place for o in order[max(0, n - 1) : n + 2] if o is not e]
            if not _visit_apart(e.place, e.status, beside):
                day = _arrival_day(e, events) if e.status == "confirmed" else ""
                entered = (e.place, day) if day else entered
                continue
        # "They left Lisbon in July ... and reached Lisbon again in August": back at the start
        # after two stops or more, told by a verb of reaching right before the name
        returned = e.role == "return" or (
            e.role == "arrive"
            and e.status == "confirmed"
            and len(stops) > 2
            and stops[0].role == "origin"
            and stops[0].place == e.place
            and e.index > order[0].index
            and _reached_again(e, doc)
        )
        if e.place in seen and not (returned and stops and stops[-1].place != e.place):
            continue
        if stops and stops[-1].place == e.place:
            continue
        seen.add(e.place)
        role = "origin" if e.role == "depart" else "stop"
        date = _arrival_day(e, events)
        if entered is not None and holds(entered[0], e.place) and e.status == "confirmed":
            # "entered Ghana on 6 March ... welcomed in Accra": reached that day
            date = date or entered[1]
        entered = None
        stops.append(Stop(e.place, role, e.status, date, "", e.sentence, e.mode))
    return stops


#: A word of arriving in a sentence: its day is the day the place was reached.
_ARRIVED_WORD = re.compile(r"\b(?:arriv\w*|reach\w*|land(?:ed|ing)|touched\s+down)\b", re.I)


def _town_outside_between(area: Event, town: Event, events: list[Event]) -> bool:
    """Return whether a confirmed town outside ``area`` is told between it and ``town``."""
    return any(
        area.index < e.index < town.index
        and e.status == "confirmed"
        and e.role != "return"  # "returned to X after visits to A, B": told out of order
        and e.place.kind not in AREA_STOP_KINDS
        and not holds(area.place, e.place)
        for e in events
    )


def _arrival_day(e: Event, events: list[Event]) -> str:
    """Return the day a stop was reached: its event's, unless that event tells only the
    leg toward it ("a flight to Paris" on the 22nd) and the story says it arrived there
    the next day ("On the 23rd we arrived in Paris")."""
    told = e.sentence.split("\n", 1)[0]  # its own line: a log's next day may follow it
    if len(e.date) != 10 or e.status != "confirmed" or _ARRIVED_WORD.search(told):
        return e.date
    day = dt.date.fromisoformat(e.date)
    for other in events:
        if (
            other.place == e.place
            and other.index > e.index
            and other.status == "confirmed"
            and len(other.date) == 10
            and dt.date.fromisoformat(other.date) == day + dt.timedelta(days=1)
            and _ARRIVED_WORD.search(other.sentence)
        ):
            return other.date
    return e.date


#: A sentence that opens on the way just told: "On the way we passed X", "En route, ...".
_ON_THE_WAY = re.compile(
    r"\W*(?:on\s+(?:the|our|their)\s+way|along\s+the\s+way|en\s+route)\b"
    r"(?!\s+(?:back|home|out|there\s+and\s+back))",  # not the way back: after the arrival
    re.I,
)


#: The traveller saying a place was not reached after all: "never made it to X", "never got
#: to X", "didn't quite make it to X" (a bare "didn't make it to X" may be a delay only).
_NEVER_REACHED = re.compile(
    r"\b(?:never\s+(?:quite\s+|actually\s+|even\s+)?|(?:didn['\u2019]t|did\s+not|couldn['\u2019]t|"
    r"could\s+not)\s+quite\s+)(?:make|made|get|got|reach(?:ed)?)\s+(?:it\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)


def _never_reached(doc: Document) -> dict[Place, int]:
    """Return the places the text says the traveller did not reach, each with where it
    says so (a delay, "we didn't make it to X that day", may come before an arrival)."""
    return {
        m.place: m.start
        for m in doc.mentions
        if m.place is not None and _NEVER_REACHED.search(doc.text, max(0, m.start - 60), m.start)
    }


def _on_the_way(events: list[Event]) -> list[Event]:
    """Return the events with a place passed "on the way" set before the arrival the
    sentence before told ("We drove from A to B. On the way we passed C": A, C, B)."""
    out: list[Event] = []
    for e in events:
        arrived = [p for p in out if p.role == "arrive" and p.sentence != e.sentence]
        if e.role != "depart" and arrived and _ON_THE_WAY.match(e.sentence):
            e = replace(e, index=arrived[-1].index - 0.5)
        out.append(e)
    return out


#: A word that tells what comes next in time: "Then we took the train from X".
_NEXT_IN_TIME = re.compile(
    r"\b(?:then|afterwards?|later|next|thereafter|after\s+(?:that|this)|from\s+there)\b", re.I
)


_GOES_ON_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:(?:[a-z]+ed|drove|flew|rode|went|came|ran)\s+on\s+(?:to|towards?|for)\b|continu(?:ed|es)\s+(?:on\s+)?to\b|"
    r"pressed\s+on\b|(?:began|started)\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:leg|part|stage)\b)",
    re.I,
)


def _told_next(e: Event, doc: Document) -> bool:
    """Return whether the words before an event's mention in its clause tell it came
    after what was told before it ("Then we left X", "Afterwards we took a bus from X")."""
    span = doc.sentence_span(e.mention.start)
    start = span[0] if span else max(0, e.mention.start - 80)
    clause = max(start, *(doc.text.rfind(c, start, e.mention.start) + 1 for c in ",;:"))
    if _NEXT_IN_TIME.search(doc.text, clause, e.mention.start) is not None:
        return True
    # "From X we sailed on to Y", "From X we began the last leg": the trip went on from X
    return _GOES_ON_AFTER.match(doc.text, e.mention.end) is not None


def _reached_again(e: Event, doc: Document) -> bool:
    """Return whether the words right before an event's mention tell it reached ("reached
    Lisbon on 29 August", "arrived back in X"), not only named ("the port you reach when
    travelling to X")."""
    at = e.mention.start
    return REACHED_BEFORE.search(doc.text, max(0, at - 40), at) is not None


def at_dateline(stops: list[Stop], doc: Document) -> list[Stop]:
    """Return the stops with a country the traveller reached replaced by the story's
    dateline city inside it: "DAR ES SALAAM -- Obama arrived in Tanzania" is at Dar es
    Salaam. Only where no other stop lies in that country. The dateline may stand under a
    headline that names places first."""
    first = next(
        (m for m in doc.mentions[:4] if dateline_kind(doc.text, m.start, m.end) is not None),
        None,
    )
    city = first.place if first is not None else None
    if first is None or city is None:
        return stops
    countries = [
        s
        for s in stops
        if s.place.kind == "country" and s.status == "confirmed" and holds(s.place, city)
    ]
    if len(countries) != 1 or any(holds(countries[0].place, s.place) for s in stops):
        return stops
    return [replace(s, place=city) if s is countries[0] else s for s in stops]


# A dateline closed by a colon, which news datelines use too: "NEW DELHI:", "Lagos, May 3:"
# (the dashes and agencies of the others are :func:`dateline_kind`'s).
_COLON_DATELINE = re.compile(r"\s*(?:,[^\n:\u2013\u2014]{0,30})?\s*:")
# Setting off with no place named: "left for a five-day tour", "departs on a visit".
_SETS_OFF = re.compile(
    r"\b(?P<verb>left|departed|set\s+off|set\s+out|emplaned|flew\s+out|leaves|departs|"
    r"will\s+(?:leave|depart|set\s+off))\s+(?:on|for)\s+(?:a|an|his|her|their|the)\b",
    re.IGNORECASE,
)


def from_dateline(stops: list[Stop], doc: Document) -> list[Stop]:
    """Return the stops with the dateline city first when the story's first sentence
    has the traveller set off from it to no named place: "New Delhi: Modi left for a
    five-day tour of Africa" starts in New Delhi."""
    first = doc.mentions[0] if doc.mentions else None
    if first is None or first.place is None or first.place.kind != "city":
        return stops
    dateline = dateline_kind(doc.text, first.start, first.end) is not None or bool(
        _COLON_DATELINE.match(doc.text, first.end)
    )
    if doc.text[: first.start].strip() or not dateline:
        return stops
    end = doc.text.find(". ", first.end)
    sentence = doc.text[first.start : len(doc.text) if end == -1 else end + 1]
    sets_off = _SETS_OFF.search(sentence)
    if sets_off is None or any(s.place == first.place for s in stops):
        return stops
    status = (
        "speculated"
        if sets_off["verb"].lower().startswith(("will", "leaves", "departs"))
        else "confirmed"
    )
    return [Stop(first.place, "origin", status, sentence=sentence, mode="unknown"), *stops]


def without_containers(stops: list[Stop]) -> list[Stop]:
    """Return the stops without the countries and regions that hold another stop."""
    return [
        s
        for n, s in enumerate(stops)
        if s.place.kind not in AREA_STOP_KINDS
        or (
            not any(holds(s.place, t.place) for t in stops)
            and not _landed_on(s.place, stops[n + 1] if n + 1 < len(stops) else None)
        )
        or _visit_apart(
            s.place, s.status, [t.place for t in stops[max(0, n - 1) : n + 2] if t is not s]
        )
    ]


#: An airport this near a town told as a stop beside it is that town's stop (km).
_AIRPORT_OF_TOWN_KM = 30.0


def without_airports_of_towns(stops: list[Stop]) -> list[Stop]:
    """Return the stops without an airport told beside its own town ("arrived in Tehran
    ... received at Mehrabad Airport"): a site inside a town folds into the town's stop."""

    def folds(i: int) -> bool:
        airport = stops[i].place
        if airport.kind != "airport":
            return False
        near = [stops[k].place for k in (i - 1, i + 1) if 0 <= k < len(stops)]
        return any(
            p.kind == "city" and distance_km(p, airport) <= _AIRPORT_OF_TOWN_KM for p in near
        )

    return [s for i, s in enumerate(stops) if not folds(i)]


def holds(area: Place, other: Place) -> bool:
    """Return whether a country or region holds another place (a region only a town)."""
    if other == area or (other.kind in AREA_STOP_KINDS and area.kind != "country"):
        return False
    if area.kind == "country":
        return other.country == area.country and other.kind != "country"
    return other.country == area.country and other.admin1 == area.name


#: A town reached right after an island this near the island's point is taken to lie on
#: it (km): Svolvær is 12 km from Lofoten's point, Baltra 39 km from the Galápagos'.
_TOWN_ON_ISLAND_KM = 45.0


def _landed_on(island: Place, after: Stop | None) -> bool:
    """Return whether the stop after an island is a town on it ("crossed to Lofoten ...
    reached Svolvær"): the island, no bounds filed, only held the town."""
    return (
        island.kind == "island"
        and after is not None
        and after.place.kind == "city"
        and distance_km(island, after.place) <= _TOWN_ON_ISLAND_KM
    )


def _visit_apart(area: Place, status: str, beside: list[Place]) -> bool:
    """Return whether a confirmed region's visit stands apart from the stops inside it:
    the stops beside it in travel order both lie outside it ("flew to North Carolina"
    on the last day, after a rally in Fayetteville on the first)."""
    return (
        status == "confirmed"
        and area.kind == "region"
        and len(beside) == 2
        and not any(holds(area, p) or p == area for p in beside)
    )


#: A stay told by its noun right before the place: "his stay in X", "the stopover at X".
_STAY_NOUN = re.compile(
    r"\b(?:visit|stay|stopover|stop|sojourn|trip)\s+(?:to|in|at)\s+(?:the\s+)?$", re.I
)
#: A verb in the past, regular or among the commonest irregular ones of travel; not one of
#: speech, which tells when the plan was told ("the White House said of his stop in X").
_PAST_WORDS = "was were had did went came left flew met".split()
_SPEECH_STEMS = "announc report stat add not explain claim confirm".split()
_PAST = re.compile(
    rf"\b(?:{'|'.join(_PAST_WORDS)}|(?!(?:{'|'.join(_SPEECH_STEMS)})ed)\w{{3,}}ed)\b", re.I
)


def _plans_named_again(events: list[Event], doc: Document) -> list[Event]:
    """Return the events with a planned place's stay named again by its noun, in a
    sentence with no verb in the past, as the plan it was: "will fly to X on June 12 ...
    How her stay in X goes will show ..." has not reached X yet."""
    planned = {e.place for e in events if e.status == "speculated"}
    out = []
    for e in events:
        span = doc.sentence_span(e.mention.start) or (e.mention.start, e.mention.end)
        if (
            e.status == "confirmed"
            and e.place in planned
            and _STAY_NOUN.search(doc.text, max(span[0], e.mention.start - 30), e.mention.start)
            and not _PAST.search(doc.text, span[0], span[1])
        ):
            e = replace(e, status="speculated")
        out.append(e)
    return out


def _goes(event: Event, doc: Document) -> bool:
    """Return whether the words before an event's name in its sentence tell a going, or
    a schedule's dated line tells it ("7-9: Rock am Ring, Nürburg")."""
    if event.scheduled:
        return True
    at = event.mention.start
    span = doc.sentence_span(at)
    lo = max(span[0] if span else 0, at - 60)
    # ... or an arrival right before the place: "will reach X", "is to arrive in X"
    return GOING.search(doc.text, lo, at) is not None or bool(
        REACHED_BEFORE.search(doc.text, lo, at)
    )


def _by_date(events: list[Event]) -> list[Event]:
    """Return events in date order where the story dates them, else in story order; an
    undated event keeps the date of the one told before it."""
    keyed = []
    last = ""
    for e in events:
        last = e.date or last
        keyed.append((last or "0000", e.later, e.index, e))
    if not any(e.date for e in events):
        return sorted(events, key=lambda e: e.index)
    return [k[-1] for k in sorted(keyed, key=lambda k: k[:3])]


def with_roles(stops: Sequence[Stop]) -> list[Stop]:
    """Return the stops with their roles: the first the origin, a speculated one a
    destination (where the journey may be heading), any other a stop. The reader and
    the corrections of ``mapper serve`` both give roles by this one rule."""
    out = []
    for i, stop in enumerate(stops):
        if i == 0:
            role = "origin"
        elif stop.status == "speculated":
            role = "destination"
        else:
            role = "stop"
        out.append(replace(stop, role=role))
    return out


def implied_origin(
    text: str, events: list[Event], gazetteer: Gazetteer | None, stops: list[Stop]
) -> Stop | None:
    """Return the origin a story implies: the place it says the traveller returns to, or
    the capital of a leader who travels by train or plane."""
    returns = [e for e in events if e.role == "return"]
    if returns and returns[0].place != stops[0].place:
        place = returns[0].place
        note = f"implied: the traveller returns to {place.name}, so the journey began there"
        return Stop(place, "origin", "implied", sentence=note, mode="unknown")
    modes = {s.mode for s in stops}
    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    seen = {s.place for s in stops}
    # the leader is the traveller when named by the first stop's sentence, not a leader
    # the story names later ("... North Korean leader Kim's half brother was killed")
    first = min((e.mention.start for e in events), default=len(text))
    told = _SENTENCE_END.search(text, first)
    for m in _LEADER.finditer(text, 0, told.end() if told else len(text)):
        country = _country_named(gazetteer, m["demonym"])
        if country is None or not country.country:
            continue
        capital = gazetteer.capital(country.country)
        if capital is None or capital in seen:
            return None
        if modes & {"rail", "air"}:
            mode = "rail" if "rail" in modes else "air"
            vehicle = "personal train" if mode == "rail" else "plane"
            how = f"travelling by {vehicle}"
        elif stops[0].place.country and stops[0].place.country != country.country:
            mode, how = "unknown", "visiting abroad"  # "X's foreign minister will visit Fiji"
        else:
            return None
        note = f"implied: a {m['demonym']} leader {how} starts from the capital, {capital.name}"
        return Stop(capital, "origin", "implied", sentence=note, mode=mode)
    return None


def _country_named(gazetteer: Gazetteer, word: str) -> Place | None:
    """Return the country a demonym ("Chinese") or a country's name ("U.S.") names."""
    country = gazetteer.demonym(word)
    if country is None:
        best = gazetteer.search(word, limit=1)
        country = best[0].place if best and best[0].place.kind == "country" else None
    return country
