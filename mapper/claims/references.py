"""The names of a sentence and the reference a distance figure runs from.

:class:`References` reads the names a sentence holds: the document's place mentions, and
the capitalised runs the geoparser did not take for places but that may still name one
(a village it does not know), each with the kind words after it ("Khasan station",
"Ningxiang county"). :meth:`References.reference_after` finds **the reference**: the name
after "of", "from", "to", "between", past descriptors ("the city of Tver", "capital city
Astana", "present-day Baghdad", "Bavaria's capital Munich"); else an anaphor ("the
plant") or nothing. :class:`mapper.claims.sentence.Sentence` adds the located place.
"""

from __future__ import annotations

import bisect
import re

from mapper.document import Document
from mapper.text import tokenize

from .clauses import (
    _APPOSED,
    _CAPITAL_AFTER,
    _CAPITAL_OF,
    _DEMONYM_GAP,
    _DESCRIBED_OF,
    _FRONTED_AT,
    _HELD_AFTER,
    _IN_AREA,
    _KIND_BETWEEN,
    _NAME_AFTER,
    _NEAREST,
    _NEAREST_IS,
    _OF_NAME,
    _PEOPLE,
    _PRONOUN,
    _REFERENCE_ANAPHOR,
    _ROAD_AFTER,
    _SITE_IN,
    _THE_BEFORE,
    _VERB_AFTER,
    fronted_description,
    gap_ok,
    parentheticals,
)
from .ends import _CAPITAL_RE
from .sentence_names import (
    Name,
    names_a_town,
    names_of,
    qualifies,
)
from .types import Endpoint

__all__ = ["References"]

#: A town's own middle after its possessive: "X's city centre", "X's downtown".
_CENTRE_OF = re.compile(r"\s+(?:[a-z]+\s+)?(?:centre|center|downtown|heart|core|outskirts)\b")
# "X's oldest town, Y" (not "X's city centre, Y ...": X's own centre)
_POSSESSIVE_GAP = re.compile(rf"^(?!{_CENTRE_OF.pattern})\s+(?:[a-z]+\s+)?(?:[a-z]+,?\s+)?$")
#: A place's town described by its rank or role, its name apposed: "Myanmar's biggest
#: city, Yangon", "Kenya's main port Mombasa"; after "the country's" or "the county's" as
#: well ("the county's administrative centre, Leeds").
_TOWN_DESCRIBED = (
    r"\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:city|town|port|seaport|capital|hub|cent(?:re|er))\b,?"
    r"\s*(?=[A-Z])"
)
_RANKED_AFTER = re.compile(rf"['\u2019]s{_TOWN_DESCRIBED}")
_ITS_RANKED = re.compile(
    rf"(?i:the)\s+(?:country|nation|state|province|region|island|county|district|oblast|"
    rf"prefecture|department|governorate|municipality|territory)['\u2019]s{_TOWN_DESCRIBED}"
)


#: A part of a city named as a district of it: "Central District of ", "Old Quarter of ".
_DISTRICT_OF = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,2}(?:District|Quarter|Ward|Borough|Centre|Center)\s+of\s+(?:the\s+)?"
)


