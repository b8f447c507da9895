"""The words of time in a travel story: whether what a clause tells has happened.

A modal or a plan ("will", "could", "is expected to", "plans to", "is due to"), a time to
come ("tomorrow", "next month"), the present told of a plan ("flies to X on Monday"), the
perfect of other trips ("has visited Peru twice") and a trip before this one ("on her
previous visit to Lima"). Read, like :mod:`.cues`, in the words before a place's name and
in its clause.
"""

from __future__ import annotations

import re

__all__ = [
    "EARLIER_TRIP",
    "FUTURE",
    "FUTURE_TIME_AFTER",
    "LEFT_TODAY_FOR",
    "MODAL",
    "MODAL_AFTER",
    "PERFECT",
    "PERFECT_LEG",
    "PRESENT_FOR_FUTURE",
    "SCHEDULED",
    "attempted",
    "modal_in",
]

#: A plan, an expectation or a hedge in the clause: what it tells has not happened.
MODAL = re.compile(
    # "may", not the month of "3 May 1889", "May 3" or "in May"
    # "would later lead rallies in X": a past told from before it, not a plan
    r"\b(?:will|would(?!\s+(?:later|eventually|go\s+on\s+to)\b)|'ll|shall|could|might|"
    r"(?-i:(?<!\d\s)may(?!\s+\d))|can|should|must|"
    r"(?:believed|thought|said|reported|understood|rumou?red|tipped)\s+to|"
    r"(?:is|are|was|were|be)\s+(?:(?:then|also|now|still)\s+)?(?:expected|scheduled|due|set|slated|"
    r"planned|planning|likely|"
    r"believed|thought|reported|said|rumou?red|tipped|poised|going)\s+to|"
    r"(?:is|are|was|were)\s+due\s+(?:back\s+)?(?:in|at)|"
    # "a charter flight was being organised to take them to X": a plan being made
    r"(?:is|are|was|were)\s+being\s+(?:arranged|planned|organi[sz]ed|prepared)\b|"
    # "with rallies scheduled in X", "the region is on the agenda": a programme to come (not
    # "next on the itinerary was X": one told)
    r"(?:scheduled|slated|planned)\s+(?:in|at|for)\b|"
    r"(?:is|are)\s+(?:\w+\s+)?on\s+the\s+(?:agenda|itinerary)\b|"
    # "She is then to fly on to X": a plan ("was to" can tell a past's future)
    r"(?:is|are)\s+(?:(?:then|also|now|still)\s+)?to\s+(?:visit|meet|travel|fly|go|open|"
    r"attend|address|tour|stop|stay|spend|arrive|head|sail|drive|return|hold|sign)\b|"
    r"plan(?:s|ned)?\s+(?:for\s+[\w\s]{1,30}?\s+)?to|plan\s+(?:is|was)\s+to|planning|"
    # "hikers trying to reach X", "the aim was to get to X", "intent on going on to X"
    r"trying\s+to|(?:aim|goal|intention|hope|idea)\s+(?:is|was)\s+to|intent\s+on|"
    r"intend(?:s|ed)?\s+to|expected\s+to|(?<!the\s)next\s+(?:week|month|year)|"
    # "they were about to set off on a cruise from X to Y": the trip not yet begun
    r"(?:is|are|am|was|were)\s+about\s+to|"
    r"(?:have|has|needs?)\s+to|"
    # "ahead of his visit to X", "is to visit X", "his upcoming trip to X"
    r"ahead\s+of|(?:is|are|was|were)\s+to\s+(?:visit|travel|fly|go|sail|drive|arrive|tour|"
    r"meet|attend|head|leave|return|stop|proceed|continue|depart|move\s+on)|(?:upcoming|forthcoming|planned|scheduled|proposed|"
    r"intended|expected|possible|potential|imminent)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|"
    r"journey|stop|flight|voyage|arrival|stay|take-?off|departure|landing)|expects?\s+to|hopes?\s+to|aims?\s+to|wants?\s+to|"
    # "reportedly landed at X" tells a past the press reports, not a plan or a guess
    r"possibl[ey]|probabl[ey]|likely|perhaps|speculat\w*|guess\w*|suggest\w*|"
    r"reportedly(?!\s+(?:[a-z]+ed|flew|went|came|met|left|took|drove|rode|was|were)\b)|"
    r"predict\w*|next\s+stop(?!\s+was\b)|bound\s+for|en\s+route\s+(?:to|for)|"
    r"on\s+(?:(?:the|his|her|its|their)\s+way|passage)\s+to|"
    # "heading to X" is a plan, but "before heading to X" the next leg of a trip told
    r"(?<!before\s)(?<!after\s)heading\s+(?:back\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:by\s+(?:bus|train|car|boat|ferry|coach|road|rail|air|plane|taxi)\s+)?(?:to|for|towards?)|"
    # "we are off to X": leaving now, not there yet
    r"\b(?:are|is|am)\s+(?:now\s+)?off\s+to|['\u2019](?:re|m)\s+off\s+to|"
    # "a couple also riding to X", "we are now cycling to X": a leg under way, not done
    r"(?:(?:is|are|am|['\u2019]re|['\u2019]m)\s+(?:\w+\s+)?|(?:also|now|still|currently)\s+)"
    r"(?:travell?ing|driving|"
    r"flying|sailing|cycling|riding|walking|hiking|pedalling|biking)\s+(?:on\s+)?(?:to|towards?)|"
    r"destination|"
    # "her itinerary calls for stops at X": what a plan asks for, not yet done
    r"(?:itinerar(?:y|ies)|schedule|plans?|programm?e|route)\b[^.;]{0,60}?\bcalls?\s+for|"
    # a headline's plan without its verb "to be": "President set to visit X and Y"
    r"\bset\s+to\s+(?:visit|travel|fly|go|tour|arrive|leave|meet|attend|head|return|sail)\b|"
    # "ways for us to get to X", "needed a bus to reach X": a way sought, not yet gone
    r"(?:ways?|options?|means)\s+(?:\w+\s+){0,3}?to\s+(?:get|go|travel|reach)|"
    r"(?:wanted|hoped|needed|wished)\b[^.;,]{0,30}?\bto\s+(?:get|go|travel|reach|visit|see)|"
    # "waiting for the train to X": a vehicle not yet boarded
    r"waiting\s+for\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:train|bus|flight|plane|boat|"
    r"ferry|coach|ship|taxi)\s+(?:to|for)|"
    # "marched north through X towards Y": a heading, not an arrival
    r"towards?(?=\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:town|city|village|port)\s+of\s+)?$))\b",
    re.IGNORECASE,
)
#: A plan told right after the name: "The landing in X is expected to be at 5 pm".
MODAL_AFTER = re.compile(
    r"^(?:\s*\([^()]*\))?\s+(?:(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|"
    # "Shows in X and Y are set for April 2": a date set, not yet come
    r"planned|likely|supposed)\s+to|(?:is|are)\s+(?:scheduled|set|slated|planned)\s+for|"
    r"will|shall|next(?=\s*[.;])|"
    # "a stop in X was possible", "a visit to X is still uncertain"
    r"(?:is|are|was|were)\s+(?:still\s+|also\s+)?(?:possible|likely|unlikely|uncertain|"
    r"planned|unconfirmed|under\s+consideration))\b",
    re.IGNORECASE,
)
# A try or a wish, then "but" in the same sentence: "We tried to go to X but the road was
# closed", "wanted to visit X, but ran out of time": a place not reached.
_ATTEMPT = re.compile(
    r"\b(?:(?:tried|attempted|wanted|hoped|planned|intended|meant)\s+to|"
    # "talked about stopping in X for a night, but chose to push on"
    r"(?:thought|talked)\s+(?:about|of)\s+\w+ing|considered\s+\w+ing)\s+[^,;.]{0,40}$",
    re.IGNORECASE,
)
_BUT_AFTER = re.compile(
    r"^[^.;]{0,40}?,?\s+but\b|"
    # a choice told later in the sentence: "..., but then opted for the coast road"
    r"^[^.;]{0,160}?\bbut\s+(?:then\s+)?(?:decided|chose|opted|changed)\b",
    re.IGNORECASE,
)


