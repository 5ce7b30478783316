"""Articles of different events arriving together, or onto an open comparison (issue 18).

Real seed files are dropped and pasted onto the real window; the engine groups them
(000 + 001 are one strike, 002, 003 and 004 each another incident). Questions are
answered by clicking the real button of the real message box.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.conftest import Answers, Drop, files
from ui.library.event_choice import EventChooser
from ui.library.event_grouping import EventReports, Report, same_event
from ui.main_window import MainWindow

COMPARED = 30000


@pytest.fixture(autouse=True)
def real_boxes(answers: Answers) -> None:
    """These tests click the real buttons of the real boxes themselves."""
    answers.real_boxes = True


def compared_sources(window: MainWindow) -> list[str]:
    comparison = window.area.comparison
    articles = comparison.articles if comparison else ()
    return sorted(Path(c.article.source).name[:3] for c in articles)


def wait_compared(qtbot: QtBot, window: MainWindow, wanted: list[str]) -> None:
    qtbot.waitUntil(lambda: compared_sources(window) == wanted, timeout=COMPARED)


def answer_question(button_text: str, asked: list[str]) -> None:
    """Click ``button_text`` in the next message box; "" presses Return (the default)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        asked.append(box.text())
        if button_text:
            next(b for b in box.buttons() if b.text() == button_text).click()
        else:
            box.defaultButton().click()

    QTimer.singleShot(0, look)


def open_comparison(
    qtbot: QtBot, window: MainWindow, library: Library, paths: Sequence[Path]
) -> list[int]:
    ids = [o.article_id for o in import_all(library, [str(p) for p in paths])]
    window.library_panel.refresh()
    window.open_articles(ids)
    wait_compared(qtbot, window, sorted(p.name[:3] for p in paths))
    return ids


def test_files_of_several_events_are_compared_event_by_event(
    qtbot: QtBot, window: MainWindow, drop_on: Drop, samples: list[Path]
) -> None:
    drop_on(window, files(samples))
    qtbot.waitUntil(lambda: window.event_chooser is not None, timeout=COMPARED)
    chooser = window.event_chooser
    assert chooser is not None and chooser.isVisible()
    # The strike both 000 and 001 report opens first, on its own.
    wait_compared(qtbot, window, ["000", "001"])
    assert [len(e.reports) for e in chooser.events] == [2, 1, 1, 1]
    assert [b.text() for b in chooser.buttons] == ["Compare", "Show", "Show", "Show"]
    assert chooser.events[0].date is not None and chooser.events[0].date.isoformat() == (
        "2017-11-11"
    )
    chooser.buttons[1].click()
    shown = chooser.events[1].reports[0]
    qtbot.waitUntil(lambda: shown.title in window.area.article_view.toPlainText())
    assert window.area.stack.currentWidget() is window.area.article_view
    # Across events only when asked, and then all five together, as the one event the
    # user says they are: a decision of theirs, so closing asks before it is lost.
    chooser.all_button.click()
    wait_compared(qtbot, window, ["000", "001", "002", "003", "004"])
    comparison = window.area.comparison
    assert comparison is not None
    assert [e.articles for e in comparison.events] == [("A", "B", "C", "D", "E")]
    asked: list[str] = []
    answer_question("Discard", asked)
    window.close()
    assert len(asked) == 1


def test_files_of_one_event_are_compared_without_a_chooser(
    qtbot: QtBot, window: MainWindow, drop_on: Drop, samples: list[Path]
) -> None:
    drop_on(window, files(samples[:2]))
    wait_compared(qtbot, window, ["000", "001"])
    assert window.event_chooser is None


def test_a_dropped_report_of_the_same_event_joins_without_a_question(
    qtbot: QtBot, window: MainWindow, library: Library, drop_on: Drop, samples: list[Path]
) -> None:
    open_comparison(qtbot, window, library, [samples[0], samples[2]])
    drop_on(window, files([samples[1]]))
    wait_compared(qtbot, window, ["000", "001", "002"])


def test_a_pasted_report_of_another_event_is_added_when_the_user_says_so(
    qtbot: QtBot, window: MainWindow, library: Library, samples: list[Path]
) -> None:
    open_comparison(qtbot, window, library, samples[:2])
    asked: list[str] = []
    answer_question("Add to this comparison", asked)
    QApplication.clipboard().setText(samples[2].read_text(encoding="utf-8"))
    window.paste()
    wait_compared(qtbot, window, ["000", "001", "pas"])
    (question,) = asked
    assert "another event than the open comparison" in question


def test_another_event_starts_a_new_comparison_by_default_which_its_twin_joins(
    qtbot: QtBot, window: MainWindow, library: Library, drop_on: Drop, samples: list[Path]
) -> None:
    open_comparison(qtbot, window, library, samples[2:4])
    asked: list[str] = []
    answer_question("", asked)
    drop_on(window, files([samples[1]]))
    qtbot.waitUntil(lambda: window.seed is not None, timeout=COMPARED)
    assert len(asked) == 1
    assert window.area.comparison is None and window.session.attached is None
    assert any("New comparison started" in m for m in window.notices.messages())
    # Its twin, 000, reports the same strike: the two are compared, no question asked.
    drop_on(window, files([samples[0]]))
    wait_compared(qtbot, window, ["000", "001"])
    assert len(asked) == 1


def test_cancel_leaves_the_comparison_as_it_was(
    qtbot: QtBot, window: MainWindow, library: Library, drop_on: Drop, samples: list[Path]
) -> None:
    open_comparison(qtbot, window, library, samples[:2])
    asked: list[str] = []
    answer_question("Cancel", asked)
    drop_on(window, files([samples[4]]))
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=COMPARED)
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 3, timeout=COMPARED)
    assert compared_sources(window) == ["000", "001"]


def event(*ids: int, day: date | None = None, places: tuple[str, ...] = ()) -> EventReports:
    return EventReports(tuple(Report(i, f"Title {i}", "") for i in ids), day, places)


@pytest.mark.parametrize(
    ("groups", "new", "others", "same"),
    [
        ([event(1, 2, 3)], [3], [1, 2], True),
        ([event(1, 2), event(3)], [3], [1, 2], False),
        ([event(1, 3), event(2)], [3], [1, 2], True),  # joins one event of a mixed comparison
        ([event(1, 3), event(2, 4)], [3, 4], [1], False),  # every new article must belong
    ],
)
def test_same_event_means_every_new_article_shares_an_event(
    groups: list[EventReports], new: list[int], others: list[int], same: bool
) -> None:
    assert same_event(groups, new, others) is same


def test_the_chooser_names_events_and_shows_titles_as_plain_text(qtbot: QtBot) -> None:
    markup = '<img src="/etc/hostname"> <b>Strike</b>'
    chooser = EventChooser(
        [
            EventReports((Report(1, markup, "Outlet & Co"), Report(2, "B", "")), None, ()),
            event(3, day=date(2017, 11, 11), places=("RAQQA", "Syria", "Raqqa", "Deir", "Tal")),
        ]
    )
    qtbot.addWidget(chooser)
    texts = {label.text(): label.textFormat() for label in chooser.findChildren(QLabel)}
    assert texts[f"{markup} — Outlet & Co"] == Qt.TextFormat.PlainText
    assert "Event 1 · 2 reports" in texts
    assert "Event 2 · 11 Nov 2017 · Raqqa, Syria, Deir · 1 report" in texts
    assert [b.text() for b in chooser.buttons] == ["Compare", "Show"]
