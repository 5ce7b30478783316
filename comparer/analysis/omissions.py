"""Omissions: facts some reports of an event carry and others leave out.

Within one event only, a sentence is "only in this report" when it is aligned with no other
report *and* no other report of the event carries its content in other words (names and
numbers, content words, quoted words, a lower pair-score threshold:
:mod:`comparer.analysis.carried`). A report of another event never counts as leaving a fact
out. Each becomes an ``omission`` difference on the sentence (or on its figure) typed by
what the fact is — ``figure`` (a casualty count), ``quote`` (quoted speech), ``source`` (a
named source saying something) or ``sentence`` — and explained as
"Only in B (Fort Russ News); not in A (The Syrian Observer)". A quotation told over several
consecutive omitted sentences is one ``quote`` omission spanning them, not one per sentence
(``figure`` if a casualty count lies in it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from comparer.analysis.carried import Carriers
from comparer.analysis.context import ArticleView, Context
from comparer.model import Difference, Kind

MIN_WORDS = 6
_QUOTE = re.compile(r"[“\"][^“”\"]{25,}[”\"]")


def omission_differences(ctx: Context) -> list[Difference]:
    """One difference per fact of an event that some of its articles do not carry."""
    carriers = _carriers(ctx)
    found: list[Difference] = []
    for _event, keys in ctx.event_members():
        facts = _event_facts(ctx, keys)
        asked = [
            ([k for k in keys if k != key], key, index)
            for key in keys
            for index in sorted(ctx.views[key].sentences)
            if _is_fact(ctx.views[key], index)
            and not carriers.get((key, index), set()) - {key}  # aligned: another carries it
        ]
        omitted = [a for a, carried in zip(asked, facts.carried(asked), strict=True) if not carried]
        for run in _quotation_runs(ctx, omitted):
            view = ctx.views[run.key]
            if len(run.indices) == 1:
                found.append(_omission(ctx, view, run.indices[0], [run.key], run.others))
            else:
                found.append(_quotation_omission(ctx, view, run))
    return found


@dataclass(frozen=True, slots=True)
class _Run:
    """Omitted sentences of one article told together, and the quotation they lie in."""

    others: list[str]
    key: str
    indices: list[int]
    quote: tuple[int, int] | None


def _quotation_runs(ctx: Context, omitted: list[tuple[list[str], str, int]]) -> list[_Run]:
    """The omitted sentences in runs: consecutive sentences of one article inside one
    quotation (:meth:`ArticleView.long_quotes`: one speaker) are one run, any other
    sentence a run of its own."""
    runs: list[_Run] = []
    for others, key, index in omitted:
        quote = _quotation_of(ctx.views[key], index)
        last = runs[-1] if runs else None
        if (
            last
            and quote is not None
            and (last.key, last.indices[-1] + 1, last.quote) == (key, index, quote)
        ):
            last.indices.append(index)
        else:
            runs.append(_Run(others, key, [index], quote))
    return runs


def _quotation_of(view: ArticleView, index: int) -> tuple[int, int] | None:
    """The quotation over several sentences that a sentence lies in, if any."""
    sentence = view.sentences[index]
    return next(iter(view.long_quotes().overlapping(sentence.start, sentence.end)), None)


def _event_facts(ctx: Context, keys: tuple[str, ...]) -> Carriers:
    """The report sentences (captions left out) of an event's articles, for :class:`Carriers`."""
    texts = {}
    tokens = {}
    for key in keys:
        view = ctx.views[key]
        texts[key] = [
            (i, view.sentence_text(i)) for i in sorted(view.sentences) if not view.in_caption(i)
        ]
        tokens[key] = [view.tokens(i) for i, _text in texts[key]]
    anchors = {key: ctx.views[key].compared.article.meta.published for key in keys}
    return Carriers(texts, tokens, anchors)


def _carriers(ctx: Context) -> dict[tuple[str, int], set[str]]:
    """For each aligned sentence, the articles its group holds."""
    carriers: dict[tuple[str, int], set[str]] = {}
    for group in ctx.groups:
        articles = {m.article for m in group.members}
        for member in group.members:
            for index in member.sentences:
                carriers.setdefault((member.article, index), set()).update(articles)
    return carriers


def _is_fact(view: ArticleView, index: int) -> bool:
    return not view.in_caption(index) and len(view.sentence_text(index).split()) >= MIN_WORDS


def fact_type(view: ArticleView, index: int) -> tuple[str, int, int]:
    """What kind of fact a sentence is, and the span (relative to it) that shows it."""
    text = view.sentence_text(index)
    figure = next((q for q in view.quantities(index) if q.casualty), None)
    if figure is not None:
        return "figure", figure.start, figure.end
    quote = _QUOTE.search(text)
    if quote is not None:
        return "quote", quote.start(), quote.end()
    source = next((m for m in view.markers(index) if m.type == "attribution"), None)
    if source is not None:
        return "source", 0, len(text)
    return "sentence", 0, len(text)


def _quotation_omission(ctx: Context, view: ArticleView, run: _Run) -> Difference:
    """One omission for a quotation told over several omitted sentences (not one each):
    a ``figure`` if a casualty count lies in it, so that it keeps a figure's rank."""
    assert run.quote is not None  # a run of several sentences lies in one quotation
    start = max(view.sentences[run.indices[0]].start, run.quote[0])
    end = min(view.sentences[run.indices[-1]].end, run.quote[1])
    text = view.compared.article.text[start:end]
    figure = any(q.casualty for i in run.indices for q in view.quantities(i))
    kind = "figure" if figure else "quote"
    explanation = _explanation(ctx, kind, [run.key], run.others)
    return Difference(Kind.OMISSION, kind, None, view.key, start, end, text, None, explanation)


def _omission(
    ctx: Context, view: ArticleView, index: int, with_it: list[str], missing: list[str]
) -> Difference:
    kind, start, end = fact_type(view, index)
    a, b, text = view.span(index, start, end)
    explanation = _explanation(ctx, kind, with_it, missing)
    return Difference(Kind.OMISSION, kind, None, view.key, a, b, text, None, explanation)


def _explanation(ctx: Context, kind: str, with_it: list[str], missing: list[str]) -> str:
    """The line "Quotation only in B (Fort Russ News); not in A (The Syrian Observer)."."""
    carriers = ", ".join(ctx.views[k].name for k in with_it)
    lacking = ", ".join(ctx.views[k].name for k in missing)
    what = {"figure": "Figure", "quote": "Quotation", "source": "Sourced claim"}.get(kind, "")
    lead = f"{what} only in" if what else "Only in"
    return f"{lead} {carriers}; not in {lacking}."
