"""Decide which sentences of different articles are linked: the edges of the alignment.

Every sentence is scored against every sentence of the other articles
(:mod:`similarity`). A pair becomes an edge when its score passes :data:`LINK_THRESHOLD`
and it is (nearly) the best match either sentence has in the other article, so one
sentence does not collect every weak look-alike. A sentence that was split in two by
another outlet is caught by scoring it against adjacent pairs of sentences as one text.
The user's :class:`~comparer.model.SentenceLink` decisions override the scores: a link
forces an edge, an unlink forbids one. :mod:`groups` turns the edges into groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from comparer.align.similarity import Matrix

# Set from the development split of the evaluation (python -m evaluation.methods):
# the best-accuracy threshold on MSRP for "same claim" was 0.47.
REWORDED_THRESHOLD = 0.47
# Below "same claim" but still sharing content: kept as a partial link.
LINK_THRESHOLD = 0.25
# One shared name ("DAMASCUS, Syria." and a headline naming Damascus) is not a link.
MIN_SHARED = 2
# One shared name ("DAMASCUS, Syria." and a headline naming Damascus) is not a link.
MIN_SHARED = 2
# An edge must score within this of the best the sentence has in that article.
BEST_MARGIN = 0.12
# A split is only believed when the joined pair beats either half by this much.
SPLIT_GAIN = 0.08


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each article's sentences sit in the flat list of all sentences."""

    offsets: tuple[int, ...]

    @property
    def size(self) -> int:
        """How many sentences there are in all."""
        return self.offsets[-1]

    def article_of(self) -> NDArray[np.intp]:
        """For each flat sentence, the position of its article."""
        counts = np.diff(np.array(self.offsets))
        return np.repeat(np.arange(len(counts)), counts)

    def flat(self, article: int, sentence: int) -> int:
        """The flat index of one article's sentence."""
        return self.offsets[article] + sentence


@dataclass(frozen=True, slots=True)
class Constraint:
    """A user decision on two flat sentence indices."""

    left: int
    right: int
    linked: bool


Edge = tuple[int, int, float]


def shared_terms(word_vectors: Matrix) -> Matrix:
    """How many content keys each two sentences have in common."""
    present = (word_vectors > 0).astype(np.float32)
    shared: Matrix = present @ present.T
    return shared


def candidate_edges(
    scores: Matrix, shared: Matrix, layout: Layout, constraints: Sequence[Constraint]
) -> list[Edge]:
    """Edges between sentences of different articles, user decisions applied."""
    s = _masked(scores, layout)
    s[shared < MIN_SHARED] = 0.0
    for c in constraints:
        s[c.left, c.right] = s[c.right, c.left] = 0.0
    best = _best_per_article(s, layout)
    owner = layout.article_of()
    near_i = s >= best[:, owner] - BEST_MARGIN
    near_j = s >= (best[:, owner] - BEST_MARGIN).T
    keep = (s >= LINK_THRESHOLD) & (near_i | near_j)
    rows, cols = np.nonzero(np.triu(keep, 1))
    edges = [(int(i), int(j), float(s[i, j])) for i, j in zip(rows, cols, strict=True)]
    forced = [(c.left, c.right, max(float(scores[c.left, c.right]), 0.0)) for c in constraints]
    return edges + [e for e, c in zip(forced, constraints, strict=True) if c.linked]


def _masked(scores: Matrix, layout: Layout) -> Matrix:
    s = scores.copy()
    for lo, hi in zip(layout.offsets, layout.offsets[1:], strict=False):
        s[lo:hi, lo:hi] = 0.0
    return s


def _best_per_article(s: Matrix, layout: Layout) -> Matrix:
    """best[i, a]: the best score sentence i has with any sentence of article a."""
    n_articles = len(layout.offsets) - 1
    best = np.zeros((s.shape[0], n_articles), dtype=np.float32)
    for a in range(n_articles):
        lo, hi = layout.offsets[a], layout.offsets[a + 1]
        if hi > lo:
            best[:, a] = s[:, lo:hi].max(axis=1)
    return best


def split_edges(vectors: Sequence[Matrix], scores: Matrix, layout: Layout) -> list[Edge]:
    """Edges from a sentence to both halves of an adjacent pair it matches as a whole.

    The joined score can be no more than the two halves' scores summed over sqrt(2) (the
    vectors are non-negative and unit length), so only pairs passing that bound are scored.
    """
    owner = layout.article_of()
    idx = np.nonzero(owner[:-1] == owner[1:])[0]
    bound = (scores[:, idx] + scores[:, idx + 1]) / np.sqrt(2)
    ii, kk = np.nonzero((bound >= REWORDED_THRESHOLD) & (owner[:, None] != owner[idx][None, :]))
    if len(ii) == 0:
        return []
    joined = np.mean([_joined_scores(v, ii, idx[kk]) for v in vectors], axis=0)
    halves = np.maximum(scores[ii, idx[kk]], scores[ii, idx[kk] + 1])
    good = (joined >= REWORDED_THRESHOLD) & (joined >= halves + SPLIT_GAIN)
    edges: list[Edge] = []
    taken: set[tuple[int, int]] = set()
    for n in sorted(np.nonzero(good)[0], key=lambda n: -joined[n]):
        i, j = int(ii[n]), int(idx[kk[n]])
        if (i, int(owner[j])) in taken:
            continue  # one split reading per sentence and article: the best one
        taken.add((i, int(owner[j])))
        edges += [(i, j, float(joined[n])), (i, j + 1, float(joined[n]))]
    return edges


def _joined_scores(v: Matrix, rows: NDArray[np.intp], firsts: NDArray[np.intp]) -> Matrix:
    """Cosine of each ``v[rows[n]]`` with the sum of ``v[firsts[n]]`` and the next row."""
    joined = v[firsts] + v[firsts + 1]
    norms = np.linalg.norm(joined, axis=1)
    result: Matrix = np.einsum("ij,ij->i", v[rows], joined) / np.where(norms == 0, 1, norms)
    return result
