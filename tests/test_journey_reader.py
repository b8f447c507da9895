"""The journey reader on travel writing of every mode (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.journey import journey_from_text
from mapper.journey.dates import date_in, story_date


def _stops(text: str) -> list[tuple[str, str, str, str, str]]:
    j = journey_from_text(text)
    return [(s.place.name, s.role, s.status, s.mode, s.date) for s in j.stops]


def test_every_mode_and_dates_as_news_writes_them():
    text = (
        "Manila, 10 September 2023\n"
        "The president flew from Manila to Cebu on 12 September. Two days later she took a "
        "ferry to Bohol, and then went on to Siquijor."
    )
    assert _stops(text) == [
        ("Manila", "origin", "confirmed", "air", "2023-09-12"),
        ("Cebu", "stop", "confirmed", "air", "2023-09-12"),
        ("Bohol", "stop", "confirmed", "sea", "2023-09-14"),  # 12 September + two days
        ("Siquijor", "stop", "confirmed", "sea", "2023-09-14"),  # the same sentence's day
    ]


def test_left_x_for_y_and_headed_north_to_z():
    stops = _stops("The minister left Jakarta for Surabaya, then headed north to Semarang by car.")
    assert [(name, role, mode) for name, role, _, mode, _ in stops] == [
        ("Jakarta", "origin", "unknown"),
        ("Surabaya", "stop", "unknown"),  # "by car" is how Semarang was reached
        ("Semarang", "stop", "road"),
    ]


def test_weekdays_count_from_the_dateline_and_dated_stops_come_in_order():
    text = (
        "Hanoi, 26 Feb. 2019\n"
        "The leader arrived in Vietnam on Tuesday. He had left Pyongyang on Saturday by train "
        "and reached the border city of Lang Son this morning."
    )
    # 26 February 2019 was a Tuesday; the Saturday before it was the 23rd
    assert [(s[0], s[4]) for s in _stops(text)] == [
        ("Pyongyang", "2019-02-23"),
        ("Lạng Sơn", "2019-02-26"),  # Vietnam holds a stop, so it is none itself
    ]


def test_places_not_reached_or_standing_for_something_else_are_no_stops():
    text = (
        "The cruise ship was unable to dock in Napier because of high winds. It called at "
        "Wellington instead. The captain has visited Sydney many times. Officials stressed "
        "relations with Moscow, and a Seoul-based firm paid for the charter."
    )
    j = journey_from_text(text)
    assert [s.place.name for s in j.stops] == ["Wellington"]
    assert {"Napier", "Sydney", "Moscow", "Seoul"} <= {m.surface for m in j.sites}


def test_a_plan_or_a_hedge_makes_a_stop_speculated():
    text = (
        "The royal couple arrived in Nairobi on Monday. They are expected to travel to "
        "Mombasa next, and the train believed to carry their staff was seen leaving for Kisumu."
    )
    assert [(s[0], s[2]) for s in _stops(text)] == [
        ("Nairobi", "confirmed"),
        ("Mombasa", "speculated"),
        ("Kisumu", "speculated"),
    ]


def test_a_return_implies_the_origin():
    text = "The envoy flew to Muscat on Monday, before returning to Cairo."
    stops = _stops(text)
    assert (stops[0][0], stops[0][1], stops[0][2]) == ("Cairo", "origin", "implied")
    assert [s[0] for s in stops[1:]] == ["Muscat", "Cairo"]


@pytest.mark.parametrize(
    ("sentence", "future", "expected"),
    [
        ("He left on Saturday.", False, "2019-02-23"),  # the Saturday before the dateline
        ("He will leave on Saturday.", True, "2019-03-02"),  # the one after
        ("They arrived yesterday.", False, "2019-02-25"),
        ("She lands on 1 March.", True, "2019-03-01"),
        ("She landed on March 1.", False, "2019-03-01"),
        ("No day is named here.", False, ""),
    ],
)
def test_dates_count_from_the_story(sentence, future, expected):
    story = story_date("Hanoi, 26 Feb. 2019\nText.")
    assert story == dt.date(2019, 2, 26)
    assert date_in(sentence, story=story, future=future) == expected
