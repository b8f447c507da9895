"""Normalise and transliterate place names so that spelling variants meet.

Folding lower-cases, transliterates any script to ASCII (Cyrillic, Hangul, accented
Latin...), drops apostrophes and soft signs, and turns every other run of
punctuation or space into a single space.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

__all__ = [
    "AIRPORT_SUFFIX",
    "KIND_WORDS",
    "fold",
    "island_kinds",
    "island_word_dropped",
    "other_number",
    "short_forms",
    "split_kind",
]

#: The words that end an airport's folded name: "heathrow international airport".
AIRPORT_SUFFIX = re.compile(
    r"\s+(?:international\s+|regional\s+|municipal\s+|national\s+)*(?:airport|airfield|aerodrome)$"
)
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc\u02b9\u0060\u00b4\"]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Russian adjective endings are romanised as -yy, -iy, -yi or -y ("Vostochnyy",
# "Vostochniy", "Vostochny"): fold them all to -y at the end of a word.
_RU_ENDING = re.compile(r"(?<=[a-z]{3})(?:yy|iy|yi|ij)\b")

#: Words that name a kind of place, folded, longest first, mapped to a kind.
KIND_WORDS: dict[str, str] = dict(
    sorted(
        {
            "railway station": "station",
            "railroad station": "station",
            "train station": "station",
            "rail station": "station",
            "station": "station",
            "railway junction": "station",
            "junction": "station",  # India's "Itarsi Junction": the town's station
            "spaceport": "spaceport",
            "cosmodrome": "spaceport",
            "space centre": "spaceport",
            "space center": "spaceport",
            "launch site": "spaceport",
            "international airport": "airport",
            "airport": "airport",
            "airfield": "airport",
            "aircraft plant": "factory",
            "aviation plant": "factory",
            "plant": "factory",
            "factory": "factory",
            "works": "factory",
            "campus": "campus",
            "university": "campus",
        }.items(),
        key=lambda kv: -len(kv[0]),
    )
)

# "X-on-Y", "X-na-Y", "X am Y", "X upon Y", "X sur Y": people also say just "X".
_QUALIFIED = re.compile(r"^(?P<head>[a-z0-9 ]+?) (?:on|na|upon|am|an der|sur|en|del|de la) \S.*$")
# A town's status written before its name: Vietnamese "thi tran" (township), "thi xa",
# "thanh pho" (city), "xa" (commune), "huyen" (district); Russian "gorod", "poselok";
# "village of", "town of". ("City of London" is not London: "city of" is left alone.)
_STATUS_PREFIX = re.compile(
    r"^(?:thi tran|thi xa|thanh pho|xa|huyen|gorod|poselok|village of|town of) (?P<head>.+)$"
)


_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Abbreviated first words of place names: "Mt. Pleasant", "Ft. Worth", "St. Louis".
_ABBREVIATED = {"mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte"}
_ABBREVIATED_WORD = re.compile(r"\b(?:mt|ft|st|ste)\b(?= [a-z])")


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Return the matching key of a place name.

    Examples
    --------
    >>> fold("Komsomol'sk-na-Amure")
    'komsomolsk na amure'
    >>> fold("Комсомольск-на-Амуре")
    'komsomolsk na amure'
    >>> fold("  Ussuriysk ")
    'ussuriysk'
    >>> fold("U.S."), fold("W.Va.")
    ('us', 'w va')
    >>> fold("Vostochnyy"), fold("Vostochniy")
    ('vostochny', 'vostochny')
    >>> fold("Mt. Pleasant"), fold("St Louis"), fold("Ft. Worth")
    ('mount pleasant', 'saint louis', 'fort worth')
    """
    if name.isascii() and name.isalpha():  # one plain word, most of a text: the short way
        return _RU_ENDING.sub("y", name.lower())
    if name.isascii() and name.replace(" ", "").isalnum() and "  " not in name.strip():
        # plain words parted by single spaces: only case, abbreviations and endings change
        text = _ABBREVIATED_WORD.sub(lambda m: _ABBREVIATED[m.group()], name.strip().lower())
        return _RU_ENDING.sub("y", text)
    text = unicodedata.normalize("NFKC", name)
    text = _INITIALISM.sub(lambda m: m.group().replace(".", ""), text)  # "U.S." -> "US"
    text = _APOSTROPHES.sub("", text)
    text = anyascii(text).lower()
    text = _APOSTROPHES.sub("", text)
    text = _NON_ALNUM.sub(" ", text).strip()
    text = _ABBREVIATED_WORD.sub(lambda m: _ABBREVIATED[m.group()], text)
    return _RU_ENDING.sub("y", text)


