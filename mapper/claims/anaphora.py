"""Resolve an anaphor ("this launch facility", "the plant", "it") to the place an
earlier mention names, for :mod:`.check`.

A noun anaphor takes the nearest earlier mention of a compatible kind; a bare pronoun
the subject of an earlier claim or sentence. The claim's own other endpoint is never
taken. A pronoun whose sentence before opens on a place the gazetteer does not know
("Seri Khawaja is a village in ... It is located 17 km east of Poonch") stays
unresolved: it is not the next place that sentence happens to name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mapper.document import Document
from mapper.geodesy import distance_km
from mapper.model import Mention, Place
from mapper.place import AREA_KINDS

from .clauses import _CONTAINERS, _FRONTED, FRONTED_PHRASE, fronted_at
from .notes import no_distance_between
from .sites import EVENT_AFTER_RE, airport_town
from .types import Claim, Endpoint
from .vocabulary import _PAIR_NOUN_PHRASE

__all__ = ["antecedent", "is_pair_anaphor", "pair_antecedents"]

#: Look a name up as a place of a kind: the place (or None) and why not.
Lookup = Callable[[str, str | None], tuple[Place | None, str]]

#: What may open a sentence before its subject: "The city of ", "Historic ".
_OPENS_RE = re.compile(r"\W*(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?", re.IGNORECASE)
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|from|near|into|towards?|via|through|outside|across|around|visit(?:s|ed|ing)?|"
    r"reach(?:es|ed|ing)?|left|leaves?|leaving)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOWN_KINDS = frozenset({"city", "town"})
#: Words that call a place a settlement: a town of that name may be looked up.
_SETTLEMENT_WORDS = frozenset({"village", "town", "city", "hamlet", "settlement", "municipality"})
#: A lowercase word after a name, its verb ("X left", "X became"), not more of a name.
_WORD_AFTER = re.compile(r"\s+[a-z]")
#: A name that calls its place an island, whatever kind the gazetteer files it as (Pitcairn
#: Island, a territory): the thing a pronoun may stand for, not an area where things lie.
_ISLAND_NAME = re.compile(r"\b(?:Island|Isle|Atoll)\b|^Isle\s+of\b")
#: Areas that hold places (a pronoun's own sentence names them as where, not as what).
_AREA_KINDS = _CONTAINERS | {"county", "area"}
#: Areas and waters, where things lie (an island or a peak may itself be the thing).
_WHERE = AREA_KINDS - {"island", "mountain"}


def antecedent(
    endpoint: Endpoint,
    claim: Claim,
    other: Mention | None,
    doc: Document,
    claims: Sequence[Claim],
    lookup: Lookup,
) -> tuple[Place | None, Mention | None, str]:
    """Resolve "this launch facility", "the plant" or "it" to an earlier mention.

    A noun anaphor takes the nearest earlier mention whose place has a compatible
    kind, looking back up to three sentences; failing that, the nearest mention of
    another kind whose name also names a place of the wanted kind ("Vostochny", the
    town and the spaceport) is read as that place. A bare pronoun takes the subject of
    an earlier claim, else the first place named in the previous sentences after a
    preposition of place, else the first place named there. The claim's own other
    endpoint is never taken.
    """
    kinds, hint = endpoint.kinds, endpoint.kind_hint
    earlier = doc.sentences_before(claim.sentence_start, 3)

    def usable(m: Mention) -> bool:
        return (
            m.place is not None
            and m.place.kind not in _WORLD_REGIONS  # "It" is never "Central Africa"
            # nor the state that holds the other end: "... to Columbia, 35 miles south"
            and not (
                other is not None and other.place and no_distance_between(m.place, other.place)
            )
            and m is not other
            and not (other is not None and m.place == other.place)
        )

    if kinds & _TOWN_KINDS and other is not None:
        # "Queenstown Airport, 8 km east of the town": the town the airport is named for
        town = airport_town(other, lookup)
        if town is not None:
            return town, None, ""
    candidates: list[Mention] = []
    if kinds:
        nearest_first = [
            m
            for lo, hi in [(claim.sentence_start, endpoint.start), *reversed(earlier)]
            for m in reversed(doc.mentions_between(lo, hi))
            if usable(m)
        ]
        candidates += [m for m in nearest_first if m.place and m.place.kind in kinds]
        candidates += [m for m in nearest_first if m.place and m.place.kind not in kinds]
        if earlier and (
            _OPENS_RE.fullmatch(doc.text, claim.sentence_start, endpoint.start)
            or fronted_at(doc.text, claim.sentence_start, endpoint.start)
        ):
            # "X is a remote island, between A and the B Islands. The island lies ...": an
            # anaphor that opens its sentence goes on with the subject of the one before;
            # so does one after a fronted phrase ("Lying off A, the island is ...")
            told = [m for m in _subject(doc, *earlier[-1]) if usable(m) and m in candidates]
            if (
                told
                and told[0].place is not None
                and (told[0].place.kind in kinds or _called(doc.text, told[0], endpoint))
            ):
                return told[0].place, told[0], ""
    else:
        if EVENT_AFTER_RE.match(doc.text, endpoint.end):
            # "It occurred 81 km north of X", "it crashed 20 km from X": the quake, the
            # plane; a thing that happened is no place an earlier name stands for
            return None, None, "it names an event or a vehicle, not a place"
        window = earlier[0][0] if earlier else claim.sentence_start
        before = [c for c in claims if window <= c.sentence_start < claim.sentence_start]
        if before and before[-1].target is None:
            # "The quake struck 33 km from X. It was 26 km from Y.": the same unnamed thing
            return None, None, "it refers to what the claim before located, which is unnamed"
        unknown = _unknown_subject(doc, earlier)
        if unknown is not None:
            name, kind_word = unknown
            if kind_word in _SETTLEMENT_WORDS:
                # "Jasper, a town up in the Rockies. It is ...": a name the geoparser passed
                # over (a first name too), looked up among the story's places
                found, _ = lookup(name, None)
                if found is not None and found.kind in _TOWN_KINDS:
                    return found, None, ""
            return None, None, f"it refers to {name!r}, a {kind_word} the gazetteer does not know"
        for c in reversed(claims):
            if c.target is None or c.target.anaphoric:
                continue
            if window <= c.target.start < endpoint.start:
                m = doc.mention_at(c.target.start, c.target.end)
                if m is not None and usable(m):
                    candidates.append(m)
        text = doc.text
        # "The road links X to Y, which is 340 km away from it": a place its own sentence
        # named before it, not the claim's other end nor an area
        candidates[:0] = [
            m
            for m in doc.mentions_between(claim.sentence_start, endpoint.start)[:1]
            if usable(m) and m.place is not None and m.place.kind not in _AREA_KINDS
        ]
        # "Livingstone: Situated 8 km from Victoria Falls, it was ...": the place a
        # heading names before a colon, in the claim's own sentence
        candidates[:0] = [
            m
            for m in doc.mentions_between(claim.sentence_start, endpoint.start)[:1]
            if usable(m)
            and _OPENS_RE.fullmatch(text, claim.sentence_start, m.start)
            and text.startswith(":", m.end)
        ]
        # "Bagan was a royal capital in Burma. It lies ...": the place a sentence opens
        # with, its subject, before the places it names later
        candidates += [
            m for lo, hi in reversed(earlier) for m in _subject(doc, lo, hi) if usable(m)
        ]
        mentions = [m for lo, hi in reversed(earlier) for m in doc.mentions_between(lo, hi)]
        # an area a sentence before named is where things lie ("It is in France, on the
        # Rhine"), not the thing the pronoun stands for; the subjects above may be one
        mentions = [
            m
            for m in mentions
            if usable(m)
            and m.place
            and (m.place.kind not in _WHERE or _ISLAND_NAME.search(m.surface))
        ]
        located = [
            m for m in mentions if _LOCATIVE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        ]
        candidates += located + [m for m in mentions if m not in located]
    for m in candidates:
        place = m.place
        if place is None:
            continue
        if not kinds or place.kind in kinds:
            return place, m, ""
        for kind in [hint] if hint is not None else sorted(kinds & _TOWN_KINDS):
            # a name that also names a place of the wanted kind ("Kapurthala", the
            # district and the town, for "the city"), there and not a namesake
            # elsewhere ("India", a village in the Gambia, is not the country's city)
            found, _ = lookup(m.surface, kind)
            if found is not None and found.kind in kinds and _same_area(found, place):
                return found, m, ""
    introduced = _introduced_unknown(doc, endpoint, earlier) if kinds else None
    if introduced is not None:  # "the village of Varnava ... reached the village"
        for kind in [hint] if hint is not None else sorted(kinds):
            # "Jigjiga is a city ...": a name the geoparser passed over, found by its kind
            found, _ = lookup(introduced, kind)
            if found is not None and found.kind in kinds:
                return found, None, ""
        return None, None, f"it refers to {introduced!r}, which the gazetteer does not know"
    named = "/".join(sorted(kinds)) or "place"
    what = f"{'an' if named[0] in 'aeiou' else 'a'} {named}"  # "an airport"
    return None, None, f"found no earlier mention of {what} it could refer to"


def _introduced_unknown(
    doc: Document, endpoint: Endpoint, earlier: Sequence[tuple[int, int]]
) -> str | None:
    """Return the name an earlier "the <noun> of X" gave the anaphor's noun, when the
    geoparser did not take X for a place ("the village of Varnava", then "the village")."""
    noun = endpoint.text.split()[-1].lower()
    lo = earlier[0][0] if earlier else endpoint.start
    pattern = re.compile(
        rf"\b{re.escape(noun)}\s+of\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
    )
    found = [
        m
        for m in pattern.finditer(doc.text, lo, endpoint.start)
        if not doc.mentions_between(m.start("name"), m.end("name"))
    ]
    if found:
        return found[-1].group("name")
    # "X is a city in the east. ..., the city lies": the sentence before
    # opens on a name it calls by the anaphor's noun
    if earlier:
        opened = _KIND_OF_PLACE_RE.match(doc.text, *earlier[-1])
        if (
            opened is not None
            and re.search(rf"\b{re.escape(noun)}\b", opened.group(), re.IGNORECASE)
            and not doc.mentions_between(opened.start("name"), opened.end("name"))
        ):
            return opened.group("name")
    return None


def _called(text: str, subject: Mention, anaphor: Endpoint) -> bool:
    """Return whether the sentence of ``subject`` calls it by the anaphor's noun: "Fair
    Isle is a remote island", then "The island" (whatever kind the gazetteer gives it)."""
    noun = re.escape(anaphor.text.split()[-1].lower())
    called = rf"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun}\b"
    return re.match(called, text[subject.end :], re.IGNORECASE) is not None


