"""Reviewing 20 articles in the window: how long a verdict, an undo, a save and a reopen take.

``verdict_ms``: one Mark Relevant from the action to the table and columns updated (the
session is re-attached, the draft written); ``dismiss_ms`` also repaints the columns
(a dismissed difference loses its fill); ``undo_ms`` takes a dismissal back. ``save_ms``
is Session → Save of the reviewed session (view included), ``reopen_to_view_ms`` opening
it again until the comparison is shown with its verdicts. Medians over 20 actions.
Goals: a verdict or undo ≤ 100 ms (felt as instant), reopen ≤ 3 s for 20 articles.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.bench_window import write_twenty
from bench.measure import run_alone
from comparer.importing import import_all
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

ACTIONS = 20


def _ms(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return 1000 * (time.perf_counter() - began)


def _wait(app: QApplication, done: Callable[[], bool]) -> None:
    while not done():
        app.processEvents()


def review(window: MainWindow, app: QApplication) -> dict[str, float]:
    """Time verdicts, dismissals and undos on the first differences of the comparison."""
    assert window.area.comparison is not None
    differences = window.area.comparison.differences[: 2 * ACTIONS]
    times: dict[str, list[float]] = {"verdict": [], "dismiss": [], "undo": []}
    for number, difference in enumerate(differences):
        window.area.panel.select_difference(difference)
        name = "relevant" if number % 2 else "dismissed"
        times["verdict" if number % 2 else "dismiss"].append(
            _ms(lambda n=name: (window.actions_by_name[n].trigger(), app.processEvents()))
        )
    for _ in range(ACTIONS):
        times["undo"].append(
            _ms(lambda: (window.actions_by_name["undo"].trigger(), app.processEvents()))
        )
    return {f"{key}_ms (goal <= 100)": statistics.median(v) for key, v in times.items()}


def run(corpora: Path) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_twenty(Path(tmp) / "twenty", corpora)
        if len(paths) < 20:
            return {}
        with Library.open(Path(tmp) / "lib.sqlite3") as library:
            ids = [o.article_id for o in import_all(library, [str(p) for p in paths])]
            window = MainWindow(library, TaskRunner())
            window.resize(1440, 900)
            window.show()
            window.open_articles([i for i in ids if i is not None])
            _wait(app, lambda: window.session.attached is not None)
            figures = review(window, app)
            figures["save_ms"] = _ms(lambda: window.session.save_as("Twenty"))
            window.session.close()
            began = time.perf_counter()
            window.session.open("Twenty")
            _wait(app, lambda: window.session.attached is not None)
            app.processEvents()
            figures["reopen_to_view_ms (goal <= 3000)"] = 1000 * (time.perf_counter() - began)
            window.close()
    return figures


if __name__ == "__main__":
    run_alone(run, __doc__)