def attempted(before: str, after: str) -> bool:
    """Return whether a place is one the traveller tried or wished to reach, and the
    sentence says it did not come to pass ("tried to go to X but ...")."""
    return bool(_ATTEMPT.search(before) and _BUT_AFTER.match(after))


#: What is to come, not what may have been: a weekday then lies after the story's date.
#: A time to come: "tomorrow", "next month", "later this year".
_FUTURE_TIME = (
    # "over the next year" is the year after the story's time, not the reader's
    r"tomorrow|(?<!the\s)next\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"later\s+(?:this\s+(?:week|month|year|morning|afternoon|evening)|today|tonight)"
)
FUTURE = re.compile(
    # "is also scheduled to", "are now expected to": an adverb between
    # "going to visit" (not "going to La Paz", "going to the station": a way gone)
    r"\b(?:will|'ll|\u2019ll|shall|"
    r"going\s+to(?=\s+(?!(?:the|a|an|his|her|their|our|my|its)\b)(?-i:[a-z]))|"
    r"(?:is|are)\s+(?:(?:also|now|still|then)\s+)?"
    r"(?:due|expected|scheduled|set|slated|planning)\s+to|(?:is|are)\s+due\s+(?:in|at)|"
    rf"plans?\s+to|{_FUTURE_TIME})\b",
    re.IGNORECASE,
)
#: A future time after the place, in its clause: "is traveling to Canada next month".
FUTURE_TIME_AFTER = re.compile(rf"[^.;]{{0,40}}?\b(?:{_FUTURE_TIME})\b", re.IGNORECASE)
#: ... told in the present, as English tells a plan: "is traveling to", "flies to".
PRESENT_FOR_FUTURE = re.compile(
    r"\b(?:(?:is|are|am)\s+\w+ing|heads?|flies|travels|goes|visits|leaves|sails|returns|"
    # "after the talks we fly to X on March 9": the first person's present
    r"(?-i:I|[Ww]e|[Tt]hey)\s+(?:travel|fly|go|visit|leave|sail|return|head|arrive|drive|take|"
    r"catch|board|ride))\b",
    re.IGNORECASE,
)
#: A place left on the story's own day for a goal: "left X this morning for Y", "left X
#: today for Y": the goal not yet reached as the story is told.
LEFT_TODAY_FOR = re.compile(
    r"\b(?:left|leaves|departed|departs)\b[^.;]{0,60}?\b(?:today|tonight|this\s+(?:morning|"
    r"afternoon|evening))\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: The perfect: "has visited Peru twice", "we'd been through Darwin": other trips.
PERFECT = re.compile(
    r"\b(?:has|have|had|'d|'ve|\u2019d|\u2019ve)\s+(?:\w+\s+)?(?:been|visited|gone|travell?ed|"
    r"flown|driven|passed|toured|stayed|lived)\b",
    re.IGNORECASE,
)
#: ... but a leg of the story's own journey told in the perfect, with where it started:
#: "the king had driven overnight from Ayr to Manchester", "has flown in from Lusaka" (not
#: "had flown from Rome to Madrid twice before": an earlier trip).
PERFECT_LEG = re.compile(
    r"\b(?:had|has|have|'d|\u2019d)\s+(?:\w+ly\s+|overnight\s+|just\s+)?(?:flown|driven|"
    r"travell?ed|sailed|ridden|cycled|walked|marched|hiked|come|journeyed|"
    # "a woman who had been transported from X to Y by boat": carried on the same trip
    r"been\s+(?:transported|taken|brought|flown|evacuated|airlifted|ferried|moved|driven))\b"
    # "before." ends an earlier trip; "before heading to X" is the next leg
    r"(?![^.;]*\b(?:before(?=\s*[,.;!?]|\s*$)|previously|already|twice|once|ever|never|times|"
    r"earlier|years?)\b)"
    r"[^.;]*\bfrom\s+(?-i:[A-Z])"
    # "we have been cycling for nine days since leaving X": this trip, counted from its start
    r"|\bsince\s+(?:leaving|we\s+left|departing(?:\s+from)?|setting\s+(?:off|out)\s+from)\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
    # "Before arriving in Kenya, he had visited X": this trip's earlier legs
    r"|^\W*(?:before|prior\s+to)\s+(?:arriv|reach|land|fly|flew|travel|head|com)\w*\b[^.;]*,"
    r"(?![^.;]*\b(?:previous(?:ly)?|already|twice|once|ever|never|times|years?)\b)",
    re.IGNORECASE,
)
#: A trip before this one, whose places are no stops of it: "The orchestra's last tour to
#: Asia, this past May, took it to Beijing", "on her previous visit to Lima" (not "the last
#: leg", nor "the last trip of the year").
EARLIER_TRIP = re.compile(
    r"\b(?:last|previous|prior|earlier)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|journey)"
    # ... or dated to a year: "The last five-nation tour he took was in 2016, when he visited"
    r"(?:\s+(?:to|in)\b|[^.;]{0,40}?\b(?:was|were)\s+in\s+(?:19|20)\d\d\b)"
    # ... or one this trip came after: "The tour came after a two-month tour of X and Y"
    r"|\b(?:came|comes)\s+(?:just\s+|shortly\s+|soon\s+)?after\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey)s?\s+(?:of|to|in)\b"
    # ... or told as years back: "Some years ago I flew to X" (not an anniversary's
    # "Exactly 40 years ago today, the president left X", the trip itself)
    r"|(?<!xactly\s)\b(?:a\s+few|a\s+couple\s+of|some|several|many|two|three|four|five|"
    r"ten|\d+)\s+years\s+(?:ago|earlier|before)\b(?!\s+(?:today|this\b|on\s+this\b))",
    re.IGNORECASE,
)


#: An aside with its own modal ("The train, which could ..., ", "(...)"), and a relative
#: clause told by one: "wagons that should have held 40 men, for a ride to X".
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|that)\b[^,;]*,|\([^()]*\)|"
    r"\b(?:that|which)\s+(?:should|could|would|might|can|must)\b[^,;]*,"
)


def modal_in(clause: str) -> bool:
    """Return whether a clause tells of a place by a modal ("will", "may"), outside its
    asides: what they say of something else is no plan of the traveller's."""
    return MODAL.search(_ASIDE.sub(" ", clause)) is not None


#: A verb of going in the simple present, as a schedule is told: "leaves for", "flies to".
SCHEDULED = re.compile(
    r"\b(?:leaves|flies|travels|heads|continues|returns|arrives|goes|moves|sails|departs)\b"
)
