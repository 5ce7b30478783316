"""BASIL alignment gold: how many hand-marked links the engine finds, and how many it gets right.

A link is two sentences of different articles that the engine puts in one alignment group
(every cross-article pair of a group's members counts, so one-to-many groups give several
links) or joins by an also link (``Comparison.also``, one-to-many links outside groups).
``must_recall`` is the share of the gold's must links the engine makes; ``link_precision``
the share of the engine's links that are must or may links,
``must_precision`` the share that are must links. Links are pooled over all triplets. The
``strong_`` figures leave out groups whose relation is ``related`` (a weaker link kind the
aligner may add), so a quiet "same topic" link is not taken for a claim of the same fact.
Headline links are counted but not scored: headlines are not sentences, and the
comparison's headline row (``Comparison.headline``) always sets every headline side by side.
Only the public :class:`~comparer.model.Comparison` groups and also links are read, not
aligner internals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from comparer.compare import compare
from comparer.model import AlignmentGroup, Article, Comparison
from evaluation.gold import HERE, Link, TripletGold, load

NAME = "basil_gold"
WEAK = "related"


def engine_links(result: Comparison, groups: Iterable[AlignmentGroup]) -> set[Link]:
    """Every pair of sentences of different articles that share a group."""
    position = {c.key: n for n, c in enumerate(result.articles)}
    links: set[Link] = set()
    for group in groups:
        sentences = sorted((position[m.article], s) for m in group.members for s in m.sentences)
        for i, left in enumerate(sentences):
            links.update((left, right) for right in sentences[i + 1 :] if right[0] != left[0])
    return links


def also_pairs(result: Comparison) -> set[Link]:
    """The comparison's one-to-many also links, as gold links (lower article first)."""
    position = {c.key: n for n, c in enumerate(result.articles)}
    pairs = (
        sorted([(position[x.article_a], x.sentence_a), (position[x.article_b], x.sentence_b)])
        for x in result.also
    )
    return {(a, b) for a, b in pairs}


def linked(result: Comparison, groups: Iterable[AlignmentGroup]) -> set[Link]:
    """The links of ``groups`` and the comparison's also links: what the gold scores."""
    return engine_links(result, groups) | also_pairs(result)


def _counts(found: set[Link], gold: TripletGold) -> Counter[str]:
    return Counter(
        made=len(found),
        must=len(gold.must),
        found_must=len(found & gold.must),
        found_gold=len(found & (gold.must | gold.may)),
    )


def evaluate(root: Path) -> dict[str, float] | None:
    """Must-link recall and link precision of the engine on the hand-made gold."""
    return measure(root, HERE / "basil")


def measure(root: Path, folder: Path) -> dict[str, float] | None:
    """The figures for the gold files of ``folder`` on the triplets under ``root/basil``."""
    return score(load(root, folder))


def tallies(loaded: list[tuple[list[Article], TripletGold]]) -> tuple[Counter[str], Counter[str]]:
    """Link counts pooled over ``loaded``: all groups, then without ``related`` ones."""
    every: Counter[str] = Counter()
    strong: Counter[str] = Counter()
    for articles, gold in loaded:
        # The analysis step does not change the groups: leave it out (it is most of the time).
        result = compare(articles, analysers=())
        every += _counts(linked(result, result.groups), gold)
        kept = [g for g in result.groups if g.relation != WEAK]
        strong += _counts(linked(result, kept), gold)
    return every, strong


def rates(counts: Counter[str], prefix: str = "") -> dict[str, float]:
    """Must recall, link and must precision (and their counts) of pooled link counts."""
    made = max(counts["made"], 1)
    return {
        f"{prefix}must_recall": counts["found_must"] / max(counts["must"], 1),
        f"{prefix}link_precision": counts["found_gold"] / made,
        f"{prefix}must_precision": counts["found_must"] / made,
        f"{prefix}must_found": float(counts["found_must"]),
        f"{prefix}engine_links": float(counts["made"]),
    }


def score(loaded: list[tuple[list[Article], TripletGold]]) -> dict[str, float] | None:
    """Compare each set of articles and score its links against its gold, pooled."""
    if not loaded:
        return None
    every, strong = tallies(loaded)
    return {
        **rates(every),
        **rates(strong, "strong_"),
        "sets": float(len(loaded)),
        "gold_must": float(sum(len(g.must) for _, g in loaded)),
        "gold_may": float(sum(len(g.may) for _, g in loaded)),
        "gold_title_must": float(sum(len(g.title_must) for _, g in loaded)),
    }
