"""Inputs shared by the map tests: a stand-in for a checked distance claim."""

from __future__ import annotations

from mapper.model import Place


class FakeClaim:
    """Duck-typed like mapper.claims.ClaimCheck: render() only calls to_dict().

    The figures are the founding story's claim: 900 km claimed, 938.1 km measured
    (GeographicLib, Ussuriysk to the cosmodrome's launch complex), bearing 345 degrees.
    """

    def __init__(self, origin: Place, target: Place, sentence: str, **changes: object) -> None:
        self.data = {
            "sentence": sentence,
            "stated_km": 900.0,
            "qualifier": "about",
            "direction": "NW",
            "from": {"name": origin.name, "lat": origin.lat, "lon": origin.lon},
            "to": {"name": target.name, "lat": target.lat, "lon": target.lon},
            "measured_km": 938.1,
            "bearing_deg": 345.0,
            "direction_off_deg": 30.0,
            "verdict": "consistent",
        }
        self.data.update(changes)

    def to_dict(self) -> dict:
        return dict(self.data)
