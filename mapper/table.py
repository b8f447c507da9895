"""Plain-text tables for the command line and for reports.

Examples
--------
>>> print(format_table(["name", "km"], [["Ussuriysk", "78.0"], ["Khasan", "186.4"]], right=[1]))
name          km
---------  -----
Ussuriysk   78.0
Khasan     186.4
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["format_table"]


def format_table(
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    *,
    right: Collection[int] = (),
) -> str:
    """Return rows as a table with aligned columns under a dashed rule.

    Parameters
    ----------
    headers : sequence
        One heading per column.
    rows : sequence of sequences
        The cells; ``None`` prints as an empty cell, anything else through ``str``.
    right : collection of int
        Indexes of the columns to align right (numbers); the others align left.
    """
    cells = [[str(h) for h in headers]]
    cells += [["" if value is None else str(value) for value in row] for row in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(headers))]
    lines = []
    for row in cells:
        padded = [
            cell.rjust(width) if k in right else cell.ljust(width)
            for k, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(padded).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
