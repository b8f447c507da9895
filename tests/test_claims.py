"""Tests for mapper.claims: finding distance claims in text and checking them.

Expected geodesic values come from GeographicLib (``Geodesic.WGS84``), never from
:mod:`mapper.geodesy`; expected verdicts come from the tolerance rule worked by hand in
the comments next to each case.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic

from mapper.claims import (
    Claim,
    ClaimCheck,
    Endpoint,
    check_claim,
    check_claims,
    find_claims,
    format_table,
)
from mapper.document import Document
from mapper.errors import PlaceNotFound
from mapper.model import Mention, Place

SEED = Path(__file__).parents[1].parent / "shared/seed/000_bd9aaaa0021ffdb5.txt"

#: Ussuriysk, GeoNames 2014006.
USSURIYSK = Place(
    "Ussuriysk", lat=43.80467, lon=131.95734, kind="city", country="RU", source="geonames:2014006"
)
#: Vostochny Cosmodrome, launch complex area (public coordinates, rounded).
VOSTOCHNY = Place("Vostochny Cosmodrome", lat=51.88, lon=128.33, kind="spaceport", country="RU")

# GeographicLib on the reference coordinates: about 937.7 km at an initial bearing of
# about 344.5 degrees (north-northwest).
_SEED_GEODESIC = Geodesic.WGS84.Inverse(USSURIYSK.lat, USSURIYSK.lon, VOSTOCHNY.lat, VOSTOCHNY.lon)
SEED_KM = _SEED_GEODESIC["s12"] / 1000.0
SEED_BEARING_DEG = _SEED_GEODESIC["azi1"] % 360.0


def _point_at(distance_km: float, *, azimuth_deg: float = 0.0, start: Place = USSURIYSK) -> Place:
    """Return a place at an exact geodesic distance from ``start``, by GeographicLib."""
    g = Geodesic.WGS84.Direct(start.lat, start.lon, azimuth_deg, distance_km * 1000.0)
    return Place("target", lat=g["lat2"], lon=g["lon2"])


def _only(text: str) -> Claim:
    claims = find_claims(text)
    assert len(claims) == 1, [c.phrase for c in claims]
    return claims[0]


def _ends(text: str) -> tuple[str | None, str | None]:
    """Return the texts of the located place and of the reference of a text's one claim."""
    [check] = check_claims(text)
    target, origin = check.claim.target, check.claim.origin
    return (target.text if target else None, origin.text if origin else None)


# --------------------------------------------------------------------------- parsing

# sentence, claim phrase, value, unit, qualifier, direction, origin, target, target anaphoric
PARSES = [
    ("Nakhodka lies some 85 km east of Vladivostok.",
     "some 85 km", 85, "km", "about", "E", "Vladivostok", "Nakhodka", False),
    ("Harbin is roughly 240 km north of Changchun.",
     "roughly 240 km", 240, "km", "about", "N", "Changchun", "Harbin", False),
    ("Ussuriysk, about 80 km north of Vladivostok, is a rail junction.",
     "about 80 km", 80, "km", "about", "N", "Vladivostok", "Ussuriysk", False),
    ("Chernobyl is located some 100 km away from Kyiv.",
     "some 100 km", 100, "km", "about", None, "Kyiv", "Chernobyl", False),
    ("The 800-km journey from Moscow to Kazan takes one night by train.",
     "800-km", 800, "km", None, None, "Moscow", "Kazan", False),
    ("There are roughly 710 km between Sydney and Melbourne.",
     "roughly 710 km", 710, "km", "about", None, "Sydney", "Melbourne", False),
    ("Perth and Adelaide are more than 2,100 km apart.",
     "more than 2,100 km", 2100, "km", "more than", None, "Perth", "Adelaide", False),
    ("The plant lies 30-40 km to the north-northwest of Toulouse.",
     "30-40 km", 35, "km", None, "NNW", "Toulouse", "The plant", True),
    ("It is between 30 and 40 miles from Boston.",
     "between 30 and 40 miles", 35, "mi", None, None, "Boston", "It", True),
    ("Lhasa sits roughly 1.2 thousand km west-southwest of Chengdu.",
     "roughly 1.2 thousand km", 1200, "km", "about", "WSW", "Chengdu", "Lhasa", False),
    ("Madeira lies about 600 miles (970 km) southwest of Lisbon.",
     "about 600 miles", 600, "mi", "about", "SW", "Lisbon", "Madeira", False),
    ("The trawler went down 12 nautical miles NNE of Cape Soya.",
     "12 nautical miles", 12, "nmi", None, "NNE", "Cape Soya", None, None),
    ("Brest lies more than 500 km west of Paris.",
     "more than 500 km", 500, "km", "more than", "W", "Paris", "Brest", False),
    ("Kiruna is within 150 km of the Arctic Circle.",
     "within 150 km", 150, "km", "within", None, "Arctic Circle", "Kiruna", False),
    ("Tromsø is roughly 350 km north of the Arctic Circle.",
     "roughly 350 km", 350, "km", "about", "N", "Arctic Circle", "Tromsø", False),
    ("São Paulo lies about 360 km south-west of Rio de Janeiro.",
     "about 360 km", 360, "km", "about", "SW", "Rio de Janeiro", "São Paulo", False),
    ("Komsomolsk-on-Amur is some 170 miles north-northeast of Khabarovsk.",
     "some 170 miles", 170, "mi", "about", "NNE", "Khabarovsk", "Komsomolsk-on-Amur", False),
    ("St. Petersburg is about 635 km northwest of Moscow.",
     "about 635 km", 635, "km", "about", "NW", "Moscow", "St. Petersburg", False),
    ("Mount Fuji stands about 100 km west-southwest of Tokyo.",
     "about 100 km", 100, "km", "about", "WSW", "Tokyo", "Mount Fuji", False),
    ("The town sits just under 20 km NW of Salzburg.",
     "just under 20 km", 20, "km", "nearly", "NW", "Salzburg", "The town", True),
    ("The Baikonur Cosmodrome is over 2,000 km south-east of Moscow.",
     "over 2,000 km", 2000, "km", "more than", "SE", "Moscow", "Baikonur Cosmodrome", False),
    ("Kaliningrad, roughly 1,090 km west of Moscow, is an exclave.",
     "roughly 1,090 km", 1090, "km", "about", "W", "Moscow", "Kaliningrad", False),
    ("Darwin is located more than 2,600 kilometres north of Adelaide.",
     "more than 2,600 kilometres", 2600, "km", "more than", "N", "Adelaide", "Darwin", False),
    ("Reykjavik lies approximately 1,340 km north-west of Edinburgh.",
     "approximately 1,340 km", 1340, "km", "about", "NW", "Edinburgh", "Reykjavik", False),
    ("The fire broke out 3 miles south of Santa Rosa.",
     "3 miles", 3, "mi", None, "S", "Santa Rosa", None, None),
    ("Rescuers reached Dhunche, a settlement about 50 km north of Kathmandu.",
     "about 50 km", 50, "km", "about", "N", "Kathmandu", "Dhunche", False),
    ("The 1,150-km flight from Delhi to Mumbai lasts two hours.",
     "1,150-km", 1150, "km", None, None, "Delhi", "Mumbai", False),
    ("We drove 400 miles from Chicago to Nashville.",
     "400 miles", 400, "mi", None, None, "Chicago", "Nashville", False),
    ("Tangier sits less than 35 km south of Tarifa.",
     "less than 35 km", 35, "km", "less than", "S", "Tarifa", "Tangier", False),
    ("Windhoek is situated roughly 1,270 km north of Cape Town.",
     "roughly 1,270 km", 1270, "km", "about", "N", "Cape Town", "Windhoek", False),
    ("Pyongyang is about 195 km north-west of Seoul.",
     "about 195 km", 195, "km", "about", "NW", "Seoul", "Pyongyang", False),
    ("Ulaanbaatar is located approximately 1,170 kilometres north-west of Beijing.",
     "approximately 1,170 kilometres", 1170, "km", "about", "NW", "Beijing", "Ulaanbaatar",
     False),
    ("Goa, roughly 440 km south of Mumbai, draws many tourists.",
     "roughly 440 km", 440, "km", "about", "S", "Mumbai", "Goa", False),
    ("Niagara Falls lies approximately 70 km (43 miles) south of Toronto.",
     "approximately 70 km", 70, "km", "about", "S", "Toronto", "Niagara Falls", False),
    ("Wellington and Auckland are roughly 500 km apart.",
     "roughly 500 km", 500, "km", "about", None, "Wellington", "Auckland", False),
    ("Alexandria is 180 km / 112 miles northwest of Cairo.",
     "180 km", 180, "km", None, "NW", "Cairo", "Alexandria", False),
    ("The dam is located some 40 kilometres upstream from Aswan.",
     "some 40 kilometres", 40, "km", "about", None, "Aswan", "The dam", True),
    ("Halifax is almost 800 km from Montreal.",
     "almost 800 km", 800, "km", "nearly", None, "Montreal", "Halifax", False),
    ("Tiraspol is about 70 km east-southeast of Chisinau.",
     "about 70 km", 70, "km", "about", "ESE", "Chisinau", "Tiraspol", False),
    ("Incheon International Airport is about 50 km west of central Seoul.",
     "about 50 km", 50, "km", "about", "W", "Seoul", "Incheon International Airport", False),
    ("The ship sank 300 m off the coast of Lampedusa.",
     "300 m", 300, "m", None, None, "Lampedusa", None, None),
    ("Helsinki lies an estimated 80 km north of Tallinn across the gulf.",
     "an estimated 80 km", 80, "km", "about", "N", "Tallinn", "Helsinki", False),
    ("The lake is under 10 km from Queenstown.",
     "under 10 km", 10, "km", "less than", None, "Queenstown", "The lake", True),
    ("Mostar is upwards of 120 km from Sarajevo by road.",
     "upwards of 120 km", 120, "km", "more than", None, "Sarajevo", "Mostar", False),
    ("Bratislava and Vienna lie only about 55 km apart.",
     "about 55 km", 55, "km", "about", None, "Bratislava", "Vienna", False),
    ("An 80-mile ride separates Philadelphia from New York.",
     "80-mile", 80, "mi", None, None, "Philadelphia", "New York", False),
    ("Rescuers found the climbers two thousand metres from the summit of Mont Blanc.",
     "two thousand metres", 2000, "m", None, None, "Mont Blanc", None, None),
    ("The volcano lies between 10 and 15 km east-southeast of Naples.",
     "between 10 and 15 km", 12.5, "km", None, "ESE", "Naples", "The volcano", True),
    ("Narita Airport sits 55 to 65 km east of central Tokyo.",
     "55 to 65 km", 60, "km", None, "E", "Tokyo", "Narita Airport", False),
    ("The cargo ship reported engine failure 40 nmi southwest of Malta.",
     "40 nmi", 40, "nmi", None, "SW", "Malta", None, None),
    ("Sacramento is 75 mi northeast of San Francisco.",
     "75 mi", 75, "mi", None, "NE", "San Francisco", "Sacramento", False),
    ("Canterbury sits some 90 kilometres south-east of London.",
     "some 90 kilometres", 90, "km", "about", "SE", "London", "Canterbury", False),
    ("The airport is 35 km from downtown Denver.",
     "35 km", 35, "km", None, None, "Denver", "The airport", True),
    ("Graz is 145km south-west of Vienna.",
     "145km", 145, "km", None, "SW", "Vienna", "Graz", False),
    ("Ushuaia sits at least 3,000 km south of Buenos Aires.",
     "at least 3,000 km", 3000, "km", "more than", "S", "Buenos Aires", "Ushuaia", False),
    ("The blast was some 160km south of the island's capital Colombo.",
     "some 160km", 160, "km", "about", "S", "Colombo", None, None),
    ("Villagers in Dvani, which is seven kilometers south-west of Tskhinvali, fled.",
     "seven kilometers", 7, "km", None, "SW", "Tskhinvali", "Dvani", False),
    ("Louisville, Kentucky, is about 100 miles west of Lexington.",
     "about 100 miles", 100, "mi", "about", "W", "Lexington", "Louisville", False),
    ("Tbilisi is about 170 km south of the Russian border.",
     "about 170 km", 170, "km", "about", "S", "Russian border", "Tbilisi", False),
    ("Tver is about 180 km by road north-west of Moscow.",
     "about 180 km", 180, "km", "about", "NW", "Moscow", "Tver", False),
    ("The station is located 2 kilometres north north east of the old town.",
     "2 kilometres", 2, "km", None, "NNE", "the old town", "The station", True),
    # a way along a river or a coast, and the crow's line as an aside between commas
    ("Kisangani is 1,250 km upriver from Kinshasa.",
     "1,250 km", 1250, "km", None, None, "Kinshasa", "Kisangani", False),
    ("The dam sits 30 km downstream of Aswan.",
     "30 km", 30, "km", None, None, "Aswan", "The dam", True),
    ("Sidon is 40 km along the coast from Beirut.",
     "40 km", 40, "km", None, None, "Beirut", "Sidon", False),
    ("Perth is 2,130 km, as the crow flies, from Adelaide.",
     "2,130 km", 2130, "km", None, None, "Adelaide", "Perth", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "unit", "qualifier", "direction", "origin", "target",
     "anaphoric"),
    PARSES,
    ids=[row[1] + " | " + row[0][:30] for row in PARSES],
)  # fmt: skip
def test_find_claims_parses_each_form(
    sentence, phrase, value, unit, qualifier, direction, origin, target, anaphoric
):
    claim = _only(sentence)
    assert claim.phrase == phrase
    assert sentence[claim.start : claim.end] == phrase
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert claim.qualifier == qualifier
    assert claim.direction == direction
    assert (claim.origin.text if claim.origin else None) == origin
    assert (claim.target.text if claim.target else None) == target
    assert (claim.target.anaphoric if claim.target else None) == anaphoric
    for mention in (claim.origin, claim.target):
        if mention is not None:
            assert sentence[mention.start : mention.end] == mention.text


def test_the_table_covers_at_least_forty_sentences():
    assert len(PARSES) >= 40


NOT_CLAIMS = [
    "The high-speed train reached 350 km/h near Wuhan.",
    "Traffic crawled along at 20 kilometres per hour outside Lagos.",
    "The storm was moving at 15 mph toward Miami.",
    "Winds gusted to 120 km an hour over Okinawa.",
    "The ferry can do 500 km a day in calm weather.",
    "After an 18-month-long siege, the town fell.",
    "The 10-hour crossing to Tasmania was rough.",
    "The monastery stands at an altitude of 2,000 m.",
    "Lhasa sits 3,650 metres above sea level.",
    "The summit of Kilimanjaro is 5,895 metres high.",
    "The jet cruised at 11,000 metres over Greenland.",
    "The space station orbits at 400 km above Earth.",
    "The reserve covers 1,500 sq km near Nairobi.",
    "Lake Titicaca spans 8,300 square kilometres.",
    "The estate has 400 hectares of vineyards near Bordeaux.",
    "Monaco covers just 2 km2, and Vatican City under 0.5 km².",
    "A 300-metre-long tanker ran aground near Suez.",
    "The Gotthard tunnel is 57 km long.",
    "The channel is 30 metres deep and 200 m wide.",
    "The CN Tower is 553 metres tall.",
    "Russia and China share a 4,200-km border.",
    "The 9,289 km Trans-Siberian Railway links Moscow and Vladivostok.",
    "Workers laid 200 km of new track near Addis Ababa.",
    "Runners completed the 42 km marathon course in Berlin.",
    "The town had 4,000 residents in 1990.",
    "Prices rose 5 percent to $900 million in Lima.",
    "The company raised £5m in Leeds and sold 5m copies.",
    "Outages hit a combined 5,000 meters across the county.",
    "He grew up in Ten Mile and drove down Seven Mile Road.",
    "The convoy of 40 trucks left Kabul at 9 a.m. on Monday.",
    # how far an effect reached, not where a place lies
    "Floodwater spread up to 8 km inland across Bangladesh.",
    "Officials said the waves swept more than two kilometres inland near Galle.",
    "The surge travelled up to 8 km (5 mi) inland after the quake off Sendai.",
    "The fjord cuts 120 km inland from the sea towards the glacier near Bergen.",
    "The blast was heard up to 30 miles away in Ohio.",
    "Cinders fell on farms as far as 15 km from the vent above Catania.",
    "Smoke drifted as far away as 300 miles from the fires near Fresno.",
    "The tremor was felt by residents 200 km away in Kyushu.",
    # a spread around no place named: nothing after the figure to measure from
    "The co-operative near Porto farms a dozen plots within a distance of 25 km.",
    "Outside Ghent the firm runs four depots, all within 40 km.",
    # a size across compass points, not a distance between places
    "Corfu is 60 km long from north to south and 25 km from east to west.",
    "The distance from the northern tip to the southern tip of Crete is about 60 km.",
    "The east-west distance across Jersey is about 14 km.",
    # a park's own extent, end to end and side to side
    "Richmond Park is huge: almost three miles from end to end and two from side to side.",
    # a size given as a label, a compass point after it
    "Photo width: 40 kilometres; north is up.",
    "Radar swath width: 185 km north of the ground track.",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_find_claims_skips_speeds_durations_heights_areas_sizes_and_bare_numbers(sentence):
    assert find_claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "target", "origin"),
    [
        # where a place lies inland is a claim, with or without the place it is measured from
        ("The market town of Loule sits 16 km inland from Faro.", "Loule", "Faro"),
        ("Edfu lies about 100 km inland.", "Edfu", None),
    ],
)
def test_a_place_inland_is_a_claim_where_a_reach_inland_is_none(sentence, target, origin):
    claim = _only(sentence)
    assert claim.target is not None and claim.target.text == target
    assert (claim.origin.text if claim.origin else None) == origin


