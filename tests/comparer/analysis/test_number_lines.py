"""Two figures told with different qualifiers: the line says "Same figure" only when both
write the same number. Real figures read from sentences, money with its qualifier too."""

from __future__ import annotations

import pytest

from comparer.analysis import extract_quantities
from comparer.analysis.figure_rules import describe, explain, kind_of_difference

SAME = "Same figure, different qualifier: "
OTHER = "Different figures, differently qualified (both can hold): "
# first sentence, second sentence, kind of difference, how its line opens
CASES = [
    ("More than 10 were killed.", "At least 10 were killed.", "qualifier", SAME),
    ("Up to 30 civilians were killed.", "At least 30 civilians were killed.", "qualifier", SAME),
    ("More than 10 were killed.", "At least 14 were killed.", "qualifier", OTHER),
    ("At least 25 people were injured.", "More than 20 people were injured.", "qualifier", OTHER),
    # BASIL 0d10341a: Fox's "more than $5 billion" holds with HuffPost's "$5.7 billion"
    ("He wants more than $5 billion.", "He demanded $5.7 billion.", "qualifier", OTHER),
    ("He wants more than $5 billion.", "He demanded $4 billion.", "conflict", "Conf"),
    ("They raised over $1 million.", "They raised at least $1 million.", "qualifier", SAME),
    # BASIL 2ec04201: one number, one of the two qualifiers an approximation
    ("It costs roughly $700 billion.", "It costs more than $700 billion.", "qualifier", SAME),
    ("Nearly 40 people were hurt.", "Up to 40 people were hurt.", "qualifier", SAME),
    ("About 40 people were hurt.", "At least 45 people were hurt.", "qualifier", OTHER),
    # BASIL eb17fa36: one sum, the Times' "more than" it; both leave 10 out: a conflict
    ("They took $250,000 in funds.", "They took more than $250,000.", "qualifier", SAME),
    ("Ten people were killed.", "More than 10 people were killed.", "qualifier", SAME),
    ("More than 10 were killed.", "Fewer than 10 were killed.", "conflict", "Conf"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "kind", "opening"), CASES)
def test_same_figure_only_for_the_same_number(
    first: str, second: str, kind: str, opening: str
) -> None:
    (a,), (b,) = extract_quantities(first), extract_quantities(second)
    assert kind_of_difference(a, b) == kind
    line = explain(kind, a, "A (one)", b, "B (two)")
    assert line.startswith(opening)
    assert f"“{a.text}”" in line and f"“{b.text}”" in line


def test_a_qualifier_before_a_sum_of_money_is_read_with_it() -> None:
    (more,) = extract_quantities("his demand for more than $5 billion for a wall")
    assert (more.text, more.low, more.high, more.qualifier) == (
        "more than $5 billion",
        5e9,
        float("inf"),
        "more_than",
    )
    (plain,) = extract_quantities("a $5 billion wall")
    assert (plain.text, plain.low, plain.high, plain.qualifier) == ("$5 billion", 5e9, 5e9, "exact")


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("More than 10 were killed.", "over 10"),
        ("At least 10 were killed.", "10 or more"),
        ("It costs roughly $700 billion.", "about 700 billion"),
        ("They paid nearly $15 million.", "just under 15 million"),
        ("They paid $13.6 million.", "13.6 million"),
        ("Between 40 and 200 were hurt.", "40–200"),
        ("He wants $5.7 billion.", "5.7 billion"),
    ],
)
def test_a_figure_is_described_as_a_reader_writes_it(sentence: str, described: str) -> None:
    (figure,) = extract_quantities(sentence)
    assert describe(figure) == described
