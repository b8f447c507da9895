"""What the words around a name say of it: its level ("the state of X", "the Kursk
region", "Mexico city"), a news dateline ("MOSCOW (Reuters) -"), and the names that
place it ("X, Y", "X (Y)", "X in Y").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from mapper.text import MONTHS, PLACE_PREFIXES, WEEKDAYS, Token

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

    from .found import Found

__all__ = [
    "BEFORE_FOR",
    "HEADS_ONLY",
    "MOTION_VERBS",
    "NAME_HEADS",
    "STATION_HEADS",
    "TOWN_THEN_AREA",
    "city_after",
    "date_word",
    "dateline_kind",
    "hyphen_part",
    "hyphen_route",
    "level_cue",
    "link_patterns",
    "region_after",
]

#: The evidence of a town named right before its state or country in one capitalised run
#: ("Pokhara Nepal", "Paris Texas"): the pair reads as "Pokhara, Nepal".
TOWN_THEN_AREA = "a town before its state or country"
#: Words that open a longer name ("Cape Keraudren", "Pico de São Mamede", "Port Olry"):
#: before more of a name the gazetteer lacks, the word alone is no place.
NAME_HEADS = PLACE_PREFIXES | frozenset(
    """cabo pico monte lago loch lough point punta isla ilha sierra serra playa praia bahia
    bay gulf sea san santa santo sao saint st""".split()
)
#: "headed for X", "left for X", "bound for X", "set off for X": "for" as "to".
BEFORE_FOR = frozenset(
    """head heads headed heading leave leaves left leaving bound depart departs departed
    departing sail sails sailed sailing off out""".split()
)
#: The first word of the name of one thing, whose rest is no place alone: "Port Zante".
HEADS_ONLY = frozenset("port fort cape".split())
#: A station's word opening its name: "Gare de Lyon" is in Paris, neither Gare nor Lyon.
STATION_HEADS = frozenset("gare stazione estacion estacao".split())
#: Verbs of leaving or reaching that read as "in" before a name: "left Dover", "reached Lille".
MOTION_VERBS = frozenset(
    """left leaving leaves leave reached reaching reaches reach entered entering enters
    departed departing departs depart visited visiting visits visit arrive arrives""".split()
)
#: What follows a month's name as a date's: "Dec. 2", "Aug 28".
_DAY_AFTER = re.compile(r"\.?\s*\d{1,2}\b")


def date_word(text: str, tok: Token) -> bool:
    """Return whether a word ending a capitalised run is no part of a name: a date's, a
    weekday ("reach Cherbourg Saturday") or a month before its day ("Nashville Dec. 2");
    or the abbreviation of a town's business district ("the Penrith CBD")."""
    if tok.key == "cbd":
        return True
    return tok.key in WEEKDAYS or (tok.key in MONTHS and bool(_DAY_AFTER.match(text, tok.end)))


#: "the state of X", "the city of X": the word before "of" says which X is meant.
_LEVEL_BEFORE_OF = {"state": "region", "province": "region", "city": "city", "town": "city"}
#: Lowercase nouns after a name that make it a first-level region.
_REGION_AFTER = frozenset("state province provinces oblast krai prefecture governorate".split())
#: A dateline: a name opening a line, then a dash or a news agency ("WASHINGTON —",
#: "Moscow (Reuters) -", "NEW YORK, Dec. 3 —", "Tapachula, Chiapas .- ").
_DATELINE_AFTER = re.compile(
    r"(?:,[^\n—–()]{1,20}?)?\s*(?:\([A-Z][^)\n]{0,30}\)\s*)?(?:[—–]|--?\s|\.-\s)"
    r"|\s*\([A-Z][A-Za-z .&/]{0,30}\)"
)


#: Words that rank a place among others before "city of X" ("the third city of Kenya",
#: "the capital city of Chile").
_RANKED = frozenset(
    "first second third fourth fifth main chief principal only major capital".split()
)


def level_cue(tokens: Sequence[Token], a: int, b: int) -> str | None:
    """Return the kind "the state of X" or "X state" gives the name in ``tokens[a:b]``."""
    if a >= 2 and tokens[a - 1].key == "of" and not tokens[a - 2].capitalised:
        ranked = a >= 3 and (tokens[a - 3].key in _RANKED or tokens[a - 3].key.endswith("est"))
        # "the third city of Kenya", "the largest town of X": a town X holds, not its name
        level = None if ranked else _LEVEL_BEFORE_OF.get(tokens[a - 2].key)
        if ranked or level is not None:
            return level
    # "Washington state", "the capital of Zaire province" (Angola's, not the country)
    if b < len(tokens) and tokens[b].text in _REGION_AFTER and tokens[b].gap_before == " ":
        return "region"
    return None


def dateline_kind(text: str, start: int, end: int) -> str | None:
    """Return "city" for a name that opens a news dateline, else None."""
    # a bounded look back: a text of one long line must not be scanned for every name
    lo = max(0, start - 200)
    newline = text.rfind("\n", lo, start)
    opens_line = (newline != -1 or lo == 0) and not text[max(lo, newline + 1) : start].strip()
    # a name in capitals after a headline's full stop opens a dateline too
    capitals = text[start:end].isupper() and text[max(0, start - 2) : start] in (". ", "\n")
    # ... or stands in capitals on a line of its own over the story ("MEXICO CITY\n")
    alone = opens_line and text[start:end].isupper() and text[end : end + 1] == "\n"
    if not alone and (not (opens_line or capitals) or not _DATELINE_AFTER.match(text, end)):
        return None
    return "city"


