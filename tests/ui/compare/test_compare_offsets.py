"""Offsets and levelling arithmetic of the comparison view, without widgets."""

from __future__ import annotations

from itertools import pairwise

import pytest

from comparer.model import Furniture, Removed
from ui.compare.rendered import render
from ui.compare.sync import anchors, map_y


def test_without_furniture_offsets_are_unchanged() -> None:
    shown = render("One two.\n\nThree four.", (Removed("Menu", Furniture.NAVIGATION, 0),))
    assert shown.text == "One two.\n\nThree four."
    assert [shown.to_doc(i) for i in (0, 4, 10)] == [0, 4, 10]
    assert shown.furniture == ()


@pytest.mark.parametrize(
    ("text", "block_at", "phrase"),
    [
        ("One two.\n\nThree four.", 0, "One"),
        ("One two.\n\nThree four.", 10, "Three"),
        ("One two.\n\nThree four.", 10, "two."),
        ("One two. Three four.", 9, "Three"),
        ("One two. Three four.", 20, "four."),
    ],
)
def test_shown_furniture_shifts_spans_onto_the_same_words(
    text: str, block_at: int, phrase: str
) -> None:
    shown = render(text, (Removed("Share this", Furniture.SHARE, block_at),), True)
    start = text.index(phrase)
    doc_start, doc_end = shown.span(start, start + len(phrase))
    assert shown.text[doc_start:doc_end] == phrase
    ((f_start, f_end),) = shown.furniture
    assert shown.text[f_start:f_end] == "Share this"


def test_span_ending_where_furniture_starts_does_not_swallow_it() -> None:
    text = "Alpha beta.\n\nGamma."
    shown = render(text, (Removed("AD", Furniture.ADVERTISEMENT, 13),), True)
    assert shown.text[slice(*shown.span(0, 13))] == "Alpha beta.\n\n"
    assert shown.text[slice(*shown.span(13, 19))] == "Gamma."


def test_characters_beyond_the_bmp_count_twice_for_qt() -> None:
    text = "Fans 🎉🎉 cheered 12 times."
    shown = render(text)
    start = text.index("12")
    # Each party popper is one Python character but two UTF-16 units.
    assert shown.span(start, start + 2) == (start + 2, start + 4)
    assert shown.to_doc(text.index("🎉")) == text.index("🎉")


@pytest.mark.parametrize(
    ("bands", "y", "expected"),
    [
        ([], 50.0, 50.0),
        ([(100.0, 120.0, 300.0, 320.0)], 100.0, 300.0),
        ([(100.0, 120.0, 300.0, 320.0)], 110.0, 310.0),
        ([(100.0, 120.0, 300.0, 340.0)], 110.0, 320.0),
        ([(100.0, 120.0, 300.0, 320.0)], 50.0, 150.0),
        # A band crossing the others is dropped; the two in order are kept.
        (
            [(100.0, 120.0, 100.0, 120.0), (200.0, 220.0, 50.0, 60.0), (300, 320, 400, 420)],
            300.0,
            400.0,
        ),
    ],
)
def test_heights_map_between_aligned_bands(
    bands: list[tuple[float, float, float, float]], y: float, expected: float
) -> None:
    points = anchors(bands, 1000.0, 1000.0)
    assert map_y(points, y) == pytest.approx(expected)


def test_anchor_points_rise_in_both_columns() -> None:
    bands = [(300.0, 320.0, 10.0, 20.0), (100.0, 120.0, 500.0, 510.0), (400, 420, 600, 650)]
    points = anchors(bands, 900.0, 800.0)
    assert points[0] == (0.0, 0.0)
    assert points[-1] == (900.0, 800.0)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(points))