def test_a_range_keeps_both_ends_and_its_midpoint():
    claim = _only("The volcano lies between 10 and 15 km east-southeast of Naples.")
    assert (claim.low, claim.value, claim.high) == (10.0, 12.5, 15.0)
    claim = _only("The plant lies 30-40 km to the north-northwest of Toulouse.")
    assert (claim.low, claim.value, claim.high) == (30.0, 35.0, 40.0)


def test_a_single_figure_has_equal_ends():
    claim = _only("Harbin is roughly 240 km north of Changchun.")
    assert claim.low == claim.value == claim.high == 240.0


@pytest.mark.parametrize(
    ("sentence", "stated_km", "conversion"),
    [
        # 600 mi x 1.609344 km/mi = 965.6064 km (international mile, exact)
        ("Madeira lies about 600 miles (970 km) southwest of Lisbon.", 965.6064, (970.0, "km")),
        ("Niagara Falls lies approximately 70 km (43 miles) south of Toronto.", 70.0, (43.0, "mi")),
        ("Alexandria is 180 km / 112 miles northwest of Cairo.", 180.0, (112.0, "mi")),
        # 12 nmi x 1.852 km/nmi = 22.224 km
        ("The trawler went down 12 nautical miles NNE of Cape Soya.", 22.224, None),
        # 300 m = 0.3 km
        ("The ship sank 300 m off the coast of Lampedusa.", 0.3, None),
        # "or" and the other unit, with no comma: 900 mi x 1.609344 = 1,448.4096 km
        (
            "The rocket came down some 900 miles or 1,450 km east of Hokkaido.",
            1448.4096,
            (1450.0, "km"),
        ),
        # an "or" and a hedge inside the brackets
        (
            "Guimaraes sits about 22 kilometres (or roughly 14 miles) from Braga.",
            22.0,
            (14.0, "mi"),
        ),
    ],
)
def test_a_conversion_in_parentheses_is_one_claim_stated_as_first_written(
    sentence, stated_km, conversion
):
    claim = _only(sentence)
    assert claim.stated_km == pytest.approx(stated_km, abs=1e-9)
    assert claim.conversion == conversion


@pytest.mark.parametrize(
    ("sentence", "precision_km"),
    [
        ("Harbin is 900 km from Dalian.", 100.0),
        ("Harbin is 938 km from Dalian.", 1.0),
        ("Harbin is 1,180 km from Dalian.", 10.0),
        ("Harbin is 1.2 thousand km from Dalian.", 100.0),
        ("Harbin is 2.5 km from Dalian.", 0.1),
        ("Harbin is two thousand metres from Dalian.", 1.0),  # a step of 1,000 m
        ("Harbin is 600 miles from Dalian.", 160.9344),  # a step of 100 mi
        ("Harbin is 30-40 km from Dalian.", 10.0),
    ],
)
def test_precision_is_the_rounding_step_of_the_written_number(sentence, precision_km):
    assert _only(sentence).precision_km == pytest.approx(precision_km)


@pytest.mark.parametrize(
    ("sentence", "travel"),
    [
        ("The 800-km journey from Moscow to Kazan takes one night by train.", True),
        ("We drove 400 miles from Chicago to Nashville.", True),
        ("Mostar is upwards of 120 km from Sarajevo by road.", True),
        ("The 1,150-km flight from Delhi to Mumbai lasts two hours.", True),
        ("Harbin is roughly 240 km north of Changchun.", False),
        ("By road it is far, but Lyon is 390 km from Paris as the crow flies.", False),
    ],
)
def test_travel_is_flagged_when_the_clause_implies_a_journey(sentence, travel):
    assert _only(sentence).travel is travel


def test_two_claims_in_one_sentence_share_the_subject():
    text = "Lyon is 390 km from Paris and 280 km from Marseille."
    first, second = find_claims(text)
    assert (first.phrase, first.origin.text, first.target.text) == ("390 km", "Paris", "Lyon")
    assert (second.phrase, second.origin.text, second.target.text) == (
        "280 km",
        "Marseille",
        "Lyon",
    )


def test_offsets_index_the_whole_text_across_sentences():
    text = (
        "Dr. Okafor flew in on Tuesday. St. Petersburg is about 635 km northwest of Moscow. "
        "It rained."
    )
    claim = _only(text)
    assert text[claim.start : claim.end] == "about 635 km"
    assert claim.sentence == "St. Petersburg is about 635 km northwest of Moscow."
    assert text[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == (
        claim.sentence
    )
    assert text[claim.target.start : claim.target.end] == "St. Petersburg"


def test_an_anaphoric_origin_is_kept_as_an_anaphor():
    text = "Rebels were seen 40 km north of the capital."
    at = text.index("the capital")
    assert _only(text).origin == Endpoint("the capital", start=at, end=at + 11, anaphoric=True)


@pytest.mark.parametrize(
    ("text", "kind_hint"),
    [
        ("This launch facility", "spaceport"),
        ("The plant", "factory"),
        ("the station", "station"),
        ("The airport", "airport"),
        ("It", None),
    ],
)
def test_mention_kind_hint_follows_the_noun(text, kind_hint):
    assert Endpoint(text, start=0, end=len(text), anaphoric=True).kind_hint == kind_hint


def test_value_types_validate_themselves():
    with pytest.raises(ValueError, match="does not fit its text"):
        Endpoint("Harbin", start=0, end=3)
    claim = _only("Harbin is roughly 240 km north of Changchun.")
    fields = {f: getattr(claim, f) for f in Claim.__dataclass_fields__}
    with pytest.raises(ValueError, match="unit must be one of"):
        Claim(**{**fields, "unit": "furlong"})
    with pytest.raises(ValueError, match="qualifier must be one of"):
        Claim(**{**fields, "qualifier": "roughly"})
    with pytest.raises(ValueError, match="direction must be"):
        Claim(**{**fields, "direction": "NORTH"})


# --------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


def test_seed_article_holds_exactly_the_cosmodrome_claim(seed_text):
    claims = find_claims(seed_text)
    assert [c.phrase for c in claims] == ["approximately 900 kilometers"]
    [claim] = claims
    assert seed_text[claim.start : claim.end] == "approximately 900 kilometers"
    assert (claim.value, claim.unit, claim.qualifier) == (900.0, "km", "about")
    assert claim.direction == "NW"
    assert claim.origin.text == "Ussuriysk"
    assert not claim.origin.anaphoric
    assert claim.target.text == "This launch facility"
    assert claim.target.anaphoric
    assert claim.travel is False  # the train is in another clause


def test_seed_article_duration_is_not_a_claim(seed_text):
    at = seed_text.index("18-month-long")
    assert not any(c.start <= at < c.end for c in find_claims(seed_text))


def test_seed_claim_checked_on_reference_coordinates_matches_geographiclib(seed_text):
    [claim] = find_claims(seed_text)
    check = check_claim(claim, USSURIYSK, VOSTOCHNY)
    assert check.measured_km == pytest.approx(SEED_KM, abs=1e-6)
    assert abs(SEED_KM - 938.0) <= 1.0  # the README's "about 938 km"
    assert check.bearing_deg == pytest.approx(SEED_BEARING_DEG, abs=1e-6)
    assert check.bearing_deg == pytest.approx(345.0, abs=1.0)
    # NW is centred on 315 degrees: the bearing is about 30 degrees off, in the NNW sector
    assert check.direction_off_deg == pytest.approx(SEED_BEARING_DEG - 315.0, abs=1e-6)
    assert check.direction_off_deg == pytest.approx(30.0, abs=1.0)
    assert check.direction_sectors_apart == 1
    assert check.measured_compass == "NNW"
    assert check.verdict == "consistent"
    assert check.relative_error == pytest.approx((SEED_KM - 900.0) / 900.0, abs=1e-9)
    # "approximately 900": half the 100 km step (50), the place allowance (1 % of 900, 9)
    # and 5 % of 900 (45)
    assert check.tolerance_km == pytest.approx(104.0)


def test_seed_claim_resolves_with_the_real_gazetteer(seed_text):
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims(seed_text, default_gazetteer())
    assert check.unresolved_reason is None
    assert check.origin.name == "Ussuriysk"
    assert check.origin.source == "geonames:2014006"
    assert check.target.name == "Vostochny Cosmodrome"
    assert check.target.kind == "spaceport"
    assert check.measured_km == pytest.approx(SEED_KM, abs=2.0)
    assert check.bearing_deg == pytest.approx(SEED_BEARING_DEG, abs=1.0)
    assert check.direction_off_deg == pytest.approx(30.0, abs=1.5)
    assert check.direction_sectors_apart == 1
    assert check.verdict == "consistent"
    as_dict = check.to_dict()
    assert as_dict["to"]["name"] == "Vostochny Cosmodrome"
    assert as_dict["to"]["mention"] == "This launch facility"
    assert as_dict["from"]["name"] == "Ussuriysk"


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize(
    ("sentence", "measured_km", "verdict"),
    [
        # "approximately 900": 900 +- (50 rounding + 9 place + 45 hedge) -> [796, 1004]
        ("Harbin is approximately 900 km from Dalian.", 938.3, "consistent"),
        ("Harbin is approximately 900 km from Dalian.", 994.0, "consistent"),
        ("Harbin is approximately 900 km from Dalian.", 1010.0, "understated"),
        ("Harbin is approximately 900 km from Dalian.", 790.0, "overstated"),
        # a bare "938": 938 +- 0.5
        ("Harbin is 938 km from Dalian.", 900.0, "overstated"),
        ("Harbin is 938 km from Dalian.", 938.3, "consistent"),
        ("Harbin is 938 km from Dalian.", 948.5, "understated"),
        # a bare "1,000": half the step is capped at 10 % -> [900, 1100]
        ("Harbin is 1,000 km from Dalian.", 1090.0, "consistent"),
        ("Harbin is 1,000 km from Dalian.", 1150.0, "understated"),
        # "more than 900": [0.98 x 900, 2 x 900] = [882, 1800]
        ("Harbin is more than 900 km from Dalian.", 890.0, "consistent"),
        ("Harbin is more than 900 km from Dalian.", 870.0, "overstated"),
        ("Harbin is more than 900 km from Dalian.", 1900.0, "understated"),
        # "less than 50": [0.5 x 50, 1.02 x 50] = [25, 51]
        ("Harbin is less than 50 km from Dalian.", 40.0, "consistent"),
        ("Harbin is less than 50 km from Dalian.", 52.0, "understated"),
        ("Harbin is less than 50 km from Dalian.", 20.0, "overstated"),
        # "within 150": [0, 153]
        ("Harbin is within 150 km of Dalian.", 10.0, "consistent"),
        ("Harbin is within 150 km of Dalian.", 160.0, "understated"),
        # "nearly 600": [0.85 x 600, 1.02 x 600] = [510, 612]
        ("Harbin is nearly 600 km from Dalian.", 560.0, "consistent"),
        ("Harbin is nearly 600 km from Dalian.", 505.0, "overstated"),
        ("Harbin is nearly 600 km from Dalian.", 615.0, "understated"),
        # "30-40": [30 - min(5, 3), 40 + min(5, 4)] = [27, 44]
        ("Harbin is 30-40 km from Dalian.", 43.0, "consistent"),
        ("Harbin is 30-40 km from Dalian.", 46.5, "understated"),
        ("Harbin is 30-40 km from Dalian.", 24.5, "overstated"),
        # "about 30-40": [27 - 1.5, 44 + 2] = [25.5, 46]
        ("Harbin is about 30-40 km from Dalian.", 45.5, "consistent"),
        # "600 miles" = 965.6064 km, half step min(80.4672, 96.56064) -> [885.1392, 1046.0736]
        ("Harbin is 600 miles from Dalian.", 1040.0, "consistent"),
        ("Harbin is 600 miles from Dalian.", 1060.0, "understated"),
    ],
)
def test_verdict_follows_the_tolerance_rule(sentence, measured_km, verdict):
    claim = _only(sentence)
    check = check_claim(claim, USSURIYSK, _point_at(measured_km))
    assert check.measured_km == pytest.approx(measured_km, abs=1e-6)
    assert check.verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "measured_km", "tolerance_km"),
    [
        # rounding 50 + place max(2, 9) + "about" 45 = 104
        ("Harbin is approximately 900 km from Dalian.", 938.3, 104.0),
        ("Harbin is approximately 900 km from Dalian.", 850.0, 104.0),
        ("Harbin is 938 km from Dalian.", 900.0, 0.5 + 9.38),
        ("Harbin is more than 900 km from Dalian.", 950.0, 900.0),  # up to 1,800
        ("Harbin is more than 900 km from Dalian.", 850.0, 18.0),  # down to 882
    ],
)
def test_tolerance_is_the_allowance_on_the_measured_side(sentence, measured_km, tolerance_km):
    check = check_claim(_only(sentence), USSURIYSK, _point_at(measured_km))
    assert check.tolerance_km == pytest.approx(tolerance_km)


def test_consistent_interval_of_a_hedged_round_figure():
    # 900 -+ (50 rounding + 9 place, 1 % + 45 hedge, 5 %)
    assert _only("Harbin is about 900 km from Dalian.").consistent_km() == pytest.approx(
        (796.0, 1004.0)
    )


def test_direction_is_compared_with_the_bearing_from_origin_to_target():
    # Due east (90 degrees) of Ussuriysk, claimed to lie north-east: 45 degrees and 4 sectors off
    claim = _only("Harbin is about 100 km northeast of Dalian.")
    check = check_claim(claim, USSURIYSK, _point_at(100.0, azimuth_deg=90.0))
    assert check.bearing_deg == pytest.approx(90.0, abs=1e-6)
    assert check.direction_off_deg == pytest.approx(45.0, abs=1e-6)
    assert check.direction_sectors_apart == 2
    assert check.measured_compass == "E"


def test_no_direction_stated_means_no_direction_offset():
    check = check_claim(_only("Harbin is about 100 km from Dalian."), USSURIYSK, _point_at(100))
    assert check.direction_off_deg is None
    assert check.direction_sectors_apart is None


