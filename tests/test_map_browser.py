"""The map in a real browser: headless Chromium (Debian's) driven by Playwright.

Each page is opened from disk (``file://``). The default page links its scripts from
CDNs and its tiles from Esri; these tests have no network, so the browser is handed
local copies of exactly those files (Leaflet and jQuery from the xstatic packages,
empty stand-ins for the stylesheets and scripts mapper does not use, a blank tile),
and any other request fails the test. The offline page gets no help at all: every
request that is not ``file:`` or ``data:`` is aborted and counted, and must be zero.

Skipped, with the reason, when Playwright or /usr/bin/chromium is missing
(``apt-get install -y chromium``; Playwright's own browser download is never used).
"""

from __future__ import annotations

import base64
import dataclasses
import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the browser fixture (tests/conftest.py) skips without them
    from playwright.sync_api import Browser, Page, Route

from mapper.geodesy import distance_km
from mapper.maps import render, save
from mapper.model import Journey, Leg, Place, Stop
from tests.map_inputs import KHASAN, KOMSOMOLSK, PYONGYANG, USSURIYSK, VOSTOCHNY, checked_claim

VLADIVOSTOK = Place("Vladivostok", lat=43.10562, lon=131.87353, kind="city", country="RU")
ANCHORAGE = Place("Anchorage", lat=61.21806, lon=-149.90028, kind="city", country="US")

FORUM = "Delegates gathered in Vladivostok for a week of economic talks."
CLAIM_SENTENCE = "The spaceport sits roughly 900 km north-west of Ussuriysk, by the Zeya river."
HOSTILE = "Crowds cheered <script>alert(1)</script> ${1+1} `ls` \"yes\" 'no' <b>bold</b>."
HOSTILE_TITLE = "<img src=x onerror=alert(2)> ${2+2} `pwd`"

VIEWPORT = {"width": 1200, "height": 800}
MODES = ["default", "offline"]


def example_journey(first_sentence: str = "The train left before dawn.") -> Journey:
    stops = (
        Stop(PYONGYANG, role="origin", status="implied", sentence=first_sentence),
        Stop(KHASAN, status="confirmed", date="2031-05-02"),
        Stop(USSURIYSK, status="confirmed"),
        Stop(VOSTOCHNY, status="speculated"),
        Stop(KOMSOMOLSK, role="destination", status="speculated"),
    )
    legs = tuple(
        Leg(a, b, mode="rail", straight_km=distance_km(a.place, b.place))
        for a, b in itertools.pairwise(stops)
    )
    return Journey(stops=stops, legs=legs, title="A journey in the far east")


def example_map(**changes: object):
    options: dict = {
        "claims": [checked_claim(CLAIM_SENTENCE, USSURIYSK, VOSTOCHNY)],
        "sites": [PYONGYANG, KHASAN, USSURIYSK, VOSTOCHNY, KOMSOMOLSK, VLADIVOSTOK],
        "sentences": {VLADIVOSTOK: [(FORUM, "2031-05-03")]},
    }
    options.update(changes)
    return render(example_journey(), **options)


# --------------------------------------------------------------------------- harness

_LEAFLET = files("xstatic.pkg.leaflet") / "data"
_JQUERY = files("xstatic.pkg.jquery") / "data"
_BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/58BAwAI/AL+hc2rNAAAAABJRU5ErkJggg=="
)
_NPM_LEAFLET = r"^https://cdn\.jsdelivr\.net/npm/leaflet@1\.9\.3/dist/"
_ESRI_TILE = (
    r"^https://server\.arcgisonline\.com/ArcGIS/rest/services/Canvas/"
    r"World_Light_Gray_(Base|Reference)/MapServer/tile/\d+/\d+/\d+$"
)
#: What the default page may ask for, and what the browser is handed instead.
_CDN = [
    (_NPM_LEAFLET + r"leaflet\.js$", "text/javascript", lambda: _file(_LEAFLET, "leaflet.js")),
    (_NPM_LEAFLET + r"leaflet\.css$", "text/css", lambda: _file(_LEAFLET, "leaflet.css")),
    (_NPM_LEAFLET + r"images/[\w-]+\.png$", "image/png", lambda: _BLANK_PNG),
    (r"^https://code\.jquery\.com/jquery-3\.7\.1\.min\.js$", "text/javascript",
     lambda: _file(_JQUERY, "jquery.min.js")),
    (r"\.js$", "text/javascript", lambda: b""),  # Bootstrap, awesome-markers: unused
    (r"\.css$", "text/css", lambda: b""),  # Bootstrap, Font Awesome, glyphicons: unused
    (_ESRI_TILE, "image/png", lambda: _BLANK_PNG),
]  # fmt: skip
_KNOWN_HOSTS = (
    "https://cdn.jsdelivr.net/",
    "https://code.jquery.com/",
    "https://cdnjs.cloudflare.com/",
    "https://netdna.bootstrapcdn.com/",
    "https://server.arcgisonline.com/",
)


