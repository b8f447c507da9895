"""Find distance claims in news text and check them against the gazetteer.

A *distance claim* is a phrase such as "some 900 km north-west of Harbin": a number
with a distance unit, an optional hedge ("about", "more than"...), an optional compass
direction, and the places it relates. :func:`find_claims` parses them out of English
text without any gazetteer; :func:`check_claims` resolves the places and measures the
geodesic distance and bearing from the origin (the reference place, "of Harbin") to
the target (the place being located, the subject of the sentence).

What counts as a claim
----------------------
A figure ("900", "1,180", "1.2 thousand", "two thousand", a range "30-40", "30 to 40",
"between 30 and 40") followed by km, kilometres, miles, mi, nautical miles, nmi, metres
or m, optionally hedged and followed by a conversion ("425 miles (680 km)" is one claim,
kept as first written), a compass point (16 points, in words or as "NW") and the places:
"T is N km DIR of O", "N km from O", "T, N km north of O", "N km away from O", "a N-km
journey from O to T", "N km between O and T", "O and T are N km apart". Not claims:
speeds ("km/h", "per hour", "a day"), areas ("sq km", "km2", "square miles"), heights
and depths ("above sea level", "at an altitude of", "high", "deep"), sizes and lengths of
things ("a 300-metre-long ship", "a 55 km bridge", "200 km of track"), bare metres with no
place they separate, and names such as "Ten Mile".

The subject before a copula ("lies", "is located", "sits") or an apposition ("Goa,
roughly 440 km south of Mumbai") is the target. "This launch facility", "the plant" and
"it" are kept as anaphoric mentions; :func:`check_claims` resolves them to an earlier
place of a compatible kind (see ``_Endpoints._antecedent``).

Tolerance rule
--------------
A stated figure is compared with the measured geodesic distance through the interval of
measured values it is *consistent* with. Let ``s`` be the stated distance in km and
``step`` the rounding step implied by how the number is written ("900" -> 100 km,
"938" -> 1 km, "1,180" -> 10 km, "1.2 thousand" -> 100 km, "2.5" -> 0.1). The rounding
allowance is ``half = min(step / 2, 0.1 * s)``: a number written to the hundred is good
to +-50, but a round figure is never read as vaguer than +-10 % ("1,000 km" -> +-100 km,
not +-500 km).

=================================  ===============================================
qualifier                          consistent interval of measured km
=================================  ===============================================
none ("938 km")                    ``[s - half, s + half]``
"about" (some, approximately...)   ``[s - half - 5% s, s + half + 5% s]``
"more than" (over, at least...)    ``[0.98 s, 2 s]``: a bound, not an estimate;
                                   beyond twice the figure the claim misleads
"less than" (under, up to...)      ``[0.5 s, 1.02 s]``, the mirror image
"within"                           ``[0, 1.02 s]``: anything closer is fine
"nearly" (almost, just under)      ``[0.85 s, 1.02 s]``
range "30-40 km"                   ``[low - half(low), high + half(high)]``, widened
                                   by 5 % on each side when hedged with "about"; the
                                   one-sided hedges replace an end as above
=================================  ===============================================

The 2 % margins absorb the size of the places themselves (a gazetteer gives one point
for a city or a spaceport). A measurement below the interval means the text
*overstated* the distance, above it *understated*; ``tolerance_km`` reports the gap
between the stated figure and the edge of the interval on the measured side. So
"approximately 900 km" (interval 805-995) fits a measured 938.3 km, while a bare
"938 km" (interval 937.5-938.5) against a measured 900 km is overstated.

Straight lines and routes
-------------------------
The measured figure is the geodesic, i.e. the straight line. When the sentence implies
travel ("by train", "a 1,200-km drive"), or when a straight line fails but 1.1 to 1.6
times it would fit, ``route_note`` says the stated figure may be a road or rail
distance. Real route lengths come in through the ``route_km`` argument of
:func:`check_claims`, a callable ``(origin, target) -> km or None`` such as
:func:`mapper.rail.route_km_for_claims`; they are reported as ``rail_km`` and in the note,
and do not change the verdict, which is always about the straight line.

When an endpoint names an area (a country, region, island, sea, river or range; see
:data:`mapper.model.AREA_KINDS`), the distance runs to the area's representative point
and ``area_note`` says so: "400 km off the coast of X" may well mean its nearest edge.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from mapper.errors import MapperError, PlaceNotFound
from mapper.geodesy import COMPASS_POINTS, compass_point, inverse, sector_offset, unit_to_km
from mapper.model import AREA_KINDS, Place
from mapper.names import KIND_WORDS

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = [
    "QUALIFIERS",
    "UNITS",
    "VERDICTS",
    "Claim",
    "ClaimCheck",
    "Endpoint",
    "Resolver",
    "RouteKm",
    "check_claim",
    "check_claims",
    "find_claims",
    "format_table",
]

#: The normalised qualifiers a claim may carry (``None`` means a bare figure).
QUALIFIERS = (None, "about", "more than", "less than", "within", "nearly")
#: Distance units a claim may be stated in.
UNITS = ("km", "mi", "nmi", "m")
#: The verdicts a check may reach.
VERDICTS = ("consistent", "overstated", "understated", "unresolved")

#: Resolve a place mention: ``(mention_text, context_names, kind_hint) -> Place | None``.
#: It may also raise a :class:`~mapper.errors.MapperError`, whose message is kept as the
#: reason the endpoint stayed unresolved.
Resolver = Callable[[str, Sequence[str], str | None], Place | None]
#: Supply a route length in km between two places, or ``None`` when there is none.
RouteKm = Callable[[Place, Place], float | None]

# --------------------------------------------------------------------------- vocabulary


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_QUALIFIER_WORDS: dict[str, str] = {
    "some": "about",
    "about": "about",
    "approximately": "about",
    "approx.": "about",
    "approx": "about",
    "around": "about",
    "roughly": "about",
    "an estimated": "about",
    "an approximate": "about",
    "estimated": "about",
    "circa": "about",
    "close to": "about",
    "more than": "more than",
    "just over": "more than",
    "well over": "more than",
    "over": "more than",
    "at least": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "no less than": "more than",
    "less than": "less than",
    "fewer than": "less than",
    "no more than": "less than",
    "at most": "less than",
    "under": "less than",
    "up to": "less than",
    "within": "within",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "just below": "nearly",
    "just short of": "nearly",
    "just shy of": "nearly",
}

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

_UNIT_NAMES = {
    "km": "km", "kms": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km",
    "kilometres": "km", "mi": "mi", "mile": "mi", "miles": "mi", "nmi": "nmi",
    "nautical mile": "nmi", "nautical miles": "nmi", "m": "m", "meter": "m", "meters": "m",
    "metre": "m", "metres": "m",
}  # fmt: skip

_PARTS = {"north": "N", "south": "S", "east": "E", "west": "W"}

# Nouns an anaphor may use for a place, and the gazetteer kinds they are compatible with.
_ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    "launch facility": frozenset({"spaceport"}),
    "launch site": frozenset({"spaceport"}),
    "launch pad": frozenset({"spaceport"}),
    "space centre": frozenset({"spaceport"}),
    "space center": frozenset({"spaceport"}),
    "spaceport": frozenset({"spaceport"}),
    "cosmodrome": frozenset({"spaceport"}),
    "plant": frozenset({"factory"}),
    "factory": frozenset({"factory"}),
    "works": frozenset({"factory"}),
    "facility": frozenset({"factory", "spaceport", "site", "campus"}),
    "station": frozenset({"station"}),
    "terminal": frozenset({"station", "airport"}),
    "airport": frozenset({"airport"}),
    "airfield": frozenset({"airport"}),
    "air base": frozenset({"airport", "site"}),
    "city": frozenset({"city", "town"}),
    "town": frozenset({"city", "town"}),
    "village": frozenset({"city", "town"}),
    "settlement": frozenset({"city", "town"}),
    "capital": frozenset({"city"}),
    "port": frozenset({"city", "town"}),
    "campus": frozenset({"campus"}),
    "university": frozenset({"campus"}),
    "island": frozenset({"site"}),
    "site": frozenset({"site", "spaceport", "factory"}),
    "base": frozenset({"site", "airport"}),
    "complex": frozenset({"site", "spaceport", "factory"}),
    "region": frozenset({"region"}),
    "province": frozenset({"region"}),
    "country": frozenset({"country"}),
    "lake": frozenset({"site"}),
    "dam": frozenset({"site"}),
    "mine": frozenset({"site", "factory"}),
    "refinery": frozenset({"factory", "site"}),
    "reactor": frozenset({"site", "factory"}),
    "camp": frozenset({"site"}),
    "resort": frozenset({"city", "town", "site"}),
    "park": frozenset({"site"}),
    "mountain": frozenset({"site"}),
    "peak": frozenset({"site"}),
    "volcano": frozenset({"site"}),
    "crater": frozenset({"site"}),
    "harbour": frozenset({"city", "town", "site"}),
    "harbor": frozenset({"city", "town", "site"}),
    "checkpoint": frozenset({"station", "site"}),
    "border crossing": frozenset({"station", "site"}),
}
_ANAPHOR_NOUNS = sorted(_ANAPHOR_KINDS, key=len, reverse=True)

# Lowercase words that may trail a place name ("Vostochny spaceport", "Khasan station").
_KIND_TAIL_WORDS = frozenset(
    word for phrase in (*KIND_WORDS, *_ANAPHOR_KINDS) for word in phrase.split()
) | {"railway", "rail", "train", "international", "naval", "air", "border", "crossing",
     "oblast", "krai", "province", "region", "county", "district", "river", "lake",
     "mountain", "bay", "harbour", "harbor", "pass", "checkpoint", "dam", "reactor",
     "power", "nuclear", "refinery", "mine"}  # fmt: skip

# Capitalised words that start sentences and clauses but never begin a place name.
_STOP_CAPS = _words(
    """a an the this that these those it its he she they we i you his her their our my
    in on at from to for by with as but and or if when while after before although though
    since because so yet some many most several both each every other another such there
    here then now also however meanwhile according during despite following until unless
    whether where which who what why how than mr mrs ms dr president minister governor
    leader reports officials sources furthermore moreover additionally instead today yesterday
    tomorrow later earlier last next still once even just only police authorities monday
    tuesday wednesday thursday friday saturday sunday"""
)

_TRAVEL_RE = re.compile(
    r"\b(?:trains?|rail|railways?|railroads?|by\s+(?:road|car|bus|coach|sea|air)|drive|drives|"
    r"drove|driven|driving|journey(?:s|ed)?|trips?|routes?|flights?|flew|fly|flying|"
    r"travel(?:s|led|ed|ling|ing)?|voyages?|sail(?:s|ed)?|rides?|rode|treks?|trekked|"
    r"march(?:ed)?|walk(?:s|ed)?|hike[sd]?|commute|convoy|motorcade|overland|highway|"
    r"motorway|road)\b",
    re.IGNORECASE,
)
_STRAIGHT_RE = re.compile(
    r"\b(?:as\s+the\s+crow\s+flies|in\s+a\s+straight\s+line|straight[-\s]line)\b", re.IGNORECASE
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
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = rf"(?:(?:{_DIGITS})(?:(?:\s+|-)(?:thousand|million)\b)?|(?<![\w-]){_WORDNUM}\b)"
_UNIT = (
    r"nautical\s+miles?|nmi|kilomet(?:er|re)s?|kms?|miles?|met(?:er|re)s?"
    r"|(?-i:mi)|(?-i:m)(?!\.\w)"
)
_RANGE_SEP = r"\s*[-–—]\s*|\s+(?:to|or)\s+"

_CLAIM_RE = re.compile(
    rf"""
    (?<![\w$€£¥/.,])
    (?:(?P<qual>{_alternation(list(_QUALIFIER_WORDS))})\s+)?
    (?:
        between\s+(?P<b_lo>{_NUMBER})(?:\s*-?\s*(?:{_UNIT}))?\s+and\s+(?P<b_hi>{_NUMBER})
      | (?P<lo>{_NUMBER})(?:(?:{_RANGE_SEP})(?P<hi>{_NUMBER}))?
    )
    \s*(?P<hyphen>-\s*)?
    (?P<unit>{_UNIT})
    (?![\w²³^])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Every claim contains one of these; a sentence without any is skipped quickly.
