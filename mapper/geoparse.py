"""Find the places a text names and resolve them with the whole document as context.

Recognition needs no model download: capitalised runs of words are matched against the
gazetteer's names (longest first), with rules for sentence starts, possessives
("Russia's"), hyphenated and multi-word names, kind words ("the Vostochny spaceport"),
people ("President Vladimir Putin", and "Putin" later on), organisations ("the group
Wagner") and demonyms ("North Korean" is recorded as an adjective of North Korea, not as
a place).

Resolution runs in two passes. The first looks every name up on its own; names that
come out unambiguous (score >= 0.9), countries and the countries of demonyms become the
document's anchors. The second looks every name up again with the anchors as context
(nearby places and places in the anchors' countries are preferred), and honours
"X, Y" and "X in Y" where Y is a country or region.

Examples
--------
>>> doc = parse_document("The train left Vladivostok for Ussuriysk, a North Korean envoy said.")
>>> [(m.surface, m.place.name) for m in doc.mentions]
[('Vladivostok', 'Vladivostok'), ('Ussuriysk', 'Ussuriysk')]
>>> [(d.surface, d.adjective_of) for d in doc.demonyms]
[('North Korean', 'KP')]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .document import Document
from .model import AREA_KINDS, Candidate, Mention, Place
from .names import KIND_WORDS, fold
from .text import (
    CONNECTORS,
    FUNCTION_WORDS,
    LOCATIVES,
    TITLES,
    Token,
    capitalised_runs,
    sentence_spans,
    tokenize,
)

__all__ = ["geoparse", "parse_document", "resolve_spans"]

_MAX_NGRAM = 6
_COHERENCE_KM = 100.0
_COHERENCE_FLOOR = 0.02
_SAME_REGION_AFFINITY = 0.5
#: Affinity of a place and its country, and of two regions of one country.
_IN_COUNTRY_AFFINITY = 0.3

# Words that are place names somewhere but, capitalised alone, almost never mean one.
_NOT_ALONE = frozenset(
    """north south east west northern southern eastern western central upper lower new
    great little greater old mount lake river city county state republic island islands
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday god christmas
    easter union army navy police government university college church""".split()
)
# Nouns that, right after a place name, make the run an organisation or role, not a person.
_ORG_WORDS = (
    frozenset(
        """mayor governor police department council city county state university college school
    hospital airport station port harbor harbour coast guard army navy airforce fleet
    command forum times post herald tribune journal news court club team fc united
    company corporation corp inc ltd group bank ministry office government parliament
    assembly senate congress committee agency authority board district region province
    oblast krai republic institute center centre museum zoo park bridge street road
    avenue highway railway railroad metro line stadium arena church cathedral mosque
    temple market exchange festival games olympics summit conference cup league economic
    international national federal regional central""".split()
    )
    | TITLES
)
# Nouns right before a name that make it an organisation or brand ("the group Wagner").
_ORG_BEFORE = frozenset(
    """group company firm band club team brand label newspaper magazine channel network
    agency outlet party movement militia mercenary mercenaries faction organisation
    organization airline carrier manufacturer maker""".split()
)
# Names of institutions that stand for a government unless "in/at the X".
_METONYMS = frozenset({"kremlin", "white house", "pentagon", "downing street", "elysee"})
_SHORT_CAPS_OK = frozenset({"us", "usa", "uk", "uae"})
# Verbs of speech after a single name make it a person ("Steele said").
_SPEECH = frozenset(
    "said says told added noted explained argued wrote asked replied stated urged warned".split()
)
# Nouns after a place name that make it the name of something else ("Marburg virus",
# "Tumen River": the river, not the town).
_NAMED_AFTER = frozenset(
    """virus fever disease syndrome river lake creek bay sea ocean gulf strait mountain
    mountains island islands valley canyon peninsula desert forest falls dam""".split()
)
#: Zipf frequency (wordfreq) above which a single word is a common English word.
_COMMON_ZIPF = 4.0
#: Above this, a word after a place name is a common noun, not part of a person's name.
_VERY_COMMON_ZIPF = 4.5
#: Places this prominent are names even when their name is also a common word.
_PROMINENT = 1e5
#: The weight of a US postal town, the least prominent kind of place the gazetteer has.
_POSTAL_WEIGHT = 200.0


@functools.cache
def _common(word: str) -> bool:
    """Return True for a common English word ("council", "bell"), per wordfreq."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _COMMON_ZIPF


