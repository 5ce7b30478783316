"""The window as a user meets it: start to first window, and drop of two articles to view.

``start_*``: wall time of a fresh process from launch until the window is shown and the
event loop runs (cold = right after dropping the OS page cache, which needs root; warm =
median of repeated starts).
``drop_to_view_ms``: two 1,000-word articles dropped on the window until their comparison
is painted with highlights (the import, the engine and the rendering together).
``twenty_articles_look_again_cpu_ms``: CPU time of the check the window makes each time it
is activated again (the list read anew, the 20 articles on screen compared with the library).
Goals: start ≤ 1.0 s, drop-to-view ≤ 300 ms.
"""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from comparer.importing import import_all
from comparer.storage import Library
from evaluation.speed import make_articles
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
START_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, app.quit)
import ui.app
ui.app.main(["--db", sys.argv[1]])
"""


def time_start(db: Path, env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", START_SCRIPT, str(db)], env=env, check=True)
    return time.perf_counter() - began


def start_times(folder: Path) -> dict[str, float]:
    db = folder / "start.sqlite3"
    Library.open(db).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    figures = {}
    if drop_page_cache():
        figures["start_cold_s (goal <= 1.0)"] = time_start(db, env)
    figures["start_warm_s (goal <= 1.0)"] = statistics.median(time_start(db, env) for _ in range(5))
    return figures


def drop_page_cache() -> bool:
    """Empty the OS file cache so the next start reads everything from disk (root only)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def thousand_words(number: int) -> str:
    """Seed ``number`` repeated to about 1,000 words, as paragraphs."""
    seed = next(SAMPLES.glob(f"{number:03d}_*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in seed.split("\n") if len(p.split()) > 12]
    body: list[str] = []
    while sum(len(p.split()) for p in body) < 1000:
        body.extend(paragraphs)
    return f"Headline of report {number}\n\n" + "\n\n".join(body)


def drop_to_view(parent: Path, name: str) -> float:
    folder = parent / name
    folder.mkdir()
    files = []
    for number in (0, 1):
        path = folder / f"report{number}.txt"
        path.write_text(thousand_words(number), encoding="utf-8")
        files.append(path)
    app = QApplication.instance() or QApplication([])
    with Library.open(folder / "drop.sqlite3") as library:
        window = MainWindow(library, TaskRunner())
        window.show()
        app.processEvents()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
        event = QDropEvent(
            QPointF(QPoint(300, 300)),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        began = time.perf_counter()
        window.dropEvent(event)
        while not window.area.view.panes:
            app.processEvents()
        window.area.view.repaint()
        elapsed = time.perf_counter() - began
        window.close()
    return elapsed


def write_twenty(folder: Path, corpora: Path) -> list[Path]:
    """Twenty ~1,000-word articles from the corpora as text files in ``folder`` (new)."""
    folder.mkdir()
    paths = []
    for number, article in enumerate(make_articles(corpora, 20)):
        paths.append(folder / f"{number:02d}.txt")
        paths[-1].write_text(f"Report {number}\n\n{article.text}", encoding="utf-8")
    return paths


def twenty_articles(parent: Path, corpora: Path) -> dict[str, float]:
    """Open 20 articles of ~1,000 words: time to the view, and the GUI thread's longest stall.

    A 5 ms timer ticks on the GUI thread while the engine works on the task runner; the
    longest gap between ticks is how long the window stopped answering.
    """
    folder = parent / "twenty"
    paths = write_twenty(folder, corpora)
    if len(paths) < 20:
        return {}
    app = QApplication.instance() or QApplication([])
    with Library.open(folder / "lib.sqlite3") as library:
        ids = [o.article_id for o in import_all(library, [str(p) for p in paths])]
        window = MainWindow(library, TaskRunner())
        window.show()
        app.processEvents()
        ticks: list[float] = []
        timer = QTimer(interval=5)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        began = time.perf_counter()
        window.open_articles([i for i in ids if i is not None])
        while window.area.comparison is None:
            app.processEvents()
        window.area.view.repaint()
        ended = time.perf_counter()
        timer.stop()
        look_again = statistics.median(_cpu_ms(window.look_again) for _ in range(20))
        window.close()
    gaps = [b - a for a, b in itertools.pairwise([began, *ticks, ended])]
    return {
        "twenty_articles_to_view_ms": 1000 * (ended - began),
        "twenty_articles_longest_gui_stall_ms": 1000 * max(gaps, default=0.0),
        "twenty_articles_look_again_cpu_ms": look_again,
    }


def _cpu_ms(step: Callable[[], None]) -> float:
    began = time.process_time()
    step()
    return 1000 * (time.process_time() - began)


def run(corpora: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = start_times(folder)
        drop_to_view(folder, "warm-up")  # a running app has its engine loaded already
        figures["drop_to_view_ms (goal <= 300)"] = 1000 * drop_to_view(folder, "measured")
        figures |= twenty_articles(folder, corpora)
    return figures
