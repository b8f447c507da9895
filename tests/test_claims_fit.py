"""The stated figure decides between readings of an ambiguous name; a postal code after a
name qualifies it. Sentences written for these tests; expected distances from
GeographicLib."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic

from mapper.claims import check_claim, check_claims, find_claims
from mapper.claims.fit import fit_to_figure
from mapper.gazetteer import default_gazetteer
from mapper.model import Place

PERTH_AU = Place("Perth", lat=-31.95224, lon=115.8614, country="AU")  # GeoNames 2063523
PERTH_GB = Place("Perth", lat=56.39522, lon=-3.43139, country="GB")  # GeoNames 2640358
EDINBURGH = Place("Edinburgh", lat=55.95206, lon=-3.19648, country="GB")  # GeoNames 2650225


def test_a_reading_the_figure_fits_replaces_one_thousands_of_km_off() -> None:
    [claim] = find_claims("Perth is about 60 km north of Edinburgh.")
    pair = fit_to_figure(claim, EDINBURGH, [EDINBURGH], PERTH_AU, [PERTH_AU, PERTH_GB])
    assert pair == (EDINBURGH, PERTH_GB)


def test_a_reading_within_four_times_the_figure_is_kept() -> None:
    [claim] = find_claims("Perth is about 60 km north of Edinburgh.")
    km = Geodesic.WGS84.Inverse(EDINBURGH.lat, EDINBURGH.lon, PERTH_GB.lat, PERTH_GB.lon)
    assert 60 / 4 < km["s12"] / 1000 < 60 * 4  # 51.5 km: within four times 60, no switch
    assert fit_to_figure(claim, EDINBURGH, [EDINBURGH], PERTH_GB, [PERTH_GB, PERTH_AU]) is None


def test_no_reading_fits_keeps_the_chosen_one() -> None:
    [claim] = find_claims("Perth is about 9 km north of Edinburgh.")
    assert fit_to_figure(claim, EDINBURGH, [EDINBURGH], PERTH_AU, [PERTH_AU]) is None


def test_check_claims_measures_the_reading_the_figure_fits_and_keeps_the_other() -> None:
    import dataclasses

    from mapper.geoparse import parse_document
    from mapper.model import Candidate

    doc = parse_document("Perth is about 60 km north of Edinburgh.")
    perth = doc.mentions[0]
    assert perth.surface == "Perth"
    # as if the geoparser had taken the Australian city, the Scottish one its runner-up
    misread = dataclasses.replace(
        perth,
        place=PERTH_AU,
        candidates=(Candidate(PERTH_AU, 0.6, "test"), Candidate(PERTH_GB, 0.3, "test")),
    )
    doc = dataclasses.replace(doc, mentions=(misread, *doc.mentions[1:]))
    [check] = check_claims(doc, default_gazetteer())
    assert check.target == PERTH_GB and check.verdict == "consistent"
    expected = Geodesic.WGS84.Inverse(EDINBURGH.lat, EDINBURGH.lon, PERTH_GB.lat, PERTH_GB.lon)
    assert abs(check.measured_km - expected["s12"] / 1000) < 0.5
    # the best-ranked reading stays listed, with its own verdict
    assert [(r.target, r.verdict) for r in check.readings] == [(PERTH_AU, "understated")]


def test_a_postal_code_after_a_name_qualifies_it() -> None:
    gaz = default_gazetteer()
    assert gaz.lookup("Concord NH").admin1 == "New Hampshire"
    assert gaz.lookup("Concord MA").admin1 == "Massachusetts"


def test_an_open_ended_figure_still_tells_a_reading_thousands_of_km_off() -> None:
    # "more than 40 km" does not fit the Australian Perth, 14,400 km from Edinburgh
    [claim] = find_claims("Perth is more than 40 km north of Edinburgh.")
    pair = fit_to_figure(claim, EDINBURGH, [EDINBURGH], PERTH_AU, [PERTH_AU, PERTH_GB])
    assert pair == (EDINBURGH, PERTH_GB)


def test_a_weak_reading_in_the_other_ends_country_is_weighed_too() -> None:
    # Vik, Norway is the likelier "Vik" alone; 180 km from Reykjavik it is Vik in Iceland
    # (GeoNames 2625252, 63.42 N 19.01 W), 163 km away by GeographicLib
    [check] = check_claims("Vik lies about 180 km southeast of Reykjavik.", default_gazetteer())
    assert check.target.country == "IS"
    assert (check.target.lat, check.target.lon) == pytest.approx((63.42, -19.01), abs=0.05)


def test_a_reading_in_the_other_ends_country_beyond_the_mentions_best_few_is_weighed() -> None:
    # The document's "San Antonio" keeps its best few readings (Texas first), none in
    # Ecuador; 430 km from Quito it is San Antonio, Ecuador (GeoNames 3651992, 3.98193 S
    # 79.66496 W; Quito GeoNames 3652462, 0.22985 S 78.52495 W)
    [check] = check_claims(
        "Farmers in San Antonio live roughly 430 km away from Quito.", default_gazetteer()
    )
    assert check.target is not None and check.target.country == "EC"
    expected = Geodesic.WGS84.Inverse(-0.22985, -78.52495, -3.98193, -79.66496)["s12"] / 1000
    assert check.measured_km == pytest.approx(expected, abs=2.0)
    assert check.verdict == "consistent"


def test_a_name_read_surely_is_not_traded_for_a_namesake_to_fit_the_figure() -> None:
    # "Anchorage" is Alaska's (61.22 N 149.90 W, GeoNames) whatever the other end is; the
    # figure must not swap it for Anchorage, Kentucky, which happens to lie 470 miles from
    # a misread "Saint Marys" in Maryland, and call the claim consistent
    [check] = check_claims("Saint Marys is about 470 miles from Anchorage.", default_gazetteer())
    assert check.origin is not None
    assert (check.origin.lat, check.origin.lon) == pytest.approx((61.22, -149.90), abs=0.05)
    assert check.verdict != "consistent"


def test_ends_found_fifty_times_farther_apart_than_the_figure_get_no_verdict():
    # "Alma" read as the Canadian town and "Ceres" as the South African one: 13,900 km by
    # GeographicLib for a stated 150 km, so no verdict, and the reason says why
    [claim] = find_claims("Alma lies about 150 km north of Ceres.")
    alma = Place("Alma", lat=48.55009, lon=-71.6491, country="CA")  # GeoNames 5883102
    ceres = Place("Ceres", lat=-33.36921, lon=19.31082, country="ZA")  # GeoNames 1019330
    check = check_claim(claim, ceres, alma)
    km = Geodesic.WGS84.Inverse(-33.36921, 19.31082, 48.55009, -71.6491)["s12"] / 1000
    assert km > 50 * 150
    assert (check.verdict, check.measured_km) == ("unresolved", None)
    assert f"{km:,.0f} km apart" in check.unresolved_reason
    # twenty times off is a claim far wrong, which real text has: it keeps its verdict
    far = Place("Far", lat=-33.36921, lon=19.31082 + 3000 / 93.0, country="ZA")
    wrong = check_claim(claim, ceres, far)
    assert wrong.verdict == "understated"


def test_a_short_figure_with_ends_hundreds_of_km_apart_gets_no_verdict():
    # a village 4 km from a town, the village read as a namesake at the far end of the
    # country: Olsztyn (GeoNames 763166) to Wrocław (GeoNames 3081368) is about 380 km
    # by GeographicLib, over 50 times 4 km and 300 km beyond it: no verdict
    [claim] = find_claims("Zawoja lies about 4 kilometres from Wroclaw.")
    wroclaw = Place("Wrocław", lat=51.10286, lon=17.03006, country="PL")
    olsztyn = Place("Olsztyn", lat=53.78376, lon=20.49272, country="PL")
    km = Geodesic.WGS84.Inverse(53.78376, 20.49272, 51.10286, 17.03006)["s12"] / 1000
    assert 300 + 4 < km < 1000  # the floor was 1,000 km: it got "understated"
    check = check_claim(claim, wroclaw, olsztyn)
    assert (check.verdict, check.measured_km) == ("unresolved", None)
    assert f"{km:,.0f} km apart" in check.unresolved_reason
    # Poznań (GeoNames 3088171) is about 145 km from Wrocław: a figure far wrong, but
    # within the floor, keeps its verdict
    poznan = Place("Poznań", lat=52.40692, lon=16.92993, country="PL")
    km = Geodesic.WGS84.Inverse(52.40692, 16.92993, 51.10286, 17.03006)["s12"] / 1000
    near = check_claim(claim, wroclaw, poznan)
    assert (near.verdict, near.measured_km) == ("understated", pytest.approx(km, rel=1e-6))
