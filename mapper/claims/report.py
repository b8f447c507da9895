"""Print checked claims as a plain-text table with numbered notes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from mapper.model import Place
from mapper.table import format_table as _table

from .types import ClaimCheck, Endpoint

__all__ = ["format_table"]


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None or math.isnan(value) else format(value, spec)


def format_table(checks: Sequence[ClaimCheck]) -> str:
    """Return a plain-text table of checks, with numbered notes below it.

    Examples
    --------
    >>> print(format_table([]))
    no distance claims found
    """
    if not checks:
        return "no distance claims found"
    header = ("#", "claim", "from", "to", "stated km", "measured km", "route km", "error",
              "dir", "bearing", "verdict")  # fmt: skip
    rows = []
    notes = []
    for i, check in enumerate(checks, 1):
        claim = check.claim
        stated_dir = claim.direction or "-"
        measured_dir = check.measured_compass
        bearing = "-" if check.bearing_deg is None else f"{check.bearing_deg:.0f} {measured_dir}"
        rows.append(
            (
                str(i),
                _clip(claim.phrase, 32),
                _clip(_endpoint_label(check.origin, claim.origin), 24),
                _clip(_endpoint_label(check.target, claim.target), 24),
                f"{claim.stated_km:,.1f}",
                _fmt(check.measured_km, ",.1f"),
                _fmt(check.rail_km, ",.1f") if check.basis == "route" else "-",
                "-" if check.relative_error is None else f"{check.relative_error:+.1%}",
                stated_dir,
                bearing,
                check.verdict,
            )
        )
        for note in (check.unresolved_reason, check.route_note, check.area_note):
            if note:
                notes.append(f"{i}: {note}")
        for reading in check.readings:
            notes.append(
                f"{i}: if it means {reading.origin.name} ({reading.origin.country}) to "
                f"{reading.target.name} ({reading.target.country}): "
                f"{reading.measured_km:,.1f} km, {reading.verdict}"
            )
    table = _table(header, rows, right=(0, 4, 5, 6, 7))
    return "\n".join([table, *notes])


def _endpoint_label(place: Place | None, mention: Endpoint | None) -> str:
    if place is not None:
        return place.name
    if mention is not None:
        return f"{mention.text}?"
    return "?"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
