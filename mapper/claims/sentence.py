"""The names of a sentence and the roles they play around a distance figure.

A :class:`Sentence` reads the names a sentence holds: the document's place mentions, and
the capitalised runs the geoparser did not take for places but that may still name one
(a village it does not know). Each name may carry kind words after it ("Khasan station",
"Ningxiang county"). From those names it answers the two questions a claim asks:

* **the reference** (:meth:`Sentence.reference_after`): the name after "of", "from", "to",
  "between", past descriptors ("the city of Tver", "capital city Astana", "present-day
  Baghdad", "Bavaria's capital Munich"); else an anaphor ("the plant") or nothing;
* **the located place** (:meth:`Sentence.located_before`): a town named right before the
  figure as its apposition ("Sintra, 25 km north-west of Lisbon"); else the subject of the
  clause that holds the figure, whatever lies between them ("Tours, a city ..., on the
  Loire, 200 km south-west of Paris"); a pronoun or anaphor there ("It lies ...", "The
  city lies ..."); for a relative or appositive clause with no subject of its own, the
  name it hangs on; and nothing when the subject is no place ("the quake struck ...").

"X, Region" reads as X, the region only its context ("Keswick, Cumbria").
"""

from __future__ import annotations

import bisect
import re

from mapper.document import Document
from mapper.text import AREA_NOUNS, PLACE_NOUNS, tokenize

from .clauses import (
    _ADVERBIAL,
    _AFTER_COMMA,
    _ANTECEDENT_NOUN,
    _APPOSED,
    _APPOSITION,
    _ASIDE,
    _BARE_ADVERB,
    _BODY_AFTER,
    _BORDER_WITH,
    _CAPITAL_AFTER,
    _CAPITAL_OF,
    _CITED,
    _CLOSED_RELATIVE,
    _CONTAINERS,
    _COPULA_AFTER,
    _DEMONYM_GAP,
    _DESCRIBED_APPOSITION,
    _DESCRIBED_OF,
    _DETERMINER,
    _FEATURE,
    _FRONTED_AT,
    _FRONTED_PRONOUN,
    _HELD_AFTER,
    _IN_AREA,
    _ITS_RANKED,
    _KIND_BETWEEN,
    _NAME_AFTER,
    _NEAREST,
    _NEAREST_IS,
    _NEIGHBOUR,
    _OF_NAME,
    _PEOPLE,
    _PLACED_APPOSITION,
    _POSSESSIVE_GAP,
    _PRONOUN,
    _QUALIFIED,
    _RANKED_AFTER,
    _REFERENCE_ANAPHOR,
    _REL_GAP,
    _REL_VERB,
    _ROAD_AFTER,
    _SITE_IN,
    _SUBJECT_ANAPHOR,
    _SUBJECT_IS,
    _THE_BEFORE,
    _VERB_AFTER,
    after_direction,
    anaphor_apposed,
    anaphor_subject_before,
    apposed_to_town,
    boundaries,
    cited,
    described_before,
    described_by_area,
    described_name,
    figure_between,
    fronted_at,
    fronted_description,
    fronted_in,
    gap_ok,
    hung_anaphor,
    new_place_before,
    no_subject,
    parentheticals,
    pronoun_after_comma,
)
from .ends import _CAPITAL_RE
from .sentence_names import (
    Name,
    described_feature,
    entry_head,
    entry_heading,
    names_a_town,
    names_of,
    qualifies,
)
from .sites import EVENT_AFTER_RE
from .types import Endpoint
from .waters import point_in_water

__all__ = ["Name", "Sentence"]


