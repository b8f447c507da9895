"""A story as the page and the API give it: the command line's ``--json`` shapes, and
the exports (GeoJSON, KML, a CSV of the claims, the offline map).

Examples
--------
>>> from mapper.serve.session import corrected_story
>>> story = corrected_story("The train left Vladivostok and reached Ussuriysk, some 80 km "
...                         "north of Vladivostok.")
>>> shape = story_json(story)
>>> [p["surface"] for p in shape["places"]], shape["claims"][0]["verdict"]
(['Vladivostok', 'Ussuriysk', 'Vladivostok'], 'consistent')
>>> claims_csv(story).splitlines()[0].split(",")[:3]
['sentence', 'start', 'end']
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from .session import stop_key

if TYPE_CHECKING:
    from ..story import Story

__all__ = ["claims_csv", "story_geojson", "story_json", "story_kml", "story_map"]

#: The most other readings listed for a place.
_CANDIDATES = 8


def story_json(story: Story) -> dict[str, object]:
    """Return the story as ``mapper places/journey/check --json`` give it, in one object.

    ``places`` are the mentions (each with its other readings, ``candidates``, for a
    reader to pick from); ``journey`` the stops (each with the ``key`` a correction
    names it by) and legs; ``claims`` the checked claims.
    """
    places = []
    for mention in story.mentions:
        shown = mention.to_dict()
        shown["source"] = mention.place.source if mention.place else None
        shown["candidates"] = [
            {**c.place.to_dict(), "label": c.place.label}
            for c in mention.candidates[:_CANDIDATES]
            if c.place != mention.place
        ]
        places.append(shown)
    return {
        "title": story.title,
        "places": places,
        "journey": {
            "title": story.journey.title,
            "stops": [{**s.to_dict(), "key": stop_key(s.place)} for s in story.journey.stops],
            "legs": [leg.to_dict() for leg in story.journey.legs],
        },
        "claims": [c.to_dict() for c in story.claims],
    }


def claims_csv(story: Story) -> str:
    """Return the checked claims as CSV, one row per claim (nested fields as JSON)."""
    rows = [c.to_dict() for c in story.claims]
    columns = list(rows[0]) if rows else ["sentence", "start", "end", "text", "verdict"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                for k, v in row.items()
            }
        )
    return out.getvalue()


def story_geojson(story: Story) -> str:
    """Return the stops, legs, places named and claims as GeoJSON (RFC 7946)."""
    from ..journey import journey_geojson

    collection = journey_geojson(story.journey, sites=story.site_places, claims=story.claims)
    return json.dumps(collection, ensure_ascii=False)


def story_kml(story: Story) -> str:
    """Return the features of :func:`story_geojson` as KML."""
    from ..journey import journey_kml

    return journey_kml(
        story.journey, sites=story.site_places, claims=story.claims, title=story.title
    )


def story_map(story: Story) -> str:
    """Return the story's map as one self-contained page (no network)."""
    from ..maps import render, to_html

    return to_html(render(story), offline=True)