_UNIT_HINT_RE = re.compile(r"(?i:km|kilomet|mile|nmi|met(?:er|re))|\bmi\b|\bm\b")
_DIR_WORD = r"(?:north|south|east|west)(?:(?:\s*-\s*|\s+)?(?:north|south|east|west)){0,2}"
_DIR_ABBR = r"(?-i:NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|SE|SW|NW|N|E|S|W)"
_DIRECTION_RE = re.compile(
    rf"\s+(?:(?:due|directly|almost|roughly|further|farther)\s+)?"
    rf"(?:(?P<to_the>(?:to|in)\s+the\s+))?"
    rf"(?:(?P<word>{_DIR_WORD})(?![\w-])|(?P<abbr>{_DIR_ABBR})(?=\s+(?:of|from)\b))",
    re.IGNORECASE,
)
_MODE_RE = re.compile(
    r"\s+(?:by\s+(?:road|rail|train|car|air|sea|bus)|as\s+the\s+crow\s+flies|in\s+a\s+straight"
    r"\s+line)(?=\s+(?:\w+\s+)?(?:of|from)\b|\s+(?:to\s+the\s+)?(?:north|south|east|west))",
    re.IGNORECASE,
)
_CONVERSION_RE = re.compile(
    rf"\s*(?:\(\s*(?:(?:{_alternation(list(_QUALIFIER_WORDS))})\s+)?(?P<p_num>{_NUMBER})"
    rf"\s*-?\s*(?P<p_unit>{_UNIT})\s*\)"
    rf"|/\s*(?P<s_num>{_NUMBER})\s*-?\s*(?P<s_unit>{_UNIT})(?![\w²³^])"
    rf"|,\s*or\s+(?:(?:{_alternation(list(_QUALIFIER_WORDS))})\s+)?(?P<o_num>{_NUMBER})"
    rf"\s*-?\s*(?P<o_unit>{_UNIT})(?![\w²³^]),?)",
    re.IGNORECASE,
)
_SPEED_RE = re.compile(
    r"\s*(?:/\s*(?:h|hr|hrs|hour|s|sec|min)\b|-?per\b|p\.?h\b|an?\s+(?:hour|minute|second|day|"
    r"week|month|year)\b|each\s+(?:hour|day|week|year)\b|every\s+(?:hour|day))",
    re.IGNORECASE,
)
_SIZE_RE = re.compile(
    r"(?:-|\s+)(?:long|wide|deep|tall|high|higher|thick|across|in\s+(?:diameter|length|width|"
    r"height|depth|radius|circumference|altitude|elevation|area)|above|below|beneath|"
    r"underground|underwater|overhead|of\s+(?:altitude|elevation|depth|height))\b",
    re.IGNORECASE,
)
_SIZE_BEFORE_RE = re.compile(
    r"\b(?:altitudes?|elevations?|heights?|depths?|diameters?|radius|radii|widths?|lengths?|"
    r"wingspans?|circumferences?|thickness|areas?|ranges?|orbits?|ceilings?|perimeters?|"
    r"spans?)\s+(?:of\s+)?$|\b(?:orbit(?:s|ing)?|cruis(?:es|ing)|hover(?:s|ing)?)\s+"
    r"at\s+$|\b(?:square|sq\.?|cubic)\s+$",
    re.IGNORECASE,
)
_AT_BEFORE_RE = re.compile(r"\b(?:at|to)\s+$", re.IGNORECASE)
_SQUARE_AFTER_RE = re.compile(r"\s*(?:2|²|\^\s*2|sq\b|square\b)", re.IGNORECASE)

