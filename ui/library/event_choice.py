"""What the window asks when articles of different events arrive together.

Two questions: the :class:`EventChooser` lists the events of an import of several stories
and compares each on its own (never all together unless the user asks; asked, they are
compared as the one event the user says they are), and
:func:`ask_add_or_new` asks whether an article of another event joins the open comparison
or starts a new one. Titles, outlets and places are untrusted: shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.library.event_grouping import EventReports, Report, shown_places
from ui.plain_text import message_box, plain_label

MAX_PLACES = 3


def event_heading(number: int, event: EventReports) -> str:
    """The line naming an event: "Event 1 · 11 Nov 2017 · Raqqa, Syria · 2 reports"."""
    parts = [f"Event {number}"]
    if event.date is not None:
        parts.append(f"{event.date.day} {event.date:%b %Y}")
    if event.places:
        parts.append(", ".join(shown_places(event.places)[:MAX_PLACES]))
    count = len(event.reports)
    parts.append(f"{count} report{'s' if count != 1 else ''}")
    return " · ".join(parts)


def report_line(report: Report) -> str:
    return f"{report.title} — {report.outlet}" if report.outlet else report.title


class EventChooser(QDialog):
    """The events of one import, each with a button that compares (or shows) it alone."""

    # The article ids of one event to open.
    open_requested = Signal(list)
    # Every article id: the user says they all report one event.
    together_requested = Signal(list)

    def __init__(self, events: Sequence[EventReports], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare by event")
        self.events = list(events)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        count = sum(len(e.reports) for e in self.events)
        intro = plain_label(
            f"These {count} articles report {len(self.events)} different events. "
            "Each event is compared on its own; event 1 is open."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._event_list(), 1)
        layout.addWidget(self._bottom(count))
        self.resize(600, 460)

    def _event_list(self) -> QScrollArea:
        inner = QWidget()
        rows = QVBoxLayout(inner)
        for number, event in enumerate(self.events, 1):
            rows.addWidget(self._event_row(number, event))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _event_row(self, number: int, event: EventReports) -> QFrame:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        text = QVBoxLayout()
        heading = plain_label(event_heading(number, event))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        text.addWidget(heading)
        for report in event.reports:
            line = plain_label(report_line(report))
            line.setIndent(14)
            line.setWordWrap(True)
            text.addWidget(line)
        button = QPushButton("Compare" if len(event.reports) > 1 else "Show")
        button.setToolTip(f"Open event {number} on its own")
        button.clicked.connect(lambda: self.open_requested.emit(event.ids))
        self.buttons.append(button)
        layout = QHBoxLayout(row)
        layout.addLayout(text, 1)
        layout.addWidget(button)
        return row

    def _bottom(self, count: int) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.all_button = box.addButton(
            f"Compare all {count} together", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.all_button.setToolTip(
            "They report one event: compare them as one (undo it in the Events tab)"
        )
        every = [i for e in self.events for i in e.ids]
        self.all_button.clicked.connect(lambda: self.together_requested.emit(every))
        return box


class Placement(Enum):
    """Where an article of another event goes."""

    NEW = "new"
    ADD = "add"
    NEITHER = "neither"


def ask_add_or_new(parent: QWidget | None, titles: Sequence[str]) -> Placement:
    """Ask whether articles of another event join this comparison; a new one by default."""
    named = ", ".join(f"“{t}”" for t in titles[:MAX_PLACES])
    more = f" and {len(titles) - MAX_PLACES} more" if len(titles) > MAX_PLACES else ""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        "Another event",
        f"{named}{more} seems to report another event than the open comparison.\n\n"
        "Compared together, their numbers and omissions would mix two stories.",
        QMessageBox.StandardButton.Cancel,
    )
    new = box.addButton("Start a new comparison", QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton("Add to this comparison", QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(new)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    chosen = {id(new): Placement.NEW, id(add): Placement.ADD}
    return chosen.get(id(box.clickedButton()), Placement.NEITHER)
