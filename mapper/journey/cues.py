"""The words of travel: what makes a place a stop, how the traveller got there, and
whether it happened.

Each cue is read in the words right before a place's name, back to the name before it
(``near``), and in the clause that holds it (``clause``):

* **arrival**: "arrived in", "landed at", "reached", "visited", "toured", "stopped in",
  "called at", "docked in", "crossed into", "entered", "stayed in", "spent two days in";
  or a verb of going in the clause and "to", "into", "for" or "on to" right before the
  name ("flew on to", "took a ferry to", "went on to", "headed north to", "left X for");
* **passage**: "via", "through", "passing", "passed through" (a stop passed is a stop);
* **departure**: "left", "departed from", "set off from", "took off from", or "from"
  after a verb of going ("flew from X to Y");
* **mode**: the vehicle the clause names (a flight, a ferry, a train, a motorcade, on
  foot), else the one the story named last;
* **speculation**: a modal or a plan in the clause ("will", "could", "is expected to",
  "plans to", "is due to", "next stop", "bound for", "on the way to", "believed to"); the
  words of time that decide it are in :mod:`.tense`.
"""

from __future__ import annotations

import re

from mapper.text import WEEKDAYS

__all__ = [
    "ARRIVAL",
    "BEGINNING",
    "COORDINATED",
    "DATELINE_HERE",
    "DATELINE_LEFT",
    "DEALINGS_AFTER",
    "DEPARTURE",
    "EXAMPLES",
    "FINAL",
    "GOING",
    "HOSTS_AFTER",
    "METONYMS",
    "NEGATED",
    "NEXT_WAS",
    "NOT_A_STOP_AFTER",
    "NOT_A_STOP_BEFORE",
    "ONWARD",
    "OPENS_CLAUSE",
    "PAIR_BEFORE_DEALINGS",
    "PASSAGE",
    "REACHED_AFTER",
    "REACHED_BEFORE",
    "RETURN",
    "SPAN_OF_TIME",
    "START_WAS",
    "THING_REACHED_IN",
    "TO",
    "WAS_NEXT_AFTER",
]

# What may stand between a cue and the name: "the frontier post of", "the Kenyan port of".
_DESCRIBING = (
    r"(?:town|city|village|port|capital|island|islands|station|airport|terminal|border|frontier|"
    r"resort|harbou?r|base|airbase|camp|coast|state|province|region|county|district|territory|"
    r"kingdom|republic|country|nation|hub|seaport|outpost|settlement|crossing|checkpoint|"
    r"northern|southern|eastern|western|central|coastal|remote|small|tiny|big|large|major|"
    r"main|ancient|historic|old|new|nearby|neighbou?ring|holy|famous|sleepy|seaside|sea|busy|"
    r"bustling|sunny|rainy|wet|snowy|windy|chilly|freezing|misty|foggy|"
    r"even|very|rather|quite|smaller|bigger|larger|quieter|busier|older|"  # "an even smaller"
    r"mountain|desert|industrial|fishing|mining|railway|rail|train|bus|ferry|"
    r"river|lakeside|tourist|northeastern|northwestern|southeastern|southwestern|"
    r"summit|top|foot|shores?|banks?|mouth|outskirts|centre|center|heart|"
    r"north|south|east|west|far|hamlet|hometown|birthplace|quaint|pretty|picturesque|"
    r"little|lovely|charming|beautiful|streets|suburbs|alleys|ruins|home|homeland|motherland|"
    r"fatherland|native|ancestral|locks?|quays?|docks|piers?|wharf|wharves|marina|waterfront|"
    r"gates|walls|defen[cs]es|fortifications|"
    # "reached our first stop of Fort Morgan"
    r"first|second|third|next|last|final|stop|"
    # a list's plural noun: "visited the states of A, B and C", "the temples of A and B"
    r"towns|cities|villages|ports|states|provinces|regions|temples|shrines|monasteries|"
    r"colonies|territories|possessions|outposts)"
)
_DESCRIPTOR = (
    rf"(?:[a-z]+-)?{_DESCRIBING}|[A-Z][\w'\u2019-]+(?=\s+{_DESCRIBING}\b)|"
    # "rebel-held Idlib", "Mamluk-controlled Damascus", "the quake-devastated Mianyang"
    r"[A-Za-z]+-(?:held|controlled|occupied|run|ruled|governed|torn|hit|stricken|[a-z]+ed)|"
    # "his mother's hometown of Kaunas"
    r"[a-z]+['\u2019]s(?=\s+{_DESCRIBING}\b)"
)
# "visited three countries: X, Y and Z": a count of places, then the list
_COUNTED = (
    r"(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)(?:\s+[\w-]+){0,2}\s+"
    r"(?:countries|nations|states|cities|towns|capitals|islands|ports|provinces|regions)\s*:)?"
)
# "landing in the capital, Lima", "to the port city, Mombasa": a town's noun in apposition
_APPOSED = r"(?:\s+(?:[a-z]+\s+)?(?:capital|city|town|port|village)(?:\s+city)?,)"
# "a fishing village called Polperro": the name a described noun is given; "camp near
# Goldsboro": the place it lies by
_CALLED = r"of|called|named|known\s+as|near"
_LEAD = (
    # "will visit the capital and Temuco": a place named by a noun before the name
    rf"{_COUNTED}(?:\s+the\s+(?:capital|city|port|coast)\s+and\b)?"
    rf"(?:\s+(?:the|a|an|his|her|their|its|our)\b)?(?:{_APPOSED}|(?:\s+(?:{_DESCRIPTOR})){{0,4}}"
    rf"(?:\s+(?:{_CALLED}|at|in))?)"
    # "reached the old port of Zaitun (Quanzhou)": an old or local name, then ours
    r"(?:\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*\s*\()?\s*$"
)
_LEAD_SHORT = (
    rf"(?:\s+(?:the|a|an)\b)?(?:{_APPOSED}|(?:\s+(?:{_DESCRIPTOR})){{0,4}}"
    rf"(?:\s+(?:{_CALLED}))?)\s*$"
)

