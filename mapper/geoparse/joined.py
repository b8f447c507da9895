"""Names that hold "and" ("Trinidad and Tobago"): two capitalised runs made one where the
gazetteer knows the name they make together."""

from __future__ import annotations

from mapper.names import fold
from mapper.text import Token

#: A capitalised run: its sentence's span, the sentence's tokens, and the run's [i, j).
Run = tuple[tuple[int, int], list[Token], int, int]


def joined_by_and(text: str, runs: list[Run], keys: set[str]) -> dict[int, list[str]]:
    """Add to ``keys`` the names two runs make with the "and" (or "and the") between them
    ("Trinidad and Tobago", "Saint Vincent and the Grenadines"); return them by the index
    of the first run."""
    joined: dict[int, list[str]] = {}
    for n in range(len(runs) - 1):
        (_, toks, i, j), (_, toks2, i2, j2) = runs[n], runs[n + 1]
        gap = [t.key for t in toks[j:i2]]
        if toks2 is not toks or gap not in (["and"], ["and", "the"]):
            continue
        for a in range(max(i, j - 3), j):
            for b in range(i2 + 1, min(j2, i2 + 3) + 1):
                key = fold(text[toks[a].start : toks[b - 1].end])
                keys.add(key)
                joined.setdefault(n, []).append(key)
    return joined


def merge_joined(runs: list[Run], joined: dict[int, list[str]], known: dict) -> list[Run]:
    """Return the runs with each pair that names a known place with its "and" made one."""
    if not any(k in known for ks in joined.values() for k in ks):
        return runs
    out: list[Run] = []
    n = 0
    while n < len(runs):
        if any(k in known for k in joined.get(n, ())):
            sent, toks, i, _ = runs[n]
            out.append((sent, toks, i, runs[n + 1][3]))
            n += 2
        else:
            out.append(runs[n])
            n += 1
    return out
