"""A session's review as one self-contained HTML report (inline CSS, no scripts or links).

In order: the key differences (each ending with where it is shown: its findings' numbers
and aligned row), where every article came from (source, import time, content hash), the
reviewer's notes on the session and on sentences, the aligned sentences side by side in
numbered rows with the differences highlighted by inline-styled spans, the table of
differences with their review state and notes, the numbers table and the framing summary.
A report shows what the window shows: every difference but the minor findings (unless the
window's switch shows them, or the reviewer gave one a verdict, a note or a bookmark), or
only those marked relevant, and says how many it leaves out. Tables, width attributes and
inline styles only, so Qt's rich-text engine draws it as a browser does; all article text
is escaped. A :class:`Layout` chooses between the browser's report (the default,
:data:`SCREEN`) and the compact print variant built in :mod:`comparer.export.report_print`
from the same pieces.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from comparer.colours import fill_on_white
from comparer.export.aligned_rows import HEADLINE_ROW, AlignedRow, Places, numbered
from comparer.export.key_html import key_differences_html
from comparer.export.marking import marked, marked_headline
from comparer.model import NO_DATE, Article, Comparison, Difference, HeadlineRow, Kind
from comparer.sessions.attach import Attached
from comparer.sessions.model import SentenceAnchor

COLOURS = {kind: fill_on_white(kind) for kind in Kind}
# Widths (percent of the page) of the tables whose columns do not depend on the articles.
PROVENANCE_WIDTHS = (5, 20, 11, 11, 20, 11, 22)
DIFFERENCE_WIDTHS = (4, 7, 12, 19, 17, 23, 8, 10)


@dataclass(frozen=True, slots=True)
class Layout:
    """How a report is laid out: style sheet, table attributes and what is shortened.

    ``clip`` shortens a difference's counterpart to that many characters and its
    explanation to twice that (the counterpart is quoted in full in the aligned
    sentences); ``hash_every`` breaks the content hash into lines of that
    many characters; ``changed_only`` keeps only the aligned rows holding a shown difference.
    """

    style: str
    table: str = 'width="100%"'
    clip: int | None = None
    hash_every: int | None = None
    changed_only: bool = False


SCREEN = Layout(
    style=(
        "body{font-family:sans-serif;font-size:11pt;line-height:1.35;color:#222;max-width:80em;"
        "margin:1em auto;padding:0 1em}"
        "table{border-collapse:collapse;width:100%;margin-bottom:1em;table-layout:fixed}"
        "td,th{border:1px solid #bbb;padding:4px;vertical-align:top;text-align:left;"
        "overflow-wrap:anywhere}"
        "th{background:#eee}code{font-size:9pt;word-break:break-all}.warning{color:#a40000}"
    ),
)


def session_to_html(
    attached: Attached,
    relevant_only: bool = False,
    layout: Layout = SCREEN,
    show_minor: bool = False,
) -> str:
    """The complete report document for a session laid over its comparison.

    Minor findings are left out as the window leaves them out, unless ``show_minor`` (the
    window's switch) is on or the reviewer gave one a verdict, a note or a bookmark."""
    c = attached.comparison
    shown = attached.reported(relevant_only, show_minor)
    rows = numbered(c)
    places = Places(c, rows)
    title = escape(attached.session.name)
    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>",
        f"<style>{layout.style}</style></head><body><h1>{title}</h1>",
        _summary(attached, relevant_only, shown),
        key_differences_html(c, set(shown), places.pointer),
        _provenance(c, layout),
        _notes(attached),
        _bookmarks(attached),
        _aligned(c, rows, [c.differences[i] for i in shown], layout),
        _differences(attached, shown, layout),
        _numbers(attached.comparison, layout),
        _framing(attached.comparison, shown, layout),
        "</body></html>",
    ]
    return "\n".join(parts)


def _summary(attached: Attached, relevant_only: bool, shown: tuple[int, ...]) -> str:
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"<p>Report made {made} by engine {escape(attached.comparison.engine_version)}; "
        f"{_showing(attached, relevant_only, shown)}.</p>"
    ]
    if attached.result_changed:
        lines.append(
            "<p class='warning'>This engine finds a different result from the one reviewed "
            f"(engine {escape(attached.session.engine_version)}).</p>"
        )
    lines.extend(_events_warning(attached.comparison))
    if attached.orphans:
        lines.append(
            f"<p class='warning'>{len(attached.orphans)} decisions or notes no longer match "
            "anything in the articles.</p>"
        )
    return "\n".join(lines)


def _showing(attached: Attached, relevant_only: bool, shown: tuple[int, ...]) -> str:
    """ "showing 24 of 37 differences: 13 minor findings are hidden, as in the window"."""
    total = len(attached.states)
    if relevant_only:
        return f"showing the differences marked relevant ({len(shown)} of {total})"
    hidden = total - len(shown)
    if not hidden:
        return f"showing all {total} differences"
    findings = "finding is" if hidden == 1 else "findings are"
    return (
        f"showing {len(shown)} of {total} differences: {hidden} minor {findings} hidden, "
        "as in the window"
    )


