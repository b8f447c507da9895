"""mapper serve in a real browser: Debian's headless Chromium, driven by Playwright, on a
server started in this process on a free loopback port.

A request to anything but that server (and ``data:``/``blob:``/``about:``) fails the
test. Skipped, with the reason, when Playwright or /usr/bin/chromium is missing.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the browser fixture (tests/conftest.py) skips without them
    from playwright.sync_api import Browser, Page
from geographiclib.geodesic import Geodesic

uvicorn = pytest.importorskip("uvicorn")

from mapper.example import example_article  # noqa: E402
from mapper.serve.app import create_app  # noqa: E402

KHABAROVSK = (48.48271, 135.08379)  # GeoNames 2022890
VLADIVOSTOK = (43.10562, 131.87353)  # GeoNames 2013348
HOSTILE = (
    "Crowds in Vladivostok cheered <img src=x onerror=alert(1)> ${1+1} `ls` "
    '<script>alert(2)</script> <a href="javascript:alert(3)">link</a>.'
)
SHOWS_KHABAROVSK = (
    "() => document.querySelector('#claims').innerText.includes('Vladivostok → Khabarovsk')"
)
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


class Visit:
    def __init__(self, page: Page) -> None:
        self.page, self.outside, self.errors, self.dialogs = page, [], [], []


@pytest.fixture
def visit(browser: Browser, server: str) -> Iterator:
    contexts = []

    def opener(viewport: dict[str, int] = DESKTOP) -> Visit:
        context = browser.new_context(viewport=viewport, accept_downloads=True)
        context.set_default_timeout(20_000)
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)
        page.on("pageerror", lambda exc: seen.errors.append(str(exc)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))

        def route(r) -> None:
            url = r.request.url
            if url.startswith((server, "data:", "blob:", "about:")):
                r.continue_()
            else:
                seen.outside.append(url)
                r.abort()

        page.route("**/*", route)
        page.goto(server + "/")
        return seen

    yield opener
    for context in contexts:
        context.close()


def post_json(url: str, body: dict) -> dict:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def read(page: Page, text: str) -> None:
    page.fill("#text", text)
    page.click("#read")
    page.wait_for_selector("#claims li, #stops li")
    page.wait_for_function("() => !document.querySelector('#read').disabled")
    page.frame_locator("#map").locator("path.mapper-basemap-land").wait_for(state="attached")


def claim_line(page: Page, ends: str) -> str:
    return page.locator("#claims li", has_text=ends).first.inner_text()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_paste_correct_a_place_and_download_the_map(visit, server, tmp_path, viewport) -> None:
    seen = visit(viewport)
    page = seen.page
    read(page, example_article())
    claims = page.locator("#claims li")
    story = post_json(server + "/api/story", {"text": example_article()})
    assert claims.count() == len(story["claims"]) >= 3
    assert page.locator("#stops li").count() == len(story["journey"]["stops"])
    before = claim_line(page, "Vladivostok → Ussuriysk")
    assert "consistent" in before
    # the claim's located end is the "Ussuriysk" it names: make it Khabarovsk instead
    (target,) = [c["to"]["span"][0] for c in story["claims"] if c["to"]["name"] == "Ussuriysk"]
    row = page.locator(f'#places tr[data-start="{target}"]')
    search = row.locator('input[type="search"]')
    search.fill("Khabarov")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#search-results option')]"
        ".some(o => o.value.startsWith('Khabarovsk (city'))"
    )
    label = page.eval_on_selector_all(
        "#search-results option",
        "os => os.map(o => o.value).find(v => v.startsWith('Khabarovsk (city'))",
    )
    search.fill(label)
    search.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('#claims').innerText.includes('Vladivostok → Khabarovsk')"
    )
    page.wait_for_function("() => !document.querySelector('#read').disabled")
    after = claim_line(page, "Vladivostok → Khabarovsk")
    measured = int(re.search(r"measured ([\d,]+) km", after).group(1).replace(",", ""))
    expected = Geodesic.WGS84.Inverse(*VLADIVOSTOK, *KHABAROVSK)["s12"] / 1000
    assert measured == pytest.approx(expected, abs=2)
    assert "understated" in after
    # a click on the claim zooms the map to it
    zoom_before = (
        page.frame_locator("#map")
        .locator("body")
        .evaluate("() => Object.values(window).find(v => v instanceof L.Map).getZoom()")
    )
    page.locator("#claims li", has_text="Vladivostok → Khabarovsk").first.click()
    page.wait_for_timeout(600)
    bounds = (
        page.frame_locator("#map")
        .locator("body")
        .evaluate(
            "() => { const b = Object.values(window).find(v => v instanceof L.Map).getBounds();"
            " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
        )
    )
    assert bounds[0] <= VLADIVOSTOK[0] and bounds[2] >= KHABAROVSK[0]
    assert zoom_before is not None
    # download the offline map and open it with no network at all
    with page.expect_download() as download:
        page.click('[data-export="map.html"]')
    saved = tmp_path / "map.html"
    download.value.save_as(saved)
    offline = page.context.new_page()
    outside: list[str] = []
    offline.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                  else (outside.append(r.request.url), r.abort()))  # fmt: skip
    offline.goto(saved.as_uri())
    offline.wait_for_selector("path.mapper-basemap-land", state="attached")
    assert "Khabarovsk" in offline.content()
    assert outside == []
    # the session saves and opens again with its correction
    with page.expect_download() as download:
        page.click("#save-session")
    session_file = tmp_path / "session.json"
    download.value.save_as(session_file)
    assert off_screen(page) == []
    fresh = visit(viewport)
    fresh.page.set_input_files("#session-file", str(session_file))
    fresh.page.wait_for_function(
        "() => document.querySelector('#claims').innerText.includes('Vladivostok → Khabarovsk')"
    )
    assert seen.outside == [] and fresh.outside == []
    assert seen.errors == [] and fresh.errors == []


def off_screen(page: Page) -> list[str]:
    """Return the page's visible elements that reach past the window's left or right."""
    return page.evaluate(
        """() => [...document.querySelectorAll("body *")].filter(e => {
            const r = e.getBoundingClientRect(), s = getComputedStyle(e);
            return r.width > 0 && s.visibility !== "hidden" && e.type !== "file"
                && (r.left < -1 || r.right > window.innerWidth + 1);
        }).map(e => e.tagName + "." + e.className)"""
    )


def test_on_a_phone_nothing_is_off_screen(visit) -> None:
    seen = visit(PHONE)
    page = seen.page
    read(page, example_article())
    assert off_screen(page) == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    assert seen.errors == [] and seen.outside == []


def test_hostile_text_shows_literally_and_runs_nothing(visit) -> None:
    seen = visit()
    page = seen.page
    page.fill("#text", HOSTILE)
    page.click("#read")
    page.wait_for_selector("#places tbody tr")
    page.frame_locator("#map").locator("path.mapper-basemap-land").wait_for(state="attached")
    page.wait_for_timeout(300)
    assert seen.dialogs == []
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^=javascript]").count() == 0
    assert "Vladivostok" in page.inner_text("#places")
    assert page.frame_locator("#map").locator("img[src=x]").count() == 0
    assert seen.errors == []


def test_a_non_utf8_upload_gets_a_clear_message(visit, tmp_path) -> None:
    seen = visit()
    bad = tmp_path / "story.txt"
    bad.write_bytes("Ussuriysk".encode("utf-16"))
    seen.page.set_input_files("#file", str(bad))
    seen.page.wait_for_selector("#status.error")
    assert "not UTF-8" in seen.page.inner_text("#status")
