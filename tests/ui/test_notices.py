"""Notices never move the layout; news goes away by itself, problems stay until closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_notices_float_over_the_window_without_moving_anything(
    qtbot: QtBot, window: MainWindow
) -> None:
    splitter = window.findChild(QSplitter)
    assert splitter is not None
    qtbot.waitExposed(window)
    before = splitter.geometry()
    for number in range(3):
        window.notices.add(f"Could not import report-{number}.txt: not an article")
    window.notices.inform("Exported to /tmp/strike.html.")
    qtbot.wait(50)
    assert splitter.geometry() == before
    bar = window.notices
    assert bar.isVisible()
    host = bar.parentWidget()
    assert host is not None and host.rect().contains(bar.geometry())
    assert bar.geometry().bottom() > host.height() // 2  # at the bottom, clear of the toolbar


def test_news_dismisses_itself_and_problems_stay(qtbot: QtBot, window: MainWindow) -> None:
    window.notices.add("Could not import broken.pdf: the PDF is damaged")
    window.notices.inform("Exported to /tmp/strike.csv.", seconds=0.2)
    assert len(window.notices.messages()) == 2
    qtbot.waitUntil(lambda: len(window.notices.messages()) == 1, timeout=3000)
    qtbot.wait(300)
    assert window.notices.messages() == ["Could not import broken.pdf: the PDF is damaged"]
    assert window.notices.isVisible()


def test_a_notice_shows_markup_as_text(qtbot: QtBot, window: MainWindow) -> None:
    window.notices.add('Could not import <b>X</b><img src="/etc/hostname">.txt: empty')
    (label,) = window.notices.findChildren(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("Could not import <b>X</b><img")
