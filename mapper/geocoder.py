"""Plug the gazetteer into geopy, and an opt-in online fallback through Nominatim.

:class:`GazetteerGeocoder` is a geopy ``Geocoder`` that answers from mapper's offline
gazetteer. Its HTTP adapter refuses every request, so it can never reach the network.
geopandas instantiates the provider itself, so pass the class::

    geopandas.tools.geocode(["Ussuriysk", "Khasan"], provider=GazetteerGeocoder)

:class:`OnlineFallback` asks OpenStreetMap's Nominatim for names the gazetteer lacks.
It is never used unless you create one and hand it to a :class:`~mapper.Gazetteer`
(or pass ``--online --user-agent ...`` on the command line). It waits at least one
second between requests, as Nominatim's usage policy asks, and caches every answer
on disk so a name is asked for once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .atomic import atomic_write
from .errors import MapperError
from .place import Place

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = ["GazetteerGeocoder", "OfflineAdapter", "OnlineFallback"]


class OfflineAdapter(BaseSyncAdapter):
    """A geopy adapter that refuses every HTTP request: mapper's geocoder is offline."""

    def __init__(
        self, *, proxies: Mapping[str, str] | None = None, ssl_context: object = None
    ) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: float | None, headers: Mapping[str, str]) -> NoReturn:
        raise MapperError(f"mapper's offline geocoder made no request to {url}: it never uses HTTP")

    def get_text(self, url: str, *, timeout: float | None, headers: Mapping[str, str]) -> NoReturn:
        raise MapperError(f"mapper's offline geocoder made no request to {url}: it never uses HTTP")


def _location(place: Place) -> Location:
    raw = {**place.to_dict(), "population": place.population}
    return Location(place.name, (place.lat, place.lon), raw)


class GazetteerGeocoder(Geocoder):
    """A geopy geocoder backed by mapper's offline gazetteer.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`mapper.default_gazetteer`.
    **lookup_options
        Defaults for :meth:`mapper.Gazetteer.search` (``country``, ``kind``, ``near``,
        ``context``).

    Examples
    --------
    >>> loc = GazetteerGeocoder().geocode("Ussuriysk")
    >>> loc.address, round(loc.latitude, 2), round(loc.longitude, 2)
    ('Ussuriysk', 43.8, 131.96)
    """

    def __init__(self, gazetteer: Gazetteer | None = None, **lookup_options: object) -> None:
        super().__init__(adapter_factory=OfflineAdapter, user_agent="mapper-offline")
        self._gazetteer = gazetteer
        self._options = lookup_options

    @property
    def gazetteer(self) -> Gazetteer:
        """Return the gazetteer that answers (the default one unless another was given)."""
        if self._gazetteer is None:
            from .gazetteer import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def geocode(
        self, query: str, *, exactly_one: bool = True, limit: int = 10, **options: object
    ) -> Location | list[Location] | None:
        """Return the best location for ``query`` (or a ranked list), or None on a miss."""
        from .errors import InvalidQuery

        try:
            given = {**self._options, **options}
            candidates = self.gazetteer.search(query, **given, limit=limit)  # type: ignore[arg-type]
        except InvalidQuery:
            return None
        if not candidates:
            return None
        if exactly_one:
            return _location(candidates[0].place)
        return [_location(c.place) for c in candidates]

    def reverse(
        self,
        query: Point | tuple[float, float],
        *,
        exactly_one: bool = True,
        limit: int = 5,
    ) -> Location | list[Location] | None:
        """Return the nearest gazetteer place(s) to a ``(lat, lon)`` point or geopy Point."""
        lat, lon = (query.latitude, query.longitude) if isinstance(query, Point) else query
        found = self.gazetteer.nearest(
            lat=float(lat), lon=float(lon), k=1 if exactly_one else limit
        )
        if not found:
            return None
        if exactly_one:
            return _location(found[0][0])
        return [_location(p) for p, _ in found]


class OnlineFallback:
    """Ask Nominatim, at most once a second and once per name, for names mapper lacks.

    Parameters
    ----------
    user_agent : str
        Identifies your application to Nominatim, as its usage policy requires
        (for example ``"newsroom-factcheck/1.0 you@example.org"``).
    cache_path : path-like, optional
        A JSON file of earlier answers; defaults to ``online-cache.json`` in mapper's
        cache folder.
    geocoder : geopy Geocoder, optional
        The service to ask; Nominatim with ``user_agent`` by default. Any geopy geocoder
        works (Photon, a Nominatim of your own, one with a custom adapter).
    """

    def __init__(
        self,
        user_agent: str,
        *,
        cache_path: str | os.PathLike[str] | None = None,
        geocoder: Geocoder | None = None,
    ) -> None:
        if not user_agent or not user_agent.strip() or user_agent.startswith("geopy"):
            raise ValueError(
                "OnlineFallback needs your own user_agent (e.g. 'my-newsroom/1.0 me@example.org'): "
                "Nominatim's usage policy refuses anonymous or default agents"
            )
        from .gazetteer import cache_dir

        self.user_agent = user_agent
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "online-cache.json"
        self.geocoder = geocoder
        self._geocode: Callable[..., Location | None] | None = None

    def _cache(self) -> dict[str, list[str | float] | None]:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _store(self, cache: dict[str, list[str | float] | None]) -> None:
        atomic_write(self.cache_path, json.dumps(cache, ensure_ascii=False))

    def lookup(self, query: str, *, country: str | None = None) -> Place | None:
        """Return Nominatim's answer for ``query`` as a Place, or None."""
        key = f"{query}|{country or ''}"
        cache = self._cache()
        if key not in cache:
            if self._geocode is None:
                from geopy.extra.rate_limiter import RateLimiter
                from geopy.geocoders import Nominatim

                geocoder = self.geocoder or Nominatim(user_agent=self.user_agent)
                self._geocode = RateLimiter(
                    geocoder.geocode, min_delay_seconds=1.0, max_retries=0,
                    swallow_exceptions=False,
                )  # fmt: skip
            kwargs = {"country_codes": country.lower()} if country else {}
            try:
                loc = self._geocode(query, exactly_one=True, **kwargs)
            except GeopyError as exc:  # only answers are cached, never a failure
                raise MapperError(
                    f"the online geocoder gave no answer for {query!r} "
                    f"({type(exc).__name__}: {exc}); check the network connection, or "
                    "leave out --online"
                ) from None
            cache[key] = None if loc is None else [loc.address, loc.latitude, loc.longitude]
            self._store(cache)
        hit = cache[key]
        if hit is None:
            return None
        name, lat, lon = hit
        return Place(
            str(name).split(",")[0], lat=float(lat), lon=float(lon), kind="site", source="nominatim"
        )
