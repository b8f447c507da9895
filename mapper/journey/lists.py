"""Itineraries and lists in a story: day headings ("Day 3: Hue to Hoi An"), dated lists
of a tour in any layout ("12 September - Theatre Royal, Bath"), and the advice an
itinerary gives in a verb's bare form ("Drive south from Sydney").
"""

from __future__ import annotations

import bisect
import itertools
import re

from mapper.document import Document
from mapper.text import MONTHS

__all__ = [
    "DAY_LABEL",
    "LIST_PLAN",
    "PLAN_LINE",
    "addressed_to_reader",
    "dated_in_tour",
    "day_heading_end",
    "day_label",
    "lined_list",
    "listed_venue_town",
    "next_heading",
    "place_led_lines",
    "planned_day",
    "planned_list",
    "schedule",
    "timed_programme",
    "toured_list",
]

_MONTH = "|".join(MONTHS)
#: A day's number, in figures or in words ("Day 3", "Day Three").
_DAY_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_WEEKDAY = (  # "Monday, ", "Mon. ", "Tue "
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
)
_YEAR = r"(?:,?\s+(?:1[6-9]|20)\d\d)?"
# An itinerary's line label: "Day 2: Hue", "Days 3-4: Hue", "3: Hue", "Nov. 27: First Test
# (Sydney)", "3 May - Hue", "10/14 - Hue", after any bullet ("- Day 2: Hue", "• Day 2: Hue").
DAY_LABEL = re.compile(
    rf"\s*(?:[-*•–]\s*)?(?:(?:day|stage|leg|night|week|stop)s?\s+{_DAY_NUMBER}"
    rf"(?:\s*(?:&|and|[-\u2013])\s*{_DAY_NUMBER})?|"
    # a bare day number before a colon: "3: Springfield, IL", "1 & 2: Chicago"
    r"\d{1,2}(?:\s*(?:&|and|[-\u2013])\s*\d{1,2})?(?=\s*:)|"
    # a diary's dated entry, its weekday and year too: "Monday June 7th, 2010. Dodgeville"
    rf"{_WEEKDAY}(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{{1,2}})?{_YEAR}"
    rf"|{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?{_YEAR}"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
    # ... and what the day was for, before a semicolon: "Tue 03 Oct : Driving north; "
    r"\s*[:.\-\u2013\u2014]\s*(?:[^()\n]{0,40}\(\s*|[^;:()\n]{1,30};\s*)?"
    # "Day 4 (Tromso):": a numbered day's places in brackets straight after it (a date's
    # brackets hold its weekday: "March 28 (Mon)")
    rf"|\s*(?:[-*•–]\s*)?(?:day|stage|leg|night)\s+{_DAY_NUMBER}\s*\(\s*",
    re.I,
)
# What announces a list of dates or of a tour's places as a plan: "will", "announced",
# "tickets", "upcoming", "the schedule for my tour".
LIST_PLAN = re.compile(
    r"\b(?:will|['\u2019]ll|announc\w*|upcoming|forthcoming|tickets?|on\s+sale|schedule[ds]?|"
    r"planned|plans?)\b",
    re.I,
)
# A date on a line of a list: "Aug 11", "11 August", "11/08", "2023-08-11".
_LIST_DATE = re.compile(
    rf"\b(?:(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b|"
    r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
# A month alone on a line, heading the days of a tour's list: "NOVEMBER", "November 2024:".
_MONTH_HEADING = re.compile(rf"\s*(?:{_MONTH})\.?(?:\s+\d{{4}})?\s*:?\s*", re.IGNORECASE)
# A day's number opening a line under such a heading: "1 Sagres Campo Pequeno, Lisbon",
# "23: Braehead Arena, Glasgow", "7-9: Rock am Ring, Nürburg", "27: 013, Tilburg".
_BARE_DAY = re.compile(
    r"\s*\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2})?\s*[:.\u2013-]?\s+(?=[A-Z0-9])"
)
# What may stand between a list line's label and its town: a venue and a comma.
_VENUE = re.compile(r"(?:[^,\n]{1,40},\s*)?")
# Between the two places of a day's leg: "Hue to Hoi An".
_TO_GAP = re.compile(r"\s+to\s+")
# A name and "to" before a day's last place: "Palas de Rei to ", "St. Ives to ".
_NAME_TO = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'\u2019.-]*){0,3}\s+to\s+"
)
# What may end a line after its last place: a full stop, spaces.
_LINE_TAIL = re.compile(r"[\s.!]*")
# A sentence that opens on a verb's bare form, after any day label: a plan or advice.
PLAN_LINE = re.compile(
    rf"(?:{DAY_LABEL.pattern})?(?:(?:next|early|late)\s+\w+\s+)?(?:leave|take|drive|fly|go|"
    r"head|continue|stay|visit|travel|depart|board|transfer|explore|return|sail|cruise|"
    r"catch|hop|tour|start|begin|spend|finish|see|enjoy|discover|walk|hike|cycle|allow|arrive|"
    r"hire|rent)\b",
    re.IGNORECASE,
)