@functools.cache
def _very_common(word: str) -> bool:
    """Return True for a very common English word ("public", "business"), per wordfreq."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _VERY_COMMON_ZIPF


@functools.cache
def _region_codes() -> frozenset[str]:
    from .gazetteer import abbreviation_keys

    return abbreviation_keys("code")


def _only_weak(gaz: Any, key: str) -> bool:
    """Return True when a name's best candidates are all weak readings: the bare name of
    a county ("Stevens" for Stevens County) or a US postal town, never a town's own name."""
    from .errors import MapperError

    try:
        found = gaz.search(key, limit=3)
    except MapperError:
        return False
    return bool(found) and all(c.match == "short form" or c.place.kind == "town" for c in found)


def _is_region_name(gaz: Any, key: str) -> bool:
    """Return True when a folded word names a first-level region ("va", "virginia")."""
    from .errors import MapperError

    if key in _abbreviations():
        return True
    try:
        return any(c.place.kind == "region" for c in gaz.search(key, kind="region", limit=1))
    except MapperError:
        return False


@functools.cache
def _abbreviations() -> frozenset[str]:
    from .gazetteer import abbreviation_keys

    return abbreviation_keys()


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    surface: str
    key: str
    kind_hint: str | None
    evidence: list[str]
    recognition: float
    sentence: tuple[int, int]
    demonym: str = ""
    before: str = ""  # folded word before the name
    after_comma: int | None = None  # index of a following "X, Y" partner
    in_partner: int | None = None  # index of "X in Y" partner


def _kind_after(tokens: Sequence[Token], j: int) -> tuple[str | None, int]:
    """Return the kind named by the words starting at token j, and how many words."""
    for n in (3, 2, 1):
        if j + n <= len(tokens):
            phrase = " ".join(t.key for t in tokens[j : j + n])
            if phrase in KIND_WORDS and all(t.gap_before.strip() == "" for t in tokens[j : j + n]):
                return KIND_WORDS[phrase], n
    return None, 0


