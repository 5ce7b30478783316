"""Per-article tone: how much a report leans on tone words in its own voice.

Single tone words (subjectivity-lexicon hits: evaluative, emotive, hedges, boosters) are not
findings (a tool that highlights every "tough" or "apparently" tells the user nothing), but
their sum says something about an outlet: one report may use three times as many negative
words per 1,000 as another. :func:`tone_summary` counts them per article from the framing
markers the analysis already extracted (quoted speech is left out there: it is the
speaker's), each span once, and lists the most used words. Picture captions do not count,
nor names ("Trump") or evaluative words of many frequent senses ("like", "well", "right"),
most often used in a plain one.
"""

from __future__ import annotations

import re
from collections import Counter

from comparer.analysis.context import ArticleView
from comparer.analysis.framing import TONE_TYPES, Marker
from comparer.analysis.framing_rank import many_senses
from comparer.model import Tone

TOP = 5
EVALUATIVE = frozenset({"negative", "positive", "emotive"})
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Evaluative words of many frequent senses ("like", "well", "right", "support") are most often
# used in a plain one: they are not counted (hedges and boosters are).
_EVALUATIVE_TYPES = frozenset({"opinion", "emotive"})


def tone_summary(views: dict[str, ArticleView]) -> tuple[Tone, ...]:
    """One :class:`Tone` per article, in the order of ``views``."""
    return tuple(_tone(view) for view in views.values())


def _tone(view: ArticleView) -> Tone:
    counts: Counter[str] = Counter()
    used: Counter[str] = Counter()
    words = 0
    for index in sorted(view.sentences):
        if view.in_caption(index):
            continue
        words += len(_WORD.findall(view.sentence_text(index)))
        for word, tags in _spans(view.markers(index)).values():
            counts.update(tags)
            if tags & EVALUATIVE:
                used[word] += 1
    top = tuple(word for word, _n in sorted(used.items(), key=lambda w: (-w[1], w[0]))[:TOP])
    return Tone(
        view.key,
        words,
        negative=counts["negative"],
        positive=counts["positive"],
        emotive=counts["emotive"],
        hedges=counts["hedge"],
        boosters=counts["booster"],
        top=top,
    )


def _spans(markers: list[Marker]) -> dict[tuple[int, int], tuple[str, set[str]]]:
    """Per span, its word and what it counts as ("negative" or "positive", "emotive",
    "hedge", "booster"): a word in two lists is still one span."""
    spans: dict[tuple[int, int], tuple[str, set[str]]] = {}
    for m in markers:
        if m.type not in TONE_TYPES or (m.type in _EVALUATIVE_TYPES and many_senses(m.key)):
            continue
        _word, tags = spans.setdefault((m.start, m.end), (m.key, set()))
        tags.add(m.type if m.type != "opinion" else "positive")
        if m.detail == "negative" and m.type in ("opinion", "emotive"):
            tags.add("negative")
    for _word, tags in spans.values():
        if "negative" in tags:
            tags.discard("positive")
    return spans
