"""Character n-gram rows built on code points equal the rows of the gram strings."""

from __future__ import annotations

import numpy as np
import pytest

from comparer.align.sparse import _alphabet, gram_rows, rows_of

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


@pytest.mark.parametrize(
    "text",
    ["", "aba", "“Raqqa” — al-Ḥasakah ’s", "a\U0001f600b", "b\U0010ffffa"],
)
def test_the_alphabet_is_numpys_unique_with_ranks(text: str) -> None:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    alphabet, ranks = _alphabet(codes)
    expected, inverse = np.unique(codes, return_inverse=True)
    assert alphabet.tolist() == expected.tolist()
    assert ranks.tolist() == inverse.tolist()
