"""The comparison pipeline: from articles to a :class:`~comparer.model.Comparison`.

Steps, in order: give each article a key (A, B, ... in input order), normalise and
tokenise every sentence once, align sentences into groups honouring the user's links (and
the headlines into the headline row, :mod:`comparer.align.headlines`),
group articles into events, diff the wording inside each group, then run the analysers
(:data:`ANALYSERS`: numbers, framing, omissions) and collect what they return, and rank
the key differences once (:func:`~comparer.key_differences.with_key_differences`). Progress
is reported between steps; a cancelled run raises :class:`~comparer.progress.Cancelled`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from comparer import __version__
from comparer.align.alignment import align
from comparer.align.events import find_events
from comparer.align.headlines import headline_row
from comparer.align.prepared import prepare
from comparer.align.wording import group_differences
from comparer.analyser import Analyser
from comparer.analysis import analyse
from comparer.key_differences import with_key_differences
from comparer.model import (
    AlignmentGroup,
    Article,
    ComparedArticle,
    Comparison,
    Difference,
    Event,
    NumberRow,
    SentenceLink,
    Tone,
    article_key,
)
from comparer.progress import SILENT, Progress

# Bump when the same input gives different results, so stored comparisons can be redone.
ENGINE_VERSION = f"{__version__}+align.3"

# Each analyser is called once per comparison as analyser(articles, groups, events,
# progress) and returns .differences and .numbers (and may return .tone): numbers, framing
# and omissions.
ANALYSERS: tuple[Analyser, ...] = (analyse,)
# Groups diffed between two checks for cancellation (each costs about a millisecond).
WORDING_STEP = 50


def compare(
    articles: Sequence[Article],
    links: Sequence[SentenceLink] = (),
    progress: Progress = SILENT,
    *,
    analysers: Sequence[Analyser] | None = None,
) -> Comparison:
    """Align, group into events and find the differences between ``articles``."""
    progress.step(0.0, "Reading the articles")
    compared = tuple(ComparedArticle(article_key(i), a) for i, a in enumerate(articles))
    prepared = []
    for n, c in enumerate(compared):
        progress.step(0.3 * n / len(compared), "Reading the articles")
        prepared.append(prepare(c.key, c.article))
    progress.step(0.3, "Aligning sentences")
    alignment = align(prepared, links)
    progress.step(0.6, "Grouping events")
    events = find_events(prepared, alignment.groups)
    progress.step(0.7, "Comparing wording")
    differences = wording_differences(compared, alignment.groups, progress)
    chosen = ANALYSERS if analysers is None else analysers
    extra, numbers, tone = run_analysers(chosen, compared, alignment.groups, events, progress)
    progress.step(1.0, "Done")
    found = differences + extra
    comparison = Comparison(ENGINE_VERSION, compared, events, alignment.groups, found, numbers)
    comparison = replace(
        comparison, tone=tone, headline=headline_row(prepared), unmatched=alignment.unmatched
    )
    return with_key_differences(comparison)


def wording_differences(
    compared: tuple[ComparedArticle, ...],
    groups: tuple[AlignmentGroup, ...],
    progress: Progress = SILENT,
) -> tuple[Difference, ...]:
    """The word-level differences of every group, in group order."""
    by_key = {c.key: c.article for c in compared}
    found: list[Difference] = []
    for n, group in enumerate(groups):
        if n % WORDING_STEP == 0:  # a hundred reports hold thousands of groups: stay stoppable
            progress.step(0.7 + 0.1 * n / len(groups), "Comparing wording")
        found.extend(group_differences(group, by_key))
    return tuple(found)


def run_analysers(
    analysers: Sequence[Analyser],
    compared: tuple[ComparedArticle, ...],
    groups: tuple[AlignmentGroup, ...],
    events: tuple[Event, ...],
    progress: Progress,
) -> tuple[tuple[Difference, ...], tuple[NumberRow, ...], tuple[Tone, ...]]:
    """Everything the analysers found, in the order they are listed."""
    differences: list[Difference] = []
    numbers: list[NumberRow] = []
    tone: list[Tone] = []
    for n, analyser in enumerate(analysers):
        low, high = 0.8 + 0.2 * n / len(analysers), 0.8 + 0.2 * (n + 1) / len(analysers)
        progress.step(low, "Analysing")
        found = analyser(compared, groups, events, progress.within(low, high))
        differences.extend(found.differences)
        numbers.extend(found.numbers)
        tone.extend(getattr(found, "tone", ()))  # optional: only the tone analyser has it
    return tuple(differences), tuple(numbers), tuple(tone)
