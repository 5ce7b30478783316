"""When things happened: dates of the same facts compared across reports of one event.

Relative dates are resolved against each article's own date first, so "on Saturday" in one
report and "yesterday" in another dated the next day agree (a ``date_agrees`` note, minor,
given once per pair of articles and date, not a difference), while two resolved dates that
differ are a ``date_conflict`` (not in a partial match, which tells one fact with other
details, often another day's step of the story). Two reports naming the same weekday ("on
Friday" and "Friday") name one day, whatever their publication dates. A weekday that cannot
be resolved (undated report) is still checked against the other report's resolved date.
Two relative dates that each fall on or the day before their own report's publication, in
reports published on different days, are each report's "today" in a developing story
("stood firm Friday" in Friday's report, "dug in Wednesday" in Wednesday's): their conflict
is kept, minor, and says so. A date that names another event ("the Sept. 11 attacks", "the
Nov. 8 election") dates that event, not the fact the sentence reports: it is never compared.
A date right after a verb of speaking ("a spokesman said Tuesday") dates the speaking: it is
set only against another such date, never against the date of a reported act (BASIL
eb17fa36: a letter sent "on Aug. 6" is no clash with a spokesman who "said Tuesday").
Two dates clash only when they date the same act: the words around each date (a few either
side, names and words of time left out) must share one ("published Sunday" / "published
Saturday"). Sentences linked as one fact can date different acts in it (BASIL 2a3fde8a: an
attorney "blasted the bureau on Monday", his client "was fired late Friday"). Words of
dying are one act ("were killed on Saturday" / "died yesterday").
"""

from __future__ import annotations

import re
from datetime import date

from comparer.align.event_incident import DEATH_KEYS
from comparer.analysis.context import ArticleView, Context
from comparer.analysis.numbers import casualty_figures
from comparer.dates import WEEKDAYS, DateMention, dates_speaking, describe
from comparer.model import Difference, Kind, Relation


def compare_dates(a: DateMention, b: DateMention) -> str | None:
    """``date_agrees``, ``date_conflict`` or ``None`` (nothing to say) for two mentions."""
    if _same_weekday_word(a, b):
        # "on Friday" and "Friday" name one day; resolved against publication dates a
        # week apart (or one off by a day) they would seem to clash.
        return "date_agrees" if a.text.lower() != b.text.lower() else None
    if a.value is not None and b.value is not None:
        if a.value != b.value:
            return "date_conflict"
        return "date_agrees" if a.text.lower() != b.text.lower() else None
    weekday_a = a.value.weekday() if a.value is not None else a.weekday
    weekday_b = b.value.weekday() if b.value is not None else b.weekday
    if weekday_a is None or weekday_b is None:
        return None
    if weekday_a != weekday_b:
        return "date_conflict"
    return "date_agrees" if a.text.lower() != b.text.lower() else None


def _same_weekday_word(a: DateMention, b: DateMention) -> bool:
    return a.relative and b.relative and a.weekday is not None and a.weekday == b.weekday


_THE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|of|in|on|at|by|for|with|when|as)\b)[a-z]{3,}")


STEP_DAYS = 1  # a report's "today": its publication day or the day before


def steps_apart(a: DateMention, b: DateMention, day_a: date | None, day_b: date | None) -> bool:
    """Whether two relative dates are each their own report's "today" (on or the day before
    its publication) in reports published on different days: the story moving on."""
    if not (a.relative and b.relative) or day_a is None or day_b is None or day_a == day_b:
        return False
    return _todays(a.value, day_a) and _todays(b.value, day_b)


def _todays(seen: date | None, published: date) -> bool:
    return seen is not None and 0 <= (published - seen).days <= STEP_DAYS


def names_an_event(text: str, mention: DateMention) -> bool:
    """True for a date used as a name ("the Sept. 11 attacks", "a Monday interview")."""
    return bool(
        _THE_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
        and _NOUN_AFTER.match(text, mention.end)
    )


_DEATHS = "\0deaths"  # "killed on Saturday" and "died yesterday" date one act: the deaths
ACT_REACH = 3  # tokens either side of a date read as its act ("blasted the bureau on
# Monday"); a date opening the sentence dates all of it ("On Sunday, at least 12 people
# were killed")
_TIME_WORD = re.compile(
    r"(?:late|early|earlier|later|last|this|next|night|morning|afternoon|evening|days?|weeks?"
    r"|month|year|today|yesterday|tonight|overnight|meanwhile)",
    re.IGNORECASE,
)


