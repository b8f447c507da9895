"""A route list's label: "X to Y: N km", and a pair told as the figure's subject or in
brackets (sentences written for this test)."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic

from mapper.claims import check_claims, find_claims


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


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # after a conjunction that opens the sentence, and after ", and" inside it
        (
            "We drove on. And Dijon to Beaune is just 40 km, and Dijon to Dole is 50 km.",
            [("Dijon", "Beaune", 40.0), ("Dijon", "Dole", 50.0)],
        ),
        # after a semicolon, with a hedge between the verb and the figure
        (
            "Dijon to Beaune is short; Dijon to Dole is only 50 km.",
            [("Dijon", "Dole", 50.0)],
        ),
    ],
)
def test_a_pair_as_the_subject_of_a_clause_names_both_ends(
    text: str, pairs: list[tuple[str, str, float]]
) -> None:
    found = [(c.origin.text, c.target.text, c.stated_km) for c in find_claims(text)]
    assert found == pairs


def test_a_pair_after_a_conjunction_needs_its_verb() -> None:
    # other words between the pair and the figure: the figure is not the pair's distance
    claims = find_claims("And Dijon to Beaune trains climb some 40 km further.")
    assert [(c.origin.text, c.target.text) for c in claims if c.origin and c.target] == []


def test_a_travel_time_after_a_slash_leaves_the_places_after_it() -> None:
    [claim] = find_claims("It is 45 km (28 miles)/1 hour from Dijon to Beaune by bus.")
    assert (claim.origin.text, claim.target.text, claim.stated_km) == ("Dijon", "Beaune", 45.0)


@pytest.mark.parametrize(
    "text",
    [
        "The two wine towns are separated by a mere 40 km (25 miles) of vineyards.",
        "The distance is only 40 km, but the road winds.",
        "From the hotel it is a drive of about 40 km.",
    ],
)
def test_a_distance_between_unnamed_places_is_a_claim_left_unresolved(text: str) -> None:
    [claim] = find_claims(text)
    assert claim.stated_km == 40.0
    assert claim.origin is None or claim.origin.anaphoric or claim.origin.text == "the hotel"


def test_a_span_measured_of_a_thing_is_still_no_claim() -> None:
    assert find_claims("The bridge has a main span of 2 km and a deck of 30 m.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dijon and Beaune are very close (40 km apart) and share a wine route.",
        "Dijon and Beaune lie close together - about 40 km - on the same railway.",
    ],
)
def test_a_pair_told_close_then_its_figure_names_both_ends(text: str) -> None:
    [claim] = find_claims(text)
    assert (claim.origin.text, claim.target.text, claim.stated_km) == ("Dijon", "Beaune", 40.0)


@pytest.mark.parametrize(
    "text",
    [
        # how far a sight or a sound carries
        "Flames from the refinery could be seen 30 kilometres away.",
        "The explosion was heard 20 km (12 miles) away.",
        # a zone moved out to a radius
        "Rangers moved the no-entry zone around the crater to 8 km from 5 km.",
    ],
)
def test_a_reach_of_sight_or_a_zones_radius_is_no_claim(text: str) -> None:
    assert find_claims(text) == []


def test_a_place_seen_from_another_keeps_its_claim() -> None:
    [claim] = find_claims("The plume was visible from Goma, 20 km away.")
    assert claim.stated_km == 20.0


@pytest.mark.parametrize(
    "text",
    [
        # every pattern that reads past a figure's hedge takes the same hedges
        "Oslo to Bergen is barely 300 miles as the crow flies.",
        "Oslo to Bergen: a mere 300 miles",
        "Oslo to Bergen - approx. 300 miles",
        "Oslo and Bergen are quite close (c. 300 miles).",
    ],
)
def test_every_pair_pattern_reads_past_the_same_hedges(text: str) -> None:
    [claim] = find_claims(text)
    assert (claim.origin.text, claim.target.text, claim.stated_km) == (
        "Oslo",
        "Bergen",
        pytest.approx(300 * 1.609344),
    )


@pytest.mark.parametrize(
    "text",
    [
        # a comma after the bracketed conversion, before "from"
        "Lucerne lies about 50 kilometres (31 mi), from Zurich, on the far side of the hills.",
        # a hyphen between the figure and its unit, told with "from"
        "Lucerne is 50-km from Zurich.",
    ],
)
def test_a_figure_written_loosely_before_from_is_still_a_distance(text: str) -> None:
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text, claim.stated_km) == ("Lucerne", "Zurich", 50.0)


@pytest.mark.parametrize(
    "text",
    [
        "The drive from Bern to Lucerne is 110km long.",
        "The trip from Bern to Lucerne is 110 km (68 mi) long.",
    ],
)
def test_a_trips_length_told_long_is_a_route_figure(text: str) -> None:
    [claim] = find_claims(text)
    assert (claim.origin.text, claim.target.text, claim.stated_km) == ("Bern", "Lucerne", 110.0)
    assert claim.route is not None  # checked against a route, not the straight line


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is 2 km (1.2 mi) long.",
        # a way's own length stays a size, even between two named places
        "The road from Bern to Thun is 30 km long.",
        "The 300-km pipeline from Baku runs west.",
    ],
)
def test_a_things_length_stays_no_claim(text: str) -> None:
    assert find_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bern and Thun are situated at a distance of 30 km.",
        "Bern and Thun lie at a distance of some 30 km from each other.",
    ],
)
def test_a_pair_at_a_distance_names_both_ends(text: str) -> None:
    [claim] = find_claims(text)
    assert (claim.origin.text, claim.target.text, claim.stated_km) == ("Bern", "Thun", 30.0)


def test_a_clause_after_and_with_its_own_subject_locates_that_subject() -> None:
    text = "Bern is the Swiss capital and Thun lies about 30km from it."
    [claim] = find_claims(text)
    assert claim.target.text == "Thun" and claim.origin.text == "it"
    [checked] = check_claims(text)  # "it": the place the sentence named first
    assert (checked.origin.name, checked.target.name) == ("Bern", "Thun")


def test_the_and_of_between_joins_a_pair_and_opens_no_clause() -> None:
    [claim] = find_claims("The town between Bern and Thun is 12 km from Bern.")
    assert claim.target.text == "The town" and claim.origin.text == "Bern"


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Thun is 30 km away in the southeast of Bern.", "SE"),
        ("Thun is 25 km away, south of Bern.", "S"),
    ],
)
def test_a_compass_point_after_away_still_names_the_origin(text: str, point: str) -> None:
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text, claim.direction) == ("Thun", "Bern", point)


def test_a_title_case_description_after_a_name_is_no_located_place() -> None:
    text = "Avenches, a Roman Frontier Town, situated some 70km southwest of Bern."
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text) == ("Avenches", "Bern")


def test_a_trips_length_fronted_before_the_place_it_leads_to_locates_that_place() -> None:
    text = "A 30km drive from Bern, Thun sits at the head of its lake."
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text, claim.stated_km) == ("Thun", "Bern", 30.0)


def test_a_figure_down_the_road_to_a_place_is_a_distance_to_it() -> None:
    [claim] = find_claims("We drove on, 80 miles down the road to Waco, then west.")
    assert (claim.target.text, claim.stated_km) == ("Waco", pytest.approx(80 * 1.609344))


def test_each_bracketed_figure_of_a_list_after_from_is_a_claim() -> None:
    text = "Shuttles leave for the lodge from Bern Airport (12km), Thun (25km) and Lucerne (110km)."
    claims = find_claims(text)
    assert [(c.origin.text, c.stated_km) for c in claims] == [
        ("Bern Airport", 12.0),
        ("Thun", 25.0),
        ("Lucerne", 110.0),
    ]
    assert all(c.target is None for c in claims)  # the lodge is named by no place


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Driving distances from Perth: Bunbury – 175 km; Albany – 418 km; "
            "and Esperance – 698 km.",
            "Perth",
        ),
        (
            "Approximate distances from Dunedin are: Christchurch 360 km, "
            "Queenstown 280 km, Oamaru 115 km.",
            "Dunedin",
        ),
    ],
)
def test_each_name_of_a_list_after_a_colon_is_its_own_figures_end(text: str, origin: str) -> None:
    # each figure measures from the label's "from" place to the name written just before it
    claims = find_claims(text)
    assert {c.origin.text for c in claims} == {origin}
    assert [c.target.text for c in claims] == [
        t
        for t in ("Bunbury", "Albany", "Esperance", "Christchurch", "Queenstown", "Oamaru")
        if t in text
    ]


def test_a_list_labelled_by_its_points_to_the_place_the_sentence_before_told() -> None:
    # Freiburg im Breisgau stands at 47°59'42" N 7°51'09" E (Wikipedia); the figure is
    # measured from the village the sentence before told to that point
    text = (
        "Sankt Märgen is a small village high in the Black Forest. Its distances to nearby "
        "cities are: Freiburg – 18 km, Offenburg – 53 km."
    )
    checks = check_claims(text)
    assert [c.origin.name for c in checks if c.origin] == ["Sankt Märgen", "Sankt Märgen"]
    assert [c.target.name for c in checks if c.target] == ["Freiburg", "Offenburg"]
    first = Geodesic.WGS84.Inverse(checks[0].origin.lat, checks[0].origin.lon, 47.995, 7.8525)
    assert checks[0].measured_km == pytest.approx(first["s12"] / 1000, abs=2.0)


def test_one_name_and_figure_after_a_colon_stays_a_label() -> None:
    [claim] = find_claims("Mileage to Denver: 65 miles.")
    assert claim.target.text == "Denver"


@pytest.mark.parametrize(
    "text",
    [
        "The old canal runs from Leeds to Liverpool, a distance of 127 miles.",
        "The pipeline stretches from Baku to Ceyhan via Tbilisi, covering some 1,768 km.",
        "Begun in 1120, the wall snakes from Carlisle to Newcastle equating to a hefty 70 miles.",
    ],
)
def test_a_lines_length_told_after_its_ends_is_no_claim(text: str) -> None:
    assert find_claims(text) == []


def test_a_place_located_after_a_lines_ends_keeps_its_claim() -> None:
    [claim] = find_claims("The road runs from Tijuana to Ensenada, 100 km to the south.")
    assert claim.target.text == "Ensenada"


@pytest.mark.parametrize(
    "text",
    [
        "The coast road, which stretches the full 900 km between the two ports, is being tarred.",
        "A new road extending northwards 60 km from Osh to the pass will open next year.",
    ],
)
def test_a_ways_full_length_or_its_extent_is_no_claim(text: str) -> None:
    assert find_claims(text) == []
