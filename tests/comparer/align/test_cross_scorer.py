"""Scoring a few rows of two whole reports gives the whole matrix's rows, either way.

The omission check asks only for the sentences its cheaper tests leave open, and reuses the
sentences prepared for (A, B) when it asks about (B, A). The features are the same to the
bit; the final dot product of a row and of the whole matrix may round differently in the
last bit (BLAS blocks them differently), which no threshold can see.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from comparer.align.scorer import CrossScorer, cross_scores


def _sentences(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 4]


def test_rows_are_the_matrix_rows_and_flipping_changes_nothing(samples: list[Path]) -> None:
    left, right = _sentences(samples[0]), _sentences(samples[1])
    matrix = cross_scores(left, right)
    scorer = CrossScorer.of(left, right)
    for index in range(len(left)):
        assert np.allclose(scorer.row(index), matrix[index], rtol=0, atol=1e-15)
    fresh, flipped = CrossScorer.of(right, left), scorer.flipped()
    for index in range(len(right)):
        assert np.array_equal(flipped.row(index), fresh.row(index))
        assert np.allclose(flipped.row(index), matrix[:, index], rtol=0, atol=1e-15)
