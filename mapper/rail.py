"""Route journeys along the railway network of the Russian Far East and North Korea.

The network is read from the package data ``mapper/data/railways.json`` (built by
``data/rail/build.py`` from the curated CSVs in ``data/rail/``, whose README names the
source of every coordinate and kilometre figure). Stations are nodes, identified by
name: a station shared by several lines (a junction such as ``Baranovsky``) carries
the same name on each, which is how the lines join. Consecutive stations of a line are
joined by an edge carrying:

``line``
    The id of the line, e.g. ``"ru_transsib"``.
``geometry_km``
    The geodesic (WGS84) length of the straight segment between the two stations, in km.
``post_km``
    The absolute difference of the two stations' kilometre figures on that line, in km,
    or ``None`` when either station has no published figure.
``weight_km``
    What routing minimises: ``post_km`` when known, else ``geometry_km``.

How a route is measured
-----------------------
The route is cut into *runs*, maximal stretches that stay on one line. Within a run,
the stretch between the first and the last station that carry a kilometre figure on
that line is measured by the difference of those figures (so stations without a
figure in between do not matter, and a line whose figures decrease in the direction
of travel, like the Hambuk Line's, works the same); any remainder before or after is
measured by the straight segments between stations, which is shorter than the track.
:attr:`Route.note` says which parts were measured which way.

An end of a route may be a :class:`~mapper.model.Place` (or anything with ``lat`` and
``lon``), a ``(lat, lon)`` tuple or a name. A point is *snapped* to the nearest station;
a point farther than ``snap_km`` (25 km by default) from every station is off the
network and gives no route. A name is first matched against the station names and
their aliases (case, diacritics, script and hyphens ignored, via
:func:`mapper.names.fold`); a name that is no station is looked up in the gazetteer.

Examples
--------
>>> r = route("Vladivostok", "Khabarovsk-1")
>>> r.rail_km, r.from_posts, r.note
(767.0, True, 'kilometre posts on Trans-Siberian Railway (Ledyanaya – Vladivostok)')
>>> rail_km((43.80, 131.98), "Khasan")
261.0
>>> route((48.85, 2.35), "Vladivostok") is None  # Paris is off the network
True
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Required, TypeAlias, TypedDict

from .errors import AmbiguousPlace, DataError, PlaceNotFound
from .geodesy import PointLike, distance_km, distances_km, latlon
from .model import Place
from .names import fold

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "DEFAULT_SOURCE",
    "SNAP_KM",
    "End",
    "LineData",
    "NetworkData",
    "RailNetwork",
    "Route",
    "StationRow",
    "default_network",
    "rail_km",
    "route",
    "route_km_for_claims",
    "stations",
]


class StationRow(TypedDict, total=False):
    """A station of a line in the network's JSON: its place and kilometre figure."""

    name: Required[str]
    lat: Required[float]
    lon: Required[float]
    country: str
    source: str
    km: float | None  #: Its kilometre figure on the line, when published.
    aliases: list[str]


class LineData(TypedDict, total=False):
    """A line of the network's JSON: its stations in order."""

    id: Required[str]
    name: str
    stations: Required[list[StationRow]]


class NetworkData(TypedDict, total=False):
    """The network's JSON, as ``data/rail/build.py`` writes it."""

    version: str
    lines: Required[list[LineData]]


#: An end of a route: a place or ``(lat, lon)`` point, or a name (a station's, else a place's).
End: TypeAlias = PointLike | str

#: Default snap radius in km: an end farther than this from every station is off the network.
SNAP_KM = 25.0
#: ``Place.source`` of a station whose JSON row names no source of its own.
DEFAULT_SOURCE = "mapper railways.json"

_RESOURCE = "railways.json"
_GEOMETRY_NOTE = "geometry between stations (no km posts)"


