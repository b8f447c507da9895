"""A country's capital named by the country: "reached the Mongolian capital", "landed
in Kenya's capital on Monday". News names the city so as often as by its name; the
journey goes to the city, not the country.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.model import Mention

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["with_capitals"]

#: "the Mongolian capital": a demonym between "the" and "capital".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:city\s+of|of)\b)", re.IGNORECASE)
#: "Kenya's capital" (not "Kenya's capital markets": money, not a city)
_POSSESSIVE_CAPITAL = re.compile(
    r"['\u2019]s\s+capital\b(?!\s+(?:markets?|gains?|flight|flows?|spending|investments?|"
    r"expenditure|controls?|requirements?|costs?|base|ratios?|punishment|letters?)\b)"
)


def with_capitals(document: Document, gazetteer: Gazetteer) -> Document:
    """Return the document with each country's capital named by the country read as the
    capital city: "the Mongolian capital" becomes a mention of Ulaanbaatar (the demonym and
    "capital"), and "Kenya's capital" one of Nairobi."""
    text = document.text
    mentions = list(document.mentions)
    changed = False
    for i, m in enumerate(mentions):
        place = m.place
        if place is None or place.kind != "country":
            continue
        owned = _POSSESSIVE_CAPITAL.match(text, m.end)
        capital = gazetteer.capital(place.country) if owned else None
        if owned and capital is not None:  # the name and its "'s capital" are one mention
            end = owned.end()
            mentions[i] = dataclasses.replace(
                m, surface=text[m.start : end], end=end, place=capital
            )
            changed = True
    for d in document.demonyms:
        country = d.adjective_country
        after = _CAPITAL_AFTER.match(text, d.end)
        if (
            not country
            or after is None
            or not _THE_BEFORE.search(text, max(0, d.start - 8), d.start)
        ):
            continue
        if document.mentions_between(d.start, after.end()):
            continue  # a name inside it is read as such
        capital = gazetteer.capital(country)
        if capital is not None:
            surface = text[d.start : after.end()]
            mentions.append(Mention(surface, d.start, after.end(), capital, d.confidence))
            changed = True
    if not changed:
        return document
    return document.replace_mentions(sorted(mentions, key=lambda m: m.start))
