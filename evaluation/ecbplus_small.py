"""ECB+ as a user compares it: two or three reports at a time, not a whole topic.

A user mostly drops two or three reports into the window; a whole ECB+ topic (15 to 30
documents) never tests how the engine groups so few. From each topic, documents are taken
in name order and set out as small comparisons of two kinds:

- ``whole``: three reports of one sub-topic (one event); kept as one event or not;
- ``apart``: two reports of one sub-topic and one of the other (a look-alike event of the
  same type); the pair kept together and the look-alike kept apart, or not.

``whole_share`` and ``apart_share`` are the shares right, overall and per half of the
topics (alternating as in :mod:`evaluation.ecbplus`). A rule that joins more lone reports
gains on ``whole`` only if it does not lose on ``apart``.
"""

from __future__ import annotations

from pathlib import Path

from comparer.compare import compare
from evaluation.articles import from_sentences
from evaluation.ecbplus import HALVES, load

NAME = "ecbplus_small"
PER_TOPIC = 4  # comparisons of each kind per topic

Doc = dict[str, object]


def _events(docs: list[Doc]) -> list[set[int]]:
    """The engine's events over ``docs``, as sets of positions."""
    articles = [from_sentences(i, list(d["sentences"])) for i, d in enumerate(docs)]  # type: ignore[call-overload]
    result = compare(articles, analysers=())
    position = {c.key: n for n, c in enumerate(result.articles)}
    return [{position[k] for k in e.articles} for e in result.events]


def small_sets(docs: list[Doc]) -> tuple[list[list[Doc]], list[list[Doc]]]:
    """The ``whole`` and ``apart`` comparisons of one topic."""
    parts: dict[object, list[Doc]] = {}
    for doc in sorted(docs, key=lambda d: str(d["doc"])):
        parts.setdefault(doc["subtopic"], []).append(doc)
    whole: list[list[Doc]] = []
    apart: list[list[Doc]] = []
    mine_other = list(parts.values())
    for mine, other in (mine_other, mine_other[::-1]):
        for n in range(PER_TOPIC // 2):
            if len(mine) >= 3 * n + 3:
                whole.append(mine[3 * n : 3 * n + 3])
            if len(mine) >= 2 * n + 2 and len(other) > n:
                apart.append([*mine[2 * n : 2 * n + 2], other[n]])
    return whole, apart


def evaluate(root: Path) -> dict[str, float] | None:
    """The share of ``whole`` and ``apart`` comparisons grouped right, overall and per half."""
    topics = load(root)
    if topics is None:
        return None
    right: dict[str, dict[str, list[bool]]] = {h: {"whole": [], "apart": []} for h in HALVES}
    for n, topic in enumerate(sorted(topics)):
        if len({d["subtopic"] for d in topics[topic]}) != 2:
            continue
        whole, apart = small_sets(topics[topic])
        tally = right[HALVES[n % 2]]
        tally["whole"].extend(len(_events(docs)) == 1 for docs in whole)
        tally["apart"].extend(sorted(map(sorted, _events(docs))) == [[0, 1], [2]] for docs in apart)
    figures: dict[str, float] = {}
    for kind in ("whole", "apart"):
        pooled = [ok for h in HALVES for ok in right[h][kind]]
        figures[f"{kind}_share"] = sum(pooled) / max(len(pooled), 1)
        for h in HALVES:
            figures[f"{h}_{kind}_share"] = sum(right[h][kind]) / max(len(right[h][kind]), 1)
        figures[f"{kind}_sets"] = float(len(pooled))
    return figures