def _recognise(text: str, gaz: Any) -> tuple[list[_Found], list[tuple[int, int]], frozenset[str]]:
    sentences = sentence_spans(text)
    per_sentence = [(s, tokenize(text, *s)) for s in sentences]
    # Collect capitalised runs, and every n-gram key inside them, for one index query.
    runs: list[tuple[tuple[int, int], list[Token], int, int]] = []
    keys: set[str] = set()
    for sent, toks in per_sentence:
        for i, j in capitalised_runs(toks):
            runs.append((sent, toks, i, j))
            for a in range(i, j):
                for b in range(a + 1, min(j, a + _MAX_NGRAM) + 1):
                    keys.add(fold(text[toks[a].start : toks[b - 1].end]))
    known = gaz.name_tiers(keys)
    demonyms = {k for k in keys if gaz.demonym_key(k)}

    # People: runs after a title (sure), or short runs that are not place names and do
    # not start with a well-known place (likely: "Kim Jong Un", "Choe Sun Hui").
    person_keys: set[str] = set()
    likely_people: set[str] = set()
    for _sent, toks, i, j in runs:
        run_keys = [t.key for t in toks[i:j]]
        whole = fold(text[toks[i].start : toks[j - 1].end])
        if whole in known or whole in demonyms:
            continue
        before = toks[i - 1].key if i > 0 else ""
        titled = [k for k, t in enumerate(toks[i:j]) if t.key in TITLES]
        if before in TITLES and not titled:
            person_keys.update(run_keys)
        elif titled:
            person_keys.update(run_keys[titled[-1] + 1 :])
        else:
            # "During Iraq's invasion", "Overall Edmonton received": a common word that
            # opens a sentence is not the first name of a person.
            opener = run_keys[0]
            if toks[i].sentence_start and _common(opener):
                run_keys = run_keys[1:]
            if 2 <= len(run_keys) <= 3 and not any(
                k in _ORG_WORDS or k in CONNECTORS for k in run_keys
            ):
                first = run_keys[0]
                if first not in demonyms and known.get(first, (2, 0))[1] < 1e5:
                    likely_people.update(run_keys)
    demonym_keys = {k for k in person_keys | likely_people if gaz.demonym_key(k)}
    person_keys -= demonym_keys
    likely_people -= demonym_keys | person_keys

    found: list[_Found] = []
    for sent, toks, i, j in runs:
        a = i
        while a < j:
            hit = None
            for b in range(min(j, a + _MAX_NGRAM), a, -1):
                if not toks[b - 1].capitalised:
                    continue
                key = fold(text[toks[a].start : toks[b - 1].end])
                if key in known or key in demonyms:
                    hit = (b, key)
                    break
            if hit is None:
                a += 1
                continue
            b, key = hit
            # "in Texas": a locative preposition outweighs a guess that a word is a name.
            before_key = toks[a - 1].key if a > 0 else ""
            people = person_keys if before_key in LOCATIVES else person_keys | likely_people
            item = _judge(text, toks, i, j, a, b, key, known, demonyms, people, gaz, sent)
            if item is not None:
                found.append(item)
            a = b
    _link_patterns(text, found)
    return found, sentences, frozenset(person_keys | likely_people)


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
    gaz: Any,
    sent: tuple[int, int],
) -> _Found | None:
    """Decide whether tokens a..b of the run i..j name a place; return it or None."""
    first, last = toks[a], toks[b - 1]
    surface = text[first.start : last.end]
    before = toks[a - 1].key if a > 0 else ""
    evidence: list[str] = []
    # A demonym beats a small namesake town ("Canadian", Texas), not a big place.
    demonym_code = (
        gaz.demonym_key(key)
        if key in demonyms and known.get(key, (1, 0.0))[1] < _PROMINENT * 10
        else ""
    )
    tier, weight = known.get(key, (1, 0.0))
    whole_run = a == i and b == j
    n_words = b - a

    if demonym_code:
        return _Found(
            first.start, last.end, surface, key, None, ["demonym"], 1.0, sent, demonym_code
        )
    # "UN", "AP" are not places; "Dalton, GA" and "Sydney, NSW" are.
    after_comma = "," in first.gap_before and key in _region_codes()
    if n_words == 1 and first.short_caps and key not in _SHORT_CAPS_OK and not after_comma:
        return None
    if n_words == 1 and key in _abbreviations() and "." not in text[last.end - 1 : last.end + 1]:
        return None  # "Miss" or "Ore" without the full stop of "Miss." or "Ore."
    if key in person_keys and n_words == 1:
        return None
    if n_words == 1 and key in _NOT_ALONE:
        return None
    if first.sentence_start and n_words == 1 and key in FUNCTION_WORDS:
        return None
    if key in _METONYMS and before not in LOCATIVES and before != "the":
        return None
    if key in _METONYMS and before == "the" and (a < 2 or toks[a - 2].key not in LOCATIVES):
        return None
    if before in _ORG_BEFORE and n_words == 1:
        return None
    if tier == 2 and (weight < 1e5 or first.sentence_start):
        return None
    after = toks[b].key if b < len(toks) else ""
    if n_words == 1 and weight < _PROMINENT and after in _SPEECH:
        return None
    if after in _NAMED_AFTER:
        return None
    if n_words == 1 and key in FUNCTION_WORDS and not first.short_caps:
        return None  # "The", "We"; but "U.S." and "US" are names
    if n_words == 1 and tier == 2 and key in _region_codes() and not after_comma:
        return None  # "Ms", "Me", "Or": postal codes only after a comma
    if n_words == 1 and weight < _PROMINENT and before not in LOCATIVES and _common(key):
        return None
    # Known only by weak readings, a small US postal town or a county's bare name
    # ("Stevens" for Stevens County): a place after "in", "near"... or before a state
    # ("Lanexa, Va."), not "the Kremlin" (Kremlin, Montana) or a surname.
    weak = weight <= _POSTAL_WEIGHT or (n_words == 1 and weight < 1e4 and _only_weak(gaz, key))
    if weak and (before == "the" or before not in LOCATIVES):
        before_state = (
            b < len(toks) and "," in toks[b].gap_before and _is_region_name(gaz, toks[b].key)
        )
        if before == "the" or not before_state:
            return None

    if whole_run:
        evidence.append("whole capitalised run")
    else:
        nxt = toks[b].key if b < j else ""
        inner_before = toks[a - 1] if a > i else None
        ok = (
            # "Gainesville Public Utilities", "Moscow Mayor ...": a place naming what follows
            (
                a == i
                and weight >= 1e4
                and (nxt in _ORG_WORDS or nxt in KIND_WORDS or _very_common(nxt))
            )
            # "Gainesville's VFW Post": the possessive ends the place's name
            or (a == i and last.possessive and weight >= 1e4)
            or (inner_before is not None and inner_before.key in CONNECTORS)
            or (a > i and first.gap_before.strip() in ("-", "/"))
            or weight >= 1e6
        )
        if not ok:
            return None
        evidence.append("part of a longer capitalised run")
    recognition = 1.0 if n_words > 1 or (tier == 1 and weight >= 1e5) else 0.8
    if first.sentence_start:
        recognition *= 0.9
        evidence.append("at the start of a sentence")
    if before in LOCATIVES:
        recognition = min(1.0, recognition + 0.1)
        evidence.append(f"after {before!r}")
    kind_hint, _ = _kind_after(toks, b)
    if kind_hint:
        evidence.append(f"kind word after the name: {kind_hint}")
    elif a > 0 and toks[a - 1].key in KIND_WORDS and before != "the":
        kind_hint = KIND_WORDS[toks[a - 1].key]
    if tier == 2:
        evidence.append("alternate name of a prominent place")
    end = last.end
    if key in _abbreviations() and text[end : end + 1] == "." and not surface.endswith("."):
        end += 1  # "Ga." keeps its full stop, as written
    return _Found(first.start, end, text[first.start : end], key, kind_hint, evidence,
                  recognition, sent, before=before)  # fmt: skip


