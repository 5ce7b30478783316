"""The events list: which real-world events the compared reports cover, and who covers each.

The engine groups the reports into :class:`~comparer.model.Event` records (date, places,
reports). One event is the normal case and the list just confirms it; several events mean
the reports are not all about the same thing — figures and wording are then only comparable
within an event — so the view says so above the table in one calm line, in the warning
colour, naming which reports go together and the date and place that set each event apart
(a bold "⚠ … compare within each event" told the reader to do what Comparer already does,
and not why).
When the engine is wrong, the reviewer merges the events into one (the reports are then
compared as one event) and can separate them again; both are undoable session changes.
Each event names its reports, one a line ("B · Fort Russ News: “International coalition…”"):
the keys alone ("A, B") sent the reader back to the column headers to learn who they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from comparer.model import NO_DATE, ComparedArticle, Comparison, Event
from comparer.quoting import quoted
from ui.compare import palette
from ui.compare.column import date_text
from ui.compare.table import FittedColumns, Index, findings_table
from ui.library.event_grouping import shown_places
from ui.plain_text import plain_label, tooltip

COLUMNS = ("Event", "Date", "Places", "Reports")
PLACES_COLUMN, REPORTS_COLUMN = 2, 3
EVENT_ROLE = Qt.ItemDataRole.UserRole + 3
REPORTS_FLOOR = "B · The Syrian Observer: “International”"
"""The narrowest the Reports column gets: an outlet and the start of a title."""
MAX_PLACES = 280
"""The widest the Places column asks for: the Reports column needs the room more."""
_Role = Qt.ItemDataRole


def summary(
    events: Sequence[Event], reports: int, decided: bool = False, texts: Sequence[str] = ()
) -> str:
    """One line saying which events the reports cover (``decided``: as the user said; the
    reports' ``texts`` say how a place in capitals is written)."""
    if not events:
        return "No event could be told apart in these reports"
    if len(events) == 1 and decided:
        return f"All {reports} reports cover the same event, as you decided"
    if len(events) == 1:
        return f"All {reports} reports cover the same event" if reports > 1 else "One event"
    return apart(events, texts)


def apart(events: Sequence[Event], texts: Sequence[str] = ()) -> str:
    """The line "A, B (13 Aug 2018) and C (11 Nov 2017, Raqqa) report different events, so they
    are not set against each other": which reports go together, and what sets them apart."""
    groups = [f"{', '.join(e.articles)} ({_clue(e, texts)})" for e in events]
    together = f"{', '.join(groups[:-1])} and {groups[-1]}"
    return f"{together} report different events, so they are not set against each other"


def _clue(event: Event, texts: Sequence[str]) -> str:
    """The event's date and its first place, as far as they are known."""
    when = date_text(event.date) if event.date else NO_DATE
    return f"{when}, {shown_places(event.places, texts)[0]}" if event.places else when


class EventsModel(QAbstractTableModel):
    """One row per event: its id, date, places and the reports covering it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
        self.names: dict[str, str] = {}
        self.texts: list[str] = []
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the events of ``comparison`` (``None`` empties the table)."""
        self.beginResetModel()
        self.comparison = comparison
        articles = comparison.articles if comparison else ()
        self.names = {c.key: _report_name(c) for c in articles}
        self.texts = [c.article.text for c in articles]
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
        if role == _Role.ToolTipRole and index.column() == PLACES_COLUMN:
            return tooltip(self._text(event, PLACES_COLUMN))
        if role == _Role.ToolTipRole:
            return tooltip(self._reports(event))
        if role == EVENT_ROLE:
            return event
        return None

    def _text(self, event: Event, column: int) -> str:
        if column == 0:
            return event.id
        if column == 1:
            return date_text(event.date) if event.date else NO_DATE
        if column == PLACES_COLUMN:
            return ", ".join(shown_places(event.places, self.texts)) or "no place"
        return self._reports(event)

    def _reports(self, event: Event) -> str:
        """Each report of ``event`` on its own line, by key, outlet and title."""
        return "\n".join(palette.keyed_name(k, self.names.get(k, "")) for k in event.articles)


def _report_name(compared: ComparedArticle) -> str:
    """'Fort Russ News: “International coalition could be helping ISIS”', or either alone."""
    meta = compared.article.meta
    title = quoted(meta.title) if meta.title else ""
    return ": ".join(part for part in (meta.outlet, title) if part)


class EventsView(QWidget):
    """A warning line and the merge buttons over the events table; picking a row emits
    ``event_chosen(Event)``."""

    event_chosen = Signal(object)
    # The reviewer says the reports listed are one event / lets the engine group them again.
    merge_requested = Signal()
    separate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventsModel(self)
        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.merge_button = QPushButton("Merge into One Event")
        self.merge_button.setToolTip("These reports tell one story: compare them as one event")
        self.merge_button.clicked.connect(self.merge_requested)
        self.separate_button = QPushButton("Separate Again")
        self.separate_button.setToolTip("Let Comparer group the reports into events again")
        self.separate_button.clicked.connect(self.separate_requested)
        self.decided = False
        self.table = findings_table(
            self, self.model, QAbstractItemView.SelectionBehavior.SelectRows
        )
        # One line a report, cut short with "…" (the tooltip has it whole): wrapped, a
        # title broke over lines between the next report's.
        self.table.setWordWrap(False)
        floor = self.table.fontMetrics().horizontalAdvance(REPORTS_FLOOR) + 12
        self.fitted = FittedColumns(self.table, (REPORTS_COLUMN,), floor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top())
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._emit_row)
        self.set_comparison(None)

    def _top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.merge_button)
        top.addWidget(self.separate_button)
        return top

    def several(self) -> bool:
        """Whether the reports cover more than one event (the case to warn about)."""
        return self.model.rowCount() > 1

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the events of ``comparison`` and say whether they are several."""
        self.model.set_comparison(comparison)
        self.fitted.want({column: self._content_width(column) for column in range(REPORTS_COLUMN)})
        self.table.resizeRowsToContents()
        self._show_state()

    def _content_width(self, column: int) -> int:
        header = self.table.horizontalHeader().sectionSizeHint(column)
        wanted = max(self.table.sizeHintForColumn(column), header)
        return min(wanted, MAX_PLACES) if column == PLACES_COLUMN else wanted

    def set_decided(self, decided: bool) -> None:
        """Say whether the events shown follow the reviewer's own choice (then offer to
        separate them again)."""
        self.decided = decided
        self._show_state()

    def _show_state(self) -> None:
        compared = self.model.comparison
        reports = len(compared.articles) if compared else 0
        texts = self.model.texts
        line = summary(self.model.events, reports, self.decided, texts) if compared else ""
        self.summary.setText(f"{line}." if self.several() else line)
        self.merge_button.setEnabled(self.several())
        self.separate_button.setEnabled(self.decided and compared is not None)
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_summary()

    def _emit_row(self, index: QModelIndex) -> None:
        value = index.data(EVENT_ROLE)
        if isinstance(value, Event):
            self.event_chosen.emit(value)
