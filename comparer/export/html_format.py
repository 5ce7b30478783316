"""The comparison as one self-contained HTML page (inline CSS, no scripts, no remote files).

Each article is shown in full with its differences marked (class = the difference kind,
title = the explanation), followed by the aligned groups side by side, the headline row
first (each headline's own words marked as wording). Every piece of text from the articles
goes through :func:`html.escape`.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from comparer.colours import fill_on_white
from comparer.export import marking
from comparer.export.key_html import key_differences_html
from comparer.model import Article, Comparison, Difference, Headline, Kind, Span

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em;max-width:80em;color:#222}
.articles{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1.5em}
.article{white-space:pre-wrap;border:1px solid #ccc;padding:1em;border-radius:4px}
mark{border-radius:2px;padding:0 1px}
KIND_FILLS
mark.minor{background:#eee}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}
"""


_STYLE = _STYLE.replace(
    "KIND_FILLS", " ".join(f"mark.{k.value}{{background:{fill_on_white(k)}}}" for k in Kind)
)


def _marked(article: Article, diffs: list[Difference]) -> str:
    """The article's text, each piece differences cover in one ``<mark>`` of every kind."""
    return marking.marked(article.text, 0, len(article.text), diffs, _mark)


def _mark(piece: str, covering: list[Difference]) -> str:
    classes = sorted({d.kind.value for d in covering})
    if all(d.minor for d in covering):
        classes.append("minor")
    title = escape(" · ".join(dict.fromkeys(d.explanation for d in covering)))
    return f'<mark class="{" ".join(classes)}" title="{title}">{piece}</mark>'


def _articles(c: Comparison) -> list[str]:
    by_article: dict[str, list[Difference]] = defaultdict(list)
    for d in c.differences:
        by_article[d.article].append(d)
    parts = ['<div class="articles">']
    for a in c.articles:
        title = escape(a.article.meta.title or a.article.source)
        outlet = escape(a.article.meta.outlet)
        parts.append(f"<section><h2>{a.key}: {title}</h2><p>{outlet}</p>")
        parts.append(
            f'<div class="article">{_marked(a.article, by_article[a.key])}</div></section>'
        )
    parts.append("</div>")
    return parts


def _groups(c: Comparison) -> list[str]:
    keys = [a.key for a in c.articles]
    texts = {a.key: a.article for a in c.articles}
    head = "".join(f"<th>{k}</th>" for k in keys)
    rows = [f"<table><tr><th>group</th>{head}</tr>"]
    if c.headline is not None:
        row = c.headline
        shown = {h.article: _headline(h, row.marks(h)) for h in row.headlines}
        tds = "".join(f"<th>{shown.get(k, '')}</th>" for k in keys)
        rows.append(f"<tr><td>headline {row.relation.value} {row.score:.2f}</td>{tds}</tr>")
    for g in c.groups:
        cells = {
            m.article: " ".join(texts[m.article].sentences[i].text for i in m.sentences)
            for m in g.members
        }
        tds = "".join(f"<td>{escape(cells.get(k, ''))}</td>" for k in keys)
        rows.append(f"<tr><td>{g.id} {g.relation.value} {g.score:.2f}</td>{tds}</tr>")
    rows.append("</table>")
    return rows


def _headline(h: Headline, marks: tuple[Span, ...]) -> str:
    """``h`` with the words its row shows marked (:meth:`HeadlineRow.marks`), as the
    window and the report mark them."""
    return marking.marked_headline(
        h,
        marks,
        lambda words: (
            f'<mark class="{Kind.WORDING.value}" title="only this headline">{words}</mark>'
        ),
    )


def comparison_to_html(c: Comparison) -> str:
    """A complete HTML document showing the comparison."""
    events = "".join(
        f"<li>{e.id}: {escape(', '.join(e.articles))} — "
        f"{e.date.isoformat() if e.date else 'date unknown'}; {escape(', '.join(e.places))}</li>"
        for e in c.events
    )
    body = [
        f"<h1>Comparison of {len(c.articles)} articles</h1>",
        key_differences_html(c),
        f"<p>Engine {escape(c.engine_version)}</p><h2>Events</h2><ul>{events}</ul>",
        *_articles(c),
        "<h2>Aligned sentences</h2>",
        *_groups(c),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Comparison</title><style>{_STYLE}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )
