"""How a place mention takes part in a journey, from the words around it.

:func:`role_of` reads a mention's role ("depart", "arrive", "return", or ``None`` for a
place named only as context) from the text before it in its sentence (``near``), its
clause (``clause``) and the rest of its sentence (``after``), with the cue words of
:mod:`mapper.journey.cues`: "left X", "arrived in X", "flew on to X", "X, which she will
visit on Friday", "the third port of call: X".
"""

from __future__ import annotations

import re

from mapper.document import Document
from mapper.model import Mention, Place
from mapper.place import AREA_KINDS
from mapper.text import MONTHS

from .cues import (
    ARRIVAL,
    BEGINNING,
    DATELINE_HERE,
    DATELINE_LEFT,
    DEPARTURE,
    EXAMPLES,
    GOING,
    NEXT_WAS,
    ONWARD,
    OPENS_CLAUSE,
    PASSAGE,
    REACHED_AFTER,
    REACHED_BEFORE,
    RETURN,
    START_WAS,
    THING_REACHED_IN,
    TO,
    WAS_NEXT_AFTER,
)
from .tense import FUTURE, MODAL

__all__ = [
    "fronted_in",
    "fronted_plan",
    "future_carries",
    "past_unknown",
    "reached_area_at",
    "relative_cue",
    "role_of",
    "show_end",
]

# A verb in the past tense: it ends the reach of a "will" before it.
_PAST = re.compile(
    r"\b(?:was|were|had|did|went|came|flew|left|took|drove|rode|sailed|arrived|reached|"
    r"visited|met|said|told|became|began|made|saw|spent|stayed|returned|[a-z]+ed|"
    # "its first visit since the convention in X": a time before
    r"since|ago|last|previous(?:ly)?|earlier|former(?:ly)?)\b",
    re.IGNORECASE,
)


def future_carries(text: str, start: int, end: int) -> bool:
    """Return whether a future told earlier in the sentence (``text[start:end]``, up to a
    name) still holds at the name: no verb in the past tense comes between ("will start
    in A on Thursday, and take in B before ending in C": B and C are planned too)."""
    ends = [m.end() for m in FUTURE.finditer(text, start, end)]
    return bool(ends) and _PAST.search(text, ends[-1], end) is None


def fronted_leave_planned(clause: str, after: str) -> bool:
    """Return whether a place a clause opens by leaving is left in the future: "From Osaka,
    we will head to X" (the verb after the name holds the clause's tense)."""
    return bool(_FROM_OPENS.fullmatch(clause) and _FUTURE_VERB_AFTER.match(after))


_FROM_OPENS = re.compile(r"\W*(?:and\s+)?(?:then\s+)?from\s+", re.IGNORECASE)
_FUTURE_VERB_AFTER = re.compile(
    r",?\s+(?:[\w'\u2019]+\s+){0,2}?(?:will|shall|(?:is|are|am)\s+going\s+to)\b|"
    r",?\s+\w+['\u2019]ll\b",
    re.IGNORECASE,
)


# A relative clause right after a name: ", which ... ." or ", where ... ,".
_RELATIVE = re.compile(r"^(?:\s+\w+)?,?\s+(?:which|where|that)\b[^,.;]{0,80}")

# "to a village called Turro, a little to the south of Piacenza": where a stop lies
_COMPASS_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$", re.I
)

# "flew home from Fukuoka", "headed back home from X": the journey's last place
_HOME_FROM = re.compile(r"\bhome\s+(?:again\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)

# "Ussuriysk, a city near where the train was spotted"
_NEAR_WHERE = re.compile(r"^,?[^.;]{0,40}\bnear where\b[^.;]{0,60}\b(?:spotted|seen|sighted)\b")

# A common noun right after a name: the name only qualifies it ("EU summit").
_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:on|in|at|by|and|or|to|via|aboard|from|with|where|which|"
    r"when|after|before|for|the|this|that|next|last|early|late|later|soon|then|but|while|"
    r"as|until|during|over|around|shortly|tomorrow|today|tonight|overnight|again|amid)\b)"
    r"(?![a-z]+ing\b)[a-z]+"  # not a participle: "sailed for X towing two boats"
)

# A leg told by the time it took: "the drive from X to Y took us six hours", "our bus
# ride between X and Y lasted all night". Its ends are where the traveller went; a way in
# the present ("the flight from X to Y takes ten hours") is a guide's, and not read.
_LEG_NOUN = (
    r"(?:road|drive|ride|journey|trip|trek|walk|hike|flight|crossing|passage|voyage|leg|"
    r"transfer|sail|run|climb|descent|bus|train|ferry|boat|coach)"
)
_LEG_OPENS = rf"\b(?:the|our|my|their|his|her|its|an?)\s+(?:[\w-]+\s+){{0,2}}?{_LEG_NOUN}s?\s+"
_LEG_FROM = re.compile(rf"{_LEG_OPENS}(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_LEG_TO = re.compile(
    rf"{_LEG_OPENS}(?:from\s+[^,;:.]{{1,40}}?\s+to|between\s+[^,;:.]{{1,40}}?\s+and)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LEG_TOOK_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:took|lasted)\b", re.IGNORECASE)
#: ... or by its two ends alone: "their Perth to Darwin crossing took", "Darwin to
#: Broome took four more days": the first end, then the second.
_BARE_LEG_FIRST = re.compile(
    rf"^\s+to\s+(?:[A-Z][\w'\u2019.-]*\s+){{1,4}}?(?:(?i:{_LEG_NOUN})\s+)?(?:took|lasted)\b"
)
#: A traveller's own arrival named by the place: "our Antequera arrival".
_OUR_NEAR = re.compile(r"\b(?:our|my|their|his|her)\s+$", re.IGNORECASE)
_ARRIVAL_NOUN_AFTER = re.compile(r"^\s+arrival\b", re.IGNORECASE)
#: A leg's heading opening a line, then its story: "Osh to Bishkek - we left at six".
_LEG_HEADING = re.compile(
    r"^\s+to\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*\s*[\u2013\u2014:]"
)
_BARE_LEG_NEAR = re.compile(r"[A-Z][\w'\u2019.-]*\s+to\s+$")
_BARE_LEG_SECOND = re.compile(rf"^\s+(?:(?i:{_LEG_NOUN})\s+)?(?:took|lasted)\b")

# Advice to anyone: "once you get to X", "you can go from X" (not "you have to cross X")
_ANYONE_YOU = re.compile(
    r"\b(?i:(?:if|once|when|unless)\s+you|you\s+(?:can|could|may|might|should|want\s+to))"
    r"\b(?![^.;]*\b(?:I|[Ww]e)\b)"
)

# A route described, not travelled: "the journey by rail runs through Khabarovsk".
_ROUTE_DESCRIBED = re.compile(
    r"\b(?:runs?|flows?|goes|passes|leads?|winds?|cuts?|stretch(?:es)?|meanders?)\b"
    r"(?:\s+[\w,]+){0,5}?\s+through\b"
)

# A way's own course, told in a relative clause: "a cycle path that runs from
# X to Y", "the road, which leads to Z": where the way goes, not where the traveller went.
_WAY_RUNS = re.compile(
    r"\b(?:path|trail|road|route|railway|line|highway|motorway|cycleway|canal|river|track|"
    r"way|radweg|bridge|tunnel)s?,?\s+(?:that|which)\s+(?:runs?|goes|leads?|stretch(?:es)?|"
    r"extends?|winds?|links?|connects?|joins?)\b[^.;]*$",
    re.IGNORECASE,
)

# A place fronted in its clause ("At the station of X, ...", "In X, ...") and the arrival
# told after it ("..., Kim was greeted by", "..., the ship docked"); "While in X, ...".
_FRONTED_AT = re.compile(
    r"^\W*(?:(?:on|early|late)\b[^,;]{0,40}?\s+|(?:while|whilst|when)\s+(?:(?:he|she|they|we|I)\s+"
    r"(?:is|are|was|were)\s+)?)?(?:at|in)\b[^,;]{0,50}$",
    re.I,
)

_ARRIVAL_AFTER = re.compile(
    # "In Berlin the next day, he held talks": a time may come before the comma
    r"^(?:\s*\([^()]*\))?(?:\s+(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening)|"
    r"\s+on\s+\w+(?:\s+\d{1,2})?)?,?\s+(?:[\w'\u2019-]+\s+){0,5}?(?:(?:was|were|had\s+been)\s+)?"
    # and the plan: "While in Suva, they will meet the prime minister"
    r"(?:greet(?:s|ed)?|welcom(?:e|es|ed)|meets?|met|receiv(?:e|es|ed)|arriv(?:e|es|ed)|"
    r"land(?:s|ed)?|dock(?:s|ed)?|disembark(?:s|ed)?|alight(?:s|ed)?|"
    r"step(?:s|ped)?\s+(?:off|down|ashore)|went\s+ashore|h(?:o|e)lds?\s+talks|visit(?:s|ed)?|"
    r"tour(?:s|ed)?|attend(?:s|ed)?|address(?:es|ed)?|la(?:y|ys|id)\s+a\s+wreath|"
    r"inaugurat(?:e|es|ed))\b",
    re.IGNORECASE,
)

# ... and the narrator's own stay told after it: "At Aschach we stopped for lunch".
_STAYED = (
    r"stopped|stayed|camped|slept|rested|lunched|overnighted|"
    r"pitched\s+(?:(?:a|our|the|their|my)\s+)?tents?|"
    r"ha(?:d|ve)\s+(?:lunch|dinner|breakfast|an?\s+(?:\w+\s+)?(?:break|stop|stopover|layover|stay))"
)
#: ... or boarded a vehicle there: "At Bodo we boarded the ferry", "In X we take the bus".
_WE_BOARDED_AFTER = re.compile(
    r"^,?\s+(?:we|I|they|he|she)\s+(?:\w+\s+)?(?:board(?:s|ed)?|take|takes|took|catch|caught|"
    r"got\s+on|get\s+on|join(?:s|ed)?)\s+(?:the|a|an|our|my|their)\s+"
)
_SUBJECT_BOARDED_AFTER = re.compile(
    r"^(?:\s+(?:airport|station|port|terminal|harbou?r|pier|quay))?,?\s+[^.;:]{0,120}?\b"
    r"board(?:s|ed)\s+(?:the|a|an|his|her|their|its|our|my)\b",
    re.IGNORECASE,
)
_WE_STOPPED_AFTER = re.compile(
    rf"^(?:\s+\S+){{0,3}}?,?\s+(?:we|I)\s+(?:\w+\s+)?(?:{_STAYED}|spent|paused|refuell?ed)\b"
)

# ... or in a relative clause right after the place: "Shamrock, where we stayed the night".
_WHERE_WE_STAYED = re.compile(
    rf"^,?\s+where\s+(?:we|I|they|he|she)\s+(?:\w+\s+)?(?:{_STAYED}|ate|"
    r"spent\s+(?:the|a|an|one|two|three|four|five|several|a\s+few|\d+)\s+(?:nights?|days?|"
    r"weeks?|hours?|afternoon|evening|morning))\b"
)


def fronted_plan(clause: str, after: str) -> bool:
    """Return whether a place fronted in its clause is where the traveller is to arrive
    or act, told as a plan after it ("In Port Vila, they will meet ...")."""
    if _AFTER_REACHING.search(clause) and _WILL_AFTER.match(after):
        return True  # "Upon landing in Glasgow, the players will take a coach"
    told = _ARRIVAL_AFTER.match(after) if _FRONTED_AT.search(clause) else None
    return told is not None and MODAL.search(told.group()) is not None


#: An arrival fronted as a time ("After reaching X, ...", "On arriving in X, ...") or
#: as a bare participle ("Arriving in X on Monday, she will ...") ...
_AFTER_REACHING = re.compile(
    r"^\W*(?:(?:after|upon|on|once)\s+)?(?:reaching|arriving\s+(?:in|at)|landing\s+(?:in|at)|"
    r"getting\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ... whose sentence goes on in the future: the arrival is the plan's too.
_WILL_AFTER = re.compile(r"^[^.;,]{0,60},\s+[^.;,]{0,40}?\b(?:will|shall)\b", re.IGNORECASE)


def relative_cue(pattern: re.Pattern[str], after: str, near: str = "") -> bool:
    """Return whether a cue governs a name from a relative clause right after it
    ("the spaceport, which Putin is scheduled to visit"); not after an arrival told in
    the past (``near``): "landed in Sydney, where he will speak" says where he is."""
    if _ARRIVED_PAST.search(near):
        return False
    clause = _RELATIVE.match(after)
    # "Lviv, where I could not sleep": an ability the past denied, no plan
    return bool(clause and pattern.search(_PAST_ABILITY.sub(" ", clause.group())))


_ARRIVED_PAST = re.compile(r"\b(?:arrived|landed|reached|docked|touched\s+down)\b", re.I)
_PAST_ABILITY = re.compile(r"\bcould(?:n['\u2019]t|\s+(?:not|hardly|barely))\b", re.IGNORECASE)


_IN_AT = re.compile(r"\s*(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
#: A time of day right after a place: "at 1500", "around 7.30", "by 9 pm".
_CLOCK_AFTER = re.compile(
    r"\s+(?:at|by|around|about|before|after)\s+(?:\d{1,2}[:.]\d{2}|\d{4}\b|"
    r"\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)
# "After de-stressing in La Paz for a couple of days": a stay told after the name
_LOCATIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_STAY_AFTER = re.compile(
    r"^\s*,?\s*for\s+(?:a\s+couple\s+of|a\s+few|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|few|\d+)\s+(?:more\s+)?(?:hours?|days?|nights?|weeks?)\b",
    re.IGNORECASE,
)
# "was in Perth for the summit": in a place for an event held there
_EVENT_AFTER = re.compile(
    r"^\s*,?\s*for\s+(?:the|a|an|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|"
    r"meetings?|conference|games|festival|wedding|funeral|match|final|ceremony|forum|G\d+|"
    r"celebrations?|concert|show|launch|opening|inauguration|congress|convention)\b",
    re.IGNORECASE,
)
# "for" after a verb of leaving or heading, a vehicle, or a place left ("left Paris for
# Lyon"): a destination; after another noun ("aid for Gaza"), a purpose
_FOR_GOAL = re.compile(
    r"(?:^\s*|\b(?:le(?:ft|aves?|aving)|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|bound|off|out|"
    r"sail(?:s|ed|ing)?|made|mak(?:e|es|ing)|flights?|trains?|boats?|ships?|bus|buses|"
    r"planes?|ferr(?:y|ies)|home|again|chang(?:e|es|ed|ing)|connect(?:s|ed|ing)?|"
    r"board(?:s|ed|ing)?)\s+(?:[\w,'\u2019-]+\s+){0,4}?)for\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: The nouns of a tour's shows.
_SHOWS = r"concerts?|gigs?|shows?"
# A stop told by what happened there: a visit, a leg's end, a concert or a match of a tour
# ("The next concert was on May 4 in X", "The first Test will be played in Y").
_STOP_NOUN = re.compile(
    rf"\b(?i:visit|tour|stop|trip|journey|reach|{_SHOWS}|recitals?|performances?|appearances?|"
    r"readings?|lectures?|dates?|matche?s?|games?)\b|\b(?:Tests?|Mass)\b"
)
#: What performers, preachers and lecturers did in a tour's town: "played two nights in X",
#: "preached at X", "playing for new crowds in three cities (X, Y and Z)".
_PERFORMED_IN = re.compile(
    r"\b(?:play(?:s|ed|ing)?|perform(?:s|ed|ing)?|sang|sings?|singing|preach(?:es|ed|ing)?|"
    r"lectur(?:es|ed|ing))\b[^.;:()]{0,60}?\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:cities|towns|venues)\s*[(:]\s*)?$",
    re.IGNORECASE,
)
#: Due somewhere ("is due back in port at Valletta on Friday"): an arrival to come.
_DUE_IN = re.compile(r"\bdue\s+(?:back\s+)?(?:in|at|into)\s+(?:the\s+)?$", re.IGNORECASE)
#: People boarding the traveller's vehicle in a place: the vehicle was there ("200 people
#: boarded the frigate in rebel-held Benghazi").
_BOARDED_IN = re.compile(
    r"\bboard(?:ed|s|ing)?\s+(?:the|a|an|our|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ship|frigate|vessel|boat|ferry|train|plane|aircraft|flight|bus|coach|jet|liner|"
    r"warship|destroyer|tug|airship)\b[^.;]{0,30}?\s(?:in|at)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?$",
    re.IGNORECASE,
)
#: An arrival told, then the place after a colon: "came to a halt at the final lock: X",
#: "finally reached our goal: X", "ended the trip where it began: X".
_STOP_THEN_COLON = re.compile(
    r"\b(?:came\s+to\s+a\s+(?:stop|halt)\b[^.;:!?]{0,80}|(?:reach(?:ed|es)|arriv(?:ed|es)\s+"
    r"(?:in|at))\s+(?:our|my|his|her|their|the)\s+(?:[\w-]+\s+){0,3}(?:goal|destination|"
    r"town|city|village|port))\s*:\s*$",
    re.IGNORECASE,
)
#: Back at a home or a site in a town: "back at my aunt's flat in X", "back in our house in X".
_BACK_AT_SITE_IN = re.compile(
    r"\bback\s+(?:at|in|to)\s+(?:my|our|his|her|their|the)\s+(?:[\w'\u2019-]+\s+){1,3}"
    r"(?:in|at)\s+$",
    re.IGNORECASE,
)
#: The rest of a list of names that goes on "then ... to" the next: "(Bonn), Cologne,
#: Milan, then a bus to".
_LIST_THEN_AFTER = re.compile(
    r"(?:,\s*(?:and\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})*,\s*(?:and\s+)?then\s+"
    r"(?:[\w-]+\s+){0,3}?(?:on\s+)?(?:to|into)\b"
)
# A day's ride or walk to a place: "a big day to Ordway", "two days to Pueblo".
_DAYS_TO = re.compile(r"\b(?:days?|nights?)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# Two places joined by a bare "to": "Dubai to Melbourne in 14 hours".
_BARE_TO = re.compile(r"\s+to\s+")
# What may follow the second place of such a pair: an end, or a word that goes on about
# the leg ("in 14 hours", "by bus", "and then"), not a noun it qualifies ("route").
_LEG_END_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\u2014]|(?:in|on|by|at|aboard|via|and|then|with|took|takes|was|is)\b)"
)

_PORT_OF_CALL = re.compile(r"\bports?\s+of\s+call\b", re.IGNORECASE)

_PORT_OF_CALL_AFTER = re.compile(
    r",?\s+(?:the|our|its|their|his|her|a)\s+(?:\w+\s+){0,2}ports?\s+of\s+call\b", re.I
)

#: A reporter's place, not a traveller's start: "reports from Sydney", "writing from X".
_REPORTS_FROM = re.compile(
    r"\b(?:report(?:s|ed|ing)?|writ(?:es|ing)|broadcast(?:s|ing)?|blogg(?:ed|ing))\s+"
    r"(?:live\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ARRIVED = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|landed|reached)\b", re.IGNORECASE)
#: A letter written from a place to someone: the writer is there.
_WROTE_FROM = re.compile(r"\b(?:wrote|cabled|telegraphed)\s+(?:again\s+)?from\s+$", re.I)
_TO_SOMEONE = re.compile(r"\s+to\s+(?:his|her|their|[A-Z])")
#: A place bidden goodbye: "Waving X goodbye", "bade X farewell".
_BID_BEFORE = re.compile(r"\b(?:wav(?:e|es|ed|ing)|bid(?:s|ding)?|bade)\s+$", re.I)
_FAREWELL_AFTER = re.compile(r"\s+(?:goodbye|good-bye|farewell|adieu)\b", re.I)
#: A stop at a venue told in lowercase words, then its town: "stopping in a barn at the
#: county fairgrounds in X", "landed at a small airstrip outside X".
_VENUE_THEN_TOWN = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:in|at)\s+"
    r"(?:a|an|the)\s+(?:[a-z][\w'\u2019-]*\s+){1,8}?(?:in|at|outside|near)\s+(?:the\s+)?$"
)
_AT_VENUE = re.compile(
    r"\b(?:to|in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*"
    r"(?:,\s*|\s+in\s+))?$"
)
# A site gone to, then its town: "to Flying J in ", "to friend's house in ".
_TO_SITE_IN = re.compile(
    r"\bto\s+(?:(?i:the|a|an|his|her|their|our|my)\s+(?:[\w'\u2019-]+\s+){1,3}|"
    r"[A-Z][\w'\u2019-]*\s+(?:[\w'\u2019-]+\s+){0,2}|[\w-]+['\u2019]s\s+(?:[\w-]+\s+)?)"
    r"(?:in|at)\s+(?:the\s+)?$|"
    # "travelled to the shrine of Fatima", "to the old town of Hoi An"
    r"\bto\s+(?i:the)\s+(?:[a-z'\u2019-]+\s+){0,2}?(?i:shrine|sanctuary|basilica|town|city|"
    r"village|port|island|monastery|temple|ruins|site|resort|oasis|"
    # "rode to the castle of Amboise", "to the Chateaux of Blois": a house of the town
    r"castle|palace|ch[a\u00e2]teaux?|fortress|citadel|cathedral|abbey|priory|convent)\s+of\s+$"
)
# A relative clause whose subject visits the place named before it.
_VISITED_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?|he|she|they|we|I|"
    r"the\s+\w+)\s+(?:\w+\s+){0,3}?(?:visit(?:s|ed)?|tour(?:s|ed)?|reach(?:es|ed)?)\b"
)