def _file(folder, name: str) -> bytes:
    return (folder / name).read_bytes()


@dataclass
class Visit:
    """A page opened in the browser, with what it did."""

    page: Page
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)  # requests not to file: or data:
    unexpected: list[str] = field(default_factory=list)  # requests nothing answers
    dialogs: list[str] = field(default_factory=list)

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def js(self, script: str, arg: object = None) -> object:
        return self.page.evaluate(script, arg)


_FIND_MAP = "Object.values(window).find(v => v instanceof L.Map)"


@pytest.fixture
def open_map(browser: Browser, tmp_path: Path) -> Iterator[Callable[..., Visit]]:
    contexts = []

    def opener(m, mode: str, viewport: dict[str, int] = VIEWPORT) -> Visit:
        path = save(m, tmp_path / f"map-{mode}-{len(contexts)}.html", offline=mode == "offline")
        context = browser.new_context(viewport=viewport)
        context.set_default_timeout(10_000)  # a broken page fails in seconds, not 30
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page)
        page.on("console", lambda msg: msg.type == "error" and visit.errors.append(msg.text))
        page.on("pageerror", lambda exc: visit.errors.append(f"page error: {exc}"))

        def on_dialog(dialog) -> None:
            visit.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

        def route(r: Route) -> None:
            url = r.request.url
            if url.startswith(("file:", "data:")):
                r.continue_()
                return
            visit.outside.append(url)
            if mode == "default" and url.startswith(_KNOWN_HOSTS):
                for pattern, mime, body in _CDN:
                    if re.search(pattern, url):
                        r.fulfill(status=200, content_type=mime, body=body())
                        return
            visit.unexpected.append(url)
            r.abort()

        page.route("**/*", route)
        page.goto(path.as_uri())
        page.wait_for_selector(".leaflet-container")
        page.wait_for_function(
            "() => window.L && " + _FIND_MAP + " && document.readyState == 'complete'"
            " && !document.querySelector('.leaflet-zoom-anim')"
        )
        return visit

    yield opener
    for context in contexts:
        context.close()


def hover_along(visit: Visit, selector: str, fraction: float = 0.4) -> None:
    """Move the mouse onto an SVG path, ``fraction`` of the way along it."""
    x, y = visit.js(
        """([sel, f]) => {
            const path = document.querySelector(sel);
            const p = path.getPointAtLength(path.getTotalLength() * f);
            const q = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
            return [q.x, q.y];
        }""",
        [selector, fraction],
    )
    visit.page.mouse.move(x - 20, y - 20)
    visit.page.mouse.move(x, y, steps=4)


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("mode", MODES)
def test_map_opens_with_no_error_and_every_element(open_map, mode: str) -> None:
    visit = open_map(example_map(), mode)
    assert visit.errors == []
    assert visit.unexpected == []
    assert visit.count(".mapper-stop") == 5
    assert visit.count(".mapper-site") == 6
    assert visit.count("path.mapper-leg") == 4
    assert visit.count("path.mapper-claim") == 1
    assert visit.count(".mapper-arrow") == 4
    for control in (".mapper-title", ".mapper-legend", ".leaflet-control-layers",
                    ".leaflet-control-scale", ".mapper-measure", ".mapper-fullscreen"):  # fmt: skip
        assert visit.count(control) == 1, control
    assert visit.page.inner_text(".mapper-title") == "A journey in the far east\n" + (
        "5 stops · 6 sites · 1 distance claim"
    )
    labels = visit.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert [label.strip() for label in labels] == ["Journey", "Sites", "Claims"]


def test_default_page_asks_only_for_its_assets_and_tiles(open_map) -> None:
    visit = open_map(example_map(), "default")
    assert visit.unexpected == []
    # only what the page draws with: no Bootstrap, Font Awesome or awesome-markers
    assert not [u for u in visit.outside if re.search(r"bootstrap|fontawesome|awesome", u)]
    assert any("/leaflet.js" in url for url in visit.outside)
    assert any("World_Light_Gray_Base/MapServer/tile/" in url for url in visit.outside)
    assert "Esri" in visit.page.inner_text(".leaflet-control-attribution")


