"""Outputs never destroy anything: not an input, not a link, not a device or a FIFO.

Each case here lost data before the fix (a probe of the command line found them): the
article overwritten by its own map, an itinerary by its own GeoJSON, a symbolic link or
a FIFO replaced by a regular file.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from mapper.atomic import atomic_write
from mapper.cli import main
from mapper.errors import MapperError

STORY = (
    "The delegation left Vladivostok by train on Monday and reached Ussuriysk, about "
    "80 km to the north, that evening.\n"
)
ITINERARY = "name,date\nVladivostok,2024-05-01\nUssuriysk,2024-05-02\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_a_map_over_its_own_article_is_refused_and_the_article_kept(article, capsys):
    assert main(["map", str(article), "-o", str(article)]) == 1
    assert "is an input of this command" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == STORY


def test_the_geojson_of_an_itinerary_never_overwrites_it(tmp_path, capsys):
    trip = tmp_path / "trip.csv"
    trip.write_text(ITINERARY, encoding="utf-8")
    assert main(["journey", "--itinerary", str(trip), "--geojson", str(trip)]) == 1
    assert trip.read_text(encoding="utf-8") == ITINERARY
    # the same file reached by another path, and the same output given twice
    alias = tmp_path / "sub" / ".." / "trip.csv"
    (tmp_path / "sub").mkdir()
    assert main(["journey", "--itinerary", str(trip), "--geojson", str(alias)]) == 1
    out = tmp_path / "map.html"
    assert main(["map", str(trip), "-o", str(out), "--geojson", str(out)]) == 1
    assert "is another output" in capsys.readouterr().err
    assert trip.read_text(encoding="utf-8") == ITINERARY


def test_a_dash_writes_to_standard_output(article, capsys):
    assert main(["map", str(article), "-o", "-", "--offline"]) == 0
    captured = capsys.readouterr()
    assert captured.out.lstrip().startswith("<!DOCTYPE html>")
    assert "stops" in captured.err  # the summary goes to standard error
    assert main(["journey", str(article), "--geojson", "-"]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert collection["type"] == "FeatureCollection"


def test_a_symbolic_link_is_written_through(tmp_path):
    real = tmp_path / "real.geojson"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.geojson"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_fifo_is_written_to_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    atomic_write(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO


@pytest.mark.parametrize(("mask", "bits"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_permissions_the_umask_allows(tmp_path, mask, bits):
    old = os.umask(mask)
    try:
        written = atomic_write(tmp_path / "out.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == bits


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    atomic_write(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: str(tmp), "is a folder; give a file name"),
        (lambda tmp: "", "no output file given"),
        (lambda tmp: str(_file(tmp) / "map.html"), "cannot write it"),
    ],
)
def test_an_output_that_cannot_be_written_gives_one_clear_error(tmp_path, make, message):
    with pytest.raises(MapperError, match=message):
        atomic_write(make(tmp_path), "x")


def _file(tmp: Path) -> Path:
    path = tmp / "plain-file"
    path.write_text("", encoding="utf-8")
    return path


def test_the_command_line_reports_an_unwritable_output_in_one_line(article, tmp_path, capsys):
    assert main(["map", str(article), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {tmp_path}: is a folder") and "Traceback" not in err


def test_an_itinerary_can_come_from_standard_input(monkeypatch, capsys):
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(ITINERARY.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["journey", "--itinerary", "-", "--json"]) == 0
    stops = json.loads(capsys.readouterr().out)["stops"]
    assert [s["name"] for s in stops] == ["Vladivostok", "Ussuriysk"]


def test_an_unknown_near_place_is_an_error_not_ignored(capsys):
    assert main(["geocode", "Springfield", "--near", "Qwzxyplk"]) == 1
    assert "no place named 'Qwzxyplk'" in capsys.readouterr().err


def test_a_utf16_article_gets_the_right_hint(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-16")
    assert main(["places", str(path)]) == 1
    assert "it looks like UTF-16); convert it, e.g. iconv -f utf-16 -t utf-8" in (
        capsys.readouterr().err
    )


def test_an_article_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch, capsys):
    import mapper.cli

    monkeypatch.setattr(mapper.cli, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("Vladivostok. " * 100, encoding="utf-8")
    assert main(["places", str(path)]) == 1
    assert "holds more than 0 MB; an article is read whole" in capsys.readouterr().err


def test_the_maps_title_is_the_storys_headline_else_its_file_name(tmp_path, capsys):
    headed = tmp_path / "000_0f3a.txt"
    headed.write_text("Ferry days in the fjords\n\n" + STORY, encoding="utf-8")
    out = tmp_path / "map.html"
    assert main(["map", str(headed), "-o", str(out), "--offline"]) == 0
    assert "Ferry days in the fjords" in out.read_text(encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(STORY, encoding="utf-8")
    assert main(["map", str(plain), "-o", str(out), "--offline"]) == 0
    assert "plain.txt" in out.read_text(encoding="utf-8")


def test_near_decides_between_namesakes(capsys):
    # "Vostochny": towns near Moscow, Kirov, Yekaterinburg and the cosmodrome in the Amur
    # region; near Ussuriysk, the cosmodrome is the nearest reading (about 900 km)
    assert main(["geocode", "Vostochny", "--near", "Ussuriysk", "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert found["kind"] == "spaceport"


def _longitudes(geometry):
    if geometry is None:
        return []
    coords = geometry["coordinates"]
    if geometry["type"] == "Point":
        return [coords[0]]
    if geometry["type"] == "LineString":
        return [c[0] for c in coords]
    return [c[0] for line in coords for c in line]  # MultiLineString


def test_a_maps_geojson_holds_stops_legs_sites_and_claims_within_180(tmp_path, capsys):
    story = tmp_path / "crossing.txt"
    story.write_text(
        "The expedition flew from Anadyr to Nome on Monday. Nome lies about 600 km east "
        "of Anadyr, across the Bering Strait.\n",
        encoding="utf-8",
    )
    out = tmp_path / "crossing.geojson"
    old = os.umask(0o022)
    try:
        assert main(["map", str(story), "-o", str(tmp_path / "m.html"), "--geojson", str(out)]) == 0
    finally:
        os.umask(old)
    data = json.loads(out.read_text(encoding="utf-8"))
    kinds = {f["properties"]["feature"] for f in data["features"]}
    assert kinds == {"stop", "leg", "site", "claim"}
    lons = [lon for f in data["features"] for lon in _longitudes(f["geometry"])]
    assert lons and all(-180.0 <= lon <= 180.0 for lon in lons)
    [leg] = [f for f in data["features"] if f["properties"]["feature"] == "leg"]
    assert leg["geometry"]["type"] == "MultiLineString"  # split at the 180th meridian
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    from mapper.journey import read_itinerary

    again = read_itinerary(out)  # mapper reads its own file back: the stops
    stops = [f["properties"] for f in data["features"] if f["properties"]["feature"] == "stop"]
    assert [s.place.name for s in again.stops] == [p["name"] for p in stops]
    assert round(again.stops[0].place.lon) == 178 and round(again.stops[1].place.lon) == -165


def test_kml_for_google_earth_parses_with_a_kml_library(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastkml import kml

    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "trip.kml"
    assert main(["map", str(story), "-o", str(tmp_path / "m.html"), "--kml", str(out)]) == 0
    document = next(iter(kml.KML.from_string(out.read_text(encoding="utf-8")).features))
    folders = {f.name: list(f.features) for f in document.features}
    assert set(folders) >= {"Stops", "Legs", "Places named", "Distance claims"}
    assert [p.name for p in folders["Stops"]] == ["Vladivostok", "Ussuriysk"]
    # Ussuriysk by GeoNames: 43.80 N, 131.96 E
    lon, lat = folders["Stops"][1].geometry.coords[0][:2]
    assert (round(lat, 1), round(lon, 1)) == (43.8, 132.0)
    assert main(["journey", str(story), "--kml", str(story)]) == 1  # never over the input


def test_png_is_a_picture_of_the_map_or_a_clear_error(article, tmp_path, monkeypatch, capsys):
    from mapper.maps.png import find_chromium

    out = tmp_path / "map.png"
    monkeypatch.setenv("MAPPER_CHROMIUM", str(tmp_path / "no-such-browser"))
    assert main(["map", str(article), "-o", str(tmp_path / "m.html"), "--png", str(out)]) == 1
    assert "--png needs Chromium or Chrome" in capsys.readouterr().err
    assert not out.exists()
    monkeypatch.delenv("MAPPER_CHROMIUM")
    if find_chromium() is None:
        pytest.skip("no Chromium here to take the picture")
    assert main(["map", str(article), "-o", str(tmp_path / "m.html"), "--png", str(out)]) == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 900)


@pytest.mark.parametrize("suffix", [".html", ".HTM"])
def test_an_html_article_is_read_as_its_text(tmp_path, capsys, suffix):
    # the same reading as mapper batch and mapper serve: scripts and styles are no text,
    # and a tag inside a name does not split it
    path = tmp_path / f"page{suffix}"
    path.write_text(
        "<html><head><title>Rail trip</title><style>.Kyoto {}</style>"
        '<script>var city = "Osaka";</script></head>'
        "<body><p>The train left <b>Vladivostok</b> for Ussuriysk.</p></body></html>",
        encoding="utf-8",
    )
    assert main(["places", str(path), "--json"]) == 0
    names = [row["surface"] for row in json.loads(capsys.readouterr().out)]
    assert names == ["Vladivostok", "Ussuriysk"]
