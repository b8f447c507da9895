"""Inputs shared by the map tests: the founding story's places and a stand-in for a
checked distance claim."""

from __future__ import annotations

from mapper.model import Place

# The founding story's places, as the map tests draw them (GeoNames points for the towns,
# the curated sites table's for the station and the cosmodrome's launch complex).
PYONGYANG = Place("Pyongyang", lat=39.03385, lon=125.75432, kind="city", country="KP")
KHASAN = Place("Khasan station", lat=42.43006, lon=130.64492, kind="station", country="RU")
USSURIYSK = Place("Ussuriysk", lat=43.80467, lon=131.95734, kind="city", country="RU")
VOSTOCHNY = Place(
    "Vostochny Cosmodrome", lat=51.8844, lon=128.33393, kind="spaceport", country="RU"
)
KOMSOMOLSK = Place("Komsomolsk-on-Amur", lat=50.55034, lon=137.00995, kind="city", country="RU")


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
