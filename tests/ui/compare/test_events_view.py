"""The events list: one event confirmed quietly, several events warned about."""

from __future__ import annotations

import pytest
from analysis_seeds import four_reports, one_event
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from comparer.model import Event
from tests.ui.conftest import placed, shown_text
from ui.compare import palette
from ui.compare.events_view import EventsView, summary


@pytest.fixture
def view(qtbot: QtBot) -> EventsView:
    return placed(qtbot, EventsView(), four_reports(), show=True)


def test_rows_give_date_places_and_reports(view: EventsView) -> None:
    model = view.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [
        ["E1", "11 Nov 2017", "Deir-ez-Zor, al-Duwaiji", "A, B"],
        ["E2", "19 Oct 2017", "Raqqah, Dayr al-Zawr", "C"],
        ["E3", "no date", "Boukhatir", "D"],
    ]
    assert shown_text(model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)) == (
        "A · The Syrian Observer\nB · Fort Russ News"
    )


def test_several_events_are_warned_about_in_words_and_colour(view: EventsView) -> None:
    assert view.several()
    assert view.summary.text().startswith("⚠ These reports cover 3 different events")
    assert view.summary.font().bold()
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


@pytest.mark.parametrize(
    ("events", "reports", "words"),
    [
        (0, 2, "No event could be told apart in these reports"),
        (1, 1, "One event"),
        (1, 3, "All 3 reports cover the same event"),
        (2, 3, "⚠ These reports cover 2 different events: compare within each event"),
    ],
)
def test_summary_words(events: int, reports: int, words: str) -> None:
    assert summary(events, reports) == words


def test_picking_a_row_emits_its_event(view: EventsView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.event_chosen) as chosen:
        view.table.selectRow(1)
    assert isinstance(chosen.args[0], Event)
    assert chosen.args[0].articles == ("C",)
