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


def test_a_state_after_each_end_only_qualifies_it() -> None:
    # US state codes after both towns, the last with its full stop: still a title
    text = (
        "Leg 4 Tulsa, OK. to Wichita, KS.\n"
        "A windy ride on the old highway, with a long lunch stop at a diner."
    )
    journey = journey_from_text(text)
    assert [s.place.name for s in journey.stops] == ["Tulsa", "Wichita"]
    # a state alone before "to" is no town: the headline names no route
    assert journey_from_text("Kansas to Wichita\nA windy ride.").stops == ()


def test_a_first_line_ending_on_a_full_stop_after_a_word_is_a_sentence() -> None:
    from mapper.text import headline

    assert headline("We rode from Tulsa to Wichita.\nIt was windy.") == ""
    assert headline("Tulsa, OK. to Wichita, KS.\nIt was windy.") == "Tulsa, OK. to Wichita, KS."


def test_a_posts_date_above_its_title_leaves_the_title_the_headline() -> None:
    from mapper.text import headline

    text = "Friday, 7 June 2019\nStage 3 by coach - Split to Zadar\nA slow coast road."
    assert headline(text) == "Stage 3 by coach - Split to Zadar"
    names = [s.place.name for s in journey_from_text(text).stops]
    assert names[0] == "Split" and names[-1] == "Zadar"
    # a date alone with nothing under it, and a line that merely opens on a month's name
    assert headline("Friday, 7 June 2019\nA slow coast road.") == ""
    assert headline("May Day in Split\nA parade.") == "May Day in Split"


def test_a_leg_told_before_the_headlines_origin_stays_before_it() -> None:
    # the headline names this post's leg; the body looks back at the one before it
    journey = journey_from_text(
        "Lyon to Nice\n"
        "Boarding was easy today, unlike the long wait we had in Paris. The carriage was "
        "far newer than the one that took us from Paris to Lyon.\n"
        "As we left Lyon the sun came out. By evening we could see Nice ahead of us."
    )
    assert [s.place.name for s in journey.stops] == ["Paris", "Lyon", "Nice"]


def test_the_headlines_ends_are_confirmed_where_the_body_places_them() -> None:
    # the body tells the earlier leg after the headline's origin, and ends on a plan
    journey = journey_from_text(
        "Split to Dubrovnik\n"
        "We stayed on in Split; we had caught the early bus from Zagreb. On Tuesday we "
        "rode to Makarska, and the next morning on to Dubrovnik, where we may stay a day."
    )
    assert [(s.place.name, s.status) for s in journey.stops] == [
        ("Zagreb", "confirmed"),
        ("Split", "confirmed"),
        ("Makarska", "confirmed"),
        ("Dubrovnik", "confirmed"),
    ]
