"""The Folium map: what render() draws, how it escapes text, and how save() writes it.

Coordinates are GeoNames' (rounded to 5 decimals); the 938.1 km and 345 degrees of the
claim are GeographicLib's inverse solution from Ussuriysk to the Vostochny Cosmodrome.
"""

from __future__ import annotations

import dataclasses
import doctest
import importlib
import inspect
import itertools
import math
import os
from html.parser import HTMLParser
from pathlib import Path

import folium
import folium.plugins
import pytest

from mapper.document import Document
from mapper.errors import MapperError
from mapper.geodesy import distance_km
from mapper.maps import OfflineError, render, save, to_html
from mapper.maps.geometry import midpoint_and_angle
from mapper.maps.markup import escape
from mapper.model import Journey, Leg, Mention, Place, Stop
from mapper.story import Story
from tests.map_inputs import KHASAN, KOMSOMOLSK, PYONGYANG, USSURIYSK, VOSTOCHNY, checked_claim

VLADIVOSTOK = Place(
    "Vladivostok", lat=43.10562, lon=131.87353, kind="city", country="RU",
    source="https://example.org/vladivostok",
)  # fmt: skip
ANCHORAGE = Place("Anchorage", lat=61.21806, lon=-149.90028, kind="city", country="US")

HOSTILE = "He wrote <script>alert(1)</script> and ${1+1} and `tick` and \"q\" 'q' \\u0041."
FORUM = "A forum on the Pacific economy opened in Vladivostok that week."
#: A claim in a hostile sentence: the claim checker reads it like any other.
HOSTILE_CLAIM = HOSTILE[:-1] + " before noting that the pads are about 900 km NW of Ussuriysk."


def journey(sentence: str = "The train crossed at the border station.") -> Journey:
    stops = (
        Stop(PYONGYANG, role="origin", status="implied", date="2031-05-01"),
        Stop(KHASAN, status="confirmed", date="2031-05-02", sentence=sentence),
        Stop(USSURIYSK, status="confirmed"),
        Stop(VOSTOCHNY, status="speculated"),
        Stop(KOMSOMOLSK, role="destination", status="speculated"),
    )
    legs = [
        Leg(a, b, mode="rail", straight_km=distance_km(a.place, b.place))
        for a, b in itertools.pairwise(stops)
    ]
    rail = ((42.43006, 130.64492), (43.1, 131.5), (43.80467, 131.95734))
    legs[1] = Leg(stops[1], stops[2], "rail", legs[1].straight_km, rail_km=230.0, path=rail)
    return Journey(stops=stops, legs=tuple(legs), title="A trip in the far east")


SITES = [PYONGYANG, KHASAN, USSURIYSK, VOSTOCHNY, KOMSOMOLSK, VLADIVOSTOK]


def demo_map(**changes: object) -> folium.Map:
    options: dict = {
        "claims": [checked_claim()],
        "sites": SITES,
        "sentences": {VLADIVOSTOK: [(FORUM, "2031-05-03")]},
    }
    options.update(changes)
    return render(journey(), **options)


def layer(m: folium.Map, name: str) -> folium.FeatureGroup:
    groups = [c for c in m._children.values() if isinstance(c, folium.FeatureGroup)]
    return next(g for g in groups if g.layer_name == name)


def markers(group: folium.FeatureGroup, css_class: str) -> list[folium.Marker]:
    out = []
    for child in group._children.values():
        if isinstance(child, folium.Marker):
            icons = [i for i in child._children.values() if isinstance(i, folium.DivIcon)]
            if icons and css_class in icons[0].options["class_name"].split():
                out.append(child)
    return out


def lines(group: folium.FeatureGroup) -> list[folium.PolyLine]:
    return [c for c in group._children.values() if isinstance(c, folium.PolyLine)]


# --------------------------------------------------------------------------- content


