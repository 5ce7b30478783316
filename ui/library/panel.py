"""The library sidebar: every article with title, outlet and date, an instant filter that
also searches the full text, multi-select, and dragging articles out into the comparison.

The list is read from SQL a page at a time (:mod:`ui.library.model`), so sorting,
filtering and refreshing cost the same with five articles or 100,000.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from comparer.storage import Library
from comparer.storage.listing import Listing
from ui.library.corrections import correction_of
from ui.library.model import ID_ROLE, LibraryModel
from ui.plain_text import plain_label
from ui.settings import LIBRARY_COLUMNS, settings

SEARCH_DELAY_MS = 150


class LibraryPanel(QWidget):
    """Sidebar listing the library; emits the ids the user selects or opens."""

    selection_changed = Signal(list)
    open_requested = Signal(list)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        # True while a refresh puts the selection back: the same articles selected again
        # are no new choice (the article read alone would be shown afresh, at its top).
        self._quiet = False
        self.model = LibraryModel(Listing(library))
        self.model.corrections = lambda article_id: correction_of(library, article_id)
        self.filter_edit = QLineEdit(placeholderText="Filter titles, or search the text…")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = self._build_table()
        self.count_label = plain_label()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._search_timer.start)
        self.filter_edit.installEventFilter(self)
        self.model.rowsInserted.connect(lambda *_: self._show_count())  # counted further
        self.model.modelReset.connect(self._show_count)  # read again (rows removed)
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self._keep_columns())
        self._layout()
        self.refresh()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Tab moves on to the comparison (a table walks its cells on Tab: a keyboard trap).
        table.setTabKeyNavigation(False)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        _size_columns(table)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.doubleClicked.connect(lambda _index: self.open_requested.emit(self.selected_ids()))
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Down arrow in the filter box goes on into the list."""
        is_key = watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
        if is_key and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self._enter_list()
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def refresh(self) -> None:
        """Reload the article list from the library, keeping the filter, the order, the
        selection and how far the list was scrolled."""
        selected, scroll = self.selected_ids(), self.table.verticalScrollBar().value()
        self._quiet = True
        try:
            self.model.reload()
            self._show_count()
            if selected:
                self.select_ids(selected)
        finally:
            self._quiet = False
        self.table.verticalScrollBar().setValue(scroll)
        if self.selected_ids() != selected:  # some were removed meanwhile
            self._on_selection()

    def add_arrivals(self) -> None:
        """Show the articles imported since the last look, without reloading the list."""
        self.model.add_arrivals()
        self._show_count()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        found = (self.model.data(index, ID_ROLE) for index in rows)
        return [int(i) for i in found if i is not None]  # None: removed meanwhile

    def select_ids(self, ids: list[int]) -> None:
        selection = QItemSelection()
        for row in self.model.rows_of(ids).values():
            last = self.model.index(row, self.model.columnCount() - 1)
            selection.select(self.model.index(row, 0), last)
        flags = self.table.selectionModel().SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    def _apply_filter(self) -> None:
        text = self.filter_edit.text().strip()
        self.model.set_filter(text.split(), text if len(text) >= 3 else "")
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        articles = "article" if total == 1 else "articles"
        if not self.model.complete:  # counted only this far, so far
            self.count_label.setText(f"{shown}+ of {total} {articles}")
        elif shown == total:
            self.count_label.setText(f"{total} {articles}")
        else:
            self.count_label.setText(f"{shown} of {total} {articles}")

    def _keep_columns(self) -> None:
        settings().setValue(LIBRARY_COLUMNS, self.table.horizontalHeader().saveState())

    def _on_selection(self, *_args: object) -> None:
        if not self._quiet:
            self.selection_changed.emit(self.selected_ids())


def _size_columns(table: QTableView) -> None:
    """Title takes what is left; outlet and date get room for their usual text.

    Sized from the font once rather than to contents, which would read thousands of rows
    from SQL. A layout the user made (widths dragged, columns moved) comes back instead.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(48)
    metrics = table.fontMetrics()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # Outlet and date are kept tight so the title, what a reader scans, has half the
    # sidebar; a longer outlet is elided and shown whole in the row's tooltip.
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, metrics.horizontalAdvance("Fort Russ News") + 12)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(2, metrics.horizontalAdvance("0000-00-00") + 12)
    kept = settings().value(LIBRARY_COLUMNS)
    if isinstance(kept, QByteArray) and header.restoreState(kept):
        for column in range(header.count()):
            header.showSection(column)  # never come back with a column lost
