"""``python -m evaluation.gold_check CORPORA_DIR``: the aligner against the hand-made gold.

A development aid for the aligner (the gold's own figures in ``make eval`` come from the
gold module): for every gold triplet it compares the three articles and prints must-link
recall and link precision, where a link is two sentences of different articles in one
``same``-strength group or an also link (``related`` groups are counted apart) and it is
right when the gold has it as ``must`` or ``may``. ``--show`` prints the missed and wrong links.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

from comparer.compare import compare
from comparer.model import Comparison, Relation
from evaluation import gold
from evaluation.basil_gold import also_pairs

Link = tuple[tuple[int, int], tuple[int, int]]


def engine_links(result: Comparison, related: bool = False) -> set[Link]:
    """Sentence pairs of different articles that share a group of the asked strength."""
    position = {c.key: n for n, c in enumerate(result.articles)}
    links: set[Link] = set()
    for g in result.groups:
        if (g.relation is Relation.RELATED) != related:
            continue
        members = [(position[m.article], s) for m in g.members for s in m.sentences]
        for a, b in combinations(sorted(members), 2):
            if a[0] != b[0]:
                links.add((a, b))
    return links


def figures(root: Path, show: bool = False) -> dict[str, float]:
    """Must-link recall and link precision over every gold triplet."""
    must = found = made = right = related_made = related_right = 0
    for articles, g in gold.load(root):
        result = compare(articles)
        links = engine_links(result) | also_pairs(result)
        must += len(g.must)
        found += len(g.must & links)
        made += len(links)
        right += len(links & (g.must | g.may))
        rel = engine_links(result, related=True)
        related_made += len(rel)
        related_right += len(rel & (g.must | g.may))
        if show:
            _show(articles, g.must - links, "MISSED")
            _show(articles, links - g.must - g.may, "WRONG")
    return {
        "must_recall": found / max(must, 1),
        "precision": right / max(made, 1),
        "links": float(made),
        "related_links": float(related_made),
        "related_precision": related_right / max(related_made, 1),
    }


def _show(articles: list, links: set[Link], label: str) -> None:  # type: ignore[type-arg]
    for (a, i), (b, j) in sorted(links):
        print(f"{label} {a}:{i} {articles[a].sentences[i].text[:70]!r}")
        print(f"      {b}:{j} {articles[b].sentences[j].text[:70]!r}")


if __name__ == "__main__":
    for name, value in figures(Path(sys.argv[1]), "--show" in sys.argv).items():
        print(f"{name}: {value:.3f}")
