"""A point in a body of water: a figure that places a thing in a sea or a river places
an unnamed point in it ("she sank in the Black Sea 8 miles from X"), not the water.
"""

from __future__ import annotations

import re

from mapper.model import Place

__all__ = ["point_in_water"]

#: Kinds of place that are bodies of water.
_WATERS = frozenset({"water", "river"})
#: The words before a body of water a thing is in: "in the", "across the southern".
_IN_WATERS = re.compile(
    r"\b(?:in|into|on|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+the\s+)?$", re.IGNORECASE
)
#: "the waters of X": a point in them.
_WATERS_OF = re.compile(r"\bwaters\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: The last words of a water's name: a point in it is unnamed ("in the Timor Sea").
_WATER_WORDS = frozenset("sea ocean gulf bay strait channel lake lagoon river".split())


def point_in_water(name: str, place: Place | None, named: bool, before: str) -> bool:
    """Return whether a located name is a body of water a point lies in.

    ``name`` is the name as written, ``place`` what it resolved to (None when the index
    lacks it), ``named`` whether it is a name of the sentence (not an anaphor), and
    ``before`` the words right before it.

    Examples
    --------
    >>> point_in_water("the Timor Sea", None, True, "located in ")
    True
    >>> point_in_water("Broome", None, True, "located in ")
    False
    """
    # a water the index lacks, known by its last word ("the Timor Sea")
    unknown_water = place is None and named and name.split()[-1].lower() in _WATER_WORDS
    return bool(_WATERS_OF.search(before)) or (
        (unknown_water or (place is not None and place.kind in _WATERS))
        and not (place is not None and place.name.endswith("Ocean"))  # too large
        and _IN_WATERS.search(before) is not None
    )
