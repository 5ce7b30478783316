"""A comparison pauses Python's cyclic garbage collector and leaves it as it found it,
and keeps nothing of itself alive once done."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from comparer.align.features import SentencePool
from comparer.compare import compare
from comparer.progress import Cancelled, Progress
from evaluation.articles import from_text

TEXTS = (
    "Airstrikes hit the village of Tal al-Shaer on Monday. Ten civilians were killed.",
    "At least ten civilians were killed in airstrikes on Tal Shaer, activists said.",
)


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_during_a_comparison_and_on_after(collector_enabled: None) -> None:
    seen: list[bool] = []
    articles = [from_text(i, text) for i, text in enumerate(TEXTS)]
    compare(articles, progress=Progress(report=lambda _d, _m: seen.append(gc.isenabled())))
    assert seen and not any(seen)
    assert gc.isenabled()
    with pytest.raises(Cancelled):
        compare(articles, progress=Progress(cancelled=lambda: True))
    assert gc.isenabled()  # a cancelled comparison gives it back too


def test_a_collector_turned_off_by_the_caller_stays_off(collector_enabled: None) -> None:
    gc.disable()
    compare([from_text(i, text) for i, text in enumerate(TEXTS)])
    assert not gc.isenabled()


def test_a_comparison_keeps_no_sentence_pool_once_done() -> None:
    """The window lives long: the pool kept for the omission test goes with the comparison."""
    compare([from_text(i, text) for i, text in enumerate(TEXTS)])
    assert not [o for o in gc.get_objects() if isinstance(o, SentencePool)]
