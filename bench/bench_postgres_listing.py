"""The library sidebar on PostgreSQL: one keystroke of the filter at 10,000 and 100,000 articles.

A PostgreSQL 15 server is started for the run (as in :mod:`bench.bench_postgres`) and
filled through :meth:`Library.add_many` with the articles of :mod:`bench.bench_search`.
Each figure is one keystroke on a shown :class:`ui.library.panel.LibraryPanel`, until the
table has painted again: typing "syria" letter by letter, then a word found nowhere, as
:mod:`bench.bench_library` does on SQLite. The work is the server's, so the figures are
wall-clock milliseconds (median and maximum over the keystrokes), with this process's CPU
beside them. Skipped, with the reason, where PostgreSQL or psycopg is missing.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.bench_search import load_sentences, make_articles
from comparer.storage import Library
from ui.library.panel import LibraryPanel

SIZES = (10_000, 100_000)
TYPED = ["s", "sy", "syr", "syri", "syria", "", "q", "qz", "qzx", "qzxj", ""]
BATCH = 1000


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _keystroke(panel: LibraryPanel, app: QApplication, typed: str) -> tuple[float, float]:
    """(wall ms, CPU ms) of one keystroke until the table has painted."""
    started, cpu = time.perf_counter(), _cpu()
    panel.filter_edit.setText(typed)
    panel._search_timer.stop()  # the keystroke's work, without the typing pause
    panel._apply_filter()
    app.processEvents()
    panel.table.grab()
    return (time.perf_counter() - started) * 1000, (_cpu() - cpu) * 1000


def keystrokes(library: Library) -> dict[str, float]:
    """Median and maximum of every keystroke of :data:`TYPED` on a shown sidebar."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    panel = LibraryPanel(library)
    panel.resize(600, 900)
    panel.show()
    timings = [_keystroke(panel, app, typed) for typed in TYPED]
    panel.close()
    walls, cpus = [w for w, _ in timings], [c for _, c in timings]
    return {
        "keystroke_median_ms": statistics.median(walls),
        "keystroke_max_ms": max(walls),
        "keystroke_median_client_cpu_ms": statistics.median(cpus),
    }


def fill(
    location: str, corpora: Path, sizes: tuple[int, ...], measure: Callable[[int], None]
) -> None:
    """Add articles up to each size in turn, calling ``measure(size)`` at each."""
    sentences, outlets = load_sentences(corpora)
    articles = make_articles(sentences, outlets, max(sizes))
    stored = 0
    with Library.open(location) as library:
        for size in sizes:
            while stored < size:
                batch = list(islice(articles, min(BATCH, size - stored)))
                library.add_many(batch)
                stored += len(batch)
            measure(size)


def run(corpora: Path) -> dict[str, float | str]:
    """Keystroke figures at each of :data:`SIZES`, prefixed by the size."""
    # The cluster helper lives with the tests, which start the same kind of server.
    from tests.pg_cluster import cluster_user, find_binaries, start_cluster, stop_cluster

    binaries = find_binaries()
    if binaries is None:
        return {"postgresql": "skipped: no PostgreSQL binaries"}
    results: dict[str, float | str] = {}
    cluster = start_cluster(binaries, cluster_user(), durable=True)
    location = cluster.url("postgres")

    def measure(size: int) -> None:
        with Library.open(location) as library:
            figures = keystrokes(library)
        results.update({f"{size}_{k}": v for k, v in figures.items()})

    try:
        fill(location, corpora, SIZES, measure)
    finally:
        stop_cluster(cluster)
    return results
