"""notebooks/distances.ipynb runs top to bottom and shows the right figures."""

from __future__ import annotations

import json
from pathlib import Path

import nbclient
import nbformat
import pytest
from geographiclib.geodesic import Geodesic

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "distances.ipynb"
USSURIYSK = (43.80467, 131.95734)  # GeoNames 2014006
VOSTOCHNY = (51.88, 128.33)  # launch complex area, ../shared/seed/README.md


@pytest.fixture(scope="module")
def executed() -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3").execute()
    return nb


@pytest.fixture(scope="module")
def summary(executed) -> dict:
    (cell,) = [c for c in executed.cells if "summary" in c.metadata.get("tags", [])]
    text = "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")
    return json.loads(text)


def test_notebook_geocodes_the_places(summary):
    assert summary["places"] == 6
    assert summary["vostochny_kind"] == "spaceport"


def test_notebook_distance_matrix_and_claim_match_geographiclib(summary):
    ref_km = Geodesic.WGS84.Inverse(*USSURIYSK, *VOSTOCHNY)["s12"] / 1000.0
    assert summary["ussuriysk_vostochny_km"] == pytest.approx(ref_km, abs=2.0)
    assert summary["claim_measured_km"] == pytest.approx(ref_km, abs=2.0)
    assert summary["claim_verdict"] == "consistent"
    assert summary["claim_bearing_deg"] == pytest.approx(345.0, abs=1.0)
    assert summary["claim_target"] == "Vostochny Cosmodrome"


def test_notebook_draws_the_journey(summary):
    assert summary["journey_stops"][:3] == ["Pyongyang", "Khasan station", "Ussuriysk"]
    assert summary["map_html_chars"] > 10_000


def test_notebook_map_draws_inline_with_no_network(executed, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install -y chromium)")
    (cell,) = [c for c in executed.cells if "map" in c.metadata.get("tags", [])]
    (shown,) = [o["data"]["text/html"] for o in cell.outputs if "text/html" in o.get("data", {})]
    page_file = tmp_path / "output.html"
    page_file.write_text(f"<!DOCTYPE html><html><body>{shown}</body></html>", encoding="utf-8")
    outside: list[str] = []
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith(("file:", "data:", "about:"))
                else (outside.append(r.request.url), r.abort())
            ),
        )
        page.goto(page_file.as_uri())
        frame = page.frame_locator("iframe.mapper-inline-map")
        frame.locator("path.mapper-basemap-land").wait_for(state="attached", timeout=10_000)
        stops = frame.locator(".mapper-stop").count()
        browser.close()
    assert outside == []
    assert stops >= 5
