"""A country's capital named by the country: "reached the Mongolian capital", "landed
in Kenya's capital on Monday". The journey goes to the city, not the country: the
capitals the parse read (:attr:`Document.capitals <mapper.document.Document.capitals>`)
take the place of the countries' mentions they hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.geoparse.capitals import capital_readings

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["with_capitals"]


def with_capitals(document: Document, gazetteer: Gazetteer) -> Document:
    """Return the document with each country's capital named by the country read as the
    capital city: "the Mongolian capital" becomes a mention of Ulaanbaatar (the demonym and
    "capital"), and "Kenya's capital" one of Nairobi. A document the geoparser did not read
    (hand-made mentions) is read for its capitals here."""
    readings = document.capitals
    if not document.recognised:
        readings = capital_readings(document.text, document.mentions, document.demonyms, gazetteer)
    if not readings:
        return document
    held = [m for m in document.mentions if not any(c.start <= m.start < c.end for c in readings)]
    return document.replace_mentions(sorted([*held, *readings], key=lambda m: m.start))