def _link_patterns(text: str, found: list[_Found]) -> None:
    """Mark "X, Y" and "X in Y" pairs (Y a later mention in the same sentence)."""
    for n, (x, y) in enumerate(itertools.pairwise(found)):
        gap = text[x.end : y.start]
        if x.sentence != y.sentence or y.demonym:
            continue
        if gap.strip() == ",":
            x.after_comma = n + 1
        elif gap.strip().lower() == "in":
            x.in_partner = n + 1


def _resolve(found: list[_Found], gaz: Any) -> list[Mention]:
    """Resolve recognised names with the document as context."""
    first_pass: dict[tuple[str, str | None], list[Candidate]] = {}
    for f in found:
        if not f.demonym and (f.surface, f.kind_hint) not in first_pass:
            first_pass[(f.surface, f.kind_hint)] = _search(gaz, f.surface, f.kind_hint, ())
    countries = [gaz.demonym_country(f.demonym) for f in found if f.demonym]
    second = _cohere(first_pass, [c for c in countries if c is not None])

    mentions: list[Mention] = []
    for f in found:
        if f.demonym:
            country = gaz.demonym_country(f.demonym)
            mentions.append(
                Mention(
                    f.surface,
                    f.start,
                    f.end,
                    country,
                    1.0,
                    ("demonym",),
                    adjective_of=f.demonym,
                )
            )
            continue
        cands = list(second[(f.surface, f.kind_hint)])
        evidence = list(f.evidence)
        partner = f.after_comma if f.after_comma is not None else f.in_partner
        if partner is not None and cands:
            narrowed = _narrow(cands, found[partner], second, gaz)
            if narrowed:
                how = "X, Y" if f.after_comma is not None else "X in Y"
                evidence.append(f"{how} pattern with {found[partner].surface!r}")
                cands = narrowed
        if not cands:
            mentions.append(
                Mention(f.surface, f.start, f.end, None, 0.0, (*evidence, "no gazetteer match"))
            )
            continue
        best = cands[0]
        evidence.append(best.reason)
        mentions.append(
            Mention(
                f.surface,
                f.start,
                f.end,
                best.place,
                round(best.score * f.recognition, 4),
                tuple(evidence),
                tuple(cands[1:6]),
            )
        )
    return mentions


