"""Which pairs reach a probability, the rapidfuzz ratios read only where they can matter.

The omission test asks only whether a sentence's best pair reaches a threshold. A pair's
log-odds with its three ratios at their most favourable ends bound its log-odds, so the
ratios are computed only for the pairs whose bound reaches the threshold: the answer must
be ``score_pairs(...) >= p`` for every pair, at every threshold.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from comparer.align.features import SentenceSet
from comparer.align.normalise import tokenise
from comparer.align.scorer import (
    model,
    reaching,
    related_threshold,
    same_threshold,
    score_pairs,
    scoring_with,
)
from comparer.align.similarity import bag


def _sentences(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _every_pair(samples: list[Path]) -> tuple[SentenceSet, np.ndarray, np.ndarray]:
    left_texts, right_texts = _sentences(samples[0]), _sentences(samples[1])
    texts = [*left_texts, *right_texts]
    sentences = SentenceSet.of([bag(tokenise(t)) for t in texts], texts)
    n, m = len(left_texts), len(right_texts)
    left = np.repeat(np.arange(n, dtype=np.int64), m)
    right = np.tile(np.arange(n, n + m, dtype=np.int64), n)
    return sentences, left, right


@pytest.mark.parametrize("p", [0.01, 0.05, related_threshold(), 0.231, same_threshold(), 0.6, 0.9])
def test_the_pairs_reaching_a_probability_are_those_scoring_it(
    samples: list[Path], p: float
) -> None:
    sentences, left, right = _every_pair(samples)
    expected = score_pairs(sentences, left, right) >= p
    assert expected.any()  # the pairs hold some that reach each threshold but the highest
    assert reaching(sentences, left, right, p).tolist() == expected.tolist()


def test_just_above_and_just_below_a_pairs_own_score(samples: list[Path]) -> None:
    sentences, left, right = _every_pair(samples)
    scores = score_pairs(sentences, left, right)
    for p in sorted(set(scores[scores > 0].tolist()))[-5:]:
        for q in (p - 1e-9, p + 1e-9):
            assert reaching(sentences, left, right, q).tolist() == (scores >= q).tolist()


def test_no_shared_word_and_no_pair() -> None:
    texts = ["Rain fell on Tuesday.", "Markets rose sharply."]
    sentences = SentenceSet.of([bag(tokenise(t)) for t in texts], texts)
    one, other = np.array([0], dtype=np.int64), np.array([1], dtype=np.int64)
    assert reaching(sentences, one, other, 0.1).tolist() == [False]
    empty = np.array([], dtype=np.int64)
    assert reaching(sentences, empty, empty, 0.1).tolist() == []


def test_the_bound_reads_each_ratios_weight_through_its_scale(samples: list[Path]) -> None:
    """A model with its scales and coefficients both negated scores every pair the same:
    the bound must follow the weight of the raw ratio, not the coefficient's sign."""
    sentences, left, right = _every_pair(samples)
    m = model()
    flipped = replace(m, scale=-m.scale, coef=-m.coef)
    p = related_threshold()
    expected = score_pairs(sentences, left, right) >= p
    with scoring_with(flipped):
        assert reaching(sentences, left, right, p).tolist() == expected.tolist()
