"""The find bar: search every column of the comparison view at once (Ctrl+F).

Typing marks every match in every column and counts them ("3 of 12"); Enter, F3 and the
arrows walk through the matches in column order, scrolling the current one into view (the
other columns follow, as they do for any scroll). Matches are laid over the text as an
extra-selection layer of :class:`ArticleText`, so the difference highlights underneath stay
as they are and come back whole when the bar closes. The search ignores case, lets a space
match any run of white space and a straight quote match a curly one, because reports copy
text with typographic quotes a journalist will not type.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ui.compare.column import CURRENT_MATCH, MATCH, ArticleText
from ui.compare.view import ComparisonView

Match = tuple[str, int, int]
# Past this many matches the query is too common to be worth marking everywhere.
MAX_MATCHES = 5000
_QUOTES = {
    "'": "['‘’]",
    "‘": "['‘’]",
    "’": "['‘’]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
}


def search_pattern(query: str) -> re.Pattern[str] | None:
    """The regular expression a query stands for (``None`` for a blank query)."""
    words = query.split()
    if not words:
        return None
    parts = ["".join(_QUOTES.get(ch, re.escape(ch)) for ch in word) for word in words]
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def find_in(text: ArticleText, pattern: re.Pattern[str], limit: int) -> list[tuple[int, int]]:
    """Document ranges of up to ``limit`` matches of ``pattern`` in what ``text`` shows."""
    rendered = text.rendered
    found: list[tuple[int, int]] = []
    for match in pattern.finditer(rendered.text):
        if len(found) >= limit:
            break
        found.append((rendered.doc_position(match.start()), rendered.doc_position(match.end())))
    return found


class FindBar(QWidget):
    """A search line with a match count and next/previous buttons over a comparison view."""

    def __init__(self, view: ComparisonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._matches: list[Match] = []
        self._current = -1
        self._open = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in all reports")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0000 of 0000+"))
        self._make_actions()
        self._lay_out()
        self.edit.textChanged.connect(self._search)
        view.rendered.connect(self._refresh)
        self.hide()

    def _make_actions(self) -> None:
        self.open_action = self._action(
            "&Find in Reports…", QKeySequence.StandardKey.Find, self.open
        )
        # Opened from anywhere in the window (the library, the tabs below), not only from a
        # column; the window's menu offers it, enabled while a comparison is on screen.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_action = self._action(
            "Next match", QKeySequence.StandardKey.FindNext, self.find_next
        )
        self.previous_action = self._action(
            "Previous match", QKeySequence.StandardKey.FindPrevious, self.find_previous
        )
        # Escape belongs to the bar alone: in the columns it may mean something else.
        self.close_action = QAction("Close find bar", self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

    def _action(self, text: str, keys: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        # Active while the focus is in the view or in the bar, not window-wide.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        self.addAction(action)
        return action

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for text, tip, slot in (
            ("▲", "Previous match (Shift+Enter)", self.find_previous),
            ("▼", "Next match (Enter)", self.find_next),
            ("✕", "Close (Esc)", self.close),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)

    def open(self) -> None:
        """Show the bar with the focus in its search line (searching again if it has text)."""
        self._open = True
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._search()

    def matches(self) -> list[Match]:
        """Every match as ``(article key, start, end)`` in document positions of its column."""
        return list(self._matches)

    def current(self) -> Match | None:
        """The match the bar is on, if any."""
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def find_next(self) -> Match | None:
        """Go to the next match, wrapping round after the last column's last."""
        return self._step(1)

    def find_previous(self) -> Match | None:
        """Go to the previous match, wrapping round before the first."""
        return self._step(-1)

    def _step(self, step: int) -> Match | None:
        if not self._open:
            self.open()
            return self.current()
        if not self._matches:
            return None
        self._go((self._current + step) % len(self._matches))
        return self.current()

    def _refresh(self) -> None:
        # The columns were filled again (furniture toggled, new comparison): old positions lie.
        if self._open:
            self._search()

    def _search(self) -> None:
        pattern = search_pattern(self.edit.text())
        self._matches = []
        left = MAX_MATCHES
        for pane in self.view.panes:
            found = find_in(pane.text, pattern, left) if pattern is not None and left else []
            pane.text.set_layers({MATCH: found, CURRENT_MATCH: []})
            self._matches += [(pane.key, start, end) for start, end in found]
            left -= len(found)
        self._current = -1
        if self._matches:
            self._go(self._first_visible())
        self._show_count()

    def _first_visible(self) -> int:
        """The first match already on screen, so typing does not throw the reader away."""
        texts = self.view.texts
        for at, (key, start, end) in enumerate(self._matches):
            if texts[key].is_visible(start, end):
                return at
        return 0

    def _go(self, at: int) -> None:
        self._current = at
        key, start, end = self._matches[at]
        for pane in self.view.panes:
            wanted = [(start, end)] if pane.key == key else []
            # Re-laying a column's marks costs a pass over all its matches: skip unchanged ones.
            if pane.text.layer(CURRENT_MATCH) != wanted:
                pane.text.set_layer(CURRENT_MATCH, wanted)
        text = self.view.texts[key]
        if not text.is_visible(start, end):
            text.scroll_to_position(start, end)
            self.view.follow(text)
        self._show_count()

    def _show_count(self) -> None:
        total = len(self._matches)
        more = "+" if total >= MAX_MATCHES else ""
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText("No matches")
        else:
            self.count.setText(f"{self._current + 1} of {total}{more}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._open = False
        for pane in self.view.panes:
            pane.text.set_layers({MATCH: [], CURRENT_MATCH: []})
        self._matches = []
        self._current = -1