def _cohere(
    first: dict[tuple[str, str | None], list[Candidate]], demonym_countries: list[Place]
) -> dict[tuple[str, str | None], list[Candidate]]:
    """Re-rank every name's candidates by how well they fit the document's other names.

    Each candidate ``c`` of a name gets a support: over every other name, the best
    ``score(c') * K(c, c')`` among that name's candidates. ``K`` is
    ``max(exp(-d / 100 km), 0.1 exp(-d / 1000 km))`` between two points (only the second
    term when one of them is an area: a country, region, sea or range), at least 0.5
    between places in the same first-level region (or a place and its region), and 0.3
    between a place and its country or between two regions of one country (demonyms count
    as mentions of their country). The
    new score is ``score(c) * (0.02 + support(c))``, normalised
    per name; two rounds let agreement spread. A name alone in its text keeps its
    gazetteer ranking.
    """
    import numpy as np

    groups = [(key, cands) for key, cands in first.items() if cands]
    if len(groups) + len(demonym_countries) < 2:
        return first
    places = [c.place for _, cands in groups for c in cands] + demonym_countries
    owner = np.array(
        [g for g, (_, cands) in enumerate(groups) for _ in cands]
        + [len(groups) + i for i in range(len(demonym_countries))]
    )
    folded = [fold(key[0]) for key, _ in groups] + [
        f"demonym {p.country}" for p in demonym_countries
    ]
    names = np.array(folded, dtype=object)[owner]
    same_name = names[:, None] == names[None, :]
    kernel = _kernel(places) * ~same_name
    scores = np.array(
        [c.score for _, cands in groups for c in cands] + [1.0] * len(demonym_countries)
    )
    n_owners = len(folded)
    for _ in range(2):
        # best supporting candidate of each other name: max over that name's candidates
        weighted = kernel * scores[None, :]
        best = np.zeros((len(places), n_owners))
        np.maximum.at(best.T, owner, weighted.T)
        support = best.sum(axis=1)
        new = scores * (_COHERENCE_FLOOR + support)
        totals = np.zeros(n_owners)
        np.add.at(totals, owner, new)
        scores = np.where(
            totals[owner] > 0, new / np.where(totals[owner] > 0, totals[owner], 1), scores
        )
    out: dict[tuple[str, str | None], list[Candidate]] = {key: [] for key in first}
    i = 0
    for key, cands in groups:
        rescored = []
        for c in cands:
            why = f"{c.reason}; fits the text's other places ({support[i]:.2f})"
            rescored.append(Candidate(c.place, float(min(max(scores[i], 0.0), 1.0)), why))
            i += 1
        out[key] = sorted(rescored, key=lambda c: -c.score)
    return out


def _kernel(places: list[Place]) -> Any:
    """Return the pairwise affinity of places: nearness, shared region, shared country."""
    import numpy as np

    lat = np.radians([p.lat for p in places])
    lon = np.radians([p.lon for p in places])
    xyz = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    chord = np.clip(xyz @ xyz.T, -1.0, 1.0)
    dist_km = 6371.0 * np.arccos(chord)
    kinds = np.array([p.kind for p in places])
    area = np.isin(kinds, list(AREA_KINDS))
    # Near places support each other strongly; far ones in the same part of the world, a little.
    k = np.maximum(np.exp(-dist_km / _COHERENCE_KM), 0.1 * np.exp(-dist_km / 1000.0))
    # An area's point is only representative: it is near nothing, but in a part of the world.
    far = 0.1 * np.exp(-dist_km / 1000.0)
    k = np.where(area[:, None] | area[None, :], far, k)
    country = np.array([p.country for p in places])
    same_country = (country[:, None] == country[None, :]) & (country[:, None] != "")
    region_of = np.array([p.name if p.kind == "region" else p.admin1 for p in places])
    same_region = (
        same_country & (region_of[:, None] == region_of[None, :]) & (region_of[:, None] != "")
    )
    is_country = kinds == "country"
    # A list of a country's regions ("Iowa, Texas and Washington") hangs together.
    is_region = kinds == "region"
    siblings = same_country & is_region[:, None] & is_region[None, :]
    k = np.maximum(k, np.where(siblings, _IN_COUNTRY_AFFINITY, 0.0))
    k = np.maximum(k, np.where(same_region, _SAME_REGION_AFFINITY, 0.0))
    k = np.maximum(
        k,
        np.where(
            same_country & (is_country[:, None] | is_country[None, :]), _IN_COUNTRY_AFFINITY, 0.0
        ),
    )
    np.fill_diagonal(k, 0.0)
    return k


