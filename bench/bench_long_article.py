"""A 5 MB article in the window: how long the GUI thread stops answering.

The article is BASIL's reports concatenated to 5,000,000 bytes (one text file), imported
before the clock starts. A 5 ms timer ticks on the GUI thread; each figure is the longest
stretch between two ticks, as CPU time of the GUI thread itself (``time.thread_time``), so a
busy machine does not inflate it. ``show`` selects the article alone, ``resize`` narrows
the window while it is shown, ``compare`` runs from Compare with a sample report until the
columns are painted (the engine's own work is on the task runner and not counted, unless it
holds the GIL). Goal: every stall <= 100 ms.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.measure import run_alone
from comparer.importing import import_all
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.resources import sample_articles
from ui.tasks import TaskRunner

SIZE = 5_000_000


def five_megabytes(corpora: Path, path: Path) -> bool:
    """Write BASIL's reports, repeated, cut at :data:`SIZE` bytes; False without BASIL."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpora / "basil").glob("*/*.txt"))]
    if not texts:
        return False
    body = "\n\n".join(texts)
    whole = "Five megabytes of reports\n\n" + body * (SIZE // len(body.encode()) + 1)
    path.write_text(whole.encode()[:SIZE].decode(errors="ignore"), encoding="utf-8")
    return True


def longest_stall_ms(
    app: QApplication, start: Callable[[], None], done: Callable[[], bool]
) -> float:
    """Run ``start``, spin the event loop until ``done``; the GUI thread's longest CPU gap."""
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.thread_time()))
    timer.start()
    began = time.thread_time()
    start()
    while not done():
        app.processEvents()
        time.sleep(0.002)  # idle: the gaps measured are the GUI's own work
    ended = time.thread_time()
    timer.stop()
    return 1000 * max(b - a for a, b in itertools.pairwise([began, *ticks, ended]))


def _for(seconds: float) -> Callable[[], bool]:
    """Done once ``seconds`` have passed: time for whatever Qt put off (layout, painting)."""
    until = time.perf_counter() + seconds
    return lambda: time.perf_counter() > until


def run(corpora: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not five_megabytes(corpora, folder / "long.txt"):
            return {}
        app = QApplication.instance() or QApplication(sys.argv[:1])
        with Library.open(folder / "lib.sqlite3") as library:
            paths = [str(folder / "long.txt"), str(sample_articles()[0])]
            long_id, sample_id = (o.article_id for o in import_all(library, paths))
            assert long_id is not None and sample_id is not None
            window = MainWindow(library, TaskRunner())
            window.resize(1400, 900)
            window.show()
            app.processEvents()
            window.library_panel.refresh()
            figures = {}
            select = window.library_panel.select_ids
            figures["long_article_show_stall_cpu_ms"] = longest_stall_ms(
                app, lambda: select([long_id]), _for(1.0)
            )
            figures["long_article_resize_stall_cpu_ms"] = longest_stall_ms(
                app, lambda: window.resize(1200, 800), _for(1.0)
            )
            figures["long_article_compare_stall_cpu_ms"] = longest_stall_ms(
                app,
                lambda: window.open_articles([long_id, sample_id]),
                lambda: window.area.comparison is not None and not window.runner.is_busy(),
            )
            window.close()
    return figures


if __name__ == "__main__":
    run_alone(run, __doc__)