#: Verbs and nouns of going: with "to" or "for" after them they name a destination.
GOING = re.compile(
    r"\b(?:fl(?:y|ies|ew|own|ying)|flight|travel(?:s|led|ed|ling|ing)?|went|go(?:es|ing|ne)?|"
    r"head(?:s|ed|ing)?|dr(?:ive|ives|ove|iven|iving)|sail(?:s|ed|ing)?|mov(?:e|es|ed|ing)|"
    r"continu(?:e|es|ed|ing)|return(?:s|ed|ing)?|c(?:o|a)me|com(?:es|ing)|r(?:ide|ode|iding)|"
    r"walk(?:s|ed|ing)?|hik(?:e|es|ed|ing)|march(?:es|ed|ing)?|cross(?:es|ed|ing)?|"
    r"trek(?:s|ked|king)?|hitch(?:-?hik(?:e|es|ed|ing)|es|ed|ing)?|cycl(?:e|es|ed|ing)|"
    r"pedal(?:l?ed|l?ing|s)?|"
    r"paddl(?:e|es|ed|ing)|row(?:s|ed|ing)|(?:push(?:es|ed|ing)?|shov(?:e|es|ed|ing))\s+off|swam|swim(?:s|ming)?|"
    r"jet(?:s|ted|ting)|motor(?:ed|ing)|"
    r"hop(?:s|ped|ping)?|ferr(?:y|ied|ies)|journey(?:s|ed|ing)?|proceed(?:s|ed|ing)?|"
    r"press(?:ed)?\s+on|carr(?:y|ied)\s+on|trip|voyage|passage|route|bound|way|back|onward|"
    r"le(?:ft|ave|aves|aving)|depart(?:s|ed|ing|ures?)?|set\s+(?:off|out|sail)|took\s+off|"
    # "we were off to X" (not the story's "it was off to X", which leaves the place to context)
    r"\b(?:we|i|they|he|she|you)(?:\s+(?:are|is|am|were|was)|['\u2019](?:re|m))\s+(?:now\s+)?off|"
    r"\boff\s+(?:we|i|they)\s+(?:were|was|went|are|go)|"  # "Off we were to X"
    r"transfer(?:s|red|ring)?|cruis(?:e|es|ed|ing)|steam(?:s|ed|ing)?|rush(?:es|ed)?|"
    r"chang(?:e|es|ed|ing)|"
    r"drove|taken|took|take|takes|taking|climb(?:s|ed|ing)?|caught|catch|board(?:s|ed|ing)?|get|getting|got|gotten|make|made|"
    r"pick(?:s|ed|ing)?\s+up|"  # "picked up the night train to X"
    r"mak(?:es|ing)|"
    r"divert(?:s|ed|ing)?|redirect(?:s|ed|ing)?|launch(?:es|ed|ing)?|start(?:s|ed|ing)?|"
    r"beg(?:a|i|u)n|begins|began|evacuat(?:e|ed|ing|ions?)|airlift(?:s|ed|ing)?|transported|"
    r"deploy(?:s|ed|ing)?|escort(?:s|ed|ing)?|whisk(?:s|ed|ing)?|shuttl(?:e|es|ed|ing)|sped|"
    r"arriv(?:e|es|ed|ing)|rolled|ran|run|runs|pulled|train|bus(?:s?ed|s?ing)?|ferry|boat|"
    r"ship|plane|jet|"
    r"car|taxi|motorcade|metro|subway|tram|helicopter|yacht|lead(?:s|ing)?|led|"
    # not "van", which is also Van in Turkey
    r"jeep|truck|lorry|minibus|coach|canoe|kayak|raft|camel|horseback|motorbike|"
    r"descend(?:s|ed|ing)?|ascend(?:s|ed|ing)?|follow(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
#: "on to", "then to", "back to", "en route to": going, without a verb ("and then on to X").
ONWARD = re.compile(
    r"\b(?:(?:then\s+)?on\s+to|onwards?\s+to|then\s+(?:to|into)|thence\s+to|"
    # "then along the coast road to X": the way between, then where it led
    r"then\s+(?:across|over|through|along|up|down|past|around)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:to|into)|"
    r"en\s+route\s+(?:to|for)|on\s+(?:(?:the|his|her|its|their|our)\s+way|passage)\s+to|"
    r"bound\s+for|"
    # "the last stop of the tour: X", "her final stop in Ecuador: X"
    # "tour Canada, starting with Halifax, then ..."
    r"(?:starting|beginning)\s+with|(?:next|first|second|third|last|final)\s+stop"
    r"(?:\s+(?:of|on|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=:))?[,:]?\s*)"
    r"(?:\s+(?:the|a|an)\b)?\s*$",
    re.IGNORECASE,
)
#: "like", "such as", "including" after a cue: "stopped at towns like Ludlow".
EXAMPLES = re.compile(
    # "stops in Texas, including in Austin"; "with stops to include Ames"
    r"\b(?:like|such\s+as|including(?:\s+(?:in|at))?|to\s+include|among\s+them|notably)"
    # "... to include the old river town of Dubuque": the town's kind before its name
    r"(?:\s+the\s+(?:[\w-]+\s+){0,4}?(?:town|city|village|port|capital|island|resort)\s+of)?\s*$",
    re.I,
)
#: A journey that begins somewhere: "Our trip began in Lyon".
BEGINNING = re.compile(
    r"\b(?:beg(?:a|u)n|begins?|beginning|start(?:s|ed|ing)?|launch(?:es|ed)?|set\s+out)\s+"
    r"(?:in|at|from)" + _LEAD_SHORT + r"|\blaunch\s+from(?:\s+(?:the|a|an)\b)?\s*$|"
    # "The tour opens in Seattle", "It kicks off in Perth": a tour's, not a shop's, opening
    r"\b(?:tour|trip|journey|voyage|swing|cruise|it|orchestra|band|choir|troupe|circus|"
    r"squad)\b[^.;]{0,40}?\b"
    r"(?:open(?:s|ed)?|kick(?:s|ed)?\s+off)\s+(?:in|at)" + _LEAD_SHORT + "|"
    # "began a four-nation tour of Africa in Luanda", "launched his trip to Asia from X"
    r"\b(?:beg(?:a|u)n|begins?|start(?:s|ed)?|open(?:s|ed)?|launch(?:es|ed)?)\s+"
    r"(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|voyage|swing|mission)\s+"
    r"(?:(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3})?(?:in|at|from)\s*$",
    re.IGNORECASE,
)
#: The verbs of a journey's end: "ends", "concluded", "culminates", "wraps up", "wound up".
_ENDING = (
    r"(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|culminat(?:e|es|ed|ing)|"
    r"(?:wrap(?:s|ped|ping)?|wind(?:s|ing)?|wound)\s+up)"
)
#: The place a journey ends, whenever the story tells it: "The tour culminates in
#: Denver", "will end in Nairobi", "wraps up in Chicago"; it comes after every other stop.
FINAL = re.compile(
    rf"\b(?:{_ENDING}|finish(?:es|ed)?)"
    r"(?:\s+(?:the|its|his|her|their|our)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|journey|voyage))?"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
    # ... or the whole trip told as its line: "The trip goes from Perth to X and takes"
    r"|\b(?:trip|journey|tour|route|voyage|cruise)\b[^.;]{0,60}?\b(?:goes|runs|travels|"
    r"stretches)\s+from\s+[^.;]{1,40}?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A visit that did not happen: "could not berth at", "chose not to attend".
NEGATED = re.compile(
    r"\b(?:unable\s+to|not\s+able\s+to|could\s+not|couldn't|couldn\u2019t|failed\s+to|"
    r"did\s+not|didn't|didn\u2019t|never|no\s+longer|instead\s+of|rather\s+than|"
    # "the trip will not include New Zealand", "he won't visit X"
    r"(?:will|would|does|do)\s+not|(?:won|wouldn|doesn|don)['\u2019]t|"
    # "I hadn't got much sleep in Zanzibar": what did not happen there tells no visit
    r"hadn't|hadn\u2019t|had\s+not|"
    r"abandon(?:s|ed|ing)?|not\s+to|cancel(?:l?ed|s)?|called\s+off|gave\s+up|"
    # an attempt, not an arrival: "her attempt to reach the pole" ("trying to reach X" is
    # a goal: speculated)
    r"(?:an|his|her|their|our|my|the|first|second)\s+attempts?\s+to|"
    # a plan told in the past perfect, or "originally", was not kept: "I had planned to go
    # via Vienna", "He originally planned to finish in Tampa"
    r"(?:(?:had|'d|\u2019d)\s+(?:originally\s+|initially\s+|first\s+)?|originally\s+|"
    r"initially\s+)(?:planned|intended|hoped|wanted|meant)\s+to)\b",
    re.IGNORECASE,
)
#: Institutions named after their seat, which stand for a government: not places to go.
METONYMS = frozenset(
    "white house|kremlin|pentagon|downing street|elysee|quai d'orsay|blue house|capitol hill".split(
        "|"
    )
)
#: "to", "into", "for", "on to" right before a name, after a verb of going.
TO = re.compile(
    # "stayed on the ferry as far as Maumere", "the last stretch until X": where a leg ended
    r"\b(?:on\s+to|onto|to|into|for|towards?|back\s+to|bound\s+for|as\s+far\s+as|until)"
    + _LEAD_SHORT,
    re.I,
)
#: A span of time: "two hours", "three days", "a busy week", "several months".
SPAN_OF_TIME = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
    # "a couple of nights", "two more days"
    r"(?:[\w-]+\s+){0,3}?(?:minutes?|hours?|days?|nights?|weeks?|months?)"
)
#: A day of a month, its year and comma after it as a date aside may have them.
_DAY_OF_MONTH = (
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?(?:\s+\d{4},?)?"
)
#: The time a leg took, and who then was somewhere: "within three hours we ", "in an hour ".
_LEG_TIME = (
    rf"(?:with)?in\s+(?:half\s+(?:an?\s+)?hour|an?\s+hour|{SPAN_OF_TIME})\s*,?\s+"
    r"(?:we\s+|I\s+|they\s+)?"
)
#: Arrival and stay: the traveller was at the place.
ARRIVAL = re.compile(
    r"\b(?:pull(?:s|ed|ing)?\s+into|roll(?:s|ed|ing)?\s+into|g(?:et|ets|ot|etting)\s+into|"
    r"call(?:s|ed|ing)?\s+(?:at|in)|put\s+in\s+at|put\s+into|"
    r"drop(?:s|ped|ping)?\s+(?:us|me|him|her|them)\s+off\s+(?:at|in)|"
    r"anchor(?:s|ed|ing)?\s+(?:off|at|in)|touch(?:es|ed|ing)?\s+at|"
    r"cross(?:es|ed|ing)?\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\s+(?:at|near)|"
    # a stay: "after three days in X", "a week at X", "a four-hour break in X"
    + SPAN_OF_TIME
    + r"\s+(?:(?:break|stop|stopover|layover|wait|rest|visit)\s+)?(?:in|at)|"
    r"made\s+port\s+(?:at|in)|"
    # "While in X he climbed the hill": the traveller's stay there
    r"(?-i:W)hile\s+(?:(?:staying|still)\s+)?(?:in|at)|"
    # a ship or a train nearing its port: "as we approached X", a log's "Approaching X"
    r"(?-i:[Aa]pproach(?:ed|ing))|"
    # "took a break in X", "made a short stop at X"
    r"(?:t(?:ake|akes|aking|ook)|ma(?:ke|kes|king|de))\s+an?\s+(?:short\s+|brief\s+|quick\s+)?"
    r"(?:break|stop|stopover|halt|detour)\s+(?:in|at)|"
    # "and in an hour are in Maumere": there after the time a leg took
    # (a present only after "and", in a diary's run of deeds: not "In two days we are in X")
    rf"\b(?:(?:and\s+|(?=with)){_LEG_TIME}(?:are|am)|{_LEG_TIME}(?:were|was))\s+(?:in|at)|"
    # a tour's next town, told by what the performers did there: "went on to wow Morioka"
    r"went\s+on\s+to\s+(?:wow|play|conquer|charm|thrill|entertain|delight|dazzle)|"
    # "and we finally hit Fresno": a traveller's own arrival, as they say it
    r"(?-i:[Ww]e|I)\s+(?:finally\s+|eventually\s+|then\s+|soon\s+)?hit)"
    + _LEAD
    + r"|\b(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?|touch(?:ed|es|ing)?\s+down|touchdown|"
    # an aircraft's "came down onto the field at X", "set down at X" (not "came down from")
    r"(?:c[ao]me|set)\s+down(?=\s+(?:at|on|onto|in)\b)|"
    r"dock(?:s|ed|ing)?|moor(?:s|ed|ing)?|berth(?:s|ed|ing)?|stop(?:s|ped|ping)?(?:\s+over)?|stopover|"
    r"halt(?:s|ed)?|transit(?:s|ed|ing)?|transfer(?:s|red|ring)?|stay(?:s|ed|ing)?|spen(?:[dt]|ds|ding)\s+(?:\w+\s+){0,3}(?:days?|nights?|hours?|weeks?|"
    r"months?|weekend|time|morning|afternoon|evening|" + "|".join(WEEKDAYS) + r")|"
    # "following our time in X": the traveller's stay
    r"(?:our|my|his|her|their)\s+time|"
    r"overnight(?:ed)?|paus(?:e|es|ed|ing)|rest(?:s|ed)?|welcom(?:e|ed)|greet(?:ed|s)?|"
    r"receiv(?:e|ed)|spotted|seen|sighted|photographed|rall(?:y|ies|ied)|speech|"
    r"talks|meetings?|summit|banquet|(?:warm|enthusiastic|rousing|civic|state)\s+reception|"
    r"campaign(?:ed|s|ing)?|event|layover|disembark(?:s|ed|ing)?|"
    r"chang(?:e|es|ed|ing)\s+(?:trains|planes|buses|ships|boats)|g(?:et|ets|ot|etting)\s+off|"
    # a change of flights: "after transferring in X", "we connected at X"
    r"(?:transferr(?:ed|ing)|connect(?:ed|ing))(?=\s+(?:in|at)\b)|"
    r"end(?:s|ed)?\s+up|finish(?:es|ed)?|made\s+landfall|settl(?:e|es|ed|ing)|"
    r"c(?:a|o)me\s+alongside|"  # a boat's arrival: "came alongside the quay at X"
    r"(?:over)?winter(?:ed|ing)|camped|camping|encamped|bivouack?ed|"
    r"pitch(?:ed|ing)?\s+(?:(?:a|our|the|their|my)\s+)?tents?|refuel(?:l?ed|l?ing|s)?|"
    r"fuel(?:l?ed|l?ing|s)?\s+up|walk(?:s|ed|ing)?\s+around|"
    # a unit's movements, as war diaries tell them: "detrained at X", "billeted in X"
    r"detrain(?:s|ed|ing)?|debus(?:s?ed|s?ing)?|billet(?:ed|ing)?)"
    # "stopped for the night in X": up to three words between the verb and "in", or a
    # short aside: "touched down on Friday (1400 GMT) in X"
    # ... or its date: "disembarked on July 16, 1799 in X"
    # ... or the time of day and the full date: "early in the morning of Monday, 3 March
    # 2025, in X"
    r"(?:\s+(?:\w+|\([^()]{1,20}\))|\s+in\s+the\s+(?:morning|afternoon|evening|night)\s+of"
    # ... or the craft it came on: "arrived on an air force jet at X"
    r"|\s+(?:on|aboard)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:aircraft|plane|jet|airliner|flight|helicopter|ship|vessel|ferry|boat|train)"
    r"|,?\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    + _DAY_OF_MONTH
    + r"){0,3}?"
    r"\s+(?:in|at|on|near|outside|around|in\s+front\s+of)"
    + _LEAD
    + r"|\b(?:(?:take|takes|took|taking)\s+place|(?:be|been|is|was|were|are)\s+held|be)"
    r"\s+(?:in|at)"
    + _LEAD
    # "May 6. Arrived Vienna": a telegram's or a log's arrival, with no "in"
    + r"|\b(?:reach(?:es|ed|ing)?|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|enter(?:s|ed|ing)?|"
    r"arriv(?:e|es|ed)|"
    r"(?:take|takes|taking|took)\s+in|"
    # "before ending in East London", "concluded his tour in Hue"; not "ending the war in X"
     + _ENDING + r"(?:\s+(?:the|its|his|her|their|our)\s+"
    r"(?:[\w-]+\s+)?(?:tour|trip|visit|journey|day|voyage|week|stay))?\s+(?:in|at)|"
    r"explor(?:e|es|ed|ing)|(?:walk|wander|stroll)(?:s|ed|ing)?\s+(?:around|round|about)|"
    r"climb(?:s|ed)|scal(?:es|ed)|summit(?:s|ed)|ascend(?:s|ed)|"
    r"cross(?:es|ed|ing)?\s+(?:into|over\s+to)|(?:went|came|got)\s+ashore\s+(?:at|in)|"
    r"arrival\s+(?:in|at)|visits?\s+to|trips?\s+to|missions?\s+to|stop\s+(?:in|at)|due\s+(?:in|at)|"
    # "Her first stop Monday was X": the day may stand between
    r"(?:stop|(?:point|port)\s+of\s+call)\s+(?:(?:on\s+)?(?:"
    + "|".join(WEEKDAYS)
    + r"|today|yesterday|tomorrow)\s+)?(?:was|is|(?:will|would)\s+be)|"
    r"stop-?(?:off|over)s?\s+(?:in|at)|"
    # "It was in Kandy that she ...": where the traveller was, told as a cleft
    r"\bit\s+was\s+(?:here\s+|there\s+)?(?:in|at)(?=\s+(?:the\s+)?$)|"
    # "with a change of planes in X": where one changed on the way
    r"\bchange\s+of\s+(?:flights?|planes?|aircraft|trains?|buses|bus|coach(?:es)?)\s+(?:in|at)|"
    r"\bconnecting\s+(?:flights?|trains?|bus)\s+(?:in|at|through|via)|"
    # a meal's place on the way: "lunch was at X", "breakfast will be in X"
    r"\b(?:breakfast|lunch|dinner|supper)\s+(?:was|is|will\s+be)\s+(?:in|at)|"
    # "meet President Buhari in the capital Abuja": a meeting is where the traveller was
    r"(?:meet(?:s|ing)?|met)\s+(?:[\w.'\u2019-]+\s+){0,5}?(?:in|at)|"
    # "will attend the awards ceremony in Paris": where the event is, the traveller is; so
    # "took part in a cooking class in Montreal", "visited a youth shelter in Quebec City"
    # "will address a gathering at Mawphlang": a speech's place
    r"(?:attend(?:s|ed|ing)?|(?:take|takes|took|taking)\s+part\s+in|visit(?:s|ed|ing)?|"
    r"represent(?:s|ed|ing)?|"  # "will represent the Queen at the summit in X"
    r"address(?:es|ed|ing)?)\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:in|at)|"
    # "visited the souqs of X", "toured the old town of X": the sights of a town seen there
    r"(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|explor(?:e|es|ed|ing)|walk(?:ed|ing)?\s+(?:through|"
    r"around))\s+the\s+(?:[\w-]+\s+)?(?:souqs?|souks?|markets?|bazaars?|ruins|streets|sights|"
    r"old\s+(?:town|city|quarter)|temples|mosques|churches|palaces|museums|harbou?r)\s+of|"
    # "On Wednesday he was in Bethlehem": the traveller's presence
    r"(?:he|she|they|we|I)(?:\s+(?:was|were|is|are|am|will\s+be|would\s+be|(?:had|has|have)\s+been)|"
    r"['\u2019](?:ll\s+be|m|re|s))\s+(?:back\s+|already\s+|still\s+|currently\s+|now\s+)?(?:in|at)|(?:has|have|had)\s+been\s+"
    r"(?:in|at)|"
    # "Stops on the tour included A, B and C"
    r"stops\b[^.;:]{0,30}?\b(?:include[sd]?|were|are)|"
    # "overnight the ship made two stops (A and B)": the stops, in brackets
    r"\b(?:made|makes|making)\s+(?:\w+\s+)?stops\b[^.;:()]{0,30}?\(|"
    # "His engagements in X will span across A, B and C", "the tour will take in A"
    r"\b(?:engagements?|visits?|tour|trip|itinerary|programme|program|schedule|cruise|voyage|"
    r"journey)\b[^.;:]{0,40}?"
    r"\b(?:span(?:s|ned)?|take\s+in|takes\s+in|took\s+in|includ(?:e[sd]?|ing)|cover(?:s|ed)?)|"
    r"\bspan(?:s|ned)?\s+across|"
    # "spoke in Dayton", "spoke to supporters at X" (not "spoke to his counterpart in X")
    r"(?:spoke|speaks|speaking)\s+(?:to\s+(?:crowds?|supporters|voters|reporters|journalists|"
    r"students|troops)\s+)?(?:in|at)|"
    r"(?:sleep(?:s|ing)?|slept|overnight(?:s|ed)?)\s+(?:\w+\s+)?(?:in|at))"
    + _LEAD
    # an itinerary's stay after a dash: "Sapa ➔ Bac Ha route – night in Bac Ha"
    + r"|[-\u2013\u2014:]\s*(?:\w+\s+)?nights?\s+(?:in|at)"
    + _LEAD,
    re.IGNORECASE,
)
#: Passing through: a place on the way is a stop.
PASSAGE = re.compile(
    r"\b(?:via|through|passing(?:\s+through)?|pass(?:es|ed)?\s+through|by\s+way\s+of|seeing|"
    r"(?:we|I|they|he|she|it|train|bus|ship)\s+(?:then\s+|soon\s+)?passed|"  # "we passed X"
    # "..., passed by Gilgil and halted at Nakuru" (not "a law passed by X": a passive)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)pass(?:es|ed)\s+by|"
    r"past|cross(?:es|ed|ing)?|"
    # "which included an easy border crossing at Mchinji" (not "the border crossing at
    # Rafah has been closed": a crossing the traveller made)
    r"(?:made|make|includ(?:e|es|ed|ing)|through|via|after|with)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:border|frontier)\s+crossing\s+(?:at|in|near))" + _LEAD_SHORT,
    re.IGNORECASE,
)
#: Departure: the place the traveller left.
DEPARTURE = re.compile(
    r"\b(?P<verb>le(?:ft|aves?|aving)|depart(?:s|ed|ing)?(?:\s+from)?|"
    r"set(?:s)?[\s-]+(?:off|out|sail)\s+from|took\s+off\s+from|"
    r"g(?:et|ets|ot|etting)\s+out\s+of|"
    r"(?:fl(?:ew|ies|y)|sail(?:s|ed)?|steam(?:s|ed)?|drove|rode|pulled|(?:bik|cycl|rid|walk|hik|"
    r"march|row|paddl|motor)(?:e|es|ed|ing)?)\s+out\s+of|"
    # "heading north out of Alice on the Stuart Highway", "took Route 9 west out of X"
    r"head(?:s|ed|ing)?\s+(?:(?:north|south|east|west)\w*\s+)?out\s+of|"
    r"(?:north|south|east|west)\w*\s+out\s+of|"
    # "had flown 5,000 evacuees out of X": the place the people carried left
    r"(?:flown|carried|evacuated|airlifted|ferried)\s+(?:[\w,.-]+\s+){0,3}?out\s+of|"
    r"sailed\s+from|fle(?:d|e|es|eing)(?:\s+from)?|escap(?:e|es|ed|ing)(?:\s+from)?|from|"
    # "we must drag ourselves away from X": a traveller's reluctant leaving
    r"(?:t(?:ear|ore|orn)|dragg?(?:ed)?|pull(?:ed)?)\s+(?:ourselves|myself|themselves|himself|"
    r"herself)\s+away\s+from|"
    r"(?:sa(?:id|y|ys|ying)|bade|bid|wav(?:e|ed|ing))\s+(?:goodbye|good-bye|farewell)\s+to|"
    # "Embarked at Dover": the voyage began there
    r"embark(?:s|ed|ing)?\s+(?:at|in|from)|"
    # "boarded a special train at X": the traveller left from there
    # "got on a steamer in Bremen": the same, told plainly
    r"(?:board(?:s|ed|ing)?|g(?:et|ets|ot|etting)\s+on(?:to)?|caught|took)\s+"
    r"(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:train|plane|flight|jet|ferry|ship|boat|bus|coach|steamer|liner)\s+(?:at|in|from))"
    # "left Union Station in Chicago", "left our hotel in Athens": a site, then its town
    r"(?:\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:in|at)(?=\s+$))?" + _LEAD_SHORT,
    re.IGNORECASE,
)
#: "return to X", "back to X": a return (X may be the start of the journey).
RETURN = re.compile(
    # "flew back the next morning to X": a time may stand between
    r"\b(?:(?:return(?:s|ed|ing)?|back|go(?:ing)?\s+back)\s+(?:\w+\s+){0,3}?to|"
    # "he was back in X": there again
    r"(?:was|were|is|are)\s+back\s+(?:in|at)|"
    # "The ship arrived back at Southampton"
    r"(?:arriv(?:e|es|ed|ing)|g(?:et|ets|ot)|c(?:a|o)me|dock(?:s|ed)?|land(?:s|ed)?)\s+back\s+"
    r"(?:at|in))"
    + _LEAD_SHORT
    # an itinerary's "- Return Bangkok", "visit Tam Coc, return Hanoi": the verb alone
    + r"|(?:^|[-\u2013\u2014\u2022*,;:]\s*)return\s*$"
    # "Back in X, she ...": a sentence that opens there again
    + r"|(?:^|[.!?\n])\W*back\s+(?:in|at)"
    + _LEAD_SHORT,
    re.I,
)
#: A name joined to the one before it: "through Austria and Slovakia", "X, Y or Z".
COORDINATED = re.compile(
    # "Austria and Slovakia", "in Manchester and later in Bolton"
    # "... (Friday) and X", "reaching A in January and B in February"
    # "... Vieuxbourg (Beaune), Dijon": a bracket may close after the name before
    # "visited Algeria first and later Gambia": the order told after the first name
    r"^\s*\)?\s*(?:\([^()]*\)\s*|(?:in|on|by)\s+[A-Z]?[a-z]+(?:\s+\d{1,4})?\s*|(?:first|initially)\s+|"
    # "Shymkent, the third city, and X"; "Coimbra, Portugal's old university city, and X"
    r",\s*(?:the|its|a|an)\s+[^,;.()]{1,40}?(?=,\s*(?:and|or)\b)|['\u2019]s\s+[^,;.()]{1,40}?(?=,\s*(?:and|or)\b))?"
    # "Sumatra, Lambri, Ceylon", "Naples, the Aeolian islands, Palermo": a name the
    # gazetteer lacks may stand between two places
    r"(?:,\s*(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
    r"(?:\s+(?-i:islands|isles|coast|valley))?(?=\s*,))*"
    r"(?:,|and|or|&|,\s*and|,\s*or|;\s*(?:and\s+)?|as\s+well\s+as)\s*"
    # "Uganda and strife-torn Central African Republic": a hyphened adjective may come
    # "and then down to Shanghai": a direction word before "to"
    r"(?:(?:then|later|finally)\s+(?:(?:on|down|up|over|across|back|out)\s+)?(?:(?:in|at|to)\s+)?|"
    # "in Mesa and up in Payson": a direction word before "in"
    r"(?:down|up|over|out|across)\s+(?:in|at)\s+)?"
    r"(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?"
    # "visiting the capital Nairobi and the port of Mombasa": a town named by its kind
    r"(?:(?:capital|port|city|town|village|island|coast)\s+(?:of\s+)?)?"
    # ... and a name the gazetteer lacks, its known other name in brackets after it
    r"(?:(?-i:[A-Z])[\w'\u2019-]*\s*\(\s*)?$"
    # "calling at the Balearic Islands of Palma and Ibiza": the group's members
    r"|^\s+of\s+$",
    re.I,
)
#: A tour's stop told in the present: "The first stop in this tour is Ghana", "the last
#: stop on the tour is in Namibia".
STOP_IS = re.compile(
    r"\b(?:first|next|second|third|last|final)\s+(?:stop|leg|port\s+of\s+call|destination)\b"
    r"[^.;]{0,40}?\b(?:is|are)\s+(?:in\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: The words that end a newspaper's name after its town ("the Chicago Tribune").
_PAPERS = (
    r"Tribune|Herald|Gazette|Journal|Chronicle|Sentinel|Courier|Examiner|Telegraph|Dispatch|"
    r"Enquirer|Advertiser|Mercury"
)
#: Names that stand for something other than a place to go: "the Baranovsky line".
NOT_A_STOP_AFTER = re.compile(
    r"^\s*(?:'s\b|\u2019s\b|-based\b|line\b|railway\b|railroad\b|highway\b|road\b|street\b|"
    r"avenue\b|route\b|forum\b|times\b|post\b|airlines?\b|government\b|officials?\b|"
    r"authorities\b|time\b|-born\b|native\b|"
    # "the Tarija Conservatory", "the Oruro Opera": an institution the place names
    r"(?-i:Conservatory|Conservatoire|University|Academy|Institute|College|Philharmonic|"
    r"Symphony|Opera|Zoo|"
    # "the Chicago Tribune", "Sydney Morning Herald": a newspaper the place names
    rf"{_PAPERS}|Morning\s+Herald|Daily\s+News|Free\s+Press)\b|"
    # "the Vatican embassy", "Texas Governor Greg Abbott": a body or an office of the place
    r"embassy\b|consulate\b|governor\b|mayor\b|premier\b|senator\b|police\b|"
    # "Pyongyang maintains that ...", "Moscow has denied it": a government that speaks
    r"(?:has\s+|have\s+)?(?:said|says|maintains?|maintained|insists?|insisted|denie[sd]|denied|"
    r"claims?|claimed|argues?|argued|warned|accused|condemned|vowed|threatened)\b|"
    # "via Baltimore and Ohio Railroad": two names that together name a line or a firm
    r"(?:and|&)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:Railroad|Railway|Canal|Line|"
    r"Company|Railroad\s+Company)\b|"
    # "to stay in Honduras, where most are from": the travellers' home, not a stop
    r",\s+where\s+(?:\w+\s+){0,2}(?:are|is|were|was|comes?|came|hails?)\s+from\b|"
    # "a friend first met in Armenia three years ago": a time long before this journey
    r"(?:\w+\s+|\d+\s+)?(?:years?|decades?)\s+ago\b)",
    re.IGNORECASE,
)
#: The nouns of two countries' dealings that a hyphened pair of names describes.
_DEALINGS = (
    r"(?:relations|relationship|ties|talks|trade|co-?operation|friendship|partnership|"
    r"summit|border|war|conflict|dialogue|agreement|deal|rivalry|alliance|negotiations|"
    r"exchanges)\b"
)
#: "Brazil-Chile ties", "the Kenya-Uganda border": a pair of names before their dealings
#: (after the first name, then after the second)
PAIR_BEFORE_DEALINGS = re.compile(rf"^-[A-Z][\w.'\u2019]*\s+{_DEALINGS}")
DEALINGS_AFTER = re.compile(rf"^\s+{_DEALINGS}")
#: People the travellers meet on the way.
_MET = (
    r"(?:man|woman|couple|guy|girl|boy|lady|family|friend|cyclist|biker|traveller|traveler|"
    r"backpacker|tourist|student|hiker|pilgrim|men|women|families|ladies|people|visitor|"
    r"volunteer|guest|relative)"
)
#: "relations with Moscow", "a man from Texas": a place standing for something else.
NOT_A_STOP_BEFORE = re.compile(
    r"\b(?:relations|ties|talks|trade|deal|agreement|war|embassy|ambassador|envoy|"
    r"president|minister|leader|king|queen|prime\s+minister|counterpart)\s+(?:with|of|to)\s*$|"
    # "the border with X"; "across the border to X" goes there
    r"\bborder\s+(?:with|of)\s*$|"
    # "Clinton canceled his visit to Japan": a trip called off, nobody went
    r"\b(?:cancell?(?:ed|ing|s)?|postpon(?:ed|es|ing)|scrapp(?:ed|ing)|call(?:ed|s)\s+off)\s+"
    r"(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|journey|flight|stop)\s+"
    r"(?:to|in|at)\s*$|"
    r"\b(?:native|natives|resident|residents|citizen|citizens|born|raised|based)\s+(?:of|in)\s*$|"
    # someone met on the way and where they are from: "shared a taxi with a couple from Lithuania"
    # ... and whom the traveller picked up: "picked up several students from Denmark"
    rf"\b(?:a|an|one|two|three|four|some|several|this|that|these|those|our|my)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_MET})s?\s+from\s+(?:the\s+)?$|"
    # "folks compare it to Austria", "reminded us of Norway": a likeness, not a place gone to
    r"\b(?:compar(?:e|es|ed|ing)|liken(?:s|ed)?)\s+(?:it|them|this|that|the\s+\w+)\s+(?:to|with)\s*$|"
    r"\bremind(?:s|ed)?\s+(?:me|us|him|her|them|you)\s+of\s*$|\b(?:compared)\s+(?:to|with)\s*$|"
    # "a capital comparable to Salzburg in size": a likeness too
    r"\b(?:comparable|similar|akin)\s+(?:\w+\s+)?to\s*$|\breminiscent\s+of\s*$|"
    # a life's experience, not this trip: "the best pie we have ever tasted came from X"
    r"\b(?:I|we|you)(?:['\u2019](?:d|ve)|\s+had|\s+have)\s+ever\s+\w+\b[^.;]{0,40}$|"
    # what a line or a service did in its day: "which once ran as far as X" (not "once
    # we reached X": as soon as)
    r"\bonce\s+(?!(?:we|i|he|she|they|you|it|the|a|an|more|again|there|here)\b)[a-z]+\b"
    r"[^.;,]{0,40}?$|"
    # where a place lies, by the time it takes to get there: "Lima, a 40-minute flight
    # from X", "it is a two-hour drive from X" (not "took a two-hour drive from X")
    r"(?:,|\b(?:is|are|was|were|lies|sits|located|situated))\s+(?:just\s+|only\s+|about\s+|"
    r"some\s+|roughly\s+)?(?:an?\s+|half\s+an\s+|\w+\s+)?(?:\w+-)?(?:hour|minute|day)s?"
    r"(?:['\u2019]s?)?\s+(?:flight|drive|ride|walk|sail|journey|trip)\s+(?:away\s+)?from\s*$|"
    # a newspaper's seat in brackets after its name: "The Evening Star, (Albany, NY),"
    rf"(?-i:\b(?:{_PAPERS}|Star|Union|Times|Post|News|Record|Register)),?\s*\(\s*$|"
    # where a wind blows from: "the breeze came from the North East"
    r"\b(?:winds?|headwinds?|breezes?|gales?|swells?)\b[^.;]{0,30}?\bfrom\s+(?:the\s+)?$|"
    # other travellers' outings: "several other passengers took a bus to X for the day"
    r"\b(?:many|some|most|several|a\s+few|other|fellow)\s+(?:of\s+(?:our|the|my)\s+)?"
    r"(?:fellow\s+)?(?:passengers|cruisers|travell?ers|tourists|visitors|guests|pilgrims)\b"
    r"[^.;]{0,40}$|"
    # what came from a place, not the traveller: "the crew got its first letters from X",
    # "the news arriving from X", "help came from several countries, above all from X"
    r"\b(?:mail|letters?|news|messages?|telegrams?|cables?|parcels?|post|aid|help|support|"
    r"donations?|supplies)\s+(?:(?:coming|came|comes|arriv(?:ed|ing))\b[^.;]{0,40}?)?from\s*$|"
    # news that reached a place, not the traveller: "a cable received in Paris"
    r"\b(?:messages?|cables?|telegrams?|reports?|letters?|dispatch(?:es)?|news|word)\s+"
    r"(?:was\s+|were\s+|has\s+been\s+)?(?:received|sent|filed|published|reported)\s+(?:in|at)\s*$|"
    # a lake or a range that reaches a place: "stretching past the frontier into X" (a verb:
    # "the remaining stretch to X" is a leg)
    r"\b(?:stretch(?:es|ed|ing)|(?:\w+s|they|which|that)\s+stretch|extend(?:s|ing)?|"
    r"reach(?:es|ing))\b(?:\s+\w+){0,8}?\s+"
    r"(?:into|to|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A verb of reaching right before a name: "reached X", "arrived back in X", "made it to
#: the X", "landed in X"; not a claim told of it ("claimed to have reached X").
REACHED_BEFORE = re.compile(
    r"(?<!to\shave\s)\b(?:reach(?:ed|es|ing)?|arriv(?:e|ed|es|ing)\s+(?:back\s+)?(?:at|in)|"
    r"land(?:ed|s|ing)\s+in|made\s+landfall\s+in|g(?:ot|ets|etting)\s+(?:back\s+)?to|"
    r"made\s+it\s+to|return(?:ed|s)\s+to|docked\s+(?:at|in)|sailed\s+(?:back\s+)?into)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


#: A place that hosts a tour's event, told after it: "Multan will host the series opener",
#: "Perth hosted the second Test": the tour's stop there.
HOSTS_AFTER = re.compile(
    r"^\s+(?:will\s+(?:also\s+|then\s+)?host|hosts|hosted|(?:is|are|was|were)\s+(?:also\s+)?"
    r"(?:to\s+host|hosting))\s+(?:(?:the|a|an|its|their|two|three)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:match|matches|games?|opener|tests?|concerts?|shows?|gigs?|leg|stage|finals?|summit|"
    r"round|race|fixtures?|series)\b",
    re.IGNORECASE,
)

#: A passive arrival told after the name that opens its clause: "X was reached".
REACHED_AFTER = re.compile(
    r"^\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+|at\s+last\s+)?(?:reached|visited)\b", re.I
)
OPENS_CLAUSE = re.compile(r"(?:^|[,;])\s*(?:(?:and|then|and\s+then|finally)\s+)?$", re.I)
#: ... not a thing reached there: "a deal was reached in Geneva".
THING_REACHED_IN = re.compile(
    r"\b(?:agreement|deal|accord|settlement|compromise|consensus|decision|verdict|understanding)"
    r"\s+(?:was|were|is|has\s+been|had\s+been)\s+reached\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A dispatch's dateline, then an arrival "here": "KARACHI, India, June 15 -- The flier
#: arrived here tonight", "OSLO (AP) - The king landed here".
_DATELINE_HEAD = r"(?:,\s*[^\n,.;]{1,30}){0,2}\s*(?:\([A-Za-z ]{1,20}\)\s*)?"
DATELINE_HERE = re.compile(
    rf"{_DATELINE_HEAD}[-\u2013\u2014]{{1,2}}\s+"
    r"[^.\n]{0,160}?\b(?:arriv\w*|land\w*|reach\w*|touched\s+down|came|got\s+in)\b"
    r"[^.\n]{0,60}?\bhere\b"
)
#: ... or left from it for somewhere: "NAIROBI: The president left on a tour of".
DATELINE_LEFT = re.compile(
    rf"{_DATELINE_HEAD}(?:[-\u2013\u2014]{{1,2}}|:)\s+"
    r"[^.\n]{0,100}?\b(?:left|leaves|departed|departs|set\s+off|emplaned)\s+"
    r"(?:\w+\s+)?(?:for|on)\b(?![^.\n]{0,40}\bfrom\b)"
)


# A journey's start or a stop told by a noun and a copula: "Our starting point was X",
# "Next up was X", "The following day was X" (a tour's days), "our destination, X".
START_WAS = re.compile(
    r"\b(?:starting\s+point|start(?:ing)?\s+place|point\s+of\s+departure|departure\s+point|"
    r"jumping-off\s+point)\s+(?:was|is|will\s+be)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NEXT_WAS = re.compile(
    r"\b(?:next\s+up|first\s+up|then\s+came|(?:the\s+)?(?:following|next)\s+(?:day|night|"
    r"morning|evening))\s+(?:was|is|came|will\s+be)\s+(?:the\s+)?$|"
    # a cruise's ports told in turn: "Our next stop was X", "Next on the itinerary was the
    # beautiful island of X", "Next was X"
    r"\b(?:(?:our|the|my|their)\s+)?(?:next|first|second|third|final|last)\s+(?:(?:stop|port|"
    r"destination|call|port\s+of\s+call|landfall|halt)\s+)?(?:on\s+(?:the|our)\s+(?:itinerary|"
    r"list|route)\s+)?(?:(?:was|came)\s+|(?<=[a-z]):\s*)(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:island|town|city|port)\s+of\s+)?$|"
    r"\b(?:our|my|their|the\s+(?:final|last|ultimate))\s+(?:final\s+)?destination,?\s+"
    r"(?:was\s+|is\s+|will\s+be\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# ... told after the place: "Matsue was the next stop", "Izumo was next", "Tottori will be
# the first destination".
WAS_NEXT_AFTER = re.compile(
    r"\s+(?:was|is|came|will\s+be|would\s+be)\s+(?:(?:the|our|their|my)\s+)?(?:next|first|"
    r"final|last|main)(?:\s+(?:stop|port\s+of\s+call|port|destination|landfall|halt)s?\b"
    # "... the last stop on our cruise", not "the first stop for exports"
    r"(?!\s+(?:to|in|of|on|for|at)\b(?!\s+(?:the|our|this|my|their|his|her)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:cruise|tour|trip|journey|itinerary|voyage|route|passage|visit)\b))|"
    r"(?=\s*(?:[,.;:!?]|$|\s+(?:followed|and|then)\b)))",
    re.IGNORECASE,
)
