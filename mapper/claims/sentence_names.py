"""The names a claim's sentence holds: the document's place mentions, and the capitalised
runs the geoparser did not take for places but that may still name one (a village it
does not know), each with the kind words after it ("Khasan station").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mapper.document import Document
from mapper.geoparse.people import PART_WORDS, english
from mapper.model import AREA_KINDS, Mention
from mapper.text import (
    AREA_NOUNS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    TITLES,
    Token,
    capitalised_runs,
    is_common_word,
)

from .clauses import _COMPASS, _DESCRIBED_APPOSITION, _RUN_GAP
from .vocabulary import _CONNECTORS, _KIND_TAIL_WORDS, _STOP_CAPS

__all__ = [
    "LANDFORM_ENDS",
    "SITE_NOUNS",
    "TAIL_WORDS_RE",
    "THING_OPENS",
    "Name",
    "called_a_place",
    "described_feature",
    "entry_head",
    "entry_heading",
    "names_a_town",
    "names_of",
    "qualifies",
]

#: A clause that opens on a thing named by a noun: "a fire is burning", "two cars collided".
THING_OPENS = re.compile(
    r"(?:a|an|the|some|several|two|three|four|five|its|their)\s+[a-z][\w-]*\b", re.IGNORECASE
)
#: Nouns that end the names of sites in a town ("Conwy Castle", "Ely Cathedral"): an
#: unknown name ending in one may still name a place, looked up without it.
SITE_NOUNS = frozenset(
    {"temple", "castle", "palace", "monastery", "cathedral", "abbey", "observatory"}
    # visitors' sites: "Chungkai War Cemetery", "Taronga Zoo", a theme park's "Sea World"
    | {"cemetery", "zoo", "aquarium", "museum", "gardens", "stadium", "world"}
)
#: Kind words after a name ("Luding county", "Sainshand town"), also as a title writes
#: them ("Nausori Town", "Suva City Centre", "Bhimtal Hill Station", "Katni Junction").
TAIL_WORDS_RE = re.compile(
    r"(?:\s+(?:[a-z]+|Town|City|Cent(?:re|er)|Village|Hill|Station|Junction|Downtown|Volcano|"
    + "|".join(sorted(w.capitalize() for w in SITE_NOUNS))  # "Conwy Castle"
    + r"))+$"
)
#: Lowercase nouns that make the capitalised run before them a works' or a field's name
#: ("the Kestrel Ridge mine", "the Halvard Lund gas field"), never a person's, whatever
#: its words; the words before the noun say what is mined or made there.
_FACILITY_NOUNS = frozenset(
    "mine mines field oilfield gasfield dam refinery reservoir deposit smelter quarry base "
    "station camp".split()
)
#: "Kestrel Ridge is a copper mine", "Tarbet Point is a headland": a run the sentence
#: goes on to call a works or a place names one, whatever its words.
_CALLED_A = re.compile(
    r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(_FACILITY_NOUNS))
    + r"|headland|promontory|cape|village|hamlet|town|settlement|suburb|island|islet)\b"
)
_TOWN_WORDS = frozenset({"town", "city", "village", "township", "hamlet"})
#: The last words of a coast's features: an unknown name ending in one ("Farewell Spit",
#: "Tarbet Point") names a place, whatever its other words.
LANDFORM_ENDS = frozenset(
    "spit point reef bluff cove inlet sound firth fjord gorge crater caldera head".split()
)
_FACILITY_WORDS = frozenset(
    """oil gas copper gold silver iron coal uranium diamond nickel zinc lithium potash ore
    open-pit opencast underground offshore hydroelectric hydro hydropower""".split()
)


@dataclass(frozen=True, slots=True)
class Name:
    """A name in a sentence: a place mention, or a capitalised run no mention covers."""

    start: int  #: Offset of its first character.
    end: int  #: Offset past the kind words after it ("Khasan station"), if any.
    core_end: int  #: Offset past the name itself.
    possessive: bool  #: It carried "'s" ("Bavaria's capital").
    mention: Mention | None  #: The document's mention, or None for an unknown name.

    placelike: bool = False  #: An unknown name that ends in a place noun ("X Island").
    area_word: bool = False  #: An unknown name that ends in an area noun ("X River").
    #: A town's word after the name ("Munshiganj town"): a town, whatever region it also
    #: names (a country's name before it stays the country's: "a Belgium city").
    town_word: bool = False

    @property
    def is_area(self) -> bool:
        """Return whether the name is of an area (a region, a river, a coast), not a town."""
        if self.mention is not None and self.mention.place is not None:
            kind = self.mention.place.kind
            return kind in AREA_KINDS and not (self.town_word and kind != "country")
        return self.area_word


#: Areas a described apposition may locate: an island, a peak, a site ("X, a volcano N km
#: from Y"); never a country or a region, where a figure places a point inside.
_FEATURE_KINDS = frozenset({"island", "mountain", "area"})


def described_feature(text: str, name: Name, pos: int) -> bool:
    """Return whether an area's name is described right before the figure at ``pos`` as a
    thing of its own ("X, a well-known spa 20 km from Y"): the figure
    then locates it."""
    place = name.mention.place if name.mention is not None else None
    if place is None or place.kind not in _FEATURE_KINDS:
        return False
    return _DESCRIBED_APPOSITION.fullmatch(text, name.end, pos) is not None


# A quoted title of three words or more that opens with a capital: a nickname, a motto.
#: A lowercase word hyphened to a name: part of it when no English word ("Beled-weyne").
_HYPHENED_TAIL = re.compile(r"-([a-z]+)\b")
#: A name hyphened to one of these words makes an adjective of a body or a vehicle ("a
#: Lagos-based firm", "a Moscow-bound train"): it names where the thing belongs or goes,
#: never the place a figure locates nor the one it measures from.
_ADJECTIVE_TAIL = re.compile(
    r"-(?:based|bound|born|backed|led|run|owned|registered|flagged|headquartered|funded)\b"
)
#: The rest of a company's name after a place's: "Kansai Electric Power Co.", "Tokyo Gas
#: Corporation": the company, no place of the claim.
_BODY_TAIL = re.compile(
    r"(?:\s+[A-Z][\w&'\u2019-]*){0,3}\s+(?:Co|Corp|Inc|Ltd|Plc|Company|Corporation|Holdings)"
    r"\b\.?"
)
_QUOTED_TITLE = re.compile(r"[\"“](?=[A-Z])(?:[^\"”\n\s]+\s+){2,9}[^\"”\n\s]+[\"”]")


def names_of(document: Document, tokens: list[Token], lo: int, hi: int) -> list[Name]:
    """Return the names of a sentence: mentions, and capitalised runs none covers."""
    text = document.text
    # "Nicknamed “The Pearl of the Orient”, X is ...": a quoted title names no place
    titles = [m.span() for m in _QUOTED_TITLE.finditer(text, lo, hi)]
    mentions = [
        m
        for m in document.mentions_between(lo, hi)
        if not any(a < m.start < b for a, b in titles)
        and not _ADJECTIVE_TAIL.match(text, m.end)
        and not _BODY_TAIL.match(text, m.end)
    ]
    covered = [(m.start, m.end) for m in mentions] + titles
    covered += [(d.start, d.end) for d in document.demonyms_between(lo, hi)]
    found: list[tuple[int, int, bool, Mention | None]] = [
        (m.start, m.end, text[m.end : m.end + 2] in ("'s", "’s"), m) for m in mentions
    ]
    facilities: dict[int, int] = {}  # an unknown name's start to its works' noun's end
    token_starts = [t.start for t in tokens]
    for i, j in capitalised_runs(tokens):
        segment: list[Token] = []
        for tok in [*tokens[i:j], None]:
            inside = tok is not None and (
                tok.text in _COMPASS or any(a <= tok.start < b for a, b in covered)
            )
            if tok is not None and not inside:
                segment.append(tok)
                continue
            facility = _facility_end(text, tokens, token_starts, segment)
            unknown = _unknown_name(segment, document, facility is not None)
            if unknown is not None and not _ADJECTIVE_TAIL.match(text, unknown[-1].end):
                # an unknown name that ends in a place noun may name a place ("X Island")
                found.append((unknown[0].start, unknown[-1].end, unknown[-1].possessive, None))
                if facility is not None:
                    facilities[unknown[0].start] = facility
            segment = []
    found.sort(key=lambda f: f[0])
    names = []
    for start, core_end, possessive, mention in found:
        end = core_end
        rest = _HYPHENED_TAIL.match(text, core_end)
        if mention is None and not possessive and rest and not english(rest.group(1)):
            end = core_end = rest.end()  # "Beled-weyne": one name, not "Beled"
        if not possessive:
            first = bisect.bisect_left(token_starts, core_end)
            for tok in tokens[first : first + 3]:
                if text[end : tok.start] != " " or tok.text.lower() not in _KIND_TAIL_WORDS:
                    break
                if tok.capitalised and mention is None:
                    break
                end = tok.end
        end = max(end, facilities.get(start, end) if mention is None else end)
        last = text[start:end].split()[-1].lower() if end > start else ""
        placelike = mention is None and (
            last in PLACE_NOUNS or last in AREA_NOUNS or last in SITE_NOUNS or start in facilities
        )
        # an unknown name of an area, or any name with an area's kind word after it
        # ("Arkhangelsk region": the region, not the city of that name)
        area = last in AREA_NOUNS and (mention is None or end > core_end)
        town = bool(_TOWN_WORDS & set(text[core_end:end].lower().split()))
        names.append(Name(start, end, core_end, possessive, mention, placelike, area, town))
    return names


#: The last word of a body's name: no place ("... Owners Association", "... Council").
_ORG_ENDS = frozenset(
    """association council committee ministry company corporation bank university institute
    agency authority commission union federation society foundation party club department
    board court""".split()
)


def names_a_town(names: list[Name]) -> bool:
    """Return whether one of the names is a mention of a town or a site, not of an area."""
    return any(
        n.mention is not None
        and n.mention.place is not None
        and n.mention.place.kind not in AREA_KINDS
        for n in names
    )


def called_a_place(text: str, end: int, start: int | None = None) -> bool:
    """Return whether the words after a name call it a works or a place ("... is a
    copper mine", "... is a headland"), or those before it from ``start`` ("the town of
    X"), so that it is no person's name."""
    before = start is not None and _KIND_OF_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) or _CALLED_A.match(text, end) is not None


