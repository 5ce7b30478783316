"""A read-only view of one article: its metadata, clean text and the furniture removed."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from comparer.model import Article

GUIDE = (
    "<h2>Drop two or more reports of the same event here</h2>"
    "<p>Drag files, a folder or a link from your browser onto this window, or paste text "
    "with Ctrl+V. Comparer keeps every article in your library, cleaned of page furniture."
    "</p><p>Select an article on the left to read it; select several (Ctrl+click) and press "
    "Compare.</p>"
)


class ArticleView(QTextBrowser):
    """Shows the guide, or the article selected in the library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.show_guide()

    def show_guide(self) -> None:
        self.setHtml(GUIDE)

    def show_article(self, article: Article) -> None:
        self.setHtml(article_html(article))


def article_html(article: Article) -> str:
    """Metadata, paragraphs and the removed blocks of an article as simple HTML."""
    meta = article.meta
    facts = " · ".join(
        html.escape(value)
        for value in (meta.outlet, meta.published.isoformat() if meta.published else "")
        if value
    )
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n") if p.strip())
    removed = "".join(
        f"<li><i>{html.escape(r.reason.value.replace('_', ' '))}</i>: {html.escape(r.text)}</li>"
        for r in article.removed
        if not r.kept  # put back by the reader: it is in the paragraphs above
    )
    tail = f"<h4>Removed page furniture</h4><ul>{removed}</ul>" if removed else ""
    title = html.escape(meta.title or "(untitled)")
    return f"<h2>{title}</h2><p><small>{facts}</small></p>{paragraphs}{tail}"
