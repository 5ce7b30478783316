"""The Numbers table: one row per event and counted thing, each article's figures as written.

Background figures get rows of their own and are never marked as a conflict. Headcounts
(people counted with nothing said to happen to them) are tabled, but their rows are never a
conflict: one event's "four people" and "30 or 40 members" are mostly different people.
"""

from __future__ import annotations

import math

from comparer.analysis.context import Context
from comparer.analysis.figure_rules import clash
from comparer.analysis.numbers import Located, tabled_figures
from comparer.analysis.quantities import Quantity
from comparer.model import Figure, NumberRow


def number_table(ctx: Context) -> list[NumberRow]:
    """One row per event and counted thing, with every article's figures as written.

    An article outside every event gets rows of its own (``event`` is ``None``): its figures
    are never put side by side with another event's. Background figures get rows of their
    own (``background``), never marked as a conflict.
    """
    rows: dict[tuple[str, bool, str, str], list[Located]] = {}
    for key, view in ctx.views.items():
        for located in tabled_figures(view):
            event = ctx.event_of[key] or f"article:{key}"
            background = located.quantity.background
            rows.setdefault((event, background, *located.what), []).append(located)
    return [_row(ctx, event, bg, figures) for (event, bg, _t, _o), figures in rows.items()]


def _row(ctx: Context, event: str, background: bool, figures: list[Located]) -> NumberRow:
    keys = list(dict.fromkeys(f.key for f in figures))
    counts = not all(f.quantity.headcount for f in figures)  # headcounts: as event-wide
    conflict = (
        not background
        and counts
        and any(_articles_disagree(figures, a, b) for a in keys for b in keys if a < b)
    )
    thing, outcome = figures[0].what
    real_event = None if event.startswith("article:") else event
    cells = tuple(_figure(ctx, f) for f in figures)
    return NumberRow(real_event, thing, outcome, cells, conflict, background)


def _figure(ctx: Context, located: Located) -> Figure:
    q = located.quantity
    start, end, text = ctx.views[located.key].span(located.sentence, q.start, q.end)
    high = None if q.high == math.inf else q.high
    return Figure(located.key, start, end, text, q.low, high, q.vague)


def _articles_disagree(figures: list[Located], a: str, b: str) -> bool:
    """Two articles disagree when none of the one's figures fits any of the other's.

    A person named in passing ("a man was killed": at least one) fits every count, so it
    only stands in for an article that gives no count at all.
    """
    mine, theirs = _counts(figures, a), _counts(figures, b)
    return all(clash(x, y) for x in mine for y in theirs)


def _counts(figures: list[Located], key: str) -> list[Quantity]:
    own = [f.quantity for f in figures if f.key == key]
    counted = [q for q in own if q.qualifier != "single"]
    return counted or own
