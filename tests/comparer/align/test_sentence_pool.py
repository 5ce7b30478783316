"""A pool of sentences read once gives, for any of its sentences, the set read afresh.

The omission test scores two articles at a time with the IDF of those two alone; it takes
each pair's :class:`SentenceSet` from one :class:`SentencePool` of the event's sentences
instead of reading every sentence again per pair. The expected values come from reading
the chosen sentences alone (:meth:`SentenceSet.of`, which never renumbers), and must be
equal to the bit: rows, weights, flags, and the scores of every pair.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from comparer.align.features import SentencePool, SentenceSet, _restricted
from comparer.align.normalise import tokenise
from comparer.align.scorer import CrossScorer
from comparer.align.similarity import bag
from comparer.align.sparse import Rows


def _sentences(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _pool(texts: list[str]) -> SentencePool:
    return SentencePool.of([bag(tokenise(t)) for t in texts], texts)


def _same_rows(found: Rows, expected: Rows) -> None:
    assert found.width == expected.width
    assert found.start.tolist() == expected.start.tolist()
    assert found.terms.tolist() == expected.terms.tolist()
    assert found.weights.tobytes() == expected.weights.tobytes()


def _same_set(found: SentenceSet, expected: SentenceSet) -> None:
    for name in ("word", "rare", "bigram", "char", "names", "numbers"):
        _same_rows(getattr(found, name), getattr(expected, name))
    assert found.negated.tolist() == expected.negated.tolist()
    assert found.texts == expected.texts


@pytest.mark.parametrize(("first", "second"), [(0, 1), (1, 0), (2, 4), (3, 3)])
def test_two_articles_of_a_pool_are_read_as_those_two_alone(
    samples: list[Path], first: int, second: int
) -> None:
    articles = [_sentences(p) for p in samples]
    texts = [t for sentences in articles for t in sentences]
    pool = _pool(texts)
    starts = np.cumsum([0, *map(len, articles)])
    left = range(starts[first], starts[first + 1])
    right = range(starts[second], starts[second + 1])
    chosen = [*left, *right]
    expected = SentenceSet.of([bag(tokenise(texts[i])) for i in chosen], [texts[i] for i in chosen])
    _same_set(pool.sentence_set(np.array(chosen, dtype=np.int64)), expected)
    shared = CrossScorer.within(pool, left, right)
    fresh = CrossScorer.of(articles[first], articles[second])
    for index in range(len(left)):
        assert shared.row(index).tobytes() == fresh.row(index).tobytes()


def test_a_whole_pool_is_the_set_of_all_its_sentences(samples: list[Path]) -> None:
    texts = _sentences(samples[0])
    every = np.arange(len(texts), dtype=np.int64)
    _same_set(_pool(texts).sentence_set(every), _pool(texts).sentence_set())
    # sentence_set takes every sentence in order for the default: renumbering them changes
    # nothing, as every vocabulary term is held by some sentence
    pool = _pool(texts)
    for rows in (pool.word, pool.bigram, pool.char, pool.names, pool.numbers):
        _same_rows(_restricted(rows, every), rows)


def test_sentences_without_content_and_an_empty_choice() -> None:
    texts = ["", "The.", "Five people were not killed in Aleppo.", "No one was hurt."]
    pool = _pool(texts)
    chosen = np.array([1, 0], dtype=np.int64)
    _same_set(
        pool.sentence_set(chosen),
        SentenceSet.of([bag(tokenise(t)) for t in ["The.", ""]], ["The.", ""]),
    )
    nothing = pool.sentence_set(np.zeros(0, dtype=np.int64))
    assert nothing.word.count == 0 and nothing.char.width == 1


def test_the_same_sentences_read_again_give_the_pool_read_before(samples: list[Path]) -> None:
    # The omission test asks for the pool the aligner has just read (two reports without
    # captions): it is given again, not read again, and neither caller can change it.
    texts = _sentences(samples[0])
    first = _pool(texts)
    again = _pool(list(texts))
    assert again is first
    with pytest.raises(ValueError, match="read-only"):
        first.word.weights[0] = 2.0
    with pytest.raises(ValueError, match="read-only"):
        first.negated[0] = True
    other = _pool(texts[1:])
    assert other is not first
    _same_set(
        other.sentence_set(), SentenceSet.of([bag(tokenise(t)) for t in texts[1:]], texts[1:])
    )


def test_the_headline_rows_pool_between_leaves_the_aligners_pool_kept(
    samples: list[Path],
) -> None:
    # The aligner reads the reports' pool, the headline row a pool of the titles and
    # ledes, then the omission test asks for the aligner's again: it is still kept.
    texts = _sentences(samples[0])
    aligners = _pool(texts)
    headlines = _pool(texts[:2])
    assert headlines is not aligners
    assert _pool(list(texts)) is aligners
