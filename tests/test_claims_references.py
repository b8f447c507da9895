"""Where a claim's reference is when the text names it loosely: a bare direction after a
town, "the town" after an airport, a place described before its name, a long descriptor,
the travellers' own "from". Sentences written for these tests."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic

from mapper.claims import check_claims, find_claims
from mapper.document import Document
from mapper.geoparse import parse_document


def _metres(place, point: tuple[float, float]) -> float:
    """Return how far a resolved place lies from a published point, by GeographicLib."""
    return Geodesic.WGS84.Inverse(place.lat, place.lon, *point)["s12"]


def _ends(text: str) -> tuple[str | None, str | None]:
    [check] = check_claims(text)
    target, origin = check.claim.target, check.claim.origin
    return (target.text if target else None, origin.text if origin else None)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a bare direction runs from the one town named before the place it locates
        ("We drove out of the capital Nairobi to Nakuru, a market town 150km to the northwest.",
         ("Nakuru", "Nairobi")),
        ("After a morning in Bergen, take a day trip to nearby Voss, about 100 km to the east.",
         ("Voss", "Bergen")),
        # with no town before it, it runs from nowhere named
        ("Nakuru is a market town 150km to the northwest.", ("Nakuru", None)),
    ],
)  # fmt: skip
def test_a_bare_direction_runs_from_the_town_named_before(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize(
    ("text", "town", "point"),
    [
        # GeoNames' points: Inverness (57.4791, -4.2240); Nelson, NZ (-41.2708, 173.2840)
        ("Most visitors fly into Inverness Airport, 13 kilometres east of the town.",
         "Inverness", (57.4791, -4.2240)),
        ("The nearest airport is Nelson Airport, which is 6 km from the city itself.",
         "Nelson", (-41.2708, 173.2840)),
    ],
)  # fmt: skip
def test_the_town_after_an_airport_is_the_town_it_is_named_for(text, town, point):
    [check] = check_claims(text)
    assert check.origin is not None and check.origin.name == town
    assert _metres(check.origin, point) < 5_000
    assert check.target is not None and check.target.kind == "airport"


def test_an_airport_not_named_for_a_town_leaves_the_town_unnamed():
    [check] = check_claims("The new Payam airport is 40 km from the city.")
    assert check.origin is None and check.verdict == "unresolved"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a name described in commas before its figure is what the figure places, though a
        # pronoun opens the clause
        ("It can be sailed up to Kapit, the last town of the Rajang basin, 160 km from Sibu.",
         ("Kapit", "Sibu")),
        # a visitors' site the gazetteer lacks is still the named subject ("War Cemetery")
        ("Taukkyan War Cemetery lies about 25 km north of Yangon.",
         ("Taukkyan War Cemetery", "Yangon")),
        # a fronted description of the subject names no place of its own
        ("The old royal seat of the Kandyan kings, Hanguranketa lies some 30 km from Kandy.",
         ("Hanguranketa", "Kandy")),
        # a figure before "after X" / "before X" along a road is measured from X
        ("Ooty lies about 10 km after Coonoor on the ghat road.", ("Ooty", "Coonoor")),
        ("Coonoor lies some 10 km before Ooty on the ghat road.", ("Coonoor", "Ooty")),
        # "N km distance between A and B" is the pair's distance
        ("It is 46 km distance between Mettupalayam and Coonoor by rail.",
         ("Coonoor", "Mettupalayam")),
        # inverted: the place comes last, described before its name
        ("60 km south of Madrid lies another old city, Toledo.", ("Toledo", "Madrid")),
        ("70km north of Lisbon lies yet another hilltop town \u2013 Obidos.", ("Obidos", "Lisbon")),
        # six words of description between "of" and the reference
        ("Wieliczka lies 15 kilometres southeast of the centre of the city of Krakow.",
         ("Wieliczka", "Krakow")),
        # the travellers' "from" before the verb is where the figure runs from
        ("A club from Noumea travelled nearly 17,000 km to reach Lyon for the cup tie.",
         ("Lyon", "Noumea")),
        ("Fans from Perth drove 2,700 km to Adelaide for the final.", ("Adelaide", "Perth")),
        # after a fronted phrase, the subject told by its kind: "the borough of X"
        ("Sitting 30 miles from Boston, the borough of Newburyport draws day visitors.",
         ("Newburyport", "Boston")),
        # "the Port of X" capitalised as a title still leads to X
        ("Lying 25 km from the Port of Split on the Dalmatian coast, Supetar is the island "
         "town closest to the city.", ("Supetar", "Split")),
        # a comma joining a second clause with its own subject and verb
        ("The city of Utrecht lies at the heart of its province, the village of Zeist is "
         "10 kilometres east of Utrecht.", ("Zeist", "Utrecht")),
        # a later name a bare direction stands beside is what it places, from the subject
        ("Coober Pedy is reached by bus from Port Augusta, 540 km south.",
         ("Port Augusta", "Coober Pedy")),
        # "the distance to X" names one end; the clause's subject is the other
        ("Kangaroo Island draws walkers, and the distance to Adelaide is about 110 km.",
         ("Kangaroo Island", "Adelaide")),
    ],
)  # fmt: skip
def test_references_named_loosely(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a relative clause closed before the verb or the figure: its head is the place
        ("Mount Merapi, which lies on Java, is about 430 km east of Jakarta.",
         ("Mount Merapi", "Jakarta")),
        ("Mount Kelud, which sits on the crowded island of Java, about 620 km east of the "
         "capital, Jakarta, last erupted in 2014.", ("Mount Kelud", "Jakarta")),
        ("Tours, which lies on the Loire, is 200 km from Paris.", ("Tours", "Paris")),
        # an aside between the subject and its verb after a fronted figure
        ("Eighteen kilometres northeast of Faro, Loule \u2013 a busy market town \u2013 is "
         "worth a detour.", ("Loule", "Faro")),
        # a site of a town stands for the town
        ("Ushuaia lies almost 3,000 kilometres from the zero kilometre marker in the city of "
         "Buenos Aires.", ("Ushuaia", "Buenos Aires")),
        ("Kandy lies 110 km from the old harbour at Colombo.", ("Kandy", "Colombo")),
        ("Ooty is 85 km from the railway station at Coimbatore.", ("Ooty", "Coimbatore")),
        # a thing told by its kind lies where the clause puts it after the figure
        ("The palace lies 25 km west of Edinburgh, in the town of Linlithgow.",
         ("Linlithgow", "Edinburgh")),
    ],
)  # fmt: skip
def test_the_place_past_a_relative_clause_an_aside_or_a_site(text, ends):
    assert _ends(text) == ends


def _claim(text: str):
    [check] = check_claims(text)
    return check.claim


def test_figures_written_in_other_ways():
    # a compass point written with full stops, upper or lower case
    assert _claim("Tours is a city 125 miles S.W. of Paris.").direction == "SW"
    ruins = _claim("The ruins at Uxmal are about 60 km (37 mi.) s.e. of Merida.")
    assert (ruins.value, ruins.unit, ruins.direction) == (60.0, "km", "SE")
    assert ruins.conversion == (37.0, "mi")  # a unit's full stop inside the brackets
    # a restatement with a loose qualifier before its number
    calama = _claim("Calama lies 1,570 km, or a little under a thousand miles, north of Santiago.")
    assert (calama.value, calama.unit, calama.direction) == (1570.0, "km", "N")
    # "air miles": miles of a straight line
    denali = _claim("Denali lies approximately 130 air miles to the north of Anchorage.")
    assert (denali.value, denali.unit, denali.straight) == (130.0, "mi", True)
    # a range with its unit at both ends is one figure; "or" between two figures of one
    # unit may give two places' figures, and a conversion has another unit
    ranged = _claim("The epicentre was 3km to 5km southeast of Tadcaster.")
    assert (ranged.low, ranged.high, ranged.direction) == (3.0, 5.0, "SE")
    assert [
        (c.value, c.conversion) for c in find_claims("Selby is 20 miles or 32 km from York.")
    ] == [(20.0, (32.0, "km"))]
    # "kilo-metres", the unit hyphened
    assert _claim("Selby is 20 kilo-metres south of Tadcaster.").unit == "km"
    # "fourty", a common misspelling of the number
    assert _claim("York is fourty-five kilometres from Leeds.").value == 45.0


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # in a sea or a river's waters, a figure places a point of it, unnamed
        ("Loaded with coal, the ship sank in the Black Sea around 8 miles from the entrance "
         "of the Bosphorus.", (None, "Bosphorus")),
        ("We were fishing in the dark waters of the Rio Negro, about 125 miles northwest of "
         "Manaus.", (None, "Manaus")),
        # ... also a sea the index does not hold, known by its last word (a reef named
        # before it is no point of the sea: the place the figure locates)
        ("The Scott Reef, which is located in the Timor Sea, about 400km north of Broome, "
         "was closed.", ("Scott Reef", "Broome")),
        ("The ship sank in the Ross Sea, 300 km from McMurdo.", (None, "McMurdo")),
        # a lake or a sea that is the subject is the place
        ("The Dead Sea lies 35 km east of Jerusalem.", ("Dead Sea", "Jerusalem")),
        # a town named for its bay is a town
        ("The storm hit Tolaga Bay, a town on the East Coast, 55 km north of Gisborne.",
         ("Tolaga Bay", "Gisborne")),
    ],
)  # fmt: skip
def test_a_point_in_a_body_of_water_is_unnamed(text, ends):
    assert _ends(text) == ends


def test_a_castle_or_cathedral_named_for_its_town_is_placed_at_the_town():
    # Conwy Castle stands in Conwy; GeoNames puts Conwy at (53.2829, -3.8295)
    [check] = check_claims("Conwy Castle is about 70 km west of Chester.")
    assert check.claim.target is not None and check.claim.target.text == "Conwy Castle"
    assert check.target is not None and check.target.name == "Conwy"
    off = Geodesic.WGS84.Inverse(check.target.lat, check.target.lon, 53.2829, -3.8295)["s12"]
    assert off < 3_000  # metres


def test_it_that_happened_is_no_place():
    # "It occurred ...": the quake, which the text does not place by name
    text = (
        "A strong earthquake shook Espiritu Santo on Monday. It occurred about 81 kilometres "
        "north-northwest of the town of Luganville."
    )
    [check] = check_claims(text)
    assert check.target is None and check.verdict == "unresolved"
    assert "event" in (check.unresolved_reason or "")
    # "It lies ...": the town the sentence before named
    text = "Luganville is a port on Espiritu Santo. It lies about 40 km south of Port-Olry."
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Luganville"


def test_a_place_named_after_the_town_of_is_looked_up_even_when_a_common_word():
    # "Hope" is an English word the geoparser leaves alone; "the town of" says it is a
    # place. Hope, British Columbia: GeoNames (49.3830, -121.4419)
    [check] = check_claims(
        "The town of Hope lies on the Trans-Canada Highway, 150 km east of Vancouver."
    )
    assert check.claim.target is not None and check.claim.target.text == "Hope"
    assert check.target is not None
    off = Geodesic.WGS84.Inverse(check.target.lat, check.target.lon, 49.3830, -121.4419)["s12"]
    assert off < 5_000  # metres
    # a road named for a country is no place the figure locates
    [check] = check_claims("The lodge is on the Trans-Canada Highway, 150 km east of Vancouver.")
    assert check.claim.target is None or check.claim.target.text != "Canada"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a hyphen in a distance before its compass point
        ("Located about 29-km northwest of Kathmandu, the camp is an hour away by bicycle.",
         ("the camp", "Kathmandu")),
        # a reference mark copied with the figure
        ("Located at some 105[1] km south of Harare, Chivhu is home to 10 000 people.",
         ("Chivhu", "Harare")),
        # "N km away" after the one place the clause placed the subject from
        ("Known for its salt mine, the town of Bochnia lies directly east of Krakow and is "
         "around 40 km away.", ("Bochnia", "Krakow")),
        # ... also when a pronoun stands for the subject
        ("Wieliczka has a salt mine. It is among the oldest towns near Krakow, only 14 km "
         "away.", ("It", "Krakow")),
        # a suburb of a city is the subject's description, and a city's centre is the city
        ("Saint-Denis was a village. Today it is a busy suburb of Paris, 9 km north of the "
         "heart of the French capital.", ("it", "the French capital")),
        # ... not a region that only says where the subject is
        ("The town of Dayton, Wyoming, is on alert as a wildfire spreads across the forest, "
         "just six miles away.", ("Dayton", None)),
        # a fronted "At N km ... of X," and the town named after "the town of"
        ("At around 30 km to the south of Krakow, the town of Dobczyce makes for a day trip.",
         ("Dobczyce", "Krakow")),
    ],
)  # fmt: skip
def test_more_figures_and_references(text, ends):
    assert _ends(text) == ends


def test_a_hyphened_figure_before_a_noun_still_measures_a_thing():
    assert check_claims("The 29-km road from Kakani to Kathmandu is steep.") == []


def test_pairs_of_places_labelled_with_their_distance_in_running_text():
    text = (
        "Capitals can lie far apart: Washington and Ottawa - 900 kilometres, from Paris to "
        "Berlin - 880 kilometres."
    )
    ends = [(c.claim.origin.text, c.claim.target.text) for c in check_claims(text)]
    assert ends == [("Washington", "Ottawa"), ("Paris", "Berlin")]


def test_the_nearby_place_a_clause_goes_to_is_the_located_place():
    # "the nearby X" names where the plane was to land; "next to X" names a neighbour
    text = (
        "The plane crashed at Fath Airport when it was meant to land at the nearby Payam "
        "airport, about 25 miles west of Tehran."
    )
    assert _ends(text) == ("Payam airport", "Tehran")
    assert _ends("It lies next to the city of Dover, 25 miles south of Canterbury.") == (
        "It",
        "Canterbury",
    )


@pytest.mark.parametrize(
    ("text", "origin", "target"),
    [
        # the full stops of "D.C." and "Tex." end no clause, and the letters name the town
        # before them again or its state
        ("The drive from Washington, D.C. to Boston is 440 miles.", "Washington", "Boston"),
        ("The drive from Paris, Tex. to Tulsa is 220 miles.", "Paris", "Tulsa"),
        ("The flight from St. Louis to Denver was 800 miles.", "St. Louis", "Denver"),
    ],
)  # fmt: skip
def test_abbreviations_inside_a_from_to_pair(text, origin, target):
    [check] = check_claims(text)
    assert (check.origin.name, check.target.name) == (origin, target)
    assert check.origin.country == check.target.country == "US"  # Paris, Texas, not France


def test_a_country_before_a_site_noun_names_an_unnamed_site_not_the_country():
    # "the US base" is somewhere in Afghanistan here; the country's point is 12,000 km off
    [check] = check_claims("The US base lies 40 km north of Kandahar.")
    assert check.verdict == "unresolved" and check.measured_km is None
    assert "unnamed site of United States" in check.unresolved_reason
    # an area word still names the country's land ("Malta island")
    [check] = check_claims("Malta island lies some 90 km south of Sicily.")
    assert check.target.name == "Malta"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # "to the northern city of Y" names Y; only "to the north of Y" is a direction
        ("A 900-mile journey from Dalian to the northern city of Harbin.", ("Harbin", "Dalian")),
        # an adjective between the article and the figure: still the journey's figure
        ("The train began its maiden 900 mile run from Dalian to Harbin.", ("Harbin", "Dalian")),
        # a comma may set the figure off before its direction
        ("Sukhothai is located, about 400 km, north of Bangkok.", ("Sukhothai", "Bangkok")),
        # "above" a town: up the river or the map, not a height
        ("Kratie lies some 220 km above Phnom Penh on the Mekong.", ("Kratie", "Phnom Penh")),
    ],
)  # fmt: skip
def test_more_ways_of_naming_the_two_ends(text, ends):
    assert _ends(text) == ends


@pytest.mark.parametrize(
    "text",
    [
        "The station orbits 400 km above Earth.",
        "The summit stands 2,000 m above sea level.",
        "The plane cruised 10 km above the clouds.",
    ],
)
def test_a_height_above_the_earth_or_the_sea_is_no_claim(text):
    assert check_claims(text) == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a town after "in" is where the figure's point lies: a headline's fragment
        ("40 miles E of Kingston in Port Antonio, Jamaica", ("Port Antonio", "Kingston")),
        ("The crash happened 20 km north of Lyon in Villefranche.", ("Villefranche", "Lyon")),
        # an area after "in" only says where the origin is
        ("The quake struck 50 km north of Lyon in France.", (None, "Lyon")),
    ],
)  # fmt: skip
def test_a_town_after_in_is_the_located_place(text, ends):
    assert _ends(text) == ends


def test_a_name_with_its_other_name_in_brackets_before_the_figure():
    text = (
        "One of the old towns near Lyon is Villefranche (Villefranche-sur-Saone), located "
        "about 30 km away."
    )
    assert _ends(text) == ("Villefranche", "Lyon")


@pytest.mark.parametrize(
    "text",
    [
        "Perhaps Norway's oldest town, Tonsberg is a port some 60 miles south of Oslo.",
        "Norway's oldest town, Tonsberg, lies some 60 miles south of Oslo.",
    ],
)
def test_a_country_s_ranked_town_before_a_comma_is_the_town(text):
    # the country owns the description; the name after the comma is what the figure places
    assert _ends(text) == ("Tonsberg", "Oslo")


def test_towards_a_compass_point_of_a_town_is_a_direction():
    text = (
        "The cyclone made landfall 15 kms towards South West of Nellore and 40 kms North East "
        "of Kavali."
    )
    # an unnamed point placed from two towns: each figure stays unresolved, none measured
    ends = [(c.claim.direction, c.origin and c.origin.name, c.verdict) for c in check_claims(text)]
    assert ends == [("SW", "Nellore", "unresolved"), ("NE", "Kāvali", "unresolved")]


@pytest.mark.parametrize(
    "text",
    [
        "Trujillo -> Chiclayo |  | 210 km (130 miles) | Approximately 3 hours",
        "Trujillo \u2192 Chiclayo: 210 km",
    ],
)
def test_an_arrow_joins_a_route_s_two_ends_like_a_spaced_dash(text):
    assert _ends(text) == ("Chiclayo", "Trujillo")


def test_a_figure_alone_on_its_line_measures_the_route_labelled_above_it():
    text = "Hamilton -> Auckland\n\n127 km (79 miles)\nApproximately 1.5 hours by car"
    assert _ends(text) == ("Auckland", "Hamilton")
    # a figure that goes on with words of its own is not the label's
    assert check_claims("We left Hamilton for Auckland.\n\n127 km of farmland came next.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Swansea is 244 kms or a three hour drive from Devonport via Launceston.",
        "Swansea is 244 km, or three hours by car, from Devonport.",
    ],
)
def test_a_time_given_as_the_figure_s_alternative_leaves_the_reference(text):
    # the hours restate the figure as a drive; "from X" still names where it runs from
    [check] = check_claims(text)
    assert (check.claim.target.text, check.claim.origin.text) == ("Swansea", "Devonport")
    assert check.claim.route is not None  # a drive: judged as a route, not a straight line


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Iquitos is 900-plus miles from Lima.", "more than"),
        ("Iquitos is 900 plus miles from Lima.", "more than"),
        ("Iquitos is 900+ miles from Lima.", "more than"),
        ("Iquitos is 900-odd miles from Lima.", "about"),
    ],
)
def test_plus_and_odd_after_a_figure_are_its_hedges(text, qualifier):
    [check] = check_claims(text)
    assert (check.claim.value, check.claim.unit, check.claim.qualifier) == (900.0, "mi", qualifier)
    assert check.origin.name == "Lima"


@pytest.mark.parametrize(
    "text",
    [
        "Lahore to Multan: 340 K.M.",
        "Multan is 340 k.m. from Lahore.",
        "Multan and Lahore are approx.340 Km apart from each other.",
    ],
)
def test_dotted_kilometres_and_a_hedge_glued_to_its_number(text):
    [check] = check_claims(text)
    assert (check.claim.value, check.claim.unit) == (340.0, "km")
    assert {check.origin.name, check.target.name} == {"Lahore", "Multan"}


@pytest.mark.parametrize(
    "text", ["Delhi to Agra Distance: 230 km by car", "Delhi to Agra by road: 230 km"]
)
def test_a_route_label_may_name_what_it_gives(text):
    [check] = check_claims(text)
    assert (check.claim.origin.text, check.claim.target.text) == ("Delhi", "Agra")


def test_a_state_s_postal_code_after_a_town_in_a_pair():
    text = "The distance between Frederick, MD, and Cleveland, OH, is about 350 miles."
    [check] = check_claims(text)
    assert (check.claim.origin.text, check.claim.target.text) == ("Frederick", "Cleveland")


@pytest.mark.parametrize(
    "text",
    [
        "Rotherham, a market town, 6 miles (N. E.) from Sheffield; containing 8,000 inhabitants.",
        "Rotherham lies 6 miles N. E. from Sheffield.",
    ],
)
def test_an_old_gazetteer_s_spaced_and_bracketed_compass_point(text):
    [check] = check_claims(text)
    assert check.claim.direction == "NE"
    assert (check.target.name, check.origin.name) == ("Rotherham", "Sheffield")


def test_a_hyphened_pair_after_distance_is_the_pair_measured():
    text = "Is the distance Vienna-Bratislava 56km/35 miles the shortest between two capitals?"
    assert _ends(text) == ("Bratislava", "Vienna")
    # a hyphened pair before a road's noun is the road's name, and its length no claim
    assert check_claims("The Vienna-Bratislava road is 56 km long.") == []


def test_equidistant_from_two_places_is_a_claim_for_each():
    text = "Gujranwala is 25 km equidistant from Lahore and from Sialkot."
    origins = [c.origin.name for c in check_claims(text)]
    assert origins == ["Lahore", "Sialkot"]


def test_a_start_named_after_the_destination_is_the_reference():
    # "rode N km to X from Y": Y is where the figure is counted from
    assert _ends("Today we rode 91 km to Agadir from Tiznit.") == ("Agadir", "Tiznit")
    assert _ends("We drove 400 km to Lyon from Paris on Sunday.") == ("Lyon", "Paris")
    # a relative "from where" after the destination names no start
    assert _ends("The bus covers 91 km to Agadir, from where ferries leave.") == ("Agadir", None)


def test_an_anaphors_kind_is_its_head_noun_not_a_noun_before_it():
    # "country town" is a town: the head noun is the last one ("a country" is a modifier)
    text = "We reached Obidos by noon. This quiet country town is some 50 miles north of Lisbon."
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Óbidos"
    assert check.origin is not None and check.origin.name == "Lisbon"


def test_a_time_fronted_before_the_subject_leaves_the_subject_located():
    assert _ends("Today Tver lies about 160 km north of Moscow.") == ("Tver", "Moscow")


@pytest.mark.parametrize(
    "text",
    [
        # an encyclopedia's "N km (M mi), by road, DIR of X": the mode set off by commas
        "Mityana lies about 70 km (43 mi), by road, west of Kampala.",
        "Mityana is located approximately 70 kilometres, by road, west of Kampala.",
        "Mityana is approximately 70 kilometres (43 mi) by road, west of Kampala.",
    ],
)
def test_a_route_mode_set_off_by_commas_keeps_the_claim(text):
    [check] = check_claims(text)
    assert (check.claim.target.text, check.claim.origin.text) == ("Mityana", "Kampala")
    assert check.claim.direction == "W" and check.claim.route == "road"


def test_a_route_mode_before_in_the_compass_point_keeps_the_claim():
    # "N km by road in the north east of X": "in the" as well as "to the"
    text = "Teruel lies 300 kilometers by road in the south east of Zaragoza."
    [check] = check_claims(text)
    assert (check.claim.target.text, check.claim.origin.text) == ("Teruel", "Zaragoza")
    assert check.claim.direction == "SE" and check.claim.route == "road"


@pytest.mark.parametrize(
    "text",
    [
        # a figure cut from a way, not the way
        "The new tunnel shaves 20 km off the old road between Annecy and Chambery.",
        "The bypass saves 12 km on the trip from Annecy to Chambery.",
        # the length of a network among three towns
        "The bus company runs a network of 400km between Annecy, Chambery and Valence.",
        # between two vessels, with no place named
        "A trawler stood by a mile from the stricken ship while the crew was lifted off.",
        "The lifeboat was two miles from the stricken vessel when the crew saw flares.",
    ],
)
def test_a_figure_cut_a_network_or_a_gap_between_vessels_is_no_claim(text):
    assert check_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Around the volcano the exclusion zone is at a radius of 7 km from the peak.",
        "Police cleared every village inside a danger zone of 8 km from the vent.",
        "The exclusion zone extends to 30 km from the plant.",
    ],
)
def test_a_zones_radius_is_no_distance_between_places(text):
    assert check_claims(text) == []


def test_a_place_in_a_zone_keeps_its_distance():
    text = "The village of Kuta sits in the red zone 12 km south of Mount Agung."
    assert _ends(text) == ("Kuta", "Mount Agung")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a superlative's noun is the place its copula names; the figure runs from the
        # place the text is about, unnamed here
        ("The nearest big city is Almaty, the largest in the country, some 250 km away.",
         ("Almaty", None)),
        ("The nearest big town is Osh, about 300 km away.", ("Osh", None)),
    ],
)  # fmt: skip
def test_the_nearest_place_is_the_name_its_copula_gives(text, ends):
    assert _ends(text) == ends


def test_a_length_of_road_between_two_places_is_a_route_claim():
    # "N km of road" before a compass point: the road's length from the reference
    [check] = check_claims("Oruro lies 230 km of road south of La Paz.")
    assert (check.claim.target.text, check.claim.origin.text) == ("Oruro", "La Paz")
    assert check.claim.direction == "S" and check.claim.route is not None
    # road built is the work's length, no separation
    assert find_claims("The crews laid 40 km of road north of the border.") == []


def test_the_nearest_place_with_its_distance_in_brackets_is_a_claim_from_an_unnamed_place():
    [check] = check_claims("Its closest rail halt is Wardha (25 km).")
    assert check.claim.target.text == "Wardha" and check.claim.origin is None
    assert check.verdict == "unresolved"
    # a length in brackets after a name, with no nearest place told, is no claim
    assert find_claims("The river Godavari (1,465 km) flows east.") == []


def test_the_state_capital_resolves_through_a_state_named_later_in_its_sentence():
    # Austin is the capital of Texas (the table in mapper/data/region_capitals.csv)
    [check] = check_claims("The state capital is about 120 km from San Antonio, Texas.")
    assert check.target is not None and check.target.name == "Austin"
    assert check.target.admin1 == "Texas"


def test_the_capital_of_a_region_the_table_lacks_is_unresolved_not_the_countrys():
    # the table of regions' capitals (mapper/data/region_capitals.csv) has no Russian
    # republics: "the capital of Bashkortostan" is Ufa, never the country's capital
    [check] = check_claims("Sterlitamak lies 120 km south of the capital of Bashkortostan.")
    assert check.origin is None and check.verdict == "unresolved"
    assert "Bashkortostan" in (check.unresolved_reason or "")


@pytest.mark.parametrize(
    "text",
    [
        "Cafayate lies some 160 km to the south of the capital of Salta province.",
        "Cafayate lies some 160 km to the south of the capital of Salta Province.",
        # fronted: the name after the comma is the subject, its verb right after it
        "Set some 160 km to the south of the capital of Salta province, Cafayate sits among vines.",
    ],
)
def test_the_capital_of_a_region_the_table_lacks_is_the_sizeable_city_named_after_it(text):
    # Salta province is not in mapper/data/region_capitals.csv; the city of Salta, its
    # capital, is GeoNames 3838233 at 24.80645 S 65.41999 W (population 520,683)
    [check] = check_claims(text)
    assert check.origin is not None and check.origin.kind == "city"
    assert (
        Geodesic.WGS84.Inverse(-24.80645, -65.41999, check.origin.lat, check.origin.lon)["s12"]
        < 1_000.0
    )
    assert check.target is not None and check.target.name == "Cafayate"


@pytest.mark.parametrize(
    "text",
    [
        "Leeds and York have long been rivals. These two cities are separated by just 40 km.",
        # a name qualifying the anaphor is no end of its own
        "Leeds and York are rivals. These two Yorkshire cities are separated by just 40 km.",
        "Leeds is big. York is old. The two cities are separated by some 40 km of moor.",
    ],
)
def test_a_pair_anaphor_stands_for_the_two_places_named_before(text):
    [check] = check_claims(text)
    assert (check.origin.name, check.target.name) == ("Leeds", "York")
    assert check.claim.stated_km == 40.0


def test_a_pair_anaphor_with_no_two_places_before_stays_unresolved():
    [check] = check_claims("The two cities are separated by just 40 km.")
    assert check.verdict == "unresolved"
    assert "two places not named before it" in check.unresolved_reason


def test_a_noun_anaphor_before_a_relative_clause_is_the_located_place():
    text = "Etna erupted. Smoke from the volcano, which lies 30 km north of Catania, drifted east."
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "the volcano"
    assert (check.target.name, check.origin.name) == ("Mount Etna", "Catania")
    # a noun that names no kind of place leaves the clause's subject unnamed
    [check] = check_claims("Rebels led the assault, which took place 80 km from Goma.")
    assert check.claim.target is None


def test_it_at_the_end_of_a_sentence_is_the_place_the_sentence_named_first():
    text = "The new railway links Mombasa to Nairobi in Kenya, 440 km away from it."
    [check] = check_claims(text)
    assert (check.origin.name, check.target.name) == ("Mombasa", "Nairobi")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # a figure "away" or toward a compass point, with nothing after it to measure
        # from, runs from the place the sentence before is about
        ("Whitby is a fishing port on the moors' edge. Scarborough, 30 km to the southeast, "
         "is the larger resort.", "Whitby"),
        ("Kendal sits at the edge of the hills. Ambleside lies some 20 km away.", "Kendal"),
        # ... its subject, after a fronted participle's phrase, not the place inside it
        ("Lying north of Harrogate, Ripon is a small cathedral city. Thirsk, 17 km to the "
         "northeast, holds a market.", "Ripon"),
    ],
)  # fmt: skip
def test_an_unsaid_reference_is_the_place_the_sentence_before_is_about(text, origin):
    [check] = check_claims(text)
    assert check.claim.origin is None  # the text never writes it
    assert check.origin is not None and check.origin.name == origin


@pytest.mark.parametrize(
    "text",
    [
        # nothing before it: the reference stays unsaid
        "Scarborough, 30 km to the southeast, is the larger resort.",
        # a figure measured "from" something unnamed is not "away"
        "Whitby is a fishing port. Scarborough is 30 km from the lighthouse.",
    ],
)
def test_an_unsaid_reference_with_nothing_to_stand_for_stays_unresolved(text):
    [check] = check_claims(text)
    assert check.origin is None or check.origin.name != "Whitby"


def test_a_line_of_figures_with_no_subject_places_what_the_sentence_before_is_about():
    text = "Vannes sits on a gulf of the Atlantic. About 105 km west of Rennes, 55 km from Lorient."
    first, second = check_claims(text)
    for check in (first, second):
        assert check.claim.target is None and check.claim.target_unsaid  # never written
        assert check.target is not None and check.target.name == "Vannes"
    assert (first.origin.name, second.origin.name) == ("Rennes", "Lorient")
    # GeoNames: Vannes (47.65688, -2.76205), Lorient (47.74817, -3.37177): GeographicLib
    # gives 46.9 km
    line = Geodesic.WGS84.Inverse(47.65688, -2.76205, 47.74817, -3.37177)
    assert second.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)


def test_a_figure_opening_a_sentence_with_more_words_or_nothing_before_keeps_no_subject():
    # nothing before it: the place stays unsaid
    first = check_claims("About 105 km west of Rennes, 55 km from Lorient.")[0]
    assert not first.claim.target_unsaid and first.target is None
    # a verb and a subject of its own after the figure: no line of figures
    [check] = check_claims("Vannes sits on a gulf. About 105 km west of Rennes lies a port.")
    assert not check.claim.target_unsaid and check.target is None


def test_from_a_described_place_to_another_names_both_ends():
    # "from the port of X to the market town of Y, a distance of N": past the descriptions
    text = "Trains go from the port of Goole to the market town of Malton, a distance of 70km."
    [check] = check_claims(text)
    assert (check.claim.origin.text, check.claim.target.text) == ("Goole", "Malton")
    # the control: "from the ports of A and B" lists one side of a way, not its two ends
    text = "Wool went out from the ports of Goole and Whitby to mills far inland, some 300 km away."
    [check] = check_claims(text)
    assert check.measured_km is None  # never Goole to Whitby


@pytest.mark.parametrize(
    "text",
    [
        # a way the sentence before told, then "the" trip's figure with no place of its own
        "The new line will connect Annecy with the city of Valence. Riders will cover the "
        "160-kilometre journey in two hours.",
        "The classic road trip runs from Annecy to Valence. Allow three hours to drive the 200 km.",
        # "links X to Y, a distance of N"
        "The road links Annecy to Valence, a distance of 160 km.",
    ],
)
def test_a_figure_of_the_way_told_before_runs_between_its_ends(text):
    [check] = check_claims(text)
    assert (check.claim.origin.text, check.claim.target.text) == ("Annecy", "Valence")
    assert check.claim.route is not None  # a way travelled, not a straight line


def test_a_place_passed_on_the_way_is_not_an_end():
    for text in (
        "A 230 km trip from Oulu via Kajaani to Kuopio takes a day.",
        "The drive from Oulu through Kajaani to Kuopio is 290 km.",
    ):
        [check] = check_claims(text)
        assert (check.claim.origin.text, check.claim.target.text) == ("Oulu", "Kuopio"), text


def test_a_bare_description_before_a_comma_and_a_name_gives_the_name():
    # "north of state capital, X": no article, the name after the comma
    [check] = check_claims("Hamirpur lies about 50 kilometres south of district town, Kangra.")
    assert check.claim.origin is not None and check.claim.origin.text == "Kangra"
    # the control: "the capital, X" after a fronted phrase is the sentence's subject
    text = "Lying 60 kilometers south of the capital, Hamirpur has cooler air."
    assert check_claims(text)[0].claim.target.text == "Hamirpur"


def test_the_place_after_a_name_of_who_holds_it_is_the_reference():
    # "from Likasi-controlled Kamina": the town, not the capital that holds it
    [check] = check_claims("Kalemie lies 20 km from Likasi-controlled Kamina.")
    assert check.claim.origin is not None and check.claim.origin.text == "Kamina"


def test_names_near_a_place_each_with_a_figure_in_brackets_are_measured_from_it():
    text = (
        "Villarrica is close to three mountain towns - Curacautin (130 kilometres), "
        "Lonquimay (170 kilometres) and Pucon (25 kilometres)."
    )
    checks = check_claims(text)
    assert [c.claim.target.text for c in checks] == ["Curacautin", "Lonquimay", "Pucon"]
    assert {c.claim.origin.text for c in checks} == {"Villarrica"}
    # GeoNames: Villarrica (-39.28569, -72.2279), Pucon (-39.28223, -71.95427):
    # GeographicLib gives 23.6 km
    line = Geodesic.WGS84.Inverse(-39.28569, -72.2279, -39.28223, -71.95427)
    assert checks[2].measured_km == pytest.approx(line["s12"] / 1000, abs=1.0)
    # a compass point's place, then the figure in brackets
    [check] = check_claims("Villarrica lies west of Pucon (around 25 km), on the lake.")
    assert (check.claim.target.text, check.claim.origin.text) == ("Villarrica", "Pucon")
    # the words of nearness may lead straight into the list
    checks = check_claims("Temuco lies close to Pucon (100 km) and Angol (110 km).")
    assert [c.claim.target.text for c in checks] == ["Pucon", "Angol"]
    assert {c.claim.origin.text for c in checks} == {"Temuco"}
    # ... also the longer ones, which reach further back from the first name
    for near in (
        "lies in the proximity of",
        "is prized for its proximity to",
        "is within easy reach of",
    ):
        checks = check_claims(f"Temuco {near} Pucon (100 km) and Angol (110 km).")
        assert [c.claim.target.text for c in checks] == ["Pucon", "Angol"], near
    # the control: names with bracketed figures and no word of nearness are sizes
    assert check_claims("Lakes such as Caburgua (84 km) and Colico (60 km) fill the valleys.") == []


def test_a_pronoun_after_a_fronted_participle_takes_the_sentence_s_subject():
    text = "Located near Harrogate, Ripon is a small cathedral city. It is 17 km from Thirsk."
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Ripon"
    # GeoNames: Ripon (54.1362, -1.5237), Thirsk (54.2330, -1.3424): GeographicLib gives
    # 15.9 km between them
    line = Geodesic.WGS84.Inverse(54.1362, -1.5237, 54.2330, -1.3424)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)


@pytest.mark.parametrize(
    "text",
    [
        "Hexham lies 35 km (22 mi) west of Newcastle, 40 km (25 mi) by road.",
        "Hexham lies 35 km west of Newcastle and 40 km by road.",
        "Hexham lies 35 km west of Newcastle, or 40 km by rail.",
    ],
)
def test_a_second_figure_by_road_restates_the_same_two_places(text):
    straight, route = check_claims(text)
    for check in (straight, route):
        assert check.claim.target is not None and check.claim.target.text == "Hexham"
        assert check.claim.origin is not None and check.claim.origin.text == "Newcastle"
    # the compass figure is a straight line; the second, by road or rail, is a route
    assert straight.claim.route is None and straight.verdict != "route not checked"
    assert route.claim.route in ("road", "rail") and route.claim.value == 40


def test_a_figure_by_foot_in_a_clause_of_its_own_is_no_restatement():
    text = "Hexham lies 35 km west of Newcastle, and walkers cover 40 km by foot."
    assert [c.value for c in find_claims(text)] == [35]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Montenegro's capital lies some 50 km southeast of Niksic.", "Podgorica"),
        # ... after a dash that sets off the city's own name, the subject is the capital
        ("Podgorica - Montenegro's capital city is some 50 km southeast of Niksic.",
         "Podgorica"),
    ],
)  # fmt: skip
def test_a_country_s_capital_as_the_located_place_is_found_through_the_country(text, capital):
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == capital
    # GeoNames: Podgorica (42.44124, 19.26309); Nikšić (42.7731, 18.94446)
    line = Geodesic.WGS84.Inverse(42.44124, 19.26309, 42.7731, 18.94446)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)
    # a country's coast is not its capital: the country stays what the text names
    [coast] = check_claims("Montenegro's coast is some 50 km from Niksic.")
    assert coast.claim.target is not None and coast.claim.target.text == "Montenegro"


def test_a_compass_point_without_of_still_names_the_reference():
    [check] = check_claims("Rauma lies 45 km south Pori.")  # a compass word without "of"
    assert check.claim.direction == "S"
    assert check.claim.origin is not None and check.claim.origin.text == "Pori"
    # GeoNames: Rauma (61.12724, 21.51127); Pori (61.48072, 21.78518)
    line = Geodesic.WGS84.Inverse(61.12724, 21.51127, 61.48072, 21.78518)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)
    # an abbreviated point before a capitalised name is read as a point too
    [claim] = find_claims("Rauma is a port town located 45 km SW Pori.")
    assert claim.direction == "SW"


def test_a_compass_point_ending_the_clause_names_no_reference():
    [check] = check_claims("Rauma lies 45 km south, and Pori lies north.")
    assert check.claim.origin is None


def test_the_subject_past_a_relative_clause_and_a_region_is_the_located_place():
    # "X, which ..., is a port in Y, N km north of Z": X, not the region before the
    # figure's comma (GeoNames: Kokkola (63.83847, 23.13066); Vaasa (63.096, 21.61577))
    [check] = check_claims(
        "Kokkola, which locals call the chemical town, is a port in Central Ostrobothnia, "
        "some 120 kilometres north of Vaasa."
    )
    assert check.target is not None and check.target.name == "Kokkola"
    line = Geodesic.WGS84.Inverse(63.83847, 23.13066, 63.096, 21.61577)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)


def test_a_name_after_said_before_a_town_in_apposition_is_a_person_not_the_place():
    text = (
        '"The road is closed," said Wibowo, a police officer in Sukabumi, about 25 km west '
        "of Cianjur."
    )
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "Sukabumi"
    # GeoNames: Sukabumi (-6.91806, 106.92667); Cianjur (-6.82222, 107.13944)
    line = Geodesic.WGS84.Inverse(-6.91806, 106.92667, -6.82222, 107.13944)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)


def test_the_capital_in_a_fronted_phrase_is_the_capital_of_the_subject_s_country():
    # "Situated N km north of the capital, X offers ...": X is the subject, not the
    # capital's name in apposition, and the capital is that of X's country
    [check] = check_claims(
        "Situated only 30 kilometres north of the capital, Nsawam offers a quiet market."
    )
    assert check.target is not None and check.target.name == "Nsawam"
    assert check.origin is not None and check.origin.name == "Accra"
    # GeoNames: Nsawam (5.80893, -0.35026); Accra (5.55602, -0.1969)
    line = Geodesic.WGS84.Inverse(5.80893, -0.35026, 5.55602, -0.1969)
    assert check.measured_km == pytest.approx(line["s12"] / 1000, abs=2.0)
    # the capital's own name in apposition, then the subject
    [named] = check_claims(
        "Situated only 30 kilometres north of the capital, Accra, the town of Nsawam is quiet."
    )
    assert (named.claim.origin.text, named.claim.target.text) == ("Accra", "Nsawam")


@pytest.mark.parametrize(
    "text",
    [
        # a radius around an unnamed point
        "Waves from a quake this strong can harm coasts within a hundred kilometres of the "
        "epicentre, the agency said.",
        # a way travelled, in a sentence that names no place
        "Over the season the research ship covered a distance of 31 thousand nautical miles.",
        "The old steamer logged some 4,000 miles that summer.",
    ],
)
def test_a_radius_or_a_way_travelled_with_no_place_is_no_claim(text):
    assert find_claims(text) == []


def test_a_radius_or_a_way_travelled_between_named_places_stays_a_claim():
    [claim] = find_claims("The research ship covered 300 km from Tromso to Hammerfest.")
    assert (claim.origin.text, claim.target.text) == ("Tromso", "Hammerfest")
    [claim] = find_claims("It lies within 10 km of the border.")  # a pronoun is a place
    assert claim.target is not None and claim.target.text == "It"


@pytest.mark.parametrize(
    "text",
    [
        "The phone masts stand roughly 2 km apart along the motorway.",
        "Survey crews drilled the wells 300 metres apart.",
    ],
)
def test_things_spaced_apart_with_no_place_named_are_no_claim(text):
    assert find_claims(text) == []


def test_unnamed_places_apart_stay_a_claim_left_unresolved():
    # a place noun says the figure parts two places, though the text does not name them
    [check] = check_claims("The two villages lie 8 km apart.")
    assert check.verdict == "unresolved"


def test_a_figure_in_versts_is_a_claim_in_that_unit():
    # Russian travel writing before 1918 measures in versts (1.0668 km each)
    [check] = check_claims("Bogolyubovo lies about 10 versts east of Vladimir.")
    assert (check.claim.unit, check.claim.value) == ("verst", 10.0)
    assert check.claim.stated_km == pytest.approx(10.668)
    assert (check.claim.target.text, check.claim.origin.text) == ("Bogolyubovo", "Vladimir")
    # ... and a line's length in versts is a size, no claim
    assert find_claims("The new canal is 40 versts long.") == []


def test_a_place_reached_after_a_figure_is_the_end_of_that_way():
    [check] = check_claims("Leaving Sarlat, you come to Domme after 12 km.")
    assert (check.claim.origin.text, check.claim.target.text) == ("Sarlat", "Domme")
    assert check.claim.travel and check.verdict == "route not checked"
    # the figure told first: the place reached is its end, the start left unsaid
    [claim] = find_claims("After 12 km you come to Domme.")
    assert claim.target.text == "Domme" and claim.origin is None


def test_a_peoples_adjective_in_a_description_keeps_the_name_it_describes():
    # in a fronted "In X, ..." phrase the description is all that ties the figure to X
    text = "In Tavira, a Portuguese fishing port some 30 km east of Faro, we ate grilled sardines."
    [check] = check_claims(text)
    assert (check.claim.target.text, check.claim.origin.text) == ("Tavira", "Faro")


def test_towns_each_a_figure_from_one_unsaid_place_are_not_measured_from_each_other():
    # the region the sentence is about goes unsaid; neither airport is the other's reference
    text = (
        "The nearest airports are at Limoges, 45 miles to the north, and Clermont, 70 miles "
        "to the east."
    )
    first, second = check_claims(text)
    assert first.claim.origin is None and second.claim.origin is None
    assert second.verdict == "unresolved"


def test_towards_a_compass_point_without_the_is_a_direction_not_a_destination():
    text = "Pontefract lies 20 km from Leeds and 5 km from Castleford towards south-east of Leeds."
    first, second = check_claims(text)
    assert first.claim.target.text == second.claim.target.text == "Pontefract"
    assert second.claim.origin.text == "Castleford"


@pytest.mark.parametrize(
    "text",
    [
        "From Leeds it is 30 km to Malton and a further 25 km to Whitby.",
        "It is 30 km by the old road to Malton and another 25 km to Whitby.",
        "It is 30 km to Malton and another 25 km to Whitby.",
    ],
)
def test_a_further_leg_runs_from_the_place_the_leg_before_reached(text):
    *_, leg = check_claims(text)
    assert leg.claim.target.text == "Whitby"
    assert leg.claim.origin is not None and leg.claim.origin.text == "Malton"


@pytest.mark.parametrize("way", ["by road", "by the A169", "by Highway 12"])
def test_a_figure_by_a_named_road_to_a_place_is_a_route_to_it(way):
    [check] = check_claims(f"From Leeds it is 40 km {way} to Malton.")
    assert (check.claim.origin.text, check.claim.target.text) == ("Leeds", "Malton")
    assert check.claim.route == "road" and check.verdict == "route not checked"


@pytest.mark.parametrize(("way", "mode"), [("by sea", "sea"), ("by ferry", "sea")])
def test_a_figure_by_water_to_a_place_measures_to_it(way, mode):
    # the ways after "by" are one list for the figure's mode and for the place it runs to:
    # a harbour "80 km by sea to" another names both ends of a crossing
    [check] = check_claims(f"The harbour of Stornoway is some 80 km {way} to Ullapool.")
    assert (check.claim.target.text, check.claim.origin.text) == ("Stornoway", "Ullapool")
    assert check.claim.route == mode and check.verdict == "route not checked"


def test_an_abbreviated_compass_point_ending_the_clause_is_a_direction():
    [claim] = find_claims("We sailed on to Stornoway, some 60 nautical miles NNW.")
    assert (claim.value, claim.unit, claim.direction) == (60.0, "nmi", "NNW")
    # ... with no place after it, it runs from the place the sentence before is about
    [check] = check_claims("Kendal sits at the edge of the hills. Ambleside lies some 20 km NW.")
    assert check.claim.direction == "NW"
    assert check.origin is not None and check.origin.name == "Kendal"


# Published points (Wikipedia infoboxes, as in data/sites.csv and mapper/data/features.csv):
# Hierapolis (37.925, 29.12583), Nineveh (36.3594, 43.1528), Gelati Monastery (42.29472,
# 42.76806), Dougga (36.42222, 9.21833).
@pytest.mark.parametrize(
    ("text", "site", "point"),
    [
        ("Hierapolis was a Roman spa town. The ruins lie about 18 km north of Denizli.",
         "Hierapolis", (37.925, 29.12583)),
        # a famous site the curated features file holds as an area
        ("Nineveh was an Assyrian city on the Tigris. The ruins lie roughly 80 km west of Erbil.",
         "Nineveh", (36.3594, 43.1528)),
        ("Gelati was founded by King David IV. The monastery stands about 8 km north-east of "
         "Kutaisi.", "Gelati Monastery", (42.29472, 42.76806)),
    ],
)  # fmt: skip
def test_a_heritage_noun_refers_back_to_the_site_named_before(text, site, point):
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == site
    assert _metres(check.target, point) < 1_000


@pytest.mark.parametrize(
    "subject",
    ["The 4,808-metre (15,774 ft) mountain", "The 15,774-foot mountain", "The snow-capped peak"],
)
def test_an_anaphor_with_a_height_before_its_noun_refers_back(subject):
    # Mont Blanc, Wikipedia's infobox: 45 deg 49' 58" N, 6 deg 51' 54" E (45.8328, 6.865);
    # a height before the noun ("the 4,808-metre mountain") is a word of the phrase
    text = f"Mont Blanc rises on the French border. {subject} stands about 12 km south of Chamonix."
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == subject
    assert check.target is not None and _metres(check.target, (45.8328, 6.865)) < 1_000


@pytest.mark.parametrize("comment", ["To be exact,", "Strictly speaking,", "More exactly,"])
def test_a_comment_on_the_telling_before_the_pronoun_keeps_its_referent(comment):
    text = f"Dougga lies in northern Tunisia. {comment} it stands a little under 100 km from Tunis."
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "it"
    assert check.target is not None and check.target.name == "Dougga"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Plano grew up as a suburb some 20 miles north of Downtown Dallas.", "Dallas"),
        ("Watford is a commuter town some 15 miles north-west of Central London.", "London"),
    ],
)
def test_a_part_of_the_town_before_its_name_leaves_the_town_as_the_reference(text, town):
    [check] = check_claims(text)
    assert check.origin is not None and check.origin.name == town


def test_an_abbreviated_compass_point_without_of_runs_from_the_town_after_it():
    [check] = check_claims("The town of Penipe lies some 20 km NE Riobamba.")
    assert check.claim.direction == "NE"
    assert check.origin is not None and check.origin.name == "Riobamba"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # invented works' names: their words are a person's ("Halvard Lund") or common
        # English ("Kestrel Ridge"), yet the noun after them makes them a site's name
        (
            "The Halvard Lund gas field lies in the Norwegian Sea, about 200 km west of Bodø.",
            "Halvard Lund gas field",
        ),
        (
            "The Kestrel Ridge copper mine is an open-pit operation in the Atacama Desert, "
            "about 120 km north of Calama.",
            "Kestrel Ridge copper mine",
        ),
        (
            "Kestrel Ridge is a copper mine in the Atacama Desert, about 120 km north of Calama.",
            "Kestrel Ridge",
        ),
        (
            "Tarbet Point is a low headland facing the Moray Firth, 6 miles north of Inverness.",
            "Tarbet Point",
        ),
    ],
)
def test_a_works_or_a_headland_the_sentence_names_is_what_the_figure_places(text, target):
    # the subject is the site, unknown to the gazetteer: left unresolved, never the sea,
    # the desert or the country named after it
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == target
    assert check.target is None
    assert "person" not in (check.unresolved_reason or "")


def test_a_known_works_named_before_its_setting_is_the_place_located():
    # Oyu Tolgoi mine, Wikipedia's infobox: 43 deg 00' 30" N, 106 deg 50' 35" E; the desert
    # named after it is where the mine lies, not what the figure places
    text = (
        "The Oyu Tolgoi mine, a large copper working, lies in the southern Gobi, "
        "some 200 km east of Dalanzadgad."
    )
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "Oyu Tolgoi mine"
    assert check.target is not None and _metres(check.target, (43.00833, 106.84306)) < 25_000


@pytest.mark.parametrize(
    ("text", "target", "point"),
    [
        # Sambir, Wikipedia: 49 deg 31' N, 23 deg 12' E
        (
            "The tanker lorry was bound for Lviv when it exploded near the village of Sambir, "
            "about 75 km south-west of Lviv.",
            "Sambir",
            (49.5167, 23.2),
        ),
        # Munshiganj, Wikipedia: 23 deg 32' N, 90 deg 32' E; also a district's name: the
        # word "town" after it makes it the town, which the figure places
        (
            "A cargo truck was heading for Dhaka when it exploded near Munshiganj town, "
            "about 25 km from Dhaka.",
            "Munshiganj town",
            (23.5333, 90.5333),
        ),
    ],
)
def test_a_place_near_which_a_vehicle_came_to_grief_is_what_the_figure_places(text, target, point):
    # "it exploded near X, N km from Y": the pronoun names the lorry, not a place
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == target
    assert check.target is not None and _metres(check.target, point) < 25_000


@pytest.mark.parametrize(
    ("text", "anaphor", "town"),
    [
        (
            "Snow closed the roads into Idyllwild on Monday. The mountain community lies "
            "some 20 km south-west of Palm Springs.",
            "The mountain community",
            "Idyllwild",
        ),
        (
            "Snow closed the roads into the hill community of Idyllwild. The community is "
            "some 20 km from Palm Springs.",
            "The community",
            "Idyllwild",
        ),
        (
            "Tourists come to Dinant for its citadel. This little Walloon town, some 25 km "
            "south of Namur, fills up in summer.",
            "This little Walloon town",
            "Dinant",
        ),
        (
            "The fair is held in Chillicothe every autumn. This Ohio town lies 45 miles "
            "south of Columbus.",
            "This Ohio town",
            "Chillicothe",
        ),
        # a site by its kind, though the clause places it in a region first
        (
            "Siding Spring Observatory is run by a university. The observatory is located in "
            "the Warrumbungle region, about 27 km west of Coonabarabran.",
            "The observatory",
            "Siding Spring Observatory",
        ),
    ],
)
def test_an_anaphor_with_a_noun_or_a_name_before_its_noun_refers_back(text, anaphor, town):
    # "the mountain community" is a community (the last noun), "this Ohio town" a town
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == anaphor
    assert check.target is not None and check.target.name == town


@pytest.mark.parametrize(
    "text",
    [
        "Its gorges wind over a distance of six kilometres through the limestone.",
        "The cave passages extend over a distance of 4 km under Postojna.",
    ],
)
def test_a_length_something_runs_over_is_no_distance_between_places(text):
    assert check_claims(text) == []
    # "over" as a hedge on how far one place lies from another stays a claim
    [check] = check_claims("Bled lies over 50 km from Ljubljana.")
    assert check.origin is not None and check.origin.name == "Ljubljana"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Tarrow Refinery is an oil refinery in Stallingborough, North Lincolnshire. "
            "It lies some 12 km west of Grimsby.",
            "Tarrow Refinery",
        ),
        (
            "The Kestrel mine is a uranium mine in the Northern Territory. It lies about 8 km "
            "east of Jabiru.",
            "Kestrel mine",
        ),
    ],
)
def test_it_after_a_works_the_gazetteer_lacks_stays_unresolved_not_the_area_around(text, name):
    # invented works: "it" is the works, not the county or territory named after it
    [check] = check_claims(text)
    assert check.target is None
    assert f"refers to {name!r}" in (check.unresolved_reason or "")


def test_the_reserve_refers_back_to_the_game_reserve_named_before():
    text = (
        "Maun is the usual gateway to the Moremi Game Reserve, lying some 95 km south-west "
        "of the reserve."
    )
    [check] = check_claims(text)
    assert check.claim.origin is not None and check.claim.origin.text == "the reserve"
    assert check.origin is not None and check.origin.name == "Moremi Game Reserve"


@pytest.mark.parametrize(
    ("text", "anaphor", "town"),
    [
        (
            "Flames reached the village of Kapandriti on Sunday. By dusk crews had reached "
            "the village, some 30 km from Athens.",
            "the village",
            "Kapandríti",
        ),
        (
            "Smoke covered Fort McMurray on Monday. Cars queued on the only highway out of "
            "the city, some 375 km from Edmonton.",
            "the city",
            "Fort McMurray",
        ),
    ],
)
def test_an_anaphor_the_figure_stands_in_apposition_to_is_the_place_located(text, anaphor, town):
    # the clause's subject (crews, cars) is no place; "the village, N km" places the village
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == anaphor
    assert check.target is not None and check.target.name == town


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Point lies 12 km south of Whitby.", "Kestrel Point"),
        ("Walkers reached Tarbet Spit, some 20 km from Nelson.", "Tarbet Spit"),
    ],
)
def test_an_unknown_name_ending_in_a_coast_s_feature_is_the_place_located(text, name):
    # invented names: a point or a spit is a place, never a person, even in common words
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == name
    assert "person" not in (check.unresolved_reason or "")


def test_it_never_stands_for_a_part_of_the_world():
    # "Central Africa" is a region of the continent: what "it" locates is the clinic
    text = (
        "The clinic was founded by a charity working across Central Africa. It stands some "
        "900 km south-west of Khartoum."
    )
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "It"
    assert check.target is None


def test_an_anaphor_opening_the_clause_after_a_fronted_phrase_is_what_its_figure_places():
    # the fronted phrase holds a relative clause about Pokhara; after its comma a clause
    # of its own opens on "the airfield", which the second figure places
    text = (
        "Set just 5 km from the centre of Pokhara, which is Nepal's second city, the airfield "
        "lies just 20 km from Sarangkot."
    )
    first, second = check_claims(text)
    assert first.claim.target is not None and first.claim.target.text == "the airfield"
    assert second.claim.target is not None and second.claim.target.text == "the airfield"


@pytest.mark.parametrize("comma", ["", ","])
def test_an_anaphor_after_a_fronted_phrase_is_the_subject_the_sentence_before_named(comma):
    # "the island is" opens the clause the figure ends, after a fronted phrase (its comma
    # left out, or not); the island is Norfolk Island, the sentence before's subject
    text = (
        "Norfolk Island is a small volcanic island in the Pacific. Set in the open ocean "
        f"east of New Caledonia{comma} the island is about 1,400 km east of Brisbane."
    )
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "the island"
    assert check.target is not None and check.target.name == "Norfolk Island"


def test_an_unsaid_origin_is_never_the_state_that_holds_the_place_located():
    # the sentence before names Moberly, then its state; "35 miles south" runs from Moberly
    # (39.42 N, 92.44 W), not from Missouri, which holds both
    text = (
        "The man, of Moberly, vanished on Monday, police in Missouri said. He was thought to "
        "be driving to Columbia, about 35 miles south."
    )
    [check] = check_claims(text)
    assert check.origin is not None and check.origin.name == "Moberly"


def test_a_pair_of_towns_before_a_figure_in_apposition_shares_it():
    # Healesville (37.65 S, 145.52 E) and Warburton (37.75 S, 145.69 E): one figure, two
    # places located; a pair the figure lies between keeps its one claim
    text = (
        "Fire crews reached the hill towns of Healesville and Warburton, some 60 km east of "
        "Melbourne, by dawn."
    )
    assert [c.target.name for c in check_claims(text) if c.target] == ["Healesville", "Warburton"]
    [check] = check_claims("Flights between Chico and Oroville, 30 km apart, were cut.")
    assert {check.origin.name, check.target.name} == {"Chico", "Oroville"}


def test_it_is_never_a_country_or_region_a_sentence_before_named_as_where_a_thing_lies():
    # "It" is the abbey town of Kremsmünster (48.05 N, 14.13 E), some 30 km south of Linz;
    # Austria and Bavaria are only where and by whom it was founded
    text = (
        "We walked up to the abbey of Kremsmünster. It was founded in Austria in 777 by a duke "
        "of Bavaria. It lies 35 km south of Linz."
    )
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Kremsmünster"


@pytest.mark.parametrize("note", ["(straight line)", "(straight-line)", "(as the crow flies)"])
def test_a_bracketed_note_on_how_a_figure_is_measured_keeps_its_claim(note):
    # Puno (15.84 S, 70.02 W) from Lima (12.04 S, 77.03 W): about 866 km by GeographicLib
    [check] = check_claims(f"Puno lies about 850 km {note} south-east of Lima.")
    assert (check.target.name, check.origin.name) == ("Puno", "Lima")
    assert check.claim.straight and check.claim.direction is not None
    expected = Geodesic.WGS84.Inverse(-12.04, -77.03, -15.84, -70.02)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, rel=0.01)


def test_the_ruins_of_a_place_after_a_fronted_found_phrase_are_what_it_locates():
    text = (
        "Found 27 km out of Masvingo, its dry-stone walls intact, the ruins of Great Zimbabwe "
        "are a World Heritage Site."
    )
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Great Zimbabwe"


@pytest.mark.parametrize(
    ("text", "located"),
    [
        # a place, then the desert that holds it: the place is located
        (
            "The array stands at Kelbaker in the Mojave Desert of California, 15 km east of "
            "Barstow.",
            "Kelbaker",
        ),
        # a crater's name is a place's, whoever "Henbury" was; the territory only holds it
        (
            "Henbury Crater is a small impact crater in the Northern Territory, about 130 km "
            "south-west of Alice Springs.",
            "Henbury Crater",
        ),
    ],
)
def test_an_area_before_the_figure_is_where_the_place_named_before_it_lies(text, located):
    [check] = check_claims(text)
    assert check.claim.target.text == located
    assert check.verdict == "unresolved" and located in check.unresolved_reason


def test_a_reference_described_with_adjectives_parted_by_commas_is_the_name_after_of():
    # Interlaken (46.686 N, 7.863 E) to Grindelwald (46.624 N, 8.041 E): about 15 km
    [check] = check_claims(
        "Interlaken lies about 15 km west of the quiet, rather sleepy village of Grindelwald."
    )
    assert check.origin is not None and check.origin.name == "Grindelwald"
    expected = Geodesic.WGS84.Inverse(46.624, 8.041, 46.686, 7.863)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=2.0)


def test_an_anaphor_for_a_place_introduced_by_an_unknown_name_says_which_name():
    # "Oberwiesbach" is made up: the reason names it instead of "no earlier mention"
    text = (
        "Crews were sent to the village of Oberwiesbach on Sunday. By the evening the fire "
        "had reached the village, 20 km north of Munich."
    )
    [check] = check_claims(text)
    assert check.verdict == "unresolved"
    assert "Oberwiesbach" in check.unresolved_reason


def test_an_anaphor_right_before_its_figure_stands_for_the_place_named_before():
    # "outside the town 280 kilometres west of X": no comma between the anaphor and the
    # figure, and the town is the one the sentence before named (Hinton, GeoNames
    # 53.40 N 117.59 W; Edmonton 53.55 N 113.47 W: 274 km by GeographicLib)
    text = (
        "Crews lifted an order in the town of Hinton. A week earlier flames had jumped "
        "the breaks outside the town 280 kilometres west of Edmonton."
    )
    [check] = check_claims(text)
    assert (check.target.name, check.origin.name) == ("Hinton", "Edmonton")
    expected = Geodesic.WGS84.Inverse(53.40, -117.59, 53.55, -113.47)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=3.0)
    # ... also with a hedge between them ("this small village only 15 km from X")
    [check] = check_claims(
        "Buses stop in the village of Grindelwald. Hotels fill fast in this small village "
        "only 15 km from Interlaken."
    )
    assert (check.target.name, check.origin.name) == ("Grindelwald", "Interlaken")


def test_a_reference_named_with_who_holds_it_is_still_the_reference():
    [check] = check_claims("The village lies about 30 km east of Russian-held Melitopol.")
    assert check.origin is not None and check.origin.name == "Melitopol"


def test_air_kilometres_are_a_straight_line_figure():
    [claim] = find_claims("Resolute lies 1 550 air km north-west of Iqaluit.")
    assert (claim.stated_km, claim.straight, claim.target.text) == (1550.0, True, "Resolute")


def test_a_headland_named_by_head_is_a_place():
    # a name the gazetteer lacks, so the reason names it (not "names no origin place")
    [check] = check_claims("The trawler sank 25 km east of Sumburgh Head in the storm.")
    assert check.claim.origin is not None and check.claim.origin.text == "Sumburgh Head"
    assert "Sumburgh Head" in check.unresolved_reason


def test_a_place_a_trip_takes_hours_from_is_a_reference_not_the_place_located():
    [claim] = find_claims("The town is a two-hour drive from Lyon, 150 km from Geneva.")
    assert claim.target is not None and claim.target.text == "The town"
    assert claim.origin is not None and claim.origin.text == "Geneva"


def test_also_before_a_fronted_figure_keeps_the_inverted_subject():
    [claim] = find_claims("Also 5 miles from Chinandega lies the colonial town of El Viejo.")
    assert (claim.target.text, claim.origin.text) == ("El Viejo", "Chinandega")


def test_an_anaphor_opening_its_sentence_goes_on_with_the_subject_the_sentence_before_named():
    # "Procida is a small island ..., between ... and Ischia. The island lies ...": Procida
    # (40 deg 46 min N, 14 deg 02 min E), about 24 km from Naples by GeographicLib
    text = (
        "Procida is a small island, lying between the coast of Campania and Ischia. The island "
        "lies about 25 km south-west of Naples."
    )
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Procida"
    expected = Geodesic.WGS84.Inverse(40.767, 14.033, 40.852, 14.268)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=3.0)


def test_one_anaphor_shared_by_two_figures_is_one_place_and_a_border_no_reference():
    # Kasese (0.18 N, 30.08 E) lies about 57 km from Fort Portal; the second figure runs
    # to a border, a line: unresolved, never from Fort Portal again
    text = (
        "Kasese is a town in western Uganda. Located about 60 km south-west of Fort Portal "
        "and 20 km east of the border with Congo, the town is a base for climbers."
    )
    first, second = check_claims(text)
    assert first.target.name == second.target.name == "Kasese"
    assert first.origin.name == "Fort Portal" and second.origin is None


def test_a_noun_anaphor_finds_by_its_kind_a_name_the_parse_passed_over(gazetteer):
    # a parse that missed "Jijiga" (only Harar is a mention): "the city" is the town the
    # sentence before calls a city, looked up as one (Jijiga 9.35 N, 42.80 E)
    text = "Jijiga is a city in the east. Some 75 km east of Harar, the city is large."
    harar = [m for m in parse_document(text, gazetteer=gazetteer).mentions if m.surface == "Harar"]
    [check] = check_claims(Document.from_mentions(text, harar), gazetteer)
    assert check.target is not None and check.target.name == "Jijiga"
    assert check.measured_km == pytest.approx(
        Geodesic.WGS84.Inverse(9.31, 42.12, 9.35, 42.80)["s12"] / 1000, abs=3.0
    )


def test_a_pronoun_goes_on_with_the_subject_after_a_fronted_phrase():
    # "Along with ..., Anguilla left ...": the place after the fronted phrase's comma is the
    # subject; Anguilla (18.22 N, 63.05 W, about 18.2 N 63.07 W in GeoNames) lies about
    # 110 km from Basseterre (17.30 N, 62.72 W) by GeographicLib
    text = (
        "Along with its neighbours, Anguilla left the federation in 1967. It lies about "
        "105 km north of Basseterre."
    )
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Anguilla"
    expected = Geodesic.WGS84.Inverse(18.22, -63.05, 17.30, -62.72)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=8.0)


def test_a_pronoun_may_stand_for_a_territory_its_name_calls_an_island():
    # Norfolk Island, an Australian territory (29.03 S, 167.95 E), is no area where things
    # lie but the thing "It" stands for; Auckland 36.85 S, 174.76 E
    text = (
        "In the end the crew came ashore on Norfolk Island, far from any mainland. It is "
        "about 1,100 km north-west of Auckland."
    )
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Norfolk Island"
    expected = Geodesic.WGS84.Inverse(-29.03, 167.95, -36.85, 174.76)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=5.0)


def test_a_pronoun_takes_the_town_a_sentence_before_calls_a_town_though_no_mention():
    # "Jasper" is a first name too, so the parse passes over it; the sentence before calls
    # it a town, so "It" is the town of that name among the story's places: Jasper,
    # Alberta (52.88 N, 118.08 W), from Edmonton (53.55 N, 113.47 W)
    text = "Jasper is a small town in the Canadian Rockies. It is 365 km west of Edmonton."
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Jasper"
    expected = Geodesic.WGS84.Inverse(52.88, -118.08, 53.55, -113.47)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=5.0)


def test_a_pronoun_for_a_park_the_gazetteer_lacks_stays_unresolved_not_a_mountain_range():
    # the sentence before opens on a park: "It" is that park (not in the gazetteer), never
    # the range the sentence names after it
    text = (
        "Jasper is a huge national park high in the Canadian Rockies. It is 300 km west "
        "of Edmonton."
    )
    [check] = check_claims(text)
    assert check.target is None and check.verdict == "unresolved"
    assert "'Jasper', a national park" in (check.unresolved_reason or "")


def test_an_airport_is_not_named_by_a_part_of_a_country_after_its_town():
    from mapper.gazetteer import default_gazetteer

    # "Cranbrook / Canadian Rockies" is the airport's name; "Canadian Rockies" is the
    # Rocky Mountains' Canadian part, no airport's name alone
    found = default_gazetteer().search("Canadian Rockies", limit=3)
    assert all(c.place.kind != "airport" for c in found)


def test_a_subject_placed_in_a_village_before_the_figure_is_what_the_figure_places():
    # "X lies in a small village N km from Y": the village is X's setting, not a new
    # place; Mahabalipuram (12.62 N, 80.19 E) from Chennai (13.09 N, 80.28 E)
    [check] = check_claims("Mahabalipuram lies in a small village 55 km from Chennai.")
    assert check.target is not None and check.target.name == "Mahabalipuram"
    expected = Geodesic.WGS84.Inverse(12.62, 80.19, 13.09, 80.28)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=3.0)
    # a village seized is a new place, still unnamed
    [seized] = check_claims("Rebels in Goma took a village 20 km from Rutshuru.")
    assert seized.target is None


def test_a_name_in_a_fronted_description_is_no_subject():
    # "Once the seat of ... of Y, X lies ...": X is placed, not Y. Kanchipuram lies about
    # 69 km from Chennai, Mahabalipuram (12.62 N, 80.19 E) about 53 km (13.09 N, 80.28 E)
    text = (
        "Once a busy harbour for the kings of Kanchipuram, Mahabalipuram lies "
        "about 55 km south of Chennai."
    )
    [check] = check_claims(text)
    assert check.target is not None and check.target.name == "Mahabalipuram"
    expected = Geodesic.WGS84.Inverse(12.62, 80.19, 13.09, 80.28)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=3.0)
    # a fronted place with no subject of its own after it is still read as before
    [plain] = check_claims("In Kenya, Nakuru lies 160 km from Nairobi.")
    assert plain.target is not None and plain.target.name == "Nakuru"


def test_a_dash_between_the_figure_and_its_direction_keeps_the_claim():
    # Angkor Wat 13.412 N, 103.867 E; Siem Reap 13.362 N, 103.860 E (about 5.6 km)
    [check] = check_claims("Angkor Wat lies about 5.5 km\u2014north of the town of Siem Reap.")
    assert check.target.name == "Angkor Wat" and check.origin.name == "Siem Reap"
    expected = Geodesic.WGS84.Inverse(13.412, 103.867, 13.362, 103.860)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=1.5)


def test_both_a_and_b_which_are_n_km_apart_is_one_claim_between_them():
    # Toowoomba 27.56 S, 151.95 E; Ipswich (Queensland) 27.61 S, 152.76 E: about 80 km
    [check] = check_claims(
        "The haze reached both Toowoomba and Ipswich, which are about 90 km apart."
    )
    assert {check.origin.name, check.target.name} == {"Toowoomba", "Ipswich"}
    expected = Geodesic.WGS84.Inverse(-27.56, 151.95, -27.61, 152.76)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=3.0)


def test_the_town_of_x_is_a_place_though_a_name_before_reads_x_as_a_person():
    # "The Parkes Observatory" reads "Parkes" as a person's name (a surname); "the town of
    # Parkes" is the town: 33.14 S, 148.18 E, the observatory 33.00 S, 148.26 E
    [check] = check_claims("The Parkes Observatory sits some 20 km north of the town of Parkes.")
    assert check.origin is not None and check.origin.name == "Parkes"
    expected = Geodesic.WGS84.Inverse(-33.00, 148.26, -33.14, 148.18)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=3.0)


def test_a_place_named_inside_the_words_of_an_anaphor_is_the_place():
    # "Khasan" ends like a people's adjective ("Samoan"); "The Khasan station" is the station
    # by its name (42.43 N, 130.64 E), not "the station" of an earlier sentence
    [check] = check_claims("The Khasan station lies 20 km from Tumangang.")
    assert check.target is not None and check.target.kind == "station"
    assert check.target.lat == pytest.approx(42.43, abs=0.05)


def test_a_research_station_written_with_its_kind_word_is_found_by_its_whole_name():
    # Vostok Station 78.46 S, 106.84 E (a curated site), not the Russian village Vostok
    [check] = check_claims("The Vostok station lies some 1,300 km from the South Pole.")
    assert check.target is not None and check.target.country == "AQ"
    expected = Geodesic.WGS84.Inverse(-78.46, 106.84, -90.0, 0.0)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=5.0)
    # a lowercase "base" ends the name too: "Scott base" (77.85 S, 166.77 E)
    [base] = check_claims("Scott base lies roughly 3 km from McMurdo station.")
    assert base.target is not None and base.target.name == "Scott Base"


def test_an_anaphor_that_is_n_km_to_a_place_is_measured_from_that_place():
    # "It is N km to X" places the pronoun's place N km from X, as "Gilgit is 420 km to
    # Kashgar" does: X is the reference, never the place located
    text = "Gilgit is a busy town in the north. It is about 420 km to Kashgar."
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.anaphoric
    assert check.origin is not None and check.origin.name == "Kashgar"
    # Gilgit 35.92 N, 74.31 E; Kashgar 39.47 N, 75.99 E
    expected = Geodesic.WGS84.Inverse(35.92, 74.31, 39.47, 75.99)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=5.0)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # "the capital city of" a town: the town itself, even before a fronted clause's comma
        ("Set about 110 km east of the capital city of Nairobi, Machakos has a busy market.",
         ("Machakos", "Nairobi")),
        ("Machakos lies some 60 km from the capital of Nairobi.", ("Machakos", "Nairobi")),
        # "the capital of" a country stays the country's capital, named or not
        ("Machakos lies some 60 km from the capital of Kenya, Nairobi.", ("Machakos", "Nairobi")),
    ],
)  # fmt: skip
def test_the_capital_of_a_town_is_that_town(text, ends):
    assert _ends(text) == ends
    [check] = check_claims(text)
    # Wikipedia: Nairobi 1 17 11 S 36 49 02 E
    assert _metres(check.origin, (-(1 + 17 / 60 + 11 / 3600), 36 + 49 / 60 + 2 / 3600)) < 25_000


@pytest.mark.parametrize(
    "text",
    [
        "My first posts were Kodiak and Homer. Although they are about 140 miles apart, "
        "no road joins them.",
        "My first posts were Kodiak and Homer. They are about 140 miles apart.",
    ],
)
def test_they_parted_by_a_figure_apart_are_the_two_places_named_before(text):
    [check] = check_claims(text)
    assert {check.origin.name, check.target.name} == {"Kodiak", "Homer"}
    # the geodesic between the two towns' points, by GeographicLib
    g = Geodesic.WGS84.Inverse(
        check.origin.lat, check.origin.lon, check.target.lat, check.target.lon
    )
    assert check.measured_km == pytest.approx(g["s12"] / 1000, rel=1e-6)
    # Wikipedia: Kodiak 57 47 N 152 24 W, Homer 59 39 N 151 33 W: about 213 km apart
    assert check.measured_km == pytest.approx(213, abs=15)


@pytest.mark.parametrize(
    "text", ["We rested 3 km before the summit.", "It broke down 2 km after the gate."]
)
def test_after_or_before_a_thing_is_no_claim(text):
    assert check_claims(text) == []


@pytest.mark.parametrize(
    ("text", "country", "point"),
    [
        # a sure reading abroad gives way where the text names the other end's country:
        # Al Khums (Wikipedia: 32 39 N 14 16 E), not Syria's Homs 2,000 km away
        ("The fishing fleet is based at Homs, some 115 km to the east of Tripoli, Libya.", "LY",
         (32.65, 14.27)),
        # ... and keeps it where the figure fits (Homs, Syria: 34 44 N 36 43 E)
        ("Homs lies 160 km north of Damascus, Syria.", "SY", (34.73, 36.72)),
    ],
)  # fmt: skip
def test_a_namesake_in_the_country_the_text_gives_the_other_end_fits_the_figure(
    text, country, point
):
    [check] = check_claims(text)
    assert check.target.country == country and _metres(check.target, point) < 25_000


def test_a_towns_former_name_measures_from_the_town_today():
    # Barrow, Alaska, has been Utqiagvik since 2016; Wikipedia's infobox gives
    # 71°17'26"N 156°47'19"W. A ZIP code's point filed as "Barrow" lies 110 km south.
    [check] = check_claims("Deadhorse sits some 320 km east of Barrow, Alaska.")
    assert check.origin is not None and check.origin.name == "Utqiagvik"
    line = Geodesic.WGS84.Inverse(check.origin.lat, check.origin.lon, 71.2906, -156.7886)
    assert line["s12"] / 1000 < 5.0


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # Wikipedia: Quebec City 46 49 N 71 13 W; the province's point lies 600 km north
        ("Sherbrooke lies some 190 km to the south-west of Quebec.", (46.81, -71.21)),
        # Wikipedia: Panama City 8 59 N 79 31 W
        ("Colon lies about 60 km north-west of Panama.", (8.98, -79.52)),
    ],
)
def test_an_area_holding_the_other_end_that_a_city_is_named_after_is_the_city(text, city):
    # no text measures a town from the province or country around it: the name is the city's
    [check] = check_claims(text)
    assert check.verdict != "unresolved"
    assert check.origin.kind == "city" and _metres(check.origin, city) < 25_000


def test_a_small_town_an_area_s_name_also_matches_is_not_taken_for_its_city():
    # GeoNames gives Montana City (2,700 people) the alternate name "Montana": no city of
    # the state's name, so the state that holds Billings still leaves the claim unresolved
    [check] = check_claims("Billings is some 300 km from Montana.")
    assert check.verdict == "unresolved" and "inside Montana" in check.unresolved_reason


def test_the_one_told_is_not_the_subject_of_what_they_were_told():
    # "Jackson" names towns too, but here it is the one the aide spoke to; the place
    # located is the airport's town (Wikipedia: Baidoa, 3 07 N 43 39 E)
    [check] = check_claims(
        "An aide told Jackson that the convoy stopped at Baidoa airport, about 240 km "
        "north-west of Mogadishu."
    )
    assert check.target is not None and _metres(check.target, (3.12, 43.65)) < 25_000


def test_a_site_named_with_a_kind_word_of_another_kind_is_still_found():
    # "nuclear plant" asks for a factory; the curated table files power plants as sites.
    # Wikipedia: Hamaoka Nuclear Power Plant 34 37 25 N 138 08 33 E
    [check] = check_claims("The Hamaoka nuclear plant lies about 190 km west-south-west of Tokyo.")
    assert check.target is not None and _metres(check.target, (34.6236, 138.1425)) < 5_000


def test_a_town_s_name_before_a_site_s_noun_is_the_site_the_gazetteer_files():
    # Rafah is a town; "the Rafah crossing" is the border crossing south of it (Wikipedia:
    # Rafah Border Crossing 31 14 49 N 34 15 42 E)
    [check] = check_claims("The Rafah crossing lies some 10 km south-west of Khan Younis.")
    assert check.target is not None and check.target.kind == "site"
    assert _metres(check.target, (31.2469, 34.2617)) < 2_000


def test_a_place_s_name_that_opens_a_company_s_name_is_no_end_of_the_claim():
    # the plant belongs to the company; which plant the sentence does not say
    [check] = check_claims(
        "Shikoku Electric Power Co.'s reactor site, 650 km west of Tokyo, restarted."
    )
    assert check.target is None and check.verdict == "unresolved"


def test_it_after_a_sentence_opened_by_an_unknown_site_s_name_is_that_site_unnamed():
    # the cantonment is not in the gazetteer; the town it lies in is not what "it" is
    [check] = check_claims(
        "Ramgarh Cantonment, home of a Punjab regiment, lies in the town of Ramgarh. It is "
        "about 45 km east of Ranchi."
    )
    assert check.target is None and "Ramgarh Cantonment" in check.unresolved_reason


def test_a_feature_described_right_before_its_figure_is_the_place_located():
    # A curated area (a desert valley) in apposition, "X, a <description> N km of Y": the
    # figure places X. UNESCO entry 1377 gives Wadi Rum at 29 38 23 N 35 26 2 E.
    [check] = check_claims(
        "After lunch we rode a jeep into Wadi Rum, a desert valley roughly 60 km east of Aqaba."
    )
    assert check.target is not None and _metres(check.target, (29.6397, 35.4339)) < 1_000
    assert check.origin is not None and check.origin.name == "Aqaba"
    # a country in the same place is not located: the figure places a point inside it
    [country] = check_claims("The storm crossed Jordan, a small kingdom 60 km east of Haifa.")
    assert country.target is None


def test_an_inverted_sentence_after_a_fronted_phrase_of_where_locates_its_last_name():
    # "At <somewhere>, N km from X, lies Y": the phrase of where is no subject; Y is.
    # GeoNames: Homa Bay -0.52731 34.45714, Kisumu -0.10221 34.76171
    [check] = check_claims("At the north end of the lake, some 40 km from Kisumu, lies Homa Bay.")
    assert check.target is not None and check.target.name == "Homa Bay"
    assert check.origin is not None and check.origin.name == "Kisumu"
    # the geodesic of those points (pyproj Geod WGS84): 57.96 km
    assert check.measured_km is not None and abs(check.measured_km - 58.0) < 0.5


def test_a_stadium_and_a_ski_resort_are_sites_a_claim_can_measure_from():
    # Curated rows (data/sites.csv): Estadio Azteca 19 18 10 N 99 09 02 W and Whistler
    # Blackcomb 50 06 30 N 122 56 33 W, both Wikipedia infobox values
    [stadium] = check_claims("Estadio Azteca lies about 16 km south of central Mexico City.")
    assert stadium.target is not None and _metres(stadium.target, (19.3028, -99.1506)) < 1_000
    [resort] = check_claims("Whistler Blackcomb lies about 100 km north of Vancouver.")
    assert resort.target is not None and _metres(resort.target, (50.1083, -122.9425)) < 1_000


def test_a_relative_clause_after_what_a_town_is_the_capital_of_is_about_the_town():
    # "which" hangs on Tacloban, not on Leyte (a small town shares the province's name).
    # GeoNames: Tacloban 11.24333 125.00472, Ormoc 11.00639 124.6075
    [check] = check_claims(
        "Rain flooded Tacloban, the regional capital of Leyte, which lies 54 miles from Ormoc."
    )
    assert check.target is not None and _metres(check.target, (11.24333, 125.00472)) < 1_000
    expected = Geodesic.WGS84.Inverse(11.24333, 125.00472, 11.00639, 124.6075)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=1.0)


def test_a_list_of_places_each_with_its_own_figure_from_one_town():
    # "A, N km DIR of X, B, M km DIR of X, and C, ...": each figure places the name before
    # its comma, and the X of one figure is no member of the next pair. GeoNames: Kęty
    # 49.88214 19.22333, Brzeszcze 49.98203 19.15157, Zator 49.99604 19.43799, Oświęcim
    # 50.03437 19.21037
    checks = check_claims(
        "Three towns lie near Oswiecim: Kety, 17 km south of Oswiecim, Brzeszcze, 9 km "
        "south-west of Oswiecim, and Zator, 16 km east of Oswiecim."
    )
    points = {"Kęty": (49.88214, 19.22333), "Brzeszcze": (49.98203, 19.15157)}
    points["Zator"] = (49.99604, 19.43799)
    assert [c.target.name for c in checks if c.target] == list(points)
    for c in checks:
        expected = Geodesic.WGS84.Inverse(50.03437, 19.21037, *points[c.target.name])["s12"]
        assert c.measured_km == pytest.approx(expected / 1000, abs=0.5)


@pytest.mark.parametrize(
    "text",
    [
        "Although Lyon is bigger, Grenoble lies 100 km south-east of Lyon.",
        "Whereas Lyon sits on two rivers, Grenoble lies 100 km south-east of Lyon.",
    ],
)
def test_a_clause_fronted_on_a_conjunction_is_not_the_subject_s(text):
    # GeoNames: Grenoble 45.17869 5.71479, Lyon 45.74906 4.84789
    [check] = check_claims(text)
    assert check.target is not None and _metres(check.target, (45.17869, 5.71479)) < 2_000
    assert check.origin is not None and _metres(check.origin, (45.74906, 4.84789)) < 2_000


def test_a_pronoun_opening_a_clause_after_comma_and_is_the_place_located():
    # "..., and it is N km west of X": the clause after ", and" has its own subject, the
    # pronoun, not the last name of the clause before (the end of a road here)
    [claim] = find_claims(
        "Its main street joins the old highway to Valencia, and it is about 80 km west of Cuenca."
    )
    assert claim.target is not None and claim.target.text == "it" and claim.target.anaphoric


def test_distant_from_names_the_reference_like_away_from():
    # GeoNames: Boulder 40.01499 -105.27055, Denver 39.73915 -104.9847
    [check] = check_claims("Boulder is some 25 miles distant from Denver.")
    assert check.origin is not None and check.origin.name == "Denver"
    expected = Geodesic.WGS84.Inverse(40.01499, -105.27055, 39.73915, -104.9847)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=1.0)


def test_a_town_s_own_centre_after_its_possessive_is_the_town():
    # "X's city centre, Y is ...": the figure runs from X's centre to Y, the subject after
    # the comma. GeoNames: Wieliczka 49.98738 20.06473, Kraków 50.06143 19.93658
    [check] = check_claims(
        "About 14 km south-east of Krakow's city centre, Wieliczka draws crowds."
    )
    assert check.target is not None and _metres(check.target, (49.98738, 20.06473)) < 2_000
    assert check.origin is not None and _metres(check.origin, (50.06143, 19.93658)) < 2_000
    # a country's centre stays the city named after it
    [other] = check_claims("Bago lies 80 km from Myanmar's commercial centre, Yangon.")
    assert other.origin is not None and other.origin.name == "Yangon"


def test_an_anaphor_right_before_the_figure_beats_an_area_named_earlier():
    # the region before is no point N km from X; the town the figure stands by is, and the
    # sentence before names it. GeoNames: Kaikoura -42.41667 173.68333
    [check] = check_claims(
        "Aid ships reached Kaikoura on Monday. The quake shook central New Zealand and "
        "isolated the coastal town roughly 150km north of Christchurch."
    )
    assert check.target is not None and _metres(check.target, (-42.41667, 173.68333)) < 2_000


def test_a_described_subject_is_the_name_set_off_after_it():
    # the name between dashes, brackets or commas is what the description is of
    for text in (
        "The country's oldest spa town – Baden-Baden – lies about 35 km south-west of Karlsruhe.",
        "The state's best-known spa (Baden-Baden) is some 35 km from Karlsruhe.",
        "Its oldest spa town, Baden-Baden, sits about 35 km south-west of Karlsruhe.",
    ):
        [check] = check_claims(text)
        ends = (
            check.target.name if check.target else None,
            check.origin.name if check.origin else None,
        )
        assert ends == ("Baden-Baden", "Karlsruhe"), text


def test_an_unknown_name_after_a_fronted_phrase_is_the_place_located():
    # the gazetteer knows neither name: the claim still says which place it locates
    [claim] = find_claims("Set some 30 km from Denpasar, Pura Ulun Sari is a quiet temple.")
    assert (claim.target.text, claim.origin.text) == ("Pura Ulun Sari", "Denpasar")
    [claim] = find_claims("Set 40 km south of Seoul, the Hanji Paper Village draws crowds.")
    assert claim.target.text == "Hanji Paper Village"
    # a name wrapped across lines is looked up as one line
    [check] = check_claims("Set 40 km south of Seoul, the Hanji\n   Paper Village draws crowds.")
    assert "no place named 'Hanji Paper Village'" in (check.unresolved_reason or "")


def test_the_place_before_a_bracket_or_a_dashed_aside_holding_the_figure_is_located():
    for text, ends in (
        # "Khorog (on the border, N km from Dushanbe) is ...": the name the bracket follows
        ("Mandalay (on the Irrawaddy, 570 km north of Yangon) is a royal city.",
         ("Mandalay", "Yangon")),
        # "Metema – a border post – is ... N km from X": the name before the dashed aside
        ("Moyale – a market town on the border – lies some 770 km north of Nairobi.",
         ("Moyale", "Nairobi")),
        # a short drive fronted before its goal
        ("Only a quick 70 mile drive from Tucson, the state's second city, Nogales has four "
         "border crossings.", ("Nogales", "Tucson")),
    ):  # fmt: skip
        [claim] = find_claims(text)
        assert (claim.target.text, claim.origin.text) == ends, text


def test_a_town_described_in_apposition_before_the_figure_beats_a_neighbouring_anaphor():
    [check] = check_claims("The hamlet is near Agra, a city 200 km south of Delhi.")
    assert check.target is not None and check.target.name == "Agra"
    # a place named after "next to" with no description is only a neighbour
    [claim] = find_claims("It sits beside the town of Hythe, 20 miles south of Canterbury.")
    assert claim.target.text == "It"


def test_the_noun_joined_by_and_before_of_names_the_reference():
    # "the nearest city and port of X": two nouns of one place, then its name
    [claim] = find_claims("Alice Springs lies 1,500 km from the largest city and port of Darwin.")
    assert (claim.target.text, claim.origin.text) == ("Alice Springs", "Darwin")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The old quarter of Split is about 25 km east of Trogir.", "Split"),
        ("The lower slopes of Vitosha lie only 10 km south of Sofia.", "Vitosha"),
        ("The ruins of Volubilis are some 30 km north of Meknes.", "Volubilis"),
    ],
)
def test_a_part_of_a_named_place_opening_the_clause_is_located_by_that_place(text, name):
    # the part is not in any gazetteer; its place is the nearest point the text names
    [claim] = find_claims(text)
    assert claim.target is not None and claim.target.text == name


def test_a_name_holding_the_subject_is_no_apposed_place():
    # "X is a little island of the Y chain, N km from Z": X is what is located
    [claim] = find_claims("Rota is a quiet island of the Southern Chain about 75 km north of Guam.")
    assert claim.target.text == "Rota"
    # a pronoun subject keeps its place against a belt it lies within
    [claim] = find_claims(
        "It is a rich copper body within the Zambian Copperbelt, about 40 km east of Solwezi."
    )
    assert claim.target.text == "It"


def test_a_dateline_in_capitals_before_a_colon_is_no_located_place():
    # an event after the colon is what the figure places; the dateline is where it was filed
    [check] = check_claims("MANILA: A strong quake struck 90 km south-east of Davao on Monday.")
    assert check.claim.target is None and check.origin is not None
    assert check.origin.name == "Davao"
    # an okina or opening quote before the reference is no gap in the phrase
    [check] = check_claims("A tremor was felt 40 km west of \u2018Eua in Tonga on Sunday.")
    assert check.origin is not None and check.origin.country == "TO"


def test_a_second_figure_of_a_fronted_phrase_shares_its_subject():
    # GeoNames: Nainital 29.39 79.45; Haldwani 29.22 79.51 (hand: about 19.6 km)
    checks = check_claims(
        "Perched some 300 km north-west of Lucknow, the state capital, and just 20 km from "
        "Haldwani, a busy market town, Nainital draws crowds every summer."
    )
    assert [c.claim.target.text if c.claim.target else None for c in checks] == ["Nainital"] * 2
    assert checks[1].measured_km == pytest.approx(19.6, abs=2.0)


def test_towns_each_with_their_own_away_figure_are_not_measured_from_each_other():
    # both are "N km away" from a place the sentence does not name
    checks = check_claims("The nearest towns are Esquel, 90 km away, and Trevelin, 110 km away.")
    assert [c.claim.origin for c in checks] == [None, None]
    assert [c.claim.target.text for c in checks] == ["Esquel", "Trevelin"]


def test_from_a_place_its_n_km_runs_to_the_place_talked_of():
    # GeoNames: Ooty 11.413 76.695; Coimbatore 11.006 76.966 (GeographicLib: 53.95 km)
    [check] = check_claims(
        "Ooty sits high in the Nilgiri hills. From Coimbatore, it's a steep 86 km by road."
    )
    assert check.claim.target.text == "it" and check.target.name == "Ooty"
    assert check.origin.name == "Coimbatore"
    assert check.measured_km == pytest.approx(53.95, abs=0.5)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a fronted distance phrase, then the place it locates
        ("At a distance of 55 km from Jaipur, Ajmer is a busy old town.", ("Ajmer", "Jaipur")),
        # a fronted figure, then a described name
        (
            "Some 20 km north of Kandy, the sacred mountain Aluvihare is much visited.",
            ("Aluvihare", "Kandy"),
        ),
        # a fronted participle, then a time before the subject
        ("Located 160 km west of Shanghai, as of 2010 Suzhou had six million people.",
         ("Suzhou", "Shanghai")),
        # modifiers, then a people's adjective, before the reference's noun
        ("The abbey of Tihany lies 130 km from the historic Hungarian city of Budapest.",
         ("Tihany", "Budapest")),
        # what holds the place, apposed before the figure, is not what is located
        ("Crowds fled when Sinabung, a hikers' spot in Berastagi, 60 km from Medan, erupted.",
         ("Sinabung", "Medan")),
    ],
)  # fmt: skip
def test_fronted_and_described_ends_of_real_sentence_shapes(text, ends):
    [check] = check_claims(text)
    assert (check.claim.target.text, check.claim.origin.text) == ends


def test_a_figure_along_a_road_between_two_towns_is_their_route():
    [check] = check_claims("We drove the 120 km along Highway 2 between Regina and Moose Jaw.")
    assert (check.claim.origin.text, check.claim.target.text) == ("Regina", "Moose Jaw")
    assert check.verdict == "route not checked"


def test_a_district_of_a_city_is_measured_from_the_city():
    # GeoNames: Incheon 37.456 126.705; Seoul 37.566 126.978 (GeographicLib: 27.05 km)
    [check] = check_claims("Incheon lies some 27 km west of the Jung District of Seoul.")
    assert check.origin is not None and check.origin.name == "Seoul"
    assert check.measured_km == pytest.approx(27.05, abs=0.5)


def test_the_city_after_an_airport_named_for_its_city_and_district_is_that_city():
    # "the city centre" is the city the airport's name begins with, past its district;
    # GeoNames: Shanghai 31.222 121.458, the Pudong airport 31.143 121.805 (about 34 km)
    [check] = check_claims("Shanghai Pudong Airport lies about 30 km east of the city centre.")
    assert check.origin is not None and check.origin.name == "Shanghai"
    # an airport's own one-word name names no town
    [check] = check_claims("Heathrow lies 14 miles west of the city centre.")
    assert check.origin is None


def test_a_given_name_before_a_word_for_an_oasis_or_falls_names_a_place_not_a_person():
    # "Liwa" is a given name; "Liwa Oasis" is the place the claim locates, one the
    # gazetteer lacks, and the reason says so rather than calling it a person
    [check] = check_claims("Liwa Oasis lies 220 km south-west of Abu Dhabi.")
    assert check.claim.target is not None and check.claim.target.text == "Liwa Oasis"
    assert "no place named 'Liwa Oasis'" in (check.unresolved_reason or "")


def test_a_name_in_brackets_after_a_reference_noun_is_the_reference():
    # "the nearest big town (Kayes)": the bracket names the town the noun describes;
    # GeoNames 2455216 Kita 13.0389 -9.4882, 2455518 Kayes 14.4478 -11.4439,
    # GeographicLib 262.7 km
    [check] = check_claims("Kita is over 300 km from the nearest big town (Kayes), by a poor road.")
    assert check.origin is not None and check.origin.name == "Kayes"
    assert check.measured_km == pytest.approx(262.7, abs=0.5)


def test_a_name_apposed_to_a_described_subject_is_located_though_a_comma_closes_it():
    # "The old capital of the kingdom, Kandy, sits ...": Kandy, not a capital of
    # somewhere; GeoNames 1241622 Kandy 7.2906 80.6336, 1248991 Colombo 6.9355 79.8487,
    # GeographicLib 95.2 km
    [check] = check_claims("The old royal capital of the kingdom, Kandy, sits 115 km from Colombo.")
    assert check.target is not None and check.target.name == "Kandy"
    assert check.measured_km == pytest.approx(95.2, abs=0.5)


def test_a_stretch_of_road_between_two_towns_is_their_route():
    # GeoNames 2457163 Gao 16.2717 -0.0447, 2461003 Ansongo 15.6597 0.5022: 89.5 km
    # straight, so the 60 km of road is no straight-line claim to judge
    [check] = check_claims("Trucks are ambushed on a 60km stretch of road between Gao and Ansongo.")
    assert (check.claim.origin.text, check.claim.target.text) == ("Gao", "Ansongo")
    assert check.verdict == "route not checked"


def test_a_pair_before_a_plural_verb_is_located_twice_by_one_figure():
    # "A and B are N km north-west of X": one claim for each town of the pair
    checks = check_claims("Fox Creek and Whitecourt lie roughly 200 km north-west of Edmonton.")
    assert [c.claim.target.text for c in checks] == ["Fox Creek", "Whitecourt"]
    assert {c.claim.origin.text for c in checks} == {"Edmonton"}


@pytest.mark.parametrize("anaphor", ["The atoll", "The Atoll"])
def test_an_atoll_is_an_anaphor_for_the_island_named_before(anaphor):
    # Wikipedia: Funafuti 8 31 S 179 12 E, Suva 18 08 S 178 26 E; capitalised or not,
    # "the atoll" is no place named "Atoll" but Funafuti, which the sentence before calls one
    [check] = check_claims(
        f"Funafuti is a coral atoll in the Pacific. {anaphor} lies about 1,050 km north of Suva."
    )
    assert check.claim.target is not None and check.claim.target.text == anaphor
    assert check.target is not None and check.target.name == "Funafuti"
    expected = Geodesic.WGS84.Inverse(-(8 + 31 / 60), 179.2, -(18 + 8 / 60), 178 + 26 / 60)
    assert check.measured_km == pytest.approx(expected["s12"] / 1000, abs=15)


@pytest.mark.parametrize("fronted", ["Surrounded by vineyards", "Home to some 2,000 people"])
def test_it_opening_the_clause_after_a_fronted_phrase_is_what_its_figure_places(fronted):
    # Wikipedia: Riquewihr 48 10 N 7 18 E, Colmar 48 05 N 7 22 E (about 12 km apart)
    text = f"Riquewihr is a small wine town in Alsace. {fronted}, it lies 12 km from Colmar."
    [check] = check_claims(text)
    assert check.claim.target is not None and check.claim.target.text == "it"
    assert check.target is not None and check.target.name == "Riquewihr"