def test_layers_hold_stops_legs_arrows_sites_and_claims() -> None:
    m = demo_map()
    names = [c.layer_name for c in m._children.values() if isinstance(c, folium.FeatureGroup)]
    assert names == ["Journey", "Sites", "Claims"]
    assert len(markers(layer(m, "Journey"), "mapper-stop")) == 5
    assert len(markers(layer(m, "Journey"), "mapper-arrow")) == 4
    assert len(lines(layer(m, "Journey"))) == 4
    assert len(markers(layer(m, "Sites"), "mapper-site")) == 6
    assert len(lines(layer(m, "Claims"))) == 1


def test_leg_styles_follow_status() -> None:
    legs = lines(layer(demo_map(), "Journey"))
    classes = [leg.options["className"] for leg in legs]
    assert classes == [
        "mapper-leg mapper-leg-implied",
        "mapper-leg mapper-leg-confirmed",
        "mapper-leg mapper-leg-speculated",
        "mapper-leg mapper-leg-speculated",
    ]
    dashes = [leg.options.get("dashArray") for leg in legs]
    assert dashes[1] is None and dashes[0] and dashes[2]
    assert dashes[0] != dashes[2]  # dotted for implied, dashed for speculated


def test_rail_leg_follows_its_path_and_others_the_geodesic() -> None:
    legs = lines(layer(demo_map(), "Journey"))
    assert legs[1].locations == [[42.43006, 130.64492], [43.1, 131.5], [43.80467, 131.95734]]
    # Pyongyang to Khasan: about 600 km, densified every 25 km.
    assert len(legs[0].locations) > 20
    assert legs[0].locations[0] == pytest.approx([PYONGYANG.lat, PYONGYANG.lon])
    assert legs[0].locations[-1] == pytest.approx([KHASAN.lat, KHASAN.lon])


def test_bounds_cover_every_stop_site_and_claim() -> None:
    m = demo_map()
    (south, west), (north, east) = m.get_bounds()
    assert south == pytest.approx(PYONGYANG.lat)
    assert west == pytest.approx(PYONGYANG.lon)
    assert north == pytest.approx(VOSTOCHNY.lat)
    assert east == pytest.approx(KOMSOMOLSK.lon)
    fits = [c for c in m._children.values() if type(c).__name__ == "FitBounds"]
    assert len(fits) == 1
    assert fits[0].bounds == [[south, west], [north, east]]


def test_direction_arrow_points_along_the_leg() -> None:
    # Due north, due east, and south-west on the screen (Mercator keeps angles).
    assert midpoint_and_angle([(0.0, 10.0), (10.0, 10.0)])[1] == pytest.approx(0.0)
    assert midpoint_and_angle([(0.0, 10.0), (0.0, 20.0)])[1] == pytest.approx(90.0)
    point, angle = midpoint_and_angle([(0.0, 0.0), (-1.0, -1.0)])
    assert point == pytest.approx((-0.5, -0.5))
    assert angle == pytest.approx(225.0, abs=0.1)


def test_stop_name_goes_left_when_a_mark_sits_just_right_of_the_pin() -> None:
    m = demo_map()  # Vladivostok lies just east of Khasan station at the opening zoom
    sides = {}
    for marker in markers(layer(m, "Journey"), "mapper-stop"):
        [tip] = [c for c in marker._children.values() if isinstance(c, folium.Tooltip)]
        sides[tip.text] = tip.options["direction"]
    assert sides == {
        "Pyongyang": "right",
        "Khasan station": "left",
        "Ussuriysk": "right",
        "Vostochny Cosmodrome": "right",
        "Komsomolsk-on-Amur": "right",
    }


def test_a_place_visited_twice_gets_one_pin_with_both_numbers() -> None:
    stops = (Stop(USSURIYSK), Stop(VOSTOCHNY), Stop(USSURIYSK, role="destination"))
    m = render(Journey(stops=stops))
    pins = markers(layer(m, "Journey"), "mapper-stop")
    assert len(pins) == 2
    assert r"\u003e1, 3\u003c/div\u003e" in to_html(m)  # the pin's label, in JSON


def test_journey_without_legs_gets_geodesic_legs() -> None:
    m = render(Journey(stops=(Stop(USSURIYSK), Stop(VOSTOCHNY))))
    assert len(lines(layer(m, "Journey"))) == 1