_CLAIM_NOUNS = (
    r"journey|trip|drive|ride|flight|trek|march|walk|hike|voyage|crossing|route|run|commute|"
    r"detour|transit|passage|haul|sail|distance|gap|road\s+trip|train\s+ride|rail\s+journey|"
    r"train\s+journey|round\s+trip|odyssey|leg|dash|sprint|swim|cruise|jaunt|excursion|"
    r"pilgrimage|expedition|traverse"
)
_TRAVEL_NOUNS = _words(
    "journey trip drive ride flight trek march walk hike voyage crossing route run commute "
    "detour transit passage haul sail odyssey leg dash sprint swim cruise jaunt excursion "
    "pilgrimage expedition traverse"
)
_FOLLOWERS = _words(
    """from of to toward towards into between and or away apart off offshore inland outside out
    beyond short past up down by as further farther north south east west northeast northwest
    southeast southwest due directly in on at along across separating separate separates that
    which closer nearer"""
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
    r"\b(?:a|an|the|its|their|this|that|his|her|our)\s+$", re.IGNORECASE
)

_ORIGIN_RE = re.compile(
    r"\s+(?:(?P<away>away|off|further|farther|inland|offshore|overland|out)\s+)?"
    r"(?:(?:by\s+(?:road|rail|train|car|air|sea|bus)|as\s+the\s+crow\s+flies|in\s+a\s+straight"
    r"\s+line|(?:up|down)\s+the\s+(?:road|coast|river|line|track)|(?:up|down)stream)\s+)?"
    r"(?P<prep>from|of|off(?:\s+the\s+coast\s+of)?|outside(?:\s+of)?|out\s+of|beyond|"
    r"short\s+of|past)\s+",
    re.IGNORECASE,
)
_AWAY_RE = re.compile(r"\s+(?P<word>away|apart|off|offshore|inland|distant)\b", re.IGNORECASE)
_BETWEEN_RE = re.compile(
    r"\s+(?:that\s+)?(?:separat(?:e|es|ed|ing)|(?:lies?|lying)\s+between|between)\s+",
    re.IGNORECASE,
)
_TO_RE = re.compile(r"\s+(?:to|into|towards?)\s+", re.IGNORECASE)
_AND_RE = re.compile(r"\s+(?:and|from)\s+", re.IGNORECASE)

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_CONNECTORS = _words(
    "of on upon de del della da do dos das la le les el al am an der den van von na sur y du"
)
_SHORTENED = frozenset({"st", "mt", "ft", "pt"})
_FILLER_END_RE = re.compile(
    r"(?:\s+(?:at\s+)?(?:a\s+)?distance\s+of|\s+(?:only|just|also|still|now|roughly))+\s*$",
    re.IGNORECASE,
)
_COPULA_END_RE = re.compile(
    r"(?P<rel>,?\s*\b(?:which|that)\s+)?\b(?:is|are|was|were|lies|lie|lay|sits|sit|sat|stands|"
    r"stand|stood|remains|remain|'s|’s)(?:\s+(?:located|situated|positioned|based|found|set|"
    r"built|lying|sitting|only|just|also|still|now))*\s*$",
    re.IGNORECASE,
)
_PARTICIPLE_END_RE = re.compile(
    r",?\s*\b(?:located|situated|lying|sitting|positioned|based|set|built|found|standing)"
    r"(?:\s+(?:only|just))?\s*$",
    re.IGNORECASE,
)
_APPOSITION_END_RE = re.compile(
    r",\s*(?:(?:a|an|the)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,4}?[a-z]+(?:-[a-z]+)*\s*)?$"
)
_ANAPHOR_END_RE = re.compile(
    r"\b(?P<np>(?:this|that|these|those|the|its|their)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,3}"
    r"[a-z]+(?:-[a-z]+)*|it|they)\s*$",
    re.IGNORECASE,
)
_ANAPHOR_START_RE = re.compile(
    r"(?P<np>(?:this|that|these|those|its|their)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}"
    r"[a-z]+(?:-[a-z]+)*|the\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?(?:"
    + "|".join(n.replace(" ", r"\s+") for n in _ANAPHOR_NOUNS)
    + r")|here|there|it)\b",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(r"[,;:()\u2014]|\s[-–]\s")
_ABBREVIATIONS = _words(
    """mr mrs ms dr st mt ft gen gov sen rep lt col capt sgt prof jr sr no nos vs etc approx
    ca e.g i.e u.s u.k u.n a.m p.m inc ltd co corp dept est fig jan feb mar apr jun jul aug
    sep sept oct nov dec"""
)
_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")

# --------------------------------------------------------------------------- value types


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A span of text that names, or refers back to, a place.

    Examples
    --------
    >>> m = Endpoint("This launch facility", start=0, end=20, anaphoric=True)
    >>> m.kind_hint
    'spaceport'
    """

    text: str  #: The words as written, e.g. "Ussuriysk" or "This launch facility".
    start: int  #: Offset of the first character in the full text.
    end: int  #: Offset just past the last character.
    anaphoric: bool = False  #: True for "it", "the plant", "this launch facility".

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(
                f"mention {self.text!r}: span [{self.start}, {self.end}) does not fit its text"
            )

    @property
    def kinds(self) -> frozenset[str]:
        """Return the place kinds the mention's nouns allow (empty when they say nothing)."""
        return _kinds_of(self.text)

    @property
    def kind_hint(self) -> str | None:
        """Return the one kind the mention's nouns imply, or ``None``."""
        kinds = self.kinds
        if len(kinds) == 1:
            return next(iter(kinds))
        return None


@dataclass(frozen=True, slots=True)
class Claim:
    """A distance claim found in text: a number, a unit and what they relate.

    Offsets index the full text: ``text[start:end]`` is the phrase with its hedge and
    unit ("approximately 900 kilometers"), ``text[sentence_start:][:len(sentence)]`` is
    the sentence.
    """

    sentence: str  #: The sentence holding the claim.
    sentence_start: int  #: Offset of the sentence in the text.
    start: int  #: Offset of the claim phrase.
    end: int  #: Offset just past the claim phrase.
    value: float  #: The stated figure in ``unit``; the midpoint for a range.
    low: float  #: Lower end of a range (equal to ``value`` for a single figure).
    high: float  #: Upper end of a range (equal to ``value`` for a single figure).
    unit: str  #: One of :data:`UNITS`.
    stated_km: float  #: ``value`` in kilometres.
    qualifier: str | None  #: One of :data:`QUALIFIERS`.
    precision_km: float  #: Rounding step implied by how the number is written, in km.
    direction: str | None = None  #: 16-point compass abbreviation ("NW"), or None.
    origin: Endpoint | None = None  #: The reference place ("... of Ussuriysk").
    target: Endpoint | None = None  #: The place being located (the subject).
    travel: bool = False  #: Whether the clause says or implies travel.
    conversion: tuple[float, str] | None = None  #: A figure given in parentheses, e.g. (680, "km").

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"unit must be one of {UNITS}, got {self.unit!r}")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"qualifier must be one of {QUALIFIERS}, got {self.qualifier!r}")
        if self.direction is not None and self.direction not in COMPASS_POINTS:
            raise ValueError(f"direction must be a 16-point abbreviation, got {self.direction!r}")
        if not (0.0 <= self.low <= self.value <= self.high and self.precision_km > 0.0):
            raise ValueError(
                f"need 0 <= low <= value <= high and precision_km > 0, got low={self.low!r}, "
                f"value={self.value!r}, high={self.high!r}, precision_km={self.precision_km!r}"
            )
        if (
            not self.sentence_start
            <= self.start
            < self.end
            <= self.sentence_start + len(self.sentence)
        ):
            raise ValueError(f"claim span [{self.start}, {self.end}) lies outside its sentence")

    @property
    def phrase(self) -> str:
        """Return the claim phrase, e.g. "approximately 900 kilometers"."""
        return self.sentence[self.start - self.sentence_start : self.end - self.sentence_start]

    @property
    def low_km(self) -> float:
        """Return the lower end of the stated figure in kilometres."""
        return unit_to_km(self.low, self.unit)

    @property
    def high_km(self) -> float:
        """Return the upper end of the stated figure in kilometres."""
        return unit_to_km(self.high, self.unit)

    def consistent_km(self) -> tuple[float, float]:
        """Return the interval of measured distances (km) this claim is consistent with.

        See the module docstring for the rule.

        Examples
        --------
        >>> c = find_claims("Harbin is about 900 km from Dalian.")[0]
        >>> c.consistent_km()
        (805.0, 995.0)
        """
        s = self.stated_km
        half = min(self.precision_km / 2.0, 0.1 * s)
        if self.low != self.high:
            lo_km, hi_km = self.low_km, self.high_km
            lo = lo_km - min(self.precision_km / 2.0, 0.1 * lo_km)
            hi = hi_km + min(self.precision_km / 2.0, 0.1 * hi_km)
            if self.qualifier == "about":
                lo, hi = lo - 0.05 * lo_km, hi + 0.05 * hi_km
            elif self.qualifier in ("less than", "within"):
                lo = 0.0 if self.qualifier == "within" else 0.5 * lo_km
            elif self.qualifier == "more than":
                hi = 2.0 * hi_km
            return max(lo, 0.0), hi
        match self.qualifier:
            case None:
                return max(s - half, 0.0), s + half
            case "about":
                return max(s - half - 0.05 * s, 0.0), s + half + 0.05 * s
            case "more than":
                return 0.98 * s, 2.0 * s
            case "less than":
                return 0.5 * s, 1.02 * s
            case "within":
                return 0.0, 1.02 * s
            case _:  # "nearly"
                return 0.85 * s, 1.02 * s


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """A distance claim set against the geodesic between its resolved places."""

    claim: Claim
    origin: Place | None  #: The resolved reference place ("from").
    target: Place | None  #: The resolved place being located ("to").
    measured_km: float | None  #: Geodesic distance origin -> target in km.
    bearing_deg: float | None  #: Initial bearing from origin to target, [0, 360).
    direction_off_deg: float | None  #: Angle between the bearing and the stated direction.
    direction_sectors_apart: int | None  #: 16-point sectors between the two (0 = same).
    relative_error: float | None  #: (measured - stated) / stated.
    tolerance_km: float  #: Allowed gap between stated and measured on the measured side.
    verdict: str  #: One of :data:`VERDICTS`.
    unresolved_reason: str | None = None  #: Which endpoint failed and why.
    route_note: str | None = None  #: Whether a road or rail distance may explain the figure.
    rail_km: float | None = None  #: A route length supplied by a route provider.
    #: When an endpoint is an area (a country, an island, a sea): the distance runs to its
    #: representative point, and the text may mean its nearest edge.
    area_note: str | None = None

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}, got {self.verdict!r}")
        if (self.verdict == "unresolved") != (self.measured_km is None):
            raise ValueError("a check is unresolved exactly when it has no measured distance")

    @property
    def sentence(self) -> str:
        """Return the sentence of the claim."""
        return self.claim.sentence

    @property
    def stated_km(self) -> float:
        """Return the stated figure in kilometres."""
        return self.claim.stated_km

    @property
    def measured_compass(self) -> str | None:
        """Return the 16-point compass name of the measured bearing."""
        return None if self.bearing_deg is None else compass_point(self.bearing_deg)

    def to_dict(self) -> dict[str, Any]:
        """Return the check as a JSON-ready dict; ``from`` is the origin, ``to`` the target."""
        claim = self.claim
        return {
            "sentence": claim.sentence,
            "start": claim.start,
            "end": claim.end,
            "text": claim.phrase,
            "value": claim.value,
            "low": claim.low,
            "high": claim.high,
            "unit": claim.unit,
            "stated_km": claim.stated_km,
            "precision_km": claim.precision_km,
            "qualifier": claim.qualifier,
            "direction": claim.direction,
            "travel": claim.travel,
            "from": _place_dict(self.origin, claim.origin),
            "to": _place_dict(self.target, claim.target),
            "measured_km": self.measured_km,
            "bearing_deg": self.bearing_deg,
            "measured_direction": self.measured_compass,
            "direction_off_deg": self.direction_off_deg,
            "direction_sectors_apart": self.direction_sectors_apart,
            "relative_error": self.relative_error,
            "tolerance_km": self.tolerance_km,
            "verdict": self.verdict,
            "route_note": self.route_note,
            "rail_km": self.rail_km,
            "area_note": self.area_note,
            "unresolved_reason": self.unresolved_reason,
        }