#: A kind of settlement or area before a name: "the town of X", "the island of X".
_KIND_OF_BEFORE = re.compile(
    r"\b(?:town|city|village|hamlet|port|municipality|district|province|island|county)\s+"
    r"of\s+$",
    re.IGNORECASE,
)


def _facility_end(
    text: str, tokens: list[Token], token_starts: list[int], segment: list[Token]
) -> int | None:
    """Return the end of the works' noun right after a capitalised run ("Kestrel Ridge
    copper mine": the end of "mine"), the run's own end when the sentence calls it a
    works or a place, or None."""
    if not segment or segment[-1].possessive:
        return None
    if called_a_place(text, segment[-1].end):
        return segment[-1].end  # "Kestrel Ridge is a copper mine": the name alone
    k = bisect.bisect_left(token_starts, segment[-1].end)
    end = segment[-1].end
    for tok in tokens[k : k + 3]:
        if tok.capitalised or text[end : tok.start] != " ":
            return None
        if tok.key in _FACILITY_NOUNS:
            return tok.end
        if tok.key not in _FACILITY_WORDS:
            return None
        end = tok.end
    return None


def _unknown_name(
    segment: list[Token], document: Document, facility: bool = False
) -> list[Token] | None:
    """Return the part of a capitalised run no mention covers that may still name a place
    (with ``facility``, a works' name: "the Kestrel Ridge mine", a person's words or not)."""
    while segment and (not segment[0].capitalised or segment[0].key in _STOP_CAPS):
        segment = segment[1:]
    while segment and (not segment[-1].capitalised or segment[-1].key in _CONNECTORS):
        segment = segment[:-1]
    if not segment:
        return None
    keys = [t.key for t in segment]
    if all(k in PART_WORDS for k in keys):
        return None  # "Downtown Houston", "Central London": a part of the place after it
    placelike = (
        facility
        or keys[-1] in LANDFORM_ENDS
        or keys[-1] in AREA_NOUNS
        or keys[-1] in PLACE_NOUNS
        or keys[-1] in SITE_NOUNS
        or keys[0] in PLACE_PREFIXES
    )
    if any(k in TITLES for k in keys) or (
        not placelike and all(k in document.people for k in keys)
    ):
        return None
    if not placelike and keys[-1] in _ORG_ENDS:
        return None  # "the Barguna District Fishermen's Trawler Owners Association": a body
    if (
        not facility
        and document.recognised
        and all(is_common_word(k) for k in keys if k not in _CONNECTORS)
    ):
        return None  # words the geoparser saw and found no place in ("The Town", "Officials")
    return segment


