"""BASIL's framing figures broken down by kind: how many findings of each kind the window
shows, and how many of them share a word with an annotated lexical-bias span."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.basil_framing import run

SENTENCES = (
    ["The so-called reform passed the Senate on Tuesday.", "Farmers met in Ohio."],
    ["The reform passed the Senate on Tuesday.", "The “fair” plan was debated in Iowa."],
    ["The reform passed the Senate on Tuesday.", "Voters met in Maine."],
)


def write_triplet(root: Path) -> None:
    """One triplet: the first report's “so-called” is annotated, the second's scare quote
    is not."""
    triplet = root / "basil" / "t1"
    triplet.mkdir(parents=True)
    notes = [[{"id": "p0", "bias": "lex", "start": 4, "end": 13}], [], []]
    for n, (sentences, note) in enumerate(zip(SENTENCES, notes, strict=True)):
        body = {"source": f"outlet{n}", "body-paragraphs": [[s] for s in sentences]}
        (triplet / f"{n}.json").write_text(json.dumps(body), "utf-8")
        ann = {"phrase-level-annotations": note}
        (triplet / f"{n}.ann.json").write_text(json.dumps(ann), "utf-8")


def test_shown_findings_and_their_precision_per_kind(tmp_path: Path) -> None:
    write_triplet(tmp_path)
    figures = run(tmp_path)
    assert figures["shown_distancing"] == 1.0
    assert figures["precision_distancing"] == pytest.approx(1.0)
    assert figures["shown_scare_quote"] == 1.0
    assert figures["precision_scare_quote"] == pytest.approx(0.0)
    assert "shown_label_swap" not in figures  # a kind never shown gives no figure