def _place_dict(place: Place | None, mention: Endpoint | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "mention": None if mention is None else mention.text,
    }


# --------------------------------------------------------------------------- parsing


_ANAPHOR_NOUN_RE = re.compile(rf"\b(?:{'|'.join(_ANAPHOR_NOUNS)})\b")
_KIND_WORD_RE = re.compile(rf"\b(?:{'|'.join(KIND_WORDS)})\b")
_SPACES_RE = re.compile(r"\s+")
_FOLLOWER_RE = re.compile(r"\s*-?\s*([^\W\d_]+)")
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_PAIR_GAP_RE = re.compile(r"\s+and\s+$")
_CLAIM_GAP_RE = re.compile(r"\s*,?\s*(?:and|but|or|while|yet)?\s*", re.IGNORECASE)


def _kinds_of(phrase: str) -> frozenset[str]:
    """Return the place kinds a noun phrase allows, from its first kind noun."""
    low = " ".join(phrase.lower().split())
    noun = _ANAPHOR_NOUN_RE.search(low)
    if noun:
        return _ANAPHOR_KINDS[noun.group()]
    word = _KIND_WORD_RE.search(low)
    if word:
        return frozenset({KIND_WORDS[word.group()]})
    return frozenset()


#: Larger figures (in the stated unit) are not distances between places on Earth.
_MAX_FIGURE = 1e9

_WORD_END_RE = re.compile(r"[\w.]*$")
_NEXT_CHAR_RE = re.compile(r"\s*(\S)")
#: How far back from a claim the subject is looked for, in characters.
_LOOKBACK = 240


def _window(text: str, lo: int, pos: int, size: int = _LOOKBACK) -> int:
    """Return a start offset at most ``size`` characters before ``pos``, on a word boundary."""
    if pos - lo <= size:
        return lo
    space = text.find(" ", pos - size, pos)
    return space + 1 if space != -1 else pos - size


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence, without surrounding whitespace."""
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        if match.group() != "\n":
            before = _WORD_END_RE.search(text, max(start, match.start() - 24), match.start())
            word = before.group().lower().strip(".") if before else ""
            nxt = _NEXT_CHAR_RE.match(text, end)
            following = nxt.group(1) if nxt else ""
            if match.group().startswith(".") and (
                word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
            ):
                continue
            if following and following.islower():
                continue
        yield from _trimmed(text, start, end)
        start = end
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _parse_number(raw: str) -> tuple[float, float]:
    """Return the value of a written number and the rounding step its writing implies."""
    words = raw.lower().replace("-", " ").replace(",", " , ").split()
    if raw[0].isdigit():
        digits = raw.lower().replace(",", "")
        scale = 1.0
        for name, factor in _SCALES.items():
            if digits.endswith(name):
                digits, scale = digits[: -len(name)].strip(" -"), float(factor)
        if "." in digits:
            step = 10.0 ** -len(digits.split(".")[1])
        else:
            stripped = digits.rstrip("0")
            step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
        return float(digits) * scale, step * scale
    total = current = 0
    for word in words:
        if word in ("a", "an"):
            current = 1
        elif word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
    value = total + current
    stripped = str(value).rstrip("0")
    step = 10.0 ** (len(str(value)) - len(stripped)) if value else 1.0
    return float(value), step


def _direction(word: str | None, abbr: str | None) -> str | None:
    if abbr:
        return abbr
    if not word:
        return None
    parts = [_PARTS[p] for p in re.findall(r"north|south|east|west", word.lower())]
    if len(parts) == 1:
        return parts[0]
    tail = "".join(parts[-2:])
    if tail[0] not in "NS" or tail[1] not in "EW":
        return None
    if len(parts) == 3 and parts[0] not in tail:
        return None
    point = "".join(parts)
    return point if point in COMPASS_POINTS else None


def _tokens(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return list(_TOKEN_RE.finditer(text, lo, hi))


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def _gap_joins(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Return whether two tokens are adjacent words of one name."""
    gap = text[a.end() : b.start()]
    if gap == " ":
        return True
    return gap == ". " and a.group().lower() in _SHORTENED


