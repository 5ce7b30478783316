"""Character n-gram rows built on code points equal the rows of the gram strings."""

from __future__ import annotations

import pytest

from comparer.align.sparse import gram_rows, rows_of

TEXTS = [
    "",
    "a",
    "Five people were killed.",
    "Ḥalab, Aleppo — “quoted” 10,000",
    "emoji 🙂 and 𝔘nicode outside the first plane",
    "aaaa aaaa",
    "Five people",
]


def grams(text: str, size: int) -> list[str]:
    padded = f" {text} " if text else ""
    return [padded[i : i + size] for i in range(len(padded) - size + 1)]


@pytest.mark.parametrize("size", [1, 3, 4])
def test_gram_rows_equal_rows_of_the_strings(size: int) -> None:
    found = gram_rows(TEXTS, size)
    expected = rows_of([grams(t, size) for t in TEXTS])
    assert found.width == expected.width
    assert found.start.tolist() == expected.start.tolist()
    assert found.terms.tolist() == expected.terms.tolist()
    assert found.weights.tolist() == expected.weights.tolist()


def test_a_text_without_grams_has_an_empty_row() -> None:
    rows = gram_rows(["", "ab"], 4)
    # " ab " is one gram; the empty text has none.
    assert rows.lengths().tolist() == [0, 1]
