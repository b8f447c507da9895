"""Read a journey from a parsed story: stops in travel order, with status, date and mode.

Every place mention is weighed by the words around it (:mod:`mapper.journey.cues`): a
verb of arrival, of passage or of departure before it, or a verb of going with "to" or
"for" ("flew on to", "took a ferry to", "left X for"), makes it a stop. A plan, an
expectation or a hedge in its clause ("will", "is expected to", "believed to") makes the
stop *speculated*; otherwise it is *confirmed*. Places named without such words are the
story's *sites* (a forum city, a place of an earlier trip), and so are names standing for
something else ("relations with Moscow", "a Seoul-based company").

Each stop gets the mode of travel its clause names (a flight, a ferry, a train, a
motorcade, on foot), else the vehicle the story has named most; and the date its sentence
gives ("on 12 September", "on Tuesday", "the next day"; :mod:`mapper.journey.dates`),
else the date its paragraph has reached.

A headline that names a route ("Manaus to Santarém") makes its first place the origin
and its second the destination (:mod:`mapper.journey.headline`).

A country or region is a stop only when no stop of the story lies inside it ("arrived in
Romania ... the border town of Iasi": Romania only contains the stops); a country reached
is the story's dateline city when that lies inside it. Stops come in travel order: the
place left first, then by date where the story dates them, else in the order the story
tells them; speculated stops after the confirmed ones. A "return to X" where X is not yet
a stop makes X the *implied* origin; so does the capital of a leader who travels by train
or plane from a place the story does not name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.model import Journey, Mention, Place
from mapper.modes import mode_of, modes_in, most_named
from mapper.names import fold

from .capitals import with_capitals
from .cues import (
    BEGINNING,
    COORDINATED,
    DEPARTURE,
    FINAL,
    GOING,
    HOSTS_AFTER,
    NEGATED,
    SPAN_OF_TIME,
    STOP_IS,
)
from .dates import (
    DAY_NAMED,
    ahead_of_story,
    date_in,
    section_date,
    story_dating,
    story_year,
    years_before,
)
from .headline import headline_route, with_headline_route
from .legs import legs_between
from .lists import (
    DAY_LABEL,
    LIST_PLAN,
    PLAN_LINE,
    addressed_to_reader,
    dated_in_tour,
    day_heading_end,
    day_label,
    lined_list,
    listed_venue_town,
    next_heading,
    place_led_lines,
    planned_day,
    planned_list,
    schedule,
    timed_programme,
    toured_list,
)
from .narrator import SIGHT_IN, WE_DID_IN, WHERE_DONE, told_by_traveller
from .order import (
    AREA_STOP_KINDS,
    LAST,
    Event,
    at_dateline,
    from_dateline,
    holds,
    implied_origin,
    ordered,
    with_roles,
    without_airports_of_towns,
    without_containers,
)
from .places import CONTAINER_GAP, glossed_place, not_a_stop, town_of_region, with_towns_read
from .plans import CALLED_OFF_AFTER, planned_before
from .roles import (
    fronted_in,
    fronted_leave_planned,
    fronted_plan,
    future_carries,
    past_unknown,
    reached_area_at,
    relative_cue,
    role_of,
    show_end,
)
from .routes import route_chain
from .tense import (
    EARLIER_TRIP,
    FUTURE,
    FUTURE_TIME_AFTER,
    MODAL,
    MODAL_AFTER,
    PERFECT,
    PERFECT_LEG,
    PRESENT_FOR_FUTURE,
    SCHEDULED,
    attempted,
    modal_in,
)
from .told import Told, end_of_clause, glossed, is_heading, own_date, start_of_clause

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["MODES", "journey_from_document", "journey_from_text"]

#: A line led by its place that plans what is to come there: "Chile: she will", "is bringing".
_LINE_PLAN = re.compile(rf"{MODAL.pattern}|{PRESENT_FOR_FUTURE.pattern}", re.IGNORECASE)
#: Ways of travelling a leg.
MODES = ("rail", "road", "air", "sea", "foot", "bicycle", "unknown")

# How the traveller came, said right after the place: "to Graz by car".
_BY_AFTER = re.compile(
    r"\b(?:by|aboard|on\s+board(?:\s+of)?|on\s+(?:a|an|the)|in\s+(?:a|an|the))\s+"
    r"(?:(?:a|an|the|his|her|their|its|special|private|personal|armou?red|chartered|"
    r"overnight|night|morning|evening)\s+){0,3}[\w-]+",
    re.IGNORECASE,
)
# "before completing his journey to X": X comes after what the sentence tells first.
_BEFORE_ING = re.compile(r"\bbefore\s+[a-z]+ing\b", re.IGNORECASE)
# "after crossing the border at", "after a month in": what came before the main clause.
_AFTER_STAY = re.compile(
    rf"\b(?:after|following)\s+(?:[a-z]+ing\b|{SPAN_OF_TIME}\b|(?:(?:an?|his|her|their)\s+)?(?:state\s+)?"
    r"(?:visits?|stops?|tours?|trips?|talks|(?:[a-z]+\s+)?reception|banquet)\s+(?:to|in|at)\b)"
    r"[^,;.]*$",
    re.IGNORECASE,
)
# A sentence that opens on "From": "From Belgrade the train continues to ...".
_FROM_FRONTED = re.compile(r"\W*from\s+(?:the\s+)?", re.IGNORECASE)
# "A to B via X", "went via X", ", connecting in X", "with a 2-hour stopover in X": a stop before B
_VIA = re.compile(
    r"^\s*(?:,\s*)?(?:(?:went|goes|ran|runs|was\s+routed|is\s+routed)\s+)?(?:via|by\s+way\s+of|"
    r"with\s+(?:an?\s+)?(?:(?:short|brief|quick|long|overnight|\w+[-\s](?:hour|night|day|minute)s?)"
    r"\s+)?(?:stops?|stopovers?|halts?|layovers?|connecting\s+flights?)\s+(?:in|at|through|via)|"
    r"(?:stopping|calling|pausing|connecting|transferring)\s+(?:(?:off|over|briefly)\s+)?(?:in|at))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A town right after a country or region entered: "crossed into Uganda at Busia".
_AT_INSIDE = re.compile(r"^\s+(?:at|in|via)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:of\s+)?)?$")
# An aside in a clause (", which could be seen from the road,", "(...)"): its own modals.
# A leg named by a noun of going, up to the name: "The flight from Nagoya to".
_LEG_NAMED = re.compile(
    r"\b(?:flight|trip|journey|voyage|crossing|leg|passage|sailing|drive|ride)"
    r"(?:\s+from\s+[^,;.]{1,40}?)?\s+(?:to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A present or future copula after the name: the leg is not done ("to Y is the longest leg")
_PRESENT_AFTER = re.compile(
    r"^(?:,\s*[^,;.]{1,40},)?\s+(?:is|are|will|remains|promises|takes|lasts)\b", re.IGNORECASE
)
# Between a people's adjective or a possessive and its place: "the Togolese capital Lome"
_DESCRIBED = re.compile(
    r"(?:-[A-Z][a-z]+)?(?:['\u2019]s)?\s+(?:[a-z]+(?:-[a-z]+)?\s+)?[a-z]+(?:\s+of)?,?\s+"
)
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)")  # "Togolese", "Malian"
_THE_NOUN = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?$")
_PLACE_HEADING = re.compile(r"(?:,\s*[A-Z][\w .'\u2019-]{0,30})?(?:\s*\([^()\n]{0,20}\))?:\s*$")
# A schedule's line that names its event before the place: "2nd Test, ", "Final stage - ".
_FIXTURE = re.compile(
    r"\s*(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last|opening)\s+"
    r"(?:Tests?|ODI|T20I?|match|game|concert|show|gig|stage|leg|round|race)\s*[,:\-\u2013]\s*",
    re.IGNORECASE,
)
# A stay listed after another with its noun left out: ", one in ", "a second one in Y".
_ELIDED_STAY = re.compile(
    r",?\s*(?:and\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)"
    r"(?:\s+more)?|(?:the|a)\s+(?:final|last|first|next|second|third)\s+(?:nights?|days?|weeks?|one))"
    r"\s+(?:back\s+)?(?:in|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A sentence opening on "There" or "Here" for the place just told (not "There is").
_THERE = re.compile(
    r"\W*(?:there|here)\b(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|remains?|"
    r"may|might|could|must)\b|['\u2019]s)",
    re.IGNORECASE,
)
#: An earlier event the story looks back to: "since the convention in X".
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the|his|her|their|its|our|my)\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+$"
)
_SINCE = re.compile(r"\s+since\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:earlier|previously|before\s+that)\b", re.IGNORECASE)
#: A leg in the past perfect ("had caught the bus from X"), or "since leaving X": earlier.
_HAD_COME = re.compile(
    r"\bhad\s+(?:just\s+|already\s+)?(?:taken|caught|come|flown|travell?ed|driven|sailed|"
    r"ridden|cycled|walked|visited|(?:a\s+)?transit(?:ed)?|stopped\s+(?:over\s+)?(?:in|at)|(?:a\s+)?"
    r"(?:stopover|layover))\b|\bsince\s+(?:leaving|we\s+left|setting\s+(?:off|out)\s+from)\s+$",
    re.IGNORECASE,
)
# "After Seoul, the delegation moved on": the place the clause has left behind.
_AFTER_PLACE = re.compile(r"^\W*after\s+(?:(?:leaving|visiting)\s+)?(?:the\s+)?$", re.I)


def journey_from_document(
    document: Document,
    *,
    gazetteer: Gazetteer | None = None,
    title: str = "",
    route_rail: bool = True,
) -> Journey:
    """Reconstruct the journey a parsed story describes, from its mentions by position.

    Returns a :class:`~mapper.model.Journey` whose stops are in travel order (see the
    module docstring) and whose sites are the places named that are not stops.

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
    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    document = with_towns_read(with_capitals(document, gazetteer))
    text = document.text
    when, trip_month = story_dating(text)  # a trip's month: "A Danube cruise, May 2012"
    year = when.year if when else story_year(text)
    events: list[Event] = []
    reached: set[Place] = set()  # the places of the events so far
    borrowed: dict[Place, list[int]] = {}  # confirmed events dated by another's day
    sites: list[Mention] = []
    vehicles: Counter[str] = Counter()  # the vehicles the story has named so far
    previous_end = 0
    previous_date: dt.date | None = None
    told_year: int | None = None  # a stop's month's year, in a dated story: "In May 1940 ..."
    narrative = ""  # the date the paragraph has reached
    last_sentence = -1
    last_event: Event | None = None
    carried: str | None = None  # the role a people's adjective passes to the name after it
    paired = -1  # the country joined to an adjective before it ("Thai-Laos")
    narrated = told_by_traveller(text)
    chained = route_chain(document, narrated=narrated)
    lined = lined_list(document)  # the lines under "The towns we plan to sleep in:"
    dated_lines = {**dict.fromkeys(lined, True), **timed_programme(document), **schedule(document)}
    announced = planned_list(document, dated_lines)
    led = place_led_lines(document)
    for index, m in enumerate(document.mentions):
        span = document.sentence_span(m.start) or (m.start, m.end)
        s_start, s_end = span
        if s_start != last_sentence:
            told = text[last_sentence if last_sentence >= 0 else 0 : s_start]
            for named in modes_in(WHERE_DONE.sub(" ", told)):  # the latest kept last on a tie
                vehicles[named] = vehicles.pop(named, 0) + 1
            if "\n" in text[max(last_sentence, 0) : s_start].strip(" ") or last_sentence < 0:
                narrative = ""  # a new paragraph: a date given before need not hold
            for lo, hi in document.sentences_starting(max(last_sentence, 0), s_end):
                said = date_in(
                    text[lo:hi], story=section_date(text, lo) or when, year=told_year or year,
                    previous=previous_date,
                    future=bool(FUTURE.search(text[lo:hi])),
                )  # fmt: skip
                narrative = said or narrative
            last_sentence = s_start
        vehicle = most_named(vehicles)
        if index and glossed(text, document.mentions[index - 1], m):
            continue  # "Chalon (Saone)": what the name before is by, no place of its own
        near_start = max(previous_end, s_start) if previous_end <= m.start else s_start
        # a sea crossed is no stop: "then over the Tasman to X" reads as one cue
        previous_end = previous_end if m.place and m.place.kind == "water" else m.end
        place = m.place
        if place is None:
            continue
        clause_start = start_of_clause(text, s_start, m.start)
        near = text[near_start : m.start]
        if near.strip() == ":" and index and document.mentions[index - 1].start > s_start:
            # "flew on to her final stop in Ecuador: Cuenca": the words before the colon's name
            near = text[s_start : m.start]
        clause = text[clause_start : m.start]
        after = text[m.end : s_end]
        # the name before is a stop ("Dubai to Melbourne"), not a day's heading ("Day 1: A to B")
        prior = document.mentions[index - 1] if index else None
        previous_stop = (
            prior is not None
            and (
                prior.place in reached
                or (last_event is not None and last_event.mention is prior)
                # "in Erie, Pennsylvania, on Monday and in Detroit": the stop before its state
                or (
                    last_event is not None
                    and last_event.mention.end <= prior.start
                    and bool(CONTAINER_GAP.match(text[last_event.mention.end : prior.start]))
                )
            )
            and not DAY_LABEL.fullmatch(text, text.rfind("\n", 0, prior.start) + 1, prior.start)
        )
        role = (
            role_of(near, clause, after, place, previous_stop=previous_stop)
            or carried
            or chained.get(index)
        )
        carried = None
        described = document.mentions[index + 1] if index + 1 < len(document.mentions) else None
        adjective = m.adjective_of or (
            _PEOPLE.fullmatch(m.surface) is not None and fold(m.surface) != fold(place.name)
        )  # "Togolese" for Togo; not "Aswan", which names Aswān
        owner = place.kind == "country" and text.startswith(("'s", "\u2019s"), m.end)
        describes = _DESCRIBED.fullmatch(text, m.end, described.start) if described else None
        if (
            adjective
            and described is not None
            and (described.adjective_of or (described.place and described.place.kind == "country"))
            and text[m.end : described.start] == "-"
        ):
            carried, paired = role, index + 1  # "the Thai-Laos border town Nong Khai"
            sites.append(m)
            continue
        possessive = describes is not None and describes.group().startswith(("'", "\u2019"))
        # "departed the western Mexico city of Guadalajara": a country names the city's kind
        attributive = (
            place.kind == "country"
            and not owner
            and describes is not None
            and describes.group().rstrip().endswith(" of")
            and _THE_NOUN.search(near) is not None
        )
        if describes is not None and (
            ((adjective or owner) and possessive == owner)
            or (paired == index and not possessive)
            or attributive
        ):
            carried = role  # "flew to the Togolese capital Lome": Lome is where it went
            sites.append(m)
            continue
        line_head = text[text.rfind("\n", 0, m.start) + 1 : m.start]
        listed = dated_lines.get(index, listed_venue_town(document, index, line_head))
        if listed is False:
            sites.append(m)  # "Aug 11: O2 Ritz, Manchester, UK": a venue, not the town
            continue
        if role is None and (
            listed
            or day_label(text, line_head)
            or _FIXTURE.fullmatch(line_head)  # a tour's schedule: "2nd Test, Kingston"
            # a heading line that is only a place: "Basel, Switzerland:"
            or (not line_head.strip() and _PLACE_HEADING.match(after))
            or index in led  # "Adelaide: a 7-1 loss." on lines told place by place
            or (_AFTER_PLACE.match(clause) and after.startswith(","))
            or dated_in_tour(document, index, (s_start, s_end))  # "with Tampere on March 3"
            or HOSTS_AFTER.match(after)  # "Multan will host the series opener"
        ):
            role = "arrive"  # an itinerary's "Day 2: Hue"; "After Seoul, ..."
        day_end = role is None and day_heading_end(document, index, line_head)
        if day_end:
            role = "arrive"  # "Day 3: Hue to Hoi An": where the day ends
        tour = role is None and near.rstrip().endswith(":") and toured_list(document, index)
        if tour:
            role = "arrive"  # "ten appearances in nine cities. They are: Boston, ..."
        if (
            role is None
            and DEPARTURE.search(near)
            and _FROM_FRONTED.match(text, s_start, m.start)
            and GOING.search(after)
        ):
            role = "depart"  # "From Belgrade the train continues to Budapest"
        # "Austria and Slovakia"; "two nights in Dublin, one in Galway"
        in_list = COORDINATED.match(near) or COORDINATED.match(past_unknown(near))
        joined = last_event if in_list or _ELIDED_STAY.fullmatch(near) else None
        if role is None and joined is not None:
            # "... and the final night back in Dublin": a return to a place left before
            role = "return" if re.search(r"\bback\s+(?:in|at)\b", near) else joined.role
            if role == "depart" and BEGINNING.search(text, s_start, joined.mention.start):
                role = "arrive"  # "will start in Pretoria, Johannesburg and Soweto": visited
        if (
            role is None
            and last_event is not None
            and last_event.place.kind in AREA_STOP_KINDS
            and _AT_INSIDE.match(near)
        ):
            role = last_event.role  # "crossed into Uganda at Busia": the town is the stop
        if role is None and reached_area_at(text, document, index):
            role = "arrive"  # "reached South America at Bahia"
        # "a visit to the UAE, ... a palace in Abu Dhabi", "There she spoke in X": the city
        inside = None
        if role is None and _LOCATIVE_END.search(near):
            there = events[-1:] if _THERE.match(text, s_start, m.start) else []
            holding = [
                e
                for e in events
                if (e.sentence == text[s_start:s_end] or e in there)
                and e.place.kind == "country"
                and holds(e.place, place)
            ]
            inside = holding[-1] if holding else None
            role = inside.role if inside is not None else None
        if role is None and WE_DID_IN.search(clause):
            role = "arrive"  # a first-person deed in a place: "we had lunch in X"
        told_on = narrated or len(events) > 1 or any(e.role == "depart" for e in events)
        if told_on and fronted_in(text, (s_start, s_end), m, document):
            role = role or "arrive"  # "In Peru, Guevara was impressed": where the story is
        if role is None and narrated and place.kind in ("city", "town") and SIGHT_IN.search(near):
            role = "arrive"  # a travelogue's named sight and its town: "the Big Texan in X"
        if (
            role is None
            # "has visited X before" tells an earlier trip; "has been in X since June" not
            or (
                PERFECT.search(clause)
                and not _SINCE.match(after)
                and not PERFECT_LEG.search(text, s_start, s_end)  # "had driven from X"
            )
            or _SINCE_EVENT.search(near)  # "her first trip since the summit in Bogota"
            or EARLIER_TRIP.search(text, s_start, m.start)  # "its last tour to Asia took it to X"
            or bool(year and years_before(after, year))  # "his grandfather toured X in 1957"
            or NEGATED.search(text[max(near_start, clause_start) : m.start])
            or attempted(text[clause_start : m.start], after)  # "tried to go to X but"
            or CALLED_OFF_AFTER.match(after[show_end(after) :])  # "the X gig was cancelled"
            or not_a_stop(text, near, after, index, document)
        ):
            sites.append(m)
            # "Funafuti in Tuvalu" keeps Funafuti as the last stop
            gap = text[last_event.mention.end : m.start] if last_event is not None else "."
            if not CONTAINER_GAP.match(gap):
                last_event = None
            continue
        sentence = text[s_start:s_end]
        modal = (
            modal_in(clause)  # not "The train, which could ..., "
            or relative_cue(MODAL, after, near)
            # "the landing in X is expected to", "the X show will be recorded"
            or bool(MODAL_AFTER.match(after[show_end(after) :]))
            or bool(FUTURE_TIME_AFTER.match(after) and PRESENT_FOR_FUTURE.search(clause))
            or fronted_plan(clause, after)  # "In Port Vila, they will meet ..."
            or bool(index in led and _LINE_PLAN.search(text, m.end, s_end))  # "Chile: she'll go"
            # "The first stop is Ghana", told among a tour's planned stops: still the plan
            or bool(STOP_IS.search(clause) and any(e.status == "speculated" for e in events))
            or planned_before(near, after, clause)  # "tickets for", "on a tour of"
            # "The flight from X to Y is the longest leg": a leg described, not flown
            or bool(_LEG_NAMED.search(clause) and _PRESENT_AFTER.match(after))
            # "Day 5: Leave in the morning and take I-40 to Winslow": an itinerary's plan
            or bool(PLAN_LINE.match(text, s_start, m.start))
            # "will visit five countries: X, Y and Z": the plan before the list's colon
            or bool(near.rstrip().endswith(":") and MODAL.search(text, s_start, m.start))
            # a dated list that the story announces ("will headline ... The tour dates are:")
            or (index in dated_lines and announced)
            # a day's end whose day the itinerary tells as advice ("Drive south ...")
            or (day_end and planned_day(document, index))
            # the tour's schedule, a plan: "Today I got the schedule for my tour ..."
            or bool(tour and LIST_PLAN.search(text, max(0, m.start - 300), m.start))
            # a schedule told in the present after a plan: "will visit X. On Monday, he leaves"
            or bool(
                SCHEDULED.search(text, s_start, m.start)
                and DAY_NAMED.search(text, s_start, s_end)
                and FUTURE.search(text, max(0, s_start - 400), s_start)
            )
        )
        # "His first voyage, from 1405 to 1407, will take his fleet to X": a past's future
        history = _OLD_YEAR.search(text, s_start, s_end) is not None
        if modal and history:
            modal = bool(MODAL.search(_WILL.sub(" ", clause)))
        reached_first = any(e.place == place and e.sentence == sentence for e in events)
        # a place left is confirmed, unless its words plan it ("will start in A ... leaving C")
        planned = fronted_leave_planned(clause, after) or (  # "From Osaka, we'll go on to"
            (future_carries(text, s_start, m.start) and not history)
            or (
                modal
                # a place left is planned as well when the sentence plans to reach it first
                and (role != "depart" or FUTURE.search(near) is not None or reached_first)
            )
        )
        status = "speculated" if planned else "confirmed"
        if joined is not None and not MODAL.search(near) and not planned:
            status = joined.status  # "will start in Pretoria, Johannesburg and Soweto"
        next_start = _next_name(document, index, text, s_end)
        tail = text[m.end : next_start]
        by = _BY_AFTER.search(tail[: end_of_clause(tail)])  # "to Graz by car"
        same = last_event is not None and last_event.sentence == text[s_start:s_end]
        fallback = last_event.mode if same and last_event is not None else vehicle
        if index in dated_lines and index not in lined:
            fallback = "unknown"  # a schedule's line tells its own vehicle, or none
        mode = mode_of(clause) or (mode_of(by.group()) if by else None)
        mode = mode or (mode_of(text[s_start : m.start]) if tour else None)  # "bus for: A, B"
        if mode is None and fallback == "unknown" and not WHERE_DONE.match(tail.lstrip(", ")):
            mode = mode_of(tail)  # "made for X, yet once airborne ...": no vehicle but after X
        mode = mode or fallback
        if mode == "air" and year is not None and year < _FIRST_FLIGHTS:
            # "landed at Bahia" in 1832: ashore from a ship; nobody flew there yet
            mode = "sea" if vehicles.get("sea") else "unknown"
        future = bool(FUTURE.search(text[clause_start:s_end]))
        at = section_date(text, m.start) or when  # "June 17, 1937": a later dispatch's day
        date = own_date(  # the date nearest the name, in its own clause first
            text,
            Told(m.start, m.end, near_start, clause_start, s_end, next_start),
            story=at, year=(year_of := told_year or year), previous=previous_date, future=future,
        )  # fmt: skip
        owned = bool(date)
        if not date and same and last_event is not None and last_event.date:
            date = last_event.date  # "Two days later she took a ferry to X, then on to Y"
        date = (
            date
            or date_in(sentence, story=at, year=year_of, previous=previous_date, future=future)
            or narrative
            or str(section_date(text, m.start, entry=True) or trip_month)  # a log's day, a trip's
        )
        if status == "confirmed" and ahead_of_story(clause, date, at):
            status = "speculated"
        if len(date) == 10 and status == "confirmed":  # a day, not a month ("2016-04")
            previous_date = dt.date.fromisoformat(date)
        elif len(date) == 7 and status == "confirmed" and not previous_date and when:
            # a story dated now that tells of a time years away: its yearless days are then
            told_year = int(date[:4]) if abs(int(date[:4]) - when.year) > 1 else told_year
        later = int(bool(_BEFORE_ING.search(text, max(s_start, clause_start - 8), m.start)))
        order: float = index
        if day_end:
            # after the stops the day's own lines tell, before the next day's heading
            order = next_heading(document, index) - 0.5
        elif (
            _VIA.search(near)
            and last_event is not None
            and last_event.sentence == sentence
            and last_event.role == "arrive"
        ):
            order = last_event.index - 0.5  # "from Lima to Cusco via Arequipa"
        elif inside is not None:
            order = inside.index + 0.5
        elif joined is not None and joined.sentence == sentence:
            order = joined.index + 0.001  # "after visits to A, B and C": the list in order
        elif _AFTER_STAY.search(near):
            # "reached X after crossing the border at Khasan": before the sentence's other
            # stops, and before where one was first told ("after refuelling stops at Y")
            here = {e.place for e in events if e.sentence == sentence and e.role == "arrive"}
            earlier = [e.index for e in events if e.sentence == sentence or e.place in here]
            order = min(earlier) - 0.5 if earlier else order
        elif status == "confirmed" and (_EARLIER.search(clause) or _HAD_COME.search(clause)):
            # "reached Delhi ... He earlier reached Ahmedabad": before the stops told so far;
            # "We left X for Y. We had come down from Z": before every place, those left too
            had = _EARLIER.search(clause) is None
            so_far = [
                e.index for e in events if e.status == "confirmed" and (had or e.role != "depart")
            ]
            order = min(so_far) - 0.5 if so_far else order
        if FINAL.search(text, s_start, m.start) and role == "arrive":
            order = LAST + index  # "The tour culminates in Denver": after every other stop
        place = glossed_place(document, index, town_of_region(document, index, place))
        last_event = Event(
            m, place, role, status, date, mode, sentence, order, later, index in dated_lines
        )
        if owned and status == "confirmed":
            # a heading's stop ("X to Y" over "14 May 2010"), then "reached Y on Sunday": that day
            for k in borrowed.pop(place, []):
                events[k] = dataclasses.replace(events[k], date=date)
        elif status == "confirmed" and is_heading(text, s_start, s_end):
            borrowed.setdefault(place, []).append(len(events))
        events.append(last_event)
        reached.add(place)
    route = headline_route(document)
    if route is not None:
        # the headline's two ends are placed by it below, after the body's own stops
        body = [e for e in events if e.mention not in route]
        events = body if body else events
    stops = ordered(events, document, narrated=narrated)
    if route is not None:
        vehicle = most_named(vehicles)
        line = text[route[0].start : text.find("\n", route[1].end)].strip()
        stops = with_headline_route(stops, route, vehicle, line)
    stops = from_dateline(stops, document)
    origin_known = any(s.role == "origin" for s in stops)
    if not origin_known and stops:
        implied = implied_origin(text, events, gazetteer, stops)
        if implied is not None:
            stops.insert(0, implied)
    stops = with_roles(without_airports_of_towns(without_containers(at_dateline(stops, document))))
    if _PLAN_TITLE.search(title or _title_of(text)) or addressed_to_reader(text):
        # "Northern India Itinerary: Delhi to Kolkata by train": advice, a plan throughout
        stops = [dataclasses.replace(s, status="speculated") for s in stops]
    stop_places = {s.place for s in stops}
    sites += [e.mention for e in events if e.place not in stop_places]
    sites.sort(key=lambda mention: mention.start)
    legs = legs_between(stops, route_rail=route_rail)
    return Journey(tuple(stops), tuple(legs), tuple(sites), title or _title_of(text))


