"""The events list: one event confirmed quietly, several events named in one calm line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from analysis_seeds import four_reports, one_event
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.model import Event
from comparer.storage import Library
from tests.ui.conftest import placed, shown_text
from ui.compare import palette
from ui.compare.events_view import REPORTS_COLUMN, EventsView, summary
from ui.library.event_grouping import shown_places
from ui.main_window import MainWindow


@pytest.fixture
def view(qtbot: QtBot) -> EventsView:
    return placed(qtbot, EventsView(), four_reports(), show=True)


def test_rows_give_date_places_and_reports(view: EventsView) -> None:
    model = view.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    strike_a = (
        "A · The Syrian Observer: “U.S.-Led Coalition Attacks Aim at Derailing Syrian Army "
        "Victories: Damascus”"
    )
    # Its title holds quote marks of its own: not doubled (““International…”).
    strike_b = "B · Fort Russ News: ‘“International coalition could be helping ISIS” – Syria’"
    assert rows == [
        ["E1", "11 Nov 2017", "Deir-ez-Zor, al-Duwaiji", f"{strike_a}\n{strike_b}"],
        [
            "E2",
            "19 Oct 2017",
            "Raqqah, Dayr al-Zawr",
            "C · Press TV: “Syria calls on UNSC to stop coalition crimes”",
        ],
        [
            "E3",
            "no date",
            "Boukhatir",
            "D · SANA: “Foreign Ministry: Continued US-led Coalition’ s crimes”",
        ],
    ]
    assert shown_text(model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)) == (
        f"{strike_a}\n{strike_b}"
    )
    places = model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_text(places) == "Deir-ez-Zor, al-Duwaiji"


def test_each_report_keeps_one_line_in_a_1024_pixel_window(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """Wrapped, the long titles broke over lines between the next report's; now each report
    is one line, cut with '…', and every column is on screen."""
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples])]
    window.resize(1024, 768)
    window.open_articles([i for i in ids if i is not None])
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=60_000)
    window.area.tabs.setCurrentWidget(window.area.events)
    table = window.area.events.table
    qtbot.waitUntil(lambda: table.isVisible())
    model, line = table.model(), table.fontMetrics().lineSpacing()
    for row in range(model.rowCount()):
        reports = model.index(row, REPORTS_COLUMN).data().split("\n")
        assert all(" · " in report and ": " in report for report in reports)
        lines_shown = table.rowHeight(row) // line
        assert lines_shown == len(reports), (row, reports)
    reports_width = table.columnWidth(REPORTS_COLUMN)
    assert reports_width >= table.fontMetrics().horizontalAdvance("B · The Syrian Observer")
    assert table.columnViewportPosition(REPORTS_COLUMN) + reports_width <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_several_events_are_named_with_what_sets_them_apart(view: EventsView) -> None:
    """The line was a bold "⚠ These reports cover 3 different events: compare within each
    event": an order to do what Comparer already does, and not why. It now says which
    reports go together, by what date and place, and that they are not set against each
    other; in the warning colour, without shouting."""
    assert view.several()
    assert view.summary.text() == (
        "A, B (11 Nov 2017, Deir-ez-Zor), C (19 Oct 2017, Raqqah) and D (no date, Boukhatir) "
        "report different events, so they are not set against each other."
    )
    assert not view.summary.font().bold()
    colour = view.summary.palette().color(QPalette.ColorRole.WindowText)
    assert colour == palette.warning_colour(palette.is_dark(view.palette()))
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(dark)
    assert view.summary.palette().color(QPalette.ColorRole.WindowText) == palette.warning_colour(
        True
    )


def test_one_event_is_said_plainly(view: EventsView) -> None:
    view.set_comparison(one_event(four_reports()))
    assert not view.several()
    assert view.summary.text() == "All 2 reports cover the same event"
    assert not view.summary.font().bold()


STRIKE = Event("E1", ("A", "B"), date(2017, 11, 11), ("Raqqa", "Damascus"))
LETTER = Event("E2", ("C",), None, ())


@pytest.mark.parametrize(
    ("events", "reports", "words"),
    [
        ((), 2, "No event could be told apart in these reports"),
        ((LETTER,), 1, "One event"),
        ((STRIKE,), 3, "All 3 reports cover the same event"),
        (
            (STRIKE, LETTER),
            3,
            "A, B (11 Nov 2017, Raqqa) and C (no date) report different events, "
            "so they are not set against each other",
        ),
    ],
)
def test_summary_words(events: tuple[Event, ...], reports: int, words: str) -> None:
    assert summary(events, reports) == words


def test_picking_a_row_emits_its_event(view: EventsView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.event_chosen) as chosen:
        view.table.selectRow(1)
    assert isinstance(chosen.args[0], Event)
    assert chosen.args[0].articles == ("C",)


def test_a_datelines_capitals_are_shown_as_a_place_is_written(
    qtbot: QtBot, window: MainWindow, library: Library, samples: list[Path]
) -> None:
    """Seeds 000 and 001: Fort Russ's dateline "DAMASCUS, Syria." was listed in capitals
    among places written in the text ("Deir-ez-Zor, …, Raqqa, DAMASCUS, Syria")."""
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:2]])]
    window.open_articles([i for i in ids if i is not None])
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=60_000)
    model = window.area.events.model
    places = [model.index(row, 2).data().split(", ") for row in range(model.rowCount())]
    shown = [place for row in places for place in row]
    assert "Damascus" in shown and "DAMASCUS" not in shown
    assert all(len(row) == len({p.casefold() for p in row}) for row in places)


@pytest.mark.parametrize(
    ("places", "shown"),
    [
        (("DAMASCUS", "Syria"), ["Damascus", "Syria"]),
        (("Damascus", "DAMASCUS"), ["Damascus"]),
        (("UK", "Deir-ez-Zor"), ["UK", "Deir-ez-Zor"]),  # initials stay capitals
        (("UAE", "Dubai"), ["UAE", "Dubai"]),  # not "Uae"
        (("ROME", "Italy"), ["Rome", "Italy"]),  # four capitals: a town as often as initials
        (("MCALLEN", "Texas"), ["Mcallen", "Texas"]),  # not written elsewhere: title case
    ],
)
def test_shown_places(places: tuple[str, ...], shown: list[str]) -> None:
    assert shown_places(places) == shown


MCALLEN_REPORT = (
    "MCALLEN, Texas — Agents detained 40 people near the bridge on Friday. Officials in "
    "McAllen said the US told us nothing; a NATO liaison in Gaza City was not reached."
)


@pytest.mark.parametrize(
    ("places", "shown"),
    [
        (("MCALLEN", "Texas"), ["McAllen", "Texas"]),  # as the text writes it
        (("McAllen", "MCALLEN"), ["McAllen"]),
        (("US",), ["US"]),  # the pronoun "us" is not how the place is written
        (("GAZA",), ["Gaza"]),  # four capitals, but the text writes "Gaza"
        (("NATO",), ["NATO"]),
    ],
)
def test_shown_places_as_the_text_writes_them(places: tuple[str, ...], shown: list[str]) -> None:
    assert shown_places(places, [MCALLEN_REPORT]) == shown


def test_the_events_tab_shows_capitals_as_the_reports_write_the_place(qtbot: QtBot) -> None:
    """An event whose place was read from a dateline in capitals: the table and the line
    above it show it as the reports write it ("Deir-ez-Zor", not "Deir-Ez-Zor")."""
    compared = four_reports()
    first = replace(compared.events[0], places=("DEIR-EZ-ZOR", "al-Duwaiji"))
    view = placed(qtbot, EventsView(), replace(compared, events=(first, *compared.events[1:])))
    assert view.model.index(0, 2).data() == "Deir-ez-Zor, al-Duwaiji"
    assert "(11 Nov 2017, Deir-ez-Zor)" in view.summary.text()
