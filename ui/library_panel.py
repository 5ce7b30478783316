"""The library sidebar: every article with title, outlet and date, an instant filter that
also searches the full text, multi-select, and dragging articles out into the comparison.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from comparer.errors import ComparerError
from comparer.storage import Library
from ui.library_model import ID_ROLE, LibraryFilter, LibraryModel
from ui.plain_text import plain_label

SEARCH_DELAY_MS = 150


class LibraryPanel(QWidget):
    """Sidebar listing the library; emits the ids the user selects or opens."""

    selection_changed = Signal(list)
    open_requested = Signal(list)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.model = LibraryModel()
        self.proxy = LibraryFilter()
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(placeholderText="Filter titles, or search the text…")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = self._build_table()
        self.count_label = plain_label()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._search_timer.start)
        self._layout()
        self.refresh()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.doubleClicked.connect(lambda _index: self.open_requested.emit(self.selected_ids()))
        return table

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def refresh(self) -> None:
        """Reload the article list from the library, keeping the filter."""
        self.model.set_articles(self._library.list())
        self._apply_filter()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.proxy.data(index, ID_ROLE)) for index in rows]

    def select_ids(self, ids: list[int]) -> None:
        wanted = set(ids)
        selection = QItemSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) in wanted:
                last = self.proxy.index(row, self.proxy.columnCount() - 1)
                selection.select(index, last)
        flags = self.table.selectionModel().SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    def _apply_filter(self) -> None:
        text = self.filter_edit.text().strip()
        snippets = self._search(text) if len(text) >= 3 else {}
        self.model.set_snippets(snippets)
        self.proxy.set_query(text, set(snippets))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            f"{total} articles" if shown == total else f"{shown} of {total} articles"
        )

    def _search(self, text: str) -> dict[int, str]:
        try:
            return {hit.article_id: hit.snippet for hit in self._library.search(text, limit=200)}
        except ComparerError:
            return {}

    def _on_selection(self, *_args: object) -> None:
        self.selection_changed.emit(self.selected_ids())