def short_forms(key: str) -> list[str]:
    """Return shorter keys people use for a folded name ("komsomolsk" for "komsomolsk na amure").

    Examples
    --------
    >>> short_forms("komsomolsk na amure")
    ['komsomolsk']
    >>> short_forms("rostov on don")
    ['rostov']
    >>> short_forms("vladivostok")
    []
    >>> short_forms("thi tran dong dang")  # GeoNames' "Thị Trấn Đồng Đăng": township of
    ['dong dang']
    """
    match = _QUALIFIED.match(key) or _STATUS_PREFIX.match(key)
    if match and len(match["head"]) >= 4:
        return [match["head"]]
    return []


def split_kind(key: str) -> tuple[str, str | None]:
    """Split a trailing or leading kind word off a folded query.

    Returns the remaining name key and the kind, or the key unchanged and ``None``.

    Examples
    --------
    >>> split_kind("vostochny spaceport")
    ('vostochny', 'spaceport')
    >>> split_kind("khasan railway station")
    ('khasan', 'station')
    >>> split_kind("vladivostok")
    ('vladivostok', None)
    """
    for word, kind in KIND_WORDS.items():
        if key.endswith(" " + word):
            return key[: -len(word) - 1].strip(), kind
        if key.startswith(word + " of "):
            return key[len(word) + 4 :].strip(), kind
    return key, None


#: Words of a group of islands, whose singular and plural writers mix up.
_GROUP_WORDS = ("island", "isle", "atoll", "archipelago")


def other_number(key: str) -> str | None:
    """Return a folded name with its last group word's number switched, or ``None``.

    Writers name an archipelago in the singular ("off Canary Island") and
    one island by its group ("on the Aran Islands"); a lookup that finds nothing tries
    the other number.

    Examples
    --------
    >>> other_number("faroe island"), other_number("kuril islands")
    ('faroe islands', 'kuril island')
    >>> other_number("iceland") is None
    True
    """
    head, _, last = key.rpartition(" ")
    if not head:
        return None
    if last in _GROUP_WORDS:
        return f"{key}s"
    if last.endswith("s") and last[:-1] in _GROUP_WORDS:
        return key[:-1]
    return None


def island_kinds(key: str) -> frozenset[str]:
    """Return the kinds a folded island's bare name may match: an island or the area it
    makes; for an atoll or an archipelago also the village of its name ("Vahitahi Atoll"),
    never for an island ("Lyon Island" is no town of Lyon).

    Examples
    --------
    >>> sorted(island_kinds("vahitahi atoll"))
    ['city', 'country', 'island', 'region']
    """
    atoll = key.rpartition(" ")[2] in ("atoll", "archipelago")
    return _ISLAND_KINDS | {"city"} if atoll else _ISLAND_KINDS


#: The kinds an island's bare name may be filed under: the island, or the area it makes.
_ISLAND_KINDS = frozenset({"island", "region", "country"})


def island_word_dropped(key: str) -> str | None:
    """Return a folded island's name without its word for island, or ``None``.

    Writers add the word to an island the gazetteer files under its bare name ("Grand
    Cayman Island", "the Isle of Tahiti"); a lookup that finds nothing tries the bare name
    among islands and the areas an island makes.

    Examples
    --------
    >>> island_word_dropped("grand cayman island"), island_word_dropped("isle of arran")
    ('grand cayman', 'arran')
    >>> island_word_dropped("rangiroa atoll"), island_word_dropped("los roques archipelago")
    ('rangiroa', 'los roques')
    >>> island_word_dropped("island") is None, island_word_dropped("iceland") is None
    (True, True)
    """
    head, _, last = key.rpartition(" ")
    if head and last in _GROUP_WORDS:
        return head
    for word in _GROUP_WORDS:
        if key.startswith(f"{word} of ") and len(key) > len(word) + 4:
            return key[len(word) + 4 :]
    return None
