"""The leave-one-corpus-out harness (bench/loco.py): how a setting is chosen without the
corpus it is then scored on. Figures below are made up for the test."""

from __future__ import annotations

import pytest

from bench.loco import GROUPS, SHIPPED, choose

POINTS = [{"coherence_km": 50.0}, {"coherence_km": 100.0}, {"coherence_km": 200.0}]


def test_the_choice_ignores_the_corpus_left_out():
    scores = [
        {"A": 0.90, "B": 0.60, "C": 0.60},  # best on A alone
        {"A": 0.50, "B": 0.70, "C": 0.70},  # best on B and C: mean 0.70
        {"A": 0.80, "B": 0.65, "C": 0.66},  # mean of B and C 0.655
    ]
    assert choose(scores, POINTS, "A") == 1
    # leaving B out: means over A and C are 0.75, 0.60, 0.73
    assert choose(scores, POINTS, "B") == 0


def test_a_tie_goes_to_the_shipped_value():
    scores = [{"A": 0.5, "B": 0.8}, {"A": 0.5, "B": 0.8}, {"A": 0.5, "B": 0.7}]
    assert SHIPPED["coherence_km"] == 100.0
    assert choose(scores, POINTS, "A") == 1  # points 0 and 1 tie on B; 1 is shipped


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_grid_holds_the_shipped_settings(group):
    _, points = GROUPS[group]
    assert any(all(p[k] == SHIPPED[k] for k in p) for p in points)
    assert len({tuple(sorted(p.items())) for p in points}) == len(points)


def test_a_figure_where_less_is_better_picks_the_least():
    scores = [{"A": 0.3, "B": 0.20}, {"A": 0.1, "B": 0.25}, {"A": 0.2, "B": 0.40}]
    assert choose(scores, POINTS, "A", lower=True) == 0  # B alone: 0.20 is the least
    assert choose(scores, POINTS, "B", lower=True) == 1  # A alone: 0.1
