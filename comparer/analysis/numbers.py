"""Comparing figures: conflicting counts, qualifier and vagueness differences, missing
figures, between the articles of one event.

Casualty counts (people with an outcome: killed, injured, missing, arrested ...) and amounts
of a named thing (devices, dollars, charges, bills ...) are compared, and only between
articles of the same event — in aligned sentences first, then across the whole event for
pairs the alignment did not bring together (sums of money only in aligned sentences). How
two figures differ is :mod:`comparer.analysis.figure_rules`'s; the table of counted things
per article is :mod:`comparer.analysis.number_table`'s. Figures of background sentences
("between 1978 and 1995 he killed three people") are listed in the table as background and
never compared; only a casualty count can be "missing" from another report (amounts are too
often simply not mentioned). Two amounts of one thing in aligned sentences conflict only
when the two reports share no figure of that thing anywhere (sums of money too): reports
that both say "six seats" and differ on "240 seats" vs "60 seats" are counting different
seats (held, lost), not disagreeing. Sums of money in a partial match that is less likely
than not one fact never conflict: Trump's "$5 billion" wall and the Democrats' "$1.3
billion" for border security are two sums, not two reports of one. Headcounts (people
counted with nothing said to happen to them: "2,000 troops" to be withdrawn) are compared
like amounts, but only in aligned sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from comparer.analysis.amounts import MONEY_THINGS
from comparer.analysis.context import ArticleView, Context
from comparer.analysis.figure_rules import clash, disjoint, explain, kind_of_difference
from comparer.analysis.quantities import Quantity
from comparer.model import AlignmentGroup, Difference, Kind, Relation


@dataclass(frozen=True, slots=True)
class Located:
    """A casualty figure and where it is: article key and sentence index."""

    key: str
    sentence: int
    quantity: Quantity

    @property
    def what(self) -> tuple[str, str]:
        """The counted thing and its outcome, e.g. ("civilians", "killed")."""
        return self.quantity.thing, self.quantity.outcome


def casualty_figures(view: ArticleView) -> list[Located]:
    """Every casualty figure of this event in an article, in reading order."""
    return [f for f in comparable_figures(view) if f.quantity.casualty]


def comparable_figures(view: ArticleView) -> list[Located]:
    """Every figure of this event (not background) that can be compared, in reading order."""
    return [f for f in tabled_figures(view) if not f.quantity.background]


def tabled_figures(view: ArticleView) -> list[Located]:
    """Every figure the Numbers table lists, background included.

    Sums of money are left out: one report holds many sums of different things, so they
    are only compared where the alignment pairs their sentences.
    """
    return [
        Located(view.key, index, q)
        for index in sorted(view.sentences)
        for q in view.quantities(index)
        if q.comparable and q.thing not in MONEY_THINGS
    ]


def _this_event(quantities: list[Quantity]) -> list[Quantity]:
    return [q for q in quantities if q.comparable and not q.background]


def _matches(a: Quantity, b: Quantity, loose: bool) -> bool:
    if a.outcome != b.outcome:
        return False
    return a.thing == b.thing or (loose and "people" in (a.thing, b.thing))


def _difference(ctx: Context, a: Located, b: Located, kind: str, group: str | None) -> Difference:
    va, vb = ctx.views[a.key], ctx.views[b.key]
    start, end, text = va.span(a.sentence, a.quantity.start, a.quantity.end)
    counterpart = vb.counterpart(b.sentence, b.quantity.start, b.quantity.end)
    explanation = explain(kind, a.quantity, va.name, b.quantity, vb.name)
    minor = kind in ("approximate", "attacker_counted")
    return Difference(
        Kind.NUMBER, kind, group, a.key, start, end, text, counterpart, explanation, minor
    )


def aligned_number_differences(
    ctx: Context,
) -> tuple[list[Difference], set[tuple[str, str, str, str]]]:
    """Differences between figures in aligned sentences of the same event.

    Also returns the (article, other article, thing, outcome) combinations already compared,
    so the event-wide pass does not report them twice.
    """
    found: list[Difference] = []
    seen: set[tuple[str, str, str, str]] = set()
    compared: set[tuple[str, int, int, str, int]] = set()
    for group, a, i, b, j in ctx.group_pairs():
        mine = _this_event(ctx.views[a].quantities(i))
        theirs = _this_event(ctx.views[b].quantities(j))
        for q in mine:
            other = _partner(q, mine, theirs)
            if other is None:
                if _may_be_missing(q) and not any(q.thing == t.thing for t in theirs):
                    found.extend(_missing_in_sentence(ctx, Located(a, i, q), b, j, group.id))
                continue
            seen.add((a, b, q.thing, q.outcome))
            kind = kind_of_difference(q, other)
            if kind == "conflict" and not q.casualty and _share_an_amount(ctx, a, b, q.thing):
                continue
            if kind == "conflict" and q.thing in MONEY_THINGS and _unsure_fact(group):
                continue
            pair = (a, i, q.start, b, j)
            if kind is not None and pair not in compared:
                compared.add(pair)
                found.append(
                    _difference(ctx, Located(a, i, q), Located(b, j, other), kind, group.id)
                )
    return found, seen


def _unsure_fact(group: AlignmentGroup) -> bool:
    """A partial or related match the pair scorer thinks less likely than not one fact:
    its sums of money pay for other things (BASIL 0d10341a's wall "$5 billion" against
    border security's "$1.3 billion", 0.42; b4dbeda7's one ad, "$1 million" against
    "$500,000", 0.72, stays a conflict)."""
    return group.relation in (Relation.PARTIAL, Relation.RELATED) and group.score < 0.5


def _share_an_amount(ctx: Context, a: str, b: str, thing: str) -> bool:
    """True when the two articles give one same figure of ``thing`` somewhere, sums of
    money included (BASIL eb17fa36: both give the $250,000, so Fox's "$250,000" against the
    Times' "$600 airline ticket" in the sentence aligned with it is another sum, not a
    conflict)."""
    mine, theirs = _amounts(ctx.views[a], thing), _amounts(ctx.views[b], thing)
    return any(kind_of_difference(x, y) != "conflict" for x in mine for y in theirs)


def _amounts(view: ArticleView, thing: str) -> list[Quantity]:
    """Every figure of ``thing`` of this event in an article, sums of money too."""
    return [q for i in view.sentences for q in _this_event(view.quantities(i)) if q.thing == thing]


def _partner(q: Quantity, mine: list[Quantity], theirs: list[Quantity]) -> Quantity | None:
    """The figure of the other sentence to compare ``q`` with.

    A casualty count takes the first of the same outcome. An amount takes one that agrees
    at all, else the other sentence's figure of that thing when each sentence has only one:
    of two sums in a sentence, which one answers which is unknown, so no conflict is claimed.
    """
    same = [t for t in theirs if _matches(q, t, loose=q.casualty)]
    if q.casualty or not same:
        return same[0] if same else None
    agreeing = [t for t in same if not disjoint(q, t)]
    if agreeing:
        return agreeing[0]
    alone = len(same) == 1 and sum(1 for m in mine if m.thing == q.thing) == 1
    return same[0] if alone else None


def _may_be_missing(q: Quantity) -> bool:
    """Only a casualty figure can be "missing" from another report, and not one person
    named in passing ("his father was killed")."""
    return q.casualty and q.qualifier != "single"


def _missing_in_sentence(ctx: Context, a: Located, b: str, j: int, group: str) -> list[Difference]:
    va, vb = ctx.views[a.key], ctx.views[b]
    start, end, text = va.span(a.sentence, a.quantity.start, a.quantity.end)
    explanation = (
        f"{va.name} gives a figure for {a.quantity.thing} {a.quantity.outcome} "
        f"(“{a.quantity.text}”); "
        f"the matching sentence of {vb.name} gives none."
    )
    return [
        Difference(
            Kind.NUMBER,
            "missing_figure",
            group,
            a.key,
            start,
            end,
            text,
            vb.counterpart(j),
            explanation,
        )
    ]


def event_number_differences(
    ctx: Context, seen: set[tuple[str, str, str, str]]
) -> list[Difference]:
    """Figures of the same thing across the articles of one event, outside aligned pairs."""
    found: list[Difference] = []
    for _event, keys in ctx.event_members():
        figures = {k: _event_wide(ctx.views[k]) for k in keys}
        for a in keys:
            for b in keys:
                if a != b:
                    found.extend(_pair_differences(ctx, figures[a], figures[b], b, seen))
    return found


def _event_wide(view: ArticleView) -> list[Located]:
    """The figures compared across a whole event: not headcounts ("four people", "30 or 40
    members" of one event are mostly different people; over the BASIL triplets event-wide
    headcounts gave 8 conflicts, none real)."""
    return [f for f in comparable_figures(view) if not f.quantity.headcount]


def _pair_differences(
    ctx: Context,
    mine: list[Located],
    theirs: list[Located],
    other: str,
    seen: set[tuple[str, str, str, str]],
) -> list[Difference]:
    found = []
    for what in dict.fromkeys(f.what for f in mine):
        if (mine[0].key, other, *what) in seen:
            continue
        ours = [f for f in mine if f.what == what]
        same = [f for f in theirs if f.what == what]
        if not same:
            first = ours[0].quantity
            if _may_be_missing(first) and not any(f.quantity.outcome == what[1] for f in theirs):
                found.append(_missing_in_article(ctx, ours[0], other))
            continue
        a, b = _closest(ours, same)
        kind = kind_of_difference(a.quantity, b.quantity)
        if kind is not None:
            found.append(_difference(ctx, a, b, kind, None))
    return found


def _closest(ours: list[Located], theirs: list[Located]) -> tuple[Located, Located]:
    """The pair to compare: the first that agree at all, else the first of each."""
    for a in ours:
        for b in theirs:
            if not clash(a.quantity, b.quantity):
                return a, b
    return ours[0], theirs[0]


def _missing_in_article(ctx: Context, a: Located, other: str) -> Difference:
    va, vb = ctx.views[a.key], ctx.views[other]
    start, end, text = va.span(a.sentence, a.quantity.start, a.quantity.end)
    explanation = (
        f"Only {va.name} gives a figure for {a.quantity.thing} {a.quantity.outcome} "
        f"(“{a.quantity.text}”); {vb.name} gives none."
    )
    return Difference(
        Kind.NUMBER, "missing_figure", None, a.key, start, end, text, None, explanation
    )
