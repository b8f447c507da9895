"""Look places up in the index: by name with context, near a point, by spelling.

:class:`Gazetteer` opens the index (building it on first use), matches a folded query
against every name of every place, and ranks what it finds (:mod:`.rank`). A query may
end with a kind word ("Vostochny spaceport"); a part of a named place ("Northern
Syria", "North London") resolves to the place when nothing bears the whole name.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from ..errors import AmbiguousPlace, InvalidQuery, PlaceNotFound
from ..names import fold, island_kinds, island_word_dropped, other_number, split_kind
from ..place import AREA_KINDS, KINDS, Candidate, Place
from .imports import default_sources
from .index import (
    IndexInfo,
    build_index,
    data_key,
    describe_index,
    open_or_build,
    remove_stale_builds,
    remove_unused_versions,
    shared_index_path,
)
from .qualified import lookup_qualified, town_of_namesake_areas, written_otherwise
from .rank import (
    CONTEXT_KM,
    DECISIVE,
    NEAR_KM,
    Q_PRIMARY,
    SAME_PLACE_KM,
    ContextPoint,
    Match,
    context_points,
    decider_hint,
    rank_matches,
)
from .sources.source import Source
from .validate import MAX_QUERY_LENGTH, check_country, check_query, is_latin

__all__ = [
    "MAX_QUERY_LENGTH",
    "Gazetteer",
    "OnlineGeocoder",
    "PlaceRef",
    "default_gazetteer",
]

#: A place, a (lat, lon) pair in degrees, or a place name: what ``near=`` and
#: ``context=`` take.
PlaceRef = Place | tuple[float, float] | str

#: "Northern Syria", "South East London", "Upper Edmonton": a part of a named place. When
#: nothing bears the whole name, the part resolves to the place, at its point.
_PART_OF = re.compile(
    r"^(?P<side>(?:north|south)(?: ?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central"
    r"|upper|lower|inner|outer) (?P<rest>.+)$"
)
#: Kinds a part of which news names on its own ("North London", "Southern California").
_HAS_PARTS = AREA_KINDS | {"city", "county"}
#: Matches that stay what they are when a part of the place is meant (see MATCHES).
_WEAKER_THAN_PART = frozenset({"short form", "alternate name"})
#: Kinds an island is filed as: itself, or the region or country it makes (Grand Cayman).
_INITIALISM_QUERY = re.compile(r"(?:[A-Za-z]\.){2,}")

#: The most places :meth:`Gazetteer.nearest` returns.
MAX_NEAREST = 10_000

_COLUMNS = (
    "p.id, p.name, p.lat, p.lon, p.kind, p.country, p.admin1, p.population, p.weight, p.source"
)


class OnlineGeocoder(Protocol):
    """What :class:`Gazetteer` asks for names it lacks (:class:`mapper.geocoder.OnlineFallback`)."""

    def lookup(self, query: str, *, country: str | None = None) -> Place | None:
        """Return a place for ``query``, or None."""


def _unspaced(name: str) -> str:
    """Return a name's key without spaces or doubled letters ("Bhimtal", "Bin Jawad")."""
    return _DOUBLED.sub(r"\1", fold(name).replace(" ", ""))


_DOUBLED = re.compile(r"(.)\1+")


