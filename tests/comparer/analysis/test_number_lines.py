"""The line a journalist pastes for two figures told with different qualifiers: "Same
figure" only when both write the same number, read from real sentences."""

from __future__ import annotations

import pytest

from comparer.analysis import extract_quantities
from comparer.analysis.numbers import explain, kind_of_difference

# first sentence, second sentence, how the line opens
CASES = [
    (
        "More than 10 civilians were killed.",
        "At least 10 civilians were killed.",
        "Same figure, different qualifier: ",
    ),
    (
        "More than 10 civilians were killed.",
        "At least 14 civilians were killed.",
        "Different figures, differently qualified (both can hold): ",
    ),
    (
        "Up to 30 civilians were killed.",
        "At least 30 civilians were killed.",
        "Same figure, different qualifier: ",
    ),
    (
        "At least 25 people were injured.",
        "More than 20 people were injured.",
        "Different figures, differently qualified (both can hold): ",
    ),
]


@pytest.mark.parametrize(("first", "second", "opening"), CASES)
def test_a_qualifier_line_says_same_figure_only_for_the_same_number(
    first: str, second: str, opening: str
) -> None:
    (a,), (b,) = extract_quantities(first), extract_quantities(second)
    assert kind_of_difference(a, b) == "qualifier"
    line = explain("qualifier", a, "A (one)", b, "B (two)")
    assert line.startswith(opening)
    assert f"“{a.text}”" in line and f"“{b.text}”" in line
