"""BASIL: how much of each article the aligner links to another report of its triplet.

Every triplet (one event told by Fox News, the New York Times and HuffPost) is compared as
one set. ``linked_share`` is the share of sentences, averaged over articles, that sit in a
group with a sentence of another article; ``identical_share`` and ``groups_per_triplet``
describe what kind of links those are. There is no gold for links here: the figure shows
coverage (how much of a report the tool can put side by side), not correctness.
"""

from __future__ import annotations

import json
from pathlib import Path

from comparer.compare import compare
from comparer.model import Relation
from evaluation.articles import from_sentences

NAME = "basil"


def load_triplet(folder: Path) -> list[list[str]]:
    """The sentences of each article of one triplet folder, in file order."""
    articles = []
    for path in sorted(folder.glob("[0-9].json")):
        data = json.loads(path.read_text("utf-8"))
        articles.append([s for para in data.get("body-paragraphs", []) for s in para])
    return articles


def evaluate(root: Path) -> dict[str, float] | None:
    """Mean linked share, identical share and groups per triplet."""
    base = root / "basil"
    if not base.is_dir():
        return None
    shares, identical, groups = [], [], []
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        texts = load_triplet(folder)
        if len(texts) < 2:
            continue
        result = compare([from_sentences(i, s) for i, s in enumerate(texts)])
        linked = {(m.article, s) for g in result.groups for m in g.members for s in m.sentences}
        same = {
            (m.article, s)
            for g in result.groups
            if g.relation is Relation.IDENTICAL
            for m in g.members
            for s in m.sentences
        }
        for c in result.articles:
            n = max(len(c.article.sentences), 1)
            shares.append(sum(1 for k, _ in linked if k == c.key) / n)
            identical.append(sum(1 for k, _ in same if k == c.key) / n)
        groups.append(len(result.groups))
    if not shares:
        return None
    return {
        "linked_share": sum(shares) / len(shares),
        "identical_share": sum(identical) / len(identical),
        "groups_per_triplet": sum(groups) / len(groups),
    }
