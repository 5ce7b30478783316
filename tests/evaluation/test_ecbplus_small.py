"""ECB+ as small comparisons (:mod:`evaluation.ecbplus_small`), on a tiny corpus written in a
temporary folder: which reports each comparison takes, and the shares per half."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation import ecbplus_small
from tests.evaluation.test_evaluation_harness import FIRE, FIRE_2, QUAKE, QUAKE_2

QUAKE_3 = [
    "The earthquake in northern Chile on Tuesday killed four miners, officials said.",
    "Near Calama, rescuers dug through collapsed tunnels looking for survivors.",
]
FIRE_3 = [
    "Fire gutted a Lyon warehouse on Sunday, destroying thousands of books.",
    "Crews from Villeurbanne needed nine hours to put out the blaze.",
]


def write_topics(root: Path) -> None:
    """Topic 9 labelled right (three quakes, three fires); topic 10 labelled across."""
    docs = [
        (9, QUAKE, "ecb"),
        (9, QUAKE_2, "ecb"),
        (9, QUAKE_3, "ecb"),
        (9, FIRE, "ecbplus"),
        (9, FIRE_2, "ecbplus"),
        (9, FIRE_3, "ecbplus"),
        (10, QUAKE, "ecb"),
        (10, FIRE, "ecb"),
        (10, QUAKE_2, "ecb"),
        (10, FIRE_2, "ecbplus"),
        (10, QUAKE_3, "ecbplus"),
        (10, FIRE_3, "ecbplus"),
    ]
    (root / "ecbplus").mkdir(parents=True)
    lines = [
        json.dumps({"doc": f"{t}_{n}", "topic": t, "subtopic": s, "sentences": text})
        for n, (t, text, s) in enumerate(docs)
    ]
    (root / "ecbplus" / "docs.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def test_the_shares_per_half_and_pooled(tmp_path: Path) -> None:
    write_topics(tmp_path)
    figures = ecbplus_small.evaluate(tmp_path)
    assert figures is not None
    # Topic 9 (half a): whole = the three quakes, the three fires; apart = two quakes and
    # a fire, two fires and a quake. All four are grouped right.
    assert figures["half_a_whole_share"] == figures["half_a_apart_share"] == 1.0
    # Topic 10 (half b): every "whole" mixes a quake and a fire, every "apart" pairs a
    # quake with a fire: the engine, reading the texts, gets none as labelled.
    assert figures["half_b_whole_share"] == figures["half_b_apart_share"] == 0.0
    assert figures["whole_share"] == figures["apart_share"] == pytest.approx(0.5)
    assert figures["whole_sets"] == figures["apart_sets"] == 4.0


def test_small_sets_take_reports_in_name_order() -> None:
    docs: list[ecbplus_small.Doc] = [{"doc": f"d{n}", "subtopic": "ecb"} for n in range(7)]
    docs += [{"doc": f"e{n}", "subtopic": "ecbplus"} for n in range(3)]
    whole, apart = ecbplus_small.small_sets(docs[::-1])
    names = [[str(d["doc"]) for d in group] for group in (*whole, *apart)]
    assert names == [
        ["d0", "d1", "d2"],
        ["d3", "d4", "d5"],
        ["e0", "e1", "e2"],
        ["d0", "d1", "e0"],
        ["d2", "d3", "e1"],
        ["e0", "e1", "d0"],
    ]


def test_no_corpus_gives_no_figures(tmp_path: Path) -> None:
    assert ecbplus_small.evaluate(tmp_path) is None