class Sentence:
    """A sentence of a document, with its names, for the claims in it.

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
        if apposed is not None:
            return self.endpoint(apposed)
        return Endpoint(self.text[start : country.end], start, country.end, True)

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
            and _FRONTED_AT.match(self.text, self.start)
            and _VERB_AFTER.match(self.text, named.end)
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

    # -- the located place

    def located_before(self, pos: int) -> Endpoint | None:
        """Return the place a figure at ``pos`` locates (see the module docstring)."""
        found = self._located_before(pos)
        entry = entry_head(self.text, self.names, self.start)
        if entry is not None and entry.end < pos:
            return self.endpoint(entry)  # "ACOMB, a township ... York, 2 miles ... from York"
        head = entry_heading(self.text, self.names, self.start, pos)
        heading = self.endpoint(head) if head is not None else None
        named = self.name_at(found.start) if found is not None else None
        if heading is not None and (found is None or (named is not None and named.is_area)):
            return heading  # "Yamoussoukro, Côte d'Ivoire: Also inland, some 240 km north of"
        if found is not None and not found.anaphoric:
            named = self.name_at(found.start)
            place = named.mention.place if named is not None and named.mention else None
            before = self.text[max(self.start, found.start - 40) : found.start]
            if point_in_water(found.text, place, named is not None, before):
                return None  # "she sank in the Black Sea 8 miles from X": a point in it
        return found

    def _located_before(self, pos: int) -> Endpoint | None:
        """Return the place a figure at ``pos`` locates, before any body of water is ruled
        out (see :meth:`located_before`)."""
        paren = self._paren_of(pos)
        lo = self.start if paren is None else paren[0] + 1
        if (opened := anaphor_subject_before(self.text, lo, pos)) is not None:
            return opened  # "..., the airfield lies 20 km from Y": a clause of its own
        closed = _CLOSED_RELATIVE.search(self.text, lo, pos)
        if closed is not None:
            heads = self.heads(lo, closed.start())
            head = heads[-1] if heads else None
            kind = head.mention.place.kind if head and head.mention and head.mention.place else ""
            if head is not None and head.end == closed.start() and kind not in _CONTAINERS:
                return self.endpoint(head)  # "Mount Merapi, which ... Java, is 430 km east"
        subject = self._clause_subject(lo, pos, paren)
        where = self._where_feature(lo, pos, subject)
        if where is not None:
            return where
        if new_place_before(self.text, lo, pos):
            return None  # "Rebels in Goma seized a village 20 km from X": unnamed
        if subject is not None and subject.start > pos and not subject.anaphoric:
            return subject  # a name after a fronted phrase, not the one before its comma
        if subject is not None and not subject.anaphoric and self._opens_clause(subject, pos):
            apposed = self.apposed(pos)
            named = self.name_at(subject.start)
            described = _DESCRIBED_APPOSITION.search(self.text, max(self.start, pos - 80), pos)
            # "Jets struck the province of Sa'ada, located 240 km north of X": on the name before
            placed = _PLACED_APPOSITION.search(self.text, max(self.start, pos - 40), pos)
            if placed is not None and _SUBJECT_IS.match(self.text, subject.end, pos):
                placed = None  # "Fiji is an island nation in the Pacific, located": Fiji
            # "said Budi, an official in Kediri, 600 km from X": an unknown name, a person's
            said = _SAID_BEFORE.search(self.text, max(lo, subject.start - 12), subject.start)
            unplaced = named is not None and named.mention is None and said is not None
            subject_area = named is not None and (named.is_area or bool(unplaced))
            if (
                apposed is not None
                and apposed.start != subject.start
                and (
                    # a province after a country that acts ("Saudi jets struck X, located")
                    (placed is not None and (not apposed.is_area or subject_area))
                    or (not apposed.is_area and (subject_area or described is not None))
                    # "towns: A, 17 km south of X, B, 9 km west of X": the next of a list
                    or figure_between(self.text, subject.end, apposed.start)
                )
            ):
                # "Russia hit the village of X, 10 km from Y": no country that acts; nor the
                # subject before a name described ("..., Rada Tilly, a beach town 10 km")
                return self.endpoint(apposed)
            return subject  # "Tours, a city ..., on the Loire, 125 miles S.W. of"
        antecedent = self._relative_antecedent(lo, pos)
        if subject is not None and not subject.anaphoric and antecedent is not None:
            return antecedent  # "the road from Edfu which sits on the Nile 230 km inland"
        apposed = self.apposed(pos)  # a town, or a feature described: "X, a volcano N km"
        if apposed and (not apposed.is_area or described_feature(self.text, apposed, pos)):
            if (
                subject is not None
                and subject.anaphoric
                and _NEIGHBOUR.search(self.text, max(self.start, apposed.start - 40), apposed.start)
                and not EVENT_AFTER_RE.match(self.text, subject.end)  # "it sank near X, N km"
            ):
                return subject  # "It lies ... next to the city of Dover, 25 miles south of"
            return self.endpoint(apposed)
        if apposed is not None and subject is not None and apposed.start == subject.start:
            country = apposed.mention.place if apposed.mention is not None else None
            if country is not None and country.kind == "country":
                return None  # "The quake hit Turkey, 114 km north of Aleppo": a point in it
        return subject or anaphor_apposed(self.text, self.start, pos)  # "the village, N km"

    def _where_feature(self, lo: int, pos: int, subject: Endpoint | None) -> Endpoint | None:
        """Return the sentence's own subject when the figure sits in a "where" clause
        about a river or a mountain: "Luang Prabang is a city ..., where the Nam Khan
        meets the Mekong about 425 km north of Vientiane" places Luang Prabang."""
        if subject is None or subject.anaphoric or not _FEATURE.search(subject.text):
            return None
        where = [m for m in boundaries(self.text, lo, pos) if m.group("rel") == "where"]
        if not where or subject.start < where[-1].end():
            return None
        main = self._clause_subject(lo, where[-1].start(), None)
        return main if main is not None and not main.anaphoric else None

    def _relative_antecedent(self, lo: int, pos: int) -> Endpoint | None:
        """Return the town a relative clause holding ``pos`` hangs on, when the clause
        has no subject of its own ("Edfu which sits on the Nile ...")."""
        relative = None
        for m in boundaries(self.text, lo, pos):
            relative = m if m.group("rel") else None
        if relative is None or relative.group("rel").lower() == "where":
            return None
        if not _REL_VERB.match(self.text, relative.end(), pos):
            return None  # "which Putin visited": the clause has a subject of its own
        heads = self.heads(lo, relative.start())
        if len(heads) > 1 and apposed_to_town(self.text, heads[-2].end, heads[-1].start, False):
            heads.pop()  # "Tacloban, the provincial capital of Leyte, which is": Tacloban
        if not heads or heads[-1].is_area:
            return None
        if not _REL_GAP.fullmatch(self.text, heads[-1].end, relative.start()):
            return None
        return self.endpoint(heads[-1])

    def _opens_clause(self, subject: Endpoint, pos: int) -> bool:
        """Return whether a name is the grammatical subject of its clause: it opens the
        clause (after adverbials and a determiner) or only a possessor comes first."""
        start = self.start
        for m in boundaries(self.text, self.start, subject.start):
            start = m.end()
        head = self.text[start : subject.start]
        while True:
            skipped = _ADVERBIAL.match(head)
            if not skipped:
                break
            head = head[skipped.end() :]
        head = head.strip(" ,")
        return not head or bool(
            _DETERMINER.fullmatch(head + " ") or re.fullmatch(r"[\w\s]+['\u2019]s\s*\w*", head)
        )

    def main_subject(self, pos: int, antecedent: Endpoint) -> Endpoint | None:
        """Return the subject of the main clause when the figure at ``pos`` sits in a
        relative clause ("..., which lies N km to the west") that hangs on
        ``antecedent``, and that subject is another place: "Karaj is a suburb of Tehran,
        which lies 30 km to the west" places Karaj, from Tehran."""
        paren = self._paren_of(pos)
        lo = self.start if paren is None else paren[0] + 1
        relative = None
        for m in boundaries(self.text, lo, pos):
            relative = m if m.group("rel") else None
        if relative is None or antecedent.start >= relative.start():
            return None
        named = self.name_at(antecedent.start)
        if named is None or named.is_area:  # "the Loire, which flows 200 km": a length
            return None
        subject = self._clause_subject(lo, antecedent.start, paren)
        if subject is None or subject.anaphoric or subject.start == antecedent.start:
            return None
        return subject

    def clause_subject(self, pos: int) -> Endpoint | None:
        """Return the subject of the clause holding ``pos`` (a name or an anaphor)."""
        paren = self._paren_of(pos)
        return self._clause_subject(self.start if paren is None else paren[0] + 1, pos, paren)

    def apposed(self, pos: int) -> Name | None:
        """Return the name a figure stands in apposition to: "Sintra, 25 km north-west of"."""
        window = self.text[max(self.start, pos - 80) : pos]
        gap = _APPOSITION.search(window)
        if gap is None or (not gap.group().strip() and not _QUALIFIED.match(self.text, pos)):
            return None
        name_end = max(self.start, pos - 80) + gap.start()
        opened = self.text.rfind(" (", self.start, name_end)
        if self.text[name_end - 1 : name_end] == ")" and opened > self.start:
            name_end = opened  # "Ooty (Udhagamandalam), located": the name, not its other
        i = bisect.bisect_left(self._starts, name_end) - 1
        if (i < 0 or self.names[i].end != name_end) and (end := described_before(window)):
            name_end = max(self.start, pos - 80) + end  # "X, the capital of the regency, N km"
            i = bisect.bisect_left(self._starts, name_end) - 1
        if i < 0 or self.names[i].end != name_end:
            return None
        if i > 0 and described_name(self.text, self.names[i - 1].end, self.names[i]):
            i, name_end = i - 1, self.names[i - 1].end  # "X, a Heritage Site, located"
        elif i > 0 and described_by_area(self.text, self.names[i - 1], self.names[i]):
            i, name_end = i - 1, self.names[i - 1].end  # "X, the capital of Region, N km"
        # the name before, unless a parenthesis parts them ("Keswick, Cumbria, 20 km from")
        if i > 0 and self._paren_of(self.names[i - 1].start) == self._paren_of(self.names[i].start):
            i -= 1
        heads = self.heads(self.names[i].start, name_end)
        if not heads or cited(self.text, self.start, heads[-1].start):
            return None  # "According to the US Geological Survey, the epicentre was ..."
        if after_direction(self.text, self.start, heads[-1].start):
            return None  # "harbour south of Cape Rodney, 21 km from X": a reference
        return heads[-1]

    def _clause_subject(self, lo: int, pos: int, paren: tuple[int, int] | None) -> Endpoint | None:
        boundary = None
        for m in boundaries(self.text, lo, pos):
            if self._paren_of(m.start()) == paren:
                boundary = m
        cited = _CITED.match(self.text, boundary.start() if boundary else lo, pos)
        if boundary is not None and cited is not None and boundary.start() > lo:
            # "..., according to the U.S. Geological Survey, and was centred 10 miles from
            # X": a source cited is no subject; the clause before it goes on past it
            return self._clause_subject(lo, boundary.start(), paren)
        # "According to the US Geological Survey, the epicentre was ...": after the source
        start = cited.end() if cited else boundary.end() if boundary else lo
        # "Located on the Tigris, and about 35 km south-east of Baghdad, Ctesiphon was"
        fronted = bool(_FRONTED_AT.match(self.text, start, pos))
        while True:
            skipped = _ADVERBIAL.match(self.text, start, pos)
            if not skipped or skipped.end() >= pos:
                break
            start = skipped.end()
        while start < pos and self.text[start] in " ,([":
            if self.text[start] in "([":  # "(Updated) Ussuriysk lies ...": an aside first
                closing = self.text.find(")" if self.text[start] == "(" else "]", start, pos)
                if closing == -1:
                    break
                start = closing
            start += 1
        bare = _BARE_ADVERB.match(self.text, start, pos)  # "Today it is ..."
        anaphor = _SUBJECT_ANAPHOR.match(self.text, bare.end() if bare else start, pos)
        if anaphor and not self._place_in(anaphor):  # "The capital, Nairobi, is": the name
            return self._anaphor_or_name(anaphor, pos)
        heads = [
            h
            for h in self.heads(start, pos)
            # "near the border with Chile, 40 km south-west of X": the border, not Chile
            if not _BORDER_WITH.search(self.text, max(start, h.start - 30), h.start)
            # "spotted by a New Zealand Air Force plane": a place naming a body is no subject
            and not (h.mention is not None and _BODY_AFTER.match(self.text, h.mention.end))
            # "the X-Y road" (Y), "south of X", "Long a royal seat of Y, X is ..." (Y)
            and not no_subject(self.text, start, h.start, h.core_end, pos)
            # "In Lincolnshire, about 14 miles from X, the road crosses": a fronted area
            and not (h.is_area and fronted_in(self.text, start, h.start, h.end))
            and (
                # a name in an aside is no subject: "Rebels of the Front (NLF) attacked ..."
                (self._paren_of(h.start) == paren and h.mention is not None)
                or h.placelike
                or (
                    _DETERMINER.fullmatch(self.text, start, h.start)
                    and _COPULA_AFTER.match(self.text, h.end)
                )
            )
        ]
        fronted = fronted or fronted_at(self.text, start, pos)
        if fronted:  # "Located ..., about 35 km south-east of Baghdad, Ctesiphon was ..."
            later = self._subject_after(pos)
            if later is not None:
                return self.endpoint(later)
            pronoun = _FRONTED_PRONOUN.search(self.text, pos, self.end)  # "..., it has"
            if pronoun is not None:
                return Endpoint(pronoun["np"], pronoun.start("np"), pronoun.end("np"), True)
        if heads:
            first = heads[0]
            if (
                len(heads) > 1
                and first.is_area
                and self.text[first.end : heads[1].start] == ", "
                and self.text.startswith(",", heads[1].end)
            ):
                first = heads[1]  # "The citadel of Vietnam, Co Loa, lies 18 km north of"
            later = self._after_possessive(first, pos)
            capital = _CAPITAL_AFTER.match(self.text, first.core_end, pos)
            if later is first and capital is not None and first.is_area:
                # "Montenegro's capital lies 50 km from X": the country's capital, through it
                return Endpoint(
                    self.text[first.start : capital.end()], first.start, capital.end(), True
                )
            return self.endpoint(later)
        head = self.text[start:pos].strip(" ,")
        hanging = not head or head.split()[0].lower() in ("located", "situated", "lying")
        if paren is not None and boundary is None:
            hanging = True
        if not hanging and not (boundary is not None and boundary.group("rel")):
            return None  # the clause's subject is no place: "the quake struck ..."
        if (
            boundary is not None
            and (boundary.group("rel") or "").lower() == "where"
            and _THING_OPENS.match(head)
        ):
            return None  # "Rylstone, where a fire burns 8 km west of the town": the fire
        before = boundary.start() if boundary is not None else lo - 1 if paren else lo
        if boundary is not None and not boundary.group("rel") and head == "":
            return self._clause_subject(
                self.start if paren is None else paren[0] + 1, before, paren
            )
        names = self.heads(self.start, before)
        if names and boundary is not None and boundary.group("rel"):
            # "told Reuters that gunmen led the assault, which took place 80 km from X":
            # the clause hangs on a thing named by a noun, not on a name before it
            said = _ANTECEDENT_NOUN.search(self.text, names[-1].end, boundary.start())
            if said is not None and said["noun"] not in PLACE_NOUNS | AREA_NOUNS:
                return None
        if names:
            last = names[-1]
            town = names[-2] if len(names) > 1 else last
            if apposed_to_town(self.text, town.end, last.start, last.is_area):
                last = town  # "Surabaya, the capital of East Java province, which is"
            return self.endpoint(last)
        # "It's a small town which is located about 200 km from Fez": the pronoun
        opening = _SUBJECT_ANAPHOR.match(self.text, self.start, before)
        if opening is not None and _PRONOUN.fullmatch(opening["np"]):
            return Endpoint(opening["np"], opening.start("np"), opening.end("np"), True)
        relative = boundary is not None and boundary.group("rel")  # "the volcano, which lies"
        return hung_anaphor(self.text, self.start, before) if relative else None

    def subject_after(self, pos: int) -> Endpoint | None:
        """Return the place (", Mosul lies"), or pronoun (", it is"), opening a clause after."""
        later = self._subject_after(pos)
        if later is not None:
            return self.endpoint(later)
        found = pronoun_after_comma(self.text, pos, self.end)
        return Endpoint(found["np"], found.start("np"), found.end("np"), True) if found else None

    def _subject_after(self, pos: int) -> Name | None:
        """Return the first name after ``pos`` that opens a clause: ", Ctesiphon was";
        failing that, one a name that is no place seemed to qualify ("south of the
        Japanese Mainland, Okinawa is")."""
        for names in (self.heads(pos, self.end), self.names_between(pos, self.end)):
            for name in names:
                before = self.text[max(self.start, name.start - 40) : name.start]
                aside = _ASIDE.match(self.text, name.end, self.end)  # "X – a town – is"
                end = aside.end() if aside else name.end
                if _AFTER_COMMA.search(before) and (
                    _COPULA_AFTER.match(self.text, end) or _VERB_AFTER.match(self.text, end)
                ):
                    return name
        return None

    def paren_of(self, pos: int) -> tuple[int, int] | None:
        """Return the (open, close) offsets of the bracket holding ``pos``, or ``None``."""
        return self._paren_of(pos)

    def _paren_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self._parens if a < pos < b), None)


#: A reporting verb right before a name: "said X", "told X", "according to X".
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|according\s+to)\s+$", re.IGNORECASE)
#: A clause that opens on a thing named by a noun: "a fire is burning", "two cars collided".
_THING_OPENS = re.compile(
    r"(?:a|an|the|some|several|two|three|four|five|its|their)\s+[a-z][\w-]*\b", re.IGNORECASE
)