_IN_GAP = re.compile(r"(?:\s*,)?\s+in(?:\s+the)?\s+", re.IGNORECASE)
#: ... or told as one of the area's towns: "X, one of Y's best-known towns", "X, the
#: largest city in Y", "X, a small port of Y".
_AMONG_GAP = re.compile(
    r",\s+(?:one\s+of\s+|(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
    r"(?:cit(?:y|ies)|towns?|villages?|ports?|settlements?|capital|resorts?|hamlets?|"
    r"communit(?:y|ies)|outposts?|harbou?rs?)\s+(?:in|of)\s+(?:the\s+)?)",
    re.IGNORECASE,
)


def link_patterns(text: str, found: list[Found]) -> None:
    """Mark "X, Y", "X (Y)" and "X in Y" pairs (Y a later mention in the same sentence)."""
    for n, (x, y) in enumerate(itertools.pairwise(found)):
        gap = text[x.end : y.start]
        if x.sentence != y.sentence or y.demonym:
            continue
        if gap.strip() in (",", "(") or (
            gap == " "
            and ((len(y.surface) == 2 and y.surface.isupper()) or TOWN_THEN_AREA in x.evidence)
        ):
            # "Kazan, Russia", "Kandy (Sri Lanka)", "Moab UT", "Paris Texas"
            x.after_comma = n + 1
        elif _IN_GAP.fullmatch(gap) or (
            _AMONG_GAP.fullmatch(gap)
            and (not gap.rstrip().endswith("of") or text[y.end : y.end + 2] in ("'s", "\u2019s"))
        ):  # "X in Y", "X, in the Y", "X, one of Y's towns"
            x.in_partner = n + 1


def city_after(tokens: Sequence[Token], b: int, key: str, gaz: Gazetteer) -> bool:
    """Return whether a lowercase "city" after a name makes a name the gazetteer knows
    ("Mexico city", "Kuwait city": the capitals, not the countries; not "the Mexico city
    of Guadalajara")."""
    if b >= len(tokens) or tokens[b].key != "city" or tokens[b].capitalised:
        return False
    if b + 1 < len(tokens) and tokens[b + 1].key == "of":
        return False
    if tokens[b].gap_before != " " or f"{key} city" not in gaz.name_tiers([f"{key} city"]):
        return False
    found = gaz.search(f"{key} city", kind="city", limit=1)  # by its own name, not an alias
    return bool(found) and found[0].match == "name"


#: A region named after its town lies this near it (km): Kursk Oblast and Kursk.
_NAMED_AFTER_KM = 400.0


def region_after(tokens: Sequence[Token], b: int, key: str, gaz: Gazetteer) -> bool:
    """Return whether a lowercase "region" after a name makes it the first-level region
    named after that town ("the Kursk region", "the Donetsk region"); not a metropolitan
    area ("the Charlotte region" is no parish of Saint Vincent named Charlotte)."""
    if b >= len(tokens) or tokens[b].key != "region" or tokens[b].capitalised:
        return False
    from mapper.geodesy import distance_km

    found = gaz.search(key, limit=5)
    towns = [c.place for c in found if c.place.kind not in ("region", "country")]
    regions = [c.place for c in found if c.place.kind == "region"]
    return bool(towns and regions) and any(
        r.country == towns[0].country and distance_km(r, towns[0]) < _NAMED_AFTER_KM
        for r in regions
    )


#: The recogniser's known names: each name's tier and weight.
Known = Mapping[str, tuple[int, float]]


def _paired(nxt: Token, known: Known) -> bool:
    """Return whether the word after a hyphen names a place on its own ("Wyoming")."""
    tier, weight = known.get(nxt.key, (2, 0.0))
    return tier == 1 and weight >= 1e4


def hyphen_route(toks: Sequence[Token], i: int, j: int, known: Known) -> bool:
    """Return whether the run i..j is places joined by hyphens, a route written out
    ("Nuuk-Kulusuk-Tasiilaq"): three words or more, each a place's own name."""
    return j - i >= 3 and all(
        (k == i or toks[k].gap_before == "-")
        and len(toks[k].text) >= 3
        and known.get(toks[k].key, (2, 0.0))[0] == 1
        for k in range(i, j)
    )


def hyphen_part(toks: Sequence[Token], i: int, j: int, a: int, b: int, known: Known) -> bool:
    """Return whether words a..b of the run i..j are one of names joined by a hyphen or a
    slash: the part after one ("D-Charleston", "the Montana-Wyoming border"), not the third
    part of "Mar-A-Lago", a name of its own; the first of two when the second names a place
    on its own; any part of a route written out ("Nuuk-Kulusuk-Tasiilaq")."""
    if b - a == 1 and hyphen_route(toks, i, j, known):
        return True
    if a > i and toks[a].gap_before.strip() in ("-", "/"):
        return not (a >= i + 2 and toks[a - 1].gap_before.strip() == "-")
    return b < j and toks[b].gap_before.strip() in ("-", "/") and _paired(toks[b], known)
