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
def summary() -> dict:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3").execute()
    (cell,) = [c for c in nb.cells if "summary" in c.metadata.get("tags", [])]
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
