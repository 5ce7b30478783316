"""The differences panel: every difference of a comparison in a sortable, filterable table.

:class:`DifferencesModel` lists the engine's differences (kind, type, article, text,
counterpart) in reading order with the reviewer's verdict; :class:`DifferencesFilter` narrows
them to one kind, one article and/or one review state, and leaves out the findings the engine
ranked minor until the Summary tab's switch shows them; :class:`DifferencesPanel` puts the
table under the filter boxes, announces the
difference the user picks and walks through them for keyboard navigation. The panel knows
nothing of the columns: whoever embeds it connects :attr:`DifferencesPanel.difference_chosen`
to :meth:`ComparisonView.show_difference`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from comparer.model import Comparison, Difference, Kind
from comparer.quoting import quoted
from ui.compare import palette
from ui.compare.review import FILTER_LABELS, NO_MARKS, WIDEST_REVIEW, ReviewMarks
from ui.compare.table import SIZING_ROWS, FittedColumns, Index, findings_table
from ui.plain_text import tooltip

COLUMNS = ("Kind", "Review", "Type", "Article", "Text", "Counterpart")
REVIEW_COLUMN, TYPE_COLUMN, ARTICLE_COLUMN, TEXT_COLUMN, COUNTERPART_COLUMN = 1, 2, 3, 4, 5
DIFFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
# Whole sentences would push the counterpart column off screen: the Text and Counterpart
# columns share the width the others leave, their cells elided (tooltips show them whole).
MAX_COLUMN_WIDTH = 360
TEXT_FLOOR = "a sentence shown"
"""The least of a sentence the Text and Counterpart columns show on a narrow window."""


class DifferencesModel(QAbstractTableModel):
    """One row per difference, in article order then text order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Difference] = []
        self.names: dict[str, str] = {}
        self.dark = False
        self.marks = NO_MARKS

    def set_comparison(self, comparison: Comparison | None, dark: bool = False) -> None:
        """Show the differences of ``comparison`` (``None`` empties the table)."""
        self.beginResetModel()
        self.dark = dark
        articles = comparison.articles if comparison else ()
        self.names = {c.key: palette.article_name(c.article) for c in articles}
        order = {c.key: i for i, c in enumerate(articles)}
        found = comparison.differences if comparison else ()
        self.rows = sorted(found, key=lambda d: (order.get(d.article, len(order)), d.start))
        self.endResetModel()

    def set_marks(self, marks: ReviewMarks) -> None:
        """Show the reviewer's states, notes and bookmarks in the Review column."""
        self.marks = marks
        if self.rows:
            first = self.index(0, REVIEW_COLUMN)
            last = self.index(len(self.rows) - 1, REVIEW_COLUMN)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    def set_dark(self, dark: bool) -> None:
        """Pick the kind colours shown in the first column for a dark or light theme."""
        self.dark = dark
        if self.rows:
            last = self.index(len(self.rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        difference = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(difference, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(difference, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return palette.kind_style(difference.kind).colour(self.dark)
        if role == DIFFERENCE_ROLE:
            return difference
        return None

    def _tip(self, difference: Difference, column: int) -> str:
        given = self.marks.given_by(difference) if column == REVIEW_COLUMN else ""
        if given:
            return tooltip(given)  # the name comes from whoever wrote the session file
        described = palette.describe(difference, self.names)
        if column == TEXT_COLUMN and difference.text:
            # The cell elides a long sentence: its tooltip shows it whole.
            return f"{escape(quoted(_one_line(difference.text)))}<hr>{described}"
        if column == ARTICLE_COLUMN:  # elided on a narrow window: the name whole
            return f"{escape(self._text(difference, column))}<hr>{described}"
        return described

    def _text(self, difference: Difference, column: int) -> str:
        if column == 0:
            return palette.kind_style(difference.kind).label
        if column == REVIEW_COLUMN:
            return self.marks.label(difference)
        if column == 2:
            label = palette.type_label(difference.type)
            return f"{label} (minor)" if difference.minor else label
        if column == ARTICLE_COLUMN:
            name = self.names.get(difference.article, "")
            return palette.keyed_name(difference.article, name)
        if column == TEXT_COLUMN:
            return _one_line(difference.text)
        counterpart = difference.counterpart
        return f"{counterpart.article}: {_one_line(counterpart.text)}" if counterpart else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


class DifferencesFilter(QSortFilterProxyModel):
    """Keeps the rows of one kind, one article and/or one review state (``None`` keeps all);
    minor findings only while ``show_minor`` is on."""

    def __init__(self, model: DifferencesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.differences = model
        self.kind: Kind | None = None
        self.article: str | None = None
        self.state: str | None = None
        self.show_minor = False

    def set_show_minor(self, show: bool) -> None:
        """List the minor findings too, or leave them out (the default)."""
        self.beginFilterChange()
        self.show_minor = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, kind: Kind | None, article: str | None, state: str | None = None) -> None:
        """Keep only differences of ``kind`` found in ``article`` in review ``state``."""
        self.beginFilterChange()
        self.kind, self.article, self.state = kind, article, state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        difference = self.differences.index(row, 0, parent).data(DIFFERENCE_ROLE)
        if not isinstance(difference, Difference):
            return False
        if difference.minor and not self.show_minor:
            return False
        return self.passes_filters(difference)

    def hidden_minor(self) -> int:
        """How many minor findings the switch hides that the other filters would show."""
        if self.show_minor:
            return 0
        return sum(d.minor and self.passes_filters(d) for d in self.differences.rows)

    def passes_filters(self, difference: Difference) -> bool:
        """Whether ``difference`` is of the kind, article and review state asked for."""
        if self.kind is not None and difference.kind != self.kind:
            return False
        if self.state is not None and self.differences.marks.state(difference) != self.state:
            return False
        return self.article is None or difference.article == self.article


class DifferencesPanel(QWidget):
    """The differences table with its filters; picking a row emits the difference."""

    difference_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.model = DifferencesModel(self)
        self.proxy = DifferencesFilter(self.model, self)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem("All kinds", None)
        for kind in Kind:
            self.kind_box.addItem(palette.kind_style(kind).label, kind)
        self.article_box = QComboBox(self)
        self.state_box = QComboBox(self)
        self.state_box.addItem("All states", None)
        for state, label in FILTER_LABELS.items():
            self.state_box.addItem(label, state)
        self.hidden = QLabel(self)
        self.hidden.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._make_table()
        floor = self.table.fontMetrics().horizontalAdvance(TEXT_FLOOR) + 12
        self.fitted = FittedColumns(self.table, (TEXT_COLUMN, COUNTERPART_COLUMN), floor)
        self._lay_out()
        for box in (self.kind_box, self.article_box, self.state_box):
            box.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._emit_row)

    def _make_table(self) -> QTableView:
        table = findings_table(self, self.proxy, QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.kind_box)
        filters.addWidget(self.article_box)
        filters.addWidget(self.state_box)
        filters.addStretch(1)
        filters.addWidget(self.hidden)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the differences of ``comparison`` and offer its articles as filters."""
        self.model.set_comparison(comparison, palette.is_dark(self.palette()))
        self.article_box.blockSignals(True)
        self.article_box.clear()
        self.article_box.addItem("All articles", None)
        for compared in comparison.articles if comparison else ():
            name = self.model.names.get(compared.key, "")
            self.article_box.addItem(palette.keyed_name(compared.key, name), compared.key)
        self.article_box.blockSignals(False)
        self._filter()
        self._count_hidden()
        self.fitted.want({column: self._content_width(column) for column in range(TEXT_COLUMN)})

    def _content_width(self, column: int) -> int:
        if column == REVIEW_COLUMN:
            # Verdicts arrive after the table is sized: leave room for the longest one.
            return self.table.fontMetrics().horizontalAdvance(WIDEST_REVIEW) + 24
        header = self.table.horizontalHeader().sectionSizeHint(column)
        return min(max(self.table.sizeHintForColumn(column), header), MAX_COLUMN_WIDTH)

    def set_show_minor(self, show: bool) -> None:
        """List the findings ranked minor too (the Summary tab's switch), or leave them out."""
        self.proxy.set_show_minor(show)
        self._count_hidden()
        self.fitted.want({TYPE_COLUMN: self._content_width(TYPE_COLUMN)})  # room for "(minor)"

    def _count_hidden(self) -> None:
        hidden = self.proxy.hidden_minor()  # of the rows the kind, article and state filters keep
        self.hidden.setText(f"{hidden} minor hidden (Summary: Show minor findings)")
        self.hidden.setVisible(hidden > 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_dark(palette.is_dark(self.palette()))

    def set_filter(
        self, kind: Kind | None = None, article: str | None = None, state: str | None = None
    ) -> None:
        """Show only ``kind``, ``article`` and/or review ``state`` (the filter boxes follow)."""
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))
        self.article_box.setCurrentIndex(max(self.article_box.findData(article), 0))
        self.state_box.setCurrentIndex(max(self.state_box.findData(state), 0))

    def filters(self) -> tuple[Kind | None, str | None, str | None]:
        """The kind, article and review state shown (``None``: all)."""
        return (self.proxy.kind, self.proxy.article, self.proxy.state)

    def set_marks(self, marks: ReviewMarks) -> None:
        """Show the reviewer's verdicts; a state filter is applied again to the new states."""
        self.model.set_marks(marks)
        if self.proxy.state is not None:
            self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(
            self.kind_box.currentData(),
            self.article_box.currentData(),
            self.state_box.currentData(),
        )
        self._count_hidden()

    def current_difference(self) -> Difference | None:
        """The difference of the selected row, if any."""
        value = self.table.currentIndex().data(DIFFERENCE_ROLE)
        return value if isinstance(value, Difference) else None

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._emit_row(current)

    def _emit_row(self, index: QModelIndex) -> None:
        value = index.data(DIFFERENCE_ROLE)
        if isinstance(value, Difference) and not self._quiet:
            self.difference_chosen.emit(value)

    def select_row(self, row: int) -> Difference | None:
        """Select visible row ``row`` (which emits its difference) and return it."""
        if not 0 <= row < self.proxy.rowCount():
            return None
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        value = index.data(DIFFERENCE_ROLE)
        return value if isinstance(value, Difference) else None

    def select_difference(self, difference: Difference) -> None:
        """Select ``difference``'s row without announcing it (the view already shows it);
        when the filters hide it, no row stays selected, lest a verdict go to another."""
        rows = range(self.proxy.rowCount())
        found = [r for r in rows if self.proxy.index(r, 0).data(DIFFERENCE_ROLE) == difference]
        self._quiet = True
        try:
            if found:
                self.select_row(found[0])
            else:
                self.select_none()
        finally:
            self._quiet = False

    def select_none(self) -> None:
        """Leave no row selected (the reader picked something that is no finding, the
        headlines line), lest a verdict or a note go to the row picked before."""
        self.table.setCurrentIndex(QModelIndex())
        self.table.clearSelection()

    def next_difference(self) -> Difference | None:
        """Go to the next visible row, wrapping round at the end."""
        return self._step(1, None)

    def previous_difference(self) -> Difference | None:
        """Go to the previous visible row, wrapping round at the start."""
        return self._step(-1, None)

    def next_of_same_kind(self) -> Difference | None:
        """Go to the next visible row of the current row's kind (the first row if none)."""
        current = self.current_difference()
        return self._step(1, current.kind if current else None)

    def previous_of_same_kind(self) -> Difference | None:
        """Go to the previous visible row of the current row's kind (the last row if none)."""
        current = self.current_difference()
        return self._step(-1, current.kind if current else None)

    def _step(self, step: int, kind: Kind | None) -> Difference | None:
        count = self.proxy.rowCount()
        if count == 0:
            return None
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        start = current if current >= 0 else (-1 if step > 0 else count)
        for offset in range(1, count + 1):
            row = (start + step * offset) % count
            value = self.proxy.index(row, 0).data(DIFFERENCE_ROLE)
            if kind is None or (isinstance(value, Difference) and value.kind == kind):
                return self.select_row(row)
        return None
