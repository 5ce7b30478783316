"""Event clustering keeps each pair's linkage between rounds: the clusters stay exactly those
of plain average linkage recomputed from scratch every round (ties included)."""

from __future__ import annotations

import numpy as np
import pytest

from comparer.align.event_clusters import VETO, attach_fragments, clusters


def _plain_average_linkage(scores: np.ndarray, threshold: float) -> list[list[int]]:
    groups = [[i] for i in range(scores.shape[0])]
    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                block = scores[np.ix_(groups[x], groups[y])]
                if float(np.mean(block)) >= best and float(block.min()) > VETO:
                    best, pair = float(np.mean(block)), (x, y)
        if pair is None:
            break
        groups[pair[0]] = sorted(groups[pair[0]] + groups.pop(pair[1]))
    return sorted(groups)


@pytest.mark.parametrize("seed", range(40))
def test_clusters_are_those_of_plain_average_linkage(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(2, 16))
    raw = rng.random((size, size))
    if seed % 2:  # quarter steps: many equal means, where the order of merges matters
        raw = np.round(raw * 4) / 4
    scores = ((raw + raw.T) / 2).astype(np.float32)
    threshold = (0.2, 0.4, 0.6)[seed % 3]
    assert clusters(scores, threshold) == _plain_average_linkage(scores, threshold)


def test_a_veto_keeps_two_articles_apart() -> None:
    # 1 joins 2 (of two equal means the later pair wins); 0 never joins the cluster holding 2.
    scores = np.array([[1.0, 0.9, VETO], [0.9, 1.0, 0.9], [VETO, 0.9, 1.0]], dtype=np.float32)
    assert clusters(scores, 0.5) == [[0], [1, 2]]


def _scores(size: int, inside: float, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    """``inside`` between every two of the first three articles, ``pairs`` elsewhere, else 0."""
    scores = np.zeros((size, size), dtype=np.float32)
    scores[:3, :3] = inside
    for (a, b), value in pairs.items():
        scores[a, b] = scores[b, a] = value
    np.fill_diagonal(scores, 1.0)
    return scores


@pytest.mark.parametrize(
    ("size", "pairs", "groups", "expected"),
    [
        # A lone report close enough to an event of three joins it...
        (4, {(3, 0): 0.2, (3, 1): 0.2, (3, 2): 0.2}, [[0, 1, 2], [3]], [[0, 1, 2, 3]]),
        # ...not when it is too far from it on average.
        (4, {(3, 0): 0.3}, [[0, 1, 2], [3]], [[0, 1, 2], [3]]),
        # Nor when a date vetoes one of its pairs.
        (4, {(3, 0): 0.5, (3, 1): 0.5, (3, 2): VETO}, [[0, 1, 2], [3]], [[0, 1, 2], [3]]),
        # A fragment of two joins as one, where it scores best.
        (
            5,
            {(3, 0): 0.2, (3, 1): 0.2, (3, 2): 0.2, (4, 0): 0.1, (4, 1): 0.2, (4, 2): 0.2},
            [[0, 1, 2], [3, 4]],
            [[0, 1, 2, 3, 4]],
        ),
        # Two lone reports never join each other this way, however close.
        (5, {(3, 4): 0.24}, [[0, 1, 2], [3], [4]], [[0, 1, 2], [3], [4]]),
        # Three reports are an event of their own, not a fragment.
        (6, {(a, b): 0.2 for a in (3, 4, 5) for b in (0, 1, 2)}, [[0, 1, 2], [3, 4, 5]], None),
    ],
)
def test_fragments_join_their_best_bigger_event(
    size: int,
    pairs: dict[tuple[int, int], float],
    groups: list[list[int]],
    expected: list[list[int]] | None,
) -> None:
    scores = _scores(size, 0.6, pairs)
    assert attach_fragments(scores, groups) == (expected or groups)
