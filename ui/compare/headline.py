"""The headline row: each column's headline, above its text, with its own wording marked.

The engine compares the headlines apart from the sentences (:class:`~comparer.model.
HeadlineRow`); each column shows its article's headline here, in bold, with the words no
other headline has painted like a wording difference. Headlines the engine finds merely
related share too little for that (most words would be marked, and the headline key
difference already says they differ): only their telling words are marked (charged words,
verbs naming one act differently: ``HeadlineRow.marks``). The headline
is untrusted text: it is set as plain text and painted with character formats, never read
as markup. The boxes of one row are kept the same height (:func:`level`), at most four
lines, so the texts below still start level and keep their room.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from comparer.model import Headline, HeadlineRow, Kind, Span
from ui.compare import palette
from ui.plain_text import tooltip

NO_HEADLINE = "(no headline)"
MOST_LINES = 4
"""The most lines the headline row takes: a 40-word headline in a narrow column took seven,
a third of the text's room at 1024 x 768; the rest scrolls in its box."""


class HeadlineText(QTextEdit):
    """One article's headline, read-only and wrapped, its own words marked."""

    # The width changed, so the height the headline needs may have too.
    reflowed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Drawn on the window's colour, like the header: a title, not part of the text.
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QTextEdit.SizeAdjustPolicy.AdjustIgnored)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.headline: Headline | None = None
        self.row: HeadlineRow | None = None
        self.hide()

    def show_headline(self, row: HeadlineRow | None, headline: Headline | None) -> None:
        """Show ``headline`` of ``row`` (a placeholder if this article has none in it)."""
        self.headline = headline
        self.row = row
        self.setVisible(row is not None)
        if row is None:
            return
        self.setPlainText(headline.text if headline else NO_HEADLINE)
        self.setToolTip(tooltip(_tip(row, headline)))
        if headline is not None:
            self._paint(row.marks(headline))

    def _paint(self, spans: tuple[Span, ...]) -> None:
        fmt = palette.highlight_format(Kind.WORDING, palette.is_dark(self.palette()))
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for span in spans:
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def set_marked(self, marked: bool) -> None:
        """Show the whole headline as the current pick (its key difference), or not; its
        marked words stay in their colour over it, as the key difference's line names them."""
        if not marked:
            self.setExtraSelections([])
            return
        whole = QTextEdit.ExtraSelection()
        whole.cursor = QTextCursor(self.document())
        whole.cursor.select(QTextCursor.SelectionType.Document)
        whole.format = palette.current_format(self.palette())
        words = palette.highlight_format(Kind.WORDING, palette.is_dark(self.palette()))
        words.setBackground(self.palette().color(QPalette.ColorRole.Base))
        words.setForeground(self.palette().color(QPalette.ColorRole.Text))
        selections = [whole]
        if self.headline is not None and self.row is not None:
            for span in self.row.marks(self.headline):
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(self.document())
                selection.cursor.setPosition(span.start)
                selection.cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
                selection.format = words
                selections.append(selection)
        self.setExtraSelections(selections)

    def marked(self) -> list[str]:
        """The marked words as shown, in order (what a reader sees highlighted)."""
        if self.headline is None or self.row is None:
            return []
        return [self.headline.text[s.start : s.end] for s in self.row.marks(self.headline)]

    def needed_height(self) -> int:
        """The height that shows the whole headline at the current width."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        return int(document.size().height()) + margins.top() + margins.bottom()

    def most_height(self) -> int:
        """The height of :data:`MOST_LINES` lines of headline."""
        margins = self.contentsMargins()
        inside = 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        return int(MOST_LINES * self.fontMetrics().lineSpacing() + inside)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.reflowed.emit()


def _tip(row: HeadlineRow, headline: Headline | None) -> str:
    relation = palette.RELATION_LABELS[row.relation]
    lines = [f"Headlines: {relation.lower()} (score {row.score:.2f})"]
    if headline is None:
        lines.append("This report has no headline.")
    elif not row.marks_words and not row.marks(headline):
        lines.append("The headlines share little: no word is marked.")
    elif not row.marks_words:
        lines.append("The headlines share little: only telling words are marked.")
    elif headline.changed:
        lines.append("Marked: words no other headline has.")
    return "\n".join(lines)


def level(boxes: Sequence[HeadlineText]) -> None:
    """Give the visible headline boxes of one row the height the tallest one needs, up to
    :data:`MOST_LINES` lines; a longer headline scrolls in its box."""
    shown = [box for box in boxes if not box.isHidden()]
    if not shown:
        return
    height = min(max(box.needed_height() for box in shown), shown[0].most_height())
    for box in shown:
        cut = box.needed_height() > height
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if cut else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        box.setVerticalScrollBarPolicy(policy)
        if box.height() != height:
            box.setFixedHeight(height)
        layout = box.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())  # the scroll range follows
