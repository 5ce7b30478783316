"""The comparison as JSON-ready data: a stable, versioned format (docs/json-format.md).

``format`` is bumped only when a field changes meaning or disappears; new keys may be added
without a bump. Dates are ISO strings, spans are character offsets into each article's
``text``, and absent values are ``null``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from comparer.export.sentence_json import sentences_to_json
from comparer.model import (
    AlignmentGroup,
    AlsoLink,
    ComparedArticle,
    Comparison,
    Counterpart,
    Difference,
    Event,
    Figure,
    HeadlineRow,
    KeyDifference,
    NumberRow,
    Tone,
)

FORMAT = 1


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _article(c: ComparedArticle, alone: tuple[int, ...]) -> dict[str, Any]:
    a = c.article
    return {
        "key": c.key,
        "id": a.id,
        "source": a.source,
        "title": a.meta.title,
        "outlet": a.meta.outlet,
        "published": _iso(a.meta.published),
        "text": a.text,
        "sentences": sentences_to_json(a.sentences),
        "unmatched": list(alone),
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "articles": list(e.articles),
        "date": _iso(e.date),
        "places": list(e.places),
    }


def _group(g: AlignmentGroup) -> dict[str, Any]:
    return {
        "id": g.id,
        "relation": g.relation.value,
        "score": g.score,
        "members": [{"article": m.article, "sentences": list(m.sentences)} for m in g.members],
    }


def _also(x: AlsoLink) -> dict[str, Any]:
    return {
        "articles": [x.article_a, x.article_b],
        "sentences": [x.sentence_a, x.sentence_b],
        "relation": x.relation.value,
        "score": x.score,
    }


def _headline(row: HeadlineRow | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "relation": row.relation.value,
        "score": row.score,
        "headlines": [
            {
                "article": h.article,
                "text": h.text,
                "changed": [
                    {"start": s.start, "end": s.end, "text": h.text[s.start : s.end]}
                    for s in h.changed
                ],
                "telling": [
                    {"start": s.start, "end": s.end, "text": h.text[s.start : s.end]}
                    for s in h.telling
                ],
            }
            for h in row.headlines
        ],
    }


def _span(s: Difference | Counterpart | Figure) -> dict[str, Any]:
    """Where a difference, its counterpart or a figure stands: the article, offsets and text."""
    return {"article": s.article, "start": s.start, "end": s.end, "text": s.text}


def _difference(d: Difference) -> dict[str, Any]:
    c = d.counterpart
    return {
        "kind": d.kind.value,
        "type": d.type,
        "group": d.group,
        **_span(d),
        "counterpart": None if c is None else _span(c),
        "explanation": d.explanation,
        "minor": d.minor,
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {**_span(f), "low": f.low, "high": f.high, "vague": f.vague}


def _number(n: NumberRow) -> dict[str, Any]:
    return {
        "event": n.event,
        "thing": n.thing,
        "outcome": n.outcome,
        "figures": [_figure(f) for f in n.figures],
        "conflict": n.conflict,
        "background": n.background,
    }


def comparison_to_json(c: Comparison) -> dict[str, Any]:
    """The whole comparison as plain dicts and lists, ready for ``json.dumps``."""
    alone = c.unmatched
    return {
        "format": FORMAT,
        "engine_version": c.engine_version,
        "articles": [_article(a, alone[a.key]) for a in c.articles],
        "events": [_event(e) for e in c.events],
        "headline": _headline(c.headline),
        "groups": [_group(g) for g in c.groups],
        "also": [_also(x) for x in c.also],
        "differences": [_difference(d) for d in c.differences],
        "numbers": [_number(n) for n in c.numbers],
        "key_differences": [_key(k) for k in c.key_differences],
        "tone": [_tone(t) for t in c.tone],
    }


def _key(k: KeyDifference) -> dict[str, Any]:
    return {
        "kind": k.kind,
        "explanation": k.explanation,
        "differences": list(k.differences),
        "articles": list(k.articles),
    }


def _tone(t: Tone) -> dict[str, Any]:
    return {
        "article": t.article,
        "words": t.words,
        "negative": t.negative,
        "positive": t.positive,
        "emotive": t.emotive,
        "hedges": t.hedges,
        "boosters": t.boosters,
        "top": list(t.top),
    }