def test_offline_page_makes_no_request_and_draws_its_basemap(open_map) -> None:
    visit = open_map(example_map(), "offline")
    assert visit.outside == []
    assert visit.errors == []
    assert visit.count("path.mapper-basemap-land") == 1
    assert visit.count("path.mapper-basemap-border") == 1
    assert visit.count(".leaflet-tile") == 0
    assert "Natural Earth" in visit.page.inner_text(".leaflet-control-attribution")


@pytest.mark.parametrize("mode", MODES)
def test_site_popup_opens_with_the_sentence_and_date(open_map, mode: str) -> None:
    visit = open_map(example_map(), mode)
    visit.page.click('.mapper-site svg[aria-label^="Vladivostok"]')
    popup = visit.page.wait_for_selector(".leaflet-popup-content")
    text = popup.inner_text()
    assert "Vladivostok" in text
    assert "43.1056° N, 131.8735° E" in text
    assert FORUM in text
    assert "2031-05-03" in text
    assert visit.errors == []


@pytest.mark.parametrize("mode", MODES)
def test_stop_popup_opens_from_the_numbered_pin(open_map, mode: str) -> None:
    visit = open_map(example_map(), mode)
    visit.page.click('.mapper-pin[aria-label="stop 2: Khasan station"]')
    text = visit.page.wait_for_selector(".leaflet-popup-content").inner_text()
    assert "2. Khasan station" in text
    assert "2031-05-02" in text
    legend_open = "() => document.querySelector('.mapper-legend details').open"
    assert visit.js(legend_open) is False  # folded so that it hides no popup
    visit.page.click(".leaflet-popup-close-button")
    visit.page.wait_for_function(legend_open)


@pytest.mark.parametrize("mode", MODES)
def test_claim_tooltip_shows_measured_against_claimed(open_map, mode: str) -> None:
    visit = open_map(example_map(), mode)
    hover_along(visit, "path.mapper-claim")
    tooltip = visit.page.wait_for_selector(".leaflet-tooltip:has-text('938')")
    text = tooltip.inner_text()
    assert "claimed 900 km (about) vs measured 938 km straight — consistent" in text
    assert "direction NW claimed, NNW measured (bearing 345°), 30° off" in text
    assert visit.errors == []


@pytest.mark.parametrize("mode", MODES)
def test_hostile_text_shows_literally_and_runs_nothing(open_map, mode: str) -> None:
    m = render(
        example_journey(first_sentence=HOSTILE),
        sites=[VLADIVOSTOK],
        sentences={VLADIVOSTOK: [(HOSTILE, "2031-05-03")]},
        title=HOSTILE_TITLE,
    )
    visit = open_map(m, mode)
    assert visit.page.inner_text(".mapper-title h1") == HOSTILE_TITLE
    visit.page.click('.mapper-site svg[aria-label^="Vladivostok"]')
    text = visit.page.wait_for_selector(".leaflet-popup-content").inner_text()
    assert HOSTILE in text
    visit.page.click('.mapper-pin[aria-label="stop 1: Pyongyang"]')
    visit.page.wait_for_selector(".leaflet-popup-content:has-text('Pyongyang')")
    assert HOSTILE in visit.page.inner_text(".leaflet-popup-content")
    visit.page.wait_for_timeout(300)
    assert visit.dialogs == []
    assert visit.errors == []
    assert visit.count(".leaflet-popup-content script, .leaflet-popup-content b") == 0
    assert not any(url.endswith("/x") for url in visit.outside)


@pytest.mark.parametrize("mode", MODES)
def test_antimeridian_leg_is_one_short_line(open_map, mode: str) -> None:
    stops = (Stop(VLADIVOSTOK, mode="air"), Stop(ANCHORAGE, mode="air", role="destination"))
    visit = open_map(render(Journey(stops=stops, title="Across the date line")), mode)
    assert visit.errors == []
    assert visit.count("path.mapper-leg") == 1
    lons = visit.js(
        f"""() => {{
            const map = {_FIND_MAP};
            const lons = [];
            map.eachLayer(l => {{
                if (l instanceof L.Polyline && /mapper-leg/.test(l.options.className || ""))
                    l.getLatLngs().forEach(p => lons.push(p.lng));
            }});
            return lons;
        }}"""
    )
    assert len(lons) > 10
    jumps = [abs(b - a) for a, b in itertools.pairwise(lons)]
    assert max(jumps) < 5.0
    assert abs(lons[-1] - lons[0]) == pytest.approx(78.2, abs=0.1)
    width_px, world_px = visit.js(
        f"""() => {{
            const map = {_FIND_MAP};
            const b = map.getPixelWorldBounds();
            return [document.querySelector("path.mapper-leg").getBoundingClientRect().width,
                    b.max.x - b.min.x];
        }}"""
    )
    # 78.2 degrees is 22 % of the world's width; the wrong way round would be 78 %.
    assert width_px < 0.3 * world_px
    if mode == "offline":  # the basemap is drawn again past 180 E so Alaska has land
        assert visit.count("path.mapper-basemap-land") == 2


