"""The read-only tables of the comparison tabs (differences, figures, events), made one way.

Each is a view over its own model: one row (or cell) chosen at a time, nothing editable, no
row numbers, columns the reader can widen and the last one filling the width. Column
sizing reads a sample of :data:`SIZING_ROWS` rows, not every row. :class:`FittedColumns`
keeps a table of long texts inside its width (no sideways scrolling on a small screen).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex
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


def share_width(wanted: list[int], room: int, floor: int = 40) -> list[int]:
    """Widths for columns wanting ``wanted`` pixels in ``room``: what each wants when all
    fit, else the widest cut down to one common width (never under ``floor``) while the
    narrow ones keep theirs."""
    if sum(wanted) <= room:
        return list(wanted)
    left, cap = room, 0
    for done, width in enumerate(sorted(wanted)):
        still = len(wanted) - done
        if width * still > left:
            cap = left // still
            break
        left -= width
    return [min(width, max(cap, floor)) for width in wanted]


class FittedColumns(QObject):
    """Keeps every column of a table on screen: the ``stretched`` columns (long texts,
    elided; their tooltips show them whole) share what the others leave, at least
    ``floor`` pixels each, and the others are narrowed, widest first, when the table is
    too narrow for what they want.

    A column the reader resized keeps the reader's width from then on, over its contents'
    (a later fit, the window resized or new contents, leaves it be): the other columns
    share what it leaves, and the table scrolls sideways if the reader took too much."""

    def __init__(self, table: QTableView, stretched: tuple[int, ...], floor: int) -> None:
        super().__init__(table)
        self.table, self.stretched, self.floor = table, stretched, floor
        self.wanted: dict[int, int] = {}
        self.chosen: dict[int, int] = {}  # the widths the reader gave columns by hand
        self._fitting = False
        header = table.horizontalHeader()
        for column in stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def want(self, widths: dict[int, int]) -> None:
        """The widths the other columns would like (their contents'), then fit them."""
        self.wanted.update(widths)
        self.fit()

    def fit(self) -> None:
        """Narrow the other columns so the stretched ones keep their floor in this width."""
        columns = [column for column in sorted(self.wanted) if column not in self.chosen]
        room = self.table.viewport().width() - len(self.stretched) * self.floor
        room -= sum(self.chosen.values())
        widths = share_width([self.wanted[column] for column in columns], room)
        self._fitting = True
        try:
            for column, width in [*zip(columns, widths, strict=True), *self.chosen.items()]:
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        last = header.stretchLastSection() and column == header.logicalIndex(header.count() - 1)
        if not self._fitting and column in self.wanted and not last:
            self.chosen[column] = new  # the reader's hand: Qt's own stretching is excluded

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
