"""One sentence told as two by another outlet: edges from a sentence to both halves.

A sentence ``i`` is scored against the two adjacent sentences ``k, k + 1`` of another
article as one text only where ``i`` is already a candidate of ``k`` or ``k + 1`` (it
shares rare words with one half), so the work grows with the matches. The joined cosine
needs no new vectors: with unit rows, ``cos(i, k + (k+1)) = (d(i,k) + d(i,k+1)) /
sqrt(2 + 2 d(k,k+1))``, from dot products the candidates already carry.
"""

from __future__ import annotations

import numpy as np

from comparer.align.aligner import (
    REWORDED_THRESHOLD,
    SPLIT_GAIN,
    Candidates,
    Edge,
    Layout,
)
from comparer.align.features import SentenceSet
from comparer.align.scorer import model
from comparer.align.sparse import Floats, Ints, pair_products, sorted_unique


def split_edges(sentences: SentenceSet, c: Candidates, layout: Layout) -> list[Edge]:
    """Edges from a sentence to both halves of an adjacent pair it matches as a whole."""
    n = layout.size
    owner = layout.article_of()
    src = np.concatenate([c.left, c.right])
    dst = np.concatenate([c.right, c.left])
    dots = [np.concatenate([c.word, c.word]), np.concatenate([c.char, c.char])]
    order = np.argsort(src * n + dst)
    keys = (src * n + dst)[order]
    dots = [d[order] for d in dots]
    i = np.concatenate([src, src])
    k = np.concatenate([dst - 1, dst])
    ok = (k >= 0) & (k + 1 < n)
    i, k = i[ok], k[ok]
    ok = (owner[k] == owner[k + 1]) & (owner[k] != owner[i])
    pairs = sorted_unique(i[ok] * n + k[ok], n * n)
    i, k = pairs // n, pairs % n
    if not len(i):
        return []
    adjacent = [d[k] for d in _adjacent_dots(sentences, n)]
    halves = [(_lookup(keys, d, i * n + k), _lookup(keys, d, i * n + k + 1)) for d in dots]
    joined = np.mean(
        [(a + b) / np.sqrt(2 + 2 * j) for (a, b), j in zip(halves, adjacent, strict=True)], axis=0
    )
    best_half = np.maximum(
        np.mean([a for a, _ in halves], axis=0), np.mean([b for _, b in halves], axis=0)
    )
    good = (joined >= REWORDED_THRESHOLD) & (joined >= best_half + SPLIT_GAIN)
    return _chosen(i[good], k[good], joined[good], owner)


def _adjacent_dots(sentences: SentenceSet, n: int) -> list[Floats]:
    """Word and character dot products of every sentence with the next one (n - 1 pairs)."""
    k = np.arange(max(n - 1, 0), dtype=np.int64)
    return [pair_products(rows, k, k + 1)[1] for rows in (sentences.word, sentences.char)]


def _lookup(keys: Ints, values: Floats, wanted: Ints) -> Floats:
    """``values`` at each wanted key, 0 where the pair is no candidate."""
    at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
    if not len(keys):
        return np.zeros(len(wanted))
    found: Floats = np.where(keys[at] == wanted, values[at], 0.0)
    return found


def _chosen(i: Ints, k: Ints, joined: Floats, owner: Ints) -> list[Edge]:
    """One split reading per sentence and article: the best one."""
    score = min(max(model().same, 0.5) + 0.1, 1.0)
    edges: list[Edge] = []
    taken: set[tuple[int, int]] = set()
    for n in np.argsort(-joined):
        a, b = int(i[n]), int(k[n])
        if (a, int(owner[b])) in taken:
            continue
        taken.add((a, int(owner[b])))
        edges += [(min(a, b), max(a, b), score), (min(a, b + 1), max(a, b + 1), score)]
    return edges
