"""The numbers table: each counted thing, and the figure every report gives for it.

:class:`NumbersModel` turns the engine's :attr:`~comparer.model.Comparison.numbers` into a
grid — one row per counted thing (what was counted and how it ended: "civilians killed"),
one column per report — holding each figure as the report wrote it. Rows whose figures the
engine found to disagree carry a ``≠`` and a tint, vague figures ("scores of") are italic, and
every cell's tooltip gives the interval the words stand for. Figures of background sentences
(a past attack's toll) come last, under a "Background" heading row, greyed: listed so the
reader sees them, never compared. :class:`NumbersView` shows the table and announces the
figure picked, so the window can scroll its column there.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from comparer.model import Comparison, Figure, NumberRow
from ui.compare import palette
from ui.compare.table import SIZING_ROWS, Index, findings_table
from ui.plain_text import tooltip

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 2
# Six reports must fit side by side; a cell of several figures elides (its tooltip has all).
MAX_COLUMN_WIDTH = 220
_Role = Qt.ItemDataRole
BACKGROUND_HEADING = "Background: figures of other times, not compared"


def amount(value: float) -> str:
    """A bound written for people: ``10``, ``1,500``, ``2.5``."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def interval_text(figure: Figure) -> str:
    """What ``figure`` stands for, in words: "at least 10", "between 40 and 200"."""
    low, high = figure.low, figure.high
    if low is not None and high is not None:
        found = f"exactly {amount(low)}" if low == high else f"between {amount(low)} and "
        found += "" if low == high else amount(high)
    elif low is not None:
        found = f"at least {amount(low)}"
    elif high is not None:
        found = f"at most {amount(high)}"
    else:
        found = "an unknown amount"
    return f"{found} (vague wording)" if figure.vague else found


def row_label(row: NumberRow, with_event: bool) -> str:
    """The words heading a row: what was counted, how it ended, and the event if needed."""
    label = " ".join(part for part in (row.thing, row.outcome) if part) or "figure"
    if with_event and row.event:
        label += f" · {row.event}"
    return f"{palette.CONFLICT_MARK} {label}" if row.conflict else label


