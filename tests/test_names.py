import pytest

from mapper.names import fold, short_forms, split_kind


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Komsomolsk-on-Amur", "komsomolsk on amur"),
        ("Komsomolsk na Amure", "komsomolsk na amure"),
        ("Komsomol'sk-na-Amure", "komsomolsk na amure"),
        ("Komsomol\u2019sk-na-Amure", "komsomolsk na amure"),
        ("Комсомольск-на-Амуре", "komsomolsk na amure"),
        ("ARTËM", "artem"),
        ("São Paulo", "sao paulo"),
        ("  Ussuriysk\t", "ussuriysk"),
        ("Vostochnyy", "vostochny"),
        ("Vostochniy", "vostochny"),
        ("평양", "pyeongyang"),
        ("", ""),
        ("---", ""),
    ],
)
def test_fold_ignores_case_diacritics_apostrophes_hyphens_and_script(name, key):
    assert fold(name) == key


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("komsomolsk na amure", ["komsomolsk"]),
        ("komsomolsk on amur", ["komsomolsk"]),
        ("frankfurt am main", ["frankfurt"]),
        ("stratford upon avon", ["stratford"]),
        ("ussuriysk", []),
        ("rio de janeiro", []),
    ],
)
def test_short_forms_drop_the_river_qualifier(key, expected):
    assert short_forms(key) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("vostochny spaceport", ("vostochny", "spaceport")),
        ("vostochny cosmodrome", ("vostochny", "spaceport")),
        ("khasan station", ("khasan", "station")),
        ("khasan railway station", ("khasan", "station")),
        ("vladivostok international airport", ("vladivostok", "airport")),
        ("vladivostok", ("vladivostok", None)),
    ],
)
def test_split_kind_recognises_kind_words(key, expected):
    assert split_kind(key) == expected


def test_a_town_whose_gazetteer_name_opens_with_its_status_is_found_by_its_name():
    from mapper.gazetteer import default_gazetteer

    # GeoNames writes the Vietnamese border town as "Thị Trấn Đồng Đăng" ("township of")
    place = default_gazetteer().lookup("Dong Dang")
    assert place.country == "VN" and place.name.endswith("Đồng Đăng")
    assert place.source.startswith("geonames:")
