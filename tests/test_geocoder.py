"""mapper in the geopy / geopandas ecosystem, offline."""

from __future__ import annotations

import json
from typing import ClassVar

import geopandas
import pytest
from geographiclib.geodesic import Geodesic
from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter

from mapper import MapperError, PlaceNotFound
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


class _CannedNominatim(BaseSyncAdapter):
    """A geopy adapter that answers Nominatim's search with one made-up place, offline."""

    urls: ClassVar[list[str]] = []

    def get_json(self, url, *, timeout, headers):
        _CannedNominatim.urls.append(url)
        return [{"lat": "10.5", "lon": "20.25", "display_name": "Qqqxxzzv, Somewhere"}]

    def get_text(self, url, *, timeout, headers):
        raise AssertionError("Nominatim's search answers JSON")


def test_the_not_found_advice_works_when_followed_as_written(tmp_path, monkeypatch):
    import re

    import geopy.geocoders

    import mapper

    _CannedNominatim.urls.clear()
    with pytest.raises(PlaceNotFound) as info:
        mapper.lookup("Qqqxxzzv")
    advice = re.search(r"(mapper\.lookup\(.*?\)\)), or on the command line", str(info.value))
    assert advice is not None, str(info.value)
    # Follow it: the code as the message prints it, with Nominatim's answer canned here.
    monkeypatch.setattr(geopy.geocoders.options, "default_adapter_factory", _CannedNominatim)
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path))
    place = eval(advice.group(1), {"mapper": mapper})
    assert (place.name, place.lat, place.lon, place.source) == (
        "Qqqxxzzv", 10.5, 20.25, "nominatim"
    )  # fmt: skip
    [url] = _CannedNominatim.urls
    assert url.startswith("https://nominatim.openstreetmap.org/search?") and "Qqqxxzzv" in url
    # The answer is cached: a second lookup asks nothing.
    assert mapper.lookup("Qqqxxzzv", online=mapper.OnlineFallback("x/1 me@example.org")) == place
    assert len(_CannedNominatim.urls) == 1


def test_an_online_fallback_takes_any_geopy_geocoder(tmp_path):
    from geopy.geocoders import Nominatim

    canned = Nominatim(user_agent="mapper-tests/1.0", adapter_factory=_CannedNominatim)
    online = OnlineFallback("mapper-tests/1.0", cache_path=tmp_path / "c.json", geocoder=canned)
    place = online.lookup("Qqqxxzzv")
    assert (place.lat, place.lon) == (10.5, 20.25)


class _DownNominatim(BaseSyncAdapter):
    """An adapter whose every request fails, as with no network."""

    def get_json(self, url, *, timeout, headers):
        raise GeocoderUnavailable("no route to host")

    def get_text(self, url, *, timeout, headers):
        raise GeocoderUnavailable("no route to host")


def test_a_network_failure_is_one_error_and_never_cached(tmp_path, caplog):
    from geopy.geocoders import Nominatim

    cache = tmp_path / "c.json"
    down = Nominatim(user_agent="mapper-tests/1.0", adapter_factory=_DownNominatim)
    online = OnlineFallback("mapper-tests/1.0", cache_path=cache, geocoder=down)
    with pytest.raises(MapperError, match=r"gave no answer for 'Qqqxxzzv' .*check the network"):
        online.lookup("Qqqxxzzv")
    assert not cache.exists()  # a failure is no answer: nothing kept
    assert not [r for r in caplog.records if r.exc_info]  # no logged tracebacks
    # once the network is back, the name is asked again and its answer kept
    canned = Nominatim(user_agent="mapper-tests/1.0", adapter_factory=_CannedNominatim)
    back = OnlineFallback("mapper-tests/1.0", cache_path=cache, geocoder=canned)
    assert (back.lookup("Qqqxxzzv").lat, json.loads(cache.read_text())) == (
        10.5,
        {"Qqqxxzzv|": ["Qqqxxzzv, Somewhere", 10.5, 20.25]},
    )