def schedule(document: Document) -> dict[int, bool]:
    """Return, for the names on the lines of a dated list (three or more short lines that
    each give a date and a place, whatever their layout: "12 June - Berlin, Germany",
    "Manchester, Apollo (Aug 11)"), True for each line's town, its biggest place, and False
    for the others on it (a venue, a country after the town). Empty when the story has no
    such list."""
    text = document.text
    lines: list[list[int]] = []
    start = 0
    index = 0
    mentions = document.mentions
    month_heading = False  # "NOVEMBER" alone on a line: the days below are its days
    for line in re.split(r"[\n;]", text):  # a line, or an item of one: "June 3 Berlin; June 5 ..."
        end = start + len(line)
        month_heading = month_heading or bool(_MONTH_HEADING.fullmatch(line))
        day = _BARE_DAY.match(line) if month_heading else None
        on_line = []
        while index < len(mentions) and mentions[index].start < end:
            if mentions[index].start >= start:
                on_line.append(index)
            index += 1
        leg = any(  # "10/15 - Knoxville to Asheville": a day's leg, both places reached
            _TO_GAP.fullmatch(text, mentions[a].end, mentions[b].start)
            for a, b in itertools.pairwise(on_line)
        )
        if on_line and len(line) <= 100 and (_LIST_DATE.search(line) or day) and not leg:
            words = _LIST_DATE.sub(" ", line)
            if day is not None:  # "1 Sagres Campo Pequeno, Lisbon, Portugal"
                words = " " * day.end() + words[day.end() :]
            for k in reversed(on_line):
                m = mentions[k]
                words = words[: m.start - start] + " " + words[m.end - start :]
            if len(re.findall(r"\b[a-z]{3,}\b", words)) <= 3:
                lines.append(on_line)
        start = end + 1
    if len(lines) < 3:
        return {}
    out: dict[int, bool] = {}
    for on_line in lines:
        placed = [(k, p) for k in on_line if (p := mentions[k].place) is not None]
        towns = [(k, p) for k, p in placed if p.kind not in ("country", "region")] or placed
        if not towns:
            continue
        # the biggest place of the line: "Manchester, Apollo", "Vega, Copenhagen"
        town = max(towns, key=lambda kp: kp[1].population or 0)[0]
        out.update({k: k == town for k in on_line})
    return out


# A place that leads its line, then a colon and what happened there ("Adelaide: a 7-1
# loss"), or only its country and the day, a travel log's heading ("Huatulco, Mexico,
# January 14").
_LED_AFTER = re.compile(
    r"(?:,?\s*[A-Z][\w .'\u2019-]{0,30}?)?(?:\s*\([^()\n]{0,20}\))?(?::[ \t]*\S|,\s*"
    rf"(?i:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))(?:,?\s*\d{{4}})?[ \t]*$)",
    re.MULTILINE,
)


# A diary's heading of a day and where it was spent: "March 13th – Winnezeele."
_DATED_HEAD = re.compile(
    rf"(?i:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH}))"
    r"(?:,?\s*\d{4})?\s*[-\u2013\u2014:]\s*"
)
_HEAD_END = re.compile(r"\.?[ \t]*(?:\n|$)")


#: A place alone on its line, a section's heading over a paragraph about the stay there.
_ALONE_OVER_PARAGRAPH = re.compile(r"[ \t]*\n(?=[^\n]{60,})")


