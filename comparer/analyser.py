"""The analyser plug-in: what the analysis step (numbers, framing, omissions) plugs in with.

An *analyser* is a plain function called once per comparison, after alignment and event
grouping, with the compared articles (keys A, B, ...), the aligned groups, the events and
a :class:`~comparer.progress.Progress` to report through (its own 0 to 1) and to check
for cancellation, so a long analysis of many reports can be stopped midway. It returns
the differences it found and any rows of the numbers table. The pipeline
(:mod:`comparer.compare`) runs every analyser in :data:`comparer.compare.ANALYSERS`; the
built-in one is :func:`comparer.analysis.analyse`. Sentences no group holds, the omission
candidates, are listed by :func:`comparer.unmatched.unmatched`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from comparer.model import AlignmentGroup, ComparedArticle, Difference, Event, NumberRow
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
