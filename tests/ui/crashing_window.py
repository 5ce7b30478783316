"""A window that reviews one difference and is then killed (run as a child process).

Usage: ``python crashing_window.py DB FILE FILE``. The crash-restore test runs it, so the
draft it leaves behind is a real one from a process that really died (SIGKILL, no clean-up
of any kind).
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from comparer.importing import import_all
from comparer.model import Kind
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def main(db: str, paths: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    library = Library.open(db)
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
        print(number.text, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    window.open_articles(ids)
    QTimer.singleShot(50, review)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