def place_led_lines(document: Document) -> set[int]:
    """Return the mentions that lead a line with a colon and what happened there, or
    with only a country and a day, or that follow a day's date alone on their line, when
    two lines or more are so led: a trip report told place by place ("Bangkok: a win in
    the first game." / "Adelaide: a 7-1 loss."), a travel log's headings ("Puntarenas,
    Costa Rica, January 11"), a diary's ("March 13th – Winnezeele."); and the places
    alone on their lines over a paragraph each, when three or more head a story's
    sections."""
    text = document.text
    led, alone = set(), set()
    for index, m in enumerate(document.mentions):
        head = text[text.rfind("\n", 0, m.start) + 1 : m.start]
        if m.place is not None and (
            (not head.strip() and _LED_AFTER.match(text, m.end))
            or (_DATED_HEAD.fullmatch(head) and _HEAD_END.match(text, m.end))
        ):
            led.add(index)
        elif m.place is not None and not head.strip() and _ALONE_OVER_PARAGRAPH.match(text, m.end):
            alone.add(index)  # "Grantham" over what happened there
    # three sections or more headed by a place each: a story told stop by stop
    return (led if len(led) >= 2 else set()) | (alone if len(alone) >= 3 else set())


#: A line that announces a list of places on the lines after it: "The towns we plan to
#: sleep in:", "Ports of call:".
_LIST_OPENER = re.compile(
    r"[^\n]*\b(?:stops?|cities|towns|destinations|itinerary|route|ports\s+of\s+call|"
    r"places|tour\s+dates|journey|trip)\b[^\n]*:[ \t]*",
    re.IGNORECASE,
)
# A list's item on its line: short, its words of four letters or more capitalised, as a
# name is ("Old Gas Station, Nowhereville, OK."), not a sentence of prose.
_LIST_LINE = re.compile(r"[ \t]*(?:(?!\b[a-z]{4})[^\n.!?]){1,60}[.!]?[ \t]*")


def lined_list(document: Document) -> set[int]:
    """Return the mentions that open the lines of a list a line ending with a colon
    announces ("The towns we plan to sleep in:" / "Perth, Western Australia (starting
    point)" / "Albany, Western Australia" ...), when two lines or more follow it. A line
    may name a site before its town ("Old Mill Museum, Hillsboro, TX."), and a line that
    names nothing the gazetteer knows keeps the list going."""
    text = document.text
    firsts: dict[int, int] = {}  # a line's start: the mention that opens the line
    for index, m in enumerate(document.mentions):
        line_start = text.rfind("\n", 0, m.start) + 1
        head = text[line_start : m.start]
        if m.place is not None and (not head.strip() or _VENUE.fullmatch(head)):
            firsts.setdefault(line_start, index)
    listed: set[int] = set()
    next_line = 0
    for line in text.split("\n"):  # a line ending on a colon, then the lines under it
        next_line += len(line) + 1
        if not line.rstrip().endswith(":") or not _LIST_OPENER.fullmatch(line):
            continue
        start = next_line
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if start in firsts:
                listed.add(firsts[start])
            elif start == end or not _LIST_LINE.fullmatch(text, start, end):
                break
            start = end + 1
    return listed if len(listed) >= 2 else set()


def day_heading_end(document: Document, index: int, line_head: str) -> bool:
    """Return whether mention ``index`` ends a day's heading line "Day 3: Hue to Hoi An"
    (the label, a place, "to", this place, then at most a bracket to the line's end)."""
    label = _label(document.text, line_head)
    if label is None:
        return False
    text, m = document.text, document.mentions[index]
    prior = document.mentions[index - 1] if index else None
    line_start = m.start - len(line_head)
    end = text.find("\n", m.end)
    end = len(text) if end == -1 else end
    # the day's start: a place found, or a name the gazetteer lacks ("Palas de Rei to")
    started = (
        prior is not None
        and prior.start == line_start + label.end()
        and _TO_GAP.fullmatch(text, prior.end, m.start) is not None
    ) or _NAME_TO.fullmatch(line_head, label.end()) is not None
    return started and re.fullmatch(r"\s*(?:\([^()\n]*\))?[\s.]*", text[m.end : end]) is not None


def planned_day(document: Document, index: int) -> bool:
    """Return whether the lines under a day's heading tell the day as a plan: a sentence
    opening on a verb's bare form ("Drive south from Sydney")."""
    mentions = document.mentions
    nxt = next_heading(document, index)
    end = mentions[nxt].start if nxt < len(mentions) else len(document.text)
    return any(
        PLAN_LINE.match(document.text, a, b)
        for a, b in document.sentences_starting(mentions[index].end, end)
    )


def next_heading(document: Document, index: int) -> int:
    """Return the index of the first mention on a later line that opens with a day's
    label (the next day's heading), or one past the last mention."""
    text = document.text
    for k in range(index + 1, len(document.mentions)):
        start = document.mentions[k].start
        head = text[text.rfind("\n", 0, start) + 1 : start]
        if "\n" in text[document.mentions[index].end : start] and DAY_LABEL.fullmatch(head):
            return k
    return len(document.mentions)


