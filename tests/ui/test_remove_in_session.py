"""Removing from the library an article a saved session compares: the question says which
session could no longer be opened, and leans to No."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from comparer.cli.main import main
from comparer.storage import Library
from tests.ui.conftest import Answers, open_window


def test_the_question_names_the_saved_session_that_needs_the_article(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers
) -> None:
    where = library.url
    assert (
        main(["--db", where, "session", "create", "Strike", str(samples[0]), str(samples[1])]) == 0
    )
    assert main(["--db", where, "import", str(samples[2])]) == 0
    window = open_window(qtbot, library)
    window.library_panel.refresh()
    window.library_panel.select_ids([2])
    answers.buttons.append(QMessageBox.StandardButton.No)
    window.actions_by_name["remove"].trigger()
    assert "The saved session 'Strike' could no longer be opened" in answers.questions[-1]
    assert [a.id for a in library.list()] == [1, 2, 3]
    window.library_panel.select_ids([3])
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    window.actions_by_name["remove"].trigger()
    assert "saved session" not in answers.questions[-1]
    assert [a.id for a in library.list()] == [1, 2]


def test_removing_an_article_another_copy_removed_meanwhile_asks_without_failing(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers
) -> None:
    where = library.url
    assert main(["--db", where, "import", str(samples[0]), str(samples[1])]) == 0
    window = open_window(qtbot, library)
    window.library_panel.refresh()
    window.library_panel.select_ids([1, 2])
    assert main(["--db", where, "remove", "2"]) == 0  # another process, after the selection
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    window.actions_by_name["remove"].trigger()
    assert "saved session" not in answers.questions[-1]
    assert library.list() == []


def test_removing_several_is_all_or_none(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers, tmp_path: Path
) -> None:
    assert main(["--db", library.url, "import", *map(str, samples[:3])]) == 0
    with sqlite3.connect(tmp_path / "library.sqlite3") as raw:  # the third cannot go
        raw.execute(
            "CREATE TRIGGER keep_three BEFORE DELETE ON articles WHEN old.id = 3 "
            "BEGIN SELECT RAISE(ABORT, 'article 3 is kept'); END"
        )
    window = open_window(qtbot, library)
    window.library_panel.refresh()
    window.library_panel.select_ids([1, 2, 3])
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    window.actions_by_name["remove"].trigger()
    assert [a.id for a in library.list()] == [1, 2, 3]  # not the first two without the third
    assert window.library_panel.model.rowCount() == 3
    assert any("article 3 is kept" in m for m in window.notices.messages())

    with sqlite3.connect(tmp_path / "library.sqlite3") as raw:
        raw.execute("DROP TRIGGER keep_three")
    window.library_panel.select_ids([1, 3])
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    window.actions_by_name["remove"].trigger()
    assert [a.id for a in library.list()] == [2]
    assert window.library_panel.model.rowCount() == 1


def test_a_session_saved_while_the_question_is_open_keeps_its_articles(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers
) -> None:
    where = library.url
    assert main(["--db", where, "import", str(samples[0]), str(samples[1])]) == 0
    window = open_window(qtbot, library)
    window.library_panel.refresh()
    window.library_panel.select_ids([1])
    answers.real_boxes = True

    def save_elsewhere_then_agree() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, save_elsewhere_then_agree)
            return
        assert "session" not in box.text()  # nothing compared it when asked
        created = subprocess.run(  # another process saves a session of both meanwhile
            [sys.executable, "-m", "comparer", "--db", where, "session", "create", "Later",
             *map(str, samples[:2])],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert created.returncode == 0, created.stderr
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, save_elsewhere_then_agree)
    window.actions_by_name["remove"].trigger()
    assert [a.id for a in library.list()] == [1, 2]
    assert any("'Later'" in m and "Nothing removed" in m for m in window.notices.messages())
    assert main(["--db", where, "session", "show", "Later"]) == 0
