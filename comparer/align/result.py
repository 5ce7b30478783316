"""What the analysis step (numbers, framing, omissions) plugs into the comparison with.

An *analyser* is a plain function called once per comparison, after alignment and event
grouping, with the compared articles (keys A, B, ...), the aligned groups, the events and
a :class:`~comparer.progress.Progress` to report through (its own 0 to 1) and to check
for cancellation, so a long analysis of many reports can be stopped midway. It returns
the differences it found and any rows of the numbers table. Sentences no group holds are
the omission candidates: :func:`unmatched` lists them per article key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from comparer.model import (
    AlignmentGroup,
    ComparedArticle,
    Difference,
    Event,
    NumberRow,
    Relation,
)
from comparer.progress import Progress


class AnalysisOutput(Protocol):
    """Anything with ``differences`` and ``numbers``: what an analyser must return."""

    @property
    def differences(self) -> Sequence[Difference]: ...

    @property
    def numbers(self) -> Sequence[NumberRow]: ...


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    """The plain record an analyser can return."""

    differences: tuple[Difference, ...] = ()
    numbers: tuple[NumberRow, ...] = ()


Analyser = Callable[
    [tuple[ComparedArticle, ...], tuple[AlignmentGroup, ...], tuple[Event, ...], Progress],
    AnalysisOutput,
]


def unmatched(
    articles: Sequence[ComparedArticle], groups: Sequence[AlignmentGroup]
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
