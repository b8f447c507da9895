"""Which places a journey can stop at: a town, a site, an area reached; not a name that
stands for something else ("the Kremlin", "Moscow-based"), nor a country that only says
where the town before it lies ("Kazan, Russia"). A region or county read where its
namesake town is meant gives the town.
"""

from __future__ import annotations

import dataclasses
import re

from mapper.document import Document
from mapper.model import Mention, Place
from mapper.names import fold

from .cues import (
    DEALINGS_AFTER,
    METONYMS,
    NOT_A_STOP_AFTER,
    NOT_A_STOP_BEFORE,
    PAIR_BEFORE_DEALINGS,
    REACHED_BEFORE,
)
from .order import AREA_STOP_KINDS
from .told import glossed

__all__ = [
    "CONTAINER_GAP",
    "glossed_place",
    "not_a_stop",
    "town_of_region",
    "with_towns_read",
]

# The name right after a town that only says where the town is: "Kazan, Russia".
CONTAINER_GAP = re.compile(r"^(?:,\s*|\s+in\s+(?:the\s+)?|\s+\()$")

_STOP_KINDS = frozenset(
    {"city", "town", "station", "spaceport", "factory", "airport", "campus", "site"}
)
# Words of a comparison: places named in a bracketed one are no part of the journey.
_COMPARED = re.compile(
    r"\b(?:similar|same|equivalent|comparable|compared|comparison|roughly\s+as|as\s+far\s+as)\b",
    re.IGNORECASE,
)
# "crossed the X": one crosses a river, a sea or a range named so, never a town.
_CROSSED_THE = re.compile(r"\bcross(?:es|ed|ing)?\s+(?:over\s+)?the\s+$", re.IGNORECASE)
#: A mountain climbed is a stop: "reached the summit of X", "climbed X".
_SUMMIT = re.compile(
    r"\b(?:summit|top|peak)\s+of\s+(?:the\s+)?$|"
    r"\b(?:climb(?:s|ed|ing)?|scal(?:e|es|ed|ing)|summit(?:s|ed|ing)|ascend(?:s|ed|ing)?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

_LAKE = re.compile(r"^Lake\s|\sLake$")
#: A lake one travels to is a stop ("moved on to Lake Baikal", "from Puno to Lake
#: Titicaca"); one crossed, sailed or seen is passed.
_TO_THE_LAKE = re.compile(
    r"(?<!\bclose\s)(?<!\bnext\s)(?<!\bnear\s)(?<!\bdue\s)\b(?:on\s+)?to\s+(?:the\s+)?"
    r"(?:shores?\s+of\s+)?$|\b(?:reach(?:ed|es|ing)?|visit(?:ed|s|ing)?)\s+(?:the\s+)?"
    r"(?:shores?\s+of\s+)?$",
    re.IGNORECASE,
)


def not_a_stop(text: str, near: str, after: str, i: int, doc: Document) -> bool:
    """Return whether mention ``i`` stands for something other than a place to go, or
    only says where the place before it lies ("Kazan, Russia")."""
    m = doc.mentions[i]
    if NOT_A_STOP_AFTER.match(after) and not _site_of_town(doc, i, after):
        return True
    if NOT_A_STOP_BEFORE.search(near):
        return True
    if PAIR_BEFORE_DEALINGS.match(after) or (near.endswith("-") and DEALINGS_AFTER.match(after)):
        return True  # "fresh momentum in Brazil-Chile ties": two countries' dealings
    if " ".join(m.surface.lower().split()) in METONYMS:
        return True  # "the White House", "the Kremlin"
    opened = text.rfind("(", max(0, m.start - 200), m.start)  # an open bracket before it
    if (
        opened != -1
        and ")" not in text[opened : m.start]
        and _COMPARED.search(text, opened, m.start)
    ):
        return True  # "(a similar distance to driving from Sydney to Perth)": a comparison
    place = m.place
    if place is None:
        return True
    if place.kind == "mountain" and _SUMMIT.search(near):
        return False  # "reached the summit of Kilimanjaro", "climbed Everest": a peak
    if place.kind == "area" and REACHED_BEFORE.search(near):
        return False  # "made it to the North Pole": a goal gone to
    if place.kind == "water" and _LAKE.search(m.surface) and _TO_THE_LAKE.search(near):
        return False  # "moving on to Lake Baikal": a lake gone to
    if place.kind == "city" and _CROSSED_THE.search(near):
        return True  # "crossed the Potomac": a river a town's name was read for
    if (
        place.kind not in _STOP_KINDS
        and place.kind not in AREA_STOP_KINDS
        and _namesake_town(m) is None  # "a hotel in Victoria Falls": the town
    ):
        return True  # seas, rivers, ranges, continents: passed or seen, not stopped at
    if i > 0 and place.kind in AREA_STOP_KINDS:
        before = doc.mentions[i - 1]
        gap = text[before.end : m.start]
        if (
            before.place is not None
            and CONTAINER_GAP.match(gap)
            and before.place.country == place.country
            # a place inside it, not a list of its peers ("Iowa, Ohio and Utah")
            and (before.place.kind not in AREA_STOP_KINDS or place.kind == "country")
            and before.place.kind != "country"
            and not _listed(doc, i, text)
        ):
            return True
    return False


def _listed(doc: Document, i: int, text: str) -> bool:
    """Return whether the island or region at mention ``i`` is an item of a list after a
    town that follows another item ("Naples, Heraklion, Mykonos and Athens"): a peer of
    the town before it, not the island it lies on."""
    place = doc.mentions[i].place
    if i < 2 or place is None or place.kind == "country":
        return False
    first, before = doc.mentions[i - 2], doc.mentions[i - 1]
    return (
        first.place is not None
        and first.place.kind not in ("country", "region")
        and text[first.end : before.start] == ", "
    )


# "rode to Ottawa's Parliament Hill": a named site of the town, where the town is the stop
# ("Moscow's mayor" stands for the city's people)
_SITE_OF_TOWN = re.compile(r"['\u2019]s\s+[A-Z]")
#: A town's airport, station or port in the possessive, named or not: "Lima's airport",
#: "Lima's 'Jorge Chavez' International Airport". The town is where one arrives.
_TOWNS_TERMINAL = re.compile(
    r"['\u2019]s\s+(?:[\w'\u2018\u2019\"-]+\s+){0,4}?(?:international\s+)?(?:air\s*port|"
    r"railway\s+station|train\s+station|bus\s+station|station|sea\s*port|port|harbou?r|pier|"
    r"ferry\s+terminal|terminal|airfield)\b",
    re.IGNORECASE,
)


def _site_of_town(doc: Document, i: int, after: str) -> bool:
    """Return whether mention ``i`` is a town's own name before a site of it named in
    the possessive ("Ottawa's Parliament Hill"), a site the gazetteer does not know."""
    m = doc.mentions[i]
    if _TOWNS_TERMINAL.match(after) and m.place is not None and m.place.kind == "city":
        return True  # "landed at Lima's airport", "at Lima's 'Jorge Chavez' airport"
    return (
        _SITE_OF_TOWN.match(after) is not None
        and m.place is not None
        and m.place.kind == "city"
        and fold(m.surface) == fold(m.place.name)  # the town's own name, not "Jesus's"
        # not "London's Gatwick Airport", a site the gazetteer knows: that is the stop
        and not (i + 1 < len(doc.mentions) and doc.mentions[i + 1].start - m.end <= 3)
    )


# Between two names of a list: ", ", " and ", ", and ".
_JOINED = re.compile(r",?\s+(?:and|or|&)\s+|,\s+")
#: How far from a region's point the town of its name may lie, in km.
_TOWN_OF_REGION_KM = 300.0
#: Natural sights whose namesake town beside them is where a traveller stops ("Victoria
#: Falls", "Lake Placid", "Mount Shasta"), and how far from the sight's point it may lie.
_SIGHT_KINDS = ("area", "water", "mountain")
_TOWN_OF_SIGHT_KM = 25.0


def town_of_region(doc: Document, i: int, place: Place) -> Place:
    """Return the town a region's name also names, as the place a traveller goes to ("a
    sleeper train to Krasnoyarsk" reaches the city, not the krai); not in a list beside a
    country or a region no town is named after ("visited Quebec and Ontario"); else
    ``place``."""
    mentions = doc.mentions
    town = _namesake_town(mentions[i])
    if town is None:
        return place
    for first, second in ((i - 1, i), (i, i + 1)):
        if first < 0 or second >= len(mentions):
            continue
        other = mentions[second if first == i else first]
        area = other.place is not None and other.place.kind in ("region", "country")
        joined = _JOINED.fullmatch(doc.text, mentions[first].end, mentions[second].start)
        if joined and area and _namesake_town(other) is None:
            return place
    return town


#: How far a name's reading may lie from the town its bracketed gloss names.
_GLOSS_KM = 50.0
_TOWN_KINDS = ("city", "town")


def glossed_place(doc: Document, i: int, place: Place) -> Place:
    """Return the place of mention ``i`` read by the town its bracketed gloss names
    ("Perth (Kinross)": the Perth beside Kinross; "Richmond (Darlington)": Darlington
    itself when no reading of Richmond lies near it and Darlington is the bigger town);
    else ``place``."""
    from mapper.geodesy import distance_km

    mentions = doc.mentions
    if i + 1 >= len(mentions) or not glossed(doc.text, mentions[i], mentions[i + 1]):
        return place
    gloss = mentions[i + 1].place
    if gloss is None or gloss.kind not in _TOWN_KINDS or place.kind not in _TOWN_KINDS:
        return place
    if distance_km(place, gloss) <= _GLOSS_KM:
        return place
    near = [c.place for c in mentions[i].candidates if distance_km(c.place, gloss) <= _GLOSS_KM]
    if near:
        return near[0]
    # no reading near it: the gloss is the town meant, unless it is the smaller place (a
    # river's namesake village in "Chalon (Saone)" only says which Chalon)
    return gloss if gloss.population >= place.population else place


#: A city this big bearing a region's name is the traveller's goal wherever it lies in
#: the country ("flew back to Washington": the capital, not the state).
_BIG_NAMESAKE = 500_000


def _namesake_town(m: Mention) -> Place | None:
    """Return the town among a region's or county's other readings that bears its name
    and lies in it ("the diner in McLean": the town, not McLean County), or the town a
    natural sight gives its name to, right beside it ("a hotel in Victoria Falls"), or
    None."""
    place = m.place
    if place is None or place.kind not in ("region", "county", *_SIGHT_KINDS):
        return None
    from mapper.geodesy import distance_km

    sight = place.kind in _SIGHT_KINDS
    key = fold(m.surface)
    for c in m.candidates:
        town = c.place
        # "New York": the city GeoNames calls "New York City", in the state of that name
        if town.kind != "city" or fold(town.name) not in (key, f"{key} city"):
            continue
        if sight and distance_km(town, place) <= _TOWN_OF_SIGHT_KM:
            return town
        if (
            not sight
            and town.country == place.country
            and (
                town.admin1 == place.name
                or distance_km(town, place) <= _TOWN_OF_REGION_KM
                # "Washington": the capital, a big city, is where a traveller goes
                or (place.kind == "region" and town.population >= _BIG_NAMESAKE)
            )
        ):
            return town
    return None


#: How far a town glossed in brackets may lie from the island or region named before it.
_GLOSS_TOWN_KM = 300.0
_AREA_GLOSSED = frozenset({"island", "region", "country", "area"})


def with_towns_read(document: Document) -> Document:
    """Return the document with the towns its names stand for read: an area glossed by a
    town in it is the town, and a site read as a far namesake town is dropped (see
    :func:`_bracketed_towns` and :func:`_without_far_namesakes`)."""
    return _bracketed_towns(_without_far_namesakes(document))


def _without_far_namesakes(document: Document) -> Document:
    """Return the document without the far namesake a site's name was read as, when the
    text puts the site in a town ("landed on Albert Park in Suva" is no landing in
    Melbourne's suburb but in Suva)."""
    mentions = document.mentions
    far = {
        i
        for i in range(len(mentions) - 1)
        if _site_in_far_town(document.text, mentions[i], mentions[i + 1])
    }
    if not far:
        return document
    return document.replace_mentions([m for i, m in enumerate(mentions) if i not in far])


def _bracketed_towns(document: Document) -> Document:
    """Return the document with an area glossed by a town in it read as the town:
    "a flight to Palawan (Puerto Princesa)" lands in Puerto Princesa, which the brackets
    name (the town itself stays a gloss, as every bracketed name does)."""
    from mapper.geodesy import distance_km

    mentions = list(document.mentions)
    changed = False
    for i in range(len(mentions) - 1):
        area, town = mentions[i], mentions[i + 1]
        if (
            area.place is None
            or town.place is None
            or area.place.kind not in _AREA_GLOSSED
            or town.place.kind not in _STOP_KINDS
            or not glossed(document.text, area, town)
            or area.place.country != town.place.country
        ):
            continue
        if area.place.kind != "country" and distance_km(area.place, town.place) > _GLOSS_TOWN_KM:
            continue
        mentions[i] = dataclasses.replace(area, place=town.place)
        changed = True
    return document.replace_mentions(mentions) if changed else document


#: A town named "X in Y" lies at most this far from the town Y (km).
_IN_TOWN_KM = 100.0


def _site_in_far_town(text: str, site: Mention, town: Mention) -> bool:
    """Return whether "X in Y" names two towns far apart: X is a site of Y that the
    gazetteer read as a namesake town elsewhere."""
    from mapper.geodesy import distance_km

    if site.place is None or town.place is None or text[site.end : town.start] != " in ":
        return False
    if site.place.kind not in ("city", "town") or town.place.kind not in ("city", "town"):
        return False
    return distance_km(site.place, town.place) > _IN_TOWN_KM
