"""Recognise the place names of a text: which capitalised runs name places.

Recognition needs no model download: capitalised runs of words are matched against the
gazetteer's names (longest first), with rules for sentence starts, possessives
("Russia's"), hyphenated and multi-word names, kind words ("the Vostochny spaceport"),
people ("President Vladimir Putin", and "Putin" later on), organisations ("the group
Wagner") and demonyms ("North Korean" is recorded as an adjective of North Korea, not as
a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mapper.names import KIND_WORDS, fold
from mapper.text import (
    ABBREVIATIONS,
    AREA_NOUNS,
    CONNECTORS,
    FUNCTION_WORDS,
    LOCATIVES,
    PLACE_NOUNS,
    TITLES,
    Token,
    article_before_name,
    capitalised_runs,
    first_names,
    sentence_tokens,
)

from .codes import (
    abbreviations,
    country_in_capitals,
    dotted_code,
    region_codes,
    state_code,
    town_before_code,
)
from .cues import (
    BEFORE_FOR,
    HEADS_ONLY,
    MOTION_VERBS,
    NAME_HEADS,
    STATION_HEADS,
    TOWN_THEN_AREA,
    city_after,
    date_word,
    dateline_kind,
    hyphen_part,
    level_cue,
    link_patterns,
    region_after,
)
from .found import CUED, Found, kind_after
from .joined import Run, joined_by_and, merge_joined
from .people import (
    COMPASS,
    DESCRIBED_AS_PERSON,
    ORG_WORDS,
    PART_BEFORE,
    PROMINENT,
    after_title,
    common,
    english,
    likely_person,
    line_start,
    names_person,
    rare,
    sentence_opener,
    very_common,
)
from .possessive import with_own_s
from .readings import WATER_NOUNS, is_area_name, is_town_name, is_water_name, only_weak

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["recognise"]

_MAX_NGRAM = 6
# Words that are place names somewhere but, capitalised alone, almost never one: compass
# words, months, institutions, religions ("Jewish" names an oblast too, "the Duma" a body).
_NOT_ALONE = frozenset(
    """north south east west northeast northwest southeast southwest northern southern
    eastern western central upper lower new
    great little greater old mount lake river city county state republic island islands
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday god christmas
    easter union army navy police government university college church inc ltd llc
    corp region section metro parkway earth duma naval
    jewish muslim christian catholic hindu sikh buddhist""".split()
)
# Nouns before a name that make it an organisation's or a storm's ("group Wagner", "cyclone Idai")
_ORG_BEFORE = frozenset(
    """group company firm band club team brand label newspaper magazine channel network
    agency outlet party movement militia mercenary mercenaries faction organisation
    organization airline carrier manufacturer maker cyclone hurricane typhoon""".split()
)
# Names of institutions that stand for a government unless "in/at the X".
_METONYMS = frozenset({"kremlin", "white house", "pentagon", "downing street", "elysee"})
# Verbs of speech after a single name make it a person ("Steele said").
_SPEECH = frozenset(
    "said says told added noted explained argued wrote asked replied stated urged warned".split()
)
# Words after a single name that make it a person's, however big a place shares it.
_PERSON_AFTER = frozenset({"administration", "jr", "sr"})
# A ruler's ordinal after a name makes it a person's ("Elizabeth II"); "I" is the pronoun.
_REGNAL = frozenset("II III IV VI VII VIII IX XI XII XIII XIV XV XVI".split())
# Nouns after a place name that make it the name of something else ("Marburg virus",
# "Tumen River": the river, not the town; "Wichita Street": the street).
_NAMED_AFTER = frozenset(
    """virus fever disease syndrome river lake creek bay sea ocean gulf strait mountain mountains
    island islands valley canyon peninsula desert forest falls dam street avenue drive boulevard
    lane parkway language languages dialect dialects wind winds breeze gale gales swell""".split()
)
# ... and, capitalised, of an institution, paper, road or war named after the place
# ("Columbia University", "The Moscow Times", "Canton Road", "Iraq War"); not a numbered
# county road ("Otter Tail County Road 80"), nor "a Lancaster park" in lowercase. A
# station is where the town is for a traveller ("left from Helsinki Station").
_NAMED_AFTER_CAPS = frozenset(
    "road times daily herald university park academy institute war stadium arena".split()
)
_NUMBER_NEXT = re.compile(r"\s+\d")
#: Words before "of" that make the name after it a place: "south of X", "20 km of X".
_BEFORE_LOCATIVE_OF = COMPASS | frozenset(
    "outskirts suburbs km kms kilometres kilometers miles mi".split()
)
#: What lies between two members of a list of names: ", ", " and ", ", or ".
_LIST_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
_LIST_GAP = re.compile(rf"(?:\s*\([^()]{{1,80}}\))?{_LIST_SEP}")  # "Gonder (and its castles), Axum"
#: Words that make a name a place's: "X Airport", "X province".
_PLACE_WORDS = PLACE_NOUNS | AREA_NOUNS | frozenset(w for w in KIND_WORDS if " " not in w)
_STREETS = ("streets", "avenues", "roads", "lanes", "boulevards", "drives")
#: The rest of a list of streets after its first name: " and Harrison streets".
_STREETS_AFTER = re.compile(rf"(?:{_LIST_SEP}[A-Z][\w'.-]*)+\s+(?:{'|'.join(_STREETS)})\b")
#: Plural nouns after the last of a list that make it a list of other things ("drives"
#: is left out: after a name it is more often the verb).
_LISTED_OTHERS = (frozenset(_STREETS) - {"drives"}) | frozenset(
    "counties schools elementary parks".split()
)
#: Royal and princely titles: before a given name, a person ("Queen Elizabeth").
_ROYAL = frozenset("prince princess king queen duke duchess emperor empress sultan tsar".split())
#: A person's age in brackets after a name: "Jamil (32)".
_AGE_AFTER = re.compile(r" ?\((?:aged? )?\d{1,2}\)")
#: "No." and a number after a name make it a lot's ("Lot No. 5"); a bare number after a
#: state names a road ("Ohio 63"), which the corpora mark as the state, so it is left.
_NUMBERED = re.compile(r"\s+No\.\s?\d")
_NUMBER_AFTER = re.compile(r" \d{1,3}\b(?![.,:]\d)")
#: The weight of a US postal town, the least prominent kind of place the gazetteer has.
_POSTAL_WEIGHT = 200.0


def recognise(
    text: str,
    gaz: Gazetteer,
    per_sentence: list[tuple[tuple[int, int], list[Token]]] | None = None,
) -> tuple[list[Found], list[tuple[int, int]], frozenset[str]]:
    """Return the names found, the sentences and the people's name words of a text
    (``per_sentence``: its :func:`~mapper.text.sentence_tokens`, when the caller has them)."""
    if per_sentence is None:
        per_sentence = sentence_tokens(text)
    sentences = [s for s, _ in per_sentence]
    # Collect capitalised runs, and every n-gram key inside them, for one index query.
    runs: list[Run] = []
    keys: set[str] = set()
    owned_s: list[tuple[list[Token], int, Token, str, str]] = []  # a last "'s" maybe own
    for sent, toks in per_sentence:
        for i, j in capitalised_runs(toks):
            if j - i > 1 and date_word(text, toks[j - 1]):
                j -= 1  # "in Nashville Dec. 2", "reach Cherbourg Saturday": no part of a name
            runs.append((sent, toks, i, j))
            own = with_own_s(text, toks, i, j)
            if own is not None:  # "St. John's, Antigua": asked with the rest, with and without
                cut, whole = (fold(text[toks[i].start : e]) for e in (toks[j - 1].end, own.end))
                keys |= {cut, whole}
                owned_s.append((toks, j, own, cut, whole))
            for words in (toks,) if own is None else (toks, [*toks[: j - 1], own]):
                for a in range(i, j):
                    keys.add(words[a].key)  # a word's own text: its key is folded already
                    for b in range(a + 2, min(j, a + _MAX_NGRAM) + 1):
                        keys.add(fold(text[words[a].start : words[b - 1].end]))
    joined = joined_by_and(text, runs, keys)
    known = gaz.name_tiers(keys)
    runs = merge_joined(runs, joined, known)
    for toks, j, own, cut, whole in owned_s:
        if whole in known and (cut not in known or known[whole][1] >= known[cut][1]):
            toks[j - 1] = own
    demonyms = {k for k in keys if gaz.demonym_key(k)}

    # People: runs after a title (sure), or short runs that are not place names and do
    # not start with a well-known place (likely: "Kim Jong Un", "Choe Sun Hui").
    person_keys: set[str] = set()
    likely_people: set[str] = set()
    titled_last: set[str] = set()  # last words of titled names ("Officer Monica French")
    for _sent, toks, i, j in runs:
        run_keys = [t.key for t in toks[i:j]]
        whole = fold(text[toks[i].start : toks[j - 1].end])
        if whole in known or whole in demonyms:
            if j - i == 1 and DESCRIBED_AS_PERSON.match(text, toks[j - 1].end):
                person_keys.update(run_keys)  # "Pia is the kind woman who ...": not Pia, France
            continue
        before = toks[i - 1].key if i > 0 else ""
        titled = [k for k, t in enumerate(toks[i:j]) if t.key in TITLES]
        if titled or before in TITLES:
            name = after_title(run_keys[titled[-1] + 1 :], known) if titled else run_keys
            person_keys.update(name)
            titled_last.update(name[-1:] if len(name) > 1 else ())
        else:
            # "During Iraq's invasion", "Overall Edmonton": a common word that opens a
            # sentence is not the first name of a person, but a common first name is ("Tony").
            opener = run_keys[0]
            if line_start(toks[i]) and common(opener) and opener not in first_names():
                run_keys = run_keys[1:]
            run_keys = run_keys[:-1] if run_keys[-1:] in (["jr"], ["sr"]) else run_keys  # "Jr."
            if likely_person(run_keys, toks, i, j, known, demonyms):
                # "Kenji Ito, chairman of the airline": a title in apposition makes it sure
                sure = _TITLE_APPOSED.match(text, toks[j - 1].end) and not toks[j - 1].possessive
                (person_keys if sure else likely_people).update(run_keys)
    demonym_keys = {k for k in person_keys | likely_people if gaz.demonym_key(k)} - titled_last
    person_keys -= demonym_keys
    likely_people -= demonym_keys | person_keys

    found: list[Found] = []
    for sent, toks, i, j in runs:
        a = i
        while a < j:
            if a > i and not toks[a].capitalised and not toks[a - 1].capitalised:
                a += 1  # "la Fontaine" of "Jean de la Fontaine": no name starts on "la"
                continue
            hit = None
            for b in range(min(j, a + _MAX_NGRAM), a, -1):
                if not toks[b - 1].capitalised:
                    continue
                if b < j and b - a > 1 and toks[b - 1].key == "state":
                    continue  # "Kentucky State Police", "Ohio State University": Kentucky
                key = toks[a].key if b == a + 1 else fold(text[toks[a].start : toks[b - 1].end])
                if key in known or key in demonyms:
                    hit = (b, key)
                    break
            station = toks[i].key in STATION_HEADS and j > i + 1  # "Gare de Lyon": no Lyon
            if hit is None or (a > i and toks[a - 1].key in HEADS_ONLY) or station:
                a += 1  # "Port Zante", unknown: "Zante" there is no Zakynthos
                continue
            b, key = hit
            if b - a == 1 and b < j and key in NAME_HEADS:
                # "Cape Keraudren", "Joint Base Cape Cod", unknown: not "Cape" alone
                a = b
                continue
            nxt = toks[b] if b < len(toks) else None
            if (
                nxt is not None
                and nxt.key in _POSSESSED_FEATURES
                and (
                    (b + 1 == j and toks[b - 1].possessive and nxt.gap_before == " ")
                    or (  # "St James' Palace": the apostrophe ends the run before it
                        b == j
                        and nxt.gap_before in ("' ", "\u2019 ")
                        and nxt.capitalised
                        and (b + 1 == len(toks) or not toks[b + 1].capitalised)
                    )
                )
            ):
                a = j  # "St. Paul's Rocks", "St James's Palace": a feature's own name
                continue
            # "in Texas": a locative preposition outweighs a guess that a word is a name.
            before_key = toks[a - 1].key if a > 0 else ""
            # ... and so does "the town of X" (not "in Marco's book": that places the book)
            locative = before_key in LOCATIVES and not toks[b - 1].possessive
            placed = locative or _of_place_noun(toks, a)
            people = person_keys if placed else person_keys | likely_people
            # "Another Gainesville business", "Two Richmond officers": a common word that
            # opens the sentence is capitalised for that alone; the name starts after it.
            opens = a == i + 1 and sentence_opener(toks[i])
            # "Middletown, Trenton and Monroe": the next name in a list of places (not
            # "Lakeview and Harrison streets", "Deer Run and Thomas elementary schools")
            listed = (
                bool(found)
                and b == j
                and not found[-1].demonym
                and _LIST_GAP.fullmatch(text, found[-1].end, toks[a].start) is not None
                and not any(t.key in _LISTED_OTHERS for t in toks[b : b + 2])
            )
            # "London's Heathrow Airport": a name after a place's possessive is in it, when its
            # words say so or it is known ("Brazil's Kaka" is a footballer, "Chile's Ripley")
            in_place = (
                a > 0
                and toks[a - 1].possessive
                and bool(found)
                and found[-1].end == toks[a - 1].end
                and not found[-1].demonym
                and (
                    known.get(key, (2, 0.0))[1] >= PROMINENT  # a demonym is not in known
                    or (b - a > 1 and toks[b - 1].key in _PLACE_WORDS)  # "Heathrow Airport"
                    or (b < len(toks) and toks[b].key in _PLACE_WORDS)  # "Kermanshah province"
                )
            )
            item = _judge(
                text,
                toks,
                a if opens else i,
                j,
                a,
                b,
                key,
                known,
                demonyms,
                people,
                gaz,
                sent,
                listed=listed,
                in_place=in_place,
            )
            if item is not None:
                found.append(item)
            a = b
    # "at Elm and Harrison streets": the first of a list of streets is a street too
    found = [f for f in found if not _STREETS_AFTER.match(text, f.end)]
    link_patterns(text, found)
    return found, sentences, frozenset(person_keys | likely_people)


#: Nouns that, capitalised after a name's possessive, end a feature's or a site's name:
#: "St. Paul's Rocks", "St James's Palace", "Land's End" is known whole.
_POSSESSED_FEATURES = frozenset(
    """rocks rock island islands bay point head cove creek reef palace cathedral church
    chapel abbey castle hospital college park""".split()
)
#: A person's title in apposition after a name: "X Y, president and CEO of".
_TITLE_APPOSED = re.compile(
    r",\s+(?:the\s+|a\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:president|chairman|chairwoman|ceo|"
    r"director|minister|spokesman|spokeswoman|spokesperson|secretary|governor|mayor|ambassador|"
    r"professor|founder|chief|manager|commander|senator|envoy)\b"
)
#: Nouns of water and land features that, after a place's name, make the name another
#: place's: a country's or a town's name before them is not that country or town.
_LANDFORMS = frozenset(
    "canal basin isthmus delta strait straits gulf sea channel trench ridge reef".split()
)
#: Nouns that head the name of a feature or an area ("Gulf of Riga", "Isle of Man"): alone
#: before "of" and a name, the word is no place of its own.
_FEATURE_HEADS = AREA_NOUNS | PLACE_NOUNS | frozenset({"isle", "cape", "mount", "straits"})


# What says outright that the name before it is a town: " is the capital of", ", a town".
_SAID_A_PLACE = re.compile(
    r"(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:town|city|village|capital|port|settlement|municipality)\b"
)


def _of_place_noun(toks: Sequence[Token], a: int) -> bool:
    """Return whether token ``a`` follows a place noun and "of": "the town of X"."""
    return a >= 2 and toks[a - 1].key == "of" and toks[a - 2].key in PLACE_NOUNS


def _next_known(toks: Sequence[Token], b: int, known: dict) -> bool:
    """Return whether words b and b+1 name a known place ("Lake Tahoe" after a comma)."""
    return b + 1 < len(toks) and f"{toks[b].key} {toks[b + 1].key}" in known


def _judge(
    text: str,
    toks: Sequence[Token],
    i: int,
    j: int,
    a: int,
    b: int,
    key: str,
    known: dict,
    demonyms: set[str],
    person_keys: set[str],
    gaz: Gazetteer,
    sent: tuple[int, int],
    *,
    listed: bool = False,
    in_place: bool = False,
) -> Found | None:
    """Decide whether tokens a..b of the run i..j name a place; return it or None.

    ``listed``: the name follows a place in a list ("Trenton and Monroe"), which counts
    as a locative word before it would. ``in_place``: the name follows a place's
    possessive ("London's Heathrow Airport"): it is in that place, as after "in".
    """
    first, last = toks[a], toks[b - 1]
    surface = text[first.start : last.end]
    before = toks[a - 1].key if a > 0 else ""
    # "in X", and "of X" after a compass point or a distance ("south of X", "km of X")
    locative = (
        before in LOCATIVES
        or (before == "of" and a >= 2 and toks[a - 2].key in _BEFORE_LOCATIVE_OF)
        or _of_place_noun(toks, a)
        or (before == "for" and a >= 2 and toks[a - 2].key in BEFORE_FOR)
        or (before in MOTION_VERBS and first.gap_before == " ")
        or listed
        or in_place
    )
    evidence: list[str] = []
    # A demonym beats a small namesake town ("Canadian", Texas), not a big place.
    demonym_code = (
        gaz.demonym_key(key)
        if key in demonyms and known.get(key, (1, 0.0))[1] < PROMINENT * 10
        else ""
    )
    tier, weight = known.get(key, (1, 0.0))
    whole_run = a == i and b == j
    n_words = b - a

    # "Kirkwood MO": a state's code right after a known town, in one run, is "Kirkwood, MO"
    code_after_town = (
        a > i
        and b == j
        and n_words == 1
        and state_code(first)
        and town_before_code(toks[i:a], fold(text[toks[i].start : toks[a - 1].end]), known)
    )
    if names_person(key, before, person_keys) and n_words == 1 and not code_after_town:
        return None  # "Monica French said": a person's name, whatever else it is
    if b == j and j < len(toks) and toks[j].gap_before == "-" and not english(toks[j].key):
        return None  # "Beled-weyne": the first part of a name the index lacks, not "Beled"

    # "Canton, Ohio", "Lanexa, Va.": a name before its state is a place, common word or not
    def before_state() -> bool:
        return (
            b < len(toks)
            and toks[b].gap_before.strip() == ","
            and toks[b].capitalised
            and not toks[b].possessive  # "In March, China's largest ..."
            and is_area_name(gaz, toks[b].key)
        )

    if demonym_code and key in known and before_state():
        demonym_code = ""  # "Canadian, Texas": the namesake town ("in Catalan" is a tongue)
    if demonym_code:
        return Found(
            first.start, last.end, surface, key, None, ["demonym"], 1.0, sent, demonym_code
        )
    # "UN", "AP" are not places; "Dalton, GA" and "Sydney, NSW" are.
    after_comma = ("," in first.gap_before or code_after_town) and key in region_codes()
    dotted = dotted_code(first)
    if (
        n_words == 1
        and first.short_caps
        and not country_in_capitals(gaz, key, weight)
        and not (after_comma or dotted)
    ):
        return None
    if (
        n_words == 1
        and key in abbreviations()
        and "." not in text[last.end - 1 : last.end + 1]
        and not code_after_town
        and not (after_comma and first.text.isupper())  # "Vancouver, BC": a code
    ):
        return None  # "Miss" or "Ore" without the full stop of "Miss." or "Ore."
    if n_words == 1 and key in ABBREVIATIONS and text[last.end : last.end + 1] == ".":
        return None  # "Sens. Byrd": a title cut short, not Sens in France
    if a == i and before in TITLES and first.gap_before.startswith("."):
        return None  # "Mrs. Lincoln", "Capt. Nelson": a person, whatever places share it
    if text[last.end : last.end + 1] == "$":
        return None  # "US$460", "NZ$3": a currency
    if b < len(toks) and toks[b].text == "Day" and (last.possessive or b < j):
        return None  # "St. Patrick's Day", "Lincoln Day Dinner": a feast, not the town

    if n_words == 1 and key in _NOT_ALONE and not before_state():
        return None  # "Earth" is the planet, "Earth, Texas" the town
    if first.sentence_start and n_words == 1 and key in FUNCTION_WORDS and "." not in surface:
        return None  # "Us", but not "U.S."
    if key in _METONYMS and not locative and before != "the":
        return None
    if key in _METONYMS and before == "the" and (a < 2 or toks[a - 2].key not in LOCATIVES):
        return None
    if before in _ORG_BEFORE and n_words == 1 and first.gap_before == " ":
        return None
    if before in WATER_NOUNS and not toks[a - 1].capitalised and not is_water_name(gaz, surface):
        return None  # "the river Tirón": a river the index lacks, not the Indonesian Tiron
    # an alternate name must be a big place's (3,000 since round AC, from 10,000) when a
    # whole name says "city" ("Quebec City"; not "Dublin City Schools") or after "in",
    # "from", "to", a word English knows only as a name ("from Burlada", GeoNames' Burlata);
    # 1,000 for a name of three words there, which no common phrase is ("to Hook of Holland")
    low = (whole_run and key.endswith(" city")) or (locative and rare(key))
    bar = 1e3 if locative and n_words > 2 else 3e3 if low else 1e5
    if (
        tier == 2
        and (weight < bar or first.sentence_start)
        and not _SAID_A_PLACE.match(text, last.end)
    ):
        return None
    after = toks[b].key if b < len(toks) else ""
    if n_words == 1 and weight < PROMINENT and after in _SPEECH:
        return None
    if n_words == 1 and after in _PERSON_AFTER:
        return None  # "the Bush administration", "Bush Jr.": a president
    if b < len(toks) and toks[b].text in _REGNAL and toks[b].gap_before == " ":
        return None  # "Queen Elizabeth II", "Charles III": a monarch or a pope
    if after in _NAMED_AFTER and not (toks[b].gap_before.strip() and _next_known(toks, b, known)):
        return None  # "Nile River", "Ebola virus"; not past a comma to a name ", Lake Tahoe"
    if (
        after in _NAMED_AFTER_CAPS
        and toks[b].capitalised
        and not _NUMBER_NEXT.match(text, toks[b].end)
    ):
        return None
    if _NUMBERED.match(text, last.end):
        return None  # "Lot No. 5", not the French department
    # "Camp 3", "Stage 4": a numbered thing, whatever town shares the word; a big place's
    # other name lends it no prominence ("Part 2": GeoNames lists "Part" among Perth's names)
    if (
        n_words == 1
        and (weight < PROMINENT or tier == 2)
        and _NUMBER_AFTER.match(text, last.end)
        and common(key)
    ):
        return None
    if n_words > 1 and all(t.key in _ROYAL or t.key == "and" for t in toks[a:b]):
        return None  # "the King and Queen greeted them": a royal couple, not the county
    if whole_run and n_words == 2 and first.key in _ROYAL and not locative and weight < 1e4:
        return None  # "Prince Charles will visit Darwin": a royal, not the Canadian hamlet
    if not locative and weight < PROMINENT and _AGE_AFTER.match(text, last.end):
        return None  # "his sisters Lora (27) and Carla (21)": a person's age, as news gives it
    if after == "of" and before != "the" and all(t.key in COMPASS for t in toks[a:b]):
        return None  # "300 km South West of Mbeya": a direction; "the South West of" a region
    if n_words == 1 and key in FUNCTION_WORDS and not first.short_caps:
        return None  # "The", "We"; but "U.S." and "US" are names
    if n_words == 1 and tier == 2 and key in region_codes() and not after_comma:
        return None  # "Ms", "Me", "Or": postal codes only after a comma

    if (
        n_words == 1
        and weight < PROMINENT
        and not locative
        and common(key)
        and not before_state()
        and not code_after_town  # "Springfield IL"
    ):
        return None
    # Known only by weak readings, a small US postal town or a county's bare name
    # ("Stevens" for Stevens County): a place after "in", "near"... or before a state
    # ("Lanexa, Va."), not "the Kremlin" (Kremlin, Montana) or a surname.
    weak = weight <= _POSTAL_WEIGHT or (n_words == 1 and weight < 1e4 and only_weak(gaz, key))
    if weak and (before == "the" or (not locative and not before_state())):
        return None

    if whole_run:
        evidence.append("whole capitalised run")
    else:
        nxt = toks[b].key if b < j else ""
        inner_before = toks[a - 1] if a > i else None
        if inner_before is not None and inner_before.key == "united":
            return None  # "United Russia": a party named after the country, not in it
        rest = fold(text[toks[b].start : toks[j - 1].end]) if b < j else ""
        if a == i and b == j - 1 and rest in _LANDFORMS:
            return None  # "the Panama Canal", "the Niger Delta": a feature the index lacks
        if a == i and key in PART_BEFORE and rest in known:
            return None  # "Downtown El Paso": a part of the town after it, no place
        # "Pokhara Nepal", "Hoa Binh Vietnam": a town, then its country or state
        town_then_area = (
            a == i
            and weight >= 1e4
            and not last.possessive
            and rest in known
            and is_area_name(gaz, rest)
            and is_town_name(gaz, key)  # not "Far North Queensland"
        )
        # "Jebel Al-Akhdar plateau": an Arabic article hyphened to a name after the place's
        # name goes on with that name ("Jebel" is no place of its own there)
        arabic_after = article_before_name(toks, b) if b < j else False
        ok = (
            # "Gainesville Public Utilities", "Moscow Mayor ...": a place naming what follows
            (
                a == i
                and weight >= 1e4
                # "the A1 Gold Mine": a common word known only as another name of a town
                # (Gold Coast) names what follows, not a place
                and not (tier == 2 and common(key))
                # "the Gulf of Tonkin" is not Gulf Province, "the Bay of Fundy" not Bay
                and not (nxt in CONNECTORS and key in _FEATURE_HEADS)
                and (nxt in ORG_WORDS or nxt in KIND_WORDS or very_common(nxt))
                and not arabic_after
                # "Arnhem Land", "Queen Maud Land": a region of its own, not the town
                and nxt not in ("land", "lands")
            )
            # "Gainesville's VFW Post": the possessive ends the place's name
            or (a == i and last.possessive and weight >= 1e4)
            or town_then_area
            or (inner_before is not None and inner_before.key in CONNECTORS and not arabic_after)
            # "Northeast Georgia": a part of a known place, named by a compass word
            # ("West Tyler Street", "South Coast Air Quality District" are other names)
            or (
                inner_before is not None
                and inner_before.key in PART_BEFORE
                and b == j
                and weight >= 1e5
            )
            or hyphen_part(toks, i, j, a, b, known)  # "the Montana-Wyoming border"
            or weight >= 1e6
            # "Kirkwood MO": the town before its state's code, and the code itself
            or (
                a == i
                and b == j - 1
                and state_code(toks[b])
                and town_before_code(toks[a:b], key, known)
            )
            or (after_comma and code_after_town)
            or (in_place and b == j)  # "London's Heathrow Airport"
        )
        if not ok:
            return None
        evidence.append("part of a longer capitalised run")
        if town_then_area:
            evidence.append(TOWN_THEN_AREA)
    recognition = 1.0 if n_words > 1 or (tier == 1 and weight >= 1e5) else 0.8
    if first.sentence_start:
        recognition *= 0.9
        evidence.append("at the start of a sentence")
    if locative:
        recognition = min(1.0, recognition + 0.1)
        evidence.append(f"after {before!r}")
    kind_hint, n_kind = kind_after(toks, b)
    if not kind_hint and city_after(toks, b, key, gaz):
        kind_hint, n_kind = "city", 1  # "Mexico city": the city a place's name is written with
    elif not kind_hint and region_after(toks, b, key, gaz):
        kind_hint, n_kind = "region", 1  # "the Kursk region": the oblast, not the city
    with_kind = ""
    if kind_hint:
        evidence.append(f"kind word after the name: {kind_hint}")
        with_kind = text[first.start : toks[b + n_kind - 1].end]
    elif a > 0 and toks[a - 1].key in KIND_WORDS and before != "the":
        kind_hint = KIND_WORDS[toks[a - 1].key]
    else:
        kind_hint = level_cue(toks, a, b) or dateline_kind(text, first.start, last.end)
        if kind_hint:
            evidence.append(f"read as a {kind_hint} {CUED}")
    if tier == 2:
        evidence.append("alternate name of a prominent place")
    end = last.end
    if key in abbreviations() and text[end : end + 1] == "." and not surface.endswith("."):
        end += 1  # "Ga." keeps its full stop, as written
    return Found(first.start, end, text[first.start : end], key, kind_hint, evidence,
                  recognition, sent, before=before, with_kind=with_kind)  # fmt: skip