@dataclass(frozen=True, slots=True)
class Route:
    """A route along the railway network between two snapped ends.

    Examples
    --------
    >>> r = route("Ussuriysk", "Khasan")
    >>> r.stations
    ('Ussuriysk', 'Baranovsky', 'Bamburovo', 'Makhalino', 'Khasan')
    >>> r.rail_km, r.lines
    (261.0, ('ru_transsib', 'ru_baranovsky_khasan'))
    """

    stations: tuple[str, ...]  #: Station names in travel order, both ends included.
    path: tuple[tuple[float, float], ...]  #: (lat, lon) of each station, for drawing.
    rail_km: float  #: Length along the track in km, to the metre (see the module docstring).
    from_posts: bool  #: True when the whole length comes from kilometre figures.
    snap_km: tuple[float, float]  #: Distance in km from each end to its station.
    note: str  #: How ``rail_km`` was measured, e.g. "kilometre posts on ru_transsib".
    lines: tuple[str, ...] = ()  #: Ids of the lines used, in travel order.

    def __post_init__(self) -> None:
        if not self.stations or len(self.path) != len(self.stations):
            raise ValueError(
                f"a route needs at least one station and one path point per station, got "
                f"{len(self.stations)} stations and {len(self.path)} points"
            )
        if not self.rail_km >= 0.0:  # also rejects NaN
            raise ValueError(f"rail_km must be >= 0, got {self.rail_km!r}")
        if len(self.snap_km) != 2 or not all(d >= 0.0 for d in self.snap_km):
            raise ValueError(f"snap_km must be two distances >= 0, got {self.snap_km!r}")

    def to_dict(self) -> dict:
        """Return the route as a JSON-ready dict."""
        return {
            "stations": list(self.stations),
            "path": [list(p) for p in self.path],
            "rail_km": self.rail_km,
            "from_posts": self.from_posts,
            "snap_km": list(self.snap_km),
            "note": self.note,
            "lines": list(self.lines),
        }


@dataclass(frozen=True, slots=True)
class _Run:
    """A stretch of a route that stays on one line."""

    line: str
    stations: tuple[str, ...]
    post_km: float  #: The part measured by kilometre figures.
    geometry_km: float  #: The part measured by straight segments.


