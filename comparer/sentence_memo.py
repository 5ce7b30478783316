"""Remembered per-sentence results whose room follows the comparison under way.

The tokeniser, the pool of sentence terms, the date reader and the case folder each keep
what they read of a sentence, because several steps of one comparison read the same
sentences again. A fixed bound (``functools.lru_cache(maxsize=16384)``) overflowed past
that many sentences: the steps read the sentences in order, so least-recently-used
eviction threw out each one just before it was asked for again, and a 5 MB article
(36,000 sentences) had each sentence tokenised three times instead of once. Each memo keeps a
``base`` the process reuses between comparisons, and :func:`room_for` adds room for the
sentences of the comparison under way (``per_sentence`` entries each) until it ends,
when what it added is let go, oldest first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Generic, NamedTuple, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_rooms: list[int] = []  # the sentences of each comparison under way (threads may overlap)
_memos: list[Callable[[int], None]] = []  # each memo's resize, told the sentences under way
_rooms_lock = threading.Lock()
_MISSING = object()


class MemoInfo(NamedTuple):
    """How a memo has fared, as ``lru_cache``'s ``cache_info`` tells it."""

    hits: int
    misses: int
    capacity: int
    held: int


class SentenceMemo(Generic[P, R]):
    """``func`` with its results kept by its arguments, least recently used let go first
    once more are kept than :meth:`capacity` allows.

    A hit takes no lock (an ``OrderedDict`` lookup and move are each one step under the
    GIL; an entry another thread lets go meanwhile is simply not moved). Still, a hit
    costs about 0.5 µs where ``lru_cache``'s costs 0.1-0.2: the memos that see a few
    hundred thousand calls per comparison pay well under a tenth of a second for it."""

    def __init__(self, func: Callable[P, R], base: int, per_sentence: int) -> None:
        self._func = func
        self._base = base
        self._per_sentence = per_sentence
        self._capacity = base
        self._held: OrderedDict[Hashable, R] = OrderedDict()
        self._lock = threading.Lock()
        self._hits = self._misses = 0
        self.__wrapped__ = func
        self.__doc__ = func.__doc__

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        key: Hashable = (args, tuple(kwargs.items())) if kwargs else args
        held = self._held
        value = held.get(key, _MISSING)
        if value is not _MISSING:
            self._hits += 1  # a figure for tests and benches: a lost count harms nothing
            try:  # noqa: SIM105 (contextlib.suppress costs more than the rest of a hit)
                held.move_to_end(key)
            except KeyError:  # let go by another thread meanwhile
                pass
            return value  # type: ignore[return-value]
        self._misses += 1
        value = self._func(*args, **kwargs)  # unlocked: it may call other memos
        with self._lock:
            held[key] = value
            if len(held) > self._capacity:
                held.popitem(last=False)
        return value

    def capacity(self) -> int:
        """The base, plus room for the sentences of every comparison under way."""
        return self._capacity

    def cache_info(self) -> MemoInfo:
        return MemoInfo(self._hits, self._misses, self._capacity, len(self._held))

    def cache_clear(self) -> None:
        with self._lock:
            self._held.clear()
            self._hits = self._misses = 0

    def resize(self, sentences: int) -> None:
        """Room for ``sentences`` more than the base; what no longer fits is let go,
        oldest first."""
        with self._lock:
            self._capacity = self._base + self._per_sentence * sentences
            while len(self._held) > self._capacity:
                self._held.popitem(last=False)


def sentence_memo(
    base: int, per_sentence: int = 1
) -> Callable[[Callable[P, R]], SentenceMemo[P, R]]:
    """Keep ``func``'s results: ``base`` of them always, and ``per_sentence`` more for
    each sentence of a comparison under way (:func:`room_for`)."""

    def remembered(func: Callable[P, R]) -> SentenceMemo[P, R]:
        memo = SentenceMemo(func, base, per_sentence)
        _memos.append(memo.resize)
        memo.resize(sum(_rooms))
        return memo

    return remembered


@contextmanager
def room_for(sentences: int) -> Iterator[None]:
    """Every memo holds ``sentences`` more (times its ``per_sentence``) until the block
    ends; then what they hold beyond their capacity is let go."""
    _change_rooms(lambda: _rooms.append(sentences))
    try:
        yield
    finally:
        _change_rooms(lambda: _rooms.remove(sentences))


def _change_rooms(change: Callable[[], None]) -> None:
    with _rooms_lock:
        change()
        under_way = sum(_rooms)
        for resize in _memos:
            resize(under_way)
