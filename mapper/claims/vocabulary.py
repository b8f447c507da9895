"""The words and patterns of distance claims: figures, units, hedges, directions, nouns.

Everything here is data (word lists and compiled patterns) shared by
:mod:`mapper.claims.parse`; nothing here reads a text on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.names import KIND_WORDS
from mapper.text import CONNECTORS, FUNCTION_WORDS, WEEKDAYS

from .anaphor_nouns import _ANAPHOR_KINDS, _ANAPHOR_NOUNS


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_QUALIFIER_WORDS: dict[str, str] = {
    "some": "about", "about": "about", "approximately": "about", "approx.": "about",
    "approx": "about", "around": "about", "roughly": "about", "an estimated": "about",
    "an approximate": "about", "estimated": "about", "circa": "about", "close to": "about",
    "more than": "more than", "just over": "more than", "well over": "more than",
    "over": "more than", "at least": "more than", "upwards of": "more than",
    "in excess of": "more than", "no less than": "more than", "less than": "less than",
    "fewer than": "less than", "no more than": "less than", "at most": "less than",
    "under": "less than", "up to": "less than", "within": "within", "nearly": "nearly",
    "almost": "nearly", "just under": "nearly", "just below": "nearly", "just short of": "nearly",
    "just shy of": "nearly", "a little under": "nearly", "slightly under": "nearly",
    "slightly less than": "nearly", "a little less than": "nearly", "a little over": "more than",
    "a little more than": "more than", "slightly over": "more than",
    "slightly more than": "more than",
}  # fmt: skip

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "fourty": 40,  # a common misspelling
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

_UNIT_NAMES = {
    "km": "km", "kms": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km",
    "kilometres": "km", "mi": "mi", "mile": "mi", "miles": "mi", "nmi": "nmi", "nm": "nmi",
    "nautical mile": "nmi", "nautical miles": "nmi", "m": "m", "meter": "m", "meters": "m",
    "metre": "m", "metres": "m", "air mile": "mi", "air miles": "mi", "kay": "km", "kays": "km",
    "klick": "km", "klicks": "km", "k.m.": "km", "k.m": "km", "kilo meter": "km", "mls": "mi",
    "kilo meters": "km", "kilo metre": "km", "kilo metres": "km", "verst": "verst",
    "versts": "verst", "werst": "verst", "wersts": "verst", "air km": "km", "air kms": "km",
    "air kilometer": "km", "air kilometers": "km", "air kilometre": "km", "air kilometres": "km",
}  # fmt: skip

_PARTS = {"north": "N", "south": "S", "east": "E", "west": "W"}

# Lowercase words that may trail a place name ("Vostochny spaceport", "Khasan station").
_KIND_TAIL_WORDS = frozenset(
    word for phrase in (*KIND_WORDS, *_ANAPHOR_KINDS) for word in phrase.split()
) | {"railway", "rail", "train", "international", "naval", "air", "border", "crossing",
     "oblast", "krai", "province", "region", "county", "district", "river", "lake",
     "mountain", "bay", "harbour", "harbor", "pass", "checkpoint", "dam", "reactor",
     "power", "nuclear", "refinery", "mine"}  # fmt: skip

# Capitalised words opening sentences, never a name: function words ("US" aside), weekdays...
_STOP_CAPS = (
    (FUNCTION_WORDS - {"us"})
    | frozenset(WEEKDAYS)
    | _words(
        """his our my following mr mrs ms dr president minister governor leader furthermore
        moreover additionally today yesterday tomorrow last next even police authorities
        both either neither"""
    )
    # time zones: "At 11 p.m. EDT the storm lay ..."
    | _words(
        """edt est cdt cst mdt mst pdt pst akdt akst hst ast adt gmt utc bst cet cest eet eest
        jst kst ist aest aedt acst awst nzst nzdt msk sast wat eat"""
    )
)
# Lowercase words inside a place name: the shared connectors and a few more from names
# in other languages ("Rothenburg ob der Tauber", "Den Helder" aside).
_CONNECTORS = CONNECTORS | _words("della der den van von")

_TRAVEL_RE = re.compile(
    r"\b(?:trains?|rail|railways?|railroads?|by\s+(?:road|car|bus|coach|sea|air)|drive|drives|"
    r"drove|driven|driving|journey(?:s|ed)?|trips?|routes?|flights?|flew|fly|flying|"
    r"travel(?:s|led|ed|ling|ing)?|voyages?|sail(?:s|ed)?|rides?|rode|treks?|trekked|"
    r"march(?:ed)?|walk(?:s|ed)?|hike[sd]?|commute|convoy|motorcade|overland|highway|"
    r"motorway|road)\b",
    re.IGNORECASE,
)
#: A figure that covers the way there and back ("return journey" and "flight": no).
_ROUND_TRIP_RE = re.compile(
    r"\bround[\s-]trips?\b|\bthere[\s-]and[\s-]back\b|\bout[\s-]and[\s-]back\b|"
    r"\band\s+back(?:\s+again)?\b",
    re.IGNORECASE,
)
#: "as the crow flies" and its kin ("as the eagle flies", "as the tūī flies", "ATCF").
_CROW = r"(?:as\s+the\s+(?:crow|[^\W\d_]+)\s+flies|ATCF)"
#: How a figure is travelled, between it and its direction: "by road", "by boat or seaplane".
_VEHICLE = (
    r"(?:road|rail|train|car|vehicle|air|sea|bus|boat|ferry|seaplane|plane|coach|bike|"
    r"bicycle|foot)"
)
_BY_WAY = rf"by\s+(?:the\s+)?{_VEHICLE}(?:\s+or\s+(?:by\s+)?{_VEHICLE})?"
_STRAIGHT_RE = re.compile(
    # "130 air miles": the distance a plane flies, a straight line
    rf"\b(?:{_CROW}|in\s+a\s+straight\s+line|straight[-\s]line|air\s+(?:miles?|kms?|kilomet\w+))\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- patterns


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_GROUP = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(k for k in _ONES if _ONES[k] < 10)}))?"
    rf"|{'|'.join(sorted(_ONES, key=len, reverse=True))})"
)
_WORDNUM = (
    rf"(?:(?:an?|{_GROUP})\s+(?:thousand|million)(?:(?:,?\s+and)?\s+{_GROUP}\s+hundred)?"
    rf"(?:(?:\s+and)?\s+{_GROUP})?"
    rf"|(?:an?|{_GROUP})\s+hundred(?:(?:\s+and)?\s+{_GROUP})?"
    rf"|{_GROUP})"
)
# "1,180", "1 400" (a space between thousands, as much of the world writes), "2.5"
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
    # a decimal comma, as much of Europe writes it, right before a unit: "72,4 km"
    r"|\d+,\d{1,2}(?=\s?(?:km|kilomet|mile))|\d+(?:\.\d+)?"
)
# "2 1/2", "2½", "½": a whole number and a fraction
_FRACTION = r"\d+\s+[1-9]/[1-9]\d?(?![\d/])|\d*[½¼¾]"
#: The hedges a figure may open on: "about 40 km", "a mere 3 miles", "approx 360 km",
#: "c. 12 km". One list for every pattern that reads past a figure's hedge.
HEDGE = (
    r"(?:a\s+mere|mere|just|only|barely|about|around|approx\.?|approximately|roughly|some|"
    r"nearly|almost|c\.|ca\.)"
)
_NUMBER = (
    rf"(?:(?:{_FRACTION})|(?:{_DIGITS})(?:(?:\s+|-)(?:thousand|million)\b)?"
    # "two and a half", "two-and-a-half"
    rf"|(?<![\w-]){_WORDNUM}(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?\b"
    # "less than a mile", "half a mile": the article is the number one before a unit
    r"|(?<![\w-])(?:half\s+)?an?(?=\s+(?:(?:nautical\s+)?mile|kilomet(?:er|re))\b))"
)
_UNIT = (
    r"nautical\s+miles?|air\s+(?:miles?|kms?|kilomet(?:er|re)s?)|nmi|(?-i:NM)|kilo-?met(?:er|re)s?|"
    r"kms?|miles?|met(?:er|re)s?|"
    r"kays?|klicks?|k\.m\.?|[vw]ersts?"  # "517 K.M.", a Russian verst (1.0668 km)
    r"|(?-i:mls)(?!\.\w)|(?-i:mi)|(?-i:m)(?!\.\w)"  # "52 mls SW of": miles, in brochures
)
_RANGE_SEP = r"\s*[-–—]\s*|\s+(?:to|or)\s+"

_CLAIM_RE = re.compile(
    rf"""
    (?<![\w$€£¥/.,])
    (?:(?P<qual>{_alternation(list(_QUALIFIER_WORDS))})(?:\s+|(?<=\.)(?=\d))|(?P<tilde>~)\s*)?
    (?:
        between\s+(?P<b_lo>{_NUMBER})(?:\s*-?\s*(?:{_UNIT}))?\s+and\s+(?P<b_hi>{_NUMBER})
      | (?P<list>(?:{_NUMBER})(?:\s*(?:{_UNIT}))?(?:\s*,\s*(?:{_NUMBER})(?:\s*(?:{_UNIT}))?)*
          \s*,?\s+and\s+)?
        # "3 to 5 km"; "3km to 5km", one unit twice ("20 miles or 32 km" is a conversion)
        (?P<lo>{_NUMBER})(?:(?:{_RANGE_SEP}|\s*(?P<lo_unit>{_UNIT})(?:\s*[-–—]\s*|\s+to\s+))
        (?P<hi>{_NUMBER})(?(lo_unit)(?=\s*(?P=lo_unit))))?
    )
    # "900-plus miles", "900 plus miles", "900+ miles" (more than); "900-odd miles" (about)
    (?:\s*-?\s*(?P<plus>plus|odd)\b|(?P<plus_sign>\+))?
    (?:\[\d{{1,3}}\])?  # a reference mark copied with the figure: "105[1] km"
    \s*(?P<hyphen>-\s*)?
    (?P<unit>{_UNIT})
    (?![\w²³^])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Every claim contains one of these; a sentence without any is skipped quickly.
