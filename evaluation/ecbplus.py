"""ECB+: does the engine put reports of the same event together, and look-alikes apart?

Each topic holds two events of one type (sub-topics ``ecb`` and ``ecbplus``). The
documents of one topic are compared as one set; every pair of documents inside a topic
is then scored: predicted same event (same :class:`~comparer.model.Event`) against gold
(same sub-topic). Pairwise precision, recall and F1 are pooled over all topics.

The same figures are also given for two halves of the topics, alternating in topic
order (``half_a``: the first, third... topic; ``half_b``: the others), so that a setting
chosen on one half can be checked on the other: the held-out topics are unseen, and a
gain that holds on one half only is tuning to the dev topics.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from comparer.compare import compare
from evaluation.articles import from_sentences

NAME = "ecbplus"
HALVES = ("half_a", "half_b")

Pairs = list[tuple[bool, bool]]


def load(root: Path) -> dict[int, list[dict[str, object]]] | None:
    """The documents grouped by topic, or None without the corpus."""
    path = root / "ecbplus" / "docs.jsonl"
    if not path.exists():
        return None
    topics: dict[int, list[dict[str, object]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            topics[int(doc["topic"])].append(doc)
    return topics


def topic_pairs(docs: list[dict[str, object]]) -> Pairs:
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


def pooled(pairs: Pairs, prefix: str = "") -> dict[str, float]:
    """Pairwise precision, recall and F1 of ``pairs``, each name after ``prefix``."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {f"{prefix}precision": precision, f"{prefix}recall": recall, f"{prefix}f1": f1}


def evaluate(root: Path) -> dict[str, float] | None:
    """Pooled pairwise precision, recall and F1, over all topics and per half."""
    topics = load(root)
    if topics is None:
        return None
    halves: dict[str, Pairs] = {half: [] for half in HALVES}
    for n, topic in enumerate(sorted(topics)):
        halves[HALVES[n % 2]].extend(topic_pairs(topics[topic]))
    figures = pooled(halves["half_a"] + halves["half_b"])
    for half, pairs in halves.items():
        figures.update(pooled(pairs, f"{half}_"))
    return figures
