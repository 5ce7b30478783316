"""Start-up cost in CPU time: the window, beside a bare Qt window, and the command line.

Each figure is a fresh process, measured by itself (``getrusage`` at the moment the window
has painted, or the whole run of a command). Paired runs, one after the other:

- ``start_bare_qt_cpu_s``: a bare PySide6 main window, the floor for any Qt app here;
- ``start_window_cpu_s`` (5 articles) and ``start_window_100k_cpu_s`` (the 100,000-article
  library of :mod:`bench.big_library`); goal: the second at most 0.3 s above the first;
- ``cli_list_cpu_s``: ``comparer list`` on the 5-article library (goal ≤ 0.5 s);
- ``cli_list_json_100k_*``: ``comparer list --format json`` over 100,000 articles.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.big_library import big_library
from bench.measure import in_child
from comparer.importing import import_all
from comparer.storage import Library

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
REPEATS = 3
QT = {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
WINDOW = """
import resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1200, 800)
else:
    from comparer.storage import Library
    from ui.app import build_window
    window = build_window(Library.open(sys.argv[1]), seed_samples=False)
window.show()
app.processEvents()
window.grab()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


def window_cpu(target: str) -> tuple[float, float]:
    """CPU seconds and peak MiB of a fresh process up to the painted window."""
    out, _ = in_child(["-c", WINDOW, target], QT)
    cpu, peak = out.split()[-2:]
    return float(cpu), float(peak)


def run(corpora: Path) -> dict[str, float]:
    big, figures = big_library(corpora)
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.sqlite3"
        with Library.open(small) as library:
            import_all(library, [str(p) for p in sorted(SAMPLES.glob("*.txt"))])
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "small": [], "big": []}
        for _ in range(REPEATS):  # paired: each round starts all three, one after the other
            runs["bare"].append(window_cpu("bare"))
            runs["small"].append(window_cpu(str(small)))
            runs["big"].append(window_cpu(str(big)))
        cpu = {name: statistics.median(c for c, _ in got) for name, got in runs.items()}
        figures |= {
            "start_bare_qt_cpu_s": cpu["bare"],
            "start_window_cpu_s": cpu["small"],
            "start_window_vs_bare_qt": cpu["small"] / cpu["bare"],
            "start_window_peak_mb": max(p for _, p in runs["small"]),
            "start_window_100k_cpu_s": cpu["big"],
            "start_100k_minus_5_cpu_s (goal <= 0.3)": cpu["big"] - cpu["small"],
        }
        lists = [in_child(["-m", "comparer", "--db", str(small), "list"])[1] for _ in range(3)]
        figures["cli_list_cpu_s (goal <= 0.5)"] = statistics.median(c.cpu for c in lists)
    _, cost = in_child(["-m", "comparer", "--db", str(big), "list", "--format", "json"])
    figures["cli_list_json_100k_cpu_s"] = cost.cpu
    figures["cli_list_json_100k_wall_s"] = cost.wall
    return figures
