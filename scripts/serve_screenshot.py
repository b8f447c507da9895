"""Take screenshots of ``mapper serve`` reading the bundled story (docs/serve.png, and
docs/serve-phone.png at 390x844), with headless Chromium.

Run from the project root::

    python scripts/serve_screenshot.py

The server runs in this process on a free loopback port; every request to anything
else is blocked, so the pictures come out the same on every machine. Needs Playwright
for Python and Debian's Chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder for the pictures")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import uvicorn
    from playwright.sync_api import sync_playwright

    from mapper.example import example_article
    from mapper.serve.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        shots = (("serve.png", {"width": 1400, "height": 900}, False),
                 ("serve-phone.png", {"width": 390, "height": 844}, False))  # fmt: skip
        for name, viewport, full in shots:
            page = browser.new_page(viewport=viewport)
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
                (url, "data:", "about:", "blob:")) else r.abort())  # fmt: skip
            page.goto(url + "/")
            page.fill("#text", example_article())
            page.click("#read")
            page.wait_for_selector("#claims li")
            page.frame_locator("#map").locator("path.mapper-basemap-land").wait_for(
                state="attached"
            )
            page.wait_for_timeout(800)
            if viewport["width"] < 600:
                page.locator("#claims").scroll_into_view_if_needed()
            out = Path(args.out) / name
            page.screenshot(path=str(out), full_page=full)
            print(f"wrote {out}")
            page.close()
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
