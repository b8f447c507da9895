"""Shared fixtures. Tests never touch the network: any connection off this machine fails."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The founding article and its facts live beside the project, in ../shared/seed/.
SEED_DIR = ROOT.parent / "shared" / "seed"
SEED_ARTICLE = SEED_DIR / "000_bd9aaaa0021ffdb5.txt"

#: The tests never see the user's own gazetteer imports (mapper gazetteer import).
os.environ["MAPPER_DATA_DIR"] = tempfile.mkdtemp(prefix="mapper-test-data-")

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else address
    if self.family == socket.AF_UNIX or host in ("127.0.0.1", "::1", "localhost"):
        return _real_connect(self, address)
    raise OSError(f"tests must not use the network (tried to connect to {address!r})")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture(scope="session")
def gazetteer():
    from mapper.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/seed/ is not beside this checkout")
    return SEED_ARTICLE.read_text(encoding="utf-8")


#: Debian's Chromium, which the browser tests drive (Playwright's own download is never used).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    """Headless Chromium through Playwright, for one test module; skipped, with the
    reason, where Playwright or Chromium is missing."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