def _events_warning(c: Comparison) -> list[str]:
    """The window's Events warning: reports of several events are not one story."""
    if len(c.events) < 2:
        return []
    groups = "; ".join(f"{escape(e.id)}: {', '.join(e.articles)}" for e in c.events)
    return [
        f"<p class='warning'>⚠ These reports cover {len(c.events)} different events "
        f"({groups}): compare within each event.</p>"
    ]


def _table(
    layout: Layout, headers: list[str], widths: tuple[int, ...], rows: list[list[str]]
) -> str:
    """A table whose header cells carry the column widths (Qt ignores CSS widths)."""
    head = "".join(f'<th width="{w}%">{h}</th>' for h, w in zip(headers, widths, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table {layout.table}><thead><tr>{head}</tr></thead>{body}</table>"


def _spread(fixed: tuple[int, ...], share: int, count: int) -> tuple[int, ...]:
    """``fixed`` widths followed by ``count`` equal columns sharing ``share`` percent."""
    return (*fixed, *(share // max(count, 1),) * count)


def _clip(text: str, layout: Layout, times: int = 1) -> str:
    if layout.clip is None or len(text) <= layout.clip * times:
        return escape(text)
    return escape(text[: layout.clip * times].rstrip()) + "…"


def _hash(content_hash: str, layout: Layout) -> str:
    step = layout.hash_every or len(content_hash) or 1
    lines = [content_hash[i : i + step] for i in range(0, len(content_hash), step)]
    return "<code>" + "<br>".join(escape(line) for line in lines) + "</code>"


def _provenance(c: Comparison, layout: Layout) -> str:
    rows = [
        [
            a.key,
            escape(a.article.meta.title),
            escape(a.article.meta.outlet),
            escape(_published(a.article)),
            escape(a.article.source),
            a.article.imported_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
            _hash(a.article.content_hash, layout),
        ]
        for a in c.articles
    ]
    headers = [
        "Key",
        "Title",
        "Outlet",
        "Published",
        "Source",
        "Imported",
        "Content hash (SHA-256)",
    ]
    return "<h2>Articles</h2>" + _table(layout, headers, PROVENANCE_WIDTHS, rows)


def _published(article: Article) -> str:
    """The publication date as read or corrected (ISO), else as the page wrote it, else
    "no date" as the window's column says."""
    meta = article.meta
    return meta.published.isoformat() if meta.published else meta.published_raw or NO_DATE


def _notes(attached: Attached) -> str:
    keys = {c.article.content_hash: c.key for c in attached.comparison.articles}
    items = [f"<li>{escape(n.text)}</li>" for n in attached.session_notes()]
    for note in attached.session.notes:
        if isinstance(note.target, SentenceAnchor):
            where = f"{keys.get(note.target.article, '?')}, on “{escape(note.target.text)}”"
            items.append(f"<li>{where}: {escape(note.text)}</li>")
    # Notes on differences stand in the table too; listed here, "None." never hides them.
    for i, difference in enumerate(attached.comparison.differences):
        for note in attached.notes_on(i):
            items.append(f"<li>On {_where(i, difference)}: {escape(note.text)}</li>")
    if not items:
        return "<h2>Reviewer's notes</h2><p>None.</p>"
    return "<h2>Reviewer's notes</h2><ul>" + "".join(items) + "</ul>"


def _bookmarks(attached: Attached) -> str:
    keys = {c.article.content_hash: c.key for c in attached.comparison.articles}
    items = []
    for bookmark in attached.session.bookmarks:
        target = bookmark.target
        if isinstance(target, SentenceAnchor):
            where = f"{keys.get(target.article, '?')}, sentence “{escape(target.text)}”"
        else:
            found = attached.finder.find(target)
            where = (
                "no longer found"
                if found is None
                else _where(found, attached.comparison.differences[found])
            )
        label = f"{escape(bookmark.label)}: " if bookmark.label else ""
        items.append(f"<li>★ {label}{where}</li>")
    if not items:
        return ""
    return "<h2>Bookmarks</h2><ul>" + "".join(items) + "</ul>"


def _where(index: int, difference: Difference) -> str:
    """Difference ``index`` as the report numbers it: its own place, even where an equal
    difference stands earlier."""
    return f"difference #{index + 1} ({difference.article}, “{escape(difference.text)}”)"


def _spans(piece: str, covering: list[Difference]) -> str:
    """Nested spans, the longest difference outermost, so a short one inside stays visible."""
    for d in sorted(covering, key=lambda d: d.end - d.start):
        piece = (
            f'<span class="{d.kind.value}" style="background-color:{COLOURS[d.kind]}" '
            f'title="{escape(d.explanation)}">{piece}</span>'
        )
    return piece


def _cell(article: Article, indexes: tuple[int, ...], diffs: list[Difference]) -> tuple[str, bool]:
    """The sentences ``indexes`` marked up, and whether any shown difference touches them."""
    sentences = [article.sentences[i] for i in indexes]
    touched = any(d.start < s.end and s.start < d.end for s in sentences for d in diffs)
    return " ".join(marked(article.text, s.start, s.end, diffs, _spans) for s in sentences), touched


def _aligned(
    c: Comparison, aligned: tuple[AlignedRow, ...], shown: list[Difference], layout: Layout
) -> str:
    """The aligned table: numbered rows in reading order (see :mod:`.aligned_rows`)."""
    keys = [a.key for a in c.articles]
    by_key = {a.key: a.article for a in c.articles}
    diffs = {k: [d for d in shown if d.article == k] for k in keys}
    rows, left_out = [], 0
    for row in aligned:
        cells = {k: _cell(by_key[k], indexes, diffs[k]) for k, indexes in row.members.items()}
        if layout.changed_only and not any(touched for _, touched in cells.values()):
            left_out += 1
            continue
        texts = (cells[k][0] if k in cells else "" for k in keys)
        rows.append([str(row.number), escape(row.relation), *texts])
    if c.headline is not None:  # the first row, whatever the layout leaves out
        rows.insert(0, [str(HEADLINE_ROW), *_headline_row(c.headline, keys)])
    widths = _spread((5, 9), 86, len(keys))
    headers = ["Row", "Relation", *keys]
    table = _table(layout, headers, widths, rows) if rows else "<p>None shown.</p>"
    note = f"<p>{left_out} aligned rows without a shown difference are left out.</p>"
    return "<h2>Aligned sentences</h2>" + _legend() + table + (note if left_out else "")


def _headline_row(row: HeadlineRow, keys: list[str]) -> list[str]:
    """The headlines side by side, bold, each one's own words on the wording colour (``b``:
    spans are differences), only the telling ones when they share little, as in the window."""
    colour = COLOURS[Kind.WORDING]
    by_key = {h.article: h for h in row.headlines}
    wrap = lambda w: f'<b style="background-color:{colour}">{w}</b>'  # noqa: E731
    cells = [
        marked_headline(by_key[k], row.marks(by_key[k]), wrap) if k in by_key else "" for k in keys
    ]
    return [f"headline ({escape(row.relation.value)})", *(f"<b>{c}</b>" if c else c for c in cells)]


def _legend() -> str:
    """What the highlight colours stand for (``b``, not ``span``: spans are differences)."""
    keys = " ".join(
        f'<b style="background-color:{colour};font-weight:normal">&nbsp;{kind.value}&nbsp;</b>'
        for kind, colour in COLOURS.items()
    )
    return f"<p>Highlighted: {keys}</p>"


def _differences(attached: Attached, shown: tuple[int, ...], layout: Layout) -> str:
    rows = []
    for i in shown:
        d = attached.comparison.differences[i]
        other = d.counterpart
        rows.append([
            str(i + 1),
            d.article,
            f"{d.kind.value} / {escape(d.type)}" + (" (minor)" if d.minor else ""),
            escape(d.text),
            "" if other is None else f"{other.article}: {_clip(other.text, layout)}",
            _clip(d.explanation, layout, 2),
            attached.states[i].value,
            "<br>".join(escape(n.text) for n in attached.notes_on(i)),
        ])  # fmt: skip
    headers = ["#", "Article", "Kind", "Text", "Against", "Explanation", "Review", "Notes"]
    return "<h2>Differences</h2>" + _table(layout, headers, DIFFERENCE_WIDTHS, rows)


def _numbers(c: Comparison, layout: Layout) -> str:
    keys = [a.key for a in c.articles]
    rows = []
    for n in c.numbers:
        figures = {k: ", ".join(escape(f.text) for f in n.figures if f.article == k) for k in keys}
        flag = "conflict" if n.conflict else "background" if n.background else ""
        rows.append([escape(n.thing), escape(n.outcome), *(figures[k] for k in keys), flag])
    widths = (*_spread((22, 18), 50, len(keys)), 10)
    return "<h2>Numbers</h2>" + _table(layout, ["Thing", "Outcome", *keys, ""], widths, rows)


def _framing(c: Comparison, shown: tuple[int, ...], layout: Layout) -> str:
    counts: dict[str, Counter[str]] = {a.key: Counter() for a in c.articles}
    for i in shown:
        d = c.differences[i]
        if d.kind is Kind.FRAMING:
            counts[d.article][d.type] += 1
    rows = [
        [key, ", ".join(f"{escape(t)} × {n}" for t, n in found.most_common()) or "none"]
        for key, found in counts.items()
    ]
    return "<h2>Framing summary</h2>" + _table(
        layout, ["Article", "Framing findings"], (10, 90), rows
    )
