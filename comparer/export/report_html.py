"""A session's review as one self-contained HTML report (inline CSS, no scripts or links).

In order: where every article came from (source, import time, content hash), the
reviewer's notes on the session and on sentences, the aligned sentences side by side with
the differences highlighted by inline-styled spans, the table of differences with their
review state and notes, the numbers table and the framing summary. A report shows every
difference or only those marked relevant. Tables and inline styles only, so Qt's rich-text
engine (used for the PDF) draws it as a browser does; all article text is escaped.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from html import escape

from comparer.align.result import unmatched
from comparer.model import Article, Comparison, Difference, Kind
from comparer.sessions.attach import Attached
from comparer.sessions.model import SentenceAnchor

COLOURS = {
    Kind.WORDING: "#fff2a8",
    Kind.NUMBER: "#ffc9c9",
    Kind.FRAMING: "#d0e8ff",
    Kind.OMISSION: "#d9f2d0",
}
_STYLE = (
    "body{font-family:sans-serif;font-size:11pt;color:#222}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
    "td,th{border:1px solid #bbb;padding:4px;vertical-align:top;text-align:left}"
    "th{background:#eee}.warning{color:#a40000}"
)


def session_to_html(attached: Attached, relevant_only: bool = False) -> str:
    """The complete report document for a session laid over its comparison."""
    shown = attached.shown(relevant_only)
    title = escape(attached.session.name)
    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>",
        f"<style>{_STYLE}</style></head><body><h1>{title}</h1>",
        _summary(attached, relevant_only, len(shown)),
        _provenance(attached.comparison),
        _notes(attached),
        _aligned(attached.comparison, [attached.comparison.differences[i] for i in shown]),
        _differences(attached, shown),
        _numbers(attached.comparison),
        _framing(attached.comparison, shown),
        "</body></html>",
    ]
    return "\n".join(parts)


def _summary(attached: Attached, relevant_only: bool, count: int) -> str:
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    which = "differences marked relevant" if relevant_only else "all differences"
    lines = [
        f"<p>Report made {made} by engine {escape(attached.comparison.engine_version)}; "
        f"showing {which} ({count} of {len(attached.states)}).</p>"
    ]
    if attached.result_changed:
        lines.append(
            "<p class='warning'>This engine finds a different result from the one reviewed "
            f"(engine {escape(attached.session.engine_version)}).</p>"
        )
    if attached.orphans:
        lines.append(
            f"<p class='warning'>{len(attached.orphans)} decisions or notes no longer match "
            "anything in the articles.</p>"
        )
    return "\n".join(lines)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _provenance(c: Comparison) -> str:
    rows = [
        [
            a.key,
            escape(a.article.meta.title),
            escape(a.article.meta.outlet),
            escape(a.article.source),
            a.article.imported_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
            f"<code>{escape(a.article.content_hash)}</code>",
        ]
        for a in c.articles
    ]
    headers = ["Key", "Title", "Outlet", "Source", "Imported", "Content hash (SHA-256)"]
    return "<h2>Articles</h2>" + _table(headers, rows)


def _notes(attached: Attached) -> str:
    keys = {c.article.content_hash: c.key for c in attached.comparison.articles}
    items = [f"<li>{escape(n.text)}</li>" for n in attached.session_notes()]
    for note in attached.session.notes:
        if isinstance(note.target, SentenceAnchor):
            where = f"{keys.get(note.target.article, '?')}, on “{escape(note.target.text)}”"
            items.append(f"<li>{where}: {escape(note.text)}</li>")
    if not items:
        return "<h2>Reviewer's notes</h2><p>None.</p>"
    return "<h2>Reviewer's notes</h2><ul>" + "".join(items) + "</ul>"


def marked(article: Article, start: int, end: int, differences: list[Difference]) -> str:
    """``article.text[start:end]`` escaped, the differences in it as coloured spans."""
    out, pos = [], start
    for d in sorted(differences, key=lambda d: (d.start, -d.end)):
        left, right = max(d.start, pos), min(d.end, end)
        if right <= left:
            continue  # outside this stretch, or inside a span already drawn
        out.append(escape(article.text[pos:left]))
        out.append(
            f'<span class="{d.kind.value}" style="background-color:{COLOURS[d.kind]}" '
            f'title="{escape(d.explanation)}">{escape(article.text[left:right])}</span>'
        )
        pos = right
    out.append(escape(article.text[pos:end]))
    return "".join(out)


def _cell(article: Article, indexes: tuple[int, ...], diffs: list[Difference]) -> str:
    return " ".join(
        marked(article, s.start, s.end, diffs) for s in (article.sentences[i] for i in indexes)
    )


def _aligned(c: Comparison, shown: list[Difference]) -> str:
    keys = [a.key for a in c.articles]
    by_key = {a.key: a.article for a in c.articles}
    diffs = {k: [d for d in shown if d.article == k] for k in keys}
    rows = []
    for g in c.groups:
        cells = {
            m.article: _cell(by_key[m.article], m.sentences, diffs[m.article]) for m in g.members
        }
        rows.append([escape(g.relation.value), *(cells.get(k, "") for k in keys)])
    for key, alone in unmatched(c.articles, c.groups).items():
        for i in alone:
            text = _cell(by_key[key], (i,), diffs[key])
            rows.append(["only here", *(text if k == key else "" for k in keys)])
    return "<h2>Aligned sentences</h2>" + _table(["Relation", *keys], rows)


def _differences(attached: Attached, shown: tuple[int, ...]) -> str:
    rows = []
    for i in shown:
        d = attached.comparison.differences[i]
        other = d.counterpart
        rows.append([
            str(i + 1),
            d.article,
            f"{d.kind.value} / {escape(d.type)}" + (" (minor)" if d.minor else ""),
            escape(d.text),
            "" if other is None else f"{other.article}: {escape(other.text)}",
            escape(d.explanation),
            attached.states[i].value,
            "<br>".join(escape(n.text) for n in attached.notes_on(i)),
        ])  # fmt: skip
    headers = ["#", "Article", "Kind", "Text", "Against", "Explanation", "Review", "Notes"]
    return "<h2>Differences</h2>" + _table(headers, rows)


def _numbers(c: Comparison) -> str:
    keys = [a.key for a in c.articles]
    rows = []
    for n in c.numbers:
        figures = {k: ", ".join(escape(f.text) for f in n.figures if f.article == k) for k in keys}
        flag = "conflict" if n.conflict else ""
        rows.append([escape(n.thing), escape(n.outcome), *(figures[k] for k in keys), flag])
    return "<h2>Numbers</h2>" + _table(["Thing", "Outcome", *keys, ""], rows)


def _framing(c: Comparison, shown: tuple[int, ...]) -> str:
    counts: dict[str, Counter[str]] = {a.key: Counter() for a in c.articles}
    for i in shown:
        d = c.differences[i]
        if d.kind is Kind.FRAMING:
            counts[d.article][d.type] += 1
    rows = [
        [key, ", ".join(f"{escape(t)} × {n}" for t, n in found.most_common()) or "none"]
        for key, found in counts.items()
    ]
    return "<h2>Framing summary</h2>" + _table(["Article", "Framing findings"], rows)
