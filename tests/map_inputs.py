"""Inputs shared by the map tests: the founding story's places and checked distance claims.

The claims are real :class:`mapper.claims.ClaimCheck` objects: a sentence written for
these tests is read by :func:`mapper.claims.find_claims` and checked between two given
places by :func:`mapper.claims.check_claim`, as the pipeline does.
"""

from __future__ import annotations

from mapper.claims import ClaimCheck, check_claim, find_claims
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

#: A claim of the kind the founding story makes, in these tests' own words. Checked from
#: Ussuriysk to the cosmodrome it gives 938.1 km measured (GeographicLib's inverse
#: solution), bearing 344.5 degrees (NNW), 29.5 degrees off the stated NW: consistent
#: with "about 900 km".
PADS_SENTENCE = "Its launch pads stand about 900 km NW of Ussuriysk."


def checked_claim(
    sentence: str = PADS_SENTENCE,
    origin: Place | None = USSURIYSK,
    target: Place | None = VOSTOCHNY,
    *,
    rail_km: float | None = None,
) -> ClaimCheck:
    """Return the check of the one distance claim ``sentence`` makes, origin to target.

    ``origin`` is the reference place ("... of Ussuriysk"), ``target`` the place being
    located; ``None`` for either makes the check unresolved, as a failed lookup does.
    """
    [claim] = find_claims(sentence)
    return check_claim(claim, origin, target, rail_km=rail_km)