def _name_after(text: str, pos: int, hi: int) -> Endpoint | None:
    """Return the place name (with a trailing kind word) starting at ``pos``."""
    toks = list(islice(_TOKEN_RE.finditer(text, pos, min(hi, pos + _LOOKBACK)), 16))
    if not toks or toks[0].start() != pos:
        return None
    i = 0
    while i < len(toks) and _possessive(toks[i].group()) and i + 1 < len(toks):
        i += 1  # "Russia's Vostochny spaceport": the possessor is not the place
    run: list[re.Match[str]] = []
    for tok in toks[i:]:
        word = tok.group()
        if run and not _gap_joins(text, run[-1], tok):
            break
        if _is_cap(word):
            if not run and word.lower() in _STOP_CAPS:
                if tok is toks[i]:
                    continue
                break
            run.append(tok)
            if _possessive(word):
                break
        elif run and word.lower() in _CONNECTORS:
            run.append(tok)
        else:
            break
    while run and not _is_cap(run[-1].group()):
        run.pop()
    if not run:
        return None
    end = run[-1].end()
    if _possessive(run[-1].group()):
        end -= 2
    else:
        for tok in islice(_TOKEN_RE.finditer(text, end, min(hi, end + 80)), 3):
            if text[end : tok.start()] != " " or tok.group().lower() not in _KIND_TAIL_WORDS:
                break
            end = tok.end()
    start = run[0].start()
    return Endpoint(text[start:end], start, end)


def _name_before(text: str, pos: int, lo: int) -> Endpoint | None:
    """Return the place name (with trailing kind words) that ends at ``pos``."""
    toks = _tokens(text, _window(text, lo, pos), pos)
    if not toks or toks[-1].end() != pos:
        return None
    j = len(toks) - 1
    end = pos
    kind_words = 0
    while j >= 0 and not _is_cap(toks[j].group()) and toks[j].group().lower() in _KIND_TAIL_WORDS:
        if j + 1 < len(toks) and text[toks[j].end() : toks[j + 1].start()] != " ":
            break
        j -= 1
        kind_words += 1
    if kind_words > 3 or j < 0:
        return None
    run: list[re.Match[str]] = []
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    while j >= 0:
        tok = toks[j]
        word = tok.group()
        if nxt is not None and (run or kind_words) and not _gap_joins(text, tok, nxt):
            break
        is_part = _is_cap(word) and not (_possessive(word) and (run or kind_words))
        if not (is_part or (run and word.lower() in _CONNECTORS)):
            break
        run.insert(0, tok)
        nxt = tok
        j -= 1
    while run and (not _is_cap(run[0].group()) or run[0].group().lower() in _STOP_CAPS):
        run.pop(0)
    if not run:
        return None
    if _possessive(run[-1].group()) and not kind_words:
        return None
    start = run[0].start()
    return Endpoint(text[start:end], start, end)


_NP_LEAD_RE = re.compile(
    r"(?:the\s+|a\s+)?(?:(?:summit|centre|center|heart|outskirts|edge|coast|shores?|banks?|"
    r"mouth|foot|top|city|town|village|port|island|capital|region|province|state|"
    r"municipality|district|county)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:central|downtown|northern|southern|eastern|western|north-eastern|north-western|"
    r"south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|"
    r"greater|inner|outer|coastal|rural|metropolitan|suburban|old|historic|neighbouring|"
    r"neighboring|nearby)\s+)?"
)


_APPOSED_RE = re.compile(
    r"(?:the\s+)?(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:capital|city|town|village|port|island|"
    r"region|province|state|district|county|resort|settlement|hamlet|suburb)\s+"
)


def _np_after(text: str, pos: int, hi: int) -> Endpoint | None:
    """Return the place noun phrase starting at ``pos``: a name or an anaphor."""
    apposed = _APPOSED_RE.match(text, pos, hi)
    if apposed:  # "the Sri Lankan capital Colombo", "the port city Dalian"
        name = _name_after(text, apposed.end(), hi)
        if name is not None:
            return name
    lead = _NP_LEAD_RE.match(text, pos, hi)
    name_pos = lead.end() if lead else pos
    name = _name_after(text, name_pos, hi)
    if name is not None:
        return name
    anaphor = _ANAPHOR_START_RE.match(text, pos, hi)
    if anaphor:
        return Endpoint(anaphor.group("np"), anaphor.start("np"), anaphor.end("np"), True)
    return None


def _np_before(text: str, pos: int, lo: int) -> Endpoint | None:
    """Return the subject noun phrase ending at ``pos`` (trailing spaces ignored)."""
    while pos > lo and text[pos - 1] in " \t\n,":
        pos -= 1
    name = _name_before(text, pos, lo)
    if name is not None:
        return name
    anaphor = _ANAPHOR_END_RE.search(text, _window(text, lo, pos, 80), pos)
    if anaphor:
        words = anaphor.group("np").lower().split()
        if words[0] in ("it", "they") or _kinds_of(anaphor.group("np")):
            return Endpoint(anaphor.group("np"), anaphor.start("np"), anaphor.end("np"), True)
    return None


def _subject_before(text: str, lo: int, pos: int) -> Endpoint | None:
    """Return the place the clause before a claim is about, if it says so."""
    lo = _window(text, lo, pos)
    # the verb or apposition sits just before the claim: search only the last few words
    pre_end = pos
    filler = _FILLER_END_RE.search(text, _window(text, lo, pre_end, 60), pre_end)
    if filler:
        pre_end = filler.start()
    near = _window(text, lo, pre_end, 90)
    copula = _COPULA_END_RE.search(text, near, pre_end)
    if copula:
        subject = _np_before(text, copula.start(), lo)
        if subject and text[subject.end : copula.start()].strip() == ",":
            subject = _head_of_pair(text, subject, lo)
        return subject
    participle = _PARTICIPLE_END_RE.search(text, near, pre_end)
    if participle:
        return _np_before(text, participle.start(), lo)
    apposition = _APPOSITION_END_RE.search(text, near, pre_end)
    if apposition:
        return _head_of_pair(text, _name_before(text, apposition.start(), lo), lo)
    return None


def _head_of_pair(text: str, name: Endpoint | None, lo: int) -> Endpoint | None:
    """Return "Louisville" for the "Kentucky" of "Louisville, Kentucky, about 35 miles..."."""
    if name is None or not re.search(r"[^\W\d_], $", text[max(lo, name.start - 3) : name.start]):
        return name
    return _name_before(text, name.start - 2, lo) or name


def _endpoint_after(text: str, pos: int, hi: int) -> tuple[Endpoint | None, int]:
    mention = _np_after(text, pos, hi)
    return mention, (mention.end if mention else pos)


def _rejected_by_context(
    text: str,
    lo: int,
    hi: int,
    match: re.Match[str],
    unit: str,
    *,
    has_endpoint: bool,
    travel: bool,
) -> bool:
    """Return whether the words around a number+unit make it a speed, size, area or height."""
    end = match.end()
    before = text[max(lo, match.start() - 60) : match.start()]
    if _SPEED_RE.match(text, end, hi) or _SIZE_RE.match(text, end, hi):
        return True
    if _SQUARE_AFTER_RE.match(text, end, hi):
        return True
    if _SIZE_BEFORE_RE.search(before):
        return True
    written = match.group("unit")
    if len(written) > 2 and written[0].isupper() and written[1:].islower():
        return True  # "Ten Mile", "8 Mile Road": a name, since units are written in lowercase
    if unit == "m" and not has_endpoint:
        # metres without a place they separate are heights, depths, sizes or utility meters
        return not travel or written == "m" or bool(_AT_BEFORE_RE.search(before))
    return False


