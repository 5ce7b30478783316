"""The library at 100,000 articles: the sidebar's sort, filter and refresh, and search.

Uses the library of :mod:`bench.big_library`. Each sidebar figure is the CPU time of one
user action on a shown :class:`ui.library.panel.LibraryPanel`, until the table has painted
again (``grab``): a header click for each column and direction, each keystroke of typing
"syria" and of a word found nowhere, a refresh, and the arrival of ten imported articles
(inserted, then removed again so the cached library stays as built). Goals: each ≤ 100 ms.
A keystroke counts the matches only up to :data:`ui.library.model.FIRST_COUNT` ("1000+ of
100000 articles"); the list counts further as it is scrolled to its end.

Search: 200 queries (words, pairs, phrases, prefixes drawn from the corpus, as in
:mod:`bench.bench_search`) through :meth:`Library.search`, CPU p95 (goal ≤ 50 ms), and
the same queries with every match ranked (``fts.CANDIDATES`` unbounded) for comparison.
"""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bench.bench_search import load_sentences, make_articles, make_queries
from bench.big_library import big_library
from bench.measure import percentile, timed
from comparer.storage import Library, fts
from ui.library.panel import LibraryPanel

ORDERS = [(c, o) for c in (0, 1, 2) for o in Qt.SortOrder] + [(-1, Qt.SortOrder.AscendingOrder)]
TYPED = ["s", "sy", "syr", "syri", "syria", "", "q", "qz", "qzx", "qzxj", ""]


def _ms(action: Callable[[], object], panel: LibraryPanel, app: QApplication) -> float:
    def step() -> None:
        action()
        app.processEvents()
        panel.table.grab()

    return timed(step)[1].cpu * 1000


def sidebar(library: Library, corpora: Path) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    panel: list[LibraryPanel] = []
    build = timed(lambda: panel.append(LibraryPanel(library)))[1].cpu * 1000
    shown = panel[0]
    shown.resize(600, 900)
    shown.show()
    sorts = [_ms(lambda c=c, o=o: shown.table.sortByColumn(c, o), shown, app) for c, o in ORDERS]
    keys = [_ms(lambda t=t: _type(shown, t), shown, app) for t in TYPED]
    refresh = [_ms(shown.refresh, shown, app) for _ in range(3)]
    arrival = _arrival(library, corpora, shown, app)
    shown.close()
    return {
        "sidebar_build_cpu_ms": build,
        "sidebar_sort_median_cpu_ms": statistics.median(sorts),
        "sidebar_sort_max_cpu_ms (goal <= 100)": max(sorts),
        "sidebar_keystroke_median_cpu_ms": statistics.median(keys),
        "sidebar_keystroke_max_cpu_ms (goal <= 100)": max(keys),
        "sidebar_refresh_cpu_ms (goal <= 100)": statistics.median(refresh),
        "sidebar_arrival_of_10_cpu_ms (goal <= 100)": arrival,
    }


def _type(panel: LibraryPanel, text: str) -> None:
    panel.filter_edit.setText(text)
    panel._search_timer.stop()  # the keystroke's work, without the typing pause
    panel._apply_filter()


def _arrival(library: Library, corpora: Path, panel: LibraryPanel, app: QApplication) -> float:
    sentences, outlets = load_sentences(corpora)
    fresh = [a for a in make_articles(sentences[::-1], outlets, 10)]
    added = library.add_many(fresh)
    try:
        return _ms(panel.add_arrivals, panel, app)
    finally:
        for result in added:
            if result.created:
                library.remove(result.article_id)


def search(library: Library, corpora: Path) -> dict[str, float]:
    sentences, _ = load_sentences(corpora)
    queries = make_queries(sentences, 200)
    library.search(queries[0])
    bounded = [timed(lambda q=q: library.search(q))[1].cpu * 1000 for q in queries]
    syria = timed(lambda: library.search("Syri*"))[1].cpu * 1000
    kept = fts.CANDIDATES
    fts.CANDIDATES = 10**9
    try:
        every = [timed(lambda q=q: library.search(q))[1].cpu * 1000 for q in queries]
    finally:
        fts.CANDIDATES = kept
    return {
        "search_median_cpu_ms": statistics.median(bounded),
        "search_p95_cpu_ms (goal <= 50)": percentile(bounded, 0.95),
        "search_syri_prefix_cpu_ms": syria,
        "search_p95_cpu_ms_ranking_every_match (before)": percentile(every, 0.95),
    }


def run(corpora: Path) -> dict[str, float]:
    path, figures = big_library(corpora)
    with Library.open(path) as library:
        figures |= sidebar(library, corpora)
        figures |= search(library, corpora)
    return figures
