"""A read-only view of one article: its metadata, clean text and the furniture removed.

It is a plain-text view: Qt lays out only the lines on screen, so an article of megabytes
opens and follows a resize at once. A rich-text view (``QTextBrowser``) laid out the whole
article on every change of width: 0.8 s of CPU for a 5 MB article, 2.2 s of frozen window
when a comparison started and the status bar took its row. The few styled runs (headline,
outlet and date, the furniture's reasons) are formats laid over the text afterwards; the
article's own text is only ever inserted as text. The window reads the article and joins
its text on a worker (:func:`read_article_text`): for a 5 MB article about 35 ms of the GUI
thread's 90, and every round trip to a library on a server; only the view's own setting of
the text is left on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from comparer.model import Article
from comparer.progress import Progress
from comparer.storage import Library
from ui.library.removed_blocks import REASONS


class Style(Enum):
    """How a run of the view is drawn."""

    BODY = "body"
    HEADING = "heading"
    BOLD = "bold"
    SMALL = "small"
    ITALIC = "italic"


Line = list[tuple[Style, str]]


@dataclass(frozen=True)
class ArticleText:
    """What the view shows: the joined text, and where each run not in body style lies
    (counted as Qt counts: UTF-16 units)."""

    text: str
    runs: tuple[tuple[int, int, Style], ...]


def article_text(article: Article) -> ArticleText:
    """The text the view shows for ``article``: no widget is touched, so any thread may."""
    return _text_of(article_lines(article))


def read_article_text(library_url: str, article_id: int) -> Callable[[Progress], ArticleText]:
    """Work for the task runner: read one article from the library and join its text."""

    def work(_progress: Progress) -> ArticleText:
        with Library.open_existing(library_url) as library:
            article = library.get(article_id, sentences=False)
        return article_text(article)

    return work


GUIDE: list[Line] = [
    [(Style.HEADING, "Drop two or more reports of the same event here")],
    [
        (
            Style.BODY,
            "Drag files, a folder or a link from your browser onto this window, or paste "
            "text with Ctrl+V. Comparer keeps every article in your library, cleaned of "
            "page furniture.",
        )
    ],
    [
        (
            Style.BODY,
            "Select an article on the left to read it; select several (Ctrl+click) and "
            "press Compare.",
        )
    ],
]


class ArticleView(QPlainTextEdit):
    """Shows the guide, or the article selected in the library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.show_guide()

    def show_guide(self) -> None:
        self.show_text(_text_of(GUIDE))

    def show_article(self, article: Article) -> None:
        self.show_text(article_text(article))

    def show_text(self, shown: ArticleText) -> None:
        """Show text joined beforehand (:func:`article_text`), its runs styled."""
        self.setPlainText(shown.text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start, end, style in shown.runs:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_format(style, self.font()))
        cursor.endEditBlock()


def article_lines(article: Article) -> list[Line]:
    """Headline, outlet, author and date, paragraphs and the removed blocks of an article."""
    meta = article.meta
    published = meta.published.isoformat() if meta.published else ""
    author = f"By {meta.author}" if meta.author else ""
    facts = " · ".join(value for value in (meta.outlet, author, published) if value)
    lines: list[Line] = [[(Style.HEADING, meta.title or "(untitled)")]]
    if facts:
        lines.append([(Style.SMALL, facts)])
    lines += [[(Style.BODY, p)] for p in article.text.split("\n") if p.strip()]
    removed: Line = []
    for block in article.removed:
        if not block.kept:  # put back by the reader: it is in the paragraphs above
            # The journalist's words for the reason, never the importer's code for it.
            reason = REASONS.get(block.reason, "Page furniture")
            removed += [(Style.BODY, "\n• " if removed else "• "), (Style.ITALIC, reason)]
            # Its own lines stay lines: one block of megabytes on one line is slow to lay out.
            lines_of = (line.strip() for line in block.text.splitlines())
            removed.append((Style.BODY, ": " + "\n".join(line for line in lines_of if line)))
    if removed:
        lines += [[(Style.BOLD, "Removed page furniture")], removed]
    return lines


def _text_of(lines: list[Line]) -> ArticleText:
    joined = "\n\n".join("".join(text for _, text in line) for line in lines)
    return ArticleText(joined, tuple(_styled_runs(lines)))


def _styled_runs(lines: list[Line]) -> list[tuple[int, int, Style]]:
    """Where each run that is not body text starts and ends in the joined text, counted as
    Qt counts (UTF-16 units: an emoji takes two)."""
    runs, position = [], 0
    for line in lines:
        for style, text in line:
            length = len(text.encode("utf-16-le")) // 2
            if style is not Style.BODY:
                runs.append((position, position + length, style))
            position += length
        position += 2  # the blank line between paragraphs
    return runs


def _format(style: Style, font: QFont) -> QTextCharFormat:
    look = QTextCharFormat()
    if style is Style.HEADING:
        look.setFontWeight(QFont.Weight.Bold)
        look.setFontPointSize(font.pointSizeF() * 1.3)
    elif style is Style.BOLD:
        look.setFontWeight(QFont.Weight.Bold)
    elif style is Style.SMALL:
        look.setFontPointSize(font.pointSizeF() * 0.85)
    elif style is Style.ITALIC:
        look.setFontItalic(True)
    return look
