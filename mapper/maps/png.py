"""A picture of a map: the offline page shot by headless Chromium, where it is installed.

``mapper map story.txt -o map.html --png map.png`` writes both. The page is the
self-contained one (no request leaves it), shot at 1400x900 pixels by the ``chromium``
(or Chrome) found on the PATH or named by ``MAPPER_CHROMIUM``; without one, a clear error
says what to install. The picture is written atomically.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import folium

from ..atomic import atomic_write
from ..errors import MapperError
from .page import to_html

__all__ = ["find_chromium", "save_png"]

_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_chromium() -> str | None:
    """Return the path of a Chromium or Chrome executable, or None."""
    named = os.environ.get("MAPPER_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    return next((found for name in _NAMES if (found := shutil.which(name))), None)


def save_png(
    m: folium.Map, path: str | os.PathLike[str], *, size: tuple[int, int] = (1400, 900)
) -> Path:
    """Write a PNG picture of the map (its offline page) and return the path written."""
    browser = find_chromium()
    if browser is None:
        raise MapperError(
            "--png needs Chromium or Chrome (on Debian or Ubuntu: apt-get install chromium; "
            "or set MAPPER_CHROMIUM to its path)"
        )
    with tempfile.TemporaryDirectory(prefix="mapper-png-") as scratch:
        page, shot = Path(scratch) / "map.html", Path(scratch) / "map.png"
        page.write_text(to_html(m, offline=True), encoding="utf-8")
        args = [
            browser, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--hide-scrollbars",
            f"--window-size={size[0]},{size[1]}", f"--screenshot={shot}", page.as_uri(),
        ]  # fmt: skip
        try:
            subprocess.run(args, capture_output=True, timeout=180, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise MapperError(f"{browser} could not take the picture ({exc})") from None
        if not shot.exists() or shot.stat().st_size == 0:
            raise MapperError(f"{browser} wrote no picture; is it a working Chromium?")
        return atomic_write(path, shot.read_bytes())