def test_layer_control_hides_and_shows_the_claims(open_map) -> None:
    visit = open_map(example_map(), "offline")
    toggle = visit.page.locator(".leaflet-control-layers-overlays label", has_text="Claims")
    toggle.click()
    assert visit.count("path.mapper-claim") == 0
    toggle.click()
    assert visit.count("path.mapper-claim") == 1


def test_measure_tool_measures_between_two_clicks(open_map) -> None:
    visit = open_map(example_map(), "offline")
    visit.page.click(".mapper-measure a")
    for lat, lon in ((45.0, 125.0), (50.0, 125.0)):
        x, y = visit.js(
            f"""([lat, lon]) => {{
                const map = {_FIND_MAP};
                const p = map.latLngToContainerPoint([lat, lon]);
                const r = map.getContainer().getBoundingClientRect();
                return [r.left + p.x, r.top + p.y];
            }}""",
            [lat, lon],
        )
        visit.page.mouse.click(x, y)
        visit.page.wait_for_timeout(350)  # two quick clicks would be a double-click
    label = visit.page.wait_for_selector(".mapper-measure-label").inner_text()
    km, miles = map(int, re.fullmatch(r"(\d+) km \((\d+) mi\)", label).groups())
    # 5 degrees of a meridian on Leaflet's sphere of radius 6,371 km: 555.97 km; a click
    # lands on a whole pixel, about 3.3 km at this zoom and latitude.
    assert km == pytest.approx(556, abs=7)
    assert miles == pytest.approx(km / 1.609344, abs=1)
    visit.page.keyboard.press("Escape")
    visit.page.wait_for_selector(".mapper-measure-label", state="detached")  # fades in 0.2 s
    assert visit.count("path.mapper-measure-line") == 0
    assert visit.errors == []


def test_fullscreen_button_toggles(open_map) -> None:
    visit = open_map(example_map(), "offline")
    state = (
        "() => Boolean(document.fullscreenElement) || "
        "document.querySelector('.leaflet-container').classList.contains('mapper-pseudo-fullscreen')"
    )
    visit.page.click(".mapper-fullscreen a")
    visit.page.wait_for_function(state)
    visit.page.click(".mapper-fullscreen a")
    visit.page.wait_for_function(f"() => !({state})()")
    assert visit.errors == []


PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize(("viewport", "folded"), [(VIEWPORT, False), (PHONE, True)])
def test_the_legend_starts_folded_on_a_phone_and_every_stop_is_in_view(
    open_map, viewport: dict[str, int], folded: bool
) -> None:
    visit = open_map(example_map(), "offline", viewport)
    assert visit.js("() => document.querySelector('.mapper-legend details').open") is not folded
    # the opening view holds every numbered stop inside the window
    boxes = visit.js(
        """() => [...document.querySelectorAll('.mapper-pin')].map(e => {
            const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];
        })"""
    )
    assert boxes
    for left, top, right, bottom in boxes:
        assert (
            left >= 0 and right <= viewport["width"] and top >= 0 and bottom <= viewport["height"]
        )


def test_on_a_phone_popups_fit_and_the_title_leaves_the_layer_control_free(open_map) -> None:
    visit = open_map(example_map(), "offline", PHONE)
    visit.page.locator(".mapper-pin").first.click()
    visit.page.wait_for_selector(".leaflet-popup")
    visit.page.wait_for_timeout(800)  # the map pans the popup into view
    left, right = visit.js(
        """() => { const r = document.querySelector('.leaflet-popup').getBoundingClientRect();
                   return [r.left, r.right]; }"""
    )
    assert left >= 0 and right <= PHONE["width"]
    title, layers = visit.js(
        """() => [document.querySelector('.mapper-title'),
                  document.querySelector('.leaflet-control-layers')].map(e => {
            const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"""
    )
    overlap_x = min(title[2], layers[2]) - max(title[0], layers[0])
    overlap_y = min(title[3], layers[3]) - max(title[1], layers[1])
    assert overlap_x <= 0 or overlap_y <= 0, (title, layers)


