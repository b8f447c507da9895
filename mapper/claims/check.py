"""Resolve the places of distance claims from the parsed document, measure and judge them.

Each endpoint of a claim is a span of the text (:class:`~mapper.claims.types.Endpoint`).
It resolves by position: the document mention that the span covers gives the place the
geoparser chose for it, with the whole story as context, so two places that share a name
stay apart. A name the geoparser took for a person's is not a place. A name it did not
take for a place at all (a village it did not know, a name it judged too weak alone) is
looked up in the gazetteer with the story's places as context. An anaphor ("this launch
facility", "the plant", "it") resolves to an earlier mention of a compatible kind, never
to the claim's own other endpoint.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from mapper.document import Document
from mapper.errors import MapperError
from mapper.geodesy import distance_km, inverse, sector_offset
from mapper.geoparse.resolve import placed_by_text
from mapper.model import OTHER_READINGS, Candidate, Mention, Place
from mapper.names import fold
from mapper.text import AREA_NOUNS, PLACE_NOUNS

from .anaphora import antecedent, is_pair_anaphor, pair_antecedents
from .capitals import SUB_CAPITAL_RE, region_capital
from .ends import _CAPITAL_RE
from .fit import MIN_SCORE, SETTLED, fit_to_figure
from .notes import (
    area_note,
    city_named_like,
    far_note,
    misread,
    no_distance_between,
    route_note,
)
from .parse import find_claims
from .sentence_names import LANDFORM_ENDS, SITE_NOUNS, TAIL_WORDS_RE, called_a_place
from .types import Claim, ClaimCheck, Endpoint, Reading
from .vocabulary import _DIR_ABBR, _DIR_WORD, _KIND_TAIL_WORDS

#: Words after a country's name that still name an area or a town of it ("Malta island",
#: "Guatemala city"), unlike a site's ("the US base", "the Kenya embassy").
_AREA_WORDS = AREA_NOUNS | {"city", "town", "village", "mainland", "capital"}

#: Words a name may end on past the mention the geoparser read ("Lviv Oblast").
_TAILS = _KIND_TAIL_WORDS | _AREA_WORDS | {"international", "of", "the"}
_UPPER_RE = re.compile(r"\b[A-Z]")

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["PlaceLookup", "RouteKm", "check_claim", "check_claims"]

#: Supply a route length in km between two places, or ``None`` when there is none.
RouteKm = Callable[[Place, Place], float | None]


class PlaceLookup(Protocol):
    """What the checker asks of a gazetteer for a name the document did not resolve."""

    def lookup(
        self, query: str, *, kind: str | None = None, context: Iterable[Place] = ()
    ) -> Place:
        """Return the best place for a name, or raise a :class:`~mapper.errors.MapperError`."""
        ...


#: A capitalised word qualifying "capital" ("the Victorian capital"): when it names no
#: country, the capital of no country.
_QUALIFIED_CAPITAL_RE = re.compile(r"\b(?!The\b)[A-Z][\w'\u2019-]*\s+capital\b")
#: After a figure, words that place it from somewhere the sentence leaves unsaid: "N km
#: away", "N km to the southeast", "N km north" (not "... of X", which names it).
_IMPLIED_FROM_RE = re.compile(
    rf"\s*(?:away\b|off\b|distant\b|(?:to\s+(?:the\s+)?)?{_DIR_WORD}(?:ward)?s?\b|"
    rf"{_DIR_ABBR}\.?(?=\s*(?:[,;)]|\.?\s*$)))"
    r"(?!\s*(?:-?\s*(?:north|south|east|west)\w*\s*)?(?:of|from)\b)",
    re.IGNORECASE,
)
#: An endpoint that names a line ("the Gaza border"): no one point to measure to.
_LINE_END_RE = re.compile(r"\b(?:border|frontier|boundary|borderline)s?\s*$", re.IGNORECASE)
#: Two readings within this distance are one place.
_SAME_PLACE_KM = 25.0


class _Endpoints:
    """Resolve the origins and targets of the claims of one document."""

    def __init__(
        self, document: Document, claims: Sequence[Claim], gazetteer: PlaceLookup | None
    ) -> None:
        self.doc = document
        self.claims = claims
        self._gazetteer = gazetteer
        self.anchors = list(dict.fromkeys(m.place for m in document.places if m.place))
        self._cache: dict[tuple[str, str | None], tuple[Place | None, str]] = {}
        self._anaphors: dict[tuple[int, int], tuple[Place, Mention | None, str]] = {}

    @property
    def gazetteer(self) -> PlaceLookup:
        if self._gazetteer is None:
            from mapper.gazetteer import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def __call__(
        self, role: str, claim: Claim, other: Mention | None = None
    ) -> tuple[Place | None, Mention | None, str | None]:
        """Return the place of an endpoint and the mention it came from, or ``None`` and
        why it stayed unresolved."""
        endpoint = claim.origin if role == "origin" else claim.target
        if claim.origin is None and claim.target is not None:
            # "These two wine towns are separated by N km": the two places named before
            pair = pair_antecedents(claim.target, claim, self.doc)
            if pair is not None:
                m = pair[0] if role == "origin" else pair[1]
                return m.place, m, None
            if is_pair_anaphor(claim.target):
                text = claim.target.text
                return None, None, f"{role}: {text!r} stands for two places not named before it"
        if endpoint is None:
            implied = self._implied_origin(role, claim, other)
            if implied is not None:
                return implied
            return None, None, f"{role}: the sentence names no {role} place"
        if _LINE_END_RE.search(endpoint.text):  # "a mile from the Gaza border"
            return None, None, f"{role} {endpoint.text!r}: a border is a line, not a point"
        if endpoint.anaphoric and _CAPITAL_RE.search(endpoint.text):
            place, mention, why = self._capital(endpoint, claim)
        elif endpoint.anaphoric:
            # one anaphor shared by two figures ("Set N km north of A and M km south of
            # B, the town is ..."): the place the first found, unless it is the other end
            known = self._anaphors.get((endpoint.start, endpoint.end))
            if known is not None and (other is None or known[0] != other.place):
                place, mention, why = known
            else:
                place, mention, why = self._antecedent(endpoint, claim, other)
                if place is not None:
                    self._anaphors[(endpoint.start, endpoint.end)] = (place, mention, why)
        else:
            place, mention, why = self._named(endpoint)
        if place is None:
            return None, None, f"{role} {endpoint.text!r}: {why}"
        return place, mention, None

    def _named(self, endpoint: Endpoint) -> tuple[Place | None, Mention | None, str]:
        """Resolve a name by the mention at its position, else by a gazetteer lookup."""
        mention = self.doc.mention_at(endpoint.start, endpoint.end)
        hint = endpoint.kind_hint
        trail = self.doc.text[mention.end : endpoint.end] if mention is not None else ""
        if _UPPER_RE.search(trail) and not set(fold(trail).split()) <= _TAILS:
            # "Trang An": a name the index lacks, not "Trang" (Thailand) that opens it
            place, why = self._lookup(endpoint.text, hint)
            return place, None, why
        if mention is not None and mention.place is not None:
            # "Guatemala city", "Mexico city": a country's name before a kind word that
            # the recogniser left out of the mention is the city's
            tailed = endpoint.end > mention.end and mention.place.kind in ("country", "region")
            whole = self._search(endpoint.text, limit=1) if endpoint.end > mention.end else None
            if whole and whole[0].place.kind == "site" and not tailed:  # "the Rafah crossing"
                return whole[0].place, None, ""
            if (hint is None or mention.place.kind == hint) and not tailed:
                return mention.place, mention, ""
            place, _ = self._lookup(endpoint.text, hint)  # "Vostochny spaceport"
            if place is None and hint is not None and not tailed:
                # "the Vostok station": the whole name, a research station filed as a site
                place, _ = self._lookup(endpoint.text, None)
            if (
                tailed
                and mention.place.kind == "country"
                and place in (None, mention.place)
                and not set(fold(self.doc.text[mention.end : endpoint.end]).split()) & _AREA_WORDS
            ):
                # "the US base", "the Kenya embassy": a site somewhere in the country
                return None, None, f"an unnamed site of {mention.place.name}, not the country"
            return (place, None, "") if place is not None else (mention.place, mention, "")
        key = fold(endpoint.text)
        last = key.split()[-1] if key else ""
        if (
            mention is None
            and key
            and set(key.split()) <= self.doc.people
            and not (last in PLACE_NOUNS or last in AREA_NOUNS or last in SITE_NOUNS)
            and last not in LANDFORM_ENDS  # "Farewell Spit"
            # "X is a headland", "the town of X"
            and not called_a_place(self.doc.text, endpoint.end, endpoint.start)
        ):
            return None, None, "the text uses it as a person's name"
        place, why = self._lookup(endpoint.text, hint)
        return place, None, why

    def readings(
        self,
        endpoint: Endpoint | None,
        place: Place | None,
        mention: Mention | None,
        country: str = "",
        placed: bool = False,
    ) -> list[Place]:
        """Return the readings of an endpoint's name, best first, the chosen one first;
        with ``country`` (the other end's), also weaker readings in that country ("Vik",
        180 km from Reykjavik, is Vik in Iceland); ``placed``: the text names the other end's
        country beside it ("Tripoli (Libya)"), so even a sure reading abroad gives way."""
        if endpoint is None or endpoint.anaphoric:
            return [place] if place is not None else []
        sure = mention is not None and mention.confidence >= SETTLED
        if place is not None and sure and not (placed and place.country != country):
            return [place]  # a name read surely is not traded for a namesake
        if mention is not None:
            found = [
                c.place
                for c in mention.candidates
                if c.score >= MIN_SCORE or (country and c.place.country == country)
            ]
            if (
                country
                and len(mention.candidates) >= OTHER_READINGS
                and not any(p.country == country for p in found)
            ):
                # the mention keeps its best few readings; a weak one in the other end's
                # country ("San Antonio" in Ecuador, 430 km from Quito) may lie beyond them
                # (fewer kept: the name has no others, and no search is needed)
                found += self.in_country(mention.surface, country)
        else:
            key = fold(endpoint.text)
            others = [p for p in self.anchors if fold(p.name) != key]
            searched = self._search(endpoint.text, context=others, limit=8)
            if searched is None:
                return [place] if place is not None else []
            found = [c.place for c in searched if c.score >= MIN_SCORE]
        if place is not None:
            found = [place, *(p for p in found if p != place)]
        return found

    def in_country(self, name: str, country: str) -> list[Place]:
        """Return the best few places of a name in one country (none if it names none)."""
        return [c.place for c in self._search(name, country=country, limit=3) or ()]

    def _search(self, name: str, **kwargs: object) -> list[Candidate] | None:
        """Return the gazetteer's candidates for a name (none when it finds none), or
        ``None`` when the gazetteer cannot search (a plain lookup table)."""
        search = getattr(self.gazetteer, "search", None)
        if search is None:
            return None
        try:
            return list(search(name, **kwargs))
        except MapperError:
            return []

    def fit(
        self,
        claim: Claim,
        origin: Place | None,
        origin_mention: Mention | None,
        why_origin: str | None,
        target: Place | None,
        target_mention: Mention | None,
        why_target: str | None,
    ) -> tuple[Place, Place] | None:
        """Return the readings the stated figure picks (see :mod:`.fit`), or ``None``."""
        ambiguous = [why is not None and "is ambiguous" in why for why in (why_origin, why_target)]
        if not ((origin and target) or (origin and ambiguous[1]) or (target and ambiguous[0])):
            return None
        to, of = (target.country if target else ""), (origin.country if origin else "")
        placed = placed_by_text(target_mention), placed_by_text(origin_mention)
        origins = self.readings(claim.origin, origin, origin_mention, to, placed[0])
        targets = self.readings(claim.target, target, target_mention, of, placed[1])
        pair = fit_to_figure(claim, origin, origins, target, targets)
        if pair is None or pair[0] is None or pair[1] is None:
            return None
        return pair[0], pair[1]

    def _lookup(self, name: str, kind: str | None) -> tuple[Place | None, str]:
        """Look a name up in the gazetteer with the story's other places as context; a
        name with kind words after it ("Luding county") is tried without them too; a
        name wrapped across lines is read as one line."""
        name = " ".join(name.split())
        cache_key = (name, kind)
        if cache_key not in self._cache:
            key = fold(name)
            others = [p for p in self.anchors if fold(p.name) != key]
            try:
                found: Place | None = self.gazetteer.lookup(name, kind=kind, context=others)
                why = "" if found is not None else f"no place named {name!r} was found"
            except MapperError as exc:
                found, why = None, str(exc)
                if kind is not None:  # "the Hamaoka nuclear plant": a site, by its whole name
                    with contextlib.suppress(MapperError):
                        found = self.gazetteer.lookup(name, context=others)
                core = TAIL_WORDS_RE.sub("", name)
                if found is None and core != name and core:
                    found, _ = self._lookup(core, kind)
            self._cache[cache_key] = (found, why)
        return self._cache[cache_key]

    def _capital(
        self, endpoint: Endpoint, claim: Claim
    ) -> tuple[Place | None, Mention | None, str]:
        """Resolve "Fiji's capital", "the Samoan capital" or "the capital" through the
        country: named in the phrase, else the nearest country named before it."""
        doc = self.doc
        read = doc.capital_within(endpoint.start, endpoint.end)
        if read is not None:  # "Fiji's capital", "the Samoan capital": read by the parse
            return read.place, read, ""
        inside = [
            *doc.mentions_between(endpoint.start, endpoint.end),
            *doc.demonyms_between(endpoint.start, endpoint.end),
        ]
        earlier = doc.sentences_before(claim.sentence_start, 3)
        lo = earlier[0][0] if earlier else claim.sentence_start
        before = sorted(
            [
                *doc.mentions_between(lo, endpoint.start),
                *doc.demonyms_between(lo, endpoint.start),
            ],
            key=lambda m: -m.start,
        )
        # "the state capital is 120 km from San Antonio, Texas": a region later in the sentence
        later = doc.mentions_between(endpoint.end, claim.sentence_start + len(claim.sentence))
        regional = region_capital(self.gazetteer, endpoint, inside, [*before, *later])
        if regional is not None:
            return regional
        named = [m.place for m in inside if m.place is not None and m.place.kind == "region"]
        kinds = {m.place.kind for m in inside if m.place is not None}
        if named and "country" not in kinds and not any(m.adjective_country for m in inside):
            # "the capital of Bashkortostan": the region's, never its country's
            return None, None, f"{named[0].name} is a region not in mapper's table of capitals"
        capital_of = getattr(self.gazetteer, "capital", None)
        for m in [*inside, *before]:
            country = m.adjective_country or (
                m.place.country if m.place is not None and m.place.kind == "country" else ""
            )
            if country and capital_of is not None:
                capital = capital_of(country)
                if capital is not None:
                    return capital, m, ""
        # "Karaj ... It is 40 km west of the capital": a national capital, of the country
        # the places told before it lie in (not "the state capital": no country has one)
        if _QUALIFIED_CAPITAL_RE.search(endpoint.text):
            # "the Victorian capital", "the Queensland capital": a region's, which the
            # gazetteer does not know; not the capital of the country around it
            return None, None, "a region's capital; the gazetteer lists only countries' capitals"
        if capital_of is not None and not SUB_CAPITAL_RE.search(endpoint.text):
            # ... or after it in its sentence: "Situated 60 km south of the capital, X is"
            for m in [*before, *later]:
                capital = capital_of(m.place.country) if m.place and m.place.country else None
                if capital is not None:
                    return capital, None, ""  # the mention only gave the country
        return None, None, "found no country whose capital it could be"

    def _implied_origin(
        self, role: str, claim: Claim, other: Mention | None
    ) -> tuple[Place, Mention | None, None] | None:
        """Return the place an unsaid reference stands for, or None.

        "Castleford, 40 km to the southeast, is larger" after a sentence about
        Brampton: a figure "away" or toward a compass point, with a named place located
        and no place it is measured from, is measured from where the story stands, the
        place an earlier sentence is about (read as "it" would be). So is the located place
        of a line of figures with no subject (``Claim.target_unsaid``). A sentence with
        nothing before it keeps its reference unsaid.
        """
        target = claim.target
        if role == "target" and claim.target_unsaid:
            # "Vannes sits on a gulf. 105 km west of Rennes.": the place the story is about,
            # looked for from the sentence's start
            at = claim.sentence_start
        elif (
            role == "origin"
            and target is not None
            and not target.anaphoric
            and self.doc.sentences_before(claim.sentence_start, 1)
            and _IMPLIED_FROM_RE.match(self.doc.text, claim.end)
        ):
            at = claim.end
        else:
            return None
        unsaid = Endpoint("", at, at, anaphoric=True)
        place, mention, _ = self._antecedent(unsaid, claim, other)
        return (place, mention, None) if place is not None else None

    def _antecedent(
        self, endpoint: Endpoint, claim: Claim, other: Mention | None
    ) -> tuple[Place | None, Mention | None, str]:
        """Resolve "this launch facility", "the plant" or "it" (see :mod:`.anaphora`)."""
        return antecedent(endpoint, claim, other, self.doc, self.claims, self._lookup)


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
    stated = claim.one_way_km
    lo, hi = claim.consistent_km()
    if origin is None or target is None:
        reason = unresolved_reason or "origin or target could not be resolved"
        return ClaimCheck(
            claim, origin, target, None, None, None, None, None, hi - stated, "unresolved",
            unresolved_reason=reason, route_note=route_note(claim, None, lo, hi, rail_km),
            rail_km=rail_km,
        )  # fmt: skip
    solution = inverse(origin, target)
    measured = solution.distance_km
    if misread(claim, measured):
        # 16,661 km for "about 150 km": not the places meant; the reason says which were found
        return ClaimCheck(
            claim, origin, target, None, None, None, None, None, hi - stated, "unresolved",
            unresolved_reason=far_note(claim, origin, target, measured),
            route_note=route_note(claim, None, lo, hi, rail_km), rail_km=rail_km,
        )  # fmt: skip
    bearing = solution.initial_bearing_deg
    off = sectors = None
    if claim.direction is not None and bearing is not None:
        off, sectors = sector_offset(bearing, claim.direction)
    straight = _verdict(measured, lo, hi)
    basis, compared, verdict = "straight line", measured, straight
    if claim.route is not None and claim.route != "air":
        # a route figure ("the train covered 560 km", "a 400-km drive"): against the route
        basis = "route"
        if rail_km is not None and claim.route in ("rail", "unknown"):
            compared, verdict = rail_km, _verdict(rail_km, lo, hi)
        else:
            verdict = "route not checked"
    tolerance = (stated - lo) if compared < stated else (hi - stated)
    relative = (compared - stated) / stated if stated > 0 else None
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
        route_note=route_note(claim, measured, lo, hi, rail_km),
        rail_km=rail_km,
        area_note="; ".join(
            note
            for note in (area_note(origin, target), far_note(claim, origin, target, measured))
            if note
        )
        or None,
        basis=basis,
        straight_verdict=straight if basis == "route" else None,
    )


def _verdict(measured: float, lo: float, hi: float) -> str:
    if measured < lo:
        return "overstated"
    if measured > hi:
        return "understated"
    return "consistent"


def check_claims(
    document: Document | str,
    gazetteer: Gazetteer | PlaceLookup | None = None,
    *,
    route_km: RouteKm | None = None,
    claims: Sequence[Claim] | None = None,
) -> list[ClaimCheck]:
    """Find the distance claims of a story, resolve their places and check them.

    Parameters
    ----------
    document : Document or str
        The story, parsed (:func:`mapper.geoparse.parse_document`) or as text (parsed
        here, once, with ``gazetteer``).
    gazetteer : Gazetteer, optional
        Where to look up names the document did not resolve (and to parse a text);
        :func:`mapper.gazetteer.default_gazetteer` when omitted. Any object with a
        compatible ``lookup(name, kind=, context=)`` works (:class:`PlaceLookup`).
    route_km : callable, optional
        ``(origin, target) -> km | None`` giving a road or rail distance, recorded as
        ``rail_km`` and weighed in ``route_note``.
    claims : sequence of Claim, optional
        Claims already found in the document; found afresh when omitted.

    Returns
    -------
    list of ClaimCheck
        One per claim, in order of appearance.
    """
    if isinstance(document, str):
        from mapper.gazetteer import Gazetteer
        from mapper.geoparse import parse_document

        if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
            raise TypeError(
                "to check a text, give a Gazetteer to parse it with (or parse it first: "
                "check_claims(parse_document(text), lookup))"
            )
        document = parse_document(document, gazetteer=gazetteer)
    document = document.with_points()  # "a storm near 17.5S 155.0E, 700 km from X"
    if claims is None:
        claims = find_claims(document)
    if not claims:
        return []
    endpoints = _Endpoints(document, claims, gazetteer)
    checks = []
    for claim in claims:
        # A named endpoint first, so that an anaphor never takes the claim's other end.
        if claim.target is not None and claim.target.anaphoric:
            origin, origin_mention, why_origin = endpoints("origin", claim)
            target, target_mention, why_target = endpoints("target", claim, origin_mention)
        else:
            target, target_mention, why_target = endpoints("target", claim)
            origin, origin_mention, why_origin = endpoints("origin", claim, target_mention)
        reason = "; ".join(r for r in (why_origin, why_target) if r) or None
        before = (origin, target)
        fitted = endpoints.fit(
            claim, origin, origin_mention, why_origin, target, target_mention, why_target
        )
        if fitted is not None:
            origin, target = fitted
            origin_mention = origin_mention if origin == before[0] else None
            target_mention = target_mention if target == before[1] else None
            reason = None
        if origin is not None and origin == target:
            # "Nice Airport is 6 km from Nice": one place for two ends
            reason = f"both ends resolved to {origin.name}; the text names two places there"
            origin = target = None
        elif origin is not None and target is not None and claim.origin and claim.target:
            origin = city_named_like(claim.origin.text, origin, target, endpoints.in_country)
            target = city_named_like(claim.target.text, target, origin, endpoints.in_country)
            pointless = no_distance_between(origin, target, measuring=claim.one_way_km)
            if pointless is not None:  # keep the end that names a point
                dropped, reason = pointless
                if dropped == origin:
                    origin, origin_mention = None, None
                else:
                    target, target_mention = None, None
        rail = None
        if route_km is not None and origin is not None and target is not None:
            rail = route_km(origin, target)
        check = check_claim(claim, origin, target, unresolved_reason=reason, rail_km=rail)
        readings = _readings(check, origin_mention, target_mention)
        first_origin, first_target = before  # the best-ranked reading, kept beside
        if (
            fitted is not None
            and first_origin is not None
            and first_target is not None
            and (first_origin, first_target) != (origin, target)
        ):
            lo, hi = claim.consistent_km()
            km = distance_km(first_origin, first_target)
            first = Reading(first_origin, first_target, km, _verdict(km, lo, hi))
            readings = (*readings, first)
        checks.append(
            replace(
                check,
                origin_mention=origin_mention,
                target_mention=target_mention,
                readings=readings,
            )
        )
    return checks


#: A candidate this close to the chosen one (its share of the name's score) is a reading
#: the text may mean as well: its verdict is reported beside the chosen one's.
RUNNER_UP = 0.2


def _readings(
    check: ClaimCheck, origin_mention: Mention | None, target_mention: Mention | None
) -> tuple[Reading, ...]:
    """Return the claim under the close runner-up of each ambiguous endpoint."""
    origin, target = check.origin, check.target
    if origin is None or target is None:
        return ()
    lo, hi = check.claim.consistent_km()
    out = []
    for end, mention, chosen in (
        ("origin", origin_mention, origin),
        ("target", target_mention, target),
    ):
        if mention is None:
            continue
        for candidate in mention.candidates:
            other = candidate.place
            if candidate.score < RUNNER_UP or distance_km(other, chosen) <= _SAME_PLACE_KM:
                continue
            o, t = (other, target) if end == "origin" else (origin, other)
            km = distance_km(o, t)
            out.append(Reading(o, t, km, _verdict(km, lo, hi)))
            break
    return tuple(out)
