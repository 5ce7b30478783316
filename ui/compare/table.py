"""The read-only tables of the comparison tabs (differences, figures, events), made one way.

Each is a view over its own model: one row (or cell) chosen at a time, nothing editable, no
row numbers, columns the reader can widen and the last one filling the width. Column
sizing reads a sample of :data:`SIZING_ROWS` rows, not every row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
"""Either kind of index Qt hands a model's methods."""

SIZING_ROWS = 200
"""Rows read to size a column: thousands would stall the window; a sample is enough."""


def findings_table(
    parent: QWidget, model: QAbstractItemModel, select: QAbstractItemView.SelectionBehavior
) -> QTableView:
    """A read-only table over ``model`` where the reader picks one item of ``select``."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(select)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other pane
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table
