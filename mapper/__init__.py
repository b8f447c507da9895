"""mapper: turn a story about a journey into checked geography.

Offline place lookup (:class:`Gazetteer`), geodesic distances (:mod:`mapper.geodesy`),
the checking of the distance claims a text makes (:mod:`mapper.claims`), journeys
(:mod:`mapper.journey`), and maps (:mod:`mapper.maps`):
``mapper.render(mapper.read_story(text))`` returns a ``folium.Map``.

Examples
--------
>>> import mapper
>>> place = mapper.lookup("Ussuriysk")
>>> place.country, round(place.lat, 2)
('RU', 43.8)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .errors import AmbiguousPlace, DataError, InvalidQuery, MapperError, PlaceNotFound
from .place import Candidate, Place

if TYPE_CHECKING:
    from collections.abc import Iterable

    import folium

    from .claims import ClaimCheck
    from .document import Document
    from .gazetteer.query import OnlineGeocoder, PlaceRef
    from .model import Journey, Mention
    from .story import Story

__all__ = [
    "AmbiguousPlace",
    "Candidate",
    "DataError",
    "Gazetteer",
    "InvalidQuery",
    "MapperError",
    "OnlineFallback",
    "Place",
    "PlaceNotFound",
    "Story",
    "__version__",
    "default_gazetteer",
    "lookup",
    "nearest",
    "read_story",
    "render",
    "search",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The gazetteer pulls in sqlite and numpy: import it on first use to keep start-up fast.
    if name in ("Gazetteer", "default_gazetteer"):
        from . import gazetteer

        return getattr(gazetteer, name)
    if name in ("Story", "read_story"):
        from . import story

        return getattr(story, name)
    if name == "OnlineFallback":  # geopy is imported only for the opt-in online fallback
        from .geocoder import OnlineFallback

        return OnlineFallback
    raise AttributeError(f"module 'mapper' has no attribute {name!r}")


def render(
    story: Story | Journey | None = None,
    *,
    claims: Sequence[ClaimCheck] = (),
    sites: Sequence[Mention | Place] = (),
    title: str = "",
    sentences: Mapping[Place, Sequence[str | tuple[str, str]]] | None = None,
    document: Document | None = None,
) -> folium.Map:
    """Draw a story on a Folium map; see :func:`mapper.maps.render`.

    Folium is imported on the first call, so ``import mapper`` stays fast.
    """
    from .maps import render as render_map

    return render_map(
        story, claims=claims, sites=sites, title=title, sentences=sentences, document=document
    )


def lookup(
    query: str,
    *,
    country: str | None = None,
    kind: str | None = None,
    near: PlaceRef | None = None,
    context: Iterable[PlaceRef] = (),
    online: OnlineGeocoder | None = None,
) -> Place:
    """Return the best place for a name from the default gazetteer (see Gazetteer.lookup).

    ``online=mapper.OnlineFallback("your-app/1.0 you@example.org")`` asks OpenStreetMap's
    Nominatim, over the network, for a name the gazetteer lacks; nothing else does.
    """
    from .gazetteer import default_gazetteer

    return default_gazetteer().lookup(
        query, country=country, kind=kind, near=near, context=context, online=online
    )


def search(
    query: str,
    *,
    country: str | None = None,
    kind: str | None = None,
    near: PlaceRef | None = None,
    context: Iterable[PlaceRef] = (),
    limit: int = 10,
) -> list[Candidate]:
    """Return ranked candidates for a name from the default gazetteer (see Gazetteer.search)."""
    from .gazetteer import default_gazetteer

    return default_gazetteer().search(
        query, country=country, kind=kind, near=near, context=context, limit=limit
    )


def nearest(
    *, lat: float, lon: float, k: int = 5, kind: str | None = None
) -> list[tuple[Place, float]]:
    """Return the places nearest a point, with distances in km."""
    from .gazetteer import default_gazetteer

    return default_gazetteer().nearest(lat=lat, lon=lon, k=k, kind=kind)
