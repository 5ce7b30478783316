"""The part of a comparison shown in columns when it holds more articles than fit.

The analysis always covers every article; the view shows at most :data:`MAX_COLUMNS` of
them. :func:`visible_part` keeps the chosen articles, the groups' members among them, the
also links between them and the differences found in them, so the widgets paint a consistent subset.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from comparer.key_differences import narrowed
from comparer.model import AlignmentGroup, Comparison
from comparer.unmatched import unmatched

MAX_COLUMNS = 6


def visible_part(comparison: Comparison, keys: Collection[str]) -> Comparison:
    """``comparison`` narrowed to the articles whose keys are in ``keys``."""
    chosen = set(keys)
    if chosen >= {a.key for a in comparison.articles}:
        return comparison
    groups = tuple(
        g for g in (_narrow(group, chosen) for group in comparison.groups) if len(g.members) > 1
    )
    articles = tuple(a for a in comparison.articles if a.key in chosen)
    return replace(
        narrowed(comparison, lambda d: d.article in chosen),
        articles=articles,
        groups=groups,
        also=tuple(x for x in comparison.also if {x.article_a, x.article_b} <= chosen),
        unmatched=unmatched(articles, groups),  # a link to a hidden report no longer counts
    )


def _narrow(group: AlignmentGroup, chosen: set[str]) -> AlignmentGroup:
    return replace(group, members=tuple(m for m in group.members if m.article in chosen))


def default_keys(comparison: Comparison) -> list[str]:
    """The first :data:`MAX_COLUMNS` articles."""
    return [a.key for a in comparison.articles[:MAX_COLUMNS]]