class Gazetteer:
    """Look up places offline by name, with context, and find the places near a point.

    Parameters
    ----------
    path : path-like, optional
        Where the SQLite index lives. By default a file in :func:`cache_dir` named by
        the data version; it is built on first use (about half a minute) and reused.
    sources : sequence of Source, optional
        What to build the index from, in order; by default every built-in source
        (:data:`~mapper.gazetteer.sources.DEFAULT_SOURCES`) and then the user's imports
        (:func:`~mapper.gazetteer.imports.import_sources`). A table of a few places
        (:func:`~mapper.gazetteer.sources.table`) builds in a moment, for tests.
    online : OnlineGeocoder, optional
        An opt-in online geocoder asked for names the gazetteer lacks (see
        :class:`mapper.geocoder.OnlineFallback`). Never used unless given.

    Examples
    --------
    >>> gaz = default_gazetteer()
    >>> gaz.lookup("Ussuriysk").source
    'geonames:2014006'
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        sources: Sequence[Source] | None = None,
        online: OnlineGeocoder | None = None,
    ) -> None:
        self.sources: tuple[Source, ...] = default_sources() if sources is None else tuple(sources)
        key = data_key(self.sources)
        #: Only the shared index in the cache folder replaces older versions of itself.
        self._shared = path is None and sources is None
        self.path = Path(path) if path is not None else shared_index_path(key)
        self.online = online
        self._key = key
        self._lock = threading.Lock()
        con = open_or_build(self.path, key, self.rebuild)
        self._con = con
        self._tree: Any = None
        self._suggest_keys: list[str] | None = None
        self._demonyms: dict[str, str] | None = None
        self._countries: dict[str, Place] | None = None
        self._match_cache: dict[tuple[str, str | None], list[Match]] = {}
        self._tier_cache: dict[str, tuple[int, float] | None] = {}
        #: Ranked answers of searches without near= or context=, by their arguments.
        self._search_cache: dict[tuple[Any, ...], tuple[Candidate, ...]] = {}

    def clear_cache(self) -> None:
        """Forget the answers kept from earlier lookups (the next ones read the index)."""
        self._match_cache.clear()
        self._tier_cache.clear()
        self._search_cache.clear()

    # -- building

    def rebuild(self) -> dict[str, int]:
        """Rebuild the index from the sources; return the counts of places and names.

        Temporary files of killed builds are removed. Indexes of other data versions are
        kept (another install may share the cache folder) unless unused for 30 days.
        """
        remove_stale_builds(self.path.parent)
        counts = build_index(self.path, self._key, self.sources)
        if self._shared:
            remove_unused_versions(self.path)
        return counts

    def info(self) -> IndexInfo:
        """Return what the index holds: its file, key and size, and per source its
        places and versions (``mapper gazetteer info`` prints it)."""
        return describe_index(self._con, self.path, self._key, self.sources)

    def __len__(self) -> int:
        return self._con.execute("SELECT count(*) FROM places").fetchone()[0]

    def __reduce__(self) -> tuple:
        sources = None if self.sources == default_sources() else self.sources
        return (_reopen, (self.path, sources))

    # -- queries

    def search(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: PlaceRef | None = None,
        context: Iterable[PlaceRef] = (),
        limit: int = 10,
    ) -> list[Candidate]:
        """Return ranked candidates for a place name, best first.

        Parameters
        ----------
        query : str
            A place name in any script; a kind word narrows the kind
            ("Vostochny spaceport", "Khasan station").
        country : str, optional
            ISO 3166-1 alpha-2 code the place must lie in.
        kind : str, optional
            The kind the place must have (see :data:`mapper.model.KINDS`).
        near : Place, (lat, lon) or str, optional
            Prefer places close to this point or named place.
        context : iterable of Place, (lat, lon) or str
            Other places of the same document; nearby places and places in their
            countries are preferred.
        limit : int
            The most candidates to return.

        Examples
        --------
        >>> [c.place.kind for c in default_gazetteer().search("Vostochny spaceport")]
        ['spaceport']
        """
        key = check_query(query)
        if kind is not None and kind not in KINDS:
            raise InvalidQuery(kind, f"kind must be one of {sorted(KINDS)}")
        if country is not None:
            country = check_country(country)
            if self.demonym_country(country) is None:
                raise InvalidQuery(
                    country, "is no country the gazetteer knows; use an ISO 3166-1 code like 'FR'"
                )
        # a search with no near= nor context= answers the same each time: its answer is kept
        unplaced = near is None and isinstance(context, tuple) and not context
        asked = (query, country, kind, limit) if unplaced and isinstance(limit, int) else None
        if asked is not None and asked in self._search_cache:
            return list(self._search_cache[asked])
        matches = self._matches(key, kind)
        if _INITIALISM_QUERY.fullmatch(query.strip()):  # "L.A." is not "La." (Louisiana)
            matches = [m for m in matches if not written_otherwise(query, m.place, key)]
        part = _PART_OF.match(key) if not matches else None
        if part:  # "Northern Syria", "North London": the part, at the whole's point
            matches = [
                m._replace(
                    how=f"{m.how}; the {part['side']} part of {m.place.name}",
                    match=m.match if m.match in _WEAKER_THAN_PART else "part of",
                )
                for m in self._matches(part["rest"], kind)
                if m.place.kind in _HAS_PARTS
            ]
        # "Canary Island": the Canary Islands; "Grand Cayman Island": the island, filed as
        # the area it makes; each a weaker match than the name
        islands = island_kinds(key)  # and "Vahitahi Atoll", an atoll's village
        for other, kinds in ((other_number(key), KINDS), (island_word_dropped(key), islands)):
            if other and not matches:
                matches = [
                    m._replace(how=f"{m.how}; written {other!r}", match="alternate name", tier=2)
                    for m in self._matches(other, kind)
                    if m.place.kind in kinds
                ]
        if not matches:
            return []
        points, countries = self._context(near, context, exclude=key)
        matches = [m for m in matches if not country or m.place.country == country]
        if not is_latin(query):
            # "Париж" folds to "parizh", the primary name of a Russian village: a name in
            # another script reaches a packaged primary name (in Latin letters) only by
            # transliteration, so it wins no tier there, and prominence decides (Paris,
            # not Parizh); mapper's curated rows, which cite a web page, keep their tier:
            # their aliases in other scripts are written on purpose ("Хасан")
            matches = [
                m._replace(tier=2) if not m.place.source.startswith("http") else m for m in matches
            ]
        ranked = rank_matches(matches, points, countries, limit)
        if asked is not None:
            if len(self._search_cache) > 100_000:  # bounded, like the match cache
                self._search_cache.clear()
            self._search_cache[asked] = tuple(ranked)
        return ranked

    def lookup(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: PlaceRef | None = None,
        context: Iterable[PlaceRef] = (),
        online: OnlineGeocoder | None = None,
    ) -> Place:
        """Return the best place for a name, or raise if none or several fit.

        ``online`` (an :class:`mapper.geocoder.OnlineFallback`, say) is asked when the
        gazetteer has no entry for the name, for this call only; without it, the
        gazetteer's own ``online`` fallback, if it was given one.

        A name no entry bears that ends in its region or country ("Springfield,
        Illinois", "Paris, France") is read as the place there; one written as one word
        where the entry has two ("Bhimtal", "Bhim Tal") as that entry.

        Raises
        ------
        PlaceNotFound
            No entry matches; the error carries spelling suggestions.
        AmbiguousPlace
            Several entries far apart match about equally well; the error lists them and
            says which argument would decide.

        Examples
        --------
        >>> gaz = default_gazetteer()
        >>> gaz.lookup("Vostochny", context=["Ussuriysk", "Vladivostok"]).kind
        'spaceport'
        """
        context = list(context)
        candidates = self.search(
            query, country=country, kind=kind, near=near, context=context, limit=10
        )
        if not candidates:
            found = lookup_qualified(self, query, country=country, kind=kind, context=context)
            found = found or self._online(query, country, online)
            if found is not None:
                return found
            suggestions = self.suggest(query, country=country, kind=kind)
            joined = [s for s in suggestions if _unspaced(s) == _unspaced(query)]
            for name in joined[:1]:  # "Bhimtal" is "Bhim Tal"; "Bin Jawad", "Bin Jawwad"
                candidates = self.search(name, country=country, kind=kind, context=context)
            if not candidates:
                raise PlaceNotFound(query, suggestions)
        best = candidates[0]
        if best.score >= DECISIVE:
            return best.place
        from ..geodesy import distance_km

        rivals = [c for c in candidates[1:] if distance_km(c.place, best.place) > SAME_PLACE_KM]
        if not rivals:
            return best.place
        close = [c.place for c in rivals if c.score >= 0.2 * best.score]
        town = town_of_namesake_areas([best.place, *close]) if kind is None else None
        near_place = self._resolve_context(near, "") if near is not None else None
        if town is None and near_place is not None:  # near= decides: the nearest reading
            readings = [best.place, *(c.place for c in rivals)]
            town = min(readings, key=lambda p: distance_km(p, near_place))
        if town is not None:
            return town
        shown = [f"{c.place.label} score {c.score:.2f}" for c in [best, *rivals][:6]]
        hint = decider_hint(best, rivals[0], country, kind, near is not None or bool(context))
        raise AmbiguousPlace(query, shown, hint)

    def geocode(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: PlaceRef | None = None,
        context: Iterable[PlaceRef] = (),
    ) -> Place:
        """Alias of :meth:`lookup` for readers used to geopy."""
        return self.lookup(query, country=country, kind=kind, near=near, context=context)

    def nearest(
        self, *, lat: float, lon: float, k: int = 5, kind: str | None = None
    ) -> list[tuple[Place, float]]:
        """Return the ``k`` places nearest to a point, with their geodesic distance in km.

        Examples
        --------
        >>> place, km = default_gazetteer().nearest(lat=43.80, lon=131.96, k=1, kind="city")[0]
        >>> place.name, round(km, 1)
        ('Ussuriysk', 0.6)
        """
        Place("query point", lat=lat, lon=lon)  # validates the point
        if not isinstance(k, int) or not 1 <= k <= MAX_NEAREST:
            raise InvalidQuery(str(k), f"k must be a whole number from 1 to {MAX_NEAREST:,}")
        import numpy as np

        from ..geodesy import distances_km, unit_vectors

        tree, ids = self._spatial()
        want = min(len(ids), max(k, 1) * (40 if kind else 4))
        _, idx = tree.query(unit_vectors(np.array([lat]), np.array([lon]))[0], k=want)
        idx = np.atleast_1d(idx)
        places = self._places([int(ids[i]) for i in idx])
        if kind:
            places = [p for p in places if p.kind == kind]
        dist = distances_km(lat, lon, [p.lat for p in places], [p.lon for p in places])
        ranked = sorted(zip(places, dist.tolist(), strict=True), key=lambda t: t[1])
        return ranked[: max(k, 1)]

    def suggest(
        self, query: str, *, limit: int = 5, country: str | None = None, kind: str | None = None
    ) -> list[str]:
        """Return names close in spelling to ``query`` (for "did you mean").

        Examples
        --------
        >>> default_gazetteer().suggest("Ussurisk")[0]
        'Ussuriysk'
        """
        from rapidfuzz import fuzz, process

        key = check_query(query)
        name_key, _ = split_kind(key)
        keys = self._suggestion_keys()
        hits = process.extract(name_key, keys, scorer=fuzz.ratio, limit=25, score_cutoff=75)
        out: list[tuple[float, str]] = []
        for hit_key, score, _ in hits:
            for m in self._matches(hit_key, kind):
                if m.quality < Q_PRIMARY or (country and m.place.country != country.upper()):
                    continue
                out.append((score + math.log10(max(m.prior, 1.0)), m.place.name))
        names: list[str] = []
        for _, name in sorted(out, reverse=True):
            if name not in names:
                names.append(name)
        return names[:limit]

    def demonym(self, text: str) -> Place | None:
        """Return the country (or wider area) a demonym or adjective names ("North
        Korean", "European"), or None.

        Examples
        --------
        >>> default_gazetteer().demonym("North Korean").country
        'KP'
        """
        code = self.demonym_key(fold(text))
        return self.demonym_place(code) if code else None

    def demonym_key(self, key: str) -> str:
        """Return the code of what a folded demonym names: a country's ISO code, or
        ``"kind:Name"`` of a wider area (see :meth:`demonym_place`); '' for none."""
        if self._demonyms is None:
            self._demonyms = dict(self._con.execute("SELECT key, country FROM demonyms"))
        return self._demonyms.get(key, "")

    def demonym_place(self, code: str) -> Place | None:
        """Return the place a demonym's code names: a country by its ISO code ("KP"), or
        a wider area by ``"kind:Name"`` ("continent:Europe"); None when there is none."""
        kind, sep, name = code.partition(":")
        if not sep:
            return self.demonym_country(code)
        for candidate in self.search(name, kind=kind, limit=3):
            if fold(candidate.place.name) == fold(name):
                return candidate.place
        return None

    def demonym_country(self, code: str) -> Place | None:
        """Return the country with an ISO 3166-1 alpha-2 code, or None."""
        if self._countries is None:
            rows = self._con.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'country'")
            self._countries = {row[5]: _place(row) for row in rows}
        return self._countries.get(code)

    def capital(self, country: str) -> Place | None:
        """Return the national capital of a country, or None when the index has none.

        Parameters
        ----------
        country : str
            ISO 3166-1 alpha-2 code, e.g. "KP".

        Examples
        --------
        >>> default_gazetteer().capital("KP").name
        'Pyongyang'
        """
        code = check_country(country)
        row = self._con.execute(
            f"SELECT {_COLUMNS} FROM capitals c JOIN places p ON p.id = c.place_id "
            "WHERE c.country = ?",
            (code,),
        ).fetchone()
        return _place(row) if row is not None else None

    def search_exists(self, key: str) -> bool:
        """Return True if a folded key names at least one place."""
        row = self._con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,))
        return row.fetchone() is not None

    def name_tiers(self, keys: Iterable[str]) -> dict[str, tuple[int, float]]:
        """Return, for each folded key that names a place, its best tier and the top
        weight among the places it names at that tier (an alternate name of a big place
        does not lend its weight to a small place's primary name).

        Used by the geoparser to recognise names quickly: one query for many keys.
        """
        known = self._tier_cache
        asked = list(dict.fromkeys(k for k in keys if k))
        missing = [k for k in asked if k not in known]
        if len(known) + len(missing) > 200_000:  # bounded, like the match cache
            known.clear()
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._con.execute(
                "SELECT n.key, n.tier, max(p.weight * n.quality) FROM names n "
                f"JOIN places p ON p.id = n.place_id WHERE n.key IN ({marks}) "
                "GROUP BY n.key, n.tier ORDER BY n.tier DESC",
                chunk,
            )
            found = {k: (t, w) for k, t, w in rows}  # the best (lowest) tier comes last
            for k in chunk:
                known[k] = found.get(k)  # None: no place has this name
        out: dict[str, tuple[int, float]] = {}
        for k in asked:
            tier = known.get(k)
            if tier is not None:
                out[k] = tier
        return out

    # -- internals

    def _matches(self, key: str, kind: str | None) -> list[Match]:
        """Return every entry the key names, with how it matched and its prior weight."""
        cached = self._match_cache.get((key, kind))
        if cached is not None:
            return cached
        if len(self._match_cache) > 100_000:  # bounded: names repeat across a corpus
            self._match_cache.clear()
        result = self._match_cache[(key, kind)] = self._matches_uncached(key, kind)
        return result

    def _matches_uncached(self, key: str, kind: str | None) -> list[Match]:
        found: dict[int, Match] = {}
        attempts = [(key, kind, "name", "name")]
        name_key, word_kind = split_kind(key)
        if word_kind and name_key and (kind is None or kind == word_kind):
            attempts.append((name_key, word_kind, f"name + kind word {word_kind!r}", "kind word"))
        for k, want_kind, how, via in attempts:
            rows = self._con.execute(
                f"SELECT {_COLUMNS}, n.quality, n.tier "
                "FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?",
                (k,),
            ).fetchall()
            for row in rows:
                place = _place(row)
                if want_kind and place.kind != want_kind:
                    continue
                quality, tier = row[10], row[11]
                label, match = (
                    (how, via) if tier == 1 else (f"{how} (alternate name)", "alternate name")
                )
                if quality < Q_PRIMARY and tier == 1:
                    label, match = f"{how} (short form)", "short form"
                old = found.get(row[0])
                if old is None or (old.tier, -old.quality) > (tier, -quality):
                    found[row[0]] = Match(place, quality, label, tier, row[8], match)
        return list(found.values())

    def _context(
        self, near: PlaceRef | None, context: Iterable[PlaceRef], exclude: str
    ) -> tuple[list[ContextPoint], set[str]]:
        items = [(near, NEAR_KM)] if near is not None else []
        items += [(c, CONTEXT_KM) for c in context if c is not None]
        places = []
        for item, scale_km in items:
            place = self._resolve_context(item, exclude)
            if place is None and item is near:  # asked for by name: say it is unknown
                raise PlaceNotFound(str(near), self.suggest(str(near)))
            if place is not None:
                places.append((place, scale_km))
        return context_points(places)

    def _resolve_context(self, item: object, exclude: str) -> Place | None:
        if isinstance(item, Place):
            return item
        if isinstance(item, str):
            try:
                key = check_query(item)
            except InvalidQuery:
                return None
            if key == exclude:
                return None
            matches = self._matches(key, None)
            if not matches:
                return None
            # A context name counts by its most prominent reading (no recursion).
            return max(matches, key=lambda m: (-m.tier, m.quality * m.prior)).place
        if isinstance(item, Sequence) and len(item) == 2:
            return Place("context point", lat=float(item[0]), lon=float(item[1]), kind="site")
        lat, lon = getattr(item, "lat", None), getattr(item, "lon", None)
        if lat is not None and lon is not None:
            return Place("context point", lat=float(lat), lon=float(lon), kind="site")
        raise InvalidQuery(repr(item), "context items must be a Place, a (lat, lon) pair or a name")

    def _online(
        self, query: str, country: str | None, online: OnlineGeocoder | None = None
    ) -> Place | None:
        fallback = online if online is not None else self.online
        if fallback is None:
            return None
        return fallback.lookup(query, country=country)

    def _places(self, ids: list[int]) -> list[Place]:
        by_id: dict[int, Place] = {}
        for start in range(0, len(ids), 500):  # SQLite caps the variables of one query
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._con.execute(
                f"SELECT {_COLUMNS} FROM places p WHERE p.id IN ({marks})", chunk
            ).fetchall()
            by_id.update((row[0], _place(row)) for row in rows)
        return [by_id[i] for i in ids if i in by_id]

    def _spatial(self) -> tuple[Any, Any]:
        with self._lock:
            if self._tree is None:
                import numpy as np
                from scipy.spatial import cKDTree

                from ..geodesy import unit_vectors

                rows = self._con.execute(
                    "SELECT id, lat, lon FROM places WHERE kind NOT IN ('country', 'continent')"
                ).fetchall()
                arr = np.array(rows, dtype=float)
                self._tree = (cKDTree(unit_vectors(arr[:, 1], arr[:, 2])), arr[:, 0].astype(int))
            return self._tree

    def _suggestion_keys(self) -> list[str]:
        with self._lock:
            if self._suggest_keys is None:
                rows = self._con.execute(
                    "SELECT DISTINCT key FROM names WHERE quality >= ? AND tier = 1", (Q_PRIMARY,)
                )
                self._suggest_keys = [r[0] for r in rows]
            return self._suggest_keys


def _reopen(path: Path, sources: tuple[Source, ...] | None) -> Gazetteer:
    return Gazetteer(path, sources=sources)


def _place(row: Sequence[Any]) -> Place:
    return Place(
        name=row[1],
        lat=row[2],
        lon=row[3],
        kind=row[4],
        country=row[5],
        admin1=row[6],
        population=row[7],
        source=row[9],
    )


_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """Return the shared gazetteer of this process, building its index on first use."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Gazetteer()
        return _DEFAULT
