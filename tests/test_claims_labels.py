"""A route list's label: "X to Y: N km", and a pair told as the figure's subject or in
brackets (sentences written for this test)."""

from __future__ import annotations

import pytest

from mapper.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi to Hue: 650km/404mi by road.",
        "Hanoi to Hue: about 650 km.",
        "- Hanoi to Hue – 650 km",
    ],
)
def test_a_label_that_opens_its_line_names_both_ends(text: str) -> None:
    [claim] = find_claims(text)
    assert (claim.origin.text, claim.target.text, claim.stated_km) == ("Hanoi", "Hue", 650.0)


def test_a_pair_inside_a_sentence_is_no_label() -> None:
    assert find_claims("Trains run from Hanoi to Hue: 650 km of track.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi to Hue is about 650 km.",
        "The old capital is far (Hanoi to Hue approx 650 km, a long day by bus).",
        "The old capital is far (Hanoi to Hue: 650 km).",
    ],
)
def test_a_pair_as_the_subject_or_opening_a_bracket_names_both_ends(text: str) -> None:
    claims = [c for c in find_claims(text) if c.stated_km == 650.0]
    assert [(c.origin.text, c.target.text) for c in claims] == [("Hanoi", "Hue")]
