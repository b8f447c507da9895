"""mapper in the geopy / geopandas ecosystem, offline."""

from __future__ import annotations

import geopandas
import pytest
from geographiclib.geodesic import Geodesic
from geopy.extra.rate_limiter import RateLimiter

from mapper import MapperError
from mapper.geocoder import GazetteerGeocoder, OnlineFallback

# GeoNames coordinates (geonames.org/<id>): 2014006, 2013348, 2021851, 1871859.
REFERENCE = {
    "Ussuriysk": (43.80467, 131.95734),
    "Vladivostok": (43.10562, 131.87353),
    "Komsomolsk-on-Amur": (50.55034, 137.00995),
    "Pyongyang": (39.03385, 125.75432),
}


def km(lat1, lon1, lat2, lon2):
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)["s12"] / 1000.0


def test_geopandas_geocode_with_the_gazetteer_as_provider(gazetteer):
    names = [*REFERENCE, "Nowhere-at-all-qq"]
    gdf = geopandas.tools.geocode(names, provider=GazetteerGeocoder)
    assert str(gdf.crs) == "EPSG:4326"
    for i, name in enumerate(REFERENCE):
        point = gdf.geometry.iloc[i]
        assert km(point.y, point.x, *REFERENCE[name]) < 1.0
    assert gdf.geometry.iloc[-1].is_empty
    assert gdf["address"].isna().iloc[-1]


def test_rate_limiter_wraps_the_offline_geocoder(gazetteer):
    geocode = RateLimiter(GazetteerGeocoder().geocode, min_delay_seconds=0)
    loc = geocode("Vladivostok")
    assert km(loc.latitude, loc.longitude, *REFERENCE["Vladivostok"]) < 1.0


def test_miss_and_bad_query_return_none():
    coder = GazetteerGeocoder()
    assert coder.geocode("Nowhere-at-all-qq") is None
    assert coder.geocode("") is None


def test_exactly_one_false_returns_a_ranked_list():
    coder = GazetteerGeocoder(context=["Ussuriysk"])
    found = coder.geocode("Vostochny", exactly_one=False)
    assert found[0].raw["kind"] == "spaceport"
    assert len(found) >= 4


def test_reverse_returns_the_nearest_place():
    loc = GazetteerGeocoder().reverse((43.805, 131.957))
    assert loc.address == "Ussuriysk"


def test_the_adapter_refuses_http():
    coder = GazetteerGeocoder()
    with pytest.raises(MapperError, match="never uses HTTP"):
        coder._call_geocoder("https://nominatim.openstreetmap.org/search?q=x", lambda r: r)


@pytest.mark.parametrize("agent", ["", "   ", "geopy/2.4"])
def test_online_fallback_needs_a_real_user_agent(agent, tmp_path):
    with pytest.raises(ValueError, match="user_agent"):
        OnlineFallback(agent, cache_path=tmp_path / "c.json")


def test_online_fallback_answers_from_its_cache_without_network(tmp_path):
    cache = tmp_path / "c.json"
    cache.write_text('{"Atlantis|": ["Atlantis, Somewhere", 10.5, 20.25]}', encoding="utf-8")
    place = OnlineFallback("mapper-tests/1.0", cache_path=cache).lookup("Atlantis")
    assert (place.name, place.lat, place.lon, place.source) == (
        "Atlantis",
        10.5,
        20.25,
        "nominatim",
    )