class RailNetwork:
    """The railway network: stations, lines and the graph that joins them.

    Parameters
    ----------
    data : mapping
        The parsed ``railways.json``: ``{"version", "lines": [{"id", "name", "stations":
        [{"name", "lat", "lon", "km", "country", "aliases"[, "source"]}, ...]}, ...]}``.
    origin : str, optional
        Where ``data`` came from, named in a :class:`~mapper.errors.DataError`.

    Raises
    ------
    DataError
        The data is malformed: a missing field, a line with fewer than two stations, or
        a junction whose rows disagree on position.

    Examples
    --------
    >>> net = default_network()
    >>> net.graph.edges["Ussuriysk", "Baranovsky"]["post_km"]
    23.0
    >>> net.nearest_station((43.80467, 131.95734))[0].name
    'Ussuriysk'
    """

    def __init__(self, data: NetworkData, *, origin: str = _RESOURCE) -> None:
        import networkx as nx

        self.origin = origin
        self.version = str(data.get("version", ""))
        self.line_names: dict[str, str] = {}  #: Line id -> line name, in data order.
        self._km: dict[str, dict[str, float]] = {}  # line id -> station -> km figure
        self._places: dict[str, Place] = {}
        self._aliases: dict[str, set[str]] = {}  # folded name or alias -> station names
        self.graph: nx.Graph = nx.Graph()  #: Stations as nodes, segments as edges.
        try:
            lines = list(data["lines"])
            for n, line in enumerate(lines):
                self._add_line(line, n)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, DataError):
                raise
            raise DataError(origin, f"malformed railway data: {exc!r}") from exc
        names = list(self._places)
        self._lat = [self._places[s].lat for s in names]
        self._lon = [self._places[s].lon for s in names]
        self._order = names

    @classmethod
    def from_json(cls, source: Path | Traversable) -> RailNetwork:
        """Load a network from a path or an ``importlib.resources`` traversable."""
        text = source.read_text(encoding="utf-8")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(str(source), f"not valid JSON: {exc}") from exc
        return cls(data, origin=str(source))

    def _add_line(self, line: LineData, n: int) -> None:
        line_id = str(line["id"])
        rows = list(line["stations"])
        if len(rows) < 2:
            raise DataError(self.origin, f"line {line_id!r} has fewer than 2 stations", row=n)
        self.line_names[line_id] = str(line.get("name", line_id))
        km = self._km.setdefault(line_id, {})
        for row in rows:
            name = str(row["name"])
            place = Place(
                name,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                kind="station",
                country=str(row.get("country", "")),
                source=str(row.get("source") or DEFAULT_SOURCE),
            )
            known = self._places.setdefault(name, place)
            if (known.lat, known.lon) != (place.lat, place.lon):
                raise DataError(
                    self.origin,
                    f"junction {name!r} is at ({place.lat}, {place.lon}) on line {line_id!r} "
                    f"but at ({known.lat}, {known.lon}) on an earlier line; a shared station "
                    f"must have one position",
                    row=n,
                )
            post_km = row.get("km")
            if post_km is not None:
                km[name] = float(post_km)
            for alias in (name, *row.get("aliases", ())):
                self._aliases.setdefault(fold(str(alias)), set()).add(name)
            self.graph.add_node(name)
        for a, b in itertools.pairwise(str(r["name"]) for r in rows):
            geometry = distance_km(self._places[a], self._places[b])
            post = abs(km[a] - km[b]) if a in km and b in km else None
            weight = post if post is not None else geometry
            old = self.graph.get_edge_data(a, b)
            if old is None or weight < old["weight_km"]:  # two lines on one segment: keep shorter
                self.graph.add_edge(
                    a, b, line=line_id, geometry_km=geometry, post_km=post, weight_km=weight
                )

    # -- stations

    def stations(self) -> list[Place]:
        """Return every station once, as a :class:`~mapper.model.Place` of kind "station"."""
        return list(self._places.values())

    def station(self, name: str) -> Place:
        """Return the station with this name or alias (case, script and hyphens ignored).

        Raises
        ------
        PlaceNotFound
            No station has this name or alias.
        AmbiguousPlace
            The name is an alias of several stations.
        """
        found = sorted(self._aliases.get(fold(name), ()))
        if not found:
            raise PlaceNotFound(name, self._suggest(name))
        if len(found) > 1:
            raise AmbiguousPlace(
                name, [self._places[s].label for s in found], "pass the station's own name"
            )
        return self._places[found[0]]

    def _suggest(self, name: str) -> list[str]:
        from rapidfuzz import process

        keys = {fold(s): s for s in self._places}
        return [keys[k] for k, _, _ in process.extract(fold(name), list(keys), limit=3)]

    def nearest_station(self, point: PointLike) -> tuple[Place, float]:
        """Return the station nearest a place or ``(lat, lon)`` point, with its distance in km.

        Examples
        --------
        >>> place, d_km = default_network().nearest_station((51.8844, 128.3339))
        >>> place.name, round(d_km)
        ('Ledyanaya', 20)
        """
        lat, lon = _point(point)
        dist = distances_km(lat, lon, self._lat, self._lon)
        i = int(dist.argmin())
        return self._places[self._order[i]], float(dist[i])

    def km_post(self, station: str, line: str) -> float | None:
        """Return a station's kilometre figure on a line, or None when none is published."""
        return self._km.get(line, {}).get(station)

    # -- routing

    def snap(self, end: End, *, snap_km: float = SNAP_KM) -> tuple[Place, float] | None:
        """Return the station an end snaps to and its distance in km, or None if off the network.

        ``end`` is a station name or alias, a place (or ``(lat, lon)`` point) or any other
        name, which is looked up with :func:`mapper.gazetteer.default_gazetteer`.

        Raises
        ------
        PlaceNotFound, AmbiguousPlace
            ``end`` is a name that neither a station nor the gazetteer resolves.
        ValueError
            ``end`` is a point whose coordinates are out of range (swapped?).
        """
        if isinstance(end, str):
            try:
                return self.station(end), 0.0
            except PlaceNotFound:
                from .gazetteer import default_gazetteer

                end = default_gazetteer().lookup(end)
        station, d_km = self.nearest_station(end)
        return (station, d_km) if d_km <= snap_km else None

    def route(self, a: End, b: End, *, snap_km: float = SNAP_KM) -> Route | None:
        """Return the shortest route between two ends, or None when either is off the network.

        Parameters
        ----------
        a, b : Place, (lat, lon) tuple or str
            The ends: places or points are snapped to their nearest station; a string is a
            station name or alias, or else a place name for the gazetteer.
        snap_km : float, optional
            How far in km an end may lie from its station (default :data:`SNAP_KM`).

        Returns
        -------
        Route or None
            None when an end is farther than ``snap_km`` from every station, when no
            track joins the two stations, or when two different places snap to one
            station (the track cannot measure the way between them).

        Examples
        --------
        >>> r = default_network().route("Pyongyang", "Khasan")
        >>> r.stations[-3:], round(r.rail_km, 1), r.from_posts
        (('Hongui', 'Tumangang', 'Khasan'), 857.3, False)
        """
        import networkx as nx

        start, end = self.snap(a, snap_km=snap_km), self.snap(b, snap_km=snap_km)
        if start is None or end is None:
            return None
        try:
            names = nx.shortest_path(self.graph, start[0].name, end[0].name, weight="weight_km")
        except nx.NetworkXNoPath:
            return None
        if len(names) == 1 and max(start[1], end[1]) > 0.0:
            return None  # two places by one station: the track does not part them (0 km)
        runs = self._runs(names)
        geometry = [r for r in runs if r.geometry_km > 0.0]
        return Route(
            stations=tuple(names),
            path=tuple((self._places[s].lat, self._places[s].lon) for s in names),
            rail_km=round(sum((r.post_km + r.geometry_km for r in runs), 0.0), 3),
            from_posts=not geometry,
            snap_km=(start[1], end[1]),
            note=_note(runs, self.line_names) if runs else f"both ends snap to {names[0]}",
            lines=tuple(dict.fromkeys(r.line for r in runs)),
        )

    def rail_km(self, a: End, b: End, *, snap_km: float = SNAP_KM) -> float | None:
        """Return the length in km of the route between two ends, or None when there is none."""
        found = self.route(a, b, snap_km=snap_km)
        return None if found is None else found.rail_km

    def _runs(self, names: Sequence[str]) -> list[_Run]:
        """Cut a station sequence into same-line runs and measure each."""
        edges = [(u, v, self.graph.edges[u, v]["line"]) for u, v in itertools.pairwise(names)]
        runs = []
        for line, grouped in itertools.groupby(edges, key=lambda e: e[2]):
            group = list(grouped)
            run = (group[0][0], *(v for _, v, _ in group))
            km = self._km[line]
            posted = [i for i, s in enumerate(run) if s in km]
            if len(posted) >= 2:
                first, last = posted[0], posted[-1]
                post = abs(km[run[last]] - km[run[first]])
                outside = [*range(first), *range(last, len(run) - 1)]
            else:
                post, outside = 0.0, list(range(len(run) - 1))
            geometry = sum(self.graph.edges[run[i], run[i + 1]]["geometry_km"] for i in outside)
            runs.append(_Run(line, run, post, geometry))
        return runs