def test_sites_skip_areas_unresolved_mentions_and_duplicates() -> None:
    russia = Place("Russia", lat=61.5, lon=105.3, kind="country", country="RU")
    mentions = [
        Mention("Vladivostok", 0, 11, VLADIVOSTOK),
        Mention("Vladivostok", 40, 51, VLADIVOSTOK),
        Mention("Russia", 60, 66, russia),
        Mention("Atlantis", 70, 78, None),
    ]
    m = render(sites=mentions)
    assert len(markers(layer(m, "Sites"), "mapper-site")) == 1


# Two places called Paris (GeoNames 2988507 and 4717560).
PARIS_FRANCE = Place("Paris", lat=48.85341, lon=2.3488, kind="city", country="FR")
PARIS_TEXAS = Place("Paris", lat=33.66094, lon=-95.55551, kind="city", country="US", admin1="Texas")


def popup_html(marker: folium.Marker) -> str:
    [popup] = [c for c in marker._children.values() if isinstance(c, folium.Popup)]
    [content] = popup.html._children.values()
    return content.data


def test_places_that_share_a_name_keep_their_own_markers_and_sentences() -> None:
    text = (
        "The touring exhibition opened in Paris, beside the Seine. "
        "In June the crates were trucked to Paris in Lamar County."
    )
    first = text.index("Paris")
    second = text.index("Paris", first + 1)
    document = Document.from_mentions(
        text,
        [
            Mention("Paris", first, first + 5, PARIS_FRANCE),
            Mention("Paris", second, second + 5, PARIS_TEXAS),
        ],
    )
    m = render(document=document, sentences={PARIS_TEXAS: ["Its water tower wears a red hat."]})
    sites = markers(layer(m, "Sites"), "mapper-site")
    assert [site.location for site in sites] == [
        pytest.approx([PARIS_FRANCE.lat, PARIS_FRANCE.lon]),
        pytest.approx([PARIS_TEXAS.lat, PARIS_TEXAS.lon]),
    ]
    france, texas = (popup_html(site) for site in sites)
    assert "beside the Seine" in france
    assert "Lamar County" not in france and "water tower" not in france
    assert "Lamar County" in texas and "water tower" in texas
    assert "beside the Seine" not in texas
    (south, west), (north, east) = m.get_bounds()
    assert (south, west) == pytest.approx((PARIS_TEXAS.lat, PARIS_TEXAS.lon))
    assert (north, east) == pytest.approx((PARIS_FRANCE.lat, PARIS_FRANCE.lon))


def test_site_popup_has_kind_coordinates_source_and_dated_sentence() -> None:
    html = to_html(demo_map())
    assert "43.1056° N, 131.8735° E" in html
    assert 'href="https://example.org/vladivostok"' in html
    assert FORUM in html
    assert "2031-05-03" in html


def test_sentences_come_from_the_text_around_each_mention() -> None:
    text = "Snow fell. Delegates flew into Vladivostok on Monday. Talks began."
    start = text.index("Vladivostok")
    mention = Mention("Vladivostok", start, start + 11, VLADIVOSTOK)
    document = Document.from_mentions(text, [mention])
    assert document.sentence_of(start) == "Delegates flew into Vladivostok on Monday."
    html = to_html(render(sites=[mention], document=document))
    assert "Delegates flew into Vladivostok on Monday." in html


def test_claim_tooltip_compares_claimed_and_measured() -> None:
    html = to_html(demo_map())
    assert (
        "claimed 900 km (about) vs measured 938 km straight — <b>consistent</b><br>"
        "direction NW claimed, NNW measured (bearing 345°), 30° off"
    ) in html


def test_claim_tooltip_shows_rail_length_when_known() -> None:
    html = to_html(demo_map(claims=[checked_claim(rail_km=1012.4)]))
    assert "measured 938 km straight / 1,012 km by rail" in html


def test_unresolved_claim_is_counted_in_the_legend_not_drawn() -> None:
    m = demo_map(claims=[checked_claim(), checked_claim(target=None)])
    assert len(lines(layer(m, "Claims"))) == 1
    assert "1 claim not drawn: an endpoint was not resolved." in to_html(m)


