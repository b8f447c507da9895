"""An uploaded file, read in memory: an article (.txt, .html) or an itinerary.

Nothing is written to disk and no part of the request names a path: the file's name
is used only for its suffix (which says how to read it) and in messages.

Examples
--------
>>> read_upload("trip.txt", "Kim left Pyongyang.".encode()).text
'Kim left Pyongyang.'
>>> read_upload("page.html", b"<title>T</title><p>Kim left <b>Pyongyang</b>.</p>").title
'T'
>>> read_upload("route.csv", b"name\\nPyongyang\\n").kind
'itinerary'
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import DataError
from ..html_text import HTML_SUFFIXES

__all__ = ["ARTICLE_SUFFIXES", "ITINERARY_SUFFIXES", "Upload", "read_upload"]

ARTICLE_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)
ITINERARY_SUFFIXES = (".csv", ".yaml", ".yml", ".geojson", ".json")


@dataclass(frozen=True, slots=True)
class Upload:
    """An uploaded file's content: an article's text and title, or an itinerary's text."""

    kind: str  #: "article" or "itinerary".
    text: str
    title: str = ""
    format: str = ""  #: For an itinerary: its suffix (".csv", ".yaml", ".geojson").


def read_upload(filename: str, data: bytes) -> Upload:
    """Read an uploaded file by its suffix; every problem is a DataError saying the fix."""
    from ..text import headline

    label = os.path.basename(filename or "") or "the upload"
    suffix = os.path.splitext(label)[1].lower()
    if suffix not in ARTICLE_SUFFIXES + ITINERARY_SUFFIXES:
        raise DataError(
            label,
            f"is not a file mapper reads; upload an article ({', '.join(ARTICLE_SUFFIXES)}) "
            f"or an itinerary ({', '.join(ITINERARY_SUFFIXES)})",
        )
    if not data.strip():
        raise DataError(label, "is empty; upload a file with an article or an itinerary in it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            label,
            f"is not UTF-8 text (byte {exc.start}); save it as UTF-8 and upload it again",
        ) from None
    if suffix in ITINERARY_SUFFIXES:
        return Upload("itinerary", text, title=os.path.splitext(label)[0], format=suffix)
    if suffix in HTML_SUFFIXES:
        from ..html_text import html_to_text

        page = html_to_text(text)
        if not page.text.strip():
            raise DataError(label, "holds no text once its markup is set aside")
        return Upload("article", page.text, title=page.title or headline(page.text))
    return Upload("article", text, title=headline(text))
