"""The comparison pipeline: from articles to a :class:`~comparer.model.Comparison`.

Steps, in order: give each article a key (A, B, ... in input order), normalise and
tokenise every sentence once, align sentences into groups honouring the user's links (and
the headlines into the headline row, :mod:`comparer.align.headlines`), group articles
into events honouring the user's event decisions, keep the also links within events,
diff the wording inside each group (within each event), then run the analysers
(:data:`ANALYSERS`: numbers, framing, omissions), collect what they return, rank the key
differences once (:func:`~comparer.key_differences.with_key_differences`). Progress is
reported between steps; a cancelled run raises :class:`~comparer.progress.Cancelled`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from comparer import __version__
from comparer.align.alignment import align
from comparer.align.also import within_one_event
from comparer.align.events import find_events
from comparer.align.features import forget_pools
from comparer.align.headlines import headline_row
from comparer.align.prepared import prepare
from comparer.align.wording import group_differences
from comparer.analyser import Analyser
from comparer.analysis import analyse
from comparer.analysis.headline_words import with_telling
from comparer.key_differences import with_key_differences
from comparer.model import (
    AlignmentGroup,
    Article,
    ComparedArticle,
    Comparison,
    Difference,
    Event,
    EventDecision,
    Member,
    NumberRow,
    SentenceLink,
    Tone,
    article_key,
)
from comparer.progress import SILENT, Progress
from comparer.sentence_memo import room_for

# Bump the number when the same input gives different results, so stored comparisons can be
# redone. One counter, not a tag per change: a session row stores 64 characters of it.
ENGINE_VERSION = f"{__version__}+engine.56"

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
    events: Sequence[EventDecision] = (),
) -> Comparison:
    """Align, group into events and find the differences between ``articles``.

    ``links`` are the user's say on sentences, ``events`` on which articles report one
    event; both override what the engine would find.
    """
    with _collector_paused(), room_for(sum(len(a.sentences) for a in articles)):
        try:
            return _compare(articles, links, progress, analysers, events)
        finally:
            forget_pools()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the length of a comparison.

    A comparison makes hundreds of thousands of short-lived records, so the collector runs
    often, and now and then it walks every object the process holds (the loaded lexicons,
    the tokeniser's cache): tens of milliseconds each time, about a tenth of comparing 20
    reports. The records hold no reference cycles (reference counting frees them; a
    collection after a comparison of 20 reports found nothing), so pausing it frees no
    less memory; it resumes, as it was, when the comparison ends or is cancelled.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _compare(
    articles: Sequence[Article],
    links: Sequence[SentenceLink],
    progress: Progress,
    analysers: Sequence[Analyser] | None,
    decisions: Sequence[EventDecision] = (),
) -> Comparison:
    progress.step(0.0, "Reading the articles")
    compared = tuple(ComparedArticle(article_key(i), a) for i, a in enumerate(articles))
    prepared = []
    for n, c in enumerate(compared):
        progress.step(0.3 * n / len(compared), "Reading the articles")
        prepared.append(prepare(c.key, c.article))
    progress.step(0.3, "Aligning sentences")
    alignment = align(prepared, links)
    progress.step(0.6, "Grouping events")
    events = find_events(prepared, alignment.groups, decisions)
    # The headline row is the alignment's, not an analyser's: its telling words are how a
    # row of related headlines is painted at all, so they come with it even with no analysers.
    headline = with_telling(headline_row(prepared, events), events)
    progress.step(0.7, "Comparing wording")
    differences = wording_differences(compared, alignment.groups, events, progress)
    chosen = ANALYSERS if analysers is None else analysers
    extra, numbers, tone = run_analysers(chosen, compared, alignment.groups, events, progress)
    found = differences + extra
    comparison = Comparison(ENGINE_VERSION, compared, events, alignment.groups, found, numbers)
    comparison = replace(
        comparison,
        tone=tone,
        headline=headline,
        also=within_one_event(alignment.also, events),
        unmatched=alignment.unmatched,
    )
    comparison = with_key_differences(comparison)
    progress.step(1.0, "Done")
    return comparison


def wording_differences(
    compared: tuple[ComparedArticle, ...],
    groups: tuple[AlignmentGroup, ...],
    events: Sequence[Event] = (),
    progress: Progress = SILENT,
) -> tuple[Difference, ...]:
    """The word-level differences of every group, in group order.

    Reports of different events are never set against each other: a group whose
    sentences come from several events is diffed within each event's part of it.
    """
    by_key = {c.key: c.article for c in compared}
    event_of = {key: e.id for e in events for key in e.articles}
    found: list[Difference] = []
    for n, group in enumerate(groups):
        if n % WORDING_STEP == 0:  # a hundred reports hold thousands of groups: stay stoppable
            progress.step(0.7 + 0.1 * n / len(groups), "Comparing wording")
        for part in within_events(group, event_of):
            found.extend(group_differences(part, by_key))
    return tuple(found)


def within_events(group: AlignmentGroup, event_of: dict[str, str]) -> list[AlignmentGroup]:
    """``group`` cut into its members of each event, in the order the events first appear."""
    parts: dict[str, list[Member]] = {}
    for m in group.members:
        parts.setdefault(event_of.get(m.article, ""), []).append(m)
    if len(parts) == 1:
        return [group]
    return [replace(group, members=tuple(ms)) for ms in parts.values() if len(ms) > 1]


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
