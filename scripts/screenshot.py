"""Take a PNG screenshot of a map page with headless Chromium (for docs/map.png).

Run from the project root::

    python scripts/screenshot.py                 # the bundled story's map -> docs/map.png
    python scripts/screenshot.py --phone         # at 390x844 -> docs/map-phone.png
    python scripts/screenshot.py map.html -o out.png   # a saved map; network allowed

Without a page it runs the pipeline on the bundled example story, as ``mapper demo``
does (or, with ``--fixture``, draws hand-made example inputs), and saves the map with
``offline=True``, so the picture needs no network and comes out the same on every
machine: that page is opened from disk with every network request blocked.

Needs Playwright for Python (``pip install playwright``) and Debian's Chromium
(``apt-get install chromium``); Playwright's own browser download is not used.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def example_inputs() -> dict:
    """Return the example's journey, claims, sites, sentences and title for ``render()``.

    The places are the founding story's; the sentences are written for this example.
    """
    from mapper.claims import check_claim, find_claims
    from mapper.geodesy import distance_km
    from mapper.model import Journey, Leg, Mention, Place, Stop

    pyongyang = Place(
        "Pyongyang", lat=39.03385, lon=125.75432, kind="city", country="KP",
        source="geonames:1871859",
    )  # fmt: skip
    khasan = Place(
        "Khasan station", lat=42.43006, lon=130.64492, kind="station", country="RU",
        admin1="Primorsky Krai",
    )  # fmt: skip
    ussuriysk = Place(
        "Ussuriysk", lat=43.80467, lon=131.95734, kind="city", country="RU",
        admin1="Primorsky Krai", source="geonames:2014006",
    )  # fmt: skip
    vostochny = Place(
        "Vostochny Cosmodrome", lat=51.8844, lon=128.33393, kind="spaceport", country="RU",
        admin1="Amur Oblast",
    )  # fmt: skip
    komsomolsk = Place(
        "Komsomolsk-on-Amur", lat=50.55034, lon=137.00995, kind="city", country="RU",
        admin1="Khabarovsk Krai", source="geonames:2021851",
    )  # fmt: skip
    vladivostok = Place(
        "Vladivostok", lat=43.10562, lon=131.87353, kind="city", country="RU",
        admin1="Primorsky Krai", source="geonames:2013348",
    )  # fmt: skip

    stops = (
        Stop(pyongyang, role="origin", status="implied", date="2023-09-10",
             sentence="The leader's train is understood to have left the capital on Sunday."),
        Stop(khasan, status="confirmed", date="2023-09-12",
             sentence="At the border crossing, officials met the train with bread and salt."),
        Stop(ussuriysk, status="confirmed", date="2023-09-12",
             sentence="Railway workers saw the green carriages roll through Ussuriysk."),
        Stop(vostochny, status="speculated",
             sentence="Analysts expect a visit to the launch site north of the Amur."),
        Stop(komsomolsk, role="destination", status="speculated",
             sentence="An aircraft factory in Komsomolsk-on-Amur may be the last stop."),
    )  # fmt: skip
    legs = [
        Leg(a, b, mode="rail", straight_km=distance_km(a.place, b.place))
        for a, b in itertools.pairwise(stops)
    ]
    forum = "Vladivostok hosts an economic forum this week."
    journey = Journey(
        stops=stops,
        legs=tuple(legs),
        sites=(Mention("Vladivostok", 0, 11, vladivostok, confidence=0.9),),
        title="Where is the train going? An example journey",
    )

    [claim] = find_claims("The cosmodrome lies about 900 km northwest of Ussuriysk.")
    return {
        "journey": journey,
        "claims": [check_claim(claim, ussuriysk, vostochny)],
        "sites": [pyongyang, khasan, ussuriysk, vostochny, komsomolsk],
        "sentences": {vladivostok: [(forum, "2023-09-12")]},
        "title": journey.title,
    }


def example_map():
    """Return the map of :func:`example_inputs` (a folium.Map), made without the pipeline."""
    from mapper.maps import render

    inputs = example_inputs()
    return render(inputs.pop("journey"), **inputs)


def demo_map():
    """Return the bundled story's map as ``mapper demo`` draws it (the whole pipeline)."""
    from mapper.example import example_article
    from mapper.maps import render
    from mapper.story import read_story

    title = "Bundled example: a train journey into the Russian Far East"
    return render(read_story(example_article(), title=title))


def screenshot(
    page_path: Path, out: Path, *, width: int = 1200, height: int = 800, network: bool = False
) -> Path:
    """Open ``page_path`` in headless Chromium and save a PNG of it.

    With ``network=False`` every request that is not ``file:`` or ``data:`` is aborted.
    Raises RuntimeError when the page raises a JavaScript error or shows no map.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    out.parent.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            if not network:
                page.route(
                    "**/*",
                    lambda route: (
                        route.continue_()
                        if route.request.url.startswith(("file:", "data:"))
                        else route.abort()
                    ),
                )
            page.goto(page_path.resolve().as_uri())
            try:
                page.wait_for_function(
                    "() => window.L && document.querySelector('.leaflet-container')",
                    timeout=20_000,
                )
            except PlaywrightError as exc:
                hint = "" if network else " (the network was blocked: is it an offline map?)"
                raise RuntimeError(f"{page_path} shows no map{hint}; {errors}") from exc
            page.wait_for_timeout(800)  # let the SVG layers (and any tiles) settle
            page.screenshot(path=str(out))
        finally:
            browser.close()
    if errors:
        raise RuntimeError(f"the page raised errors: {errors}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, help="a map HTML file (default: example)")
    parser.add_argument("-o", "--output", type=Path, help="default: docs/map.png")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument(
        "--phone", action="store_true", help="a phone's screen, 390x844 (docs/map-phone.png)"
    )
    parser.add_argument(
        "--no-network", action="store_true", help="block the network for a given page too"
    )
    parser.add_argument(
        "--fixture",
        action="store_true",
        help="draw the hand-made example inputs instead of running the pipeline",
    )
    args = parser.parse_args(argv)
    if args.phone:
        args.width, args.height = 390, 844
    if args.output is None:
        args.output = ROOT / "docs" / ("map-phone.png" if args.phone else "map.png")
    if not Path(CHROMIUM).exists():
        print(f"Error: {CHROMIUM} not found; apt-get install chromium", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    with tempfile.TemporaryDirectory() as tmp:
        page = args.page
        if page is None:
            from mapper.maps import save

            m = example_map() if args.fixture else demo_map()
            page = save(m, Path(tmp) / "map.html", offline=True)
        network = args.page is not None and not args.no_network
        try:
            out = screenshot(
                page, args.output, width=args.width, height=args.height, network=network
            )
        except RuntimeError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