def qualifies(text: str, head: Name, name: Name) -> bool:
    """Return whether ``name`` only qualifies ``head``: "X, Region", "X (Country)",
    "X in Region", "X, in the Y region"."""
    gap = text[head.end : name.start]
    if gap not in (", ", " (", " ", " in ", " in the ", ", in ", ", in the ") and not (
        _RUN_GAP.fullmatch(gap)
    ):
        return False
    if name.mention is not None and name.mention.place is not None:
        place = name.mention.place
        # "Washington, D.C.": the district's letters name the city before them again
        same = head.mention is not None and head.mention.place == place and gap == ", "
        return same or place.kind in ("country", "region", "county")
    return gap != " " and name.end - name.start <= 3 and text[name.start : name.end].isupper()


#: After an old gazetteer entry's head: "ACOMB, a township", "HOLTBY, a. vil.".
_ENTRY_AFTER = re.compile(r",\s+an?\b")


def entry_head(text: str, names: list[Name], start: int) -> Name | None:
    """Return the head of an old gazetteer's entry: a name in capitals that opens its
    sentence before ", a ..." ("ACOMB, a township in the county of York, 2 miles (W. by
    S.) from York"), the place the entry's figures locate, known to the gazetteer or not.
    A news dateline ("WASHINGTON, June 3 -") is no entry."""
    if not names or names[0].start != start:
        return None
    head = names[0]
    word = text[head.start : head.end]
    if len(word) < 3 or not word.isupper() or not _ENTRY_AFTER.match(text, head.end):
        return None
    return head


def entry_heading(text: str, names: Sequence[Name], start: int, pos: int) -> Name | None:
    """Return the name that heads a sentence starting at ``start`` as an entry's title,
    before a colon the figure at ``pos`` comes after ("Canberra, Australia: ..."), or
    None."""
    if not names or names[0].start != start:
        return None
    first, rest = names[0], names[1:2]
    end = rest[0].end if rest and qualifies(text, first, rest[0]) else first.end
    if text[end : end + 1] != ":" or not text[end + 1 : end + 2].isspace():
        return None
    word = text[first.start : first.end]
    if word.isupper() and len(word) > 2 and THING_OPENS.match(text[end + 1 : pos].lstrip()):
        return None  # "HONG KONG: A quake struck 80 km ...": a dateline, then the news
    return first if end < pos else None
