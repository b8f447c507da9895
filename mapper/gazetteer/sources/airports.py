"""Airports and airfields from the ``airportsdata`` package's ICAO list.

An airport with an IATA code (one airlines fly to) is found by its full name ("London
Heathrow Airport"), by that name without the word airport ("London Heathrow") and, when
it starts with its city's name, by the rest ("Heathrow") unless a town bigger than an
airport's weight bears it; never by the bare city name; by the name of the town it lies
by (however small) only as a short form a tier below the town ("Greymouth" and
"Kaikoura" are the towns, not their airports); and never by a name that is a part of a
region or country ("East Texas") or by a country's adjective ("Canadian Rockies"). The
others, airfields, air bases and private strips with only an ICAO code ("Ramstein Air
Base"), are found by their full name alone and weigh a hundredth of an airport. The rest
after the city is no name alone when it is common English words that are no person's name
("London City", "Livengood Camp", "Hwange National Park").

The town an airport serves, when no source knows a town of that name (the villages under
500 people that cities500 leaves out: "Ulukhaktok" by its airport), is a town of its own at
the airport's point, as small as a town can weigh: the airport lies by the town it is
named for, within a few km. Not when the list's city is a common English word, a region
or country's name, or several places written together ("Lille/Lesquin").
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import replace

from ...names import AIRPORT_SUFFIX, fold
from ..rank import Q_PRIMARY, Q_SHORT, WEIGHTS
from . import default_source
from .base import DIRECTIONAL, Build, Keys, Row, add_key

__all__ = ["AIRFIELD_SHARE", "SOURCE", "TOWN_KEEPS_NAME", "TOWN_NEAR_DEG", "airport_rows"]

#: A town of at least this many people (any the sources count) keeps its name from an
#: airport named after it that lies within TOWN_NEAR_DEG degrees (about 30 km) of it.
TOWN_KEEPS_NAME = 1
TOWN_NEAR_DEG = 0.3
#: The prior of an airfield with no IATA code, as a share of an airport's.
AIRFIELD_SHARE = 0.01


def airport_rows(airports: Iterable[Mapping], build: Build) -> Iterator[Row]:
    """Yield the airports and airfields.

    Parameters
    ----------
    airports : iterable of mapping
        Records of ``airportsdata.load()`` (``icao``, ``iata``, ``name``, ``city``,
        ``subd``, ``country``, ``lat``, ``lon``).
    build : Build
        Read: the names of regions and countries, which an airport's short name must
        not claim a part of, and the names of towns, which it must not take.
    """
    towns_added: set[tuple[str, str]] = set()
    airports = list(airports)
    main = _main_airports(airports, build)
    for rec in airports:
        keys: Keys = {}
        add_key(keys, rec["name"], Q_PRIMARY)
        named = _unbracketed(rec["name"], rec["city"] or "", build.town_names)
        for other in named if rec["iata"] else ():
            add_key(keys, other, Q_PRIMARY)  # airlines' airports: their names are news's
        if rec["icao"] in main:
            # "Lagos airport", "the Nairobi airport": the city's airport, its only one with
            # an IATA code or its one international airport ("Kotoka International")
            add_key(keys, f"{rec['city'].strip()} airport", Q_PRIMARY)
        if not rec["iata"]:
            yield _row(rec, keys, WEIGHTS["airport"] * AIRFIELD_SHARE)
            continue
        short = AIRPORT_SUFFIX.sub("", fold(rec["name"]))
        city = fold(rec["city"] or "")
        if (
            _unknown_town(rec["city"] or "", city, build)
            and (city, rec["country"]) not in towns_added
        ):
            towns_added.add((city, rec["country"]))
            yield _town_row(rec)
        area = DIRECTIONAL.match(short)  # "East Texas" names a part of Texas
        if area and (area["rest"] in build.region_keys or area["rest"] in build.country_keys):
            short = ""
        if short and short != city:
            # "London Heathrow" and "Heathrow"; never the bare city name; and as a short
            # form only, below the town, when the town it is named after lies by it and
            # the list names no city ("Greymouth Airport": "Greymouth" is the town)
            lat, lon = float(rec["lat"]), float(rec["lon"])
            town = any(
                people >= TOWN_KEEPS_NAME
                and abs(lat - t_lat) <= TOWN_NEAR_DEG
                and abs(lon - t_lon) <= TOWN_NEAR_DEG
                for t_lat, t_lon, people in build.town_points.get(short, ())
            )
            # (a weaker tier: the town answers first, however small; "Kaikoura" is the
            # town of 685 people, its airport 6 km away answers to "Kaikoura Airport");
            # so where a town anywhere that outweighs an airport bears the name: "San
            # Blas" is the Mexican port of 10,000 people, not the Panamanian airstrip
            town = town or build.town_names.get(short, 0) > WEIGHTS["airport"]
            add_key(keys, short, *((Q_SHORT, 2) if town else (Q_PRIMARY, 1)))
            if city and short.startswith(city + " "):
                # "Amsterdam Airport Schiphol", "Bergen Airport Flesland": the name after
                rest = short[len(city) + 1 :].removeprefix("airport ")
                # not when the rest names a town that outweighs an airport: "Ixtapa
                # Zihuatanejo" serves Ixtapa and Zihuatanejo (67,000 people), which
                # keeps its name; "Heathrow" stays the airport's (Heathrow, Florida)
                if (
                    len(rest) >= 4
                    and rest not in ("international", "regional")
                    and build.town_names.get(rest, 0) <= WEIGHTS["airport"]
                    and not _common_word(rest)
                    # "Canadian Rockies" (Cranbrook / Canadian Rockies): a country's
                    # adjective opens a part of that country, which no airport names
                    and rest.split()[0] not in build.demonyms
                ):
                    add_key(keys, rest, Q_PRIMARY)
        yield _row(rec, keys, WEIGHTS["airport"])


#: A name with a bracketed part: "Ngurah Rai (Bali) International Airport".
_BRACKETED = re.compile(r"(?P<before>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*(?P<after>[^()]*)")


def _unbracketed(name: str, city: str, towns: Container[str] = ()) -> list[str]:
    """Return the names an airport listed with a bracketed part goes by in news: without
    the bracket ("Ngurah Rai International Airport") when what comes first is the
    airport's own name, no town's (a town's name with "airport" is that town's main
    airport's); the bracketed name with the rest ("Mirabel Airport") when what comes
    first is its city ("Montréal (Mirabel) Airport") and the bracket holds no code.

    Examples
    --------
    >>> _unbracketed("Ngurah Rai (Bali) International Airport", "Denpasar")
    ['Ngurah Rai International Airport']
    >>> _unbracketed("Montréal (Mirabel) Airport", "Montreal")
    ['Mirabel Airport']
    >>> _unbracketed("Sorong (Jefman) Airport", "Sorong-Papua Island", towns={"sorong"})
    []
    """
    parts = _BRACKETED.fullmatch(name.strip())
    if parts is None or not parts["after"]:
        return []  # "Barrie-Orillia (Lake Simcoe Regional Airport)": the bracket is the name
    if fold(parts["before"]) == fold(city):
        inside = parts["inside"]
        return [] if any(c.isdigit() for c in inside) else [f"{inside} {parts['after']}"]
    return [] if fold(parts["before"]) in towns else [f"{parts['before']} {parts['after']}"]


def _main_airports(airports: list[Mapping], build: Build) -> set[str]:
    """Return the ICAO codes of the airports a city's name with "airport" stands for: its
    only airport with an IATA code, else its only international one (none for London, with
    six); a city named as several written together ("Lille/Lesquin") has none; nor a
    namesake of a bigger town ("Cairo airport" is Egypt's, not Cairo, Illinois's)."""
    by_city: dict[tuple[str, str], list[Mapping]] = {}
    for rec in airports:
        city = (rec["city"] or "").strip()
        towns = build.town_points.get(fold(city), ())
        biggest = max(towns, key=lambda t: t[2]) if towns else None
        if biggest is not None and (
            abs(biggest[0] - float(rec["lat"])) > 2 * TOWN_NEAR_DEG
            or abs(biggest[1] - float(rec["lon"])) > 2 * TOWN_NEAR_DEG
        ):
            continue
        if rec["iata"] and _PLAIN_NAME.fullmatch(city):
            by_city.setdefault((fold(city), rec["country"]), []).append(rec)
    main = set()
    for group in by_city.values():
        named = [r for r in group if "international" in fold(r["name"])]
        for pick in (group, named):
            if len(pick) == 1:
                main.add(pick[0]["icao"])
                break
    return main


#: A town's name as the list writes it: words of letters, no "/", "," or brackets.
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ '\u2019-][^\W\d_]+)*")


def _unknown_town(written: str, city: str, build: Build) -> bool:
    """Return whether an airport's city names no town, region or country the sources
    know, and is a plain name that is no common English word."""
    return (
        bool(city)
        and _PLAIN_NAME.fullmatch(written.strip()) is not None
        and city not in build.town_names
        and city not in build.region_keys
        and city not in build.country_keys
        and not _common_word(city)
    )


def _town_row(rec: Mapping) -> Row:
    """The town an airport serves, at the airport's point (see the module docstring)."""
    keys: Keys = {}
    add_key(keys, rec["city"], Q_PRIMARY)
    row = _row(rec, keys, WEIGHTS["city"])
    return replace(row, name=rec["city"].strip(), kind="city", source=f"{row.source}:town")


def _common_word(rest: str) -> bool:
    """Return whether what follows an airport's city in its name is common English words
    and no person's name: "Camp" (Livengood Camp), "City" (London City), "County",
    "Executive", "National Park" (Hwange National Park) answer for no airport alone;
    "Logan", "Wilson" and "Kingsford Smith" do."""
    from ...text import first_names, frequent_surnames, is_common_word

    words = rest.split()
    if len(words) > 1:
        # "national park", "air base": common words ending in a kind of ground name no
        # airport ("park" is a surname too, not here); "Love Field", "Sky Harbor" do
        return (
            words[-1] in _GROUNDS
            and all(is_common_word(w) for w in words)
            and not any(w in first_names() or w in frequent_surnames() for w in words[:-1])
        )
    return is_common_word(rest) and rest not in frequent_surnames() and rest not in first_names()


#: The last words of common phrases after an airport's city that name a ground, no airport.
_GROUNDS = frozenset({"park", "base", "station", "strip", "field"})


def _row(rec: Mapping, keys: Keys, weight: float) -> Row:
    return Row(
        name=rec["name"],
        lat=float(rec["lat"]),
        lon=float(rec["lon"]),
        kind="airport",
        country=rec["country"] or "",
        admin1=rec["subd"] or "",
        population=0,
        weight=weight,
        source=f"airportsdata:{rec['icao'] or rec['iata']}",
        keys=keys,
    )


def _rows(build: Build) -> Iterator[Row]:
    import airportsdata

    return airport_rows(airportsdata.load("ICAO").values(), build)


#: Airports and airfields.
SOURCE = default_source("airports")