def _subject(doc: Document, lo: int, hi: int) -> list[Mention]:
    """Return the place a sentence opens with, its subject (none when it opens on other
    words); after a fronted participle's phrase, the place right after its comma
    ("Lying north of X, Y is ...": Y)."""
    text = doc.text
    start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    fronted = FRONTED_PHRASE.match(text, start, hi)
    if fronted is not None:
        # "Together with its neighbours, X left ...": the place after the comma
        after = [
            m
            for m in doc.mentions_between(fronted.end(), hi)[:1]
            if _OPENS_RE.fullmatch(text, fronted.end(), m.start) and _WORD_AFTER.match(text, m.end)
        ]
        if after:
            return after
    if _FRONTED.match(text, start):
        comma = text.find(",", start, hi)
        if comma < 0:
            return []
        lo = comma + 1
    return [m for m in doc.mentions_between(lo, hi)[:1] if _OPENS_RE.fullmatch(text, lo, m.start)]


#: How far a town may lie from the point of the district or region of its name.
_SAME_AREA_KM = 300.0


def _same_area(found: Place, named: Place) -> bool:
    """Return whether ``found`` can be the place of that name inside ``named``: in its
    country, and near its point unless ``named`` is a whole country."""
    if found.country and named.country and found.country != named.country:
        return False
    return named.kind == "country" or distance_km(found, named) <= _SAME_AREA_KM