# A tour's show named by its town: "the Leeds gig", "both the Cologne and Munich shows".
_SHOW_AFTER = re.compile(
    r"^(?:\s+(?:and|&)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?\s+"
    rf"(?:{_SHOWS})\b"
)


# A place followed by the date of its day in brackets, its state's code between:
# "Missoula (4/25/24)", "Rapid City, SD (4/28/24)", "Ghent (May 3)": a schedule's stop.
_MONTH = rf"(?:{'|'.join(name.capitalize() for name in MONTHS)})\.?"
# The days may be a range: "Mumbai (Dec. 8-12)", "Mohali (Nov.26-30)".
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_DATED_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w.]*)?\s*\((?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
    rf"{_MONTH}\s*{_DAYS}|{_DAYS}\s+{_MONTH})\)"
)


def show_end(after: str) -> int:
    """Return where the words of a show named by its town end ("the Cardiff show will be
    recorded": the show's verb comes after them), or 0."""
    shown = _SHOW_AFTER.match(after)
    return shown.end() if shown else 0


#: Places spoken of before their examples: "market towns like", "ports such as".
_PLACES_NAMED = re.compile(
    r"\b(?:towns?|city|cities|places|countries|ports|villages|islands|stops|destinations|"
    r"capitals|spots|sites|states|regions|provinces|resorts|parks|nations|stations|"
    r"harbou?rs|airports|beaches|ones|them|points\s+(?:north|south|east|west)(?:ward)?)\b",
    re.IGNORECASE,
)


#: "the villages we passed through, such as X": the places on the way, named after (the
#: other verbs of going through, "rode through", are GOING's).
_PASSED_THROUGH = re.compile(r"\bpass(?:es|ed)?\s+through\b", re.I)


#: A list's first name that is no place mention, then the list's comma or "and": "to
#: Ishimm, " (the name after it goes on with the list), "for Gare de Lyon, ".
_UNKNOWN_LISTED = re.compile(
    r"(?<=\s)['\u2018\u2019\"]?(?-i:[A-Z])[\w'\u2019-]+"
    r"(?:\s+(?:(?:de|du|des|di|da|del|la|le)\s+)?(?-i:[A-Z])[\w'\u2019-]+){0,2}\s*(?:,\s*|\s+and\s+)$"
)


def past_unknown(near: str) -> str:
    """Return the words before a place with a list's last unknown name taken off: ", Ishimm,
    " is ", " (the list goes on past a name the gazetteer does not know)."""
    unknown = _UNKNOWN_LISTED.search(near)
    return near[: unknown.start()] if unknown is not None else near


def role_of(
    near: str, clause: str, after: str, place: Place, *, previous_stop: bool = False
) -> str | None:
    """Return how a name takes part in the journey: "depart", "arrive", "return" or None.

    ``previous_stop``: the name just before this one is a stop of the journey.
    """
    trimmed = past_unknown(near)
    if trimmed != near and place.kind not in AREA_KINDS:  # not "X, Australia"
        # "then to Ishimm, Omsk and Barnaul": a list goes on past a first name the gazetteer
        # does not know, and its places take the cue before it
        role = role_of(trimmed + " ", clause, after, place)
        if role is not None:
            return role
    if _COMPASS_OF.search(near) and not (_NEAR_WHERE.match(after) or _WHERE_WE_STAYED.match(after)):
        # a place the stop before lies north of ("... near where it was seen"); not "a few
        # miles north of Council Grove, where we pitched our tent"
        return None
    if _OUR_NEAR.search(near) and _ARRIVAL_NOUN_AFTER.match(after):
        return "arrive"  # "Our Grenoble arrival came after dark"
    if _BARE_LEG_FIRST.match(after) or (not near.strip() and _LEG_HEADING.match(after)):
        return "depart"  # "their Perth to Darwin crossing took nine days"
    if _BARE_LEG_NEAR.search(near) and _BARE_LEG_SECOND.match(after):
        return "arrive"
    if _LEG_TOOK_AFTER.match(after):
        if _LEG_FROM.search(near):
            return "depart"  # "the drive from Lille to Ghent took an hour"
        if _LEG_TO.search(clause):
            return "arrive"
    if _WAY_RUNS.search(clause) or _ANYONE_YOU.search(clause):
        return None  # "a cycle path that runs from Blois to Orleans"; "once you get to X"
    if _HOME_FROM.search(near):
        return "arrive"  # "then flew home from Fukuoka": the last place, left for home
    if BEGINNING.search(near) or (_IN_AT.fullmatch(near) and BEGINNING.search(clause)):
        return "depart"  # "Our trip began in Lyon", "began a tour of Africa in Luanda"
    if START_WAS.search(near):
        return "depart"  # "Our starting point was Victoria Falls"
    if _IN_AT.fullmatch(near) and _IN_AT.fullmatch(clause) and _CLOCK_AFTER.match(after):
        return "arrive"  # a log's "In Hastings at 1500 and Gisborne around 2000."
    if REACHED_AFTER.match(after) and OPENS_CLAUSE.search(near):
        return "arrive"  # "Oslo was reached on 3 May", "and Hue was visited"
    if THING_REACHED_IN.search(near):
        return None
    if NEXT_WAS.search(near) or WAS_NEXT_AFTER.match(after):
        return "arrive"  # "Next up was Vevey", "The following day was Zurich", "X was next"
    if _FRAGMENT_REST.match(after) and _FRAGMENT_FROM.match(clause):
        return "depart"  # "And then from California to Nevada, Utah, Iowa.": a diary's leg
    if _FRAGMENT_REST.match(after) and _FRAGMENT_TO.match(clause):
        return "arrive"  # (not "From Lyon to Nice the road is steep": the road's course)
    if _WROTE_FROM.search(near) and _TO_SOMEONE.match(after):
        return "arrive"  # a diary's "Mark wrote from Albany to his wife": he was there
    if _BID_BEFORE.search(near) and _FAREWELL_AFTER.match(after):
        return "depart"  # "Waving X goodbye, they took the ferry"
    if _VENUE_THEN_TOWN.search(near):
        return "arrive"  # "finally stopping in a barn at the county fairgrounds in X"
    departure = DEPARTURE.search(near)
    if departure and _REPORTS_FROM.search(near):
        departure = None  # "ITV's editor reports from Sydney": where the reporter is
    if departure and (
        departure["verb"].lower() != "from" or GOING.search(clause) or _ARRIVED.search(clause)
    ):
        # "left X", "departed from X"; "from X" after a verb of going or of arriving
        # ("arrived in Washington from Portugal")
        return "depart"
    if RETURN.search(near):
        return "return"
    if ARRIVAL.search(near):
        return "arrive"
    if PASSAGE.search(near) and not _ROUTE_DESCRIBED.search(clause):
        return "arrive"  # "passing through X"; not "the line runs through X"
    if ONWARD.search(near):
        return "arrive"  # "and then on to Bergen"
    if (
        EXAMPLES.search(near)
        and _PLACES_NAMED.search(clause)
        and (ARRIVAL.search(clause) or GOING.search(clause) or _PASSED_THROUGH.search(clause))
    ):
        # "stopped at market towns like Ludlow and Hexham"; not "crises back home such as
        # Haiti"
        return "arrive"
    to = TO.search(near)
    if to and to.group().split()[0].lower() == "for" and not _FOR_GOAL.search(clause):
        to = None  # "announcing reconstruction aid for Gaza"
    if to and GOING.search(clause):
        if to.group().split()[0].lower() == "for" and _NOUN_AFTER.match(after):
            return None  # "arrives by train for EU summit": a purpose, not a place
        return "arrive"
    if _TO_SITE_IN.search(near) and GOING.search(clause):
        return "arrive"  # "take I-80 to a friend's house in Boulder": the town of the site
    if _LOCATIVE.search(near) and (_STAY_AFTER.match(after) or _EVENT_AFTER.match(after)):
        return "arrive"  # "after resting in La Paz for a couple of days"
    if _NEAR_WHERE.match(after) or relative_cue(ARRIVAL, after) or relative_cue(TO, after):
        return "arrive"
    if _WHERE_WE_STAYED.match(after):
        return "arrive"  # "was in Shamrock, where we stayed the night"
    if _SHOW_AFTER.match(after):
        return "arrive"  # "both the Cologne and Munich shows sold out": a tour's dates
    if _DATED_AFTER.match(after):
        return "arrive"  # "with stops in Missoula (4/25/24), Great Falls (4/26/24)"
    if _VISITED_AFTER.match(after):
        return "arrive"  # "Pennsylvania, which Trump will visit on Friday"
    if _PORT_OF_CALL.search(near) or _PORT_OF_CALL_AFTER.match(after):
        return "arrive"  # "Third port of call: Bergen", "Skjolden, the second port of call"
    if _FRONTED_AT.search(clause) and (
        _ARRIVAL_AFTER.match(after) or _WE_STOPPED_AFTER.match(after)
    ):
        return "arrive"  # "At the border station of X, the leader was greeted by ..."
    if _FRONTED_AT.search(clause) and (
        _WE_BOARDED_AFTER.match(after) or _SUBJECT_BOARDED_AFTER.match(after)
    ):
        # "In Stamsund we take the M/S Nordkapp and sail to X"; "At Darwin airport the
        # minister and her two aides boarded a charter flight bound for X"
        return "depart"
    if _STOP_NOUN.search(near) and _AT_VENUE.search(near):
        # "a visit to X"; "The next concert was on May 4 in X"; "held a recital at the
        # Opera House, X": a hall, then its town
        return "arrive"
    if _DAYS_TO.search(near):
        return "arrive"  # "a big day to Ordway", "the next two days to Pueblo"
    if not near.strip() and DATELINE_HERE.match(after):
        return "arrive"  # "CALCUTTA, June 17 -- The flier landed here today": the dateline's
    if not near.strip() and DATELINE_LEFT.match(after):
        return "depart"  # "Nairobi: The president left for a tour of Asia"
    if _DUE_IN.search(near) or _BOARDED_IN.search(near):
        return "arrive"  # "due back in X", "people boarded the ship in X"
    if _STOP_THEN_COLON.search(near):
        return "arrive"  # "the barge came to a halt at its final lock: X"
    if _BACK_AT_SITE_IN.search(near):
        return "return"  # "and so back at my aunt's flat in Leeds"
    if _LIST_THEN_AFTER.match(after):
        return "arrive"  # "Bonn, Cologne, Milan, then a bus to Turin": the towns before
    if _PERFORMED_IN.search(near):
        return "arrive"  # "the band played two nights in X", "playing in three cities (X"
    if previous_stop and _AND_IN.search(near):
        return "arrive"  # "a rally in Erie on Monday and in Detroit on Tuesday"
    if _EVENTS_LISTED.search(near):
        return "arrive"  # "in Michigan on Friday for three events — Grand Rapids, ..."
    if _BARE_TO.fullmatch(near) and previous_stop and _LEG_END_AFTER.match(after):
        # "the main leg: Dubai to Melbourne in 14 hours", after Dubai was reached; not
        # "the Ohio to Michigan corridor"
        return "arrive"
    return None


#: A leg written without its verb, opening its sentence: "And then from X to Y, Z".
_FRAGMENT_FROM = re.compile(r"^\W*(?:and\s+)?(?:then\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)
#: ... and nothing after it but names: no verb of its own.
#: (one character or one whole word a step, so a failing line is read once, not in every
#: way its blanks or letters could be split)
_FRAGMENT_REST = re.compile(
    r"^(?:[\s,]|(?:to|and|then|via)\b|[A-Z][\w'\u2019.-]*(?![\w'\u2019.-]))*[.!]?\s*$"
)
_FRAGMENT_TO = re.compile(
    r"^\W*(?:and\s+)?(?:then\s+)?from\s+(?-i:[A-Z])[^,;:.]{0,40}?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: The same locative again for the next stop: "in Erie on Monday and in Detroit".
_AND_IN = re.compile(r"^[^.;:]{0,30}?\band\s+(?:then\s+|later\s+)?(?:in|at)\s+(?:the\s+)?$")
#: The places a traveller's events are held in, listed after a dash or a colon.
_EVENTS_LISTED = re.compile(
    r"\b(?:events?|stops?|rallies|visits?|shows?|concerts?|appearances?|gigs?)\s*[\u2014\u2013:]\s*$"
)


_AT = re.compile(r"\s+(?:at|in)\s+$")


def reached_area_at(text: str, doc: Document, index: int) -> bool:
    """Return whether mention ``index`` is the town where a continent or world region was
    reached ("reached South America at Bahia", "landed in Africa at Mombasa")."""
    if index == 0:
        return False
    area, town = doc.mentions[index - 1], doc.mentions[index]
    return (
        area.place is not None
        and area.place.kind in ("continent", "macroregion")
        and _AT.fullmatch(text, area.end, town.start) is not None
        and REACHED_BEFORE.search(text, max(0, area.start - 40), area.start) is not None
    )


#: A sentence that opens on where it happens: "In Santiago, ".
_FRONTED_IN = re.compile(r"\W*(?:In|At)\s+")
#: ... and a past deed there, not words reported from there ("In Berlin, officials said").
_DEED = re.compile(
    # an aside may come first: "In Alexandria (in today's Egypt), he saw ..."
    r"^(?:\s*\([^()]*\))?,[^.;]*?\b(?:was|were|had|did|[a-z]{3,}ed|broke|went|saw|met|took|got|made|found|felt|"
    r"began|spent|ate|slept|rode|drove|flew|swam|ran|bought|left)\b"
)
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|announced|reported|warned|stated|claimed|added|according|will|"
    r"would|could|may|might)\b"
)

#: Who did the deed: a person told by a pronoun or a name (a capitalised word that names
#: no place), or "the two men", "the pair": "In Peru, Guevara was impressed".
_TRAVELLER = re.compile(
    r"(?:\s*\([^()]*\))?,\s+(he|she|they|we|I|(?-i:[A-Z][a-z]+)(?=\s+[a-z])|the\s+(?:two|three|pair|couple|group|"
    r"men|women|family|children|travell?ers|passengers|party|crew)\b)",
    re.IGNORECASE,
)


def fronted_in(text: str, sentence: tuple[int, int], m: Mention, doc: Document) -> bool:
    """Return whether a sentence opens on the place of ``m`` and tells what a person did
    there: "In Peru, Guevara was impressed by the ruins", "In Cusco, we rested", "At
    Hama, the men showed their papers" (a journey told on); "In Kyiv, sirens sounded"
    tells of others."""
    if _FRONTED_IN.fullmatch(text, sentence[0], m.start) is None:
        return False  # most names: the sentence does not open on them
    clause = text[m.end : sentence[1]]
    who = _TRAVELLER.match(clause)
    return (
        _DEED.match(clause) is not None
        and _REPORTED.search(clause) is None
        and who is not None
        and not any(n.start == m.end + who.start(1) for n in doc.mentions)  # no place
    )
