"""Two dates of deaths clash, however each report words the dying ("killed" / "died"):
the rule that two dates clash only when they date one act reads words of dying as one."""

from __future__ import annotations

import pytest

from comparer.compare import compare
from evaluation.articles import from_text

OPENING = "Warplanes struck the crowded vegetable market of Raqqa at midday, activists said. "
KILLED = "Coalition warplanes struck the market and at least ten residents were killed on Saturday."
DIED = "Coalition warplanes struck the market and at least ten civilians died on Sunday."


def test_the_days_of_one_toll_told_with_other_verbs_clash() -> None:
    result = compare([from_text(1, OPENING + KILLED), from_text(2, OPENING + DIED)])
    clashes = {d.text for d in result.differences if d.type == "date_conflict"}
    assert clashes == {"on Saturday", "on Sunday"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "At least 12 people were killed on Saturday in an airstrike on the market.",
            "On Sunday, at least 12 people were killed in an airstrike on the market.",
        ),
        (
            "Coalition warplanes struck the Raqqa market on Saturday, killing twelve.",
            "On Sunday, coalition warplanes struck the Raqqa market, killing twelve.",
        ),
    ],
)
def test_a_date_opening_the_sentence_dates_all_of_it(first: str, second: str) -> None:
    result = compare([from_text(1, OPENING + first), from_text(2, OPENING + second)])
    clashes = {d.text for d in result.differences if d.type == "date_conflict"}
    assert clashes == {"on Saturday", "On Sunday"}