def _note(runs: Sequence[_Run], names: Mapping[str, str]) -> str:
    """Describe how a route's length was measured, line by line, by the lines' names."""
    posts = [r for r in runs if r.post_km > 0.0]
    shapes = [r for r in runs if r.geometry_km > 0.0]
    if not shapes:
        return "kilometre posts on " + ", ".join(dict.fromkeys(names[r.line] for r in posts))
    if not posts:
        return _GEOMETRY_NOTE
    by_posts = ", ".join(f"{names[r.line]} ({r.post_km:.1f} km)" for r in posts)
    by_shape = ", ".join(f"{names[r.line]} ({r.geometry_km:.1f} km)" for r in shapes)
    return f"kilometre posts on {by_posts}; {_GEOMETRY_NOTE} on {by_shape}"


def _point(end: PointLike) -> tuple[float, float]:
    """Return ``(lat, lon)`` of a place or point, validated (swapped coordinates raise)."""
    lat, lon = latlon(end)
    checked = Place("route end", lat=lat, lon=lon)
    return checked.lat, checked.lon


_DEFAULT: RailNetwork | None = None
_DEFAULT_LOCK = threading.Lock()


def default_network() -> RailNetwork:
    """Return the network of the package data, loaded on first use and shared by the process."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            from importlib.resources import files

            _DEFAULT = RailNetwork.from_json(files("mapper") / "data" / _RESOURCE)
        return _DEFAULT


def route(a: End, b: End, *, snap_km: float = SNAP_KM) -> Route | None:
    """Return the shortest route between two ends on the default network (see RailNetwork.route).

    Examples
    --------
    >>> route("Khabarovsk-1", "Komsomolsk-on-Amur").note
    'geometry between stations (no km posts)'
    """
    return default_network().route(a, b, snap_km=snap_km)


def rail_km(a: End, b: End, *, snap_km: float = SNAP_KM) -> float | None:
    """Return the rail length in km between two ends, or None when either is off the network.

    Examples
    --------
    >>> rail_km("Khabarovsk-1", "Belogorsk")
    648.0
    """
    return default_network().rail_km(a, b, snap_km=snap_km)


def route_km_for_claims(origin: Place, target: Place) -> float | None:
    """Return the rail length in km between two places, for ``mapper.claims``' ``route_km`` hook.

    Examples
    --------
    >>> from mapper.gazetteer import default_gazetteer
    >>> gaz = default_gazetteer()
    >>> route_km_for_claims(gaz.lookup("Khasan"), gaz.lookup("Ussuriysk"))
    261.0
    >>> route_km_for_claims(gaz.lookup("Paris"), gaz.lookup("Ussuriysk")) is None
    True
    """
    return rail_km(origin, target)


def stations() -> list[Place]:
    """Return every station of the default network once, as places of kind "station".

    Examples
    --------
    >>> [p.name for p in stations()][:3]
    ['Ledyanaya', 'Svobodny', 'Belogorsk']
    """
    return default_network().stations()
