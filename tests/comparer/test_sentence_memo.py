"""A sentence memo keeps what a comparison reads again, however many sentences it holds.

The steps of a comparison read its sentences in order, one step after another: with a
fixed bound smaller than the sentences, least-recently-used eviction let go of each just
before it was read again, so every read was a miss. The memo's room follows the
comparison (:func:`room_for`) and shrinks back to its base when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

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


def _in_thread(step: Callable[[], None]) -> threading.Thread:
    thread = threading.Thread(target=step)
    thread.start()
    return thread


def test_two_threads_comparing_at_once_share_the_room_and_give_it_back() -> None:
    """Two comparisons on two threads: the first to start is the first to end (not nested
    as one thread's blocks are); the memo's room follows both and returns to its base."""
    memo, computed = _counting_memo(base=10, per_sentence=2)
    first_in, second_in, second_may_leave = (threading.Event() for _ in range(3))
    errors: list[BaseException] = []

    def comparison(sentences: int, entered: threading.Event, leave: threading.Event) -> None:
        try:
            with room_for(sentences):
                entered.set()
                _read_in_order_twice(memo, 2 * sentences)
                assert leave.wait(10)
        except BaseException as error:  # reported on the test's thread
            errors.append(error)

    leave_first = threading.Event()
    first = _in_thread(lambda: comparison(5, first_in, leave_first))
    assert first_in.wait(10)
    second = _in_thread(lambda: comparison(7, second_in, second_may_leave))
    assert second_in.wait(10)
    assert memo.capacity() == 10 + 2 * (5 + 7)
    leave_first.set()
    first.join(10)
    assert memo.capacity() == 10 + 2 * 7  # the second's room stays while it runs
    second_may_leave.set()
    second.join(10)
    assert not errors
    assert memo.capacity() == 10
    assert memo.cache_info().held <= 10
    assert set(computed) == set(range(14))


def test_many_threads_entering_and_leaving_leave_the_base_and_right_results() -> None:
    memo, _ = _counting_memo(base=8)
    errors: list[BaseException] = []

    def comparisons(seed: int) -> None:
        try:
            for round_ in range(200):
                with room_for(1 + (seed * 7 + round_) % 13):
                    for n in range(seed, seed + 20):
                        assert memo(n) == 2 * n
        except BaseException as error:  # reported on the test's thread
            errors.append(error)

    threads = [_in_thread(lambda seed=seed: comparisons(seed)) for seed in range(4)]
    for thread in threads:
        thread.join(60)
    assert not errors
    assert memo.capacity() == 8
    assert memo.cache_info().held <= 8


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
