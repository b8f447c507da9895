"""What a loose word in a claim stands for: the town an airport is named for ("Inverness
Airport ... east of the town"), and the event or vehicle a pronoun names ("It occurred")."""

from __future__ import annotations

import re
from collections.abc import Callable

from mapper.geodesy import distance_km
from mapper.model import Mention, Place
from mapper.names import AIRPORT_SUFFIX, fold

__all__ = ["EVENT_AFTER_RE", "airport_town"]

#: A verb after a pronoun that makes it an event or a vehicle: "It occurred", "it sank".
EVENT_AFTER_RE = re.compile(
    r"\s+(?:(?:had|has|was)\s+)?(?:occurred|struck|hit|happened|took\s+place|cent(?:er|re)d|"
    r"crashed|sank|exploded|went\s+down|erupted|ditched|crash-landed)\b",
    re.IGNORECASE,
)
#: How far from its airport the town it is named for may lie, in km.
_AIRPORT_TOWN_KM = 60.0

#: What a town is called in a lookup: a name and a kind, to a place and why not.
Lookup = Callable[[str, str | None], tuple[Place | None, str]]


def airport_town(airport: Mention, lookup: Lookup) -> Place | None:
    """Return the town an airport's name names, near it ("El Calafate Airport": El
    Calafate), or None."""
    if airport.place is None or airport.place.kind != "airport":
        return None
    key = fold(airport.surface)
    town_name = AIRPORT_SUFFIX.sub("", key)
    words = town_name.split()
    if town_name == key and len(words) < 2:
        return None  # "Heathrow": the airport's own name, no town's
    for n in range(len(words), 0, -1):  # "Beijing Daxing Airport": Beijing, past its district
        town, _ = lookup(" ".join(words[:n]), "city")
        if town is not None and town.kind in ("city", "town"):
            return town if distance_km(town, airport.place) <= _AIRPORT_TOWN_KM else None
    return None
