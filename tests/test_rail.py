"""Rail routing over the Far East / North Korea network (mapper.rail).

Reference figures (the sources named in data/rail/README.md; the data author read them
from the pages or mirrors given here):

* Trans-Siberian kilometre posts, counted from Moscow Yaroslavsky:
  Vladivostok 9288, the end post on the platform (vladivostok2022.com/en/guide/sights/1/);
  Khabarovsk-1 8521 and Belogorsk 7873, a traveller's km log
  (travelblog.org/Europe/Russia/Far-East/Vladivostok/blog-841955.html);
  Ussuriysk 9177, German Wikipedia's Trans-Siberian article
  (quoted on outdoorseiten.net/wiki/Transsibirische_Eisenbahn);
  Baranovsky 9200, Russian Wikipedia station infobox "distance to Moscow".
* Baranovsky–Khasan line: Khasan at km 238 from Baranovsky, route diagram of the English
  Wikipedia article "Baranovsky–Khasan line"; the Russian Wikipedia article on Khasan
  station gives 260 km Khasan–Ussuriysk.
* Hambuk Line posts (English Wikipedia "Hambuk Line"): Rajin 328.2, Hongui 285.6;
  Hongui Line (English Wikipedia "Hongui Line"): Tumangang 9.5 from Hongui.
* City coordinates, GeoNames: Paris 2988507 48.85341 N 2.3488 E;
  Nakhodka 2019528 42.8138 N 132.8735 E.

Straight-line distances are computed here with GeographicLib (Karney 2013), not with
mapper's own geodesy.
"""

from __future__ import annotations

import dataclasses
import itertools
import pickle
import subprocess
import sys

import pytest
from geographiclib.geodesic import Geodesic

from mapper import DataError, PlaceNotFound
from mapper.model import Place
from mapper.rail import (
    DEFAULT_SOURCE,
    SNAP_KM,
    RailNetwork,
    Route,
    default_network,
    rail_km,
    route,
    route_km_for_claims,
    stations,
)

# Trans-Siberian posts (km from Moscow), sources in the module docstring.
VLADIVOSTOK_POST = 9288
KHABAROVSK_1_POST = 8521
BELOGORSK_POST = 7873
USSURIYSK_POST = 9177
BARANOVSKY_POST = 9200
#: Khasan's km on the Baranovsky–Khasan line (English Wikipedia route diagram).
KHASAN_FROM_BARANOVSKY_KM = 238
#: Khasan–Ussuriysk as stated by the Russian Wikipedia article on Khasan station.
KHASAN_USSURIYSK_RUWIKI_KM = 260
#: Hambuk Line posts (decreasing towards Hongui) and the Hongui Line's length.
RAJIN_HAMBUK_POST = 328.2
HONGUI_HAMBUK_POST = 285.6
HONGUI_TUMANGANG_KM = 9.5

PARIS = (48.85341, 2.3488)
NAKHODKA = (42.8138, 132.8735)


def geodesic_km(a, b) -> float:
    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def latlon(place: Place) -> tuple[float, float]:
    return place.lat, place.lon


def r_station(name: str) -> Place:
    return default_network().station(name)


# --------------------------------------------------------------------- published distances


@pytest.mark.parametrize(
    ("a", "b", "published_km"),
    [
        ("Vladivostok", "Khabarovsk-1", VLADIVOSTOK_POST - KHABAROVSK_1_POST),  # 767
        ("Ussuriysk", "Khabarovsk-1", USSURIYSK_POST - KHABAROVSK_1_POST),  # 656
        ("Khabarovsk-1", "Belogorsk", KHABAROVSK_1_POST - BELOGORSK_POST),  # 648
    ],
)
def test_transsib_routes_match_published_km_posts_within_2_percent(a, b, published_km):
    r = route(a, b)
    assert r is not None
    assert r.rail_km == pytest.approx(published_km, rel=0.02)
    assert r.from_posts
    assert r.note == "kilometre posts on Trans-Siberian Railway (Ledyanaya – Vladivostok)"
    assert r.stations[0] == a and r.stations[-1] == b


def test_khasan_ussuriysk_within_5_percent_of_published_rail_distance():
    by_posts = KHASAN_FROM_BARANOVSKY_KM + (BARANOVSKY_POST - USSURIYSK_POST)  # 238 + 23 = 261
    r = route("Khasan", "Ussuriysk")
    assert r is not None
    assert r.stations == ("Khasan", "Makhalino", "Bamburovo", "Baranovsky", "Ussuriysk")
    assert r.rail_km == pytest.approx(KHASAN_USSURIYSK_RUWIKI_KM, rel=0.05)
    assert r.rail_km == pytest.approx(by_posts, abs=1e-9)
    assert r.lines == ("ru_baranovsky_khasan", "ru_transsib")
    # the note names the lines as people know them, not by the data's ids
    assert r.note == (
        "kilometre posts on Baranovsky – Khasan line (with the Tumen river bridge to "
        "Tumangang), Trans-Siberian Railway (Ledyanaya – Vladivostok)"
    )