def act_words(view: ArticleView, index: int, mention: DateMention) -> set[str]:
    """Keys of the content words near a date: the act it dates, not who or when."""
    tokens, text = view.tokens(index), view.sentence_text(index)
    inside = [n for n, t in enumerate(tokens) if mention.start <= t.start < mention.end]
    if not inside:
        return set()
    words = [
        (n, _DEATHS if t.key in DEATH_KEYS else t.key)
        for n, t in enumerate(tokens)
        if t.content and not t.name and not _TIME_WORD.fullmatch(text, t.start, t.end)
    ]
    first, last = inside[0], inside[-1]
    before = [key for n, key in words if first - ACT_REACH <= n < first]
    if not any(n < first for n, _ in words):
        return {key for n, key in words if n > last}
    return set(before + [key for n, key in words if last < n <= last + ACT_REACH])


def _first_day(mentions: list[DateMention], text: str) -> DateMention | None:
    return next((m for m in mentions if m.precision == "day" and not names_an_event(text, m)), None)


def explain(
    kind: str, a: DateMention, name_a: str, b: DateMention, name_b: str, steps: bool = False
) -> str:
    """One line for two dates of the same fact (``steps``: see :func:`steps_apart`)."""
    first = f"“{a.text}” in {name_a} ({describe(a)})"
    second = f"“{b.text}” in {name_b} ({describe(b)})"
    if kind == "date_conflict" and steps:
        return (
            f"Dates differ: {first} vs {second}; the reports were published on different "
            "days, and each dates it to its own day: maybe the story moving on."
        )
    if kind == "date_conflict":
        return f"Dates disagree: {first} vs {second}."
    day = a.value or b.value
    if day is not None:
        return f"Dates agree once resolved: {first} and {second}: both {day:%A %-d %B %Y}."
    weekday = WEEKDAYS[a.weekday or 0].capitalize()
    return f"Both reports date it to a {weekday}: {first}, {second}."


def date_differences(ctx: Context) -> list[Difference]:
    """Date notes for aligned sentences, then for each event's first figures."""
    pairs: list[tuple[str, int, str, int, str | None]] = [
        (a, i, b, j, g.id) for g, a, i, b, j in ctx.group_pairs()
    ]
    # A partial match tells one fact with other details, often another day's step of the
    # story ("announced on Friday" / "posted on Sunday"): its dates may agree, never clash.
    partial = {g.id for g in ctx.groups if g.relation in (Relation.PARTIAL, Relation.RELATED)}
    done = {(a, b) for a, _i, b, _j, _g in pairs}
    for _event, keys in ctx.event_members():
        first = {k: next(iter(casualty_figures(ctx.views[k])), None) for k in keys}
        for a in keys:
            for b in keys:
                fa, fb = first[a], first[b]
                if a != b and (a, b) not in done and fa is not None and fb is not None:
                    pairs.append((a, fa.sentence, b, fb.sentence, None))
    found = []
    said: set[tuple[str, str, str, str]] = set()
    for a, i, b, j, group in pairs:
        difference = _date_difference(ctx, a, i, b, j, group)
        if difference is None or (difference.type == "date_agrees" and a < b):
            continue  # agreeing dates are a note, given once per pair of articles
        if difference.type == "date_conflict" and group in partial:
            continue
        key = (a, b, difference.type, difference.text.lower())
        if key not in said:
            said.add(key)
            found.append(difference)
    return found


def _date_difference(
    ctx: Context, a: str, i: int, b: str, j: int, group: str | None
) -> Difference | None:
    va, vb = ctx.views[a], ctx.views[b]
    mine = _first_day(va.dates(i), va.sentence_text(i))
    theirs = _first_day(vb.dates(j), vb.sentence_text(j))
    if mine is None or theirs is None:
        return None
    if dates_speaking(va.sentence_text(i), mine) != dates_speaking(vb.sentence_text(j), theirs):
        return None  # the day a source spoke is no date of the act another report dates
    kind = compare_dates(mine, theirs)
    if kind is None:
        return None
    if kind == "date_conflict" and not act_words(va, i, mine) & act_words(vb, j, theirs):
        return None  # "blasted the bureau on Monday" / "was fired late Friday": two acts
    start, end, text = va.span(i, mine.start, mine.end)
    counterpart = vb.counterpart(j, theirs.start, theirs.end)
    days = (va.compared.article.meta.published, vb.compared.article.meta.published)
    steps = kind == "date_conflict" and steps_apart(mine, theirs, *days)
    explanation = explain(kind, mine, va.name, theirs, vb.name, steps)
    return Difference(
        Kind.NUMBER,
        kind,
        group,
        a,
        start,
        end,
        text,
        counterpart,
        explanation,
        minor=kind == "date_agrees" or steps,
    )
