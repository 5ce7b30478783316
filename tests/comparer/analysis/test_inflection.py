"""Lexicon entries are found in their past forms: the opinion list's "assail" finds
"assailed", and a report's "ridiculed" is the same word choice as the list's "ridicule";
plurals are not ("explosive" is evaluative, "explosives" a category)."""

from __future__ import annotations

import pytest

from comparer.analysis import framing_markers
from comparer.analysis.inflection import inflections


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("assail", ("assailed",)),
        ("ridicule", ("ridiculed",)),
        ("decry", ("decried",)),
        ("dismay", ("dismayed",)),
        ("flawed", ()),  # already past
        ("odd", ()),  # too short to inflect safely
        ("so-called", ()),  # not one plain word
    ],
)
def test_regular_inflections(word: str, forms: tuple[str, ...]) -> None:
    assert inflections(word) == forms


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The senator assailed the plan on Monday.", "assailed"),
        ("Critics derided the bill as a giveaway.", "derided"),
        ("She castigated the agency in a statement.", "castigated"),
    ],
)
def test_inflected_opinion_words_are_markers(sentence: str, word: str) -> None:
    assert word in [m.text for m in framing_markers(sentence) if m.type == "opinion"]


def test_plurals_are_not_inflections() -> None:
    markers = framing_markers("Police found explosives and supporters gathered.")
    assert not [m for m in markers if m.type in ("opinion", "emotive")]
