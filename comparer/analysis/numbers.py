"""Comparing figures: conflicting counts, qualifier and vagueness differences, missing
figures, and the table of counted things per article.

Casualty counts (people with an outcome: killed, injured, missing, arrested ...) and amounts
of a named thing (devices, dollars, charges, bills ...) are compared, and only between
articles of the same event — in aligned sentences first, then across the whole event for
pairs the alignment did not bring together (sums of money only in aligned sentences). Two
figures conflict when their intervals are disjoint ("14" vs "ten"); "more than 10" vs "at
least 10" overlap and only differ in their qualifier, and so do "10" vs "more than 10",
which write one number. Figures of background sentences ("between 1978 and 1995 he killed
three people") are listed in the table as background and never compared; only a casualty
count can be "missing" from another report (amounts are too often simply not mentioned).
Two amounts of one thing in aligned sentences conflict only when the two reports share no
figure of that thing anywhere (sums of money too): reports that both say "six seats" and
differ on "240 seats" vs "60 seats" are counting different seats (held, lost), not
disagreeing. Sums of money in a partial match that is less likely than not one fact never
conflict: Trump's "$5 billion" wall and the Democrats' "$1.3 billion" for border security
are two sums, not two reports of one. Headcounts (people counted with nothing said to
happen to them: "2,000 troops" to be withdrawn) are tabled and compared like amounts, but
only in aligned sentences, and their rows are never a conflict: one event's "four people"
and "30 or 40 members" are mostly different people.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from comparer.analysis.amounts import MONEY_THINGS
from comparer.analysis.context import ArticleView, Context
from comparer.analysis.quantities import ABOUT, Quantity
from comparer.model import AlignmentGroup, Difference, Figure, Kind, NumberRow, Relation


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


def disjoint(a: Quantity, b: Quantity) -> bool:
    """True when no value satisfies both figures: the reports conflict."""
    if a.high < b.low or b.high < a.low:
        return True
    if a.high == b.low:
        return a.high_open or b.low_open
    if b.high == a.low:
        return b.high_open or a.low_open
    return False


def describe(q: Quantity) -> str:
    """A figure's interval in words: "over 10", "10 or more", "40–200", "14", "about 700
    billion", "just under 15 million"."""
    low, high = _fmt(q.low), _fmt(q.high)
    if q.qualifier == "about":
        return f"about {_fmt(q.high / (1 + ABOUT))}"
    if q.qualifier == "nearly":
        return f"just under {high}"
    if q.high == math.inf:
        return f"over {low}" if q.low_open else f"{low} or more"
    if q.low == 0 and q.qualifier in ("up_to", "less_than"):
        return f"under {high}" if q.high_open else f"up to {high}"
    return low if q.low == q.high else f"{low}–{high}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _fmt(value: float) -> str:
    """A number as a reader writes it: "12", "2.5", "5.7 billion", "13.6 million"."""
    if value == math.inf:
        return "∞"
    scale, word = next(((s, f" {w}") for s, w in _SCALES if value >= s), (1.0, ""))
    shown = round(value / scale, 1)
    return (f"{shown:,.0f}" if shown == int(shown) else f"{shown:,.1f}") + word


def kind_of_difference(a: Quantity, b: Quantity) -> str | None:
    """How two figures of the same thing differ, or ``None`` if they say the same.

    One person named ("a man was killed") fits any figure of one or more: no difference.
    """
    if a.with_attacker != b.with_attacker:
        return _attacker_counted(a, b)
    if disjoint(a, b):
        return "qualifier" if _meet_at_written(a, b) else "conflict"
    if "single" in (a.qualifier, b.qualifier):
        return None
    if a.vague != b.vague:
        return "vague"
    if (a.low, a.high, a.low_open, a.high_open) == (b.low, b.high, b.low_open, b.high_open):
        return None
    if a.qualifier != b.qualifier and not (a.vague or b.vague):
        return "qualifier"
    return "approximate"


def _attacker_counted(a: Quantity, b: Quantity) -> str | None:
    """Seven dead "including the gunman" against six dead: the same toll counted two ways."""
    kind = kind_of_difference(*victims_only(a, b))
    return "attacker_counted" if kind is None else kind


def victims_only(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """The two figures with the attacker taken out of one that counts them, when only one
    does, so "seven including the gunman" meets "six" as 6 against 6."""
    if a.with_attacker == b.with_attacker:
        return a, b
    return _without_attacker(a), _without_attacker(b)


def _without_attacker(q: Quantity) -> Quantity:
    if not q.with_attacker:
        return q
    return replace(q, low=max(q.low - 1, 0), high=q.high - 1, with_attacker=False)


def clash(a: Quantity, b: Quantity) -> bool:
    """True when two figures of the same thing cannot both hold, attacker counted alike
    (one number told exact and "more than" it is one figure, qualified two ways)."""
    a, b = victims_only(a, b)
    return disjoint(a, b) and not _meet_at_written(a, b)


def explain(kind: str, a: Quantity, name_a: str, b: Quantity, name_b: str) -> str:
    """One line a reader understands for a pair of figures."""
    what = f"{a.thing} {a.outcome}".strip()
    if kind == "conflict":
        return (
            f"Conflicting figures for {what}: {name_a} says “{a.text}” ({describe(a)}), "
            f"{name_b} says “{b.text}” ({describe(b)})."
        )
    if kind == "attacker_counted":
        counted, name = (a, name_a) if a.with_attacker else (b, name_b)
        return (
            f"Same toll counted two ways: {name} counts the attacker among the {what} "
            f"(“{counted.text}”); “{a.text}” in {name_a} vs “{b.text}” in {name_b}."
        )
    if kind == "qualifier":
        lead = (
            "Same figure, different qualifier"
            if same_figure(a, b)
            else "Different figures, differently qualified (both can hold)"
        )
        return (
            f"{lead}: “{a.text}” ({describe(a)}) in {name_a} "
            f"vs “{b.text}” ({describe(b)}) in {name_b}."
        )
    if kind == "vague":
        vague, precise = (a, b) if a.vague else (b, a)
        return (
            f"Vague vs precise for {what}: “{vague.text}” (roughly {describe(vague)}) vs "
            f"“{precise.text}”; {name_a} / {name_b}."
        )
    return (
        f"Figures for {what} differ but can both hold: "
        f"“{a.text}” in {name_a}, “{b.text}” in {name_b}."
    )


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two figures write the same number ("more than 10" and "at least 10" do,
    "roughly $700 billion" and "more than $700 billion" too; "at least 14" does not)."""
    return any(math.isclose(x, y) for x in _written(a) for y in _written(b))


def _written(q: Quantity) -> set[float]:
    """The number or numbers a figure writes, read back from its interval."""
    if q.qualifier == "about":
        return {q.high / (1 + ABOUT)}
    if q.qualifier in ("more_than", "at_least"):
        return {q.low}
    if q.qualifier in ("nearly", "up_to", "less_than"):
        return {q.high}
    return {q.low, q.high} - {math.inf}


def _meet_at_written(a: Quantity, b: Quantity) -> bool:
    """Whether two disjoint figures only touch at the one number both write, one of them
    taking it in: "$250,000" and "more than $250,000" give one sum, qualified two ways;
    "more than 10" and "fewer than 10" both leave 10 out and conflict."""
    if not same_figure(a, b):
        return False
    if a.high == b.low:
        return not (a.high_open and b.low_open)
    if b.high == a.low:
        return not (b.high_open and a.low_open)
    return False


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