class NumbersModel(QAbstractTableModel):
    """Rows of counted things, a first column naming them, then one column per article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[NumberRow] = []
        self.heading: int | None = None  # the row of the "Background" heading, if any
        self.keys: list[str] = []
        self.names: dict[str, str] = {}
        self.several_events = False
        self.dark = False

    def set_comparison(self, comparison: Comparison | None, dark: bool = False) -> None:
        """Show the figures of ``comparison`` (``None`` empties the table)."""
        self.beginResetModel()
        self.dark = dark
        articles = comparison.articles if comparison else ()
        self.keys = [c.key for c in articles]
        self.names = {c.key: palette.article_name(c.article) for c in articles}
        numbers = list(comparison.numbers) if comparison else []
        current = [row for row in numbers if not row.background]
        self.rows = current + [row for row in numbers if row.background]
        self.heading = len(current) if len(current) < len(self.rows) else None
        events = len(comparison.events) if comparison else 0
        self.several_events = max(events, len({row.event for row in self.rows})) > 1
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        """Pick the conflict tint for a dark or light theme."""
        self.dark = dark
        if self.rows:
            last = self.index(self.rowCount() - 1, len(self.keys))
            self.dataChanged.emit(
                self.index(0, 0), last, [_Role.BackgroundRole, _Role.ForegroundRole]
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (self.heading is not None)

    def row_at(self, position: int) -> NumberRow | None:
        """The counted thing shown at table row ``position`` (``None`` for the heading)."""
        if position == self.heading or not 0 <= position < self.rowCount():
            return None
        return self.rows[position - (self.heading is not None and position > self.heading)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.row() == self.heading:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self.keys):
            return None
        if role == _Role.DisplayRole:
            return "Counted" if section == 0 else self._header(self.keys[section - 1])
        if role == _Role.ToolTipRole and section > 0:
            return tooltip(f"Figures as report {self._header(self.keys[section - 1])} writes them")
        return None

    def _header(self, key: str) -> str:
        name = self.names.get(key, "")
        return palette.keyed_name(key, name)

    def figures(self, index: Index) -> list[Figure]:
        """The figures shown in cell ``index`` (none in the first column)."""
        row = self.row_at(index.row()) if index.isValid() and index.column() > 0 else None
        if row is None:
            return []
        key = self.keys[index.column() - 1]
        return [f for f in row.figures if f.article == key]

    def data(self, index: Index, role: int = _Role.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if row is None:
            return _heading_data(index.column(), role)
        if row.background and role == _Role.ForegroundRole:
            return palette.absent_colour(self.dark)
        if index.column() == 0:
            return self._label_data(row, role)
        return self._figure_data(row, self.figures(index), role)

    def _label_data(self, row: NumberRow, role: int) -> object:
        if role == _Role.DisplayRole:
            return row_label(row, self.several_events)
        if role == _Role.ToolTipRole and row.background:
            return "Said of another time (a past incident, an earlier year): not compared"
        if role == _Role.ToolTipRole and row.conflict:
            return "The reports' figures for this disagree"
        if role == _Role.BackgroundRole and row.conflict:
            return palette.conflict_background(self.dark)
        return None

    def _figure_data(self, row: NumberRow, figures: list[Figure], role: int) -> object:
        if role == _Role.DisplayRole:
            return "; ".join(" ".join(f.text.split()) for f in figures) if figures else "—"
        if role == _Role.ToolTipRole:
            found = [f"“{f.text}”: {interval_text(f)}" for f in figures]
            return tooltip("\n".join(found) if found else "This report gives no figure")
        if role == _Role.FontRole and figures and all(f.vague for f in figures):
            italic = QFont()
            italic.setItalic(True)
            return italic
        if role == _Role.BackgroundRole and row.conflict:
            return palette.conflict_background(self.dark)
        if role == _Role.ForegroundRole and not figures:
            return palette.absent_colour(self.dark)
        if role == FIGURE_ROLE:
            return figures[0] if figures else None
        return None


def _heading_data(column: int, role: int) -> object:
    if role == _Role.DisplayRole:
        return BACKGROUND_HEADING if column == 0 else ""
    if role == _Role.FontRole:
        bold = QFont()
        bold.setBold(True)
        return bold
    return None


class NumbersView(QWidget):
    """The numbers table; picking a figure emits ``figure_chosen(article, start, end)``."""

    figure_chosen = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NumbersModel(self)
        self.empty = QLabel("No figures to compare", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._shown: tuple[int, int, int] | None = None
        self.table.selectionModel().currentChanged.connect(self._emit_cell)
        # Like the differences panel: moving emits; Enter or a double click emits again,
        # going on to the cell's next figure when a report gives several.
        self.table.activated.connect(self._emit_next)
        self._show_empty()

    def _make_table(self) -> QTableView:
        table = findings_table(self, self.model, QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        return table

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show the figures of ``comparison``."""
        self.model.set_comparison(comparison, palette.is_dark(self.palette()))
        self.table.clearSpans()
        if self.model.heading is not None:  # the heading reads across the whole table
            self.table.setSpan(self.model.heading, 0, 1, self.model.columnCount())
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))
        self._show_empty()

    def _show_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_dark(palette.is_dark(self.palette()))

    def select_figure(self, row: int, column: int) -> Figure | None:
        """Make cell ``(row, column)`` current (which emits its figure) and return it."""
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        value = index.data(FIGURE_ROLE)
        return value if isinstance(value, Figure) else None

    def _emit_cell(self, index: QModelIndex) -> None:
        self._emit_figure(index, 0)

    def _emit_next(self, index: QModelIndex) -> None:
        shown = self._shown
        same = shown is not None and shown[:2] == (index.row(), index.column())
        self._emit_figure(index, shown[2] + 1 if same and shown is not None else 0)

    def _emit_figure(self, index: QModelIndex, which: int) -> None:
        figures = self.model.figures(index)
        if not figures:
            return
        which %= len(figures)
        self._shown = (index.row(), index.column(), which)
        chosen = figures[which]
        self.figure_chosen.emit(chosen.article, chosen.start, chosen.end)