def test_the_claims_panel_lists_every_claim_and_zooms_to_one(open_map) -> None:
    drawn = checked_claim(CLAIM_SENTENCE, USSURIYSK, VOSTOCHNY)
    unresolved = checked_claim(CLAIM_SENTENCE, None, VOSTOCHNY)
    visit = open_map(example_map(claims=[drawn, unresolved]), "offline")
    items = visit.page.locator(".mapper-claims-panel li")
    assert items.count() == 2  # the unresolved claim is listed too, with its reason
    texts = [items.nth(i).inner_text() for i in range(2)]
    assert drawn.verdict in texts[0] and "unresolved" in texts[1]
    assert "origin or target could not be resolved" in texts[1]
    assert visit.page.locator(".mapper-claims-panel li[data-bounds]").count() == 1
    before = visit.js("() => " + _FIND_MAP + ".getBounds().toBBoxString()")
    items.nth(0).click()
    after = visit.js("() => " + _FIND_MAP + ".getBounds().toBBoxString()")
    assert before != after
    # the view now holds both ends of the claim, Ussuriysk and the cosmodrome
    for place in (USSURIYSK, VOSTOCHNY):
        assert visit.js(
            "([lat, lon]) => " + _FIND_MAP + ".getBounds().contains([lat, lon])",
            [place.lat, place.lon],
        )
    assert not visit.errors


def test_a_timeline_steps_through_dated_stops_in_order(open_map) -> None:
    visit = open_map(example_map(), "offline")
    label = visit.page.locator(".mapper-timeline-label")
    forward = visit.page.locator(".mapper-timeline button[data-step='1']")
    forward.click()
    assert label.inner_text() == "1 · Pyongyang"
    forward.click()
    assert label.inner_text() == "2 · 2031-05-02 · Khasan station"
    lat, lon = visit.js("() => { const c = " + _FIND_MAP + ".getCenter(); return [c.lat, c.lng]; }")
    assert abs(lat - KHASAN.lat) < 0.01 and abs(lon - KHASAN.lon) < 0.01
    visit.page.locator(".mapper-timeline button[data-step='-1']").click()
    assert label.inner_text() == "1 · Pyongyang"
    assert not visit.errors


def test_no_timeline_without_dates(open_map) -> None:
    undated = example_journey()
    stops = tuple(dataclasses.replace(s, date="") for s in undated.stops)
    visit = open_map(render(dataclasses.replace(undated, stops=stops)), "offline")
    assert visit.page.locator(".mapper-timeline").count() == 0


def test_an_online_map_whose_tiles_fail_says_why_it_is_blank(open_map) -> None:
    visit = open_map(example_map(), "default")
    assert visit.page.locator(".mapper-notice").count() == 0  # tiles loaded: no notice
    visit.js(
        "() => " + _FIND_MAP + ".eachLayer(l => { if (l instanceof L.TileLayer) "
        "l.fire('tileerror', {tile: null, coords: null}); })"
    )
    notice = visit.page.locator(".mapper-notice")
    assert notice.count() == 1 and "--offline" in notice.inner_text()


def test_places_that_are_not_stops_are_named_once_zoomed_in(open_map) -> None:
    visit = open_map(example_map(), "offline")
    labels = visit.page.locator(".mapper-site-label .mapper-site-name")
    # Vladivostok is a site but no stop: its name, and only its, beside its symbol
    assert labels.count() == 1 and labels.first.inner_text() == "Vladivostok"
    zoom = visit.js("() => " + _FIND_MAP + ".getZoom()")
    assert zoom < 7 and not labels.first.is_visible()  # the journey view: no crowding
    visit.js("() => " + _FIND_MAP + ".setView([43.1, 131.9], 8, {animate: false})")
    visit.page.wait_for_function("() => document.querySelector('.mapper-zoomed-in')")
    assert labels.first.is_visible()


