"""Quotations and kept findings asked by offset: :class:`QuoteSpans` and
:func:`one_per_span` answer as reading every span would, overlapping spans, empty findings
and touching ends included (they bisect, so a long article costs in proportion)."""

from __future__ import annotations

import pytest

from comparer.analysis.framing_rank import one_per_span
from comparer.analysis.quotes import QuoteSpans, long_quotes
from comparer.model import Difference, Kind

# (10, 40) holds (12, 20); (30, 90) overlaps the first; (100, 120) stands apart.
SPANS = QuoteSpans([(100, 120), (30, 90), (10, 40), (12, 20)])


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 10, []),  # ends where the first quotation begins
        (0, 11, [(10, 40)]),
        (20, 25, [(10, 40)]),  # (12, 20) ends where this begins
        (19, 31, [(10, 40), (12, 20), (30, 90)]),
        (40, 60, [(30, 90)]),
        (90, 100, []),  # between two quotations, touching both
        (95, 200, [(100, 120)]),
        (200, 300, []),
    ],
)
def test_the_quotations_over_a_span_are_those_sharing_a_character(
    start: int, end: int, expected: list[tuple[int, int]]
) -> None:
    assert SPANS.overlapping(start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (10, 40, True),
        (35, 90, True),  # in the second quotation only, though the first starts earlier
        (12, 89, False),  # no one quotation holds it
        (9, 15, False),
        (100, 121, False),
        (120, 120, True),
        (95, 99, False),
    ],
)
def test_a_span_is_inside_a_quotation_only_when_one_holds_all_of_it(
    start: int, end: int, expected: bool
) -> None:
    assert SPANS.containing(start, end) is expected


def test_no_quotations_hold_or_cross_nothing() -> None:
    assert QuoteSpans([]).overlapping(0, 10) == []
    assert QuoteSpans([]).containing(0, 10) is False


def test_a_quotation_counts_as_long_when_a_sentence_starts_inside_it() -> None:
    text = "He said: “One thing. Another thing.” Then “a word.” Done."
    starts = [0, text.index("Another"), text.index("Then"), text.index("Done")]
    assert long_quotes(text, starts) == [(text.index("“One"), text.index(" Then"))]
    assert long_quotes(text, list(reversed(starts))) == long_quotes(text, starts)


def _finding(kind: str, start: int, end: int) -> Difference:
    return Difference(Kind.FRAMING, kind, "g", "A", start, end, "x" * (end - start), None, kind)


def test_a_finding_overlapping_a_kept_one_anywhere_in_the_article_is_dropped() -> None:
    kept_first = [_finding("distancing", 50, 60), _finding("distancing", 0, 10)]
    later = [
        _finding("opinion", 5, 55),  # overlaps both kept ones
        _finding("opinion", 10, 50),  # touches both ends, overlaps neither
        _finding("opinion", 60, 60),  # empty, at a kept end
        _finding("opinion", 55, 55),  # empty, inside a kept span
    ]
    found = one_per_span([*kept_first, *later])
    assert sorted((d.start, d.end) for d in found) == [(0, 10), (10, 50), (50, 60), (60, 60)]
