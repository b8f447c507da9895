"""The names of a sentence and the roles they play around a distance figure.

A :class:`Sentence` reads the names a sentence holds: the document's place mentions, and
the capitalised runs the geoparser did not take for places but that may still name one
(a village it does not know). Each name may carry kind words after it ("Khasan station",
"Ningxiang county"). From those names it answers the two questions a claim asks:

* **the reference** (:meth:`Sentence.reference_after`, from
  :class:`~mapper.claims.references.References`): the name after "of", "from", "to",
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

from mapper.text import AREA_NOUNS, PLACE_NOUNS

from .clauses import (
    _ADVERBIAL,
    _AFTER_COMMA,
    _ANTECEDENT_NOUN,
    _APPOSITION,
    _ASIDE,
    _BARE_ADVERB,
    _BODY_AFTER,
    _BORDER_WITH,
    _CAPITAL_AFTER,
    _CITED,
    _CLOSED_RELATIVE,
    _CONTAINERS,
    _COPULA_AFTER,
    _DESCRIBED_APPOSITION,
    _DETERMINER,
    _FEATURE,
    _FRONTED_AT,
    _FRONTED_PRONOUN,
    _NEIGHBOUR,
    _PLACED_APPOSITION,
    _PRONOUN,
    _QUALIFIED,
    _REL_GAP,
    _REL_VERB,
    _SUBJECT_ANAPHOR,
    _SUBJECT_IS,
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
    fronted_in,
    hung_anaphor,
    new_place_before,
    no_subject,
    pronoun_after_comma,
)
from .references import References
from .sentence_names import (
    THING_OPENS,
    Name,
    described_feature,
    entry_head,
    entry_heading,
)
from .sites import EVENT_AFTER_RE
from .types import Endpoint
from .vocabulary import HEDGE
from .waters import point_in_water

__all__ = ["Name", "Sentence"]

#: A subject described in lowercase words, then its name set off by a comma, a dash or a
#: bracket: "Chile's finest national park – ", "The region's highest peak (".
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w'\u2019-]*['\u2019]s)"
    r"(?:\s+(?:[Tt]he\s+)?[a-z][\w-]*['\u2019]s)?(?:\s+[a-z][\w-]*){1,5}"
    r"(?P<open>,|\s+[\u2013\u2014-]|\s*\()\s*"
)
#: A capitalised word of a name the geoparser may not know ("Tanah", "O'Higgins").
_CAPITAL_WORD = r"[A-Z][\w'\u2019-]*"
#: A capitalised run opening the clause after a fronted phrase's comma.
_FRONTED_RUN = re.compile(
    rf",\s+(?:the\s+)?(?P<name>{_CAPITAL_WORD}(?:\s+(?:{_CAPITAL_WORD}|of|de|del|la)){{0,4}})(?=\s)"
)
#: A part of a place opening the clause: "The old quarter of X is", "The slopes of X lie";
#: the claim places the part, and the place named is the nearest one to measure.
_PART_OF_SUBJECT = re.compile(
    r"(?i:the|its)\s+(?:[a-z]+\s+)?(?i:centre|center|heart|middle|edge|outskirts|"
    r"mountainside|hillside|slopes?|summit|foot|quarter|downtown|core|suburbs?|"
    r"entrance|mouth|ruins|remains)\s+of\s+(?:the\s+)?"
    rf"(?P<name>{_CAPITAL_WORD}(?:\s+(?:{_CAPITAL_WORD}|de|del|la)){{0,3}})(?=\s+[a-z])"
)
#: A fronted phrase going on to a second figure: ", and just ", ", and a mere ".
_AND_AGAIN = re.compile(r",\s+and\s+(?:[a-z]+\s+){0,2}$")
#: What holds a thing, right before its name: "of the ", "in the ", "within ".
_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:(?:of|in)\s+the|within(?:\s+the)?)\s+(?:[A-Z][a-z]+\s+){0,2}"  # "the Central African"
    # "X, a hikers' spot in Y, N km from Z", "X, famed wine region of Y, N km": Y holds X
    r"|,\s+(?:an?\s+)?[^,;()]{0,30}?\b(?:spot|place|site|destination|resort|town|city|village|"
    r"mountain|volcano|peak|lake|island|park|suburb|district|port|region|area|valley)"
    r"\s+(?:in|of)\s+)$"
)
#: An aside set off by dashes after a name: " – one of the border crossings –".
_DASH_ASIDE = re.compile(r"\s+(?P<d>[\u2013\u2014]|--?)\s+[^\u2013\u2014()]{1,100}?\s+(?P=d)")
#: What a place apposed before the figure is: ", a town ", ", a small village some ".
_A_TOWN_BEFORE = re.compile(
    r",\s+an?\s+(?:[a-z]+\s+){0,2}?(?:town|city|village|port|settlement|resort)\s+"
    rf"(?:{HEDGE}\s+)?"
)
#: What closes each way of setting a name off.
_SET_OFF_CLOSE = {
    mark: re.compile(rf"\s*{closing}")
    for mark, closing in {
        ",": ",",
        "\u2013": "\u2013",
        "\u2014": "\u2014",
        "-": "-",
        "(": r"\)",
    }.items()
}
_SPACES = re.compile(r"\s*")


class Sentence(References):
    """A sentence of a document, with its names, for the claims in it: the references of
    its figures (:class:`References`, which takes the same arguments) and the places they
    locate."""

    # -- the located place

    def located_before(self, pos: int) -> Endpoint | None:
        """Return the place a figure at ``pos`` locates (see the module docstring)."""
        found = self._located_before(pos) or self._bracketed_by(pos)
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
            nearer = anaphor_apposed(self.text, found.end, pos)
            if nearer is not None and named is not None and named.is_area:
                # "swept across the province, isolating the fishing village some 90 km
                # south of X": the village the figure stands by, not the area before it
                return nearer
        return found

    def _bracketed_by(self, pos: int) -> Endpoint | None:
        """Return the name a bracket holding the figure follows, when nothing in the
        bracket is located: "Khorog (on the border, 525 km from Dushanbe) is ..."."""
        paren = self._paren_of(pos)
        if paren is None:
            return None
        names = self.names_between(self.start, paren[0])
        last = names[-1] if names else None
        return self.endpoint(last) if last and not self.text[last.end : paren[0]].strip() else None

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
                and not self._holds(apposed)
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
        if apposed and subject is not None and self._holds(apposed):
            return subject  # "It is a deposit within the Copperbelt, 25 km west of X"
        if apposed and (not apposed.is_area or described_feature(self.text, apposed, pos)):
            if (
                subject is not None
                and subject.anaphoric
                and _NEIGHBOUR.search(self.text, max(self.start, apposed.start - 40), apposed.start)
                and not EVENT_AFTER_RE.match(self.text, subject.end)  # "it sank near X, N km"
                # not "near Agra, a town 80 km from Y": what is 80 km off is the town
                and not _A_TOWN_BEFORE.fullmatch(self.text, apposed.end, pos)
            ):
                return subject  # "It lies ... next to the city of Dover, 25 miles south of"
            return self.endpoint(apposed)
        if apposed is not None and subject is not None and apposed.start == subject.start:
            country = apposed.mention.place if apposed.mention is not None else None
            if country is not None and country.kind == "country":
                return None  # "The quake hit Turkey, 114 km north of Aleppo": a point in it
        return subject or anaphor_apposed(self.text, self.start, pos)  # "the village, N km"

    def _holds(self, name: Name) -> bool:
        """Return whether a name before the figure is what holds the subject ("a small
        island of the X Group", "a deposit within the Y belt"), not a place apposed."""
        return (
            _HOLDER_BEFORE.search(self.text, max(self.start, name.start - 40), name.start)
            is not None
        )

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
            heads.pop()  # "A, the regional capital of B, which is": A, not B
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

    def _described_subject(self, start: int, pos: int) -> Endpoint | None:
        """Return the name set off after a described subject ("The country's finest park
        – Torres del Paine – is ...", "Its best-known peak (X) lies ..."), its verb right
        after it; None when the clause does not open so."""
        lead = _SPACES.match(self.text, start, pos)  # the clause's first word
        first = self.name_at(lead.end() if lead else start)
        aside = _DASH_ASIDE.match(self.text, first.end, pos) if first is not None else None
        if first is not None and aside and _VERB_AFTER.match(self.text, aside.end(), pos):
            return self.endpoint(first)  # "Metema – a border crossing – is ..."
        opened = _DESCRIBED_SUBJECT.match(self.text, start, pos)
        name = self.name_at(opened.end()) if opened is not None else None
        if opened is None or name is None or name.end >= pos:
            return None
        shut = _SET_OFF_CLOSE[opened["open"].strip()].match(self.text, name.end, pos)
        if shut is None or not _VERB_AFTER.match(self.text, shut.end(), pos):
            return None
        return self.endpoint(name)

    def _clause_subject(self, lo: int, pos: int, paren: tuple[int, int] | None) -> Endpoint | None:
        described = self._described_subject(lo, pos)
        if described is not None:  # a dash that sets the name off is no clause's boundary
            return described
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
        if _FRONTED_AT.match(self.text, lo, pos) and _AND_AGAIN.search(self.text, lo, pos):
            # "Set 290 km north of X, ..., and only 35 km from Y, ..., Z offers":
            # the second figure of a fronted phrase shares its subject
            later = self._subject_after(pos)
            if later is not None:
                return self.endpoint(later)
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
        part = _PART_OF_SUBJECT.match(self.text, start, pos)
        if part is not None:  # "The old quarter of X is 30 km east of Y": X
            named = self.name_at(part.start("name"))
            if named is not None:
                return self.endpoint(named)
            return Endpoint(part["name"], part.start("name"), part.end("name"))
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
            run = _FRONTED_RUN.search(self.text, pos, self.end)
            if run is not None and _VERB_AFTER.match(self.text, run.end("name")):
                # "..., Tanah Lot is": a name the geoparser took for a person's or none
                return Endpoint(run["name"], run.start("name"), run.end("name"))
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
            and THING_OPENS.match(head)
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


#: A reporting verb right before a name: "said X", "told X", "according to X".
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|according\s+to)\s+$", re.IGNORECASE)