def test_hambuk_posts_that_decrease_along_travel_still_give_a_positive_length():
    assert rail_km("Rajin", "Hongui") == pytest.approx(RAJIN_HAMBUK_POST - HONGUI_HAMBUK_POST)
    expected = RAJIN_HAMBUK_POST - HONGUI_HAMBUK_POST + HONGUI_TUMANGANG_KM  # 52.1
    assert rail_km("Rajin", "Tumangang") == pytest.approx(expected, abs=1e-9)
    assert rail_km("Tumangang", "Rajin") == pytest.approx(expected, abs=1e-9)


# --------------------------------------------------------------------------- connectivity


def test_pyongyang_to_khasan_runs_through_tumangang():
    r = route("Pyongyang", "Khasan")
    assert r is not None
    assert r.stations[0] == "Pyongyang"
    assert r.stations[-4:] == ("Sonbong", "Hongui", "Tumangang", "Khasan")
    assert "Rajin" in r.stations
    assert r.lines == ("kp_pyongra", "kp_hambuk_rajin_hongui", "kp_hongui", "ru_baranovsky_khasan")
    # 802 (Pyongyang-Rajin) + 42.6 (Hambuk posts) + 9.5 (Hongui Line) + the bridge's geometry
    bridge_km = geodesic_km(latlon(r_station("Khasan")), latlon(r_station("Tumangang")))
    assert r.rail_km == pytest.approx(802 + 42.6 + 9.5 + bridge_km, abs=1e-3)
    assert not r.from_posts
    assert r.note == (
        "kilometre posts on Pyongra Line (Pyongyang – Rajin) (802.0 km), Hambuk Line (Rajin "
        "– Sonbong – Hongui section) (42.6 km), Hongui Line (Hongui – Tumangang) (9.5 km); "
        "geometry between stations (no km posts) on Baranovsky – Khasan line (with the "
        "Tumen river bridge to Tumangang) (3.2 km)"
    )


def test_khabarovsk_to_komsomolsk_leaves_the_transsib_at_volochaevka_2():
    r = route("Khabarovsk-1", "Komsomolsk-on-Amur")
    assert r is not None
    assert r.stations == ("Khabarovsk-1", "Volochaevka-2", "Komsomolsk-na-Amure")
    assert not r.from_posts
    assert r.note == "geometry between stations (no km posts)"
    straight = geodesic_km(latlon(r_station("Khabarovsk-1")), latlon(r_station("Komsomolsk")))
    assert r.rail_km >= straight


def test_every_station_reaches_every_other():
    net = default_network()
    names = [p.name for p in net.stations()]
    for a, b in itertools.combinations(names, 2):
        assert net.route(a, b) is not None, (a, b)


def test_rail_km_is_never_shorter_than_the_straight_line():
    net = default_network()
    places = net.stations()
    for a, b in itertools.combinations(places, 2):
        km = net.rail_km(a.name, b.name)
        assert km >= 0.99 * geodesic_km(latlon(a), latlon(b)), (a.name, b.name, km)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Vladivostok", "Pyongyang"), ("Ledyanaya", "Khasan"), ("Komsomolsk", "Ussuriysk")],
)
def test_route_is_the_same_both_ways(a, b):
    there, back = route(a, b), route(b, a)
    assert back.stations == there.stations[::-1]
    assert back.path == there.path[::-1]
    assert back.rail_km == pytest.approx(there.rail_km, abs=1e-9)


def test_path_holds_the_station_coordinates_in_order():
    r = route("Ussuriysk", "Vladivostok")
    assert r.stations == ("Ussuriysk", "Baranovsky", "Nadezhdinskaya", "Vladivostok")
    assert r.path == tuple(latlon(r_station(s)) for s in r.stations)
    assert r.rail_km == VLADIVOSTOK_POST - USSURIYSK_POST  # 111


def test_a_route_to_the_same_station_is_empty():
    r = route("Ussuriysk", "Ussuriysk")
    assert r.stations == ("Ussuriysk",)
    assert r.rail_km == 0.0
    assert r.from_posts
    assert r.note == "both ends snap to Ussuriysk"
    assert r.lines == ()
    # a place 1.9 km away snaps to the same station: the track cannot measure the way
    # between them, so there is no route (never a rail distance of 0 km)
    assert route("Ussuriysk", (43.80, 131.98)) is None


