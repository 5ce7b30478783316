"""ECB+: does the engine put reports of the same event together, and look-alikes apart?

Each topic holds two events of one type (sub-topics ``ecb`` and ``ecbplus``). The
documents of one topic are compared as one set; every pair of documents inside a topic
is then scored: predicted same event (same :class:`~comparer.model.Event`) against gold
(same sub-topic). Pairwise precision, recall and F1 are pooled over all topics.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from comparer.compare import compare
from evaluation.articles import from_sentences

NAME = "ecbplus"


def load(root: Path) -> dict[object, list[dict[str, object]]] | None:
    """The documents grouped by topic, or None without the corpus."""
    path = root / "ecbplus" / "docs.jsonl"
    if not path.exists():
        return None
    topics: dict[object, list[dict[str, object]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            topics[doc["topic"]].append(doc)
    return topics


def topic_pairs(docs: list[dict[str, object]]) -> list[tuple[bool, bool]]:
    """(predicted, gold) same-event for every pair of documents of one topic."""
    articles = [from_sentences(i, list(d["sentences"])) for i, d in enumerate(docs)]  # type: ignore[call-overload]
    result = compare(articles)
    event_of = {key: e.id for e in result.events for key in e.articles}
    keys = [c.key for c in result.articles]
    pairs = []
    for i, j in combinations(range(len(docs)), 2):
        predicted = event_of[keys[i]] == event_of[keys[j]]
        pairs.append((predicted, docs[i]["subtopic"] == docs[j]["subtopic"]))
    return pairs


def evaluate(root: Path) -> dict[str, float] | None:
    """Pooled pairwise precision, recall and F1."""
    topics = load(root)
    if topics is None:
        return None
    tp = fp = fn = 0
    for docs in topics.values():
        for predicted, gold in topic_pairs(docs):
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": precision, "recall": recall, "f1": f1}
