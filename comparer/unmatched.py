"""Sentences that matched nothing: "only in this report", the omission candidates.

One rule, applied when aligning (:func:`comparer.align.alignment.align` keeps the result on
its :class:`~comparer.align.alignment.Alignment`, and the pipeline puts it on the
``Comparison`` the writers read) and again only where the groups change (the window's view
of some of the reports): a
sentence is unmatched when no group of the same or similar information holds it (a
*related* group shares another detail only, so its sentences still count as unmatched).
This module is light and sits beside the model, so the window can use it at start without
loading the aligner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from comparer.model import AlignmentGroup, Article, Relation


class Keyed(Protocol):
    """An article under its key in a comparison (compared or prepared)."""

    @property
    def key(self) -> str: ...

    @property
    def article(self) -> Article: ...


def unmatched(
    articles: Sequence[Keyed], groups: Sequence[AlignmentGroup]
) -> dict[str, tuple[int, ...]]:
    """Per article key, the indices of sentences no group holds ("only in this report")."""
    used = {
        (m.article, s)
        for g in groups
        if g.relation is not Relation.RELATED  # related is another detail: still unmatched
        for m in g.members
        for s in m.sentences
    }
    return {
        a.key: tuple(i for i in range(len(a.article.sentences)) if (a.key, i) not in used)
        for a in articles
    }