def listed_venue_town(document: Document, index: int, line_head: str) -> bool | None:
    """On a dated line of a tour's list that ends with a country or region ("Aug 11: O2
    Ritz, Manchester, UK"), return True for the town the line ends with, False for a name
    before it (the venue), None on other lines."""
    text = document.text
    label = _label(text, line_head)
    if label is None:
        return None
    m = document.mentions[index]
    end = text.find("\n", m.end)
    end = len(text) if end == -1 else end
    on_line = list(itertools.takewhile(lambda x: x.start < end, document.mentions[index:]))
    last = on_line[-1]
    if last.place is None or last.place.kind not in ("country", "region"):
        return None
    if not _LINE_TAIL.fullmatch(text, last.end, end) or len(on_line) < 2:
        return None
    town = on_line[-2]
    line_start = m.start - len(line_head)
    # the line is only "label: [venue, ]town, country"
    if not re.fullmatch(r",\s*", text[town.end : last.start]) or not _VENUE.fullmatch(
        text, line_start + label.end(), town.start
    ):
        return None
    return m is town


# A programme's line that opens with a clock time: "08:15   Departure by plane for Tacloban".
_TIMED = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[ \t]+(?=[A-Za-z])", re.IGNORECASE)
# Where a programme's event is: "in X", "at X", "for X", a site "of X" ("the Cathedral of
# Palo", "the airport of Tacloban"); not "from X", nor "of" after any other word.
_PROGRAMME_AT = re.compile(
    r"\b(?:in|at|for|to)\s+(?:the\s+)?$|\b(?:airport|cathedral|church|basilica|shrine|"
    r"palace|town|port|harbou?r|station)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def timed_programme(document: Document) -> dict[int, bool]:
    """Return, for an official programme of three timed entries or more ("17:45  Arrival at
    Villamor Air Base in Manila", an entry going on over the lines below it), True for each
    place its events are held in or go to. Empty when the story has none."""
    text = document.text
    starts = [m.start() for m in re.finditer(r"(?m)^", text) if _TIMED.match(text, m.start())]
    if len(starts) < 3:
        return {}
    out: dict[int, bool] = {}
    for k, m in enumerate(document.mentions):
        i = bisect.bisect_right(starts, m.start) - 1
        if m.place is None or i < 0 or "\n\n" in text[starts[i] : m.start]:
            continue  # before the programme, or past a blank line that ends its entry
        before = " ".join(text[max(starts[i], m.start - 60) : m.start].split()) + " "
        if _PROGRAMME_AT.search(before):
            out[k] = True
    return out


def planned_list(document: Document, lines: dict[int, bool]) -> bool:
    """Return whether the story announces its dated list as a plan ("will headline ...
    The tour dates are:"), in the 400 characters before the list."""
    start = min((document.mentions[k].start for k in lines), default=0)
    return bool(LIST_PLAN.search(document.text, max(0, start - 400), start))


#: A label that ends in its year: "24 April 2016 - ", "Monday June 7th, 2010. ".
_YEAR_LABEL = re.compile(r"(?:1[6-9]|20)\d\d\W*$")


def day_label(text: str, line_head: str) -> bool:
    """Return whether the words before a place on its line are an itinerary's or a diary's
    label ("Day 2: ", "Monday June 7th, 2010. ")."""
    return bool(DAY_LABEL.fullmatch(line_head)) and _label(text, line_head) is not None


def _label(text: str, line_head: str) -> re.Match[str] | None:
    """Return the label a line opens with; None for a dated label with its year on the
    only labelled line, the story's dateline, where it was written ("24 April 2016 -
    Helsinki"), not a day of the trip."""
    label = DAY_LABEL.match(line_head)
    if label is None or not _YEAR_LABEL.search(label.group()):
        return label
    labelled = sum(1 for line in text.split("\n") if line.strip() and DAY_LABEL.match(line))
    return label if labelled >= 2 else None


_YOU = re.compile(r"\byou(?:r|rs|rself|['\u2019]ll)?\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Mm]e)\b")  # not "US" nor "ME" (Maine)


def addressed_to_reader(text: str) -> bool:
    """Return whether a text is an itinerary addressed to its reader: days labelled on
    their own lines ("Day 2: Sarria to Portomarin") and "you" more often than "we" or
    "I" ("you pass through fields"): a tour's plan, not a diary of one made."""
    days = sum(1 for line in text.split("\n") if DAY_LABEL.match(line) and line.strip())
    yous, wes = len(_YOU.findall(text)), len(_WE.findall(text))
    # a tour operator's "we" sails with "you": "you" nearly as often as "we" is enough
    return days >= 2 and yous >= 3 and (yous > wes or (yous >= 5 and 4 * yous >= 3 * wes))


# Words that announce a tour's places: "nine cities", "the tour dates", "stops".
_TOUR_WORDS = re.compile(
    r"\b(?:tour|schedule|itinerary|route|stops|cities|towns|appearances|venues|destinations|"
    r"ports\s+of\s+call)\b",
    re.IGNORECASE,
)


def toured_list(document: Document, index: int) -> bool:
    """Return whether mention ``index`` opens a list of places ("Boston, Houston") that a
    tour's or a trip's words announce in the 300 characters before it: "ten appearances
    in nine cities. In order, they are: Boston, Houston, ..."; "a long Baltic trip. The
    route was: Poland, Lithuania, ..."."""
    mentions, text = document.mentions, document.text
    end = mentions[index].end
    aside = _ASIDE_AFTER.match(text, end)  # "Bahir Dar (and Lake Tana), Lalibela"
    end = aside.end() if aside else end
    nxt = next((k for k in range(index + 1, len(mentions)) if mentions[k].start >= end), None)
    listed = nxt is not None and bool(
        re.fullmatch(r",\s*|,?\s+and\s+", text[end : mentions[nxt].start])
    )
    start = mentions[index].start
    if _PEOPLE_FROM.search(text, max(0, start - 20), start):
        return False  # "we met people from: Poland, Lithuania": where they came from
    return listed and _TOUR_OR_TRIP.search(text, max(0, start - 300), start) is not None


# An aside in brackets after a listed place.
_ASIDE_AFTER = re.compile(r"\s*\([^()]{1,80}\)")
# A list's colon after words that say where people or things are from or like.
_PEOPLE_FROM = re.compile(r"\b(?:from|with|of|about|like|for)\s*:\s*$", re.I)


# A place's own day straight after it: "Tampere on March 3", "Tamale on 6 May", "Oulu on
# Tuesday"; the place of a show or a meeting at it ("at the Arena") may come between.
_ON_DAY_AFTER = re.compile(
    rf"(?:\s+(?:at|in)\s+the\s+[^,.;]{{1,40}}?)?,?\s+on\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTH})\b|(?:{_MONTH})\.?\s+\d{{1,2}}\b)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)


def dated_in_tour(document: Document, index: int, sentence: tuple[int, int]) -> bool:
    """Return whether mention ``index`` is a tour's place given its own day in a sentence
    that tells the tour: "the tour opens in Finland with Tampere on March 3 and Oulu
    on March 6"; or heads a letter's or a diary's entry on a line of its own with the
    day: "Hartford, March 14." (not on the text's first line alone, a dateline)."""
    text, mention = document.text, document.mentions[index]
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not text[line_start : mention.start].strip() and _DATE_TO_LINE_END.match(text, mention.end):
        headed = [line for line in text.split("\n") if _PLACE_DATE_LINE.fullmatch(line)]
        return len(headed) >= 2 or bool(text[:line_start].strip())
    return bool(
        _LISTED_BEFORE.search(text, max(sentence[0], mention.start - 12), mention.start)
        and _ON_DAY_AFTER.match(text, mention.end, sentence[1])
        and _TOUR_OR_TRIP.search(text, sentence[0], mention.start)
    )


#: A day after a place to the end of its line: ", March 14.", ", 5 April 1890".
_DAY_THEN_END = (
    rf",\s*(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTH})\.?)(?:,?\s+\d{{4}})?\.?[ \t]*"
)
_DATE_TO_LINE_END = re.compile(rf"{_DAY_THEN_END}(?:\n|$)", re.I)
#: A line that is only a place and its day: "Hartford, March 14."
_PLACE_DATE_LINE = re.compile(rf"\s*(?-i:[A-Z])[\w .'\u2019-]{{1,40}}{_DAY_THEN_END}", re.I)


# What lists a tour's place, when no verb governs it: "with Tampere", "and Oulu".
_LISTED_BEFORE = re.compile(r"(?:\bwith|\band|\bthen|\bincluding|,)\s+$", re.I)
# A tour's words, or a trip told before a place: "will travel to Ghana, with Kumasi on 4 May".
_TOUR_OR_TRIP = re.compile(
    rf"{_TOUR_WORDS.pattern}|\b(?:trip|visit|travel|journey|voyage|swing|mission|cruise|"
    r"adventure|expedition)",
    re.I,
)
