"""A window whose library server goes away mid-work, then is killed (run as a child process).

Usage: ``python offline_window.py URL FILE FILE``. It compares the two files, marks a
difference relevant, adds a note (kept as a draft on the server), prints ``ready`` and
waits for a line on its standard input: the test stops the server meanwhile. It then adds
two more notes, which can only be kept on this computer, prints the window's notices, one
per line, and is SIGKILLed, so the local draft is all that is left of that work.
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from comparer.importing import import_all
from comparer.model import Kind
from comparer.sessions.edit import add_note
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def main(url: str, paths: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    library = Library.open(url)
    window = MainWindow(library, TaskRunner())
    window.show()
    ids = [o.article_id for o in import_all(library, paths) if o.article_id]

    def work() -> None:
        if window.session.attached is None:
            QTimer.singleShot(50, work)
            return
        number = next(d for d in window.area.comparison.differences if d.kind is Kind.NUMBER)
        window.area.panel.select_difference(number)
        window.actions_by_name["relevant"].trigger()
        window.session.apply("Note", lambda s: add_note(s, None, "Before"))
        window.runner.wait(30_000)
        print("ready", flush=True)
        sys.stdin.readline()  # the server is gone when this line comes
        for text in ("After 1", "After 2"):
            window.session.apply("Note", lambda s, t=text: add_note(s, None, t))
        window.runner.wait(30_000)
        for message in window.notices.messages():
            print(message, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    window.open_articles(ids)
    QTimer.singleShot(50, work)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