#: A sentence that opens on a name and says what kind of place it is: "Seri Khawaja is a
#: village in ...", "Kruja, a mountain town, is ...".
#: Kinds of place no anaphor stands for: a part of the world.
_WORLD_REGIONS = frozenset({"continent", "macroregion"})
_KIND_OF_PLACE_RE = re.compile(
    # "The Tarrow Refinery is an oil refinery in ...": a works too, its article dropped
    r"\W*(?:The\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
    r"(?:\s+(?:mine|refinery|dam|field|plant|reservoir|observatory))?)"  # "The X mine is a"
    r"(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<kind>village|town|city|"
    r"hamlet|settlement|suburb|municipality|community|island|monastery|temple|resort|port|"
    r"site|refinery|mine|dam|reservoir|power\s+(?:plant|station)|oil\s*field|gas\s+field|"
    r"observatory|headland|(?:national\s+)?park)\b"
)


#: A sentence that opens on a site's own name, its kind word last ("Ramgarh Cantonment,
#: home of a regiment, lies in X"), before its verb or a comma.
_SITE_OPENS_RE = re.compile(
    r"\W*(?:The\s+)?(?P<name>(?:[A-Z][\w'\u2019-]+\s+){1,5}(?P<kind>Station|Base|Airport|Airfield|"
    r"Camp|Cantonment|Observatory|Mine|Dam|Monastery|Temple|Fort|Castle|Cemetery|Memorial|"
    r"Plant|Reserve))(?:,|\s+(?:is|was|lies|sits|stands)\b)"
)