def test_a_road_figure_is_not_judged_against_the_straight_line():
    claim = _only("The 1,000-km drive from Harbin to Dalian takes a day.")
    assert claim.route == "road"
    # the straight line is 750 km; no road network is at hand to measure the drive
    check = check_claim(claim, USSURIYSK, _point_at(750.0))
    assert (check.verdict, check.basis, check.straight_verdict) == (
        "route not checked", "route", "overstated"
    )  # fmt: skip
    assert check.route_note == (
        "the text gives the length of a road, which mapper has no network to measure "
        "(the straight line is 750 km)"
    )


def test_a_straight_figure_that_fails_may_be_a_route():
    claim = _only("Harbin is 1,000 km from Dalian.")
    # straight line 750 km; 1,000 km is 1.33 times that, within the 1.1-1.6 route band
    check = check_claim(claim, USSURIYSK, _point_at(750.0))
    assert (check.verdict, check.basis) == ("overstated", "straight line")
    assert check.route_note == (
        "a route distance may fit: the stated figure is 1.33 times the straight line, "
        "typical of roads and railways"
    )


def test_a_flight_is_judged_against_the_straight_line():
    claim = _only("The 1,000-km flight from Harbin to Dalian was delayed.")
    assert claim.route == "air"
    check = check_claim(claim, USSURIYSK, _point_at(1000.0))
    assert (check.verdict, check.basis, check.route_note) == ("consistent", "straight line", None)


def test_a_figure_stated_as_straight_gets_no_route_note():
    claim = _only("Harbin is 1,000 km from Dalian as the crow flies.")
    assert claim.straight and claim.route is None
    check = check_claim(claim, USSURIYSK, _point_at(750.0), rail_km=990.0)
    assert check.verdict == "overstated" and check.route_note is None


def test_a_straight_line_claim_has_no_route_note():
    check = check_claim(_only("Harbin is about 500 km from Dalian."), USSURIYSK, _point_at(500.0))
    assert check.route_note is None


def test_unresolved_endpoints_give_an_unresolved_verdict():
    claim = _only("Harbin is about 500 km from Dalian.")
    check = check_claim(claim, None, USSURIYSK, unresolved_reason="origin 'Dalian': no match")
    assert check.verdict == "unresolved"
    assert check.measured_km is None
    assert check.bearing_deg is None
    assert check.relative_error is None
    assert check.unresolved_reason == "origin 'Dalian': no match"
    assert check.to_dict()["from"] is None


def test_check_rejects_an_inconsistent_verdict():
    claim = _only("Harbin is about 500 km from Dalian.")
    with pytest.raises(ValueError, match="verdict must be one of"):
        ClaimCheck(claim, None, None, None, None, None, None, None, 1.0, "plausible")


# --------------------------------------------------------------------------- resolving


PLACES = {
    "Hobart": Place(
        "Hobart", lat=-42.87936, lon=147.32941, kind="city", country="AU", admin1="Tasmania"
    ),
    "Launceston": Place("Launceston", lat=-41.43876, lon=147.13467, kind="city", country="AU"),
    "Tasmania": Place(
        "Tasmania", lat=-42.0, lon=146.5, kind="region", country="AU", admin1="Tasmania"
    ),
    "Australia": Place("Australia", lat=-25.0, lon=135.0, kind="country", country="AU"),
    "Indian Ocean": Place("Indian Ocean", lat=-20.0, lon=80.0, kind="water"),
    # a river's point in a gazetteer is one spot on it (here near its mouth, the test's own)
    "Derwent": Place("Derwent", lat=-43.0, lon=147.4, kind="river"),
    "New Zealand": Place("New Zealand", lat=-41.0, lon=174.0, kind="country", country="NZ"),
}


