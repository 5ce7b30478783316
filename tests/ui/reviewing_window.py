"""The start shared by the child windows of the crash and offline tests (not a test).

:func:`review_then_die` opens a real window on a library, imports files, compares them,
marks the first number difference relevant, hands the window to the caller's last steps
and then SIGKILLs its own process: no clean-up of any kind, as in a real crash.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from comparer.importing import import_all
from comparer.model import Difference, Kind
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

LastSteps = Callable[[MainWindow, Difference], None]


def review_then_die(location: str, paths: list[str], last_steps: LastSteps) -> None:
    """Compare ``paths`` in a window on ``location``, mark a figure, run ``last_steps``, die."""
    app = QApplication(sys.argv[:1])
    library = Library.open(location)
    window = MainWindow(library, TaskRunner())
    window.show()
    ids = [o.article_id for o in import_all(library, paths) if o.article_id]

    def review() -> None:
        if window.session.attached is None:
            QTimer.singleShot(50, review)
            return
        number = next(d for d in window.area.comparison.differences if d.kind is Kind.NUMBER)
        window.area.panel.select_difference(number)
        window.actions_by_name["relevant"].trigger()
        last_steps(window, number)
        os.kill(os.getpid(), signal.SIGKILL)

    window.open_articles(ids)
    QTimer.singleShot(50, review)
    app.exec()
