"""The value types of distance claims: what was found (:class:`Claim`, :class:`Endpoint`)
and what checking it gave (:class:`ClaimCheck`)."""

from __future__ import annotations

from dataclasses import dataclass

from mapper.geodesy import COMPASS_POINTS, compass_point, unit_to_km
from mapper.model import Mention, Place

from .vocabulary import _kinds_of

__all__ = [
    "QUALIFIERS",
    "ROUTE_MODES",
    "UNITS",
    "VERDICTS",
    "Claim",
    "ClaimCheck",
    "Endpoint",
    "Reading",
]

#: The normalised qualifiers a claim may carry (``None`` means a bare figure).
QUALIFIERS = (None, "about", "more than", "less than", "within", "nearly")
#: Distance units a claim may be stated in.
UNITS = ("km", "mi", "nmi", "m", "verst")
#: The verdicts a check may reach. "route not checked": the text gives a route length
#: (a drive, a rail journey) and no network is at hand to measure it.
VERDICTS = ("consistent", "overstated", "understated", "unresolved", "route not checked")
#: How a route figure was travelled, when the text says ("unknown" when it does not say how).
ROUTE_MODES = ("rail", "road", "sea", "air", "foot", "bicycle", "unknown")


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
    #: When the figure is the length of a route travelled, its mode (one of
    #: :data:`ROUTE_MODES`); None for a distance between places.
    route: str | None = None
    straight: bool = False  #: Whether the text says it is a straight line ("as the crow flies").
    #: Whether the figure covers the way there and back ("a 1,200 km round trip"): it is
    #: checked as twice the distance between the places.
    round_trip: bool = False
    #: Whether the place the figure locates goes unsaid: a line of figures with no subject
    #: after a sentence about that place ("Vannes sits on a gulf. 105 km west of Rennes,
    #: 55 km from Lorient."); it is then resolved as "it" would be.
    target_unsaid: bool = False

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"unit must be one of {UNITS}, got {self.unit!r}")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"qualifier must be one of {QUALIFIERS}, got {self.qualifier!r}")
        if self.route is not None and self.route not in ROUTE_MODES:
            raise ValueError(f"route must be one of {ROUTE_MODES} or None, got {self.route!r}")
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

    @property
    def one_way_km(self) -> float:
        """Return the stated distance between the places in km: half a round trip's."""
        return self.stated_km / 2.0 if self.round_trip else self.stated_km

    def consistent_km(self) -> tuple[float, float]:
        """Return the interval of measured distances (km) this claim is consistent with.

        See the module docstring for the rule. A round trip's interval is halved: it is
        the interval of the one-way distance between the places.

        Examples
        --------
        >>> from mapper.claims import find_claims
        >>> c = find_claims("Harbin is about 900 km from Dalian.")[0]
        >>> c.consistent_km()
        (796.0, 1004.0)
        >>> c = find_claims("The round trip from Harbin to Dalian is about 1,800 km.")[0]
        >>> c.round_trip, c.consistent_km()
        (True, (821.0, 979.0))
        """
        lo, hi = self._consistent_figure_km()
        return (lo / 2.0, hi / 2.0) if self.round_trip else (lo, hi)

    def _consistent_figure_km(self) -> tuple[float, float]:
        s = self.stated_km
        half = min(self.precision_km / 2.0, 0.1 * s) + _place_allowance(s)
        if self.low != self.high:
            lo_km, hi_km = self.low_km, self.high_km
            lo = lo_km - min(self.precision_km / 2.0, 0.1 * lo_km) - _place_allowance(lo_km)
            hi = hi_km + min(self.precision_km / 2.0, 0.1 * hi_km) + _place_allowance(hi_km)
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


#: A place is one point of an area: distances between places are uncertain by this much.
PLACE_KM = 2.0
#: ... or by this share of the distance, when more.
PLACE_SHARE = 0.01


def _place_allowance(km: float) -> float:
    """Return how far the points of two places may stand from where a text measured."""
    return max(PLACE_KM, PLACE_SHARE * km)


@dataclass(frozen=True, slots=True)
class Reading:
    """Another reading of an ambiguous endpoint, and the claim's verdict under it."""

    origin: Place  #: The reference place under this reading.
    target: Place  #: The located place under this reading.
    measured_km: float  #: The geodesic between them, in km.
    verdict: str  #: The straight-line verdict under this reading.

    def to_dict(self) -> dict[str, object]:
        """Return the reading as a JSON-ready dict."""
        return {
            "from": self.origin.name,
            "to": self.target.name,
            "from_country": self.origin.country,
            "to_country": self.target.country,
            "measured_km": self.measured_km,
            "verdict": self.verdict,
        }


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
    #: Notes on the ends: when one is an area (a country, an island, a sea), the distance
    #: runs to its representative point and the text may mean its nearest edge; when the
    #: ends lie many times farther apart than the figure, one is likely another place.
    area_note: str | None = None
    #: The document's mention the origin resolved through (for an anaphor, its antecedent),
    #: or None when it was looked up by name or stayed unresolved.
    origin_mention: Mention | None = None
    #: The same for the target.
    target_mention: Mention | None = None
    #: What the verdict compares the figure with: "straight line" (the geodesic) or
    #: "route" (the route length, when the text gives a route figure).
    basis: str = "straight line"
    #: The verdict of the straight line, when the verdict itself is about the route.
    straight_verdict: str | None = None
    #: Other readings of an ambiguous endpoint (a close runner-up), with their verdicts.
    readings: tuple[Reading, ...] = ()

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

    def to_dict(self) -> dict[str, object]:
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
            "route": claim.route,
            "straight": claim.straight,
            "round_trip": claim.round_trip,
            "from": _place_dict(self.origin, claim.origin, self.origin_mention),
            "to": _place_dict(self.target, claim.target, self.target_mention),
            "measured_km": self.measured_km,
            "bearing_deg": self.bearing_deg,
            "measured_direction": self.measured_compass,
            "direction_off_deg": self.direction_off_deg,
            "direction_sectors_apart": self.direction_sectors_apart,
            "relative_error": self.relative_error,
            "tolerance_km": self.tolerance_km,
            "verdict": self.verdict,
            "basis": self.basis,
            "straight_verdict": self.straight_verdict,
            "readings": [r.to_dict() for r in self.readings],
            "route_note": self.route_note,
            "rail_km": self.rail_km,
            "area_note": self.area_note,
            "unresolved_reason": self.unresolved_reason,
        }


def _place_dict(
    place: Place | None, endpoint: Endpoint | None, mention: Mention | None
) -> dict[str, object] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "kind": place.kind,
        "country": place.country,
        "mention": None if endpoint is None else endpoint.text,
        "span": None if mention is None else [mention.start, mention.end],
    }
