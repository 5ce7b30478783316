"""What opening a 10,000-article library costs, with and without the check for damage.

A library is inspected through SQLite on every open, and SQLite's ``quick_check`` reads the
whole file once per process before its first write, so that a damaged library is refused
before anything is written to it. Both variants run in one process, one after the other,
and are reported in CPU time (user + system), which the shared machine keeps steadier than
wall time. The library is built once (records made directly, as ``bench_search`` does) in
one transaction per 1,000 articles.
"""

from __future__ import annotations

import resource
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.bench_search import load_sentences, make_articles
from comparer.storage import Library, health
from comparer.storage.library import add_article

ARTICLES = 10_000
REPEAT = 5


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_ms(action: Callable[[], object]) -> float:
    """The CPU time of ``action``, the median of a few runs."""
    timings = []
    for _ in range(REPEAT):
        started = cpu_seconds()
        action()
        timings.append((cpu_seconds() - started) * 1000)
    return sorted(timings)[len(timings) // 2]


def build(path: Path, corpora: Path) -> None:
    sentences, outlets = load_sentences(corpora)
    articles = list(make_articles(sentences, outlets, ARTICLES))
    with Library.open(path) as library:
        for start in range(0, len(articles), 1000):
            with library.transaction(write=True) as session:
                for article in articles[start : start + 1000]:
                    add_article(session, article)
                session.commit()


def open_only(path: Path) -> None:
    Library.open(path).close()


def open_and_check(path: Path) -> None:
    health.forget_checks()
    with Library.open(path) as library:
        library.check_writable()


def run(corpora: Path) -> dict[str, float]:
    """Build the library, then time both ways of opening it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite3"
        build(path, corpora)
        size_mb = path.stat().st_size / 2**20
        plain = cpu_ms(lambda: open_only(path))
        checked = cpu_ms(lambda: open_and_check(path))
    return {
        "articles": float(ARTICLES),
        "library_mb": size_mb,
        "open_cpu_ms": plain,
        "open_and_damage_check_cpu_ms": checked,
        "damage_check_cpu_ms": checked - plain,
    }
