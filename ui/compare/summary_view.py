"""The Summary tab: the key differences of a comparison, best first, and the minor switch.

The window opens on it. Each line is the engine's one-line explanation of a key difference
(``Comparison.key_differences``, ranked once by the engine); picking one emits its first
finding, for the window to show in its column (a headline line points at no finding: it
emits the articles whose headlines differ, for the window to mark them), then the key
difference itself, for the window to mark its other findings (with three reports or more,
one referent named three ways spans every column) and to remember what was picked. The
tooltips are escaped: Qt reads a tooltip that looks like markup as rich text. Reports of
several events are named first, in the Events tab's calm line and colour. The
"Show minor findings" switch, off by default, says whether the columns also highlight the
findings the engine marked ``minor``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from comparer.key_differences import narrowed
from comparer.model import Comparison, Difference, KeyDifference
from ui.compare import palette
from ui.compare.events_view import summary
from ui.plain_text import plain_label, tooltip

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SummaryView(QWidget):
    """Key differences as a numbered list; ``difference_chosen(Difference)`` on a pick (or
    ``headlines_chosen(keys)``), then ``key_chosen(KeyDifference)``; ``show_minor_changed(bool)``
    when the switch flips."""

    difference_chosen = Signal(object)
    key_chosen = Signal(object)
    # The headlines line was picked: the keys of the articles whose headlines differ.
    headlines_chosen = Signal(tuple)
    show_minor_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.events_warning = plain_label(parent=self)
        self.events_warning.setWordWrap(True)
        self.heading = QLabel("Key differences", self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel("No key differences found", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minor = QCheckBox("Show minor findings", self)
        self.minor.setToolTip("Also highlight the findings ranked minor (tone words, plain swaps)")
        layout = QVBoxLayout(self)
        layout.addWidget(self.events_warning)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.minor)
        self.list.itemActivated.connect(self._emit)
        self.list.itemClicked.connect(self._emit)
        self.minor.toggled.connect(self.show_minor_changed)
        self.set_comparison(None)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the key differences of ``comparison`` (``None`` empties the list)."""
        self.comparison = comparison
        self.list.clear()
        keys = comparison.key_differences if comparison is not None else ()
        for rank, key in enumerate(keys, start=1):
            # Plain text items: the explanation quotes article text, never read as markup.
            item = QListWidgetItem(f"{rank}. {key.explanation}")
            item.setData(KEY_ROLE, key)
            item.setToolTip(tooltip(key.explanation))
            self.list.addItem(item)
        self.list.setVisible(bool(keys))
        self.empty.setVisible(not keys)
        self._warn_of_events()

    def _warn_of_events(self) -> None:
        # Figures and wording compare only within an event: say so before the list.
        compared = self.comparison
        events = compared.events if compared is not None else ()
        if len(events) > 1 and compared is not None:
            texts = [c.article.text for c in compared.articles]
            line = summary(events, len(compared.articles), texts=texts)
            self.events_warning.setText(f"{line} (see the Events tab).")
        self.events_warning.setVisible(len(events) > 1)
        look = QPalette(self.events_warning.palette())
        dark = palette.is_dark(self.palette())
        look.setColor(QPalette.ColorRole.WindowText, palette.warning_colour(dark))
        self.events_warning.setPalette(look)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._warn_of_events()

    def lines(self) -> list[str]:
        """The listed lines, in order."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def choose(self, row: int) -> None:
        """Pick the key difference on ``row``, as a click does."""
        self._emit(self.list.item(row))

    def row_of(self, explanation: str) -> int | None:
        """The row of the key difference explained by ``explanation``, if listed."""
        keys = self.comparison.key_differences if self.comparison is not None else ()
        return next((n for n, k in enumerate(keys) if k.explanation == explanation), None)

    def _emit(self, item: QListWidgetItem | None) -> None:
        key: KeyDifference | None = item.data(KEY_ROLE) if item is not None else None
        if key is None or self.comparison is None:
            return
        self.list.setCurrentItem(item)
        if not key.differences:
            self.headlines_chosen.emit(key.articles)
        else:
            first: Difference = self.comparison.differences[key.differences[0]]
            self.difference_chosen.emit(first)
        self.key_chosen.emit(key)


def without_minor(comparison: Comparison) -> Comparison:
    """``comparison`` with its minor findings left out (what the columns show by default)."""
    return narrowed(comparison, lambda d: not d.minor)