def test_a_claim_whose_ends_are_too_far_apart_to_be_meant_is_not_drawn() -> None:
    # Ussuriysk to Anchorage is some 5,200 km (GeographicLib), over fifty times the 50 km
    # stated: the ends found cannot be the places meant, so the claim gets no line
    far = checked_claim("Vostochny lies about 50 km north of Ussuriysk.", USSURIYSK, ANCHORAGE)
    assert far.verdict == "unresolved" and far.measured_km is None
    m = demo_map(claims=[checked_claim(), far])
    assert len(lines(layer(m, "Claims"))) == 1
    assert "1 claim not drawn" in to_html(m)


def test_title_legend_layer_control_scale_measure_and_fullscreen() -> None:
    html = to_html(demo_map(title="Headline"))
    assert r"\u003ch1\u003eHeadline\u003c/h1\u003e" in html  # the title box, in JSON
    assert "mapper-legend" in html
    assert "L.control.layers(" in html
    assert "L.control.scale()" in html
    assert "mapper-measure" in html
    assert "mapper-fullscreen" in html


def test_render_accepts_a_story() -> None:
    text = "Vladivostok was busy."
    story = Story(
        document=Document.from_mentions(text, [Mention("Vladivostok", 0, 11, VLADIVOSTOK)]),
        title="From a result",
        journey=journey(),
        claims=(checked_claim(),),
    )
    m = render(story)
    assert len(markers(layer(m, "Sites"), "mapper-site")) == 1
    assert len(lines(layer(m, "Claims"))) == 1
    html = to_html(m)
    assert "From a result" in html
    assert "Vladivostok was busy." in html


def test_mapper_render_is_callable_as_the_issue_writes_it() -> None:
    import mapper
    import mapper.maps  # imports the module mapper.maps.render, which must shadow nothing

    assert isinstance(mapper.render(journey()), folium.Map)
    assert isinstance(mapper.maps.render(journey()), folium.Map)
    # mapper.render only delegates: the two must take the same arguments.
    assert inspect.signature(mapper.render) == inspect.signature(mapper.maps.render)


def test_render_refuses_something_else() -> None:
    with pytest.raises(TypeError, match="render\\(\\) takes a Journey"):
        render("Vladivostok")


def test_render_refuses_claims_as_dicts_and_sentences_keyed_by_name() -> None:
    with pytest.raises(TypeError) as dicts:
        render(claims=[checked_claim().to_dict()])
    assert str(dicts.value) == (
        "claims must be ClaimCheck objects (from mapper.claims.check_claims), not dicts; "
        "pass the checks themselves, not their to_dict()"
    )
    with pytest.raises(TypeError) as names:
        render(sentences={"Vladivostok": [FORUM]})
    assert str(names.value) == (
        "sentences must be keyed by Place, got str 'Vladivostok': "
        "places that share a name would mix their sentences"
    )


def test_empty_map_shows_the_world() -> None:
    m = render()
    assert m.location == [20.0, 0.0]
    assert m.get_bounds() == [[None, None], [None, None]]


@pytest.mark.parametrize(
    "module",
    ["", ".css", ".fullscreen", ".geometry", ".markup", ".measure", ".offline", ".page",
     ".render", ".styles", ".title"],
)  # fmt: skip
def test_examples_in_the_map_modules_run(module: str) -> None:
    found = doctest.testmod(importlib.import_module(f"mapper.maps{module}"))
    assert found.failed == 0
    assert found.attempted > 0


# --------------------------------------------------------------------------- antimeridian


def test_antimeridian_leg_is_one_short_continuous_line() -> None:
    stops = (Stop(VLADIVOSTOK, mode="air"), Stop(ANCHORAGE, mode="air", role="destination"))
    m = render(Journey(stops=stops))
    [leg] = lines(layer(m, "Journey"))
    lons = [lon for _, lon in leg.locations]
    assert max(abs(b - a) for a, b in itertools.pairwise(lons)) < 5.0
    # 131.9 E to 149.9 W is 78.2 degrees of longitude eastward, not 281.8 westward.
    assert lons[-1] - lons[0] == pytest.approx(360.0 - 149.90028 - 131.87353)
    (_, west), (_, east) = m.get_bounds()
    assert east - west == pytest.approx(78.2, abs=0.1)


