"""A source of the gazetteer's places, and the versions that key its index.

This module is all a lookup needs of the sources: the index is found by the sources'
names, distributions and files (:meth:`Source.fingerprint`), not by their code. A
built-in source names its function by module (:class:`Rows`), which is imported only
when the index is built, so a cold ``mapper geocode`` reads none of the source modules.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Build, Row

__all__ = ["Rows", "Source", "data_file", "dist_version"]


def data_file(name: str) -> Traversable:
    """Return one of mapper's package data files, e.g. ``data_file("sites.csv")``."""
    return importlib.resources.files("mapper") / "data" / name


@dataclass(frozen=True, slots=True)
class Rows:
    """The rows function of a built-in source, named by its module and imported on call.

    Examples
    --------
    >>> Rows("airports")
    Rows(module='airports', function='_rows')
    """

    module: str  #: A module of :mod:`mapper.gazetteer.sources`, e.g. "geonames".
    function: str = "_rows"  #: The function in it, from the build state to rows.

    def __call__(self, build: Build) -> Iterable[Row]:
        module = importlib.import_module(f"{__package__}.{self.module}")
        rows: Callable[[Build], Iterable[Row]] = getattr(module, self.function)
        return rows(build)


def _canonical(dist: str) -> str:
    """Return a distribution's name normalised as PEP 503 does ("Foo_Bar" -> "foo-bar")."""
    return re.sub(r"[-_.]+", "-", dist).lower()


@functools.cache
def _installed() -> dict[str, str]:
    """Return the version of every distribution installed on ``sys.path`` as a wheel, by
    canonical name, read from the names of their ``NAME-VERSION.dist-info`` folders.

    The first on ``sys.path`` wins, as at import. Reading folder names costs a directory
    listing; :func:`importlib.metadata.version` imports the ``email`` package and parses
    each distribution's whole ``METADATA`` file, which was a fifth of a cold
    ``mapper geocode``.
    """
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip file, or a folder that is gone
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].partition("-")
                if version:
                    found.setdefault(_canonical(dist), version)
    return found


@functools.cache
def dist_version(dist: str) -> str:
    """Return the installed version of a distribution, or "missing".

    Examples
    --------
    >>> import importlib.metadata
    >>> dist_version("anyascii") == importlib.metadata.version("anyascii")
    True
    """
    version = _installed().get(_canonical(dist))
    if version is not None:
        return version
    import importlib.metadata  # an egg or an unusual install: ask the library

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


@dataclass(frozen=True, slots=True)
class Source:
    """A source of places: a name, a function from the build state to rows, and the
    distributions and files whose versions decide what it yields.

    Examples
    --------
    >>> from mapper.gazetteer.sources import airports
    >>> airports.SOURCE.name, airports.SOURCE.dists
    ('airports', ('airportsdata',))
    """

    name: str  #: Unique among the sources of an index, e.g. "geonames".
    rows: Callable[[Build], Iterable[Row]]  #: Yields the rows, reading and filling the build.
    dists: tuple[str, ...] = ()  #: Distributions whose data the rows come from.
    files: tuple[Traversable, ...] = ()  #: Files the rows come from.
    version: str = ""  #: Any other version of the data (an import's SHA-256).

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError(f"a source needs a name, got {self.name!r}")
        if not callable(self.rows):
            raise TypeError(
                f"source {self.name!r}: rows must be a function of the build state, "
                f"got {type(self.rows).__name__}"
            )

    def fingerprint(self) -> bytes:
        """Return the bytes that change when what the source yields may change."""
        parts = [f"source={self.name}\n".encode()]
        parts += [f"{dist}={dist_version(dist)}\n".encode() for dist in self.dists]
        parts += [file.read_bytes() for file in self.files]
        if self.version:
            parts.append(f"version={self.version}\n".encode())
        return b"".join(parts)