# ------------------------------------------------------------------------------- snapping


def test_a_point_far_from_every_station_is_off_the_network():
    assert route(PARIS, "Vladivostok") is None
    assert route("Vladivostok", PARIS) is None
    assert rail_km(PARIS, "Khabarovsk-1") is None


def test_snap_radius_decides_what_is_off_the_network():
    # Nakhodka's only modelled neighbour is Vladivostok, ~90 km away (no Nakhodka branch).
    d_km = geodesic_km(NAKHODKA, latlon(r_station("Vladivostok")))
    assert d_km > SNAP_KM
    assert route(NAKHODKA, "Ussuriysk") is None
    r = route(NAKHODKA, "Ussuriysk", snap_km=100.0)
    assert r.stations[0] == "Vladivostok"
    assert r.snap_km[0] == pytest.approx(d_km, abs=1e-6)


def test_snapping_picks_the_nearest_station():
    k2 = latlon(r_station("Khabarovsk-2"))
    near_k2 = (k2[0] + 0.01, k2[1])  # 1.1 km north of Khabarovsk-2, 7.7 km from Khabarovsk-1
    r = route(near_k2, "Vladivostok")
    assert r.stations[0] == "Khabarovsk-2"
    assert r.snap_km == (pytest.approx(geodesic_km(near_k2, k2), abs=1e-6), 0.0)
    assert r.rail_km == VLADIVOSTOK_POST - 8532  # Khabarovsk-2's "distance to Moscow"


def test_swapped_coordinates_are_refused():
    with pytest.raises(ValueError, match=r"swapped\?"):
        route((131.98, 43.80), "Vladivostok")


# -------------------------------------------------------------------- names and gazetteer


@pytest.mark.parametrize(
    ("name", "station"),
    [
        ("Khabarovsk-1", "Khabarovsk-1"),
        ("khabarovsk 1", "Khabarovsk-1"),
        ("Хабаровск", "Khabarovsk-1"),
        ("Komsomolsk-on-Amur", "Komsomolsk-na-Amure"),
        ("Комсомольск-на-Амуре", "Komsomolsk-na-Amure"),
        ("Najin", "Rajin"),
        ("두만강역", "Tumangang"),
        ("Dezhnevka", "Volochaevka-2"),
    ],
)
def test_station_names_and_aliases_resolve(name, station):
    assert default_network().station(name).name == station


def test_unknown_station_name_is_reported_with_suggestions():
    with pytest.raises(PlaceNotFound) as info:
        default_network().station("Khabarovsk-3")
    assert info.value.suggestions[0] in ("Khabarovsk-1", "Khabarovsk-2")


def test_route_takes_gazetteer_places(gazetteer):
    ussuriysk = gazetteer.lookup("Ussuriysk")
    khabarovsk = gazetteer.lookup("Khabarovsk")
    r = route(ussuriysk, khabarovsk)
    assert r.stations[0] == "Ussuriysk" and r.stations[-1] == "Khabarovsk-1"
    assert r.rail_km == pytest.approx(USSURIYSK_POST - KHABAROVSK_1_POST, rel=0.02)
    assert r.snap_km[0] == pytest.approx(
        geodesic_km(latlon(ussuriysk), latlon(r_station("Ussuriysk"))), abs=1e-6
    )
    assert all(d < 5.0 for d in r.snap_km)


def test_a_name_that_is_no_station_is_looked_up_in_the_gazetteer(gazetteer):
    # Tsiolkovsky, the cosmodrome's town, is served by Ledyanaya.
    r = route("Tsiolkovsky", "Vladivostok")
    assert r.stations[0] == "Ledyanaya"
    assert r.snap_km[0] == pytest.approx(
        geodesic_km(latlon(gazetteer.lookup("Tsiolkovsky")), latlon(r_station("Ledyanaya"))),
        abs=1e-6,
    )


def test_route_km_for_claims_takes_two_places(gazetteer):
    khasan, ussuriysk = gazetteer.lookup("Khasan"), gazetteer.lookup("Ussuriysk")
    assert route_km_for_claims(khasan, ussuriysk) == pytest.approx(261.0)
    assert route_km_for_claims(gazetteer.lookup("Paris"), ussuriysk) is None