class References:
    """A sentence of a document, with its names, and the references of its figures.

    Parameters
    ----------
    document : Document
        The parsed story (or one made by hand).
    start, end : int
        The sentence's offsets in the document's text.
    """

    def __init__(self, document: Document, start: int, end: int) -> None:
        self.document = document
        self.text = document.text
        self.start, self.end = start, end
        self.tokens = tokenize(self.text, start, end)
        self.names = names_of(document, self.tokens, start, end)
        self._starts = [n.start for n in self.names]
        self._parens = parentheticals(self.text, start, end)
        self._demonym_starts = {d.start for d in document.demonyms_between(start, end)}

    # -- names

    def endpoint(self, name: Name) -> Endpoint:
        """Return the endpoint span of a name (its kind words included)."""
        return Endpoint(self.text[name.start : name.end], name.start, name.end)

    def _place_in(self, anaphor: re.Match[str]) -> bool:
        """Return whether an anaphor holds a town's name ("The Khasan station")."""
        return names_a_town(self.names_between(*anaphor.span("np")))  # not "this Ohio town"

    def name_at(self, pos: int) -> Name | None:
        """Return the name that starts at ``pos``, or None."""
        i = bisect.bisect_left(self._starts, pos)
        return self.names[i] if i < len(self.names) and self.names[i].start == pos else None

    def names_between(self, start: int, end: int) -> list[Name]:
        """Return the names that lie wholly between two offsets, outside parentheticals."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        for name in self.names[i:]:
            if name.start >= end:
                break
            if name.end <= end and self._paren_of(name.start) == self._paren_of(start):
                out.append(name)
        return out

    def heads(self, start: int, end: int) -> list[Name]:
        """Return the names between two offsets without the regions that qualify them
        ("Keswick, Cumbria" gives Keswick)."""
        names = self.names_between(start, end)
        out: list[Name] = []
        for name in names:
            if out and self._qualifies(out[-1], name):
                continue
            out.append(name)
        return out

    def _qualifies(self, head: Name, name: Name) -> bool:
        """Return whether ``name`` only qualifies ``head`` (see :func:`qualifies`)."""
        return qualifies(self.text, head, name)

    def _after_possessive(self, name: Name, end: int) -> Name:
        """Return "Munich" for the "Bavaria" of "Bavaria's capital Munich" (and the
        "Keswick" of "Cumbria county's Keswick town")."""
        later = next(iter(self.names_between(name.end, min(end, name.end + 40))), None)
        if later is None:
            return name
        gap = self.text[name.core_end : later.start]
        if name.possessive and _POSSESSIVE_GAP.match(gap[2:] if gap[:2] in ("'s", "’s") else gap):
            return later
        if re.fullmatch(r"\s+(?!(?:there|here|it|that|what|who|he|she)\W)[a-z]+['\u2019]s\s+", gap):
            return later
        if (
            _KIND_BETWEEN.fullmatch(gap)
            and _THE_BEFORE.search(self.text, max(0, name.start - 8), name.start)
            and not later.is_area
        ):
            return later  # "the Moscow suburb Khimki", "the Kent village of Wye"
        return name

    def _capital_of(self, start: int, country: Name, limit: int) -> Endpoint:
        """Return the endpoint of "the capital of X" (from ``start``): the name in
        apposition ("the capital of Chad, N'Djamena"), else the phrase itself, which the
        checker resolves through the country it names."""
        mention = country.mention
        if mention is not None and mention.place is not None and not country.is_area:
            return self.endpoint(country)  # "the capital city of Nairobi, Machakos is": the city
        comma = _APPOSED.match(self.text, country.end, limit)
        apposed = self.name_at(comma.end()) if comma else None
        if apposed is not None and not self._fronted_subject(apposed):
            return self.endpoint(apposed)
        return Endpoint(self.text[start : country.end], start, country.end, True)

    def _fronted_subject(self, name: Name) -> bool:
        """Return whether a name after a fronted phrase's comma is the sentence's subject,
        its verb right after it ("Located 60 km from the capital, X sits ...")."""
        return bool(
            _FRONTED_AT.match(self.text, self.start) and _VERB_AFTER.match(self.text, name.end)
        )

    def _demonym_gap(self, pos: int, name: Name) -> bool:
        """Return whether a people's adjective and a noun describe the name after them:
        "the Greek island of Crete", "a Syrian port called Tartus"."""
        m = _DEMONYM_GAP.fullmatch(self.text, pos, name.start)
        return m is not None and m.start("people") in self._demonym_starts

    def _described(self, name: Name) -> Name | None:
        """Return "Kursk" for the "Russian city" of "the Russian city of Kursk": a people's
        adjective and a noun describe the place named after "of"."""
        if name.mention is not None and not name.mention.adjective_of:
            return None
        if name.mention is None and not re.fullmatch(
            _PEOPLE, self.text[name.start : name.core_end]
        ):
            return None  # "the Arkhangelsk region of Russia" is the region
        of = _DESCRIBED_OF.match(self.text, name.core_end, self.end)
        return self.name_at(of.end()) if of else None

    # -- the reference

    def reference_after(self, pos: int) -> Endpoint | None:
        """Return the place named after a preposition ending at ``pos``: a name past any
        descriptors, "X's capital", an anaphor, or None (an unnamed place)."""
        ranked = _ITS_RANKED.match(self.text, pos, self.end)  # "the country's main port, X"
        apposed = self.name_at(ranked.end()) if ranked else None
        if apposed is not None:
            return self.endpoint(apposed)
        for name in self.names_between(pos, min(self.end, pos + 80)):
            gap = self.text[pos : name.start]
            if not gap_ok(gap) and not self._demonym_gap(pos, name) and not _SITE_IN.fullmatch(gap):
                break
            if _ROAD_AFTER.match(self.text, name.core_end):
                return None  # "north for 45 miles to Utah Highway 12": a road, no place
            district = _DISTRICT_OF.match(self.text, name.start, self.end)
            if district is not None:  # "the Central District of Seoul": a part of the city
                return self.reference_after(district.end())
            held = _HELD_AFTER.match(self.text, name.core_end, self.end)
            if held is not None:  # "from Likasi-held Kamina": who holds it, then the place
                return self.reference_after(held.end())
            capital_of = _CAPITAL_OF.search(self.text, pos, name.start)
            if capital_of is not None:
                return self._capital_of(capital_of.start(), name, self.end)
            described = self._described(name)
            if described is not None:  # "the Greek island of Crete"
                return self.endpoint(described)
            capital = _CAPITAL_AFTER.match(self.text, name.core_end, self.end)
            # "Peru's capital, Lima", "the Oyo state capital, Ibadan", "Myanmar's city, Yangon"
            ranked = capital or _RANKED_AFTER.match(self.text, name.core_end, self.end)
            if ranked and not (capital or name.is_area) and _CENTRE_OF.match(ranked.group(), 2):
                ranked = None  # "Kraków's city centre, Wieliczka is": Kraków, not Wieliczka
            if ranked:
                apposed = self.name_at(ranked.end())
                if apposed is not None:
                    return self.endpoint(apposed)
            later = self._after_possessive(name, self.end)
            if later is name and capital:  # "Chile's capital": through the country
                return Endpoint(
                    self.text[name.start : capital.end()], name.start, capital.end(), True
                )
            return self.endpoint(later)
        anaphor = _REFERENCE_ANAPHOR.match(self.text, pos, self.end)
        return self._anaphor_or_name(anaphor, self.end) if anaphor else None

    def _anaphor_or_name(self, anaphor: re.Match[str], limit: int) -> Endpoint:
        """Return the name an anaphor introduces ("the city of Tver", "the capital,
        Lusaka", "the port city Mersin", "The first capital of X, Y is"), else the anaphor."""
        start = fronted_description(self.text, anaphor.end(), limit)
        if start is not None and (name := self.name_at(start)) is not None:
            return self.endpoint(name)
        after = _NAME_AFTER.match(self.text, anaphor.end(), limit)
        if _NEAREST.search(anaphor["np"]):  # "The nearest major city is Dushanbe"
            after = _NEAREST_IS.match(self.text, anaphor.end(), limit) or after
        named = self.name_at(after.end()) if after else None
        of = bool(after and after.groupdict().get("of"))  # "the city of Tver"
        # "the largest town in Northern Chile, Antofagasta": the name after the area
        where = _IN_AREA.match(self.text, anaphor.end(), limit)
        areas = self.names_between(where.end(), where.end() + 20) if where else []
        area = areas[0] if areas else None  # "Northern Chile": the name is "Chile"
        comma = _APPOSED.match(self.text, area.end, limit) if area and area.is_area else None
        apposed = self.name_at(comma.end()) if comma is not None else None
        if apposed is not None:
            return self.endpoint(apposed)
        # a bare space joins a noun to its name, not a pronoun: "There Putin met ..."
        joined = after is not None and (
            after.group().strip() or not _PRONOUN.fullmatch(anaphor["np"])
        )
        if (
            named is not None
            and after is not None
            and after.group().startswith(",")
            and self._fronted_subject(named)
        ):
            named = None  # "Situated 60 km south of the capital, X offers": X is the subject
        if named is not None and joined:
            if of and _CAPITAL_RE.search(anaphor["np"]):
                return self._capital_of(anaphor.start("np"), named, limit)
            return self.endpoint(named)
        word = _OF_NAME.match(self.text, after.end(), limit) if after and of else None
        if word is not None and not _CAPITAL_RE.search(anaphor["np"]):
            # "the town of Hope": a word the geoparser took for no place names one here
            return Endpoint(word.group(), word.start(), word.end())
        return Endpoint(anaphor.group("np"), anaphor.start("np"), anaphor.end("np"), True)

    def paren_of(self, pos: int) -> tuple[int, int] | None:
        """Return the (open, close) offsets of the bracket holding ``pos``, or ``None``."""
        return self._paren_of(pos)

    def _paren_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self._parens if a < pos < b), None)
