"""The Events tab's places are scored against the hand labels of what it listed."""

from __future__ import annotations

from evaluation.basil_events import place_figures, place_labels


def test_listed_names_are_scored_against_the_hand_labels() -> None:
    labels = place_labels()
    assert labels["Congress"] is False and labels["Maricopa County"] is True
    figures = place_figures({"Congress", "Maricopa County", "Atlantis of the North"})
    assert figures["place_precision"] == 0.5  # one of the two labelled names is a place
    assert figures["place_recall"] == 1 / sum(labels.values())
    assert figures["places_unlabelled"] == 1.0


def test_each_source_keeps_its_own_labels() -> None:
    seeds = place_labels("seeds")
    assert seeds["Tal al-Shaer"] is True and "Congress" not in seeds
