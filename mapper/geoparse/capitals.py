"""A country's capital named by the country: "reached the Mongolian capital", "landed
in Kenya's capital on Monday". News names the city so as often as by its name.

The parse reads each such phrase once (:func:`capital_readings`) into
:attr:`Document.capitals <mapper.document.Document.capitals>`: a mention of the city
spanning the phrase, kept beside the country's own mention. The journey goes to the
city, and a distance claim measures from it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mapper.model import Mention

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["capital_readings"]

#: "the Mongolian capital": a demonym between "the" and "capital".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:city\s+of|of)\b)", re.IGNORECASE)
#: "Kenya's capital", "the Philippines' capital" (not "Kenya's capital markets": money)
_POSSESSIVE_CAPITAL = re.compile(
    r"(?:['\u2019]s|(?<=s)['\u2019])\s+capital\b(?!\s+(?:markets?|gains?|flight|flows?|spending|"
    r"investments?|expenditure|controls?|requirements?|costs?|base|ratios?|punishment|letters?)\b)"
)


def capital_readings(
    text: str, mentions: Sequence[Mention], demonyms: Sequence[Mention], gazetteer: Gazetteer
) -> tuple[Mention, ...]:
    """Return the capitals a text names by their country, as mentions of the cities that
    span the phrases ("Kenya's capital", "the Mongolian capital"), in order.

    Examples
    --------
    >>> from mapper.geoparse import parse_document
    >>> doc = parse_document("The envoy landed in Kenya's capital on Monday.")
    >>> [(c.surface, c.place.name) for c in doc.capitals]
    [("Kenya's capital", 'Nairobi')]
    """
    out: list[Mention] = []
    for m in mentions:
        place = m.place
        if place is None or place.kind != "country":
            continue
        owned = _POSSESSIVE_CAPITAL.match(text, m.end)
        capital = gazetteer.capital(place.country) if owned else None
        if owned and capital is not None:  # the name and its "'s capital" are one phrase
            end = owned.end()
            out.append(dataclasses.replace(m, surface=text[m.start : end], end=end, place=capital))
    for d in demonyms:
        country = d.adjective_country
        after = _CAPITAL_AFTER.match(text, d.end)
        if (
            not country
            or after is None
            or not _THE_BEFORE.search(text, max(0, d.start - 8), d.start)
            or any(d.start <= m.start and m.end <= after.end() for m in mentions)
        ):
            continue  # (a name inside the phrase is read as such)
        capital = gazetteer.capital(country)
        if capital is not None:
            surface = text[d.start : after.end()]
            out.append(Mention(surface, d.start, after.end(), capital, d.confidence))
    return tuple(sorted(out, key=lambda m: m.start))
