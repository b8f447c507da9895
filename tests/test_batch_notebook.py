"""notebooks/archive.ipynb reads a batch's tables and counts them right."""

from __future__ import annotations

import json
from pathlib import Path

import nbclient
import nbformat
import pytest

from mapper.batch import run_batch
from tests.test_batch_support import KANO, OSLO, VLADIVOSTOK, write_folder

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "archive.ipynb"


@pytest.fixture(scope="module")
def summary(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("archive")
    folder = write_folder(root / "in", {"vlad": VLADIVOSTOK, "oslo": OSLO, "kano": KANO})
    (folder / "empty.txt").write_text("", encoding="utf-8")
    run_batch([folder], root / "out", workers=1, chunk_size=2, progress=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAPPER_ARCHIVE", str(root / "out"))  # the kernel inherits it
        nbclient.NotebookClient(nb, timeout=600, kernel_name="python3").execute()
    (cell,) = [c for c in nb.cells if "summary" in c.metadata.get("tags", [])]
    text = "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")
    return json.loads(text)


def test_notebook_counts_documents_and_errors(summary):
    assert (summary["documents"], summary["errors"]) == (3, 1)


def test_notebook_counts_mentions_per_country(summary):
    # counted by hand in the texts: Vladivostok, Ussuriysk x2 each; Oslo x2, Bergen; Kano,
    # Nigeria
    assert summary["mentions_per_country"] == {"RU": 4, "NO": 3, "NG": 2}
    assert summary["map_markers"] == 3
    assert summary["map_html_chars"] > 10_000  # the self-contained page, scripts inlined


def test_notebook_counts_claims_by_verdict(summary):
    # about 100 km for Vladivostok-Ussuriysk's 78 km; roughly 300 km for Oslo-Bergen's 306
    assert summary["claims_by_verdict"] == {"overstated": 1, "consistent": 1}
