"""The gold metrics: links read from a comparison's groups, scored against a tiny gold."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.compare import article_key
from comparer.model import (
    AlignmentGroup,
    AlsoLink,
    ComparedArticle,
    Comparison,
    Member,
    Relation,
)
from evaluation.__main__ import main
from evaluation.articles import from_text
from evaluation.basil_gold import engine_links, linked, measure

LEDE = "A strong earthquake struck northern Chile on Tuesday, killing four miners."
BODIES = [
    [LEDE, "The copper price rose sharply in London trading."],
    [LEDE, "Schools in Antofagasta stayed closed for the week."],
    [LEDE, "A football match in Santiago was postponed."],
]


def comparison(groups: tuple[AlignmentGroup, ...]) -> Comparison:
    articles = tuple(
        ComparedArticle(article_key(n), from_text(n, " ".join(b))) for n, b in enumerate(BODIES)
    )
    return Comparison("test", articles, (), groups, ())


def test_every_cross_article_pair_of_a_group_is_a_link() -> None:
    groups = (
        AlignmentGroup("g1", Relation.REWORDED, 0.9, (Member("A", (0, 1)), Member("C", (1,)))),
        AlignmentGroup("g2", Relation.PARTIAL, 0.5, (Member("B", (1,)),)),
    )
    assert engine_links(comparison(groups), groups) == {((0, 0), (2, 1)), ((0, 1), (2, 1))}


def write_triplet(root: Path) -> None:
    folder = root / "basil" / "t1"
    folder.mkdir(parents=True)
    for n, body in enumerate(BODIES, 1):
        data = {"title": "Quake", "source": f"outlet{n}", "body-paragraphs": [body]}
        (folder / f"{n}.json").write_text(json.dumps(data), "utf-8")


def test_measure_scores_identical_ledes_found_and_an_unlinkable_pair_missed(
    tmp_path: Path,
) -> None:
    write_triplet(tmp_path / "corpora")
    lede = ["A strong earthquake", "A strong earthquake"]
    gold = {
        "triplet": "t1",
        "pairs": {
            "1-2": {"must": [["@title", "@title"], lede, ["The copper", "Schools in"]], "may": []},
            "1-3": {"must": [lede], "may": []},
            "2-3": {"must": [lede], "may": []},
        },
    }
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "t1.json").write_text(json.dumps(gold), "utf-8")
    figures = measure(tmp_path / "corpora", tmp_path / "gold")
    assert figures is not None
    assert figures["gold_must"] == 4
    assert figures["gold_title_must"] == 1
    assert figures["must_recall"] == pytest.approx(3 / 4)
    assert figures["link_precision"] == 1.0
    assert figures["engine_links"] == 3


def test_measure_without_the_triplets_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "t1.json").write_text('{"triplet": "t1", "pairs": {}}', "utf-8")
    assert measure(tmp_path, tmp_path / "gold") is None


def test_the_seed_figures_are_in_the_report(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    assert main([str(tmp_path), "--out", str(out), "--only", "seeds_gold"]) == 0
    seeds = json.loads(out.read_text("utf-8"))["seeds_gold"]
    assert seeds["gold_must"] == 10
    assert 0 <= seeds["must_found"] <= seeds["gold_must"]
    assert 0 <= seeds["link_precision"] <= 1


def test_also_links_count_as_links() -> None:
    groups = (AlignmentGroup("g1", Relation.REWORDED, 0.9, (Member("A", (0,)), Member("B", (0,)))),)
    also = (AlsoLink("C", 1, "A", 0, Relation.PARTIAL, 0.7),)
    found = linked(replace(comparison(groups), also=also), groups)
    assert found == {((0, 0), (1, 0)), ((0, 0), (2, 1))}
