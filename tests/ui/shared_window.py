"""A real window driven line by line from standard input (run as a child process).

Usage: ``python shared_window.py DB``. The shared-library test runs it beside command-line
processes on the same library file. Each input line is one request; the window answers
with one line on standard output once the work is done:

- ``import PATH``: import through the window's importer (on its worker thread, as a drop
  would), answer ``imported ID``;
- ``compare ID ID...``: compare the articles, answer ``compared``;
- ``note TEXT``: add a note on the whole session (unsaved work: kept as a draft), answer
  ``noted``;
- ``save NAME``: save the comparison on screen as a new session, answer ``saved ID`` (or
  ``refused`` and why);
- ``articles`` / ``sessions``: answer the ids / names the window's library sees, as JSON;
- ``notices``: answer the texts of the notices the window shows, as JSON;
- ``quit``.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from comparer.errors import ComparerError
from comparer.sessions import edit
from comparer.storage import Library, SessionStore
from ui.app import check_library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


class Driver:
    """Reads requests on a thread and carries them out one at a time on the GUI thread."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        self.window, self.app = window, app
        self.requests: queue.Queue[str] = queue.Queue()
        self.busy = False
        window.importer.imported.connect(self._imported)
        threading.Thread(target=self._read, daemon=True).start()
        self.timer = QTimer(interval=20, timeout=self._next)
        self.timer.start()

    def _read(self) -> None:
        for line in sys.stdin:
            self.requests.put(line.strip())
        self.requests.put("quit")

    def _next(self) -> None:
        if self.busy or self.requests.empty():
            return
        verb, _, rest = self.requests.get().partition(" ")
        handler: Callable[[str], None] = getattr(self, f"do_{verb}")
        handler(rest)

    def do_import(self, path: str) -> None:
        self.busy = True
        self.window.importer.import_inputs([path], open_after=False)

    def _imported(self, ids: list[int], _open_after: bool) -> None:
        answer(f"imported {ids[0] if ids else 'none'}")
        self.busy = False

    def do_compare(self, ids: str) -> None:
        wanted = [int(i) for i in ids.split()]
        self.busy = True
        self.window.open_articles(wanted)
        self._wait_compared(wanted)

    def _wait_compared(self, wanted: list[int]) -> None:
        attached = self.window.session.attached
        shown = [] if attached is None else [a.article.id for a in attached.comparison.articles]
        if shown == wanted and not self.window.runner.is_busy():
            answer("compared")
            self.busy = False
        else:
            QTimer.singleShot(20, lambda: self._wait_compared(wanted))

    def do_note(self, text: str) -> None:
        self.window.session.apply("Add Note", lambda s: edit.add_note(s, None, text))
        answer("noted")

    def do_save(self, name: str) -> None:
        try:
            stored = self.window.session.save_as(name)
        except ComparerError as error:
            answer(f"refused {error}")
            return
        answer(f"saved {stored.id}")

    def do_articles(self, _rest: str) -> None:
        answer(json.dumps([s.id for s in self.window.library.list()]))

    def do_sessions(self, _rest: str) -> None:
        answer(json.dumps([s.name for s in SessionStore(self.window.library).list()]))

    def do_notices(self, _rest: str) -> None:
        self.window.runner.wait()
        QTimer.singleShot(50, lambda: answer(json.dumps(self.window.notices.messages())))

    def do_quit(self, _rest: str) -> None:
        self.timer.stop()
        self.window.runner.wait()
        self.window.session.discard_changes()
        self.app.quit()


def answer(line: str) -> None:
    print(line, flush=True)


def main(db: str) -> None:
    app = QApplication(sys.argv[:1])
    library = Library.open(db)
    window = MainWindow(library, TaskRunner())
    window.show()
    check_library(window)
    driver = Driver(window, app)
    app.exec()
    del driver
    library.close()


if __name__ == "__main__":
    main(sys.argv[1])