def _figure(match: re.Match[str]) -> tuple[float, float, float] | None:
    """Return the low end, high end and rounding step of a matched figure, or ``None``."""
    low, step = _parse_number(match.group("b_lo") or match.group("lo"))
    high = low
    raw_hi = match.group("b_hi") or match.group("hi")
    if raw_hi:
        high, step_hi = _parse_number(raw_hi)
        step = max(step, step_hi)
        if high < low:  # "30-4 km" is no range we understand
            return None
    if not (math.isfinite(high) and step > 0.0 and high < _MAX_FIGURE):
        return None  # no distance on Earth is written like this
    return low, high, step


@dataclass(slots=True)
class _Tail:
    """What follows a figure: conversion, compass point and places; ``pos`` moves on."""

    pos: int
    conversion: tuple[float, str] | None = None
    travel_noun: bool = False
    direction: str | None = None
    origin: Endpoint | None = None
    target: Endpoint | None = None
    has_endpoint: bool = False


def _modifiers(text: str, lo: int, hi: int, match: re.Match[str]) -> _Tail | None:
    """Read the conversion, noun, mode and direction after a figure; ``None`` rejects it."""
    tail = _Tail(match.end())
    conv = _CONVERSION_RE.match(text, tail.pos, hi)
    if conv:
        key = next(k for k in ("p", "s", "o") if conv.group(f"{k}_num"))
        conv_value, _ = _parse_number(conv.group(f"{key}_num"))
        conv_unit = _UNIT_NAMES[_SPACES_RE.sub(" ", conv.group(f"{key}_unit").lower())]
        tail.conversion = (conv_value, conv_unit)
        tail.pos = conv.end()

    hyphenated = bool(match.group("hyphen"))
    compound = _COMPOUND_RE.match(text, tail.pos, hi)
    next_word = _FOLLOWER_RE.match(text, tail.pos, hi)
    follower = next_word.group(1).lower() if next_word else ""
    start = match.start()
    if hyphenated or _DETERMINER_BEFORE_RE.search(text, _window(text, lo, start, 12), start):
        if compound:
            tail.travel_noun = compound.group("noun").split()[-1] in _TRAVEL_NOUNS
            tail.pos = compound.end()
        elif hyphenated or (follower and follower not in _FOLLOWERS):
            # "a 300-metre ship", "the 55 km bridge", "the 9,000 km Trans-Siberian": the
            # figure measures a thing, not the distance between places
            return None
    elif follower in _OBJECT_NOUNS:
        return None  # "they built 200 km railway in a year"

    mode = _MODE_RE.match(text, tail.pos, hi)  # "240 km by rail south-west of ..."
    if mode:
        tail.pos = mode.end()
    dir_match = _DIRECTION_RE.match(text, tail.pos, hi)
    if dir_match:
        word = dir_match.group("word")
        point = _direction(word, dir_match.group("abbr"))
        following = _NEXT_WORD_RE.match(text, dir_match.end(), hi)
        # "North Korea", "South Africa": a capitalised point before a name is a name
        named = bool(word and word[0].isupper() and following and following.group(1)[0].isupper())
        if point and not named:
            tail.direction, tail.pos = point, dir_match.end()
            tail.has_endpoint = True
    return tail


def _places_after(
    text: str, lo: int, hi: int, match: re.Match[str], tail: _Tail, qualifier: str | None
) -> bool:
    """Fill in the places named after a figure; return False to reject the figure."""
    origin_match = _ORIGIN_RE.match(text, tail.pos, hi)
    if (
        origin_match
        and origin_match.group("prep").lower() == "of"
        and tail.direction is None
        and qualifier != "within"
        and not origin_match.group("away")
    ):
        return False  # "200 km of new track" is a length, not a distance
    between = _BETWEEN_RE.match(text, tail.pos, hi)
    if between:  # "N km between O and T", "N km separate O from T"
        first, after = _endpoint_after(text, between.end(), hi)
        joint = _AND_RE.match(text, after, hi) if first else None
        second = _endpoint_after(text, joint.end(), hi)[0] if joint else None
        if first and second:
            tail.origin, tail.target, tail.has_endpoint, tail.pos = first, second, True, second.end
        return True
    if origin_match:  # "N km (DIR) of O", "N km from O (to T)", "N km off the coast of O"
        tail.has_endpoint = True  # "200 metres from the palace" is a distance, named or not
        tail.origin, after = _endpoint_after(text, origin_match.end(), hi)
        if tail.origin is not None:
            tail.pos = after
            to = _TO_RE.match(text, tail.pos, hi)
            if to and origin_match.group("prep").lower() == "from":
                tail.target = _endpoint_after(text, to.end(), hi)[0]
                if tail.target is not None:
                    tail.pos = tail.target.end
        return True
    away = _AWAY_RE.match(text, tail.pos, hi)
    if away:  # "N km away", "O and T are N km apart"
        tail.has_endpoint, tail.pos = True, away.end()
        if away.group("word").lower() == "apart":
            second = _subject_before(text, lo, match.start())
            if second and not second.anaphoric:
                pair = _PAIR_GAP_RE.search(text, max(lo, second.start - 12), second.start)
                first = _np_before(text, pair.start(), lo) if pair else None
                if first:
                    tail.origin, tail.target = first, second
        return True
    to = _TO_RE.match(text, tail.pos, hi)
    if to:  # "drove 400 km to T"
        target = _endpoint_after(text, to.end(), hi)[0]
        if target is not None and not target.anaphoric:
            tail.target, tail.has_endpoint, tail.pos = target, True, target.end
    return True


def _parse_claim(
    text: str,
    sentence: str,
    lo: int,
    match: re.Match[str],
    previous: Claim | None,
    prev_end: int,
) -> tuple[Claim | None, int]:
    """Turn a number+unit match into a claim, or ``None`` when it is not a distance."""
    hi = lo + len(sentence)
    figure = _figure(match)
    if figure is None:
        return None, match.end()
    low, high, step = figure
    unit = _UNIT_NAMES[_SPACES_RE.sub(" ", match.group("unit").lower())]
    qual = match.group("qual")
    qualifier = _QUALIFIER_WORDS[_SPACES_RE.sub(" ", qual.lower())] if qual else None
    tail = _modifiers(text, lo, hi, match)
    if tail is None:
        return None, match.end()
    if not _places_after(text, lo, hi, match, tail, qualifier):
        return None, tail.pos

    clause_end = _CLAUSE_END_RE.search(text, tail.pos, hi)
    clause = text[_window(text, lo, match.start()) : clause_end.start() if clause_end else hi]
    travel = tail.travel_noun or bool(_TRAVEL_RE.search(clause))
    if _STRAIGHT_RE.search(clause):
        travel = False
    if _rejected_by_context(
        text, lo, hi, match, unit, has_endpoint=tail.has_endpoint, travel=travel
    ):
        return None, match.end()

    target = tail.target or _subject_before(text, lo, match.start())
    # "Lyon is 390 km from Paris and 280 km from Marseille": the subject carries over
    if (
        target is None
        and previous is not None
        and _CLAIM_GAP_RE.fullmatch(text, prev_end, match.start())
    ):
        target = previous.target
    value = (low + high) / 2.0
    claim = Claim(
        sentence=sentence,
        sentence_start=lo,
        start=match.start(),
        end=match.end(),
        value=value,
        low=low,
        high=high,
        unit=unit,
        stated_km=unit_to_km(value, unit),
        qualifier=qualifier,
        precision_km=unit_to_km(step, unit),
        direction=tail.direction,
        origin=tail.origin,
        target=target,
        travel=travel,
        conversion=tail.conversion,
    )
    return claim, tail.pos


