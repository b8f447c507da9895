"""The bundled example: a story of a train journey, written for mapper, and its itinerary."""

from __future__ import annotations

import csv
import importlib.resources
import io

__all__ = ["example_article", "example_itinerary_text", "example_place_names"]

_EXAMPLE = importlib.resources.files("mapper") / "data" / "example"


def example_article() -> str:
    """Return the text of the bundled example article."""
    return (_EXAMPLE / "article.txt").read_text(encoding="utf-8")


def example_itinerary_text() -> str:
    """Return the bundled itinerary of the real trip as CSV text."""
    return (_EXAMPLE / "itinerary.csv").read_text(encoding="utf-8")


def example_place_names() -> list[str]:
    """Return the distinct place names of the bundled itinerary, in travel order."""
    names: list[str] = []
    for row in csv.DictReader(io.StringIO(example_itinerary_text())):
        if row["name"] not in names:
            names.append(row["name"])
    return names