def _decoded_sums(topology: dict) -> dict[str, list[float]]:
    """Count and sum the points of land and borders as the ``topojson`` package decodes
    them; a ring's closing point (the first again) is left out, as Leaflet leaves it."""
    import topojson.utils

    sums: dict[str, list[float]] = {}
    collection = topojson.utils.serialize_as_geojson(topology, validate=False)
    for feature in collection["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "MultiPolygon":
            rings = [ring for polygon in geometry["coordinates"] for ring in polygon]
            points = [p for ring in rings for p in ring[:-1]]
        else:
            points = [p for line in geometry["coordinates"] for p in line]
        sums[feature["properties"]["kind"]] = [
            len(points),
            sum(p[0] for p in points),
            sum(p[1] for p in points),
        ]
    return sums


def test_the_offline_basemap_decodes_as_the_topojson_package_does(open_map) -> None:
    from mapper.maps.basemap_data import page_data

    visit = open_map(example_map(), "offline")
    seen = visit.js(
        """() => {
            const map = """
        + _FIND_MAP
        + """;
            const sums = {};
            for (const [kind, css] of [["land", "land"], ["borders", "border"]]) {
                const path = document.querySelector("path.mapper-basemap-" + css);
                const layer = Object.values(map._layers).find(l => l._path === path);
                const points = layer.getLatLngs().flat(3);
                sums[kind] = [points.length, points.reduce((s, p) => s + p.lng, 0),
                              points.reduce((s, p) => s + p.lat, 0)];
            }
            return sums;
        }"""
    )
    expected = _decoded_sums(page_data()["topology"])
    assert expected["land"][0] > 50_000 and expected["borders"][0] > 5_000
    for kind, (count, lon_sum, lat_sum) in expected.items():
        assert seen[kind][0] == count, kind
        assert seen[kind][1] == pytest.approx(lon_sum, abs=1e-6 * count), kind
        assert seen[kind][2] == pytest.approx(lat_sum, abs=1e-6 * count), kind


def _label_boxes(visit: Visit) -> list[list[float]]:
    return visit.js(
        """() => [...document.querySelectorAll(".mapper-city span")].map(s => {
            const r = s.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];
        })"""
    )


def test_the_offline_basemap_names_big_cities_without_overlaps(open_map) -> None:
    visit = open_map(example_map(), "offline")
    visit.js("() => " + _FIND_MAP + ".setView([36.5, 136.0], 6, {animate: false})")
    names = visit.page.locator(".mapper-city").all_inner_texts()
    assert "Tokyo" in names and "Osaka" in names
    boxes = _label_boxes(visit)
    for a, b in itertools.combinations(boxes, 2):  # no two names overlap
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
    controls = visit.js(
        """() => [...document.querySelectorAll(".leaflet-control")].map(c => {
            const r = c.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];
        })"""
    )
    for a, b in itertools.product(boxes, controls):  # and none is under a control
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
    assert "GeoNames" in visit.page.inner_text(".leaflet-control-attribution")
    assert visit.errors == []


def test_the_bundled_story_makes_an_offline_file_under_a_megabyte(browser, tmp_path) -> None:
    from mapper.example import example_article
    from mapper.story import read_story

    path = save(render(read_story(example_article())), tmp_path / "story.html", offline=True)
    assert path.stat().st_size < 1_000_000
    page = browser.new_page(viewport=VIEWPORT)
    outside: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
               else (outside.append(r.request.url), r.abort()))  # fmt: skip
    page.goto(path.as_uri())
    page.wait_for_selector(".mapper-basemap-land")
    assert outside == []
    page.close()


def test_the_measure_tool_snaps_to_places(open_map) -> None:
    visit = open_map(example_map(), "offline")
    visit.page.click(".mapper-measure a")
    visit.page.locator(".mapper-pin", has_text="3").click()  # Ussuriysk's pin
    visit.page.wait_for_timeout(350)
    x, y = visit.js(
        """([lat, lon]) => {
            const map = """
        + _FIND_MAP
        + """;
            const p = map.latLngToContainerPoint([lat, lon]);
            const r = map.getContainer().getBoundingClientRect();
            return [r.left + p.x + 9, r.top + p.y + 5];
        }""",
        [KHASAN.lat, KHASAN.lon],
    )
    visit.page.mouse.click(x, y)  # 10 px off Khasan's point
    label = visit.page.wait_for_selector(".mapper-measure-label").inner_text()
    km = int(re.fullmatch(r"(\d+) km \(\d+ mi\)", label).group(1))
    # Leaflet's sphere (R = 6,371 km), by the haversine formula, between the two places
    p1, p2 = math.radians(USSURIYSK.lat), math.radians(KHASAN.lat)
    dl = math.radians(KHASAN.lon - USSURIYSK.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    assert km == round(2 * 6371 * math.asin(math.sqrt(h)))
    assert visit.page.locator(".leaflet-popup").count() == 0  # the click measured, no popup
    assert visit.errors == []