def find_claims(text: str) -> list[Claim]:
    """Find the distance claims in English news text.

    Speeds ("60 km/h"), areas ("40 sq km"), heights and depths ("2,000 m above sea
    level"), sizes ("a 300-metre-long ship", "a 55 km bridge") and plain numbers are
    not distance claims and are skipped.

    Parameters
    ----------
    text : str
        Any text; offsets in the result index it.

    Returns
    -------
    list of Claim
        In order of appearance.

    Examples
    --------
    >>> text = "Nakhodka lies some 85 km east of Vladivostok, by road rather more."
    >>> [c] = find_claims(text)
    >>> c.phrase, c.value, c.qualifier, c.direction, c.origin.text, c.target.text
    ('some 85 km', 85.0, 'about', 'E', 'Vladivostok', 'Nakhodka')
    >>> find_claims("The ferry cruises at 40 km/h past a 300-metre-long pier.")
    []
    """
    claims: list[Claim] = []
    for lo, hi in _sentences(text):
        previous: Claim | None = None
        prev_end = lo
        if not _UNIT_HINT_RE.search(text, lo, hi):
            continue  # most sentences name no unit: skip the full pattern
        pos = lo
        sentence = text[lo:hi]
        for match in _CLAIM_RE.finditer(text, lo, hi):
            if match.start() < pos:
                continue
            claim, pos = _parse_claim(text, sentence, lo, match, previous, prev_end)
            if claim is not None:
                claims.append(claim)
                previous, prev_end = claim, pos
    return claims


# --------------------------------------------------------------------------- resolving


class _GazetteerResolver:
    """Resolve mentions with :meth:`Gazetteer.lookup`, letting its errors explain misses."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, name: str, context: Sequence[str], kind_hint: str | None) -> Place | None:
        return self.gazetteer.lookup(name, kind=kind_hint, context=tuple(context))

    def probe(self, name: str, kind_hint: str | None) -> bool:
        """Return whether a name has any candidate (cheap: no spelling suggestions)."""
        try:
            return bool(self.gazetteer.search(name, kind=kind_hint, limit=1))
        except MapperError:
            return False


class _DocumentResolver:
    """Resolve claim endpoints the way the geoparser read the whole text.

    A name the geoparser resolved gets that place; a name it took for a person ("Kim")
    is not a place; any other name is looked up with the text's places as context.
    """

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        from mapper.geoparse import parse_document
        from mapper.names import fold

        self.gazetteer = gazetteer
        self.fold = fold
        doc = parse_document(text, gazetteer=gazetteer)
        self.places = {fold(m.surface): m.place for m in doc.mentions if m.place is not None}
        self.anchors = list(dict.fromkeys(self.places.values()))
        self.people = doc.people

    def _person(self, key: str) -> bool:
        return key not in self.places and bool(key) and set(key.split()) <= self.people

    def __call__(self, name: str, context: Sequence[str], kind_hint: str | None) -> Place | None:
        key = self.fold(name)
        place = self.places.get(key)
        if place is not None and (kind_hint is None or place.kind == kind_hint):
            return place
        if self._person(key):
            raise PlaceNotFound(name)
        others = [p for p in self.anchors if self.fold(p.name) != key]
        try:
            return self.gazetteer.lookup(name, kind=kind_hint, context=others)
        except MapperError:
            if place is not None:
                return place
            raise

    def probe(self, name: str, kind_hint: str | None) -> bool:
        """Return whether a name may be a place in this text (cheap)."""
        key = self.fold(name)
        if key in self.places:
            return True
        if self._person(key):
            return False
        try:
            return bool(self.gazetteer.search(name, kind=kind_hint, limit=1))
        except MapperError:
            return False


class _CachedResolver:
    """Memoise a resolver and record why a mention failed."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.cache: dict[tuple[str, tuple[str, ...], str | None], tuple[Place | None, str]] = {}
        self.probes: dict[tuple[str, str | None], bool] = {}

    def __call__(
        self, name: str, context: Sequence[str], kind_hint: str | None
    ) -> tuple[Place | None, str]:
        key = (name, tuple(context), kind_hint)
        if key not in self.cache:
            try:
                place = self.resolver(name, context, kind_hint)
                why = "" if place is not None else f"no place named {name!r} was found"
            except MapperError as exc:
                place, why = None, str(exc)
            self.cache[key] = (place, why)
        return self.cache[key]

    def quietly(self, name: str, context: Sequence[str], kind_hint: str | None) -> Place | None:
        """Resolve a name that may well not be a place at all, as cheaply as possible."""
        probe = getattr(self.resolver, "probe", None)
        if probe is not None:
            key = (name, kind_hint)
            if key not in self.probes:
                self.probes[key] = probe(name, kind_hint)
            if not self.probes[key]:
                return None
        return self(name, context, kind_hint)[0]


def _mentions_in(text: str, lo: int, hi: int) -> list[Endpoint]:
    """Return the capitalised place-name candidates between two offsets."""
    found: list[Endpoint] = []
    pos = lo
    for tok in _TOKEN_RE.finditer(text, lo, hi):
        if tok.start() < pos or not _is_cap(tok.group()):
            continue
        mention = _name_after(text, tok.start(), hi)
        if mention is None:
            pos = tok.end()
            continue
        found.append(mention)
        pos = mention.end
    return found


def _context_names(text: str, resolve: _CachedResolver, limit: int = 40) -> list[str]:
    names: list[str] = []
    for mention in _mentions_in(text, 0, len(text)):
        if mention.text in names or len(names) >= limit:
            continue
        if resolve.quietly(mention.text, (), None) is not None:
            names.append(mention.text)
    return names


_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|from|near|into|towards?|via|through|outside|across|around|visit(?:s|ed|ing)?|"
    r"reach(?:es|ed|ing)?|left|leaves?|leaving)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


class _Endpoints:
    """Resolve the origins and targets of the claims of one text."""

    def __init__(self, text: str, claims: Sequence[Claim], resolver: Resolver) -> None:
        self.text = text
        self.claims = claims
        self.resolve = _CachedResolver(resolver)
        self.context = _context_names(text, self.resolve)
        self.sentences = list(_sentences(text))

    def __call__(self, role: str, claim: Claim) -> tuple[Place | None, str | None]:
        """Return the place of an endpoint, or ``None`` and why it stayed unresolved."""
        mention = claim.origin if role == "origin" else claim.target
        if mention is None:
            return None, f"{role}: the sentence names no {role} place"
        if mention.anaphoric:
            place, why = self._antecedent(mention, claim)
        else:
            place, why = self.resolve(mention.text, self._others(mention), mention.kind_hint)
        if place is None:
            return None, f"{role} {mention.text!r}: {why}"
        return place, None

    def _others(self, mention: Endpoint) -> list[str]:
        return [name for name in self.context if name != mention.text]

    def _antecedent(self, mention: Endpoint, claim: Claim) -> tuple[Place | None, str]:
        """Resolve "this launch facility", "the plant" or "it" to an earlier place mention.

        A noun anaphor takes the nearest earlier mention whose place has a compatible
        kind, looking back up to three sentences (mentions carrying a matching kind word,
        such as "Vostochny spaceport", first). A bare pronoun takes the subject of an
        earlier claim, else the first place named in the previous sentences.
        """
        kinds, hint, others = mention.kinds, mention.kind_hint, self._others(mention)
        earlier = [(lo, hi) for lo, hi in self.sentences if lo < claim.sentence_start][-3:]
        candidates: list[Endpoint] = []
        if kinds:
            for lo, hi in [(claim.sentence_start, mention.start), *reversed(earlier)]:
                nearest_first = list(reversed(_mentions_in(self.text, lo, hi)))
                candidates += [m for m in nearest_first if m.kinds & kinds]
                candidates += [m for m in nearest_first if not m.kinds & kinds]
        else:
            window = earlier[0][0] if earlier else claim.sentence_start
            candidates += [
                c.target
                for c in reversed(self.claims)
                if c.target is not None
                and not c.target.anaphoric
                and window <= c.target.start < mention.start
            ]
            mentions = [m for lo, hi in reversed(earlier) for m in _mentions_in(self.text, lo, hi)]
            located = [
                m
                for m in mentions
                if _LOCATIVE_BEFORE_RE.search(self.text, max(0, m.start - 40), m.start)
            ]
            candidates += located + [m for m in mentions if m not in located]
        for candidate in candidates:
            place = self.resolve.quietly(candidate.text, others, hint)
            if place is not None and (not kinds or place.kind in kinds):
                return place, ""
        what = f"a {'/'.join(sorted(kinds))}" if kinds else "a place"
        return None, f"found no earlier mention of {what} it could refer to"


