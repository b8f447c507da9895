"""Old gazetteers' telegraphic distances: "m." for miles before an abbreviated compass
point, and a list of figures where only the first carries its unit. Sentences written for
these tests, in the style of nineteenth-century gazetteers."""

from __future__ import annotations

import pytest

from mapper.claims import check_claims, find_claims

MILE_KM = 1.609344  # the international mile, by definition


def _read(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    return [
        (
            c.unit,
            c.stated_km,
            c.direction,
            c.target.text if c.target else None,
            c.origin.text if c.origin else None,
        )
        for c in (check.claim for check in check_claims(text))
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("HOLTBY, a village 7 m. NE. of York.", "NE"),
        ("HOLTBY, a township 7 m. W. N. W. of York.", "WNW"),
        ("HOLTBY, a hamlet, 7 m. S.W. of York; pop. 120.", "SW"),
        # "mi." with its full stop before the point ends no sentence either
        ("HOLTBY, a village 7 mi. NE. of York.", "NE"),
        # a brochure's "mls"
        ("HOLTBY, a village 7 mls NE of York.", "NE"),
    ],
)
def test_an_abbreviated_mile_before_an_abbreviated_compass_point(text, direction):
    [(unit, km, got_direction, target, origin)] = _read(text)
    assert unit == "mi"
    assert km == pytest.approx(7 * MILE_KM, abs=0.01)  # 11.27 km
    assert (got_direction, target, origin) == (direction, "HOLTBY", "York")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a point by its neighbour in brackets: nearest the first point named
        ("ACOMB, a township in the county of York, 2 miles (W. by S.) from York.", "W"),
        ("ACOMB, a township, 2 miles (N. W. by W.) from York; pop. 900.", "NW"),
    ],
)
def test_a_bracketed_point_by_its_neighbour_keeps_the_claim(text, direction):
    [(unit, km, got_direction, _target, origin)] = _read(text)
    assert (unit, got_direction, origin) == ("mi", direction, "York")
    assert km == pytest.approx(2 * MILE_KM, abs=0.01)


def test_the_full_stop_of_kms_inside_a_sentence_ends_nothing():
    [(unit, km, _direction, _target, origin)] = _read(
        "The waterfall is 75 kms. from Raipur on the road to the coast."
    )
    assert (unit, km, origin) == ("km", 75.0, "Raipur")


@pytest.mark.parametrize(
    "text",
    [
        "The blast was heard 300 m north of the station.",  # modern metres: no full stop
        "The tower stands 300 m NE of the harbour.",
    ],
)
def test_metres_without_the_full_stop_stay_metres(text):
    [(unit, km, *_)] = _read(text)
    assert (unit, km) == ("m", pytest.approx(0.3))


def test_a_wall_s_height_in_m_is_no_claim():
    assert find_claims("The old wall is 7 m. high and 2 m. thick.") == []


def test_the_unit_of_the_first_figure_carries_along_a_gazetteer_s_list():
    text = (
        "KESWICK, a market town 15 m. S. of Carlisle, 22 N.W. of Penrith, and 280 N.W. of London."
    )
    read = _read(text)
    assert [(unit, round(km, 2), origin) for unit, km, _, _, origin in read] == [
        ("mi", round(15 * MILE_KM, 2), "Carlisle"),
        ("mi", round(22 * MILE_KM, 2), "Penrith"),
        ("mi", round(280 * MILE_KM, 2), "London"),
    ]
    # every figure locates the entry's head, never the reference of the figure before it
    assert {target for _, _, _, target, _ in read} == {"KESWICK"}


def test_an_unnamed_head_stays_unnamed_for_the_listed_figures():
    text = "The parish lies 9 m. W. N. W. of Oxford, and 21 S. S. W. of Banbury."
    read = _read(text)
    assert [origin for *_, origin in read] == ["Oxford", "Banbury"]
    assert [target for *_, target, _ in read] == [None, None]


def test_a_listed_figure_naming_its_own_reference_does_not_take_the_first_s():
    # the second reference is no place the gazetteer knows; it must not become Norwich
    text = "LANGLEY, a hamlet 5 miles to the E. of Ipswich, and 4 N.E. of Quarnby Junction."
    first, second = _read(text)
    assert first[4] == "Ipswich"
    assert second[4] != "Ipswich"


def test_a_line_wrapped_inside_its_sentence_keeps_the_claim():
    # a scanned gazetteer's lines break anywhere: "from" ends no sentence and no headline
    [(unit, km, _direction, target, origin)] = _read(
        "ARVA, a small hamlet on the river, 9 miles from\nLondon, with a mill."
    )
    assert (unit, target, origin) == ("mi", "ARVA", "London")
    assert km == pytest.approx(9 * MILE_KM, abs=0.01)


def test_an_entrys_head_is_what_its_figure_locates_known_or_not():
    # the head names a hamlet the gazetteer does not know: unresolved, not the county town
    # named on the way ("co. York"), whose abbreviation ends no sentence
    [check] = check_claims(
        "GRANTHWAITE, a small hamlet near the moor, co. York, 4 miles N. of Ripon."
    )
    assert check.claim.target.text == "GRANTHWAITE" and check.target is None
    assert check.verdict == "unresolved"
    # a French entry's department ("dep. Var") is no more the place than the county is
    [(_unit, _km, direction, target, origin)] = _read(
        "LE BEAUSSET, a small town in the dep. Var, 9 m. NW. of Toulon."
    )
    assert (direction, target, origin) == ("NW", "LE BEAUSSET", "Toulon")
    # a news dateline in capitals heads no entry
    [dated] = check_claims(
        "WASHINGTON, June 3 (Reuters) - A small plane crashed 20 km north of Richmond."
    )
    assert dated.claim.target is None or dated.claim.target.text != "WASHINGTON"
