"""The task runner: results come back on the GUI thread, the newest request wins, cancel works."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from comparer.progress import Progress
from ui.tasks import TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[object] = []
    gui = QThread.currentThread()

    def work(progress: Progress) -> int:
        progress.step(0.5, "half")
        return 42

    def done(value: int) -> None:
        seen.append((value, QThread.currentThread() is gui))

    runner.run(work, on_done=done, on_progress=lambda d, m: seen.append((m, d)))
    qtbot.waitUntil(lambda: any(isinstance(s, tuple) and s[0] == 42 for s in seen))
    assert (42, True) in seen


def test_newer_task_with_same_key_supersedes_older(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    results: list[str] = []

    def slow(progress: Progress) -> str:
        release.wait(5)
        progress.step(1.0)
        return "old"

    runner.run(slow, on_done=results.append, key="compare")
    runner.run(lambda progress: "new", on_done=results.append, key="compare")
    qtbot.waitUntil(lambda: results == ["new"])
    release.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert results == ["new"]


def test_errors_are_handed_back(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def broken(progress: Progress) -> None:
        raise ValueError("bad input")

    runner.run(broken, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "bad input"
