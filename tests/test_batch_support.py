"""Small archives for the batch tests, in every input format; the texts are written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

#: Four place names (Vladivostok, Ussuriysk, Ussuriysk, Vladivostok), a journey of two
#: stops and one leg, and one claim ("about 100 km") that the geodesic does not bear out.
VLADIVOSTOK = (
    "The freight train left Vladivostok on Monday and reached Ussuriysk by noon. "
    "Ussuriysk lies about 100 km north of Vladivostok."
)
#: Three place names (Oslo, Bergen, Oslo), two stops, one claim that holds.
OSLO = "Our reporter flew from Oslo to Bergen, which is roughly 300 km west of Oslo."
#: Two place names (Kano, Nigeria), no journey, no claim.
KANO = "Farmers near Kano in Nigeria said the harvest was poor."
#: No place at all.
NOWHERE = "Nothing in this sentence names a place."

#: GeoNames coordinates (lat, lon) in degrees: 2014006 Ussuriysk and 2013348 Vladivostok.
USSURIYSK = (43.80467, 131.95734)
VLADIVOSTOK_LATLON = (43.10562, 131.87353)

DOCS = {"vlad": VLADIVOSTOK, "oslo": OSLO, "kano": KANO, "none": NOWHERE}
#: Place names per document, counted by hand in the texts above.
MENTIONS = {"vlad": 4, "oslo": 3, "kano": 2, "none": 0}


def write_table(path: Path, docs: dict[str, str], fmt: str) -> Path:
    """Write documents as a JSONL, CSV or Parquet table with id, text, date and url."""
    rows = [
        {"id": key, "text": text, "date": f"2024-05-0{i}", "url": f"https://example.org/{key}"}
        for i, (key, text) in enumerate(docs.items(), start=1)
    ]
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    elif fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=["id", "text", "date", "url"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        import pandas as pd

        pd.DataFrame(rows).to_parquet(path)
    return path


def write_folder(folder: Path, docs: dict[str, str]) -> Path:
    """Write each document as ``KEY.txt`` in a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for key, text in docs.items():
        (folder / f"{key}.txt").write_text(text, encoding="utf-8")
    return folder
