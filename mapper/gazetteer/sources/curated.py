"""mapper's own curated tables: sites, natural features, country names, abbreviations.

* ``mapper/data/sites.csv`` (built from ``data/sites.csv``): stations, spaceports,
  factories, airports, campuses;
* ``mapper/data/features.csv``: the natural features news names (oceans, seas,
  straits, lakes, rivers, islands, mountains, deserts, peninsulas and regions such as
  the Sahel), each at the coordinate its cited reference gives (mostly Wikipedia's; a
  river's is usually its mouth);
* ``mapper/data/former_names.csv``: big cities' former names English still uses
  ("Bombay") and English names GeoNames keeps only as alternates ("Seville"), read by
  :mod:`.geonames` (:func:`former_names`);
* ``mapper/data/country_aliases.csv``: common country names the packages lack
  ("Britain", "Burma"), read by :mod:`.countries`;
* ``mapper/data/country_demonyms.csv``: other adjectives and demonyms of countries news
  uses ("Slovenian", "Saudi", "Argentine"), read by :mod:`.countries`;
* ``mapper/data/country_points.csv``: GeoNames' own point for each sovereign state
  (its country feature, cited by GeoNames id), read by :mod:`.countries`
  (:func:`country_points`);
* ``mapper/data/region_abbreviations.csv``: press abbreviations ("Ga.", "B.C.",
  "Qld.") and postal codes ("GA", "NSW") of first-level regions, read by
  :mod:`.countries` and by the recogniser (:func:`abbreviation_keys`).

Any table in the sites format is a source of its own through :func:`table`: that is
how tests build a small gazetteer in a second.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from ...errors import DataError
from ...names import fold
from ...place import KINDS, Place
from ..rank import Q_PRIMARY, WEIGHTS
from . import default_source
from .base import Build, Keys, Row, Source, add_key
from .source import data_file

__all__ = [
    "COLUMNS",
    "SOURCE",
    "abbreviation_keys",
    "area_adjectives",
    "country_aliases",
    "country_points",
    "data_file",
    "former_names",
    "read_sites",
    "region_abbreviations",
    "region_capitals",
    "table",
]

#: The columns a sites-format table must have (others, such as "id" or "note", are ignored).
COLUMNS = ("name", "kind", "country", "lat", "lon", "aliases", "source")


@contextlib.contextmanager
def _read_csv(path: Traversable) -> Iterator[csv.DictReader]:
    """Open a CSV table as the csv module wants it: UTF-8, newlines left to the reader."""
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        yield csv.DictReader(fh)


def read_sites(path: Traversable | str | os.PathLike[str] | None = None) -> list[Row]:
    """Read and validate a curated table in the sites format.

    Parameters
    ----------
    path : path-like or Traversable, optional
        The table; mapper's sites table by default. The columns are :data:`COLUMNS`;
        ``aliases`` holds other names separated by ``|``.

    Raises
    ------
    DataError
        A column is missing, or a row has an empty field, an unknown kind or a point off
        the globe; the error names the row and the field.
    """
    table_path: Traversable = (
        data_file("sites.csv")
        if path is None
        else path
        if isinstance(path, Traversable)
        else Path(path)
    )
    label = str(table_path)
    rows: list[Row] = []
    with _read_csv(table_path) as reader:
        missing = [f for f in COLUMNS if f not in (reader.fieldnames or ())]
        if missing:
            raise DataError(label, f"missing columns {missing}; the header needs {list(COLUMNS)}")
        for lineno, rec in enumerate(reader, start=2):
            for column in ("name", "kind", "lat", "lon", "source"):
                if not (rec.get(column) or "").strip():
                    raise DataError(label, "empty value", row=lineno, field=column)
            if rec["kind"] not in KINDS:
                raise DataError(label, f"kind must be one of {sorted(KINDS)}", lineno, "kind")
            try:
                lat, lon = float(rec["lat"]), float(rec["lon"])
                place = Place(rec["name"], lat=lat, lon=lon, kind=rec["kind"])
            except ValueError as exc:
                raise DataError(label, str(exc), row=lineno, field="lat") from None
            keys: Keys = {}
            for alias in (rec.get("aliases") or "").split("|"):
                add_key(keys, alias.strip(), Q_PRIMARY)
            add_key(keys, place.name, Q_PRIMARY)
            rows.append(
                Row(
                    name=place.name,
                    lat=lat,
                    lon=lon,
                    kind=place.kind,
                    country=(rec.get("country") or "").strip().upper(),
                    admin1="",
                    population=0,
                    weight=WEIGHTS.get(place.kind, 1e3),
                    source=rec["source"].strip(),
                    keys=keys,
                )
            )
    return rows


def _rows(build: Build) -> Iterator[Row]:
    yield from read_sites(data_file("sites.csv"))
    yield from read_sites(data_file("features.csv"))
    for key, area in area_adjectives().items():
        build.demonyms.setdefault(key, area)  # a country's demonym keeps its country


#: mapper's sites and natural features, and the adjectives of wider areas.
SOURCE = default_source("curated")


def area_adjectives() -> dict[str, str]:
    """Return folded adjectives of continents and world regions, and their plurals
    ("european", "kurds"), mapped to ``"kind:Name"`` of the area ("continent:Europe").

    The table, ``area_adjectives.csv``, cites a dictionary entry for each adjective.
    """
    out: dict[str, str] = {}
    with _read_csv(data_file("area_adjectives.csv")) as reader:
        for row in reader:
            if row["kind"] not in KINDS:
                raise DataError(
                    "area_adjectives.csv",
                    f"kind {row['kind']!r} of {row['adjective']!r} is not one of {sorted(KINDS)}",
                    reader.line_num,
                    "kind",
                )
            for form in (row["adjective"], row["plural"]):
                if form.strip():
                    out[fold(form)] = f"{row['kind']}:{row['place']}"
    return out


@dataclass(frozen=True, slots=True)
class _Table:
    """The rows of one table: comparable and picklable, unlike a partial function."""

    path: Traversable

    def __call__(self, build: Build) -> list[Row]:
        return read_sites(self.path)


def table(path: Traversable | str | os.PathLike[str], *, name: str = "") -> Source:
    """Return a source of the places of a table in the sites format (see :func:`read_sites`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> csv_path = pathlib.Path(tempfile.mkdtemp()) / "towns.csv"
    >>> _ = csv_path.write_text(
    ...     "name,kind,country,lat,lon,aliases,source\\n"
    ...     "Ussuriysk,city,RU,43.80467,131.95734,,geonames:2014006\\n"
    ... )
    >>> [row.name for row in table(csv_path).rows(None)]
    ['Ussuriysk']
    """
    file = path if isinstance(path, Traversable) else Path(path)
    return Source(name or f"table:{file.name}", _Table(file), files=(file,))


def country_aliases() -> list[tuple[str, str]]:
    """Return (ISO code, name) pairs of common country names the packages lack."""
    with _read_csv(data_file("country_aliases.csv")) as reader:
        return [(row["country"], row["alias"]) for row in reader]


def country_demonyms() -> list[tuple[str, str]]:
    """Return (ISO code, form) pairs of the countries' adjectives and demonyms the packages
    lack ("Slovenian", "Saudis"), singular and plural alike."""
    with _read_csv(data_file("country_demonyms.csv")) as reader:
        return [(row["country"], f) for row in reader for f in (row["demonym"], row["plural"]) if f]


@functools.cache
def region_capitals() -> tuple[
    dict[tuple[str, str], tuple[str, str]], dict[str, tuple[str, str, str]]
]:
    """Return the capitals of first-level regions from mapper's cited table
    (``region_capitals.csv``: the US states, Australia's states and territories, Canada's
    provinces and territories, the countries of the United Kingdom, and the states of
    India, Brazil, Nigeria, Germany and Mexico): by (ISO code, folded
    region name), (region, capital); and by folded adjective ("scottish"), (ISO code,
    region, capital)."""
    by_region: dict[tuple[str, str], tuple[str, str]] = {}
    by_adjective: dict[str, tuple[str, str, str]] = {}
    with _read_csv(data_file("region_capitals.csv")) as reader:
        for row in reader:
            by_region[(row["country"], fold(row["region"]))] = (row["region"], row["capital"])
            if row["adjective"]:
                by_adjective[fold(row["adjective"])] = (
                    row["country"],
                    row["region"],
                    row["capital"],
                )
    return by_region, by_adjective


@functools.cache
def country_points() -> dict[str, tuple[float, float]]:
    """Return {ISO code: (lat, lon)} of GeoNames' country features, the points most
    gazetteers and annotated corpora use for a country ("Canada" at 60.1 N, 113.6 W)."""
    with _read_csv(data_file("country_points.csv")) as reader:
        return {row["country"]: (float(row["lat"]), float(row["lon"])) for row in reader}


@functools.cache
def former_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """Return {(country, folded city name): former names} from mapper's table of big
    cities' former names that English text still uses ("Bombay", "Leningrad") and of
    English names GeoNames keeps only as alternates ("Seville" for Sevilla, "Cologne"
    for Köln), each with its source; read by :mod:`.geonames` as names of the cities. A former name
    another town of 10,000 people or more bears today ("Salisbury", England, for Harare)
    is left out, unless the city outnumbers that town a hundred times ("Calcutta" is
    Kolkata's, 4.5 million people, before a South African town of 36,000), so the table
    only adds names no living town of weight claims."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    with _read_csv(data_file("former_names.csv")) as reader:
        for row in reader:
            key = (row["country"], fold(row["city"]))
            out[key] = (*out.get(key, ()), row["former"])
    return out


@functools.cache
def region_abbreviations() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Return {country: {region: [(abbreviation, style)]}} from mapper's own table of
    press abbreviations ("Ga.", "B.C.", "Qld.") and postal codes ("GA", "NSW")."""
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    with _read_csv(data_file("region_abbreviations.csv")) as reader:
        for row in reader:
            regions = out.setdefault(row["country"], {})
            regions.setdefault(row["region"], []).append((row["abbreviation"], row["style"]))
    return out


def abbreviation_keys(style: str = "dotted") -> frozenset[str]:
    """Return the folded region abbreviations of a style.

    Dotted ones ("ga", "w va") are names only when written with their full stop, and
    codes ("ga", "nsw") only after a comma ("Dalton, GA"), so the recogniser asks.

    Examples
    --------
    >>> "ga" in abbreviation_keys("dotted") and "nsw" in abbreviation_keys("code")
    True
    """
    return frozenset(
        fold(abbreviation)
        for regions in region_abbreviations().values()
        for pairs in regions.values()
        for abbreviation, kind in pairs
        if kind == style
    )
