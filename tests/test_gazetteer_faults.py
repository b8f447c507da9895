"""The gazetteer under faults and odd questions: a damaged index is rebuilt, builds do not
race, killed builds leave nothing behind, and no question gives a silent wrong answer."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from mapper.claims import check_claims
from mapper.errors import AmbiguousPlace, InvalidQuery, MapperError
from mapper.gazetteer import Gazetteer, Source, table
from mapper.gazetteer.index import remove_stale_builds, remove_unused_versions

TOWNS = Path(__file__).parent / "data" / "gazetteer_towns.csv"


def _damage(path: Path) -> None:
    """Overwrite bytes in the middle of the file, its size unchanged."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_index_is_found_and_rebuilt(tmp_path: Path):
    path = tmp_path / "index.sqlite"
    sources = [table(TOWNS, name="towns")]
    first = Gazetteer(path, sources=sources)
    expected = first.lookup("Vladivostok")
    _damage(path)
    again = Gazetteer(path, sources=sources)  # the seal no longer fits: rebuilt
    assert again.lookup("Vladivostok") == expected
    assert path.with_name(path.name + ".seal").exists()


def test_an_index_without_its_seal_is_rebuilt(tmp_path: Path):
    path = tmp_path / "index.sqlite"
    sources = [table(TOWNS, name="towns")]
    Gazetteer(path, sources=sources)
    path.with_name(path.name + ".seal").unlink()
    assert Gazetteer(path, sources=sources).lookup("Ussuriysk").country == "RU"


def test_two_processes_wanting_the_index_build_it_once(tmp_path: Path):
    builds = []
    rows = table(TOWNS, name="towns").rows

    def counted(build):
        builds.append(1)
        time.sleep(0.3)  # long enough for the other to arrive while this one builds
        return rows(build)

    sources = [Source("towns", counted)]
    path = tmp_path / "index.sqlite"
    made: list[Gazetteer] = []
    threads = [
        threading.Thread(target=lambda: made.append(Gazetteer(path, sources=sources)))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(made) == 2 and len(builds) == 1


def test_temporary_files_of_killed_builds_are_removed(tmp_path: Path):
    old = tmp_path / ".gazetteer-abc.sqlite.x1.tmp"
    fresh = tmp_path / ".gazetteer-abc.sqlite.x2.tmp"
    for f in (old, fresh):
        f.write_bytes(b"partial")
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    assert remove_stale_builds(tmp_path) == [old]
    assert fresh.exists()  # maybe a build running now


def test_other_versions_of_the_index_are_kept_unless_unused_for_a_month(tmp_path: Path):
    keep = tmp_path / "gazetteer-aaaa.sqlite"
    recent = tmp_path / "gazetteer-bbbb.sqlite"
    unused = tmp_path / "gazetteer-cccc.sqlite"
    for f in (keep, recent, unused):
        f.write_bytes(b"index")
    long_ago = time.time() - 40 * 86400
    os.utime(unused, (long_ago, long_ago))
    assert remove_unused_versions(keep) == [unused]
    assert keep.exists() and recent.exists()


def test_rows_without_a_real_point_are_left_out(tmp_path: Path):
    csv = tmp_path / "sites.csv"
    csv.write_text(
        "name,kind,country,lat,lon,aliases,source\n"
        "Nowhere Post,town,US,0,0,,a row with no point\n"
        "Somewhere,town,US,40.0,-75.0,,a row with a point\n",
        encoding="utf-8",
    )
    gaz = Gazetteer(tmp_path / "index.sqlite", sources=[table(csv)])
    assert len(gaz) == 1
    with pytest.raises(MapperError):
        gaz.lookup("Nowhere Post")


def test_the_bundled_index_has_no_place_at_zero_zero(gazetteer):
    rows = gazetteer._con.execute("SELECT name FROM places WHERE lat = 0 AND lon = 0").fetchall()
    assert rows == []


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        # big cities written in Cyrillic, not the small namesakes their transliteration
        # spells (Parizh, Chelyabinsk Oblast; Pekin, Illinois; Afiny, Ukraine)
        ("Париж", "Paris", "FR"),
        ("Пекин", "Beijing", "CN"),
        ("Афины", "Athens", "GR"),
        ("Каир", "Cairo", "EG"),
        ("Лондон", "London", "GB"),
        # a curated alias in Cyrillic keeps its place: the border station of the story
        ("Хасан", "Khasan station", "RU"),
    ],
)
def test_names_in_another_script_go_to_the_prominent_place(gazetteer, query, name, country):
    place = gazetteer.lookup(query)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize("query", ["Uss*", "Vladi?ostok", "Khas%"])
def test_wildcards_are_refused_not_dropped(gazetteer, query):
    with pytest.raises(InvalidQuery, match="wildcard"):
        gazetteer.lookup(query)


def test_an_unknown_country_code_is_named_as_such(gazetteer):
    with pytest.raises(InvalidQuery, match="'ZZ': is no country the gazetteer knows"):
        gazetteer.lookup("Paris", country="ZZ")


@pytest.mark.parametrize("k", [0, 10**9, 2.5])
def test_nearest_refuses_an_absurd_count(gazetteer, k):
    with pytest.raises(InvalidQuery, match="k must be a whole number from 1 to 10,000"):
        gazetteer.nearest(lat=43.8, lon=131.9, k=k)


def test_nearest_answers_up_to_its_limit(gazetteer):
    assert len(gazetteer.nearest(lat=43.8, lon=131.9, k=10_000)) == 10_000


def test_an_absurd_figure_is_no_claim():
    text = "Ussuriysk lies 1" + "0" * 309 + " km north of Vladivostok."
    assert check_claims(text) == []


def test_a_cache_folder_that_is_a_file_gives_one_clear_error(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(MapperError, match=r"cannot build the gazetteer index .*MAPPER_CACHE_DIR"):
        Gazetteer(blocker / "index.sqlite", sources=[table(TOWNS, name="towns")])


@pytest.mark.parametrize(
    ("query", "admin1"),
    [("Perm", "Perm"), ("Irkutsk", "Irkutsk"), ("Moscow", "Moscow"), ("Мадрид", "Madrid")],
)
def test_a_town_beats_the_region_named_after_it(gazetteer, query, admin1):
    place = gazetteer.lookup(query)
    assert (place.kind, place.admin1) == ("city", admin1)
    # asked for, the region is still there
    assert gazetteer.lookup(query, kind="region").kind == "region"


def test_a_state_that_does_not_hold_the_city_stays_a_rival(gazetteer):
    with pytest.raises(AmbiguousPlace, match="'Washington' is ambiguous"):
        gazetteer.lookup("Washington")