_UNIT_HINT_RE = re.compile(
    r"(?i:km|kilo-?met|mile|nmi|met(?:er|re)|kays?\b|klick|k\.m|[vw]erst)|mi\b|mls\b|(?:\b|\d)m\b|\bNM\b"
)
_DIR_WORD = (
    # "North, North-East": a comma may part a point from its neighbour
    r"(?:north|south|east|west)(?:(?:\s*[-\u2013\u2014]\s*|,?\s+)?(?:north|south|east|west)){0,2}"
    # a mariner's "east by south": a point by its neighbour, 11.25 degrees off (written
    # loosely "north by northwest" too)
    r"(?:\s+by\s+(?:north|south|east|west)(?:-?(?:north|south|east|west))?)?"
)
_DIR_ABBR = r"(?-i:NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|SE|SW|NW|N|E|S|W)"
_DIRECTION_RE = re.compile(
    # "located, about 90 km, north of X": a comma may set the figure off before "DIR of",
    # or a dash: "about 5.5 km—north of X"
    rf"(?:,(?=\s+[A-Za-z-]+\s+of\b)\s+|\s*[\u2013\u2014]\s*(?=[A-Za-z-]+\s+of\b)|\s+)"
    rf"(?:(?:due|directly|almost|roughly|further|farther|away)\s+)?"  # "N km away towards"
    rf"(?:(?P<to_the>(?:(?:to|in)\s+the|towards?(?:\s+the)?|to(?=\s+[\w-]+\s+of\b))\s+))?"
    rf"(?:(?P<word>{_DIR_WORD})(?![\w-])|(?P<abbr>{_DIR_ABBR})\.?(?=\s+(?:(?:of|from)\b|[A-Z][a-z])|\s*(?:[,;)]|\.?\s*$))|"
    # "64 km s.e. of Merida", "125 miles S.W. of Paris": a point written with full stops;
    # an old gazetteer's "3 miles (N. E.) from Sheffield", "2 miles (W. by S.) from York"
    rf"\(?(?P<dotted>[nsew]\.(?:\s?[nsew]\.){{0,2}}(?:\s?by\s?[nsew]\.)?)\)?"
    r"(?=\s+(?:of|from)\b))",
    re.IGNORECASE,
)
_MODE_RE = re.compile(
    # "(by road)" in brackets too: "250 km (by road) northwest of Accra"; or between commas:
    # "about 70 km (43 mi), by road, west of Kampala"
    r"(?P<comma>,)?\s+(?P<open>\()?(?:" + _BY_WAY + "|" + _CROW + "|"
    # "230 km of road south of X": the road's length between the two
    r"(?P<length_of>of\s+(?:paved\s+|dirt\s+|mountain\s+)?(?:road|railway|rail))|"
    r"in\s+a\s+straight\s+line)(?(open)\))(?(comma),)"
    r"(?=,?\s+(?:\w+\s+)?(?:of|from)\b|,?\s+(?:(?:to|in)\s+the\s+)?(?:north|south|east|west))",
    re.IGNORECASE,
)
# A time in brackets after a figure: "3 km (45 minutes) southwest of X".
_DURATION_ASIDE_RE = re.compile(
    # "3 km (45 minutes)", "40 km (an hour's drive)", "90 km (three hours by bus)"
    r"\s*\(\s*(?:about|around|approx\.?|roughly|some)?\s*(?:\d+(?:[.,]\d+)?(?:\s*[-\u2013]\s*\d+)?|"
    r"an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half\s+an?)[\s-]*"
    r"(?:minutes?|mins?|hours?|hrs?|h)\b[^()]{0,20}\)|"
    # "244 kms or a three hour drive from X", "244 km, or three hours by car, from X"
    r",?\s+or\s+(?:about\s+|around\s+|roughly\s+)?(?:an?\s+)?(?:\d+(?:\.\d+)?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|half\s+an?)[\s-]+(?:minutes?|mins?|hours?|hrs?|"
    r"days?)(?:['\u2019]s?)?(?:[\s-]+(?:drive|walk|ride|journey|trip|flight|sail|by\s+\w+))?,?"
    r"(?=\s+(?:from|away|of|to)\b)|"
    # "800 km (straight-line) north of X", "60 km (by road) from X": how it is measured
    rf"\s*\(\s*(?:{_CROW}|(?:in\s+a\s+)?straight[-\s]line|{_BY_WAY}|road\s+distance)\s*\)|"
    # "76 km (47 miles)/2 hours from X to Y": the time after a slash
    r"\s*/\s*(?:about\s+|approx\.?\s*)?\d+(?:[.,]\d+)?\s*(?:minutes?|mins?|hours?|hrs?|h)\b"
    r"(?=\s+(?:from|away|of|to)\b)",
    re.IGNORECASE,
)
_CONVERSION_RE = re.compile(
    # "(or roughly 247 miles)": an "or" may open the bracket
    rf"\s*(?:[(\[]\s*(?:or\s+)?(?:(?:{_alternation(list(_QUALIFIER_WORDS))})\s+)?(?P<p_num>{_NUMBER})"
    # "(370 and 430 miles)": the conversion of a list of figures
    rf"(?P<p_list>(?:\s*,\s*|\s*,?\s+and\s+){_NUMBER})*"
    rf"(?:\s*[-\u2013]\s*{_NUMBER})?\s*-?\s*(?P<p_unit>{_UNIT})\.?"
    # "(19 km; 12 mi)": more units after a semicolon
    rf"(?:\s*;\s*{_NUMBER}\s*-?\s*(?:{_UNIT}))*\s*[)\]]"
    rf"|/\s*(?P<s_num>{_NUMBER})\s*-?\s*(?P<s_unit>{_UNIT})(?![\w²³^])"
    # "1,240 miles, or 2,000 km", "1,240 miles or 2,000 km" (in another unit: see figure.py)
    rf"|,?\s*or\s+(?:(?:{_alternation(list(_QUALIFIER_WORDS))})\s+)?(?P<o_num>{_NUMBER})"
    rf"\s*-?\s*(?P<o_unit>{_UNIT})(?![\w²³^]),?)",
    re.IGNORECASE,
)
_SPEED_RE = re.compile(
    r"\s*(?:/\s*(?:h|hr|hrs|hour|s|sec|min)\b|-?per\b|p\.?h\b|an?\s+(?:hour|minute|second|day|"
    r"week|month|year)\b|each\s+(?:hour|day|week|year)\b|every\s+(?:hour|day))",
    re.IGNORECASE,
)
#: A town's name after "above" or "below" ("32 km above Siem Reap"): no height over the
#: Earth, the sea or the ground.
_ABOVE_PLACE = r"\s+(?-i:(?!(?:Earth|Moon|Mars|Sea|Ground)\b)[A-Z])"
# An end named by a compass point: "east", "the northern tip", "the southernmost point".
_COMPASS_END = (
    r"(?:the\s+)?(?:north|south|east|west)(?:ern(?:most)?|ward)?"
    r"(?:\s+(?:end|tip|point|edge|coast))?"
)
_SIZE_RE = re.compile(
    # "2 km across" is a width; "2 km across from X" a distance from it
    r"(?:-|\s+)(?:long|wide|deep|tall|high|higher|thick|across(?!\s+(?:the\s+\w+\s+)?from\b)|"
    r"in\s+(?:diameter|length|width|"
    r"height|depth|radius|circumference|altitude|elevation|area)|beneath|"
    rf"(?:above|below)(?!{_ABOVE_PLACE})|"
    r"underground|underwater|overhead|of\s+(?:altitude|elevation|depth|height)|from\s+sea\s+level|"
    # "to end at X, about 14 km from its beginning": a way measured along itself
    r"from\s+its\s+(?:beginning|start|starting\s+point|source|origin)|"
    # "over a mile from end to end", "half a mile from side to side": its own extent
    r"(?:from\s+)?(?:end|side|top|tip)\s+to\s+(?:end|side|bottom|tip|toe)\b|"
    # "16 km from east to west": a size across compass points
    rf"from\s+{_COMPASS_END}\s+to\s+{_COMPASS_END})\b",
    re.IGNORECASE,
)
_SIZE_BEFORE_RE = re.compile(
    r"\b(?:altitudes?|elevations?|heights?|depths?|diameters?|radius|radii|widths?|lengths?|"
    # "a width of 3 km", and a label's colon: "Image width: 73 km"
    r"wingspans?|circumferences?|thickness|orbits?|ceilings?|perimeters?)(?:\s*:\s*|\s+(?:of\s+)?"
    r"(?:which\s+is\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?)?"
    r"|\s+(?:is|was)\s+(?:a\s+distance\s+of\s+)?)$|\bmeasur(?:es|ed|ing)\s+$|"  # "Its perimeter is"
    # "The distance from the southernmost to the northernmost point is about 113 km"
    rf"\bfrom\s+{_COMPASS_END}\s+to\s+{_COMPASS_END}\b[^.;]{{0,30}}$|"
    r"\b(?:north|east)[-\s](?:south|west)\s+(?:distance|extent|length|width|span)\b[^.;]{0,20}$|"
    # "winds extend 150 km from the centre", "the plume rose 14 km": a reach or a height
    r"\b(?:extend(?:s|ed|ing)?|stretch(?:es|ed|ing)?|spread(?:s|ing)?|rose|rise[sn]?|rising|soar(?:s|ed|ing)?|"
    r"shot|climb(?:s|ed|ing)?|descend(?:s|ed|ing)?|drop(?:s|ped|ping)?|plunge[sd]?|"
    # ... "which stretches the whole 1500 km between the borders": its full length
    r"reach(?:es|ed|ing)?\s+out)\s+(?:out(?:wards?)?\s+|up\s+)?(?:the\s+(?:whole|entire|full)\s+)?$|"
    # ... and a second reach coordinated: "dunes that stretch 100 km along it and 50 km inland"
    r"\b(?:extend(?:s|ed|ing)?|stretch(?:es|ed|ing)?)\s+(?:over\s+|for\s+)?\d[\d,.]*\s*"
    r"(?:km|kilomet(?:re|er)s|miles?)\b[^.;\d]{0,40}?\band\s+$|"
    # "told to keep 3 miles from the crater": a zone around a place, not how far one
    # place lies from another
    r"\b(?:to|must|should|please)\s+(?:keep|stay)(?:\s+(?:away|back|clear|out))?\s+$|"
    # "The Development Road leads 260 km north from Roma": a way's own length
    r"\b(?:road|highway|motorway|freeway|railway|railroad|line|route|trail|pipeline|canal|"
    r"street|avenue|track|tunnel|bridge)\b[^.;,]{0,30}?\b(?:leads?|runs?|stretch(?:es)?|"
    r"extends?|continues?|winds?|snakes?|meanders?|leading|running|stretching|extending|"
    r"winding)\s+(?:for\s+)?(?:\w+\s+)?$|"
    # "Each day, the pilgrims walk 25 km": a distance a day is a rate
    r"\b(?:each|every|per)\s+(?:day|night|hour|week|morning|stage)\b[^.;:]{0,50}$|"
    # "lava flowed about a kilometre from the fissure": how far a flow reached, a length
    r"\b(?:flow(?:s|ed|ing)?|spill(?:s|ed)?|oozed|seeped)\s+$|"
    # "the railway runs 300 km from X to Y", "the bridge spans 16 km between X and Y": a
    # line's own length, even between named ends (a flight's route is a distance)
    r"\b(?:railways?|railroads?|rail\s+lines?|lines?|pipelines?|roads?|highways?|motorways?|"
    r"bridges?|tunnels?|canals?|borders?|frontiers?|walls?|fences?|cables?|causeways?|tracks?|"
    # "its undersea section runs 400 km from X to Y": a part of such a line
    r"parts?|sections?|segments?|portions?)"
    r"\s+(?:\w+\s+){0,2}?(?:runs?|ran|stretch(?:es|ed)?|spans?|spanned|extends?|extended|"
    r"covers?|covered|measures?|measured)\s+$|"
    # "will cut the journey between X and Y by 40 km": a change, not a distance
    r"\b(?:cut|cuts|shorten(?:s|ed)?|reduc(?:e|es|ed)|lengthen(?:s|ed)?|length(?:en)?ing)\b"
    r"[^.;:]{0,60}?\bby\s+$|"
    r"\b(?:areas?|ranges?|spans?)\s+of\s+$|\bover\s+a\s+(?:total\s+)?(?:distance|length)\s+of\s+$|"
    r"\b(?:orbit(?:s|ing)?|cruis(?:es|ing)|hover(?:s|ing)?)\s+at\s+$|\b(?:square|sq\.?|cubic)\s+$|"
    # "the river marks the frontier for some 600 km", "the wall runs for 20 km": a length, a
    # course's too; so is anything "over a distance of 8 km" (above), a climb's or a join's
    r"\b(?:borders?|boundary|frontier|coastline|runs?|ran|stretch(?:es|ed)?|extends?|"
    r"extended|flows?|flowed|winds?|navigable|joins?|joined)\b[^.;:]{0,40}?\b(?:for|over)\s+$",
    re.IGNORECASE,
)
#: "The wall runs from X to Y, a distance of 70 miles": a line's length told after its
#: ends (not "... to Y, 100 km to the south": where Y lies). Read over a longer span than
#: the other sizes, for the ends stand between.
_LINE_ENDS_LENGTH_RE = re.compile(
    r"\b(?:railways?|railroads?|rail\s+lines?|pipelines?|roads?|highways?|motorways?|canals?|"
    r"walls?|fences?|trails?|causeways?|tracks?)\s+(?:\w+\s+){0,2}?(?:runs?|ran|stretch(?:es|ed)?|"
    r"extends?|extended|winds?|snakes?)\s+from\s+[^.;]{1,60}?\s+to\s+[^.;]{1,60}?\b"
    r"(?:an?\s+(?:total\s+)?(?:distance|length)\s+of|equat(?:es|ing)\s+to|totall?ing|covering|"
    r"spanning)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
#: A figure whose unit the figure before it gave: "80 miles from X, and 120 by the road
#: from Y". Only read right after a figure with a unit, in the same sentence. It has the
#: groups of ``_CLAIM_RE`` (those it never fills match nothing) so one parser reads both.
#: A compass point abbreviated as old gazetteers write it: "W.", "NE.", "S.W.", "W. N. W.".
_DOTTED_POINT = (
    r"(?-i:(?:NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|[NS][EW]?|[EW])\.?|[NSEW]\.(?:\s?[NSEW]\.){1,2})"
)
#: A gazetteer's "7 m. NE. of York": the abbreviated mile (metres take no full stop).
_GAZETTEER_MILE_RE = re.compile(rf"\.\s+{_DOTTED_POINT}\s+(?:of|from)\b")
_ELIDED_GAP_RE = re.compile(
    # an old gazetteer's list: "15 m. S. of Galway, 120 W. of Dublin"
    rf",?\s+(?:and|but|while|or)\s+|,\s+(?=\d[\d,.]*\s+{_DOTTED_POINT}\s+of\b)",
    re.IGNORECASE,
)
_ELIDED_RE = re.compile(
    rf"(?:(?P<qual>{_alternation(list(_QUALIFIER_WORDS))})\s+)?"
    rf"(?P<lo>{_NUMBER})(?P<tilde>(?!))?(?P<b_lo>(?!))?(?P<b_hi>(?!))?(?P<hi>(?!))?(?P<list>(?!))?"
    r"(?P<hyphen>(?!))?(?P<unit>)"
    r"(?=\s+(?:by\s+(?:the\s+)?(?:road|rail|train|river|sea|air)\b|(?:away\s+)?from\b|"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of\b)|"
    rf"{_DOTTED_POINT}\s+of\b))",  # "and 9 S.W. of Harrogate", "and 120 W. of Dublin"
    re.IGNORECASE,
)
#: "people living within 12 miles of the plant": before "within", the people in a zone.
_ZONE_BEFORE_RE = re.compile(
    r"\b(?:people|residents|inhabitants|villagers|households|homes|families|everyone|anyone|"
    # "no towns within 10 miles of landfall", "the wind speed within 64 km of its centre",
    # "two hotels within 20 km of the stadium": what a radius around it holds
    r"those|communities|settlements|towns|cities|villages|areas|places|buildings|houses|"
    r"schools|speeds?|winds|gusts|airports|hotels|stations|hospitals|restaurants|shops|"
    r"attractions|beaches|resorts|campsites|venues|sites|spots|properties|rentals|"
    r"rain(?:fall)?|damage|nothing|anything|everything)"
    r"(?:\s+(?:living|staying|residing|who\s+live|located|lying))?\s+$",
    re.IGNORECASE,
)
#: "a danger zone of 8 km from the vent", "the exclusion zone is at a radius of 7 km from
#: the peak": a zone's radius, not how far one place lies from another.
_ZONE_NAMED_BEFORE_RE = re.compile(
    r"\b(?:danger|exclusion|evacuation|no-go|no-ent(?:er|ry)|closure|safety|restricted|buffer|"
    r"quarantine|security|red|hazard)\s+(?:zone|area|radius)s?\b"
    # "the no-entry zone around the volcano to four miles": widened or narrowed to a radius
    r"(?:\s+(?:of|around)\s+(?:the\s+)?[\w.\s-]{1,30}?)?"
    r"\s+(?:is|was|of|extends(?:\s+to)?|covers|set\s+at|at|to)"
    r"(?:\s+(?:at\s+)?(?:a\s+)?(?:distance|radius)\s+of)?\s+$",
    re.IGNORECASE,
)
#: Two places told before, named as one plural noun phrase: "these two wine towns", "the
#: two cities", "these port towns" (a name may qualify it: "these two Yorkshire cities").
_PAIR_NOUN_PHRASE = (
    r"(?:(?:these|those|the)\s+(?:two|2)\s+(?:[\w-]+\s+){0,3}?[a-z-]+s|(?:these|those)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cities|towns|capitals|villages|ports|islands|settlements))"
)
#: "flames could be seen 30 km away", "the blast was heard 20 miles away": how far a
#: sight or a sound carries, not how far one place lies from another.
_PERCEIVED_BEFORE_RE = re.compile(
    r"\b(?:visible|audible|seen|heard|felt|detected|noticeable|spotted|smelt|smelled)"
    # "felt by people 200 km away": by whom, then how far
    r"(?:\s+by\s+(?:the\s+)?(?:people|residents|locals|inhabitants|villagers|those|anyone|"
    r"everyone))?"
    r"(?:\s+(?:from|up\s+to|as\s+far\s+as|more\s+th[ae]n|over|some|about|nearly|at\s+least))*"
    r"\s+$",
    re.IGNORECASE,
)
#: "stopped walkers from getting nearer than 5 km to the crater": how near people may go,
#: not how far one place lies from another.
_APPROACH_BEFORE_RE = re.compile(
    r"\b(?:come|comes|coming|came|get|gets|getting|got|go|goes|going|went|ventur\w*|"
    r"approach\w*|stay\w*|remain\w*|keep\w*)\s+(?:any\s+)?(?:closer|nearer)\s+than\s+$",
    re.IGNORECASE,
)
#: "you are never more than 50 miles from the sea", "no two grounds (are) more than 40
#: miles apart": a bound that holds everywhere, not how far one place lies from another.
_EVERYWHERE_BEFORE_RE = re.compile(
    r"\b(?:never|nowhere|no\s+(?:two|point|place|part|spot|town|village|home)\b[^.;:,]{0,40}?)"
    r"(?:\s+(?:is|are|was|were|lies|lie|sits?|being))?\s+$",
    re.IGNORECASE,
)
_AT_BEFORE_RE = re.compile(r"\b(?:at|to)\s+$", re.IGNORECASE)
_SQUARE_AFTER_RE = re.compile(r"\s*(?:2|²|\^\s*2|sq\b|square\b)", re.IGNORECASE)
#: "inland" after a figure (its conversion in brackets between), with no place it is
#: measured from: "swept 2 km inland (from the sea)", but not "15 km inland from Estepona".
_INLAND_AFTER_RE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?inland\b(?!\s+(?:from|of)\s+(?!the\s+(?:sea|coast|"
    r"coastline|shore|ocean|beach|water)\b))",
    re.IGNORECASE,
)
#: A verb of moving or reaching before a figure: with "inland" after it, the figure is how
#: far something went ("waves travelled up to 10 km inland", "the fjord cuts 178 km
#: inland"), not where a place lies ("Edfu sits 230 km inland").
_REACH_BEFORE_RE = re.compile(
    r"\b(?:travel(?:l?ed|l?ing|s)?|swe(?:pt|eps?|eping)|surg(?:e|es|ed|ing)|reach(?:es|ed|ing)?|"
    r"penetrat(?:e|es|ed|ing)|push(?:es|ed|ing)?|mov(?:e|es|ed|ing)|wash(?:es|ed|ing)?|"
    r"cut(?:s|ting)?|rush(?:es|ed|ing)?|spread(?:s|ing)?|flood(?:s|ed|ing)?|went|goes|going|"
    r"came|comes|advanc(?:e|es|ed|ing)|inundat(?:e|es|ed|ing))\s+"
    r"(?:(?:up\s+to|more\s+than|less\s+than|as\s+far\s+as|about|around|some|nearly|almost|"
    r"over|roughly|approximately|at\s+least)\s+)*$",
    re.IGNORECASE,
)

_CLAIM_NOUNS = (
    r"journey|trip|drive|ride|flight|trek|march|walk|hike|voyage|crossing|route|run|commute|"
    r"detour|transit|passage|haul|sail|distance|gap|road\s+trip|train\s+ride|rail\s+journey|"
    r"train\s+journey|round[\s-]trip|odyssey|leg|dash|sprint|swim|cruise|jaunt|excursion|"
    r"pilgrimage|expedition|traverse|hop"
)
_TRAVEL_NOUNS = _words(
    "journey trip drive ride flight trek march walk hike voyage crossing route run commute "
    "detour transit passage haul sail odyssey leg dash sprint swim cruise jaunt excursion "
    "pilgrimage expedition traverse hop"
)
_FOLLOWERS = _words(
    """from of to toward towards into between and or away apart off offshore inland outside out
    beyond short past after before up down by as further farther north south east west northeast
    northwest southeast southwest due directly in on at along across separating separate
    separates that which closer nearer"""
)
_COMPOUND_RE = re.compile(
    rf"(?:\s+(?!(?:{'|'.join(_FOLLOWERS)})\b)(?:[a-z]+-)?[a-z]+){{0,3}}?"
    rf"\s+(?P<noun>{_CLAIM_NOUNS})s?\b"
)
_OBJECT_NOUNS = _words(
    """border frontier railway railroad line pipeline tunnel bridge road highway motorway canal
    wall fence stretch section segment track tracks coastline coast river radius zone corridor
    belt strip range network cable runway ship vessel boat tower span circle buffer perimeter
    front frontline loop ring trail path lane street queue convoy column cordon"""
)
_DETERMINER_BEFORE_RE = re.compile(
    # "a 3-hour, 200 km drive": a duration may stand between the article and the figure
    # "an easy 80 km drive": an adjective may come before it
    r"\b(?:a|an|the|its|their|this|that|his|her|our|your|my)\s+(?:[\w.]+-(?:hour|minute|day)s?,?\s+)?"
    r"(?:(?:easy|short|quick|good|long|mere|further|additional|extra|scenic|pleasant|leisurely|"
    r"gruelling|grueling|bumpy|"
    # "its maiden 621 mile journey", "the first 750 mile run"
    r"first|maiden|inaugural|final|last|longest|shortest|daily|regular|historic|epic|nonstop|"
    r"non-stop|direct|overnight|entire|whole|arduous)\s+)?$",
    re.IGNORECASE,
)

#: A trip's noun, in the aside between a figure and its "from": "on the flight from".
_TRIP_NOUN = r"(?:flight|drive|ride|train|bus|coach|ferry|boat|trip|journey|walk|hike|sail)"
_ORIGIN_RE = re.compile(
    # ", as the crow flies, from X": the aside may stand between commas
    # "at a mile's distance from", "three miles' walk from": the unit's possessive
    r"(?:['\u2019]s?(?=\s+(?:distance|walk|drive|ride)\b))?"
    r"(?:,(?=\s+" + _CROW + r"))?\s+(?:(?P<away>away|off|further|farther|inland|offshore|"
    # "6 km far from the city": a learner's "away"; "25 km equidistant from A and from B"
    r"overland|out|up|down|far|equidistant|distant)\s+)?"
    r"(?:(?P<way>" + _BY_WAY + "|" + _CROW + r",?|distance|walk|drive|ride|in\s+a"
    r"\s+straight\s+line|(?:up|down)\s+the\s+(?:road|coast|river|line|track)|along\s+the\s+"
    r"(?:coast|shore|road|river|railway|highway)|(?:up|down)(?:stream|river)|"
    # "2 km across from X", "8 miles across the bay from X": over water from it
    r"across(?:\s+the\s+(?:bay|river|water|strait|sound|harbou?r|lake|estuary|channel))?|"
    # "1,384 km each way on the flight from X", "12 miles and a short drive from X"
    rf"(?:(?:each|one)\s+way\s+)?(?:on\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?{_TRIP_NOUN})|"
    rf"(?:each|one)\s+way|and\s+(?:a|an)\s+(?:[\w.-]+\s+){{0,3}}?{_TRIP_NOUN})\s+)?"
    r"(?P<prep>from|of|off(?:\s+the\s+coast\s+of)?|outside(?:\s+of)?|out\s+of|beyond|"
    r"short\s+of|past|(?:after|before)(?=\s+(?-i:[A-Z]))|"
    # "32 km above Siem Reap": a town upriver or up the map, not a height above the Earth
    rf"(?:above|below)(?={_ABOVE_PLACE}))\s+",
    re.IGNORECASE,
)
_AWAY_RE = re.compile(
    # "Gdansk and Sopot are 12 km from each other": apart
    r"\s+(?P<word>away|apart|off|offshore|inland|distant|from\s+(?:each\s+other|one\s+another))"
    r"\b",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(
    r",?\s+(?:that\s+)?(?:(?:of\s+)?distance\s+)?(?:along\s+(?:the\s+)?[A-Z][\w-]*\s+#?\d*\s*)?"
    r"(?:separat(?:e|es|ed|ing)|(?:lies?|lying)\s+between|between)\s+",  # "along Highway 1"
    re.IGNORECASE,
)
_TO_RE = re.compile(
    r"\s+(?:(?:up|down|along)\s+the\s+(?:road|highway|coast|river|line|track)\s+)?(?:to|into|towards?)\s+",
    re.IGNORECASE,
)
#: "to" after "from X": past a description of X (", the capital in the highlands,") and
#: a verb of getting there ("a 4,000 km drive from X to get to Y").
_FROM_TO_RE = re.compile(
    r"(?:(?:,\s+(?:the|an?|its|[A-Z][\w'\u2019-]*['\u2019]s)|['\u2019]s)\s+[^,;()]{1,50}?,|"
    # "from Kisumu in western Kenya to Mombasa", "from Kisumu, Kenya, to Mombasa"
    r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?)?"
    # (not "15 km from Estepona, to the west of Marbella": a direction)
    r",?\s+(?:to|into|towards?)\s+(?!(?:the\s+)?(?:north|south|east|west)[a-z-]*\s+of\b)"
    r"(?:(?:get|go|travel|reach)\s+(?:to\s+)?)?",
    re.IGNORECASE,
)
_AND_RE = re.compile(r",?\s+(?:and|from)\s+", re.IGNORECASE)

_CLAUSE_END_RE = re.compile(r"[,;:()\u2014]|\s[-–]\s")


_ANAPHOR_NOUN_RE = re.compile(rf"\b(?:{'|'.join(_ANAPHOR_NOUNS)})\b")
_KIND_WORD_RE = re.compile(rf"\b(?:{'|'.join(KIND_WORDS)})\b")


def _kinds_of(phrase: str) -> frozenset[str]:
    """Return the place kinds a noun phrase allows, from its head: the last kind noun
    before any "of" or "in" ("this little country town" is a town, "the capital of the
    province" a capital)."""
    low = " ".join(phrase.lower().split())
    head = _HEAD_END_RE.split(low, maxsplit=1)[0]
    nouns = [(m.end(), _ANAPHOR_KINDS[m.group()]) for m in _ANAPHOR_NOUN_RE.finditer(head)]
    words = [(m.end(), frozenset({KIND_WORDS[m.group()]})) for m in _KIND_WORD_RE.finditer(head)]
    if nouns or words:
        # the last noun is the head; an anaphor's noun before a kind word of the same end
        return max([*nouns, *words], key=lambda found: found[0])[1]
    return frozenset()


#: Where a noun phrase's head has ended: its prepositional phrase ("the capital of X").
_HEAD_END_RE = re.compile(r"\s(?:of|in|on|near|at|by|from|with)\s")

#: A character of the same sentence: a full stop only inside it, as in an abbreviation
#: ("from Washington, D.C. to Boston", "from St. Louis"), never the one that ends it.
_IN = r"(?:[^.;]|\.(?=[\s,]*[^\s,]))"
#: Words before a figure that make it a distance between places, named or not: "the
#: distance from X to Y is N km"; "the route, between A and B, covers N miles".
_DISTANCE_BEFORE_RE = re.compile(
    r"\bdistances?\s+(?:from|between|to)\b|"
    r"\b(?:route|flight|journey|trip|drive|voyage|crossing)\b,?\s+between\b|"
    # "The trip from Vientiane to Don Khon is over 700 km"
    rf"\b(?:route|flight|journey|trip|drive|voyage|crossing|ride)\s+from\s+{_IN}{{2,60}}?\s+to\s+"
    rf"{_IN}{{2,60}}?\s+(?:is|was|covers|covered|takes\s+in)\s+(?:\w+\s+){{0,3}}$|"
    # "From Barra Head to the Butt of Lewis is roughly 210 km"
    rf"\bfrom\s+[A-Z]{_IN}{{1,60}}?\s+to\s+(?:the\s+)?[A-Z]{_IN}{{1,60}}?\s+(?:is|was)\s+"
    r"(?:\w+\s+){0,3}$|"
    # "a drive of about 285 km": a trip's length, between places named or not
    r"\b(?:an?|the|this|that)\s+(?:drive|journey|trip|flight|ride|crossing|voyage|distance)\s+"
    rf"of\s+(?:(?:{HEDGE}|over|under)\s+)*$",
    re.IGNORECASE,
)
