"""One article column's read-only, highlighted text (its header is in :mod:`column_header`).

:class:`ArticleText` shows an article's cleaned text (optionally with removed page furniture
back in place, dimmed) and paints the engine's spans on it in one pass inside a single edit
block: sentences no other report carries, then differences, then furniture. It answers the
geometry questions the link map, ruler and scroll sync ask (how high a sentence sits) and
shows the explanation of a highlight on hover or click.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from comparer.model import Article, Difference, Kind
from ui.compare import palette
from ui.compare.rendered import render

Spans = list[tuple[int, int, Difference]]
# Past this many characters a highlight is a passage, not a word: a full fill would drown it.
LONG_SPAN = 80
# Marks laid over the text as extra selections, bottom to top; they leave the painted
# highlights underneath untouched, so a search never destroys a difference's colour.
MATCH, CURRENT, CURRENT_MATCH = "match", "current", "current_match"
LAYERS = (MATCH, CURRENT, CURRENT_MATCH)


class ArticleText(QTextEdit):
    """Read-only, wrapped article text with the comparison's highlights painted on."""

    difference_clicked = Signal(object)
    # The reader clicked or tabbed into this column (to pick a sentence, say).
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Offered below the standard entries of the right-click menu (review, notes, links).
        self.context_actions: list[QAction] = []
        self.dismissed: frozenset[Difference] = frozenset()
        self.setReadOnly(True)
        # A caret the arrow keys move, so a sentence is picked without a mouse.
        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.viewport().installEventFilter(self)
        self.rendered = render("")
        self.spans: Spans = []
        self._starts: list[int] = []
        self.unshared: list[tuple[int, int]] = []
        self._sentences: dict[int, tuple[int, int]] = {}
        self._heights: dict[int, tuple[float, float]] = {}
        # Bumped whenever heights may have moved, so callers know their caches are stale.
        self.layout_generation = 0
        self.names: dict[str, str] = {}
        self._shown: tuple[Article, list[Difference], list[int], bool] | None = None
        self._layers: dict[str, list[tuple[int, int]]] = {}
        self.document().documentLayout().documentSizeChanged.connect(self._forget_heights)

    def show_article(
        self,
        article: Article,
        differences: list[Difference],
        unshared: list[int],
        show_furniture: bool,
    ) -> None:
        """Show ``article``, paint ``differences`` and ``unshared`` sentences; drop old marks."""
        self._layers = {}
        self.setExtraSelections([])
        self._shown = (article, differences, unshared, show_furniture)
        # Blocks the reader put back are already in the text.
        shown = tuple(block for block in article.removed if not block.kept)
        self.rendered = render(article.text, shown, show_furniture)
        self.setPlainText(self.rendered.text)
        self._sentences = {s.index: self.rendered.span(s.start, s.end) for s in article.sentences}
        spans = [(*self.rendered.span(d.start, d.end), d) for d in differences]
        # Outer before inner, so a word's colour is painted over its passage's, also when
        # both start at one offset (a label swap opening a reworded clause).
        self.spans = sorted(spans, key=lambda s: (s[0], -s[1]))
        self._starts = [s[0] for s in self.spans]
        self.unshared = [self._sentences[i] for i in unshared if i in self._sentences]
        self._paint()

    def _paint(self) -> None:
        dark = palette.is_dark(self.palette())
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        omission = palette.highlight_format(Kind.OMISSION, dark)
        for start, end in self.unshared:
            _merge(cursor, start, end, omission)
        formats = {}
        for start, end, difference in self.spans:
            if difference in self.dismissed:
                _merge(cursor, start, end, palette.dismissed_format(difference.kind, dark))
                continue
            key = (difference.kind, difference.minor or end - start > LONG_SPAN)
            if key not in formats:
                formats[key] = palette.highlight_format(key[0], dark, key[1])
            _merge(cursor, start, end, formats[key])
        furniture = palette.furniture_format(self.palette())
        for start, end in self.rendered.furniture:
            _merge(cursor, start, end, furniture)
        cursor.endEditBlock()
        self._forget_heights()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Highlight colours depend on whether the (system) palette is dark.
        if event.type() == QEvent.Type.PaletteChange:
            self._repaint()

    def set_dismissed(self, dismissed: frozenset[Difference]) -> None:
        """Draw these differences quietly (the reviewer dismissed them)."""
        if dismissed != self.dismissed:
            self.dismissed = dismissed
            self._repaint()

    def _repaint(self) -> None:
        if self._shown is None:
            return
        spot = self.verticalScrollBar().value()
        # Same text, same positions: the marks survive the repaint, in the new colours.
        layers = self._layers
        self.show_article(*self._shown)
        self._layers = layers
        self._apply_layers()
        self.verticalScrollBar().setValue(spot)

    def _forget_heights(self) -> None:
        self._heights = {}
        self.layout_generation += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._forget_heights()
        super().resizeEvent(event)

    def position_y(self, position: int) -> tuple[float, float]:
        """Top and bottom, in document pixels, of the line holding ``position``."""
        document = self.document()
        block = document.findBlock(position)
        document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        if not line.isValid():
            top = layout.position().y()
            return top, top + max(layout.boundingRect().height(), 1.0)
        top = layout.position().y() + line.y()
        return top, top + line.height()

    def sentence_y(self, index: int) -> tuple[float, float] | None:
        """Top and bottom, in document pixels, of sentence ``index`` (None if unknown)."""
        if index not in self._heights:
            span = self._sentences.get(index)
            if span is None:
                return None
            last = max(span[0], span[1] - 1)
            self._heights[index] = (self.position_y(span[0])[0], self.position_y(last)[1])
        return self._heights[index]

    def sentences_y(self, indexes: tuple[int, ...]) -> tuple[float, float] | None:
        """The height range covering the sentences ``indexes``."""
        found = [y for y in (self.sentence_y(i) for i in indexes) if y is not None]
        if not found:
            return None
        return min(y[0] for y in found), max(y[1] for y in found)

    def span_of(self, difference: Difference) -> tuple[int, int]:
        """The document range painted for ``difference``."""
        return self.rendered.span(difference.start, difference.end)

    def scroll_to_position(self, start: int, end: int) -> None:
        """Scroll so the range ``[start, end)`` sits in the middle of the view."""
        top = self.position_y(start)[0]
        bottom = self.position_y(max(start, end - 1))[1]
        middle = (top + bottom) / 2 - self.viewport().height() / 2
        self.verticalScrollBar().setValue(round(middle))

    def is_visible(self, start: int, end: int) -> bool:
        """Whether the range ``[start, end)`` is wholly on screen."""
        top = self.position_y(start)[0] - self.verticalScrollBar().value()
        bottom = self.position_y(max(start, end - 1))[1] - self.verticalScrollBar().value()
        return top >= 0 and bottom <= self.viewport().height()

    def select_range(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as the difference being looked at."""
        self.set_layer(CURRENT, [(start, end)])

    def set_layer(self, name: str, ranges: list[tuple[int, int]]) -> None:
        """Mark the document ``ranges`` with the look of layer ``name`` (one of LAYERS)."""
        self.set_layers({name: ranges})

    def set_layers(self, layers: dict[str, list[tuple[int, int]]]) -> None:
        """Replace several layers at once (one repaint instead of one per layer)."""
        self._layers.update(layers)
        self._apply_layers()

    def layer(self, name: str) -> list[tuple[int, int]]:
        """The ranges marked in layer ``name``."""
        return self._layers.get(name, [])

    def _apply_layers(self) -> None:
        dark = palette.is_dark(self.palette())
        looks = {
            MATCH: palette.match_format(dark),
            CURRENT: palette.current_format(self.palette()),
            CURRENT_MATCH: palette.match_format(dark, current=True),
        }
        selections = []
        for name in LAYERS:
            for start, end in self._layers.get(name, ()):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = looks[name]
                selections.append(selection)
        self.setExtraSelections(selections)

    def differences_at(self, position: int) -> list[Difference]:
        """The differences whose span holds document ``position``, innermost first.

        A word highlighted inside a highlighted passage is what the reader points at."""
        upto = bisect_right(self._starts, position)
        found = [(e - s, d) for s, e, d in self.spans[:upto] if s <= position < e]
        return [d for _, d in sorted(found, key=lambda f: f[0])]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            self._show_tip(event.pos(), event.globalPos())
            return True
        return super().eventFilter(watched, event)

    def sentence_at_cursor(self) -> int | None:
        """The index of the sentence holding the text cursor (where the reader clicked or
        moved the caret); on the blank between two, the sentence after it (the last at the
        end). None in shown furniture or other text no sentence holds: a caret in a
        "READ MORE" line picks nothing rather than the story after it."""
        position = self.textCursor().position()
        if any(start <= position < end for start, end in self.rendered.furniture):
            return None
        shown = self.toPlainText()
        ordered = sorted((start, end, index) for index, (start, end) in self._sentences.items())
        for start, end, index in ordered:
            if start <= position <= end:
                return index
            if start > position:
                return index if not shown[position:start].strip() else None
        if ordered and not shown[ordered[-1][1] : position].strip():
            return ordered[-1][2]
        return None

    def caret(self) -> tuple[int, int] | None:
        """Where the caret is, as (sentence index, characters from its start): a place
        that holds whether or not furniture is shown. On the blank before a sentence the
        count is negative. None outside every sentence."""
        index = self.sentence_at_cursor()
        if index is None:
            return None
        return index, self.textCursor().position() - self._sentences[index][0]

    def put_caret(self, sentence: int, into: int) -> bool:
        """Put the caret ``into`` characters from the start of ``sentence``; False if
        there is no such sentence."""
        span = self._sentences.get(sentence)
        if span is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(min(max(span[0] + into, 0), self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Right-clicking a sentence picks it, as a left click would.
        if not self.textCursor().hasSelection():
            self.setTextCursor(self.cursorForPosition(event.pos()))
        self.focused.emit()
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            found = self._show_tip(event.position().toPoint(), event.globalPosition().toPoint())
            if found:
                self.difference_clicked.emit(found[0])

    def _show_tip(self, pos: QPoint, global_pos: QPoint) -> list[Difference]:
        found = self.differences_at(self.cursorForPosition(pos).position())
        if not found:
            QToolTip.hideText()
            return found
        text = "<hr>".join(palette.describe(d, self.names) for d in found)
        QToolTip.showText(global_pos, text, self.viewport())
        return found


def _merge(cursor: QTextCursor, start: int, end: int, fmt: object) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)  # type: ignore[arg-type]


def date_text(day: date) -> str:
    """A date as the columns show it: "13 Nov 2017"."""
    return f"{day.day} {day.strftime('%b %Y')}"