def _unknown_subject(doc: Document, earlier: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    """Return the name the sentence before opens on, with the word that says what kind of
    place it is, when the geoparser did not take it for a place; else None."""
    if not earlier:
        return None
    lo, hi = earlier[-1]
    opened = _KIND_OF_PLACE_RE.match(doc.text, lo, hi)
    if opened is None or doc.mentions_between(opened.start("name"), opened.end("name")):
        site = _SITE_OPENS_RE.match(doc.text, lo, hi)
        # a mention of the whole, or of the site by its short name ("Cerro Tololo"), is known
        whole = site is not None and any(
            m.end >= site.end("name") or (m.place is not None and m.place.kind not in _TOWN_KINDS)
            for m in doc.mentions_between(site.start(), site.end("name"))
        )
        if site is None or whole:
            return None
        return site.group("name"), site.group("kind").lower()
    return opened.group("name"), opened.group("kind").lower()


#: A plural anaphor that stands for two places: "these two wine towns", "the two cities",
#: "both capitals", "the pair".
_PAIR_RE = re.compile(
    rf"{_PAIR_NOUN_PHRASE}$|both(?:\s+the)?\s+(?:[\w-]+\s+){{0,3}}?[a-z-]+s$|"
    r"the\s+(?:pair|duo|two|twin\s+(?:cities|towns))$|they$",
    re.IGNORECASE,
)
#: The kinds of place a pair anaphor may stand for: points, not countries or regions.
_PAIR_KINDS = frozenset(
    {"city", "town", "airport", "station", "site", "island", "spaceport", "factory", "campus"}
)


def is_pair_anaphor(endpoint: Endpoint) -> bool:
    """Return whether an anaphor stands for two places ("these two towns", "the pair")."""
    return endpoint.anaphoric and _PAIR_RE.fullmatch(endpoint.text.strip()) is not None


def pair_antecedents(
    endpoint: Endpoint, claim: Claim, doc: Document
) -> tuple[Mention, Mention] | None:
    """Return the two places a plural anaphor stands for, in the order told ("Dijon and
    Beaune are rivals. These two wine towns are separated by just 40 km"): the two nearest
    places named before it, in its sentence or the two before; None when the endpoint is no
    such anaphor or fewer than two places are named."""
    if not is_pair_anaphor(endpoint):
        return None
    earlier = doc.sentences_before(claim.sentence_start, 2)
    found: list[Mention] = []
    for lo, hi in [(claim.sentence_start, endpoint.start), *reversed(earlier)]:
        for m in reversed(doc.mentions_between(lo, hi)):
            if m.place is None or m.place.kind not in _PAIR_KINDS:
                continue
            if all(m.place != f.place for f in found):
                found.append(m)
            if len(found) == 2:
                return found[1], found[0]
    return None
