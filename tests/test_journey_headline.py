"""A headline naming a route gives the journey its two ends (stories written here)."""

from __future__ import annotations

from mapper.journey import journey_from_text

BLOG = (
    "Belem to Manaus\n"
    "We boarded at dawn and strung our hammocks on the upper deck. Days of brown water "
    "followed, with a long halt at Santarem while cargo came aboard. The last night was "
    "hot and loud, and the boat docked before sunrise."
)


def test_the_headline_route_opens_and_closes_the_journey() -> None:
    journey = journey_from_text(BLOG)
    names = [s.place.name for s in journey.stops]
    assert names[0] == "Belém" and names[-1] == "Manaus"
    assert journey.stops[0].role == "origin" and journey.stops[-1].status == "confirmed"
    assert "Santarém" in names[1:-1]


def test_a_sentence_that_starts_the_story_is_no_headline() -> None:
    journey = journey_from_text("Belem to Manaus is a long trip. We never went.")
    assert [s.place.name for s in journey.stops] == []


def test_a_title_case_headline_still_names_two_places() -> None:
    journey = journey_from_text("Belem To Manaus\n" + BLOG.split("\n", 1)[1])
    names = [s.place.name for s in journey.stops]
    assert names[0] == "Belém" and names[-1] == "Manaus"
