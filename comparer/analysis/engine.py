"""The one call that explains a comparison: numbers, framing and omissions.

:func:`analyse` takes the compared articles with their alignment groups and events and
returns an :class:`Analysis` — the differences of kinds ``number``, ``framing`` and
``omission``, the table of figures and each article's tone (:mod:`comparer.analysis.tone`)
— for the comparison to carry next to its wording differences. Every sentence is read at
most once per kind of finding, and the lexicons are loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass

from comparer.analysis.context import ArticleView, Context
from comparer.analysis.framing_compare import (
    aligned_framing_differences,
    contrasted,
    event_label_swaps,
    unaligned_markers,
)
from comparer.analysis.framing_rank import rank_framing
from comparer.analysis.lexicons import Lexicons, default_lexicons
from comparer.analysis.number_table import number_table
from comparer.analysis.numbers import aligned_number_differences, event_number_differences
from comparer.analysis.omissions import omission_differences
from comparer.analysis.timing import date_differences
from comparer.analysis.tone import tone_summary
from comparer.model import AlignmentGroup, ComparedArticle, Difference, Event, NumberRow, Tone
from comparer.progress import SILENT, Progress


@dataclass(frozen=True, slots=True)
class Analysis:
    """Differences that matter (numbers, framing, omissions), the figures table and the
    tone of each article."""

    differences: tuple[Difference, ...]
    numbers: tuple[NumberRow, ...]
    tone: tuple[Tone, ...] = ()


def analyse(
    articles: tuple[ComparedArticle, ...],
    groups: tuple[AlignmentGroup, ...],
    events: tuple[Event, ...],
    progress: Progress = SILENT,
    lexicons: Lexicons | None = None,
) -> Analysis:
    """Explain how the articles differ beyond wording, on top of their alignment."""
    lex = lexicons or default_lexicons()
    views = {c.key: ArticleView(c.key, c, lex) for c in articles}
    ctx = Context(views, events, groups)
    progress.step(0.0, "Comparing figures")
    numbers, seen = aligned_number_differences(ctx)
    numbers += event_number_differences(ctx, seen)
    numbers += date_differences(ctx)
    progress.step(0.4, "Comparing framing")
    framing = aligned_framing_differences(ctx)
    progress.step(0.55, "Comparing framing")  # each part takes seconds with 100 reports
    framing += _without_duplicates(event_label_swaps(ctx), framing)
    progress.step(0.65, "Comparing framing")
    framing += unaligned_markers(ctx, contrasted(ctx))
    framing = rank_framing(framing, lex, ctx)
    progress.step(0.8, "Looking for omissions")
    omissions = omission_differences(ctx)
    found = sorted(_unique(numbers + framing + omissions), key=_order)
    progress.step(1.0, "")
    return Analysis(tuple(found), tuple(number_table(ctx)), tone_summary(views))


def _order(d: Difference) -> tuple[str, int, int, str, str]:
    return d.article, d.start, d.end, d.kind.value, d.type


def _unique(differences: list[Difference]) -> list[Difference]:
    return list(dict.fromkeys(differences))


def _without_duplicates(new: list[Difference], old: list[Difference]) -> list[Difference]:
    taken = {(d.article, d.start, d.end, d.type) for d in old}
    return [d for d in new if (d.article, d.start, d.end, d.type) not in taken]