def _search(gaz: Any, surface: str, kind: str | None, context: Iterable[Place]) -> list:
    from .errors import InvalidQuery

    try:
        cands = gaz.search(surface, kind=kind, context=context, limit=10)
        if not cands and kind:
            cands = gaz.search(surface, context=context, limit=10)
    except InvalidQuery:
        return []
    return cands


def _narrow(cands: list[Candidate], partner: _Found, second: dict, gaz: Any) -> list[Candidate]:
    """Keep the candidates that lie in the partner place (a country or region)."""
    partner_cands = second.get((partner.surface, partner.kind_hint)) or []
    containers = [c.place for c in partner_cands if c.place.kind in ("country", "region")]
    if not containers:
        return []
    for container in containers:
        if container.kind == "country":
            kept = [
                c for c in cands if c.place.country == container.country and c.place != container
            ]
        else:
            kept = [
                c
                for c in cands
                if c.place.country == container.country
                and (c.place.admin1 == container.name or not c.place.admin1)
                and c.place != container
            ]
        if kept:
            total = sum(c.score for c in kept) or 1.0
            return [replace(c, score=c.score / total) for c in kept]
    return []


def parse_document(text: str, *, gazetteer: Any = None) -> Document:
    """Recognise and resolve every place a text names; return a :class:`Document`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    found, sentences, people = _recognise(text, gazetteer)
    mentions = _resolve(found, gazetteer)
    return Document(
        text,
        tuple(sentences),
        tuple(m for m in mentions if not m.adjective_of),
        tuple(m for m in mentions if m.adjective_of),
        people,
    )


def geoparse(text: str, *, gazetteer: Any = None, demonyms: bool = False) -> list[Mention]:
    """Return every place mention in a text, in order, resolved where possible.

    Parameters
    ----------
    text : str
        Any English text.
    demonyms : bool
        Also return demonyms ("North Korean") as mentions of their country, marked
        with ``adjective_of``. Off by default: a demonym is not a place.

    Examples
    --------
    >>> [m.surface for m in geoparse("Putin flew from Moscow to Vladivostok.")]
    ['Moscow', 'Vladivostok']
    """
    doc = parse_document(text, gazetteer=gazetteer)
    if not demonyms:
        return list(doc.mentions)
    return sorted([*doc.mentions, *doc.demonyms], key=lambda m: m.start)


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], *, gazetteer: Any = None
) -> list[Mention]:
    """Resolve given spans of a text (for example gold toponyms), one Mention per span.

    The spans are taken as place names; the rest of the document supplies context.
    """
    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    sentences = sentence_spans(text)
    found: list[_Found] = []
    for start, end in spans:
        sent = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
        surface = text[start:end]
        toks = tokenize(text, end, min(len(text), end + 30))
        kind_hint, _ = _kind_after(toks, 0)
        key = fold(surface)
        code = gazetteer.demonym_key(key) if key else ""
        if code and gazetteer.name_tiers([key]).get(key, (1, 0.0))[1] >= _PROMINENT * 10:
            code = ""  # a big place of that name, not a demonym
        found.append(_Found(start, end, surface, key, kind_hint, ["given span"], 1.0, sent, code))
    order = sorted(range(len(found)), key=lambda k: found[k].start)
    ordered = [found[k] for k in order]
    _link_patterns(text, ordered)
    resolved = _resolve(ordered, gazetteer)
    out: list[Mention | None] = [None] * len(found)
    for k, m in zip(order, resolved, strict=True):
        if m.adjective_of and m.place is not None:
            m = replace(m, confidence=0.9)
        out[k] = m
    return [m for m in out if m is not None]
