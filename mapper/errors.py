"""Errors raised by mapper.

Every error derives from :class:`MapperError` and also from the builtin that matches
its meaning, so ``except LookupError`` and ``except ValueError`` work as expected.
Each keeps its inputs in ``args`` and builds its message in ``__str__``, so errors
pickle and copy cleanly.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousPlace",
    "DataError",
    "InvalidQuery",
    "MapperError",
    "PlaceNotFound",
    "not_utf8",
]


class MapperError(Exception):
    """Base class for every error mapper raises."""


class InvalidQuery(MapperError, ValueError):
    """A query string cannot be looked up as it is (empty, too long, control characters)."""

    def __init__(self, query: str, problem: str) -> None:
        super().__init__(query, problem)
        self.query, self.problem = query, problem

    def __str__(self) -> str:
        shown = self.query if len(self.query) <= 60 else self.query[:57] + "..."
        return f"invalid place query {shown!r}: {self.problem}"


class PlaceNotFound(MapperError, LookupError):
    """No gazetteer entry matches the query."""

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(query, tuple(suggestions))
        self.query, self.suggestions = query, tuple(suggestions)

    def __str__(self) -> str:
        if self.suggestions:
            hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?"
        else:
            hint = (
                "; check the spelling, or ask OpenStreetMap's Nominatim over the network: "
                f"mapper.lookup({self.query!r}, online=mapper.OnlineFallback("
                "'your-app/1.0 you@example.org')), or on the command line --online "
                "--user-agent 'your-app/1.0 you@example.org'"
            )
        return f"no place named {self.query!r} in the gazetteer{hint}"


class AmbiguousPlace(MapperError, LookupError):
    """Several gazetteer entries match the query about equally well."""

    def __init__(self, query: str, candidates: Sequence[str], decide_with: str = "") -> None:
        super().__init__(query, tuple(candidates), decide_with)
        self.query, self.candidates, self.decide_with = query, tuple(candidates), decide_with

    def __str__(self) -> str:
        listed = "; ".join(self.candidates)
        how = self.decide_with or "pass country=, kind=, near= or context= to decide"
        return f"{self.query!r} is ambiguous: {len(self.candidates)} candidates ({listed}); {how}"


class DataError(MapperError, ValueError):
    """A data file (itinerary, curated table, cache) is malformed."""

    def __init__(self, path: str, problem: str, row: int | None = None, field: str = "") -> None:
        super().__init__(path, problem, row, field)
        self.path, self.problem, self.row, self.field = path, problem, row, field

    def __str__(self) -> str:
        where = self.path
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.problem}"


def not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """Return the problem of bytes that are not UTF-8, and how to convert them (the
    wording of every command that reads text: ``mapper map``, ``mapper batch``).

    >>> data = "Tumangang–Khasan".encode("cp1252")
    >>> try:
    ...     data.decode("utf-8")
    ... except UnicodeDecodeError as exc:
    ...     print(not_utf8(data, exc))
    not UTF-8 text (byte 9: b'\\x96'); convert it, e.g. iconv -f latin1 -t utf-8
    """
    utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:200].count(0) > 20
    source = "utf-16" if utf16 else "latin1"
    return (
        f"not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r}"
        + ("; it looks like UTF-16" if utf16 else "")
        + f"); convert it, e.g. iconv -f {source} -t utf-8"
    )