def check_claim(
    claim: Claim,
    origin: Place | None,
    target: Place | None,
    *,
    unresolved_reason: str | None = None,
    rail_km: float | None = None,
) -> ClaimCheck:
    """Check one claim against the geodesic from ``origin`` to ``target``.

    Parameters
    ----------
    claim : Claim
        A claim from :func:`find_claims`.
    origin, target : Place or None
        The resolved reference place and the place being located; when either is
        ``None`` the verdict is "unresolved".
    unresolved_reason : str, optional
        Why an endpoint is missing, kept in the result.
    rail_km : float, optional
        A road or rail route length between the two places, in km.

    Examples
    --------
    >>> [c] = find_claims("Ussuriysk lies about 80 km north of Vladivostok.")
    >>> vvo = Place("Vladivostok", lat=43.10562, lon=131.87353)
    >>> usk = Place("Ussuriysk", lat=43.80467, lon=131.95734)
    >>> check = check_claim(c, vvo, usk)
    >>> round(check.measured_km, 1), check.verdict, check.measured_compass
    (78.0, 'consistent', 'N')
    """
    stated = claim.stated_km
    lo, hi = claim.consistent_km()
    if origin is None or target is None:
        reason = unresolved_reason or "origin or target could not be resolved"
        return ClaimCheck(
            claim, origin, target, None, None, None, None, None, hi - stated, "unresolved",
            unresolved_reason=reason, route_note=_route_note(claim, None, lo, hi, rail_km),
            rail_km=rail_km,
        )  # fmt: skip
    solution = inverse(origin, target)
    measured = solution.distance_km
    bearing = solution.initial_bearing_deg
    off = sectors = None
    if claim.direction is not None and bearing is not None:
        off, sectors = sector_offset(bearing, claim.direction)
    if measured < lo:
        verdict = "overstated"
    elif measured > hi:
        verdict = "understated"
    else:
        verdict = "consistent"
    tolerance = (stated - lo) if measured < stated else (hi - stated)
    relative = (measured - stated) / stated if stated > 0 else None
    return ClaimCheck(
        claim=claim,
        origin=origin,
        target=target,
        measured_km=measured,
        bearing_deg=bearing,
        direction_off_deg=off,
        direction_sectors_apart=sectors,
        relative_error=relative,
        tolerance_km=tolerance,
        verdict=verdict,
        unresolved_reason=None,
        route_note=_route_note(claim, measured, lo, hi, rail_km),
        rail_km=rail_km,
        area_note=_area_note(origin, target),
    )


#: How an area of each kind is named in a note.
_AREA_LABELS = {
    "continent": "a continent",
    "macroregion": "a group of countries",
    "country": "a country",
    "region": "a region",
    "water": "a body of water",
    "river": "a river",
    "island": "an island",
    "mountain": "a mountain range or peak",
    "area": "an area",
}


def _area_note(origin: Place, target: Place) -> str | None:
    """Say which endpoints are areas measured at a representative point."""
    areas = [p for p in (origin, target) if p.kind in AREA_KINDS]
    if not areas:
        return None
    parts = [
        f"{p.name} is {_AREA_LABELS.get(p.kind, 'an area')}, measured at its representative "
        f"point ({p.lat:.2f}, {p.lon:.2f})"
        for p in areas
    ]
    return "; ".join(parts) + ": the text may mean its nearest edge or another part of it"


def _route_note(
    claim: Claim, measured: float | None, lo: float, hi: float, rail_km: float | None
) -> str | None:
    notes = []
    if rail_km is not None:
        fits = "fits" if lo <= rail_km <= hi else "does not fit"
        notes.append(f"the route distance of {rail_km:,.0f} km {fits} the stated figure")
    fails = measured is not None and measured > 0 and not lo <= measured <= hi
    if fails and rail_km is None and lo <= 1.6 * measured and hi >= 1.1 * measured:
        ratio = claim.stated_km / measured
        notes.append(
            f"a route distance may fit: the stated figure is {ratio:.2f} times the "
            f"straight line, typical of roads and railways"
        )
    if claim.travel and not notes:
        notes.append(
            "the sentence implies travel: the stated figure may be a route distance, "
            "longer than the straight line"
        )
    return "; ".join(notes) or None


def check_claims(
    text: str,
    gazetteer: Gazetteer | None = None,
    *,
    resolver: Resolver | None = None,
    route_km: RouteKm | None = None,
    claims: Sequence[Claim] | None = None,
) -> list[ClaimCheck]:
    """Find the distance claims in ``text``, resolve their places and check them.

    Parameters
    ----------
    text : str
        The news text.
    gazetteer : Gazetteer, optional
        Where to look places up; :func:`mapper.gazetteer.default_gazetteer` when neither
        it nor ``resolver`` is given.
    resolver : callable, optional
        ``(mention_text, context_names, kind_hint) -> Place | None``, used instead of the
        gazetteer (a later geoparser plugs in here). It may raise a
        :class:`~mapper.errors.MapperError` to explain a miss.
    route_km : callable, optional
        ``(origin, target) -> km | None`` giving a road or rail distance, recorded as
        ``rail_km`` and weighed in ``route_note``.
    claims : sequence of Claim, optional
        Claims already found in ``text``; found afresh when omitted.

    Returns
    -------
    list of ClaimCheck
        One per claim, in order of appearance.
    """
    if claims is None:
        claims = find_claims(text)
    if not claims:
        return []
    if resolver is None:
        if gazetteer is None:
            from mapper.gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        resolver = _DocumentResolver(text, gazetteer)
    endpoints = _Endpoints(text, claims, resolver)
    checks = []
    for claim in claims:
        origin, why_origin = endpoints("origin", claim)
        target, why_target = endpoints("target", claim)
        reason = "; ".join(r for r in (why_origin, why_target) if r) or None
        rail = None
        if route_km is not None and origin is not None and target is not None:
            rail = route_km(origin, target)
        checks.append(check_claim(claim, origin, target, unresolved_reason=reason, rail_km=rail))
    return checks


# --------------------------------------------------------------------------- output


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None or math.isnan(value) else format(value, spec)


def format_table(checks: Sequence[ClaimCheck]) -> str:
    """Return a plain-text table of checks, with numbered notes below it.

    Examples
    --------
    >>> print(format_table([]))
    no distance claims found
    """
    if not checks:
        return "no distance claims found"
    header = ("#", "claim", "from", "to", "stated km", "measured km", "error", "dir",
              "bearing", "verdict")  # fmt: skip
    rows = []
    notes = []
    for i, check in enumerate(checks, 1):
        claim = check.claim
        stated_dir = claim.direction or "-"
        measured_dir = check.measured_compass
        bearing = "-" if check.bearing_deg is None else f"{check.bearing_deg:.0f} {measured_dir}"
        rows.append(
            (
                str(i),
                _clip(claim.phrase, 32),
                _clip(_endpoint_label(check.origin, claim.origin), 24),
                _clip(_endpoint_label(check.target, claim.target), 24),
                f"{claim.stated_km:,.1f}",
                _fmt(check.measured_km, ",.1f"),
                "-" if check.relative_error is None else f"{check.relative_error:+.1%}",
                stated_dir,
                bearing,
                check.verdict,
            )
        )
        for note in (check.unresolved_reason, check.route_note, check.area_note):
            if note:
                notes.append(f"{i}: {note}")
    widths = [max(len(r[k]) for r in (header, *rows)) for k in range(len(header))]
    numeric = {0, 4, 5, 6}
    lines = []
    for row in (header, *rows):
        cells = [
            cell.rjust(w) if k in numeric else cell.ljust(w)
            for k, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines + notes)


def _endpoint_label(place: Place | None, mention: Endpoint | None) -> str:
    if place is not None:
        return place.name
    if mention is not None:
        return f"{mention.text}?"
    return "?"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
