"""Notices never move the layout; news goes away by itself, problems stay until closed."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSplitter
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


def test_pressing_edit_details_twice_shows_its_notice_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """F2 with no article selected says so; pressed again, the bar stacked a second copy."""
    qtbot.waitExposed(window)
    action = window.actions_by_name["edit_details"]
    action.trigger()
    action.trigger()
    assert window.notices.messages() == ["Select one article to edit its details."]


def test_news_shown_again_starts_its_seconds_afresh(qtbot: QtBot, window: MainWindow) -> None:
    window.notices.inform("Exported to /tmp/strike.csv.", seconds=0.4)
    qtbot.wait(250)
    window.notices.inform("Exported to /tmp/strike.csv.", seconds=0.4)
    assert window.notices.messages() == ["Exported to /tmp/strike.csv."]
    qtbot.wait(250)  # past the first showing's end, within the second's
    assert window.notices.messages() == ["Exported to /tmp/strike.csv."]
    qtbot.waitUntil(lambda: not window.notices.messages(), timeout=3000)


def test_a_problem_with_the_words_of_news_stays(qtbot: QtBot, window: MainWindow) -> None:
    window.notices.inform("The library is read-only.", seconds=0.2)
    window.notices.add("The library is read-only.")
    assert window.notices.messages() == ["The library is read-only."]
    qtbot.wait(400)
    assert window.notices.messages() == ["The library is read-only."]


def test_every_refused_import_is_shown_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Three bad files dropped at once: three notices, each tall enough for its words (the
    bar kept the height of its first notice and squeezed the others into slivers)."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + bytes(200))
    encrypted = tmp_path / "locked.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    writer.write(encrypted)
    qtbot.waitExposed(window)
    window.importer.import_inputs([str(empty), str(broken), str(encrypted)])
    qtbot.waitUntil(lambda: len(window.notices.messages()) == 3, timeout=10_000)
    qtbot.wait(50)
    assert sorted(m.split(": ", 1)[1] for m in window.notices.messages()) == [
        "PDF is password-protected",
        "damaged Word file: it cannot be opened (cut short?)",
        "empty file",
    ]
    for notice in window.notices.findChildren(QFrame, "notice"):
        label = notice.findChild(QLabel)
        assert label is not None and notice.isVisible()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert window.notices.height() >= sum(
        n.height() for n in window.notices.findChildren(QFrame, "notice")
    )


def test_a_file_dropped_again_is_said_to_be_in_the_library(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Dropped a second time, a report was selected without a word, as if it had arrived
    anew; now one line of news says it was already there, and nothing is added."""
    report = tmp_path / "strike.txt"
    report.write_text("Strike on Raqqa\n\nAt least 10 civilians were killed on Saturday.\n")
    window.importer.import_inputs([str(report)], open_after=False)
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=10_000)
    assert window.notices.messages() == []
    window.importer.import_inputs([str(report)], open_after=False)
    qtbot.waitUntil(lambda: bool(window.notices.messages()), timeout=10_000)
    assert window.notices.messages() == ["Already in your library: “Strike on Raqqa”."]
    assert window.library_panel.model.rowCount() == 1


def test_one_name_failing_in_two_folders_is_two_notices(qtbot: QtBot, window: MainWindow) -> None:
    """Each folder stays in its notice's tooltip; one notice kept only the last folder."""
    line = "Could not import a.html: not an article"
    window.notices.add(line, "/home/j/inbox")
    window.notices.add(line, "/home/j/archive")
    window.notices.add(line, "/home/j/archive")  # the same file again: still one for it
    tips = sorted(label.toolTip() for label in window.notices.findChildren(QLabel))
    assert window.notices.messages() == [line, line]
    assert len(tips) == 2 and "inbox" in tips[1] and "archive" in tips[0]
