"""The headline row: every compared article's headline side by side, first in a comparison.

The importer takes the headline out of the text as furniture and keeps it as the title, so
headlines are never sentences and never renumber them: they are compared here, apart. The
learned pair scorer gives the row its score (the mean over every pair of headlines), read
against the articles' opening sentences so that its word weights know what is common in
these reports. Inside the row, each headline's content words that no other headline has
are marked (compared by their normalised keys, so case, stems, number words and name
spellings aside): the wording that is this outlet's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np

from comparer.align.features import SentenceSet
from comparer.align.groups import REWORDED_PROBABILITY
from comparer.align.normalise import tokenise
from comparer.align.prepared import PreparedArticle
from comparer.align.scorer import model, score_pairs
from comparer.align.similarity import SentenceBag, bag
from comparer.model import Event, Headline, HeadlineRow, Relation, Span

# Opening sentences per article read with the headlines, for the scorer's word weights.
CONTEXT_SENTENCES = 3


def headline_row(
    prepared: Sequence[PreparedArticle], events: Sequence[Event] = ()
) -> HeadlineRow | None:
    """The row of headlines, or ``None`` when fewer than two articles have one.

    A headline's words are marked against the headlines of its own event only: reports of
    different events are never set against each other.
    """
    titled = [(p.key, " ".join(p.article.meta.title.split())) for p in prepared]
    titled = [(key, title) for key, title in titled if title]
    if len(titled) < 2:
        return None
    texts = [title for _, title in titled]
    bags = [bag(tokenise(title)) for title in texts]
    score = _mean_score(bags, texts, prepared)
    identical = len({tuple(b.keys) for b in bags}) == 1
    event_of = {key: e.id for e in events for key in e.articles}
    changed = _changed(texts, [event_of.get(key, "") for key, _ in titled])
    headlines = tuple(
        Headline(key, text, tuple(spans))
        for (key, text), spans in zip(titled, changed, strict=True)
    )
    return HeadlineRow(_relation(score, identical), score, headlines)


def _mean_score(
    bags: list[SentenceBag], texts: list[str], prepared: Sequence[PreparedArticle]
) -> float:
    context = [(p, n) for p in prepared for n in range(min(CONTEXT_SENTENCES, len(p.bags)))]
    every_bag = bags + [p.bags[n] for p, n in context]
    every_text = texts + [_sentence_text(p, n) for p, n in context]
    pairs = np.array(list(combinations(range(len(bags)), 2)), dtype=np.int64)
    p = score_pairs(SentenceSet.of(every_bag, every_text), pairs[:, 0], pairs[:, 1])
    return round(float(np.mean(p)), 3)


def _sentence_text(p: PreparedArticle, n: int) -> str:
    s = p.article.sentences[n]
    return p.article.text[s.start : s.end]


def _relation(score: float, identical: bool) -> Relation:
    if identical:
        return Relation.IDENTICAL
    if score >= REWORDED_PROBABILITY:
        return Relation.REWORDED
    return Relation.PARTIAL if score >= model().same else Relation.RELATED


def _changed(texts: Sequence[str], events: Sequence[str]) -> list[list[Span]]:
    """Per headline, the spans of its content words that no other headline of its event
    has (none for a headline alone in its event)."""
    tokens = [tokenise(t) for t in texts]
    keys = [{t.key for t in ts if t.content and t.key} for ts in tokens]
    out: list[list[Span]] = []
    for n, (text, ts) in enumerate(zip(texts, tokens, strict=True)):
        mates = [k for m, k in enumerate(keys) if m != n and events[m] == events[n]]
        if not mates:
            out.append([])
            continue
        others = set().union(*mates)
        marked, own = [], False
        for t in ts:
            # The later words of a merged name have no key: they go with its first word.
            own = own if not t.key else t.content and t.key not in others
            if own:
                marked.append((t.start, t.end))
        out.append(_joined(text, marked))
    return out


def _joined(text: str, spans: list[tuple[int, int]]) -> list[Span]:
    """Marked words as spans, neighbours separated by spaces or a hyphen ("U.S.-Led") as
    one; a quote mark, a dash or a colon between them stays out of the mark."""
    out: list[Span] = []
    for start, end in spans:
        if out and text[out[-1].end : start].strip() in ("", "-"):
            out[-1] = Span(out[-1].start, end)
        else:
            out.append(Span(start, end))
    return out
