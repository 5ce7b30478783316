"""ECB+ figures per half of the topics, on a tiny corpus written in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation import ecbplus
from tests.evaluation.test_evaluation_harness import FIRE, FIRE_2, QUAKE, QUAKE_2


def write_topics(root: Path) -> None:
    """Topic 9 labelled right; topic 10 labelled across (each quake with a fire)."""
    docs = [
        (9, QUAKE, "ecb"),
        (9, QUAKE_2, "ecb"),
        (9, FIRE, "ecbplus"),
        (9, FIRE_2, "ecbplus"),
        (10, QUAKE, "ecb"),
        (10, QUAKE_2, "ecbplus"),
        (10, FIRE, "ecb"),
        (10, FIRE_2, "ecbplus"),
    ]
    (root / "ecbplus").mkdir(parents=True)
    lines = [
        json.dumps({"doc": f"{t}_{n}", "topic": t, "subtopic": s, "sentences": text})
        for n, (t, text, s) in enumerate(docs)
    ]
    (root / "ecbplus" / "docs.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def test_the_halves_alternate_in_topic_order_and_pool_to_the_whole(tmp_path: Path) -> None:
    write_topics(tmp_path)
    figures = ecbplus.evaluate(tmp_path)
    assert figures is not None
    # Topic 9 comes first (numeric order, not "10" < "9"), and is read right.
    assert figures["half_a_f1"] == figures["half_a_recall"] == 1.0
    # Topic 10: both predicted pairs are wrong, both gold pairs missed.
    assert figures["half_b_precision"] == figures["half_b_recall"] == 0.0
    assert figures["precision"] == pytest.approx(0.5)
    assert figures["recall"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(True, True), (True, False), (False, True), (False, False)], (0.5, 0.5)),
        ([(True, True), (True, True), (False, True)], (1.0, 2 / 3)),
        ([(False, False)], (0.0, 0.0)),
    ],
)
def test_pooled_counts_pairs(pairs: ecbplus.Pairs, expected: tuple[float, float]) -> None:
    figures = ecbplus.pooled(pairs, "x_")
    assert (figures["x_precision"], figures["x_recall"]) == pytest.approx(expected)
