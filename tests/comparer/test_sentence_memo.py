"""A sentence memo keeps what a comparison reads again, however many sentences it holds.

The steps of a comparison read its sentences in order, one step after another: with a
fixed bound smaller than the sentences, least-recently-used eviction let go of each just
before it was read again, so every read was a miss. The memo's room follows the
comparison (:func:`room_for`) and shrinks back to its base when it ends.
"""

from __future__ import annotations

import pytest

from comparer.align import normalise
from comparer.compare import compare
from comparer.sentence_memo import SentenceMemo, room_for, sentence_memo
from evaluation.articles import from_text


def _counting_memo(base: int, per_sentence: int = 1) -> tuple[SentenceMemo[[int], int], list[int]]:
    computed: list[int] = []

    def double(n: int) -> int:
        computed.append(n)
        return 2 * n

    return sentence_memo(base, per_sentence)(double), computed


def _read_in_order_twice(memo: SentenceMemo[[int], int], count: int) -> None:
    for _ in range(2):
        for n in range(count):
            assert memo(n) == 2 * n


def test_without_room_an_ordered_reread_misses_every_time() -> None:
    memo, computed = _counting_memo(base=10)
    _read_in_order_twice(memo, 30)
    assert len(computed) == 60


@pytest.mark.parametrize(("per_sentence", "sentences"), [(1, 30), (2, 15), (1, 100)])
def test_room_for_the_sentences_keeps_each_one(per_sentence: int, sentences: int) -> None:
    memo, computed = _counting_memo(base=10, per_sentence=per_sentence)
    with room_for(sentences):
        _read_in_order_twice(memo, min(per_sentence * sentences, 30))
    assert computed == list(range(min(per_sentence * sentences, 30)))


def test_the_room_is_let_go_when_the_comparison_ends() -> None:
    memo, computed = _counting_memo(base=10)
    with room_for(30):
        _read_in_order_twice(memo, 30)
        assert memo.cache_info().held == 30
    assert memo.cache_info().held == 10
    memo(29)  # the most recent are the ones kept
    memo(0)
    assert computed.count(29) == 1
    assert computed.count(0) == 2


def test_overlapping_comparisons_add_their_rooms() -> None:
    memo, _ = _counting_memo(base=10, per_sentence=2)
    with room_for(5):
        with room_for(7):
            assert memo.capacity() == 10 + 2 * 12
        assert memo.capacity() == 10 + 2 * 5
    assert memo.capacity() == 10


def test_a_failure_is_not_kept() -> None:
    calls: list[int] = []

    @sentence_memo(base=4)
    def failing(n: int) -> int:
        calls.append(n)
        raise ValueError(n)

    for _ in range(2):
        with pytest.raises(ValueError):
            failing(1)
    assert calls == [1, 1]


@pytest.mark.slow
def test_a_comparison_longer_than_the_base_tokenises_each_sentence_once() -> None:
    """An article of more sentences than the tokeniser's base (16,384): before, the
    analysers tokenised every sentence again after the aligner had (34,000 misses)."""
    sentence = "Airstrikes hit the village of Tal al-Shaer on day {n}, activists said. "
    long = from_text(0, "".join(sentence.format(n=n) for n in range(17_000)))
    short = from_text(1, "Airstrikes hit Tal Shaer on Monday, activists said.")
    before = normalise._analysed.cache_info().misses
    compare([long, short])
    misses = normalise._analysed.cache_info().misses - before
    assert len(long.sentences) == 17_000
    assert misses < 1.1 * len(long.sentences)