#: Before the first airliners a story's flights and landings are no travel by air.
_FIRST_FLIGHTS = 1910
_OLD_YEAR = re.compile(r"\b1[0-8]\d\d\b(?![\s-]*(?:km|kilomet|mile|metre|meter))")  # not "1700 km"
_WILL = re.compile(r"\b(?:will|would|shall)\b|['\u2019]ll\b", re.IGNORECASE)


def _next_name(document: Document, index: int, text: str, end: int) -> int:
    """Return where the next name after mention ``index`` begins (or ``end``), past the
    names that only qualify it ("Kandy (Sri Lanka) on May 4", "Kazan, Russia")."""
    previous_end = document.mentions[index].end
    for m in document.mentions[index + 1 :]:
        if m.start >= end:
            break
        qualifier = m.place is not None and m.place.kind in ("country", "region")
        if qualifier and CONTAINER_GAP.match(text[previous_end : m.start]):
            previous_end = m.end
            continue
        return m.start
    return end


#: A title that says the story is a plan to follow: an itinerary, a suggested route.
_PLAN_TITLE = re.compile(
    r"\bitinerar(?:y|ies)\b|\bsuggested\s+(?:route|trip|tour)\b|\bhow\s+to\s+plan\b", re.I
)
_LOCATIVE_END = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def _title_of(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 120 and not first.endswith(".") else ""


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

    document = parse_document(text, gazetteer=gazetteer)
    return journey_from_document(document, gazetteer=gazetteer, title=title, route_rail=route_rail)
