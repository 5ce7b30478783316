"""The comparison pipeline: from articles to a :class:`~comparer.model.Comparison`.

Steps, in order: give each article a key (A, B, ... in input order), normalise and
tokenise every sentence once, align sentences into groups honouring the user's links (and
the headlines into the headline row, :mod:`comparer.align.headlines`),
group articles into events, diff the wording inside each group, then run the analysers
(:data:`ANALYSERS`: numbers, framing, omissions) and collect what they return. Progress is
reported between steps; a cancelled run raises :class:`~comparer.progress.Cancelled`.
"""

from __future__ import annotations

from collections.abc import Sequence

from comparer import __version__
from comparer.align.events import find_events
from comparer.align.headlines import headline_row
from comparer.align.prepared import prepare
from comparer.align.result import Analyser
from comparer.align.sentences import align
from comparer.align.wording import group_differences
from comparer.analysis import analyse
from comparer.model import (
    AlignmentGroup,
    Article,
    ComparedArticle,
    Comparison,
    Difference,
    Event,
    NumberRow,
    SentenceLink,
    article_key,
)
from comparer.progress import SILENT, Progress

# Bump when the same input gives different results, so stored comparisons can be redone.
ENGINE_VERSION = f"{__version__}+align.2"

# Each analyser is called once per comparison as analyser(articles, groups, events) and
# returns .differences and .numbers: numbers, framing and omissions.
ANALYSERS: tuple[Analyser, ...] = (analyse,)


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
    differences = wording_differences(compared, alignment.groups)
    chosen = ANALYSERS if analysers is None else analysers
    extra, numbers = run_analysers(chosen, compared, alignment.groups, events, progress)
    progress.step(1.0, "Done")
    return Comparison(
        ENGINE_VERSION,
        compared,
        events,
        alignment.groups,
        differences + extra,
        numbers,
        headline_row(prepared),
    )


def wording_differences(
    compared: tuple[ComparedArticle, ...], groups: tuple[AlignmentGroup, ...]
) -> tuple[Difference, ...]:
    """The word-level differences of every group, in group order."""
    by_key = {c.key: c.article for c in compared}
    return tuple(d for g in groups for d in group_differences(g, by_key))


def run_analysers(
    analysers: Sequence[Analyser],
    compared: tuple[ComparedArticle, ...],
    groups: tuple[AlignmentGroup, ...],
    events: tuple[Event, ...],
    progress: Progress,
) -> tuple[tuple[Difference, ...], tuple[NumberRow, ...]]:
    """Everything the analysers found, in the order they are listed."""
    differences: list[Difference] = []
    numbers: list[NumberRow] = []
    for n, analyser in enumerate(analysers):
        progress.step(0.8 + 0.2 * n / len(analysers), "Analysing")
        found = analyser(compared, groups, events)
        differences.extend(found.differences)
        numbers.extend(found.numbers)
    return tuple(differences), tuple(numbers)
