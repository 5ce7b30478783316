"""The events list: which real-world events the compared reports cover, and who covers each.

The engine groups the reports into :class:`~comparer.model.Event` records (date, places,
reports). One event is the normal case and the list just confirms it; several events mean
the reports are not all about the same thing — figures and wording are then only comparable
within an event — so the view says so in a warning above the table, in words and colour.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from comparer.model import NO_DATE, Comparison, Event
from ui.compare import palette
from ui.compare.column import date_text
from ui.compare.table import Index, findings_table
from ui.plain_text import plain_label, tooltip

COLUMNS = ("Event", "Date", "Places", "Reports")
EVENT_ROLE = Qt.ItemDataRole.UserRole + 3
_Role = Qt.ItemDataRole


def summary(events: int, reports: int) -> str:
    """One line saying how many events the reports cover."""
    if events == 0:
        return "No event could be told apart in these reports"
    if events == 1:
        return f"All {reports} reports cover the same event" if reports > 1 else "One event"
    return f"⚠ These reports cover {events} different events: compare within each event"


class EventsModel(QAbstractTableModel):
    """One row per event: its id, date, places and the reports covering it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
        self.names: dict[str, str] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the events of ``comparison`` (``None`` empties the table)."""
        self.beginResetModel()
        articles = comparison.articles if comparison else ()
        self.names = {c.key: palette.article_name(c.article) for c in articles}
        self.events = list(comparison.events) if comparison else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _Role.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = _Role.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        event = self.events[index.row()]
        if role == _Role.DisplayRole:
            return self._text(event, index.column())
        if role == _Role.ToolTipRole:
            return self._reports(event, long=True)
        if role == EVENT_ROLE:
            return event
        return None

    def _text(self, event: Event, column: int) -> str:
        if column == 0:
            return event.id
        if column == 1:
            return date_text(event.date) if event.date else NO_DATE
        if column == 2:
            return ", ".join(event.places) or "no place"
        return self._reports(event)

    def _reports(self, event: Event, long: bool = False) -> str:
        if not long:
            return ", ".join(event.articles)
        return tooltip("\n".join(f"{key} · {self.names.get(key, '')}" for key in event.articles))


class EventsView(QWidget):
    """A warning line over the events table; picking a row emits ``event_chosen(Event)``."""

    event_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventsModel(self)
        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.table = findings_table(
            self, self.model, QAbstractItemView.SelectionBehavior.SelectRows
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._emit_row)
        self.set_comparison(None)

    def several(self) -> bool:
        """Whether the reports cover more than one event (the case to warn about)."""
        return self.model.rowCount() > 1

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the events of ``comparison`` and say whether they are several."""
        self.model.set_comparison(comparison)
        reports = len(comparison.articles) if comparison else 0
        self.summary.setText(summary(self.model.rowCount(), reports) if comparison else "")
        self.table.resizeColumnsToContents()
        self._colour_summary()

    def _colour_summary(self) -> None:
        look = QPalette(self.summary.palette())
        base = self.palette().color(QPalette.ColorRole.WindowText)
        dark = palette.is_dark(self.palette())
        look.setColor(
            QPalette.ColorRole.WindowText,
            palette.warning_colour(dark) if self.several() else base,
        )
        self.summary.setPalette(look)
        font = self.summary.font()
        font.setBold(self.several())
        self.summary.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_summary()

    def _emit_row(self, index: QModelIndex) -> None:
        value = index.data(EVENT_ROLE)
        if isinstance(value, Event):
            self.event_chosen.emit(value)
