"""SQLite and PostgreSQL side by side: import rate and search latency at 10,000 articles.

The same articles and queries as :mod:`bench.bench_search` (real news sentences shuffled
into new articles), stored once in a SQLite file and once in a PostgreSQL 15 server started
for the run on 127.0.0.1 (``initdb`` in a temporary folder, durable settings: ``fsync`` on,
as a newsroom's server runs). Prints, for each backend, articles added per second (one
transaction each, as the importer does), search median and p95 in milliseconds over ~200
queries, and this process's CPU seconds (user+sys) for the adds (the server's own CPU
is not in it). Skipped, with the reason, where PostgreSQL or psycopg is missing.
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_search import ARTICLES, QUERIES, load_sentences, make_articles, make_queries
from comparer.model import Extracted
from comparer.storage import Library


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(location: str, articles: list[Extracted], queries: list[str]) -> dict[str, float]:
    """Add every article, then time every query, on the library at ``location``."""
    with Library.open(location) as library:
        started, cpu = time.perf_counter(), _cpu()
        for article in articles:
            library.add(article)
        add_seconds, add_cpu = time.perf_counter() - started, _cpu() - cpu
        library.search(queries[0])
        timings = []
        for query in queries:
            started = time.perf_counter()
            library.search(query)
            timings.append((time.perf_counter() - started) * 1000)
    ordered = sorted(timings)
    return {
        "add_per_s": len(articles) / add_seconds,
        "add_client_cpu_s": add_cpu,
        "search_median_ms": statistics.median(timings),
        "search_p95_ms": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
    }


def run(corpora: Path) -> dict[str, float | str]:
    """Both backends' figures, prefixed ``sqlite_`` and ``postgresql_``."""
    # The cluster helper lives with the tests, which start the same kind of server.
    from tests.pg_cluster import cluster_user, find_binaries, start_cluster, stop_cluster

    sentences, outlets = load_sentences(corpora)
    articles = list(make_articles(sentences, outlets, ARTICLES))
    queries = make_queries(sentences, QUERIES)
    results: dict[str, float | str] = {"articles": float(ARTICLES)}
    with tempfile.TemporaryDirectory() as folder:
        sqlite = measure(str(Path(folder) / "bench.sqlite3"), articles, queries)
    results.update({f"sqlite_{k}": v for k, v in sqlite.items()})
    binaries = find_binaries()
    if binaries is None:
        return {**results, "postgresql": "skipped: no PostgreSQL binaries"}
    cluster = start_cluster(binaries, cluster_user(), durable=True)
    try:
        postgres = measure(cluster.url("postgres"), articles, queries)
    finally:
        stop_cluster(cluster)
    results.update({f"postgresql_{k}": v for k, v in postgres.items()})
    return results
