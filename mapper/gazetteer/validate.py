"""Check what a user asks the gazetteer before it is looked up: a name, a country code."""

from __future__ import annotations

import unicodedata

from ..errors import InvalidQuery
from ..names import fold

__all__ = ["MAX_QUERY_LENGTH", "check_country", "check_query", "is_latin"]

#: Longest accepted query, in characters.
MAX_QUERY_LENGTH = 200
#: Characters that ask for a pattern ("Uss*"), which the gazetteer does not match.
_WILDCARDS = frozenset("*?%")
#: Unicode categories a name never holds: control, format, surrogate, private, unassigned.
_INVISIBLE = ("Cc", "Cf", "Cs", "Co", "Cn")


def check_query(query: object) -> str:
    """Return the folded key of a place-name query, or raise InvalidQuery saying why not."""
    if not isinstance(query, str):
        raise InvalidQuery(
            repr(query), f"a place name must be a string, got {type(query).__name__}"
        )
    if not query.strip():
        raise InvalidQuery(query, "it is empty; give a place name such as 'Ussuriysk'")
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidQuery(
            query,
            f"it is {len(query):,} characters long; a place name has at most "
            f"{MAX_QUERY_LENGTH} (to find places in a text, use mapper.geoparse)",
        )
    bad: list[str] = []
    if not (query.isascii() and query.isprintable()):  # printable ASCII has none of them
        bad = sorted({c for c in query if unicodedata.category(c) in _INVISIBLE})
    bad = [c for c in bad if c not in "\u200d"]  # zero-width joiner occurs in Indic names
    if bad:
        shown = ", ".join(f"U+{ord(c):04X}" for c in bad[:5])
        raise InvalidQuery(query, f"it contains control or invisible characters ({shown})")
    wild = sorted(set(query) & _WILDCARDS)
    if wild:
        raise InvalidQuery(
            query,
            f"it contains the wildcard {wild[0]!r}: names are matched whole (spelling slips "
            "are forgiven); give the whole name, or use search() for ranked candidates",
        )
    key = fold(query)
    if not key:
        raise InvalidQuery(query, "it has no letters or digits to match")
    return key


def check_country(country: str) -> str:
    """Return an ISO 3166-1 alpha-2 code in capitals, or raise InvalidQuery."""
    code = country.strip().upper() if isinstance(country, str) else repr(country)
    if len(code) != 2 or not code.isalpha():
        raise InvalidQuery(code, "country must be an ISO 3166-1 alpha-2 code like 'RU'")
    return code


def is_latin(text: str) -> bool:
    """Return whether every letter of ``text`` is written in the Latin script."""
    return text.isascii() or all(
        not ch.isalpha() or ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")
        for ch in text
    )
