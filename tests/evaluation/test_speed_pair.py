"""The bench's same-event pair: two reports of one BASIL triplet nearest the asked length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.bench_compare import same_event
from bench.compare_child import main as measure_child
from evaluation.speed import same_event_pair


def write_triplet(root: Path, name: str, lengths: list[int]) -> None:
    """A BASIL-shaped triplet folder whose articles have the given word counts."""
    folder = root / "basil" / name
    folder.mkdir(parents=True)
    for i, words in enumerate(lengths, start=1):
        sentence = " ".join(f"w{name}{i}x{n}" for n in range(words)) + "."
        data = {"body-paragraphs": [[sentence]]}
        (folder / f"{i}.json").write_text(json.dumps(data), "utf-8")


def test_the_two_reports_nearest_the_length_come_from_one_triplet(tmp_path: Path) -> None:
    write_triplet(tmp_path, "a", [100, 990, 300])
    write_triplet(tmp_path, "b", [950, 1040, 20])
    pair = same_event_pair(tmp_path, words=1000)
    assert [len(a.text.split()) for a in pair] == [1040, 950]


def test_no_basil_gives_no_pair(tmp_path: Path) -> None:
    assert same_event_pair(tmp_path) == []


def test_the_bench_leaves_the_same_event_figure_out_without_basil(tmp_path: Path) -> None:
    assert same_event(tmp_path) == {}


def test_the_same_event_measure_refuses_other_than_two_reports(tmp_path: Path) -> None:
    write_triplet(tmp_path, "a", [100, 990, 300])
    with pytest.raises(SystemExit, match="N must be 2"):
        measure_child(tmp_path, 3, "event")