class _Table:
    """A stand-in gazetteer over PLACES: the one call the checker makes of a gazetteer."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def lookup(self, query, *, kind=None, context=()):
        self.calls.append((query, tuple(p.name for p in context)))
        place = PLACES.get(query)
        if place is None or (kind is not None and place.kind != kind):
            raise PlaceNotFound(query)
        return place


def _doc(text: str, *names: str) -> Document:
    """Return a Document of ``text`` whose mentions are ``names``, resolved from PLACES."""
    mentions = []
    for name in names:
        at = text.index(name)
        mentions.append(Mention(name, at, at + len(name), PLACES[name], 1.0))
    return Document.from_mentions(text, mentions)


def test_an_anaphor_takes_the_nearest_earlier_mention_of_a_compatible_kind():
    text = "Hobart is the capital of Tasmania. This city lies about 160 km south of Launceston."
    [check] = check_claims(_doc(text, "Hobart", "Tasmania", "Launceston"), _Table())
    # nearest first, "Tasmania" is a region and does not fit "this city"; "Hobart" does
    assert check.target is PLACES["Hobart"]
    assert check.origin is PLACES["Launceston"]
    assert check.target_mention.start == 0 and check.origin_mention.surface == "Launceston"
    g = Geodesic.WGS84.Inverse(-41.43876, 147.13467, -42.87936, 147.32941)
    assert check.measured_km == pytest.approx(g["s12"] / 1000.0, abs=1e-6)
    # "about 160": 160 +- (min(5, 16) + 8) -> [147, 173]; GeographicLib gives about 161 km
    assert check.verdict == "consistent"


def test_endpoints_resolve_by_the_mention_at_their_position_without_a_lookup():
    text = "Launceston lies about 160 km north of Hobart in Tasmania."
    table = _Table()
    [check] = check_claims(_doc(text, "Launceston", "Hobart", "Tasmania"), table)
    assert (check.origin.name, check.target.name) == ("Hobart", "Launceston")
    assert table.calls == []


def test_a_name_the_document_did_not_resolve_is_looked_up_with_its_places_as_context():
    table = _Table()
    text = "Launceston lies about 160 km north of Hobart in Tasmania."
    [check] = check_claims(_doc(text, "Hobart", "Tasmania"), table)
    assert table.calls == [("Launceston", ("Hobart", "Tasmania"))]
    assert check.target is PLACES["Launceston"]


def test_a_lookup_error_becomes_the_unresolved_reason():
    text = "Hobart lies about 160 km south of Qwzxplk."
    [check] = check_claims(_doc(text, "Hobart"), _Table())
    assert check.verdict == "unresolved"
    assert check.unresolved_reason.startswith(
        "origin 'Qwzxplk': no place named 'Qwzxplk' in the gazetteer"
    )


def test_an_unknown_atoll_or_reef_is_named_as_the_end_left_unresolved():
    # a name ending in a feature noun the gazetteer lacks is still the end the text names
    [check] = check_claims("Wake lies some 300 km north of Qwzxplk Atoll.")
    assert check.verdict == "unresolved"
    assert check.unresolved_reason.startswith("origin 'Qwzxplk Atoll': no place named")


def test_a_persons_name_is_not_looked_up_as_a_place():
    text = "Hobart lies about 160 km south of Launceston."
    doc = Document.from_mentions(text, [Mention("Hobart", 0, 6, PLACES["Hobart"], 1.0)],
                                 people={"launceston"})  # fmt: skip
    table = _Table()
    [check] = check_claims(doc, table)
    assert table.calls == []
    assert check.unresolved_reason == "origin: the sentence names no origin place"


def test_route_provider_supplies_a_rail_distance():
    calls = []

    def route_km(origin, target):
        calls.append((origin.name, target.name))
        return 205.0

    text = "The train covers about 200 km from Launceston to Hobart."
    [check] = check_claims(_doc(text, "Launceston", "Hobart"), _Table(), route_km=route_km)
    assert calls == [("Launceston", "Hobart")]
    assert check.rail_km == 205.0
    assert check.to_dict()["rail_km"] == 205.0
    # a rail figure is judged against the route: 205 km fits "about 200"
    assert (check.basis, check.verdict) == ("route", "consistent")
    assert check.route_note.startswith("a route figure, checked against the rail route of 205 km")


def test_the_rail_module_plugs_into_the_route_hook():
    from mapper.gazetteer import default_gazetteer
    from mapper.rail import route_km_for_claims

    text = "The train covered roughly 110 km from Vladivostok to Ussuriysk."
    [check] = check_claims(text, default_gazetteer(), route_km=route_km_for_claims)
    # the straight line is about 78 km (GeographicLib, city centres): too short for "110";
    # the track is longer, and the figure is a rail figure, so the track judges it
    assert check.straight_verdict == "overstated"
    assert check.rail_km > check.measured_km
    assert (check.basis, check.verdict) == ("route", "consistent")
    assert check.route_note.startswith(f"a route figure, checked against the rail route of "
                                       f"{check.rail_km:,.0f} km")  # fmt: skip


def test_a_figure_that_separates_no_places_is_no_claim():
    # a distance travelled, a length, a range: nothing to measure between two places
    text = "The convoy travelled 300 km. The road network is 600 km long in all."
    assert check_claims(_doc(text), _Table()) == []


def test_missing_endpoints_are_named_in_the_reason():
    [check] = check_claims(_doc("The convoy travelled 300 km from the border."), _Table())
    assert check.unresolved_reason == (
        "origin: the sentence names no origin place; target: the sentence names no target place"
    )


def test_gazetteer_unresolved_origin_names_the_endpoint_and_the_cause():
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims("Ussuriysk lies about 80 km north of Qwzxplk.", default_gazetteer())
    assert check.verdict == "unresolved"
    assert check.unresolved_reason.startswith(
        "origin 'Qwzxplk': no place named 'Qwzxplk' in the gazetteer"
    )
    assert check.to_dict()["to"]["name"] == "Ussuriysk"


def test_gazetteer_anaphor_finds_a_factory_named_in_the_previous_sentence():
    from mapper.gazetteer import default_gazetteer

    text = (
        "The delegation may tour the Komsomolsk-on-Amur aircraft plant next. "
        "The plant lies about 270 km north-northeast of Khabarovsk."
    )
    [check] = check_claims(text, default_gazetteer())
    assert check.target.kind == "factory"
    assert check.origin.name == "Khabarovsk"
    assert check.verdict == "consistent"


def test_an_anaphor_never_takes_a_namesake_of_a_country_elsewhere():
    from mapper.gazetteer import default_gazetteer

    # GeoNames also has a village named "India" in the Gambia: "the city" after a
    # country and a region is no city of theirs, not that village 9,000 km away
    text = (
        "Our reporter spent a week in northern India, in Punjab. "
        "The city lies about 20 km west of Jalandhar."
    )
    [check] = check_claims(text, default_gazetteer())
    assert check.target is None and check.verdict == "unresolved"
    assert "found no earlier mention of a city/town" in check.unresolved_reason


@pytest.mark.parametrize("owner", ["My", "Your", "Our"])
def test_a_possessive_before_a_figure_and_a_travel_noun_makes_a_route_claim(owner):
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims(
        f"{owner} 300 km drive from Lyon to Geneva took a day.", default_gazetteer()
    )
    assert (check.claim.stated_km, check.claim.travel) == (300.0, True)
    assert (check.origin.name, check.target.name) == ("Lyon", "Geneva")
    assert check.verdict == "route not checked"  # a drive: no road network offline


def test_a_relative_clause_without_a_reference_places_the_main_subject():
    from mapper.gazetteer import default_gazetteer

    # "which lies ... to the east" names no place to measure from: it places the suburb
    # (the main clause's subject) from the city the clause hangs on
    [check] = check_claims(
        "Versailles is a suburb of Paris, which lies about 17 km to the east.",
        default_gazetteer(),
    )
    assert (check.target.name, check.origin.name) == ("Versailles", "Paris")
    # Paris does lie east of Versailles: which place "which lies" places is left open,
    # so the direction is not judged either way
    assert check.claim.direction is None and check.direction_off_deg is None
    g = Geodesic.WGS84.Inverse(
        check.origin.lat, check.origin.lon, check.target.lat, check.target.lon
    )
    assert check.measured_km == pytest.approx(g["s12"] / 1000.0, abs=1e-6)
    # a river's length is no such claim: how far a flow runs is a length
    assert check_claims("Tours lies on the Loire, which flows 200 km to the west.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The river forms the border for about 300 km, separating Laos from Thailand.", 0),
        ("The wall runs for 20 km between Ypres and Menin.", 0),
        ("The Rhine flows for 1,230 km to the North Sea.", 0),
        # travel "for N km" is still a figure between places
        ("The convoy drove for 40 km from Kandahar to Spin Boldak.", 1),
    ],
)
def test_a_line_running_for_n_km_is_a_length_not_a_claim(text, found):
    assert len(find_claims(text)) == found


def test_pronoun_prefers_the_subject_of_an_earlier_claim():
    from mapper.gazetteer import default_gazetteer

    text = "Harbin is roughly 240 km north of Changchun. It is about 1,050 km from Beijing."
    first, second = check_claims(text, default_gazetteer())
    assert first.target.name == second.target.name == "Harbin"


def test_a_pronoun_after_a_sentence_opening_on_an_unknown_place_stays_unresolved():
    from mapper.gazetteer import default_gazetteer

    # "Zarkhel" is no place the gazetteer knows: "It" is Zarkhel, not Jammu named later
    text = (
        "Zarkhel is a village in the hills of Poonch district in Jammu and Kashmir. It is "
        "located 17 km east of the city of Poonch on the Jammu-Poonch highway."
    )
    [check] = check_claims(text, default_gazetteer())
    assert check.target is None and check.verdict == "unresolved"
    assert "Zarkhel" in check.unresolved_reason
    # a known subject is still taken
    known = "Bagan was a royal capital in Burma. It lies 145 km southwest of Mandalay."
    [check] = check_claims(known, default_gazetteer())
    assert check.target is not None and check.target.country == "MM"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # "the distance of X from Y": X is measured from Y
        ("The distance of Puri from Bhubaneswar is 60 km.", ("Puri", "Bhubaneswar")),
        # a height before the figure with another unit is not the figure's own context
        (
            "At an elevation of 1,500 metres and 60 km from Islamabad, the air is cool.",
            (None, "Islamabad"),
        ),
    ],
)
def test_the_distance_of_x_from_y_and_a_figure_after_a_height(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # "from X in <region> to Y", "from X, Country, to Y": Y is where the figure goes
        ("Planes flew us 300 miles from Kisumu in western Kenya to Mombasa.",
         ("Mombasa", "Kisumu")),
        ("Planes flew us 300 miles from Kisumu, Kenya, to Mombasa.", ("Mombasa", "Kisumu")),
        # "to the west of Y" is a direction, not where the figure goes
        ("Casares lies 15 km inland from Estepona, to the west of Marbella.",
         ("Casares", "Estepona")),
        # a body's name is no place: the town it is in is the figure's place
        ("Mr Rahim, head of the Barguna Boat Owners Association in Barguna, about 180 km "
         "south of Dhaka, spoke.", ("Barguna", "Dhaka")),
    ],
)  # fmt: skip
def test_from_x_in_a_region_to_y_and_a_bodys_name(text, ends):
    assert _ends(text) == ends


# --------------------------------------------------------------------------- output


def test_to_dict_is_json_ready_with_from_and_to():
    claim = _only("Madeira lies about 600 miles (970 km) southwest of Lisbon.")
    lisbon = Place("Lisbon", lat=38.71667, lon=-9.13333, kind="city", country="PT")
    funchal = Place("Madeira", lat=32.66568, lon=-16.92547, kind="city", country="PT")
    as_dict = check_claim(claim, lisbon, funchal).to_dict()
    required = {
        "sentence", "start", "end", "stated_km", "qualifier", "direction", "from", "to",
        "measured_km", "bearing_deg", "direction_off_deg", "verdict", "relative_error",
        "tolerance_km", "route_note", "unresolved_reason",
    }  # fmt: skip
    assert required <= as_dict.keys()
    assert as_dict["from"] == {
        "name": "Lisbon",
        "lat": 38.71667,
        "lon": -9.13333,
        "kind": "city",
        "country": "PT",
        "mention": "Lisbon",
        "span": None,
    }
    assert as_dict["to"]["name"] == "Madeira"
    assert as_dict["stated_km"] == pytest.approx(965.6064)
    assert (as_dict["qualifier"], as_dict["direction"]) == ("about", "SW")
    g = Geodesic.WGS84.Inverse(38.71667, -9.13333, 32.66568, -16.92547)
    assert as_dict["measured_km"] == pytest.approx(g["s12"] / 1000.0, abs=1e-6)
    assert as_dict["bearing_deg"] == pytest.approx(g["azi1"] % 360.0, abs=1e-6)
    assert json.loads(json.dumps(as_dict)) == as_dict


def test_format_table_pins_the_text_a_user_sees(seed_text):
    [claim] = find_claims(seed_text)
    table = format_table([check_claim(claim, USSURIYSK, VOSTOCHNY)])
    assert table == (
        "#  claim                         from       to                    stated km  "
        "measured km  route km  error  dir  bearing  verdict\n"
        "-  ----------------------------  ---------  --------------------  ---------  "
        "-----------  --------  -----  ---  -------  ----------\n"
        "1  approximately 900 kilometers  Ussuriysk  Vostochny Cosmodrome      900.0  "
        "      937.7         -  +4.2%  NW   345 NNW  consistent"
    )


def test_format_table_lists_notes_under_the_table():
    claim = _only("Ussuriysk lies about 80 km north of Qwzxplk.")
    check = check_claim(claim, None, USSURIYSK, unresolved_reason="origin 'Qwzxplk': no match")
    lines = format_table([check]).splitlines()
    assert lines[2].split() == ["1", "about", "80", "km", "Qwzxplk?", "Ussuriysk", "80.0", "-",
                                "-", "-", "N", "-", "unresolved"]  # fmt: skip
    assert lines[3] == "1: origin 'Qwzxplk': no match"


def test_format_table_of_nothing_says_so():
    assert format_table([]) == "no distance claims found"


def test_measured_values_are_finite_for_every_check(seed_text):
    [claim] = find_claims(seed_text)
    check = check_claim(claim, USSURIYSK, VOSTOCHNY)
    assert all(
        math.isfinite(v)
        for v in (check.measured_km, check.bearing_deg, check.direction_off_deg, check.tolerance_km)
    )


def test_an_area_endpoint_is_named_in_a_note():
    # Sakhalin as an island at 51 N 143 E (en.wikipedia.org/wiki/Sakhalin); Vladivostok
    # GeoNames 2013348. A claim to an island is checked against its representative point,
    # and the check says so; a claim between two cities has no such note.
    claim = _only("Sakhalin lies about 900 km northeast of Vladivostok.")
    vladivostok = Place("Vladivostok", lat=43.10562, lon=131.87353, kind="city", country="RU")
    sakhalin = Place("Sakhalin", lat=51.0, lon=143.0, kind="island")
    check = check_claim(claim, vladivostok, sakhalin)
    assert check.area_note == (
        "Sakhalin is an island, measured at its representative point (51.00, 143.00): "
        "the text may mean its nearest edge or another part of it"
    )
    assert check.to_dict()["area_note"] == check.area_note
    assert "3: " not in format_table([check]) and "1: Sakhalin is an island" in format_table(
        [check]
    )
    city = Place("Sakhalin", lat=51.0, lon=143.0, kind="city")
    assert check_claim(claim, vladivostok, city).area_note is None


@pytest.mark.parametrize(
    ("text", "names", "kept", "why"),
    [
        # the located thing is a fire: the region and the country only hold both ends
        ("A bushfire in Tasmania burned 40 km from Hobart.", ("Tasmania", "Hobart"),
         "origin", "Hobart lies inside Tasmania"),
        ("A bushfire in Australia burned 40 km from Hobart.", ("Australia", "Hobart"),
         "origin", "Hobart lies inside Australia"),
        # an ocean has no point a figure runs to
        ("The capsule came down in the Indian Ocean about 900 km west of Hobart.",
         ("Indian Ocean", "Hobart"), "origin", "Indian Ocean is too large to measure"),
        # a distance from a river runs to its nearest reach, wherever the point lies
        ("Hobart stands some 5 km west of the Derwent.",
         ("Derwent", "Hobart"), "target", "Derwent is a river"),
        # ... and from a country, to its nearest coast or border, not to its one point, when
        # the figure is shorter than the country is wide (New Zealand: 268,680 km² in
        # GeoNames' country table, a square of 518 km a side)
        ("Hobart lies about 300 km from New Zealand.", ("New Zealand", "Hobart"),
         "target", "New Zealand is a country"),
    ],
)  # fmt: skip
def test_an_area_holding_the_other_end_or_an_ocean_leaves_the_claim_unresolved(
    text, names, kept, why
):
    [check] = check_claims(_doc(text, *names), _Table())
    assert check.verdict == "unresolved"
    assert check.unresolved_reason.startswith(why)
    assert getattr(check, kept) is PLACES["Hobart"]


def test_a_country_a_long_figure_runs_from_is_measured_at_its_point():
    # 2,000 km is far more than New Zealand's 518 km: its point is a fair reference
    text = "Hobart lies about 2,000 km west of New Zealand."
    [check] = check_claims(_doc(text, "New Zealand", "Hobart"), _Table())
    assert check.verdict != "unresolved" and check.origin is PLACES["New Zealand"]


def test_a_region_is_measured_from_a_town_outside_it():
    # Launceston is in Tasmania too, but here the data gives it no region: no rule fires,
    # and the region's representative point is measured (42.0 S 146.5 E, the test's own)
    text = "Tasmania lies about 150 km south of Launceston."
    [check] = check_claims(_doc(text, "Tasmania", "Launceston"), _Table())
    assert check.verdict != "unresolved" and check.target is PLACES["Tasmania"]


@pytest.mark.parametrize(
    ("text", "phrase", "origin", "target"),
    [
        # an abbreviated unit's full stop inside the sentence
        ("Launceston lies only 160 km. from Hobart, and buses run daily.",
         "160 km", "Hobart", "Launceston"),
        # a figure alone in brackets after a pair of places
        ("My two favourite towns are Hobart and Launceston (~160 km).", "~160 km",
         "Hobart", "Launceston"),
    ],
)  # fmt: skip
def test_figures_written_loosely_still_part_two_places(text, phrase, origin, target):
    [check] = check_claims(_doc(text, "Hobart", "Launceston"), _Table())
    assert check.claim.phrase == phrase
    assert {check.origin.name, check.target.name} == {origin, target}


def test_a_bracketed_figure_after_one_place_is_no_pair():
    text = "We drove to Hobart (about 160 km) and Launceston the next day."
    assert [c.origin for c in check_claims(_doc(text, "Hobart", "Launceston"), _Table())] in (
        [],
        [None],
    )


def test_a_list_of_figures_takes_the_unit_written_last_and_pairs_them_respectively():
    # "390 and 470 km": both figures are in km; "respectively" pairs them, in order, with
    # the two places named before
    lyon, nice = find_claims("Lyon and Nice are 390 and 470 km from Paris respectively.")
    assert (lyon.value, lyon.unit, lyon.target.text) == (390, "km", "Lyon")
    assert (nice.value, nice.unit, nice.target.text) == (470, "km", "Nice")
    assert lyon.origin.text == nice.origin.text == "Paris"
    # in brackets after the places, the origin named before them is kept
    first, second = find_claims(
        "The airline flies from Dubai to both Auckland and Houston "
        "(7,700 and 7,000 nautical miles respectively)."
    )
    assert (first.target.text, second.target.text) == ("Auckland", "Houston")
    assert first.origin.text == second.origin.text == "Dubai"
    assert first.stated_km == pytest.approx(7_700 * 1.852)  # 1 nmi = 1.852 km exactly
    # figures of other magnitudes are no list: a population is not a distance
    [only] = find_claims("The town has 20,000 people and 40 km from Perth lies York.")
    assert only.value == 40


def test_from_each_other_is_apart_and_a_border_is_no_point():
    [check] = check_claims("Gdansk and Sopot are only 12 km from each other.")
    assert {check.claim.origin.text, check.claim.target.text} == {"Gdansk", "Sopot"}
    [check] = check_claims("Residents of Sderot, less than a mile from the Gaza border, fled.")
    assert check.verdict == "unresolved" and "a border is a line" in check.unresolved_reason


@pytest.mark.parametrize(
    "text",
    [
        "Going by the guides of Fodor and Michelin, Bremen and Oldenburg are 40 km apart.",
        "Going by Fodor, Bremen and Oldenburg are 40 km apart.",
        # a region after the first of the pair qualifies it
        "Bremen, Germany and Oldenburg are 40 km apart.",
    ],
)
def test_apart_parts_the_pair_joined_nearest_the_figure(text):
    [check] = check_claims(text)
    assert (check.claim.origin.text, check.claim.target.text) == ("Bremen", "Oldenburg")


def test_a_list_of_figures_pairs_with_as_many_located_places_without_respectively():
    # the located places are listed as many as the figures: in order, one each; the
    # bracket converts the whole list (186 mi = 299.3 km, 236 mi = 379.8 km)
    first, second = find_claims(
        "Rebels attacked the towns of Sibut and Bambari, located 190 and 380 kilometres "
        "(118 and 236 miles) north-east of the capital, Bangui."
    )
    assert (first.value, first.target.text) == (190, "Sibut")
    assert (second.value, second.target.text) == (380, "Bambari")
    assert first.origin.text == second.origin.text == "Bangui"
    assert first.conversion is None  # the bracket gives no one figure's conversion


def test_a_figure_without_a_unit_after_one_with_a_unit_takes_its_unit():
    _, patna_ranchi = find_claims("Patna is about 80 miles from Gaya, and 120 from Ranchi.")
    assert (patna_ranchi.value, patna_ranchi.unit) == (120, "mi")
    assert (patna_ranchi.target.text, patna_ranchi.origin.text) == ("Patna", "Ranchi")
    _, by_road = find_claims("Patna is 80 miles from Gaya, and 120 by the road from Ranchi.")
    assert (by_road.value, by_road.unit, by_road.origin.text) == (120, "mi", "Ranchi")
    # no figure with a unit before it: a bare number is no distance
    assert find_claims("Patna lies on the Ganges, and 120 by the road from Gaya.") == []
    assert find_claims("The census counted 80 households and 120 from the next village.") == []


def test_an_article_before_a_unit_is_the_number_one_and_half_a_mile_is_half():
    [one] = find_claims("The farm lies less than a mile south of the village of Hinton.")
    assert (one.value, one.unit, one.qualifier) == (1, "mi", "less than")
    [half] = find_claims("The farm lies half a mile south of Hinton.")
    assert half.stated_km == pytest.approx(0.5 * 1.609344)  # 1 mi = 1.609344 km exactly
    # ... and of a nautical mile
    [nautical] = find_claims("A boat overturned about a nautical mile off the village of Bagac.")
    assert (nautical.value, nautical.unit) == (1, "nmi")
    assert nautical.stated_km == pytest.approx(1.852)  # 1 nmi = 1,852 m exactly


def test_slang_units_for_kilometres():
    [kays] = find_claims("It is just 5 kays from here to Alice Springs.")
    [klicks] = find_claims("The patrol base lay 12 klicks north of Kandahar.")
    assert (kays.unit, kays.value, klicks.unit, klicks.value) == ("km", 5, "km", 12)


def test_a_trip_figure_with_a_named_start_is_a_claim_whose_end_is_unnamed():
    [drive] = find_claims("Starting from Hilo, your 40 mile drive along the coast has fine views.")
    assert drive.origin.text == "Hilo" and drive.target is None and drive.route == "road"
    # a list line whose second end is described, not named
    [line] = find_claims("Hilo to the border with the park: 60km/37mi.")
    assert line.origin.text == "Hilo" and line.target is None and line.value == 60


def test_a_source_cited_inside_the_clause_is_no_subject():
    # the quake, not the United States of the survey's name, lies 12 miles from Ica
    [claim] = find_claims(
        "The quake measured 6.1, according to the U.S. Geological Survey, and was centred "
        "just 12 miles from Ica."
    )
    assert claim.target is None and claim.origin.text == "Ica"
    # and a source cited before the clause: the epicentre is the located thing, unnamed
    [opening] = find_claims(
        "According to the US Geological Survey, the epicentre was 72 km southwest of Ica."
    )
    assert opening.target is None and opening.origin.text == "Ica"
    # a place after the citation is still the subject
    [placed] = find_claims("According to officials, Pisco lies about 60 km north of Ica.")
    assert placed.target.text == "Pisco"


@pytest.mark.parametrize(
    "text",
    [
        # "from X, <what X is>, to Y": the description parts the two ends
        "It is 923 km from Antananarivo, the capital in the highlands, to Toliara.",
        "It is 923 km from Antananarivo, Madagascar's capital, to Toliara.",
        # "a N km drive from X to get to Y"
        "It has been a 923 km drive from Antananarivo to get to Toliara.",
    ],
)
def test_from_x_to_y_past_a_description_or_a_verb_of_getting_there(text):
    [claim] = find_claims(text)
    assert (claim.origin.text, claim.target.text) == ("Antananarivo", "Toliara")


def test_a_figure_along_a_numbered_road_is_a_road_figure():
    [claim] = find_claims("It is 923 km from Antananarivo to Toliara on Route Nationale 7.")
    assert claim.route == "road"
    # with a compass point it locates a place: a straight line, whatever road is named
    [placed] = find_claims("Ambalavao lies 56 km south of Fianarantsoa on Route 7.")
    assert placed.route is None


def test_a_place_naming_a_body_is_no_subject():
    from mapper.gazetteer import default_gazetteer

    # the survivors, not New Zealand, floated 300 km southeast of Nauru
    [check] = check_claims(
        "The seven were spotted by a New Zealand Air Force plane as they floated about "
        "300 kilometers southeast of Nauru.",
        default_gazetteer(),
    )
    assert check.target is None and check.origin.name == "Nauru"
    assert check.verdict == "unresolved"


def test_how_far_a_flow_ran_is_no_distance_between_places():
    assert find_claims("Lava flowed about a kilometre from the vent near Hilo.") == []


def test_the_north_pole_is_the_pole_and_the_alaskan_city_keeps_its_name():
    from mapper.gazetteer import default_gazetteer

    [pole] = check_claims(
        "Longyearbyen lies about 1,300 km from the North Pole.", default_gazetteer()
    )
    assert pole.origin.lat == 90.0  # the geographic pole, latitude 90 N by definition
    # GeographicLib: Longyearbyen's point to the pole (latitude 90) is a meridian arc
    g = Geodesic.WGS84.Inverse(pole.target.lat, pole.target.lon, 90.0, 0.0)
    assert pole.measured_km == pytest.approx(g["s12"] / 1000.0, abs=1e-6)
    assert 1_300 < pole.measured_km < 1_340  # Longyearbyen is near 78.2 N
    [town] = check_claims(
        "The town of North Pole lies 20 km southeast of Fairbanks.", default_gazetteer()
    )
    assert town.target.country == "US" and town.target.kind != "area"


def test_a_relative_clause_without_its_own_subject_locates_the_town_it_hangs_on():
    # "which sits on the Nile": the clause's subject is Qena, not the river after "on"
    [claim] = find_claims(
        "Hurghada stands where the coast road meets the road from Qena which sits on "
        "the River Nile about 150km inland."
    )
    assert claim.target.text == "Qena"


def test_a_town_named_as_a_neighbour_is_not_the_located_place():
    text = (
        "Moga is a town of the Punjab. It lies on a plain, next to the town of Bagha "
        "Purana, about 30 miles south-west of Ludhiana."
    )
    [claim] = find_claims(text)
    assert claim.target.text == "It" and claim.origin.text == "Ludhiana"
    # without the neighbour word, the apposed town is the located place, as before
    [claim] = find_claims("It lies on a plain in Bagha Purana, about 30 miles from Ludhiana.")
    assert claim.target.text == "Bagha Purana"


def test_a_mountain_named_mount_x_is_a_place_not_a_person():
    [claim] = find_claims(
        "The fire broke out on Tuesday on Mount Kithairon, some 30 miles (48km) "
        "north-west of Greece's capital."
    )
    assert claim.target.text == "Mount Kithairon"


def test_a_country_in_brackets_after_the_origin_does_not_hide_the_target():
    [claim] = find_claims("It's 350 kilometres from Lille (France) to Antwerp (Belgium).")
    assert (claim.origin.text, claim.target.text) == ("Lille", "Antwerp")


def test_from_both_x_and_y_is_one_figure_for_two_origins():
    first, second = find_claims("Rubavu lies 20 km from both Goma and Gisenyi.")
    assert (first.origin.text, second.origin.text) == ("Goma", "Gisenyi")
    assert first.target.text == second.target.text == "Rubavu"
    assert first.value == second.value == 20
    # without "both", when the second name ends the sentence or another direction follows
    for text in (
        "Rubavu lies 20 km west of Goma and Gisenyi.",
        "Rubavu lies 20 km west of Goma and Gisenyi and just south of the lake.",
    ):
        assert [c.origin.text for c in find_claims(text)] == ["Goma", "Gisenyi"], text
    # ... not when the second name opens a clause of its own
    [claim] = find_claims("Rubavu lies 20 km west of Goma and Gisenyi is across the border.")
    assert claim.origin.text == "Goma"
    # ... nor when a preposition opens another phrase after "and"
    [claim] = find_claims("The storm will be 370 km west of Goma and outside the Kivu Area.")
    assert claim.origin.text == "Goma"


def test_the_capital_named_by_its_countrys_adjective_resolves_through_the_country():
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims("Faleolo lies 35 km west of the Samoan capital.", default_gazetteer())
    assert check.claim.origin.anaphoric and check.origin.name == "Apia"
    g = Geodesic.WGS84.Inverse(
        check.origin.lat, check.origin.lon, check.target.lat, check.target.lon
    )
    assert check.measured_km == pytest.approx(g["s12"] / 1000.0, abs=1e-6)


@pytest.mark.parametrize(
    "text",
    [
        "The railway runs 300 km from Mombasa to Nairobi.",
        "The pipeline stretches 1,200 km from Baku to Ceyhan.",
        "The bridge spans 16 km between Copenhagen and Malmo.",
        "The new line will cut the journey between Paris and Lyon by 40 km.",
        "The undersea section of it runs 900 km from Varna to Constanta and on.",
    ],
)
def test_a_lines_own_length_or_a_change_in_distance_is_no_claim(text):
    assert find_claims(text) == []


def test_a_train_or_a_flight_route_between_named_ends_is_still_a_claim():
    [train] = find_claims("The train covered 560 km between Kazan and Samara.")
    [flight] = find_claims("The flight route from Perth to London covers 9,000 miles.")
    assert train.route == "rail" and flight.origin.text == "Perth"


def test_a_bare_figure_later_in_the_clause_goes_on_with_the_same_places():
    straight, road = find_claims(
        "Narvik is 1,400 kilometres north of Oslo as the crow flies but 1,800 by road."
    )
    assert (road.value, road.unit, road.route) == (1_800, "km", "road")
    assert road.origin.text == "Oslo" and road.target.text == "Narvik"
    assert straight.straight and not road.straight
    # after an unnamed end, the bare figure names its own
    _, kyiv = find_claims("Luhansk lies 30 kilometres from the Russian border and 700 from Kyiv.")
    assert (kyiv.value, kyiv.origin.text, kyiv.target.text) == (700, "Kyiv", "Luhansk")
    # a figure told "by rail", then a second "by road": the same two places again
    rail, road = find_claims("Galle lies some 115 km from Colombo by train and 125 km by car.")
    assert (road.value, road.origin.text, road.target.text) == (125, "Colombo", "Galle")
    assert (rail.route, road.route) == ("rail", "road")


def test_an_anaphor_subject_named_right_after_it_is_that_name():
    [claim] = find_claims("The capital, Nairobi, is 480 km north-west of the port of Mombasa.")
    assert (claim.target.text, claim.origin.text) == ("Nairobi", "Mombasa")


@pytest.mark.parametrize(
    "second",
    [
        "Twenty kilometres north of Leeds, it is known for its spa.",
        "Twenty kilometres north of Leeds on the Nidd, it is known for its spa.",
        "Some 20 km north of Leeds, the town has a spa.",
        # the unit's short form in brackets after it
        "Twenty kilometres (km) north of Leeds, it is known for its spa.",
    ],
)
def test_a_pronoun_after_a_fronted_figure_is_the_place_it_locates(second):
    # Harrogate, GeoNames 2647428: 53.99078 N 1.5373 W; Leeds, GeoNames 2644688: 53.79648
    # N 1.54785 W; GeographicLib: 21.6 km apart
    [check] = check_claims(f"Harrogate grew up around its mineral wells. {second}")
    assert (check.target.name, check.origin.name) == ("Harrogate", "Leeds")
    assert check.measured_km == pytest.approx(21.6, abs=0.3)


def test_a_fronted_from_names_the_origin_of_a_figure_to_a_place():
    [claim] = find_claims("From Lhasa it is another 250 km to Shigatse.")
    assert (claim.origin.text, claim.target.text) == ("Lhasa", "Shigatse")


def test_arabic_articles_es_and_ez_join_a_name():
    [claim] = find_claims("Kigoma is 1,250 km by rail from Dar es Salaam.")
    assert claim.origin.text == "Dar es Salaam" and claim.route == "rail"


def test_both_x_and_y_as_the_subject_is_a_claim_for_each():
    bergen, stavanger = find_claims("Both Bergen and Stavanger are roughly 300 km from Oslo.")
    assert (bergen.target.text, stavanger.target.text) == ("Bergen", "Stavanger")
    assert bergen.origin.text == stavanger.origin.text == "Oslo"


def test_a_duration_between_the_article_and_the_figure_keeps_it_a_trip():
    [claim] = find_claims("It's a 3-hour, 200 km drive north to Chiang Rai.")
    assert (claim.value, claim.target.text, claim.direction) == (200, "Chiang Rai", "N")


@pytest.mark.parametrize(
    ("text", "miles"),
    [
        ("The village lies 2 1/2 miles west of Ludlow.", 2.5),
        ("The village lies two-and-a-half miles west of Ludlow.", 2.5),
        ("The village lies 2½ miles west of Ludlow.", 2.5),
        ("The hut is ¾ mile from Ambleside.", 0.75),
    ],
)
def test_fractions_of_a_unit(text, miles):
    [claim] = find_claims(text)
    assert claim.unit == "mi" and claim.value == pytest.approx(miles)
    assert claim.stated_km == pytest.approx(miles * 1.609344)  # 1 mi = 1.609344 km exactly


def test_a_round_trip_is_checked_as_twice_the_distance_between_its_places():
    # Hanoi (21.0245 N, 105.8412 E) to Vientiane (17.9757 N, 102.6331 E): GeographicLib
    # gives 477 km, so a 960 km round trip is 480 km each way, within 1 % of it.
    one_way = Geodesic.WGS84.Inverse(21.0245, 105.8412, 17.9757, 102.6331)["s12"] / 1000
    hanoi = Place("Hanoi", lat=21.0245, lon=105.8412)
    vientiane = Place("Vientiane", lat=17.9757, lon=102.6331)
    [claim] = find_claims(
        "The airline flies Hanoi – Vientiane – Hanoi, a 960 km round trip, daily."
    )
    assert (claim.origin.text, claim.target.text) == ("Hanoi", "Vientiane")
    assert claim.round_trip and claim.one_way_km == 480.0 and claim.stated_km == 960.0
    check = check_claim(claim, hanoi, vientiane)
    assert check.measured_km == pytest.approx(one_way, abs=0.01)
    assert check.verdict == "consistent" and check.to_dict()["round_trip"] is True
    assert check.relative_error == pytest.approx((one_way - 480) / 480)
    # the same figure told as one way is twice the distance: overstated
    [plain] = find_claims("Vientiane lies 960 km from Hanoi.")
    assert not plain.round_trip
    assert check_claim(plain, hanoi, vientiane).verdict == "overstated"


@pytest.mark.parametrize(
    "text",
    [
        "The drive from Perth to Kalgoorlie and back covers about 1,190 km.",
        "The round trip from Perth to Kalgoorlie is about 1,190 km.",
        "It is a 1,190 km round-trip from Perth to Kalgoorlie.",
    ],
)
def test_the_ways_english_tells_a_round_trip(text):
    [claim] = find_claims(text)
    assert claim.round_trip and (claim.origin.text, claim.target.text) == ("Perth", "Kalgoorlie")


def test_a_return_journey_is_not_read_as_a_round_trip():
    # "the return journey" is as often the way back alone
    [claim] = find_claims("On the return journey from Kalgoorlie to Perth they drove 595 km.")
    assert not claim.round_trip


def test_an_island_written_in_the_singular_resolves_to_its_group():
    # Kuril Islands: 47.0 N, 152.1 E in mapper's features (Wikipedia); Petropavlovsk-
    # Kamchatsky lies about 870 km north-east of that point, so the figure fits.
    [check] = check_claims(
        "The ship sank off Kuril Island, roughly 900 km south-west of Petropavlovsk-Kamchatsky."
    )
    assert check.target is not None and check.target.name == "Kuril Islands"
    assert check.target.kind == "island"
    assert check.measured_km == pytest.approx(
        Geodesic.WGS84.Inverse(
            check.origin.lat, check.origin.lon, check.target.lat, check.target.lon
        )["s12"]
        / 1000,
        abs=0.01,
    )


def test_the_volcano_refers_back_to_a_volcano_named_before():
    [check] = check_claims(
        "Ash fell after Sakurajima erupted on Sunday. The volcano is only 10 km from Kagoshima."
    )
    assert check.target is not None and check.target.name == "Sakurajima"
    assert check.origin is not None and check.origin.name == "Kagoshima"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The active volcano Etna lies only 30 km from Catania.", "Etna"),
        ("The port city Mersin is about 70 km west of Adana.", "Mersin"),
        ("Tourists reach the old town of Berat, 120 km south of Tirana.", "Berat"),
        ("The county seat, Hanford, lies 19 km from Lemoore.", "Hanford"),
    ],
)
def test_a_descriptor_before_a_name_introduces_the_name(text, target):
    [claim] = find_claims(text)
    assert claim.target.text == target and not claim.target.anaphoric


def test_a_pronoun_before_a_capital_is_no_apposition():
    [claim] = find_claims("There Putin met officials, 180 km from Tver.")
    assert claim.target.text == "There" and claim.target.anaphoric


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Mandalay is 716 km north of Yangon by road.", "road"),
        ("From Nairobi, Nakuru is a 160-km drive to the north-west.", "road"),
        ("By rail, Hue lies some 1,030 km north of Ho Chi Minh City.", "rail"),
        ("Mandalay is 716 km north of Yangon.", None),
        ("Surrounded by sea, Tobago lies 35 km north-east of Trinidad.", None),
        ("Mandalay is 570 km north of Yangon as the crow flies, though not by road.", None),
        # the way driven to a place, whatever its heading; not a point placed by a flight
        ("We left Hanoi and drove 98 miles east to Ha Long.", "road"),
        ("The drone flew 40 km north of Kyiv before it turned.", None),
    ],
)
def test_a_mode_said_outright_makes_a_located_figure_a_route(text, route):
    claim = find_claims(text)[0]
    assert claim.route == route


def test_a_fronted_from_names_the_origin_of_a_located_subject():
    [claim] = find_claims("From Nairobi, Nakuru is a 160-km drive to the north-west.")
    assert (claim.origin.text, claim.target.text, claim.direction) == ("Nairobi", "Nakuru", "NW")


@pytest.mark.parametrize(
    "text",
    [
        "Tropical-storm-force winds extend up to 150 km from the centre of the storm.",
        "Ash rose 14 km into the sky above Tonga.",
        "Each day, the pilgrims walk 25 km towards Santiago.",
        "The fire spread 8 km from Mati in a single afternoon.",
        "Gale-force winds reach out up to 80 km from the centre of the storm.",
        "Hurricane-force winds extend outward up to 40 km from the eye.",
    ],
)
def test_a_reach_a_height_or_a_daily_distance_is_no_claim(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "People living within 12 miles of the nuclear plant were told to leave their homes.",
        "Residents within 5 km of Mount Sinabung were moved to shelters.",
        "Villagers were told to stay at least three miles from the crater.",
        "Climbers must keep 2 km away from the summit vent.",
        # a zone's winds or towns, not a place's distance
        "Winds within 60 km of the storm's centre reached 150 km/h.",
        "The storm came ashore at Cedar Key, with no towns within 10 miles of landfall.",
        # what a radius around a place holds
        "There are two good hotels within 20 km of Lyon.",
        # how near people may go
        "Rangers stopped walkers from getting nearer than 5 km to the crater of Etna.",
    ],
)
def test_a_zone_around_a_place_is_no_claim(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # people placed by a figure, not kept in a zone: a claim with an unnamed end
        "Villagers 10 km from Goma fled the fighting.",
        # "remains" tells where a line is, not a zone to keep out of
        "The front line remains 20 km from Kherson.",
    ],
)
def test_people_or_lines_placed_by_a_figure_keep_the_claim(text):
    assert len(find_claims(text)) == 1


def test_a_daily_figure_elsewhere_in_the_sentence_keeps_a_claim():
    # the rate words must lead up to the figure: a later "each day" leaves the claim
    [claim] = find_claims("Vilnius lies 170 km east of Kaunas, and buses run each day.")
    assert claim.target.text == "Vilnius"


def test_a_route_between_places_the_text_only_describes_is_a_claim_left_unresolved():
    [check] = check_claims(
        "The route, between the west of Ireland and the island's main port, covers 210 km."
    )
    assert check.claim.value == 210 and check.verdict == "unresolved"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Drones hit a depot 80 km north of the Russian city of Kursk.", "Kursk"),
        ("The ship was 50 nautical miles south of the Greek island of Crete.", "Crete"),
        ("The boat capsized 30 km off a Libyan town called Zuwara.", "Zuwara"),
    ],
)
def test_a_peoples_adjective_and_a_noun_describe_the_place_named_after_them(text, origin):
    [claim] = find_claims(text)
    assert claim.origin.text == origin and not claim.origin.anaphoric


def test_the_reason_for_an_unfound_antecedent_reads_as_english():
    [check] = check_claims("The airport is 25 km from Sochi.")
    assert "found no earlier mention of an airport" in check.unresolved_reason


@pytest.mark.parametrize(
    "text",
    [
        "Abeche lies about 690 km east of the capital of Chad.",
        "Abeche lies about 690 km east of the capital of Chad, N'Djamena.",
        "The capital of Chad, N'Djamena, is about 690 km from Abeche.",
    ],
)
def test_the_capital_of_a_country_is_its_capital_not_the_country(text):
    [check] = check_claims(text)
    places = {check.origin.name, check.target.name}
    assert "N'Djamena" in places and "Chad" not in places


def test_figures_listed_each_with_its_unit_pair_with_their_places():
    mombasa, malindi = find_claims(
        "Mombasa and Malindi are 480 km and 600 km from Nairobi respectively."
    )
    assert (mombasa.target.text, mombasa.value) == ("Mombasa", 480)
    assert (malindi.target.text, malindi.value) == ("Malindi", 600)
    assert mombasa.origin.text == malindi.origin.text == "Nairobi"


@pytest.mark.parametrize(
    ("text", "target", "origin"),
    [
        ("About 30 km north of Kandy lies the town of Matale.", "Matale", "Kandy"),
        ("Some 40 km west of Lyon is the village of Tarare.", "Tarare", "Lyon"),
    ],
)
def test_an_inverted_sentence_names_its_subject_last(text, target, origin):
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text) == (target, origin)


@pytest.mark.parametrize(
    "text",
    [
        "Galle lies about 110 km south of the Sri Lankan capital.",
        "A bus overturned near Galle, about 110 km south of the Sri Lankan capital Colombo.",
    ],
)
def test_a_two_word_peoples_adjective_names_the_country_whose_capital_is_meant(text):
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims(text, default_gazetteer())
    # Colombo, GeoNames 1248991: 6.9319 N, 79.8478 E
    assert check.origin.name == "Colombo"
    assert (check.origin.lat, check.origin.lon) == pytest.approx((6.9319, 79.8478), abs=0.05)


def test_a_name_before_a_qualified_figure_is_the_place_it_locates_without_a_comma():
    [claim] = find_claims(
        "Inspectors found the sick herd in Sweden, at a farm near Uppsala some 70 km north "
        "of Stockholm."
    )
    assert (claim.target.text, claim.origin.text) == ("Uppsala", "Stockholm")


def test_a_name_of_two_words_ending_like_an_adjective_is_still_a_subject_name():
    [claim] = find_claims("The Satish Dhawan Space Centre is about 80 km north of Chennai.")
    assert not claim.target.anaphoric and "Satish Dhawan" in claim.target.text


@pytest.mark.parametrize(
    ("text", "target", "origin"),
    [
        ("Some 170 km south of Tbilisi, Gyumri lies on a high plateau.", "Gyumri", "Tbilisi"),
        ("Roughly 90 km from Perth, Mandurah used to be a fishing village.", "Mandurah", "Perth"),
        ("Exactly 230 km from Vienna is situated Graz.", "Graz", "Vienna"),
        ("Just 60 km outside the city of Lima is the quiet town of Chosica.", "Chosica", "Lima"),
        ("Located in Styria, Graz is about 150 km from Vienna.", "Graz", "Vienna"),
        (
            "Set on the Danube, and about 60 km east of Vienna, Bratislava is a capital city.",
            "Bratislava",
            "Vienna",
        ),
        # a phrase of where before the figure, and a described name after its comma
        (
            "Hidden in the Pyrenees, some 45 km west of Andorra la Vella, the old spa "
            "village of Bossost keeps its baths.",
            "Bossost",
            "Andorra la Vella",
        ),
        (
            "High in the Alps, about 30 km south of Bern, the busy Swiss resort of "
            "Thun has a lake.",
            "Thun",
            "Bern",
        ),
        (
            "Far out in the Atlantic, some 1,500 km west of Lisbon, the green island of "
            "Terceira has an air base.",
            "Terceira",
            "Lisbon",
        ),
        # but a site told by its kind after the phrase is in the town the phrase names
        (
            "Situated in Hounslow, 22 km west of central London, the airport has two runways.",
            "Hounslow",
            "London",
        ),
    ],
)
def test_a_figure_or_a_participle_that_opens_the_sentence_leaves_the_subject_after_it(
    text, target, origin
):
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text) == (target, origin)


def test_it_takes_the_place_the_sentence_before_opened_with_over_places_it_named_later():
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims(
        "Mandurah was a fishing village in Western Australia. Today it is about 70 km "
        "south of Perth.",
        default_gazetteer(),
    )
    assert check.claim.target.anaphoric and check.target.name == "Mandurah"


@pytest.mark.parametrize(
    ("text", "value", "conversion"),
    [
        # an encyclopedia's conversions, separated by semicolons
        ("Apia lies about 900 nautical miles (1,700 km; 1,000 mi) north of Tonga.", 900, 1700),
        # a space between thousands
        ("Durban and Cape Town are 1 600 km apart.", 1600, None),
        ("Kroonstad lies 1 200 kilometres from Cape Town.", 1200, None),
        # a decimal comma before the unit: 18.5 km, not 185 (a thousands comma takes three)
        ("Sitges lies 18,5 km from Vilanova i la Geltrú.", 18.5, None),
        # the full stop of an abbreviated unit before its conversion ends no sentence
        ("Pisac lies 28 Km. (17 miles) north of Cuzco.", 28, 17),
        # a title-case unit and compass point: a direction, not a road named "Kms North"
        ("Set some 60 Kms West of Cork, Bantry faces its bay.", 60, None),
    ],
)
def test_figures_as_encyclopedias_and_much_of_the_world_write_them(text, value, conversion):
    [claim] = find_claims(text)
    assert claim.value == value
    assert (claim.conversion[0] if claim.conversion else None) == conversion


def test_kind_words_a_title_capitalises_are_tried_without_as_well():
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims(
        "Navua Town lies about 40 km west of Suva City Centre.", default_gazetteer()
    )
    assert (check.target.name, check.origin.name) == ("Navua", "Suva")
    # a railway junction named after its town stands at the town (Jhānsi in GeoNames)
    [check] = check_claims("Jhansi Junction is some 100 km from Gwalior.", default_gazetteer())
    assert (check.target.name, check.origin.name) == ("Jhānsi", "Gwalior")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Gitega lies roughly 62 kilometres east by south of Bujumbura.", "E"),
        # written loosely with a second point after "by": nearest the first
        ("Gitega lies roughly 62 kilometres east by southeast of Bujumbura.", "E"),
        ("Gitega lies roughly 62 kilometres east by south-east of Bujumbura.", "E"),
        # a comma between a point and its neighbour: north-north-east
        ("Gitega lies roughly 62 kilometres north, north-east of Bujumbura.", "NNE"),
    ],
)
def test_a_mariners_by_point_still_gives_the_direction_and_reaches_the_reference(text, direction):
    [claim] = find_claims(text)
    assert claim.direction == direction and claim.origin.text == "Bujumbura"


def test_an_existential_there_is_no_place():
    [check] = check_claims(
        "There are painted tombs in the cemetery of Esna on the west bank 50 km south of Luxor."
    )
    assert check.claim.target.text == "Esna" and check.target.name == "Esna"


def test_a_peoples_capital_without_an_article_resolves_through_the_country():
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims("Afgooye lies 30 km south of Somali capital.", default_gazetteer())
    assert check.origin.name == "Mogadishu"


def test_a_where_clause_about_a_river_still_places_the_sentences_subject():
    [claim] = find_claims(
        "Koblenz is a city in western Germany, where the Moselle river meets the Rhine "
        "about 80 km south-east of Cologne."
    )
    assert (claim.target.text, claim.origin.text) == ("Koblenz", "Cologne")


def test_a_described_place_named_after_its_area_is_the_name():
    [check] = check_claims("Arica is 300 km north of the largest town in Northern Chile, Iquique.")
    assert check.claim.origin.text == "Iquique" and check.origin.name == "Iquique"


@pytest.mark.parametrize(
    "text",
    [
        # a rejected figure takes its conversion with it
        "The quake struck off Chiloe at a shallow depth of 10 km (6 miles) on Monday.",
        # a road's or a line's own length
        "The Peninsula Development Road leads 570 kilometres north from Laura to Weipa.",
        "The old railway line continues for another 30 km to the coast at Dover.",
        "It runs on through Wakiso to end at Gayaza, about 14 km (9 miles) from its start.",
        # a zone's reach from its centre
        "After the eruption the danger zone around Merapi stretches 8 km from the crater.",
    ],
)
def test_depths_and_the_lengths_of_ways_are_no_claims(text):
    assert find_claims(text) == []


def test_it_opening_a_sentence_whose_figure_sits_in_a_relative_clause_is_the_subject():
    [check] = check_claims(
        "Chefchaouen is known for its blue walls. It's a small hill town which is located "
        "about 110 km from Tangier."
    )
    assert check.claim.target.anaphoric and check.target.name == "Chefchaouen"


@pytest.mark.parametrize(
    ("text", "target", "origin"),
    [
        (
            "About 30 km south of Krakow, among wooded hills, lies the small town of Myslenice.",
            "Myslenice",
            "Krakow",
        ),
        ("Some 60 kilometres from Krakow there is the old town of Tarnow.", "Tarnow", "Krakow"),
        # a traveller's "we come to", "you reach"
        ("63 kilometres from Madrid we come to the little town of Buitrago.", "Buitrago", "Madrid"),
        ("About 40 km from Lyon you reach the village of Perouges.", "Perouges", "Lyon"),
        # a loose measure before the figure: "A little more than"
        (
            "A little more than 30 kilometres from Sendai, Natori was hit by the wave.",
            "Natori",
            "Sendai",
        ),
        # an organisation's short form in brackets is no place
        (
            "Fighters of the Popular Front (PFR) attacked the town of Kamango, 15 km from Beni.",
            "Kamango",
            "Beni",
        ),
        # a stop on the way, named after "at"
        (
            "On the way to Imlil, you could stop 47km south of Marrakesh at Asni.",
            "Asni",
            "Marrakesh",
        ),
        # "From X to Y is N km"
        ("From Oban to Mallaig is roughly 70 km.", "Mallaig", "Oban"),
        # a fronted figure, an aside in commas, then "are ... X and Y"
        (
            "Ten km north of Greymouth, at the start of the Coast Road, are the old mining "
            "towns Runanga and Dunollie.",
            "Runanga",
            "Greymouth",
        ),
        # a fronted participle, a place phrase, then "is X"
        (
            "Situated 20 km north of Greymouth near the foot of the range is Runanga.",
            "Runanga",
            "Greymouth",
        ),
        # "X is N km to Y": Y is what X is measured from
        ("The town of Konduga is some 12 kilometres to Maiduguri.", "Konduga", "Maiduguri"),
        # a sentence that opens on leaving a place gives the trip's start
        (
            "Leaving Hanoi by bus at 2pm, it took six hours to go 312km to Vinh.",
            "Vinh",
            "Hanoi",
        ),
        # "From X it is N km to Y" stays a trip from X to Y
        ("From Lhasa it is another 250 km to Shigatse.", "Shigatse", "Lhasa"),
        # up from, and a trip from A to B that is N km
        (
            "Kenscoff is a hill town some 10 miles up from Port-au-Prince.",
            "Kenscoff",
            "Port-au-Prince",
        ),
        ("The drive from Hanoi to Hue is about 650 km.", "Hue", "Hanoi"),
        # a place no gazetteer knows stays the trip's end, unresolved, not the origin
        (
            "The boat trip from Pakse to Kanyakorn Xayasone is over 150 km.",
            "Kanyakorn Xayasone",
            "Pakse",
        ),
        # a country that acts is not what the figure places
        (
            "Russia struck the hamlet of Kucherivka, some 12 kilometers east of Kupiansk, "
            "before dawn.",
            "Kucherivka",
            "Kupiansk",
        ),
        # a name described right before its figure beats the clause's subject
        (
            "Lobos marinos, the sea lions, rest on the pier, perhaps swimming from Rada Tilly, "
            "a quiet beach town 10 km south of Comodoro Rivadavia.",
            "Rada Tilly",
            "Comodoro Rivadavia",
        ),
        # a participle of place hangs on the name before it, a province too, when a
        # country's forces are the subject
        (
            "Saudi jets also struck two districts in the hilly northern province of Sa’ada, "
            "located about 240 kilometres north of the capital Sana’a.",
            "Sa’ada",
            "Sana’a",
        ),
        # ... but not on a town's own description, nor after "X is"
        (
            "Harbin, capital of Heilongjiang, located 240 km north of Changchun, is cold.",
            "Harbin",
            "Changchun",
        ),
        (
            "Tonga is an island nation in Polynesia in the South Pacific Ocean, located about "
            "2,000 km northeast of New Zealand's North Island.",
            "Tonga",
            "North Island",
        ),
        # ... and so do two names described together ("two communities")
        (
            "A grass fire near Wheatland is heading toward Rockyford and Hussar, two "
            "villages about 80 kilometres east of Calgary.",
            "Hussar",
            "Calgary",
        ),
        # a name apposed after a country in the subject is the subject
        (
            "The remains of the old citadel of Vietnam, Co Loa, are found 18 km north of Hanoi.",
            "Co Loa",
            "Hanoi",
        ),
        # the traveller's past tense: "we reached", "they arrived at"
        ("About 40km out of Mwanza we reached the village of Magu.", "Magu", "Mwanza"),
        ("Some 30 km past Lyon we arrived at Villefranche.", "Villefranche", "Lyon"),
        # the place a town lies in, then its noun, then its name
        (
            "Fans flocked to the Paris suburb of Saint-Denis, 9 km from Versailles.",
            "Saint-Denis",
            "Versailles",
        ),
        ("The Kent village of Wye lies 5 km north-east of Ashford.", "Wye", "Ashford"),
        ("The island municipality of Culebra lies 17 miles east of Fajardo.", "Culebra", "Fajardo"),
        # between the figure and its "from": one way, the trip, "and a short drive"
        (
            "It is 1,300 km each way on the flight from Darwin to Alice Springs.",
            "Alice Springs",
            "Darwin",
        ),
        (
            "Bamburgh, a village on the Northumberland coast, is 16 miles and a short drive "
            "from Alnwick.",
            "Bamburgh",
            "Alnwick",
        ),
        # a bracket restating "a drive from Y" as a figure
        (
            "Kasane is a four-hour drive from Maun (or about 300 km), mostly on tar.",
            "Kasane",
            "Maun",
        ),
    ],
)
def test_the_located_place_and_its_reference_around_a_figure(text, target, origin):
    assert _ends(text) == (target, origin)


def test_a_pronoun_after_a_fronted_participle_is_the_subject():
    [check] = check_claims(
        "Waliso is a market town. Located in the Oromia Region, 114 km southwest of Addis "
        "Ababa, it has an elevation of about 2,000 m."
    )
    assert check.claim.target.anaphoric and check.target.name == "Waliso"


def test_x_in_region_apposed_to_a_figure_is_x():
    [check] = check_claims(
        "Villagers near Mount Raung in East Java province, located around 900 km "
        "east of the capital Jakarta, fled."
    )
    assert check.claim.target.text == "Mount Raung"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Karaj is a large city. It is 40 kilometers west of the capital.", "Tehran"),
        # a state's capital is not the country's: left unresolved
        ("Parintins is a river town. It lies 325 km from the state capital.", None),
        # a region's capital, by its adjective or its name, from mapper's cited table of
        # region capitals (Melbourne is Victoria's, Brisbane Queensland's, Edinburgh
        # Scotland's, Austin Texas's: the lists the table cites)
        ("Geelong is a port city. It lies 65 km from the Victorian capital.", "Melbourne"),
        ("Toowoomba is a hill town. It lies 125 km west of the Queensland capital.", "Brisbane"),
        ("Stirling is a Scottish town. It lies 50 km from the Scottish capital.", "Edinburgh"),
        ("Round Rock is in Texas. It lies 30 km north of the state capital.", "Austin"),
        # a region the table does not hold: not the country's capital, unresolved
        ("Girona is a Catalan city. It lies 100 km north of the Catalan capital.", None),
        # a country's name before "capital" is the country's
        ("Nadi is on Viti Levu. It lies 150 km from the Fiji capital.", "Suva"),
    ],
)
def test_the_capital_with_no_country_named_is_that_of_the_places_told(text, capital):
    from mapper.gazetteer import default_gazetteer

    [check] = check_claims(text, default_gazetteer())
    assert (check.origin.name if check.origin else None) == capital


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause hangs on "the assault", not on the news agency told
        "Local sources told Reuters that gunmen led the assault, which took place around 80 "
        "kilometres from Timbuktu.",
        # "Under a deal brokered by Kenya, ...": the adverbial's names are not the subject
        "Under a deal brokered by Kenya days after the fall of Goma, the rebels agreed to "
        "withdraw to positions 20 km north of the city.",
    ],
)
def test_a_thing_named_by_a_noun_leaves_the_located_end_unresolved(text):
    [check] = check_claims(text)
    assert check.claim.target is None and check.verdict == "unresolved"


def test_a_countrys_name_before_a_lowercase_city_is_the_city():
    [check] = check_claims("The town of Texcoco is 25 km east of Mexico city.")
    # Mexico City, not the country's point 700 km away (GeoNames 3530597: 19.43, -99.13)
    assert check.origin.kind == "city"
    assert abs(check.origin.lat - 19.43) < 0.1 and abs(check.origin.lon + 99.13) < 0.1


def test_a_sentence_adverb_before_the_subject_is_not_a_name():
    [check] = check_claims(
        "Bled is a lake town. Firstly, it is located around 55 km northwest of Ljubljana."
    )
    assert check.claim.target.text == "it" and check.target.name == "Bled"


def test_ends_found_far_beyond_the_figure_get_a_note_that_one_is_likely_another_place():
    [claim] = find_claims("The fire burned along the 60 km stretch from Hawkesbury to Singleton.")
    ontario = Place("Hawkesbury", 45.6076, -74.6051, kind="city", country="CA")  # GeoNames 5973006
    nsw = Place("Singleton", -32.5670, 151.1690, kind="city", country="AU")  # GeoNames 2149475
    check = check_claim(claim, ontario, nsw)
    km = Geodesic.WGS84.Inverse(45.6076, -74.6051, -32.5670, 151.1690)["s12"] / 1000
    # over fifty times the figure: no verdict (the ends are wrong, not the text), the
    # note is the reason
    assert (check.verdict, check.measured_km) == ("unresolved", None)
    assert f"{km:,.0f} km apart, {km / 60:,.0f} times the figure" in check.unresolved_reason
    # ten to fifty times: the figure is still weighed as stated, with the note beside it
    sydney = Place("Sydney", -33.8679, 151.2073, kind="city", country="AU")  # GeoNames 2147714
    brisbane = Place("Brisbane", -27.4679, 153.0281, kind="city", country="AU")  # 2174003
    check = check_claim(claim, sydney, brisbane)
    km = Geodesic.WGS84.Inverse(-33.8679, 151.2073, -27.4679, 153.0281)["s12"] / 1000
    assert 10 * 60 < km < 50 * 60  # 732 km
    assert check.measured_km == pytest.approx(km, rel=1e-6)
    assert check.verdict == "understated"
    assert f"{km:,.0f} km apart, {km / 60:,.0f} times the figure" in check.area_note
    # ends about as far apart as the figure says get no such note
    near = Place("Cessnock", -32.8342, 151.3555, kind="city", country="AU")
    assert check_claim(claim, near, nsw).area_note is None


def test_nautical_miles_written_nm_and_time_zones_that_are_no_places():
    [check] = check_claims("A tanker was fired upon about 1200 NM northeast of Mogadishu.")
    assert check.claim.unit == "nmi" and check.claim.stated_km == pytest.approx(1200 * 1.852)
    # "EDT" is the time, not a place; "say" ends the clause of those who speak
    [check] = check_claims(
        "At 11 p.m. EDT on Thursday the storm's centre was about 160 miles southwest of Kolkata."
    )
    assert check.claim.target is None
    [check] = check_claims(
        "Navy officers say pirates seized the ship off the coast, 740 kilometers northeast of "
        "Mombasa."
    )
    assert check.claim.target is None


def test_a_pronoun_after_a_fronted_participle_takes_any_verb():
    [check] = check_claims(
        "Mutianyu is a village. Located 73 kilometers from Beijing, it joins other sections."
    )
    assert check.claim.target.text == "it"


def test_it_takes_the_place_a_heading_names_before_a_colon():
    [check] = check_claims(
        "The falls are best seen from the Zambezi Bridge. Livingstone: Situated 8km from "
        "Victoria Falls, it was once the capital of Northern Rhodesia."
    )
    assert check.claim.target.text == "it" and check.target.name == "Livingstone"


def test_a_noun_anaphor_after_a_fronted_participle_is_the_subject():
    [check] = check_claims(
        "Hampi is a village in Karnataka. Located about 350 km from Bangalore, the old "
        "village draws many visitors."
    )
    assert check.claim.target.text == "the old village" and check.target.name == "Hampi"


def test_a_quoted_title_before_the_subject_names_no_place():
    # the capitalised words of a nickname in quotes ("Hill") are not the located place
    [check] = check_claims(
        'Called "The Queen of Hill Towns", Ooty, set in the Nilgiris, is 85 km from Coimbatore.'
    )
    assert check.claim.target.text == "Ooty" and check.target.name == "Ooty"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # an adverb before the fronted participle: the subject after the phrase
        (
            "Conveniently located near the coast and just 50 km from Nice, Grasse is a "
            "perfume town.",
            ("Grasse", "Nice"),
        ),
        ("Ideally placed only 30 km from Geneva, Annecy is a busy resort.", ("Annecy", "Geneva")),
        # what a verb of finding reports is a clause of its own: its subject is unnamed
        (
            "Officials at the observatory in Wellington determined the epicentre was 15 "
            "kilometres west of Taupo.",
            (None, "Taupo"),
        ),
        (
            "Scientists in Tokyo estimated that the quake struck 40 km east of Sendai.",
            (None, "Sendai"),
        ),
        # in the present too, after a pronoun an earlier sentence would resolve to a place
        (
            "The US agency rated it 6.1. It calculates that the tremor was centred 90 km "
            "south of Napier.",
            (None, "Napier"),
        ),
        # a noun and the name it is known by
        ('The town, known as "Arequipa", lies 170 km from Mollendo.', ("Arequipa", "Mollendo")),
        (
            "The town, locally called Cusco, lies 70 km from Ollantaytambo.",
            ("Cusco", "Ollantaytambo"),
        ),
        # ... without the comma
        ("The town named Pisac lies about 30 km from Cusco.", ("Pisac", "Cusco")),
        # "X, in the Y region," only says where X is
        (
            "Shelling hit Horlivka, in the Donetsk region, 40 km from Donetsk.",
            ("Horlivka", "Donetsk"),
        ),
        # a unit's full stop before a capitalised compass point
        # ("the reserve" is an anaphor as "the park" is: a game reserve told before)
        ("The reserve lies some 300 km. South West of Mbeya.", ("The reserve", "Mbeya")),
    ],
)
def test_adverbs_reported_clauses_and_names_a_noun_goes_by(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Goma seized a village 20 km from Rutshuru.",
        "Police in Nairobi found the bus at a village some 40 km north of Nakuru.",
        "The Oromo Front claimed control of two key towns about 300 km from Addis Ababa.",
    ],
)
def test_an_unnamed_place_the_verb_acts_on_is_what_the_figure_places(text):
    # the town named earlier in the sentence is where the actors are, not the village
    target, _ = _ends(text)
    assert target is None


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a "where" clause with a thing of its own as subject places that thing, and "the
        # town" after it is the place the clause hangs on
        ("Police were called to Kendal, where a car had crashed 5 km south of the town.",
         (None, "Kendal")),
        ("Crews rushed to Nowra, where a grass fire was burning 8 km west of the town.",
         (None, "Nowra")),
        # a name of its own in the clause is its subject
        ("They reached Pakistan, where Peshawar lies 50 km from Islamabad.",
         ("Peshawar", "Islamabad")),
    ],
)  # fmt: skip
def test_a_where_clause_places_its_own_subject(text, ends):
    [check] = check_claims(text)
    target = check.claim.target.text if check.claim.target else None
    origin = check.origin.name if check.origin else None  # "the town", resolved
    assert (target, origin) == ends


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Moscow is a city 600 km from Tver.", "Moscow"),  # after a copula: the subject's
        ("Kibati, a village 10 km north of Goma, was shelled.", "Kibati"),  # apposed
    ],
)
def test_a_described_place_is_still_its_name(text, target):
    assert _ends(text)[0] == target


@pytest.mark.parametrize(
    "text",
    [
        # a contraction is no possessive: "there's" does not make Ninh Binh Hanoi's
        "About 90 km from Hanoi there's Ninh Binh.",
        # two loose words before the figure, an aside, then "there's the town of"
        "Roughly about 90 km from the city of Hanoi, along a busy road (two hours if lucky), "
        "there's the town of Ninh Binh.",
    ],
)
def test_there_is_contracted_still_names_the_place_the_figure_reaches(text):
    assert _ends(text) == ("Ninh Binh", "Hanoi")


def test_a_country_named_for_its_border_is_not_what_the_figure_places():
    # the epicentre lies near the border, 40 km from Tarija: the country beyond is no end
    assert _ends(
        "The epicenter of the quake was located near the border with Chile, 40 km "
        "south-west of Tarija."
    ) == (None, "Tarija")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a traveller's heading before the figure, then "you can find X"
        ("Heading east 50 kilometres from Helsinki you can find Porvoo.", ("Porvoo", "Helsinki")),
        # after a fronted participle the subject may take any verb, past two spaces
        (
            "Situated 200 kilometres north of Umea,  Lulea enjoys long summer days.",
            ("Lulea", "Umea"),
        ),
    ],
)
def test_a_heading_opens_the_sentence_and_the_subject_takes_any_verb(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a learner's "far from" for "away from"
        ("Chak Chak is located 70 km far from the city of Ardakan.", 70.0),
        # a time in brackets between the figure and its direction
        ("Bhaktapur lies 13 km (40 minutes) east of Kathmandu.", 13.0),
        # ... told in words, with the way of travel
        ("Bhaktapur lies 13 km (half an hour's drive) to the east of Kathmandu.", 13.0),
        ("Nagarkot is 32 km (two hours by bus) to the east of Kathmandu.", 32.0),
    ],
)
def test_far_from_and_a_time_in_brackets_keep_the_claim(text, value):
    [check] = check_claims(text)
    assert check.claim.value == value and check.claim.origin is not None


def test_an_adjective_before_a_drives_figure_keeps_it_a_route():
    [check] = check_claims("Kandy is a short 115 km drive from Colombo.")
    assert check.claim.value == 115.0 and check.claim.route


@pytest.mark.parametrize(
    "text",
    [
        "Graaff-Reinet is approximately 120 km's away from Cradock.",
        "Loule lies 18 kilometres' north of Faro.",
    ],
)
def test_an_apostrophe_after_the_unit_keeps_the_claim(text):
    [check] = check_claims(text)
    assert check.claim.origin is not None and check.claim.target is not None


def test_a_country_apposed_to_a_figure_is_a_point_in_it_left_unnamed():
    # the epicentre lies in Turkey, 114 km from Aleppo: not Turkey's own point
    assert _ends("The quake hit Turkey, about 114 km north of Aleppo, Syria.") == (None, "Aleppo")
    # a town apposed the same way is the place
    assert _ends("The storm hit Kobe, about 30 km west of Osaka.") == ("Kobe", "Osaka")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a sentence that opens on "the distance", "the flight"... measures the trip the
        # sentence before told from one place to another
        ("We flew from Lima to Cusco on Monday. The flight was about 580 km.", ("Cusco", "Lima")),
        ("They drove from Lyon to Geneva. The distance is just under 150 km.", ("Geneva", "Lyon")),
    ],
)
def test_the_trip_the_sentence_before_told_is_what_a_bare_distance_measures(text, ends):
    assert _ends(text) == ends


def test_a_bare_walk_with_no_trip_before_is_no_claim():
    assert check_claims("Our loop started at the lake. The walk is 5 km.") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # after a fronted participle the subject is the place even when a capitalised word
        # that is no place stands before its comma
        ("Situated 600 km south of the Japanese Mainland, Okinawa is a warm island.", "Okinawa"),
        # a region after a town still only qualifies the town
        ("Located 50 km from Keswick, Cumbria, Penrith is a market town.", "Penrith"),
    ],
)
def test_the_subject_after_a_fronted_participle(text, target):
    assert _ends(text)[0] == target


def test_a_hedge_after_the_figure_makes_it_approximate():
    # "or so", "give or take" after the unit hedge the figure as "about" before it would
    for text in (
        "The village of Ilkley is 40 miles or so from Hull.",
        "The village of Ilkley is 40 miles, give or take, from Hull.",
    ):
        claim = _only(text)
        assert (claim.value, claim.unit, claim.qualifier) == (40.0, "mi", "about")
        assert (claim.target.text, claim.origin.text) == ("Ilkley", "Hull")


def test_two_figures_in_one_unit_joined_by_or_are_no_conversion():
    # "5 km or 10 km": the second is no conversion of the first
    claims = find_claims("The wreck lies 5 km or 10 km from Kos.")
    assert [c.conversion for c in claims] == [None] * len(claims)
    assert 10.0 in [c.value for c in claims]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # a country's town named after its rank or role, by its possessive or by "the
        # country's": the apposed name is the reference, not the country
        ("The mine is near Mogok, 600 km north of Myanmar's largest city, Yangon.", "Yangon"),
        ("The camp lies 80 km north of Kenya's main port Mombasa.", "Mombasa"),
        (
            "The mine is near Mogok, 600 km north of the country's commercial capital, Yangon.",
            "Yangon",
        ),
        # a smaller area's town by its role ("the county's", "the oblast's") and a centre
        (
            "Whitby lies 75 km from the county's administrative centre, Northallerton.",
            "Northallerton",
        ),
        ("The dam is 90 km from the oblast's regional center, Tomsk.", "Tomsk"),
    ],
)
def test_a_town_named_after_its_rank_in_a_country_is_the_reference(text, origin):
    [claim] = find_claims(text)
    assert claim.origin.text == origin


@pytest.mark.parametrize(
    "text",
    [
        "Wherever you stand in Wales you are never more than 50 miles from the sea.",
        "The league has ten grounds, with no two grounds more than 40 miles apart.",
        "No point in Ireland is more than 110 km from the coast.",
        # an area's reach: a radius around one place, not a second place
        "A leak there could contaminate an area up to 150 miles from the reactor.",
        "The drones patrol an area within 60 km of Goma.",
    ],
)
def test_a_bound_that_holds_everywhere_is_no_claim(text):
    assert find_claims(text) == []


def test_more_than_after_a_place_is_still_a_claim():
    # the control: "more than" alone bounds one place's distance from another
    [claim] = find_claims("The town of Otley lies more than 50 miles from Hull.")
    assert (claim.qualifier, claim.target.text, claim.origin.text) == ("more than", "Otley", "Hull")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # "separated by N km": the pair before the figure, whatever the figure is of
        ("Ayr and Troon are separated by 14 kilometres.", ("Troon", "Ayr")),
        (
            "The walk goes from Ayr to Troon, towns separated by 14 kilometres of coast path.",
            ("Troon", "Ayr"),
        ),
        # a trip's road "is N km of" its scenery: still the way from one place to the other
        (
            "The road from Quito to Guayaquil is about 420km of mountain curves.",
            ("Guayaquil", "Quito"),
        ),
        # parted from a place by the figure: the subject, or the first after the verb
        ("Bornholm is separated from Ystad by 37 km of the Baltic.", ("Bornholm", "Ystad")),
        (
            "A narrow sound separates Helsingor from Helsingborg by just 4 km.",
            ("Helsingor", "Helsingborg"),
        ),
    ],
)
def test_a_pair_told_before_its_figure_in_other_words(text, ends):
    [claim] = find_claims(text)
    assert (claim.target.text, claim.origin.text) == ends


@pytest.mark.parametrize(
    "second",
    [
        "These two towns are barely 4 km apart.",
        "These port towns are barely 4 km apart.",
        "Barely 4 km apart, these two towns share a ferry.",
        "Barely 4 km apart, these Nordic ports share a ferry.",
    ],
)
def test_a_plural_anaphor_parted_by_a_figure_apart_is_the_pair_told_before(second):
    # Helsingor, GeoNames 2620473: 56.03606 N 12.61360 E; Helsingborg, GeoNames 2706767:
    # 56.04673 N 12.69437 E (GeographicLib: 5.2 km apart)
    [check] = check_claims(f"Helsingor and Helsingborg face each other across the sound. {second}")
    assert {check.origin.name, check.target.name} == {"Helsingør", "Helsingborg"}
    assert check.measured_km == pytest.approx(5.2, abs=0.3)


def test_a_figure_across_from_a_place_is_a_distance_and_across_alone_a_width():
    [claim] = find_claims("Birkenhead faces Liverpool, about 2 km across from it on the Mersey.")
    assert claim.value == 2.0
    [claim] = find_claims("Birkenhead lies about 2 km across the river from Liverpool.")
    assert (claim.target.text, claim.origin.text) == ("Birkenhead", "Liverpool")
    # the control: a size across is no distance between places
    assert find_claims("The old crater near Liverpool is 2 km across.") == []


def test_people_parted_by_a_figure_are_no_pair_of_places():
    # the control: "separated from" a person names no place to measure from
    assert find_claims("For years she was separated from her brother by 300 km.") == []


def test_a_length_of_something_built_is_still_no_claim():
    # the control: "N km of" track with no trip told before it is the track's length
    assert find_claims("They built 200 km of new track near Quito.") == []


def test_a_name_hyphened_to_a_word_that_is_no_english_word_is_one_name():
    # "Beled-weyne" is Beledweyne in Somalia (GeoNames: 4.736 N 45.204 E), not Beled in
    # Hungary; the place before the bracket is what the bracket's figure places
    [check] = check_claims("Gunmen raided a checkpoint in Bula-hawo (24km W of Beled-weyne).")
    assert check.claim.target is not None and check.claim.target.text == "Bula-hawo"
    assert check.origin is not None and check.origin.country == "SO"
    assert check.origin.lat == pytest.approx(4.736, abs=0.05)


def test_a_mode_in_brackets_between_the_figure_and_its_direction():
    # "(by road)" says the figure is a road's length, as "by road" does
    [claim] = find_claims("Kumasi is about 250 km (by road) northwest of Accra.")
    assert (claim.value, claim.route, claim.direction) == (250.0, "road", "NW")
    assert (claim.target.text, claim.origin.text) == ("Kumasi", "Accra")


def test_a_figure_to_a_place_in_apposition_to_a_name_places_that_name():
    # "X, N km to Y": X lies N km from Y
    [claim] = find_claims("Gunmen struck Gumsuri town, Borno State, 20 kilometers to Chibok.")
    assert (claim.target.text, claim.origin.text) == ("Gumsuri town", "Chibok")
    # ... while after no name the figure is the way to Y
    [trip] = find_claims("We drove on, 400 km to Perth.")
    assert trip.target is not None and trip.target.text == "Perth"


def test_two_places_hyphened_before_a_ways_noun_are_its_ends():
    # "the Seoul-Busan distance": the pair of the way the figure measures
    [check] = check_claims("The Seoul-Busan distance is approximately 305 miles by rail.")
    claim = check.claim
    assert (claim.origin.text, claim.target.text, claim.route) == ("Seoul", "Busan", "rail")
    # ... not before another noun: a line's own length is no claim
    assert check_claims("The Seoul-Busan line is 400 km long.") == []


def test_a_name_hyphened_to_based_or_bound_is_no_end_of_a_claim():
    # "a Lagos-based firm": Lagos says where the firm belongs, not where the plant is
    [check] = check_claims("The Lagos-based company opened a plant 40 km north of Abuja.")
    assert check.claim.target is None and check.verdict == "unresolved"
    [train] = check_claims("A Moscow-bound train derailed 50 km south of Tver.")
    assert train.claim.target is None and train.claim.origin.text == "Tver"
    # the control: the same town named as a place is the located one
    [check] = check_claims("Lagos is about 530 km southwest of Abuja.")
    assert check.claim.target is not None and check.claim.target.text == "Lagos"


def test_the_places_a_road_is_named_for_are_not_what_its_figure_locates():
    # "on the A-B highway N km from A": the point on the road is not named; neither end
    # of the road's name is what the figure places
    for road in ("Maiduguri-Damaturu", "Damaturu-Maiduguri"):
        [check] = check_claims(f"The ambush was on the {road} highway some 20 km from Maiduguri.")
        assert check.claim.target is None, road
        assert check.claim.origin is not None and check.claim.origin.text == "Maiduguri"
    # the control: a town named before the road is the place, as before
    [check] = check_claims(
        "Troops entered Konduga, on the Bama-Maiduguri highway some 35 km from Maiduguri."
    )
    assert check.claim.target is not None and check.claim.target.text == "Konduga"


def test_an_unnamed_point_placed_from_several_towns_stays_unnamed_for_each():
    # "the epicentre was N km NW of A, M km W of B and K km N of C": each figure places
    # the epicentre, not the town of the figure before
    text = (
        "The epicentre was 10 km northwest of Tivoli, 12 km west of Guidonia, "
        "15 km north of Frascati and 30 km east of Rome."
    )
    claims = find_claims(text)
    assert [c.origin.text for c in claims] == ["Tivoli", "Guidonia", "Frascati", "Rome"]
    assert [c.target for c in claims] == [None] * 4
    # ... after an aside in brackets
    text = "The epicentre was 10 km north of Tivoli and (for good measure) 30 km east of Rome."
    assert [c.claim.target for c in check_claims(text)][1] is None
    # ... after a semicolon too
    text = "The quake struck 20 km north of Anzio; 25 km south of Rome."
    assert [c.target for c in find_claims(text)] == [None, None]
    # the control: a comma alone before a second figure places the town before it
    [_, second] = find_claims("The quake hit 15 km north of Tivoli, about 30 km east of Rome.")
    assert second.target is not None and second.target.text == "Tivoli"


def test_an_entrys_title_before_a_colon_is_what_its_figure_places():
    # a gazetteer's or a list's entry: "Name, Country: description ... N km of Y"
    [check] = check_claims("Kumasi, Ghana: Also inland, some 200 kilometres northwest of Accra.")
    assert check.claim.target is not None and check.claim.target.text == "Kumasi"
    # the control: a name after the colon that the figure places is kept
    [check] = check_claims("Kandy: the town of Matale lies 25 km to the north of it.")
    assert check.claim.target is not None and check.claim.target.text == "Matale"


@pytest.mark.parametrize(
    "text",
    [
        "Lyon lies 390 km from Paris as the eagle flies.",
        "Lyon lies 390 km from Paris as the tūī flies.",
        "Lyon lies 390 km ATCF from Paris.",
    ],
)
def test_kin_of_as_the_crow_flies_is_a_straight_line(text):
    [claim] = find_claims(text)
    assert claim.straight and claim.route is None


def test_a_straight_line_told_before_a_contrast_is_not_the_next_figures():
    text = "It is only 42 km away as the crow flies, but we drive 125 km from Masterton."
    first, second = find_claims(text)
    assert first.straight and not second.straight and second.route == "road"


def test_a_hop_is_a_trip():
    # "a 30-mile hop to X": the way travelled, as "a 30-mile drive" is
    [claim] = find_claims("From the junction it is a 30-mile hop south to Moab.")
    assert claim.value == 30.0 and claim.target is not None and claim.target.text == "Moab"


def test_an_area_fronted_by_in_is_where_the_event_is_not_what_the_figure_places():
    text = "In Kent, about 14 miles from Canterbury, the old road crosses the river."
    [check] = check_claims(text)
    assert check.claim.target is None and check.verdict == "unresolved"
    # the control: the area as the clause's subject is placed
    [check] = check_claims("Kent, about 14 miles from London, is green.")
    assert check.claim.target is not None and check.claim.target.text == "Kent"


def test_a_road_named_for_a_place_is_no_reference():
    # "to Utah Highway 12": a road, not the state of Utah
    assert check_claims("From the junction, drive north for 45 miles to Utah Highway 12.") == []
    # the control: the state itself is a reference
    [check] = check_claims("Moab lies 30 miles from the Utah border.")
    assert check.claim.origin is not None


def test_a_name_a_direction_runs_from_is_not_the_place_a_later_figure_locates():
    # "harbour south of X, 21 km north-east of Y": X is where "south" runs from
    [check] = check_claims("A fishing harbour south of Matara, 21 km east of Galle.")
    assert check.claim.target is None and check.claim.origin.text == "Galle"


def test_a_way_of_travel_between_the_figure_and_its_direction():
    # "70 miles by boat or seaplane west of X", as "250 km (by road) northwest of X"
    [claim] = find_claims("The fort lies 70 miles by boat or seaplane west of Key West.")
    assert (claim.value, claim.unit, claim.direction, claim.route) == (70.0, "mi", "W", "sea")
    assert claim.origin is not None and claim.origin.text == "Key West"


def test_a_relative_clause_after_an_apposition_naming_an_area_hangs_on_the_town():
    text = (
        "The quake was felt in Surabaya, the capital of East Java province, which is about "
        "200 kilometres from Situbondo."
    )
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "Surabaya"


def test_a_dotted_unit_with_its_conversion_after_a_slash_keeps_the_claim():
    [check] = check_claims("Annecy lies 31 mi./50 km. from Chambery.")
    assert (check.claim.value, check.claim.unit, check.claim.conversion) == (
        31.0,
        "mi",
        (50.0, "km"),
    )
    assert (check.claim.target.text, check.claim.origin.text) == ("Annecy", "Chambery")


def test_a_figure_added_in_brackets_to_a_time_keeps_its_compass_point():
    text = "Chambery is an hour away by car (and 50 kilometres) south of Annecy."
    [check] = check_claims(text)
    assert check.claim.value == 50.0 and check.claim.direction == "S"
    assert (check.claim.target.text, check.claim.origin.text) == ("Chambery", "Annecy")


def test_a_figure_after_an_apposition_naming_an_area_places_the_town():
    # "X, the capital of Region, N km to the north": the region only describes X
    text = "From Izhevsk we took a night train to Ufa, the capital of Bashkortostan, 290 km SE."
    [check] = check_claims(text)
    assert (check.claim.target.text, check.claim.origin.text) == ("Ufa", "Izhevsk")
    # GeoNames: Izhevsk (56.85225, 53.19862), Ufa (54.74306, 55.96779): GeographicLib gives
    # 292.0 km
    line = Geodesic.WGS84.Inverse(56.85225, 53.19862, 54.74306, 55.96779)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=3.0)
    assert check.verdict == "consistent"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Olinda stands on a hill, at about a mile's distance from Recife.", 1.0),
        ("The farm lies three miles' walk from Keswick.", 3.0),
        ("The camp is 15 miles distance from Mafikeng.", 15.0),
    ],
)
def test_a_units_possessive_distance_or_walk_before_from(text, value):
    [claim] = find_claims(text)
    assert claim.value == value and claim.origin is not None


def test_a_trip_figure_after_a_place_left_for_another_measures_between_them():
    for text in (
        "The bus crashed an hour after leaving Bulawayo bound for Harare, a 440-km trip.",
        "The bus left Bulawayo for Harare, a 440-km trip.",
        # past what the place left is, before "bound for"
        "The bus crashed after leaving the depot in Bulawayo, a city in the south-west, "
        "bound for Harare, a 440-km trip.",
    ):
        [claim] = find_claims(text)
        assert (claim.origin.text, claim.target.text) == ("Bulawayo", "Harare"), text


def test_each_figure_runs_from_the_place_the_sentence_opens_from():
    # "From X it's N km west to Y and M km north to Z": both from X, not the second from Y,
    # even when X is a lake, which is never a figure's "one town named before"
    checks = check_claims("From Tahoe it's 320 km west to Oakland and 50 km north to Reno.")
    assert [(c.claim.origin.text, c.claim.target.text) for c in checks] == [
        ("Tahoe", "Oakland"),
        ("Tahoe", "Reno"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The path from the car park to the hermitage is a winding track, the length of which is "
        "almost two kilometres.",
        "A narrow lane that descends 400 m into the canyon of the Piva River leads to the chapel.",
        "The road then drops 600 m into a deep valley of the Tara River.",
    ],
)
def test_a_length_told_after_which_or_a_descent_is_no_claim(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "From the gate the ramparts climb some 200 m over a distance of 2 km to the citadel.",
        "The pass road gains 900 m in height over a distance of 12 km from the valley floor.",
    ],
)
def test_what_lies_over_a_distance_of_n_km_is_an_extent_not_a_claim(text):
    assert find_claims(text) == []


def test_a_height_from_sea_level_is_no_claim_but_the_distance_after_it_is():
    claims = find_claims("Kandy sits at about 500 metres from sea level, 115 km from Colombo.")
    assert [c.stated_km for c in claims] == [115.0]


def test_a_figure_by_vehicle_is_a_route_and_away_may_come_before_its_direction():
    # GeoNames 1172451 Lahore 31.558 74.351, 1168197 Okara 30.810 73.446
    [check] = check_claims("Okara is 130 km by vehicle from Lahore.")
    assert check.claim.route is not None and check.verdict == "route not checked"
    [claim] = find_claims("Okara lies about 115 km away towards the south-west of Lahore.")
    assert (claim.target.text, claim.origin.text, claim.direction) == ("Okara", "Lahore", "SW")


def test_a_compass_point_after_a_bare_to_is_the_figures_direction():
    # "30km to northeast of X", the article left out
    [claim] = find_claims("Murree is a hill town about 30km to northeast of Islamabad.")
    assert (claim.target.text, claim.origin.text, claim.direction) == ("Murree", "Islamabad", "NE")


@pytest.mark.parametrize("bracket", ["(97 miles)", "(about 97 mi)", "( roughly 97 miles )"])
def test_a_figure_alone_in_a_bracket_after_the_reference_restates_the_claim(bracket):
    # 156 km is 97 miles (156 / 1.609344 = 96.9): one claim said twice, not two claims;
    # the figure after the bracket still locates the sentence's subject
    text = f"Bath lies 156 km west of London {bracket}, and 19 km from Bristol."
    first, second = check_claims(text)
    assert (first.claim.stated_km, first.origin.name) == (156.0, "London")
    assert second.claim.stated_km == 19.0
    assert (second.target.name, second.origin.name) == ("Bath", "Bristol")


@pytest.mark.parametrize(
    "description",
    ["a busy wine town of South Australia", "quiet wine-growing region of South Australia"],
)
def test_a_subject_described_as_a_town_or_region_of_an_area_is_what_the_figure_places(
    description,
):
    # the area after "of" holds Clare; Wikipedia: Clare 33 50 S 138 36 E, Adelaide
    # 34 56 S 138 36 E, so the figure runs from Adelaide to Clare
    [check] = check_claims(f"Clare, {description}, located some 120 km north of Adelaide.")
    assert (check.target.name, check.origin.name) == ("Clare", "Adelaide")
    expected = Geodesic.WGS84.Inverse(-(33 + 50 / 60), 138.6, -(34 + 56 / 60), 138.6)["s12"]
    assert check.measured_km == pytest.approx(expected / 1000, abs=5)


@pytest.mark.parametrize(
    "line",
    [
        "Distance from the provincial center Ternopil is 40 km, 45 km from Zolochiv.",
        "The distance from the district centre of Ternopil is 40 km, 45 km from Zolochiv.",
    ],
)
def test_a_distance_from_a_described_centre_runs_from_it_to_the_storys_subject(line):
    # a village article's line: the figures run from the named towns to the place the
    # article is about (named one sentence earlier), never from one town to the other
    first, second = check_claims(f"Zboriv lies in the west of Ukraine. {line}")
    assert first.claim.origin.text == "Ternopil" and first.target.name == "Zboriv"
    assert second.claim.origin.text == "Zolochiv" and second.target.name == "Zboriv"


def test_a_name_longer_than_the_known_word_it_opens_with_is_not_that_word():
    # "Trang" alone is a town in Thailand; "Trang An", a karst landscape in Vietnam, is a
    # name the index lacks: the claim says so instead of measuring to Thailand
    [check] = check_claims(
        "Set some 90 km from the capital Hanoi, Trang An is a landscape of limestone karsts."
    )
    assert check.claim.target.text == "Trang An"
    assert check.target is None and check.verdict == "unresolved"
    assert "Trang An" in check.unresolved_reason


@pytest.mark.parametrize(
    "text",
    [
        "Its circumference was a distance of 35 kilometres, an easy day by bicycle.",
        "The lake's perimeter is 20 km, and a path runs all the way round.",
    ],
)
def test_a_size_told_with_is_is_no_distance_claim(text):
    assert find_claims(text) == []


def test_a_second_reach_coordinated_after_a_stretch_is_no_distance_claim():
    text = "Shaped by the wind, the dunes stretch over 80 km of coast and 30 km inland."
    assert find_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The quickest route to Whitby from York is about 75 km.",
        "The drive to Whitby from York is only 90 minutes or about 75 km.",
    ],
)
def test_a_way_told_by_its_end_first_runs_from_the_place_after_from(text):
    # Wikipedia: Whitby 54 29 N 0 37 W, York 53 58 N 1 05 W: about 67 km apart
    [check] = check_claims(text)
    assert (check.claim.origin.text, check.claim.target.text) == ("York", "Whitby")
    assert check.claim.route is not None
