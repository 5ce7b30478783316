"""Pairs the aligner has scored as candidates are scored again from their stored features.

The quotation rule scores pairs that are nearly always candidates already: their rows of
features are read from the candidates instead of being computed again. The probabilities
must be those :func:`score_pairs` gives, bit for bit, whichever pairs are asked, in any
order, candidates or not.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from comparer.align.aligner import Candidates, Layout, candidates
from comparer.align.features import SentenceSet
from comparer.align.normalise import tokenise
from comparer.align.scorer import score_pairs
from comparer.align.similarity import bag


def _sentences(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


@pytest.fixture
def scored(samples: list[Path]) -> tuple[SentenceSet, Candidates]:
    texts = [_sentences(p) for p in samples[:3]]
    offsets = np.cumsum([0, *map(len, texts)]).tolist()
    flat = [t for article in texts for t in article]
    sentences = SentenceSet.of([bag(tokenise(t)) for t in flat], flat)
    return sentences, candidates(sentences, Layout(tuple(offsets)))


def _asked(c: Candidates, picked: list[int]) -> tuple[np.ndarray, np.ndarray]:
    return c.left[picked], c.right[picked]


def test_candidate_pairs_score_as_score_pairs_scores_them(
    scored: tuple[SentenceSet, Candidates],
) -> None:
    sentences, c = scored
    assert len(c.left) > 20
    rng = np.random.default_rng(7)
    for size in (1, 3, 4, 5, 9, 17, len(c.left)):
        picked = sorted(rng.choice(len(c.left), size, replace=False).tolist())
        left, right = _asked(c, picked[::-1])
        assert c.scores(sentences, left, right).tobytes() == (
            score_pairs(sentences, left, right).tobytes()
        )


def test_a_pair_that_is_no_candidate_is_scored_with_the_rest(
    scored: tuple[SentenceSet, Candidates],
) -> None:
    sentences, c = scored
    known = set(zip(c.left.tolist(), c.right.tolist(), strict=True))
    stranger = next(
        (i, j)
        for i in range(len(sentences.texts))
        for j in range(i + 1, len(sentences.texts))
        if (i, j) not in known
    )
    left = np.array([c.left[0], stranger[0], c.left[1]], dtype=np.int64)
    right = np.array([c.right[0], stranger[1], c.right[1]], dtype=np.int64)
    expected = score_pairs(sentences, left, right)
    assert c.scores(sentences, left, right).tobytes() == expected.tobytes()
    empty = np.zeros(0, dtype=np.int64)
    assert c.scores(sentences, empty, empty).tolist() == []