def test_sites_and_claims_join_the_journey_across_the_antimeridian() -> None:
    stops = (Stop(VLADIVOSTOK), Stop(ANCHORAGE, role="destination"))
    claim = checked_claim(
        "Vladivostok lies about 5,300 km west of Anchorage.", ANCHORAGE, VLADIVOSTOK
    )
    m = render(Journey(stops=stops), sites=[VLADIVOSTOK, ANCHORAGE], claims=[claim])
    (_, west), (_, east) = m.get_bounds()
    assert east - west < 80.0


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<script>", "&lt;script&gt;"),
        ("${1+1}", "&#36;&#123;1+1&#125;"),
        ("`x`", "&#96;x&#96;"),
        ("\"a\" 'b'", "&quot;a&quot; &#x27;b&#x27;"),
        ("a\\nb", "a&#92;nb"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("bell\x07", "bell\ufffd"),
    ],
)
def test_text_is_escaped_for_html_and_js_templates(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_hostile_text_never_reaches_the_page_raw() -> None:
    hostile_place = Place(HOSTILE[:40], lat=40.0, lon=128.0, kind="site", source=HOSTILE)
    m = render(
        journey(sentence=HOSTILE),
        sites=[hostile_place, VLADIVOSTOK],
        sentences={VLADIVOSTOK: [HOSTILE]},
        # A qualifier is one of a closed set now; a route note is free text.
        claims=[dataclasses.replace(checked_claim(HOSTILE_CLAIM), route_note=HOSTILE)],
        title=HOSTILE,
    )
    for offline in (False, True):
        html = to_html(m, offline=offline)
        assert "<script>alert(1)" not in html
        assert "${1+1}" not in html
        assert "`tick`" not in html
        assert "\\u0041" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; and &#36;&#123;1+1&#125;" in html


# --------------------------------------------------------------------------- pages


class _Tags(HTMLParser):
    """The URLs in tag attributes that a browser would load (scripts are text)."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("src"):
            self.loads.append(values["src"] or "")
        if tag == "link" and values.get("href"):
            self.loads.append(values["href"] or "")


def loaded_urls(html: str) -> list[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.loads


def test_default_page_links_folium_assets_and_keyless_tiles_with_attribution() -> None:
    html = to_html(demo_map())
    urls = loaded_urls(html)
    assert any(u.endswith("/leaflet.js") for u in urls)
    assert "server.arcgisonline.com" in html
    assert r"Tiles \u0026copy; Esri" in html  # the attribution, in JSON
    assert "tile.openstreetmap.org" not in html
    assert "apikey" not in html.lower() and "api key" not in html.lower()


def test_offline_page_loads_nothing_from_outside() -> None:
    html = to_html(demo_map(), offline=True)
    assert loaded_urls(html) == []
    assert 'src="http' not in html
    assert "//cdn" not in html
    assert "L.tileLayer(" not in html
    assert "url(images/" not in html  # Leaflet's images are data URIs
    assert "Natural Earth" in html
    assert "L.geoJSON(shapes.land" in html


def test_offline_page_inlines_leaflet_and_a_stand_in_for_jquery() -> None:
    html = to_html(demo_map(), offline=True)
    assert "Leaflet 1.9.3" in html  # Leaflet's banner comment
    # folium's popups ask jQuery only to make their markup an element
    assert "jQuery v3.7.1" not in html and "stands in for jQuery(markup)" in html


def test_offline_page_keeps_jquery_for_a_script_that_uses_more_of_it() -> None:
    m = demo_map()
    m.get_root().script.add_child(folium.Element("$.each([1, 2], function () {});"))
    assert "jQuery v3.7.1" in to_html(m, offline=True)


def test_offline_basemap_is_repeated_past_the_antimeridian() -> None:
    stops = (Stop(VLADIVOSTOK), Stop(ANCHORAGE, role="destination"))
    html = to_html(render(Journey(stops=stops)), offline=True)
    assert "[0,360].forEach" in html


def test_offline_save_leaves_the_map_itself_online() -> None:
    m = demo_map()
    to_html(m)  # rendered once, as when shown in a notebook
    to_html(m, offline=True)
    html = to_html(m)
    assert "L.tileLayer(" in html
    assert "L.geoJSON(shapes.land" not in html


@pytest.mark.parametrize("offline", [False, True])
def test_saving_twice_gives_the_same_page(offline: bool) -> None:
    m = demo_map()
    m.get_root().render()  # as a notebook does when it shows the map
    first, second = to_html(m, offline=offline), to_html(m, offline=offline)
    assert len(first) == len(second)
    # 5 pins + 4 arrows + 6 site symbols + the name of the one site that is no stop
    assert first.count("setIcon(") == second.count("setIcon(") == 16


def test_offline_refuses_font_awesome_markers() -> None:
    m = demo_map()
    folium.Marker([43.0, 131.0], icon=folium.Icon(icon="star")).add_to(m)
    with pytest.raises(OfflineError, match="Font Awesome"):
        to_html(m, offline=True)


def test_offline_refuses_plugins_loading_from_a_cdn() -> None:
    m = demo_map()
    folium.plugins.MiniMap().add_to(m)
    with pytest.raises(OfflineError, match="no offline copy"):
        to_html(m, offline=True)


# --------------------------------------------------------------------------- saving


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("offline", [False, True])
def test_save_writes_one_complete_file(tmp_path: Path, offline: bool) -> None:
    out = save(demo_map(), tmp_path / "map.html", offline=offline)
    assert out == tmp_path / "map.html"
    assert leftovers(tmp_path) == ["map.html"]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert text.rstrip().endswith("</html>")


def test_failed_write_leaves_no_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(MapperError, match="No space left on device"):
        save(demo_map(), tmp_path / "map.html")
    assert leftovers(tmp_path) == []


def test_failed_replace_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.html"
    target.write_text("old map", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(MapperError, match="Permission denied"):
        save(demo_map(), target)
    assert leftovers(tmp_path) == ["map.html"]
    assert target.read_text(encoding="utf-8") == "old map"


def test_interrupted_save_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save(demo_map(), tmp_path / "map.html", offline=True)
    assert leftovers(tmp_path) == []


def test_offline_failure_writes_nothing(tmp_path: Path) -> None:
    m = demo_map()
    folium.Marker([43.0, 131.0], icon=folium.Icon()).add_to(m)
    with pytest.raises(OfflineError):
        save(m, tmp_path / "map.html", offline=True)
    assert leftovers(tmp_path) == []


def test_the_map_opens_on_the_journey_clear_of_the_title_and_legend() -> None:
    # a story that mentions Moscow (55.75 N 37.62 E, GeoNames 524901) in passing: the
    # site is drawn, but the opening view is the journey's, not 5,000 km wider
    from tests.map_inputs import KHASAN, PYONGYANG

    moscow = Place("Moscow", lat=55.75222, lon=37.61556, kind="city", country="RU")
    stops = (Stop(PYONGYANG, "origin"), Stop(KHASAN, "destination"))
    leg = Leg(*stops, mode="rail", straight_km=distance_km(PYONGYANG, KHASAN))
    journey = Journey(stops, (leg,))
    m = render(journey, sites=[moscow], title="Across the Tumen")
    [fit] = [c for c in m._children.values() if type(c).__name__ == "FitBounds"]
    assert fit.bounds == [
        [pytest.approx(PYONGYANG.lat), pytest.approx(PYONGYANG.lon)],
        [pytest.approx(KHASAN.lat), pytest.approx(KHASAN.lon)],
    ]
    assert fit.options["paddingTopLeft"] == (50, 90)  # under the title, beside the legend
    assert (m.get_bounds()[0][1]) == pytest.approx(moscow.lon)  # Moscow is on the map
    # with no journey, the view holds whatever was drawn
    [only] = [c for c in render(sites=[moscow, KHASAN])._children.values()
              if type(c).__name__ == "FitBounds"]  # fmt: skip
    assert only.bounds == [
        [pytest.approx(KHASAN.lat), pytest.approx(moscow.lon)],
        [pytest.approx(moscow.lat), pytest.approx(KHASAN.lon)],
    ]


def test_the_claims_panel_escapes_and_lists_unresolved_claims() -> None:
    from mapper.maps.claims_panel import claims_panel_html
    from tests.map_inputs import USSURIYSK, checked_claim

    hostile = Place("<img src=x onerror=alert(1)>", lat=51.88, lon=128.33, kind="site")
    drawn = checked_claim(origin=USSURIYSK, target=hostile)
    lost = checked_claim(origin=None, target=hostile)
    html = str(claims_panel_html([drawn, lost], [((43.8, 128.3), (51.9, 132.0)), None]))
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("<li") == 2 and html.count("data-bounds") == 1
    assert 'data-bounds="[[43.8, 128.3], [51.9, 132.0]]"' in html
    assert "origin or target could not be resolved" in html


def test_modes_show_beside_status_flights_arc_sea_legs_on_a_band() -> None:
    # Vladivostok -> Anchorage by air, Anchorage -> Juneau by sea, Juneau -> Whitehorse
    # by road (GeoNames points, rounded): three modes, none of them on the railway
    places = [
        Place("Vladivostok", lat=43.106, lon=131.874, kind="city", country="RU"),
        Place("Anchorage", lat=61.218, lon=-149.900, kind="city", country="US"),
        Place("Juneau", lat=58.302, lon=-134.420, kind="city", country="US"),
        Place("Whitehorse", lat=60.716, lon=-135.054, kind="city", country="CA"),
    ]
    stops = tuple(Stop(p) for p in places)
    legs = tuple(
        Leg(a, b, mode=mode, straight_km=distance_km(a.place, b.place))
        for (a, b), mode in zip(itertools.pairwise(stops), ("air", "sea", "road"), strict=True)
    )
    m = render(Journey(stops, legs))
    group = layer(m, "Journey")
    drawn = [c for c in group._children.values() if isinstance(c, folium.PolyLine)]
    bands = [c for c in drawn if "mapper-sea" in c.options.get("className", "")]
    assert len(bands) == 1  # under the sea leg only
    flight = next(c for c in drawn if "mapper-leg" in c.options.get("className", ""))
    # the flight bows away from its chord (a straight drawing would stay on it)
    (lat0, lon0), (lat1, lon1) = flight.locations[0], flight.locations[-1]
    mid_lat, mid_lon = flight.locations[len(flight.locations) // 2]
    chord_mid = ((lat0 + lat1) / 2, (lon0 + lon1) / 2)
    assert math.hypot(mid_lat - chord_mid[0], mid_lon - chord_mid[1]) > 2.0
    legend = m.get_root().render()
    for label in ("flight (drawn as an arc)", "by sea (on a blue band)", "by road"):
        assert label in legend
    assert "Rail legs follow the railway" not in legend


def test_stop_popups_keep_the_tools_inference_apart_and_link_the_itinerarys_source() -> None:
    from mapper.maps.markup import stop_popup
    from tests.map_inputs import PYONGYANG

    inferred = Stop(PYONGYANG, "origin", "implied", sentence="implied: a leader travelling by "
                    "train starts from the capital, Pyongyang")  # fmt: skip
    reported = Stop(PYONGYANG, reported_by="https://example.org/report/1")
    html = str(stop_popup("1", [(1, inferred)]))
    assert "mapper-inference" in html and "<blockquote" not in html
    assert "mapper&#x27;s inference, not the article&#x27;s words: a leader" in html
    html = str(stop_popup("2", [(2, reported)]))
    assert 'reported by: <a href="https://example.org/report/1"' in html
    assert Stop(PYONGYANG, reported_by="x").to_dict()["reported_by"] == "x"
