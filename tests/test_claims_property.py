"""Property tests for mapper.claims.find_claims: it never raises and its offsets hold."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mapper.claims import QUALIFIERS, UNITS, find_claims

# The 16 points written out, independently of the code under test.
POINT_WORDS = {
    "N": "north", "NNE": "north-northeast", "NE": "northeast", "ENE": "east-northeast",
    "E": "east", "ESE": "east-southeast", "SE": "southeast", "SSE": "south-southeast",
    "S": "south", "SSW": "south-southwest", "SW": "southwest", "WSW": "west-southwest",
    "W": "west", "WNW": "west-northwest", "NW": "northwest", "NNW": "north-northwest",
}  # fmt: skip
NUMBER_WORDS = ("one", "two", "ten", "twenty-five", "a hundred", "two thousand", "fifty")

numbers = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=1000, max_value=10**7).map(lambda n: f"{n:,}"),
    st.floats(min_value=0, max_value=1e5, allow_nan=False).map(lambda x: f"{x:.1f}"),
    st.integers(min_value=1, max_value=9).map(lambda n: f"{n}.{n} thousand"),
    st.sampled_from(NUMBER_WORDS),
)
VOCABULARY = (
    "km", "kilometres", "kilometers", "miles", "mi", "mile", "nautical miles", "nmi", "m",
    "metres", "meters", "km/h", "mph", "sq km", "km2", "km²", "square", "-km", "-long", "long",
    "high", "above sea level", "per hour", "an hour", "hectares", "about", "some",
    "approximately", "more than", "less than", "over", "under", "within", "nearly", "almost",
    "just under", "up to", "at least", "an estimated", "between", "and", "to", "or", "-", "–",
    "(", ")", "/", ",", ".", "!", "?", ";", "\n", "north", "north-west", "north northwest",
    "NW", "NNW", "E", "to the", "of", "from", "away", "apart", "off the coast of", "is", "lies",
    "located", "which is", "It", "This launch facility", "The plant", "the city", "a", "the",
    "journey", "drive", "by train", "flight", "Ussuriysk", "São Paulo", "St. Petersburg",
    "Komsomolsk-on-Amur", "Russia's", "Mr.", "U.S.", "$", "£", "18-month-long", "10-hour",
    "Ten", "Mile",
)  # fmt: skip
fragments = st.one_of(numbers, st.sampled_from(VOCABULARY), st.text(max_size=4))
separators = st.sampled_from([" ", " ", " ", "", "-", ", ", ". ", "\n", "  "])


@st.composite
def newsish(draw: st.DrawFn) -> str:
    parts = draw(st.lists(fragments, max_size=40))
    seps = draw(st.lists(separators, min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


_NUMBER_IN_PHRASE = re.compile(r"\d|" + "|".join(w.split()[-1] for w in NUMBER_WORDS), re.I)


def _assert_well_formed(text: str) -> None:
    for claim in find_claims(text):
        phrase = text[claim.start : claim.end]
        assert phrase == claim.phrase
        assert _NUMBER_IN_PHRASE.search(phrase), phrase
        assert phrase.strip() == phrase and phrase
        end = claim.sentence_start + len(claim.sentence)
        assert text[claim.sentence_start : end] == claim.sentence
        assert claim.sentence_start <= claim.start < claim.end <= end
        assert phrase in claim.sentence
        assert claim.unit in UNITS
        assert claim.qualifier in QUALIFIERS
        assert 0.0 <= claim.low <= claim.value <= claim.high
        assert claim.stated_km >= 0.0
        assert claim.precision_km > 0.0
        for mention in (claim.origin, claim.target):
            if mention is not None:
                assert text[mention.start : mention.end] == mention.text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
@example("")
@example("9" * 400 + " km from Harbin")
@example("0." + "0" * 400 + "1 km from Harbin")
@example("between 40 and 30 km")
def test_find_claims_never_raises_on_any_text(text):
    _assert_well_formed(text)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(newsish())
def test_claims_in_fragment_soup_keep_exact_offsets(text):
    _assert_well_formed(text)


@given(
    value=st.integers(min_value=1, max_value=99_999),
    unit=st.sampled_from([("km", "km"), ("kilometres", "km"), ("miles", "mi"), ("nmi", "nmi")]),
    point=st.sampled_from(sorted(POINT_WORDS)),
    prefix=st.sampled_from(["", "Reports say. ", "In 2019 it rained.\n", "(Updated) "]),
)
def test_a_plain_located_sentence_parses_back_to_its_parts(value, unit, point, prefix):
    written, code = unit
    text = f"{prefix}Ussuriysk lies {value:,} {written} {POINT_WORDS[point]} of Vladivostok."
    [claim] = find_claims(text)
    assert claim.value == value
    assert claim.unit == code
    assert claim.direction == point
    assert claim.qualifier is None
    assert (claim.origin.text, claim.target.text) == ("Vladivostok", "Ussuriysk")
    assert text[claim.start : claim.end] == f"{value:,} {written}"
