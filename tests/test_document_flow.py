"""One parse, one flow: a story is read once, and every stage reads its mentions by position."""

from __future__ import annotations

import dataclasses

import pytest
from geographiclib.geodesic import Geodesic

import mapper.geoparse
from mapper.claims import check_claims
from mapper.example import example_article
from mapper.gazetteer import Gazetteer
from mapper.geoparse import parse_document
from mapper.journey import journey_from_document
from mapper.story import read_story

#: Two towns named Paris, each with its own context, and a claim about each.
TWO_PARISES = (
    "The band arrived in Paris, France, some 340 km southeast of London, on Friday for the "
    "first concert of its tour. Two days later the musicians reached Paris, Texas, a small "
    "city some 150 km northeast of Dallas."
)
#: GeoNames points (geonames.org/2988507, 2643743, 4717560, 4684888).
PARIS_FR = (48.85341, 2.3488)
LONDON = (51.50853, -0.12574)
PARIS_TX = (33.66094, -95.55551)
DALLAS = (32.78306, -96.80667)


class _Counter:
    """Count calls of the geoparser and of the gazetteer's search while a block runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parses = self.searches = 0
        real_parse, real_search = mapper.geoparse.parse_document, Gazetteer.search

        def parse(*args, **kwargs):
            self.parses += 1
            return real_parse(*args, **kwargs)

        def search(gaz, *args, **kwargs):
            self.searches += 1
            return real_search(gaz, *args, **kwargs)

        monkeypatch.setattr(mapper.geoparse, "parse_document", parse)
        monkeypatch.setattr(Gazetteer, "search", search)


def test_the_bundled_example_is_parsed_once(monkeypatch, gazetteer):
    text = example_article()
    alone = _Counter(monkeypatch)
    mapper.geoparse.parse_document(text, gazetteer=gazetteer)
    assert alone.parses == 1
    one_parse = alone.searches

    counter = _Counter(monkeypatch)
    story = read_story(text, gazetteer=gazetteer)
    assert counter.parses == 1
    # Journey and claims take every place from the parse: no search of their own.
    assert counter.searches == one_parse
    assert story.claims and story.journey.stops


def test_journey_and_claims_read_a_given_document_without_parsing_again(monkeypatch, gazetteer):
    doc = parse_document(example_article(), gazetteer=gazetteer)
    counter = _Counter(monkeypatch)
    journey = journey_from_document(doc, gazetteer=gazetteer)
    checks = check_claims(doc, gazetteer)
    assert (counter.parses, counter.searches) == (0, 0)
    assert len(journey.stops) == 5 and len(checks) == 4


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def test_two_places_that_share_a_name_stay_apart_in_places_journey_and_claims(gazetteer):
    story = read_story(TWO_PARISES, gazetteer=gazetteer)
    parises = [m for m in story.mentions if m.surface == "Paris"]
    assert [(m.place.country, m.place.admin1) for m in parises] == [
        ("FR", "Île-de-France"),
        ("US", "Texas"),
    ]
    assert [(s.place.name, s.place.country) for s in story.journey.stops] == [
        ("Paris", "FR"),
        ("Paris", "US"),
    ]
    france, texas = story.claims
    assert (france.target.country, france.origin.name) == ("FR", "London")
    assert (texas.target.country, texas.origin.name) == ("US", "Dallas")
    # The claims point at the mentions they read, by position.
    assert france.target_mention is parises[0] and texas.target_mention is parises[1]
    assert france.measured_km == pytest.approx(_km(LONDON, PARIS_FR), abs=0.5)
    assert texas.measured_km == pytest.approx(_km(DALLAS, PARIS_TX), abs=0.5)
    assert france.verdict == texas.verdict == "consistent"


def test_two_places_that_share_a_name_stay_apart_on_the_map(gazetteer):
    from mapper.maps import render
    from mapper.maps.inputs import read_inputs

    story = read_story(TWO_PARISES, gazetteer=gazetteer)
    inputs = read_inputs(story)
    parises = [site.place for site in inputs.sites if site.place.name == "Paris"]
    assert {p.country for p in parises} == {"FR", "US"}
    said = {p.country: " ".join(s for s, _ in inputs.sentences[p]) for p in parises}
    assert "Friday" in said["FR"] and "Texas" not in said["FR"]
    assert "Texas" in said["US"] and "Friday" not in said["US"]
    (south, west), (north, east) = render(story).get_bounds()
    assert south <= PARIS_TX[0] and north >= PARIS_FR[0]
    assert west <= PARIS_TX[1] and east >= PARIS_FR[1]


def test_windows_of_sentences_and_demonyms_are_found_by_offset():
    text = "North Korean envoys met. They left Vladivostok. Russian guards waved. It rained."
    doc = parse_document(text)
    starts = [a for a, _ in doc.sentences]
    assert doc.sentences_before(starts[3], 2) == doc.sentences[1:3]
    assert doc.sentences_before(0, 3) == ()
    assert [d.surface for d in doc.demonyms_between(0, starts[1])] == ["North Korean"]
    assert [d.surface for d in doc.demonyms_between(starts[1], len(text))] == ["Russian"]


def test_a_demonym_repeated_counts_once_in_the_coherence():
    # a country named by a demonym supports the text's places as one more name, however
    # often it is written: the scores of the places do not move with the repetitions
    once = parse_document("North Korean officials came. They met in Vladivostok and Khasan.")
    many = parse_document(
        "North Korean officials came. " * 40 + "They met in Vladivostok and Khasan."
    )
    assert [(m.place, round(m.confidence, 6)) for m in once.mentions] == [
        (m.place, round(m.confidence, 6)) for m in many.mentions
    ]


def test_a_long_text_is_resolved_in_runs_of_sentences(monkeypatch):
    # more distinct names than MAX_NAMES_TOGETHER: runs of whole sentences, each its own
    # context; an "X, Y" pair inside a run still narrows X
    import importlib

    resolving = importlib.import_module("mapper.geoparse.resolve")  # the module
    monkeypatch.setattr(resolving, "MAX_NAMES_TOGETHER", 3)
    text = (
        "Kim went from Vladivostok to Ussuriysk. He passed Khasan and Artyom. "
        "Later the band played in Springfield, Illinois, and then in Peoria."
    )
    doc = parse_document(text)
    places = {m.surface: m.place for m in doc.mentions}
    assert places["Springfield"].admin1 == "Illinois"
    assert places["Ussuriysk"].country == "RU"
    from mapper.gazetteer import default_gazetteer
    from mapper.geoparse.recognise import recognise

    found, _, _ = recognise(text, default_gazetteer())
    runs = resolving._runs(found)
    assert len(runs) >= 2 and runs[0][0] == 0 and runs[-1][1] == len(found)
    assert all(a < b for a, b in runs)


def test_a_capital_named_by_its_country_is_read_once_by_the_parse_for_every_stage(gazetteer):
    text = "On Monday the envoy flew to Kenya's capital, some 500 km east of Kampala."
    doc = parse_document(text, gazetteer=gazetteer)
    [capital] = doc.capitals
    assert (capital.surface, capital.place.name) == ("Kenya's capital", "Nairobi")
    # the country keeps its own mention beside the reading
    assert [m.surface for m in doc.mentions] == ["Kenya", "Kampala"]
    # both stages take the city from the document, by position: a reading put there
    # (Mombasa, as a user's correction would) is what the claim and the journey use
    [mombasa] = gazetteer.search("Mombasa", limit=1)
    corrected = dataclasses.replace(
        doc, capitals=(dataclasses.replace(capital, place=mombasa.place),)
    )
    [check] = check_claims(corrected, gazetteer)
    assert check.target is not None and check.target.name == "Mombasa"
    stops = journey_from_document(corrected, gazetteer=gazetteer).stops
    assert [s.place.name for s in stops if s.place] == ["Mombasa"]


def test_a_capital_read_through_a_country_goes_when_the_country_is_corrected(gazetteer):
    doc = parse_document("The envoy flew to Kenya's capital on Monday.", gazetteer=gazetteer)
    assert doc.capitals
    [kenya] = doc.mentions
    [uganda] = gazetteer.search("Uganda", limit=1)
    fixed = doc.replace_mentions([dataclasses.replace(kenya, place=uganda.place)])
    assert fixed.capitals == ()