def test_route_km_for_claims_plugs_into_check_claims(gazetteer):
    from mapper.claims import check_claims

    checks = check_claims(
        "Ussuriysk is about 650 km south of Khabarovsk.",
        gazetteer,
        route_km=route_km_for_claims,
    )
    assert [c.rail_km for c in checks] == [USSURIYSK_POST - KHABAROVSK_1_POST]


# ------------------------------------------------------------------------- network, data


def test_edges_carry_line_geometry_and_post_km():
    net = default_network()
    edge = net.graph.edges["Ussuriysk", "Baranovsky"]
    assert edge["line"] == "ru_transsib"
    assert edge["post_km"] == BARANOVSKY_POST - USSURIYSK_POST
    assert edge["geometry_km"] == pytest.approx(
        geodesic_km(latlon(r_station("Ussuriysk")), latlon(r_station("Baranovsky"))), abs=1e-6
    )
    # Zavitaya has no published km: its edges fall back to geometry for routing.
    edge = net.graph.edges["Belogorsk", "Zavitaya"]
    assert edge["post_km"] is None
    assert edge["weight_km"] == edge["geometry_km"]


def test_tumen_bridge_is_an_edge_of_the_khasan_line_without_posts():
    edge = default_network().graph.edges["Khasan", "Tumangang"]
    assert edge["line"] == "ru_baranovsky_khasan"
    assert edge["post_km"] is None


def test_stations_are_unique_places_of_kind_station():
    places = stations()
    names = [p.name for p in places]
    assert len(names) == len(set(names)) == 38  # 43 rows, 5 junctions listed twice
    assert {p.kind for p in places} == {"station"}
    assert all(p.source.startswith("http") for p in places)  # every station cites a source
    assert {p.country for p in places} == {"RU", "KP"}
    assert r_station("Tumangang").country == "KP"


def test_default_network_is_loaded_once():
    assert default_network() is default_network()


def test_importing_mapper_rail_does_not_import_networkx():
    code = "import sys, mapper, mapper.rail; print('networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _line(line_id, *rows):
    return {"id": line_id, "name": line_id, "stations": list(rows)}


def _row(name, lat, lon, km=None):
    return {"name": name, "lat": lat, "lon": lon, "km": km, "country": "RU", "aliases": []}


def test_a_source_in_the_json_becomes_the_place_source():
    a = _row("A", 43.0, 131.0, 0.0) | {"source": "https://example.org/a"}
    net = RailNetwork({"version": "1", "lines": [_line("x", a, _row("B", 43.1, 131.0, 12.0))]})
    assert [p.source for p in net.stations()] == ["https://example.org/a", DEFAULT_SOURCE]
    assert net.rail_km("A", "B") == 12.0


def test_a_line_with_one_station_is_a_data_error():
    with pytest.raises(DataError) as info:
        RailNetwork({"lines": [_line("x", _row("A", 43.0, 131.0))]}, origin="test.json")
    assert str(info.value) == "test.json, row 0: line 'x' has fewer than 2 stations"


def test_a_junction_with_two_positions_is_a_data_error():
    data = {
        "lines": [
            _line("x", _row("A", 43.0, 131.0), _row("J", 43.1, 131.0)),
            _line("y", _row("J", 43.2, 131.0), _row("C", 43.3, 131.0)),
        ]
    }
    with pytest.raises(DataError, match=r"junction 'J' is at \(43.2, 131.0\) on line 'y'"):
        RailNetwork(data, origin="test.json")


def test_missing_fields_are_a_data_error():
    with pytest.raises(DataError, match="malformed railway data"):
        RailNetwork({"lines": [{"id": "x", "stations": [{"name": "A"}, {"name": "B"}]}]})


def test_disconnected_stations_have_no_route():
    data = {
        "lines": [
            _line("x", _row("A", 43.0, 131.0), _row("B", 43.1, 131.0)),
            _line("y", _row("C", 44.0, 131.0), _row("D", 44.1, 131.0)),
        ]
    }
    assert RailNetwork(data).route("A", "D") is None


def test_route_is_frozen_validated_and_picklable():
    r = route("Vladivostok", "Ussuriysk")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.rail_km = 1.0
    assert pickle.loads(pickle.dumps(r)) == r
    with pytest.raises(ValueError, match="one path point per station"):
        Route(("A", "B"), ((43.0, 131.0),), 1.0, True, (0.0, 0.0), "")
    with pytest.raises(ValueError, match="rail_km must be >= 0"):
        Route(("A",), ((43.0, 131.0),), float("nan"), True, (0.0, 0.0), "")
    assert r.to_dict()["stations"] == ["Vladivostok", "Nadezhdinskaya", "Baranovsky", "Ussuriysk"]
