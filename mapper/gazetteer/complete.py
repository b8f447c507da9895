"""Names completed as a person types them: the places whose names begin with a prefix.

Used by the web page's search box (``mapper serve``). The index's names table is keyed
by folded name, so the places whose names begin with a folded prefix are one range of
that key; they come back heaviest first (population and kind, as ranking weighs them),
one row per place.

Examples
--------
>>> from mapper.gazetteer import default_gazetteer
>>> [p.name for p in complete(default_gazetteer(), "Vladivo", limit=1)]
['Vladivostok']
"""

from __future__ import annotations

from ..names import fold
from ..place import Place
from .query import _COLUMNS, Gazetteer, _place

__all__ = ["complete"]


def complete(gazetteer: Gazetteer, prefix: str, *, limit: int = 10) -> list[Place]:
    """Return up to ``limit`` places whose names (or other names) begin with ``prefix``.

    A prefix that folds to fewer than two characters gives nothing (too many to rank).
    """
    key = fold(prefix)
    if len(key) < 2 or limit < 1:
        return []
    rows = gazetteer._con.execute(
        f"SELECT {_COLUMNS}, max(p.weight * n.quality) AS w FROM names n "
        "JOIN places p ON p.id = n.place_id WHERE n.key >= ? AND n.key < ? "
        "GROUP BY p.id ORDER BY w DESC, p.name LIMIT ?",
        (key, key + "\U0010ffff", int(limit)),
    ).fetchall()
    return [_place(row) for row in rows]
