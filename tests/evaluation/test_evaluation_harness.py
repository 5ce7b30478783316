"""The evaluation harness on a tiny corpus tree written in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.__main__ import main

QUAKE = [
    "A strong earthquake struck northern Chile on Tuesday, killing four miners.",
    "Rescuers searched collapsed tunnels near Calama for survivors.",
]
QUAKE_2 = [
    "Four miners died when a strong earthquake hit northern Chile on Tuesday.",
    "Rescue teams searched the collapsed tunnels near Calama.",
]
FIRE = [
    "A warehouse fire in Lyon destroyed thousands of books on Sunday.",
    "Firefighters from Villeurbanne fought the blaze for nine hours.",
]
FIRE_2 = [
    "Thousands of books were destroyed on Sunday by a fire at a Lyon warehouse.",
    "The Villeurbanne fire brigade battled the flames for nine hours.",
]


def write_corpora(root: Path) -> None:
    (root / "msrp").mkdir(parents=True)
    rows = [
        "label\tid1\tid2\tsentence1\tsentence2",
        f"1\t1\t2\t{QUAKE[0]}\t{QUAKE_2[0]}",
        f"0\t3\t4\t{QUAKE[1]}\t{FIRE[0]}",
        f"1\t5\t6\t{FIRE[0]}\t{FIRE_2[0]}",
        f"0\t7\t8\t{FIRE[1]}\t{QUAKE_2[1]}",
    ]
    (root / "msrp" / "pairs.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    (root / "ecbplus").mkdir()
    docs = [
        ("a", QUAKE, "ecb"),
        ("b", QUAKE_2, "ecb"),
        ("c", FIRE, "ecbplus"),
        ("d", FIRE_2, "ecbplus"),
    ]
    lines = [json.dumps({"doc": d, "topic": 1, "subtopic": s, "sentences": t}) for d, t, s in docs]
    (root / "ecbplus" / "docs.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    triplet = root / "basil" / "t1"
    triplet.mkdir(parents=True)
    for n, sentences in enumerate((QUAKE, QUAKE_2, [*QUAKE, "An unrelated closing line."]), 1):
        body = {"title": "t", "body-paragraphs": [[s] for s in sentences]}
        (triplet / f"{n}.json").write_text(json.dumps(body), "utf-8")


def test_every_metric_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpora(tmp_path / "corpora")
    out = tmp_path / "eval.json"
    assert main([str(tmp_path / "corpora"), "--out", str(out), "--only", "msrp,ecbplus,basil"]) == 0
    results = json.loads(out.read_text("utf-8"))
    assert results["msrp"]["accuracy"] == results["msrp"]["f1"] == 1.0
    assert results["msrp"]["cosine_accuracy"] == 1.0
    assert results["msrp"]["best_threshold_accuracy"] == 1.0
    assert 0.05 <= results["msrp"]["best_threshold"] <= 0.95
    assert 0.0 <= results["msrp"]["cv_accuracy_msrp_trained"] <= 1.0
    assert {results["ecbplus"][k] for k in ("precision", "recall", "f1")} == {1.0}
    assert results["basil"]["linked_share"] == pytest.approx((1 + 1 + 2 / 3) / 3)
    printed = capsys.readouterr().out
    assert "msrp.accuracy: 1.0000" in printed


def test_missing_corpora_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "eval.json"
    assert main([str(tmp_path), "--out", str(out), "--only", "msrp,ecbplus,basil,speed"]) == 0
    assert json.loads(out.read_text("utf-8")) == {}
    assert capsys.readouterr().out.count("skipped") == 4
