"""Removing an article while its preview is still being read: the read is called off, so
no false "no article N" notice follows the removal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from comparer.cli.main import main
from comparer.progress import Progress
from comparer.storage import Library
from tests.ui.conftest import Answers, open_window


def test_removing_the_article_being_previewed_leaves_no_notice(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers
) -> None:
    assert main(["--db", library.url, "import", str(samples[1]), str(samples[2])]) == 0
    window = open_window(qtbot, library)
    window.library_panel.refresh()
    release = threading.Event()

    def hold(progress: Progress) -> None:  # keeps the pool's two threads busy
        release.wait(10)

    for _ in range(2):
        window.runner.run(hold)
    window.library_panel.select_ids([2])  # its preview read now waits for a free thread
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    window.actions_by_name["remove"].trigger()
    release.set()
    assert window.runner.wait(10000)
    qtbot.wait(200)  # the queued outcomes reach the GUI thread
    assert [a.id for a in library.list()] == [1]
    assert not [m for m in window.notices.messages() if "no article" in m.lower()]
