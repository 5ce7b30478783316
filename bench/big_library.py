"""The benchmarks' big library: 100,000 articles built once through the public bulk path.

Articles are real news sentences (those of the FA-KES casualty reports in
``<corpora>/casualties/articles.jsonl``) shuffled into new articles, so word frequencies
are a newsroom's (see :mod:`bench.bench_search`). They go in through
:meth:`Library.add_many`, the documented bulk path, in batches of :data:`BATCH`. Building
takes a minute or two, so the file is kept under the temporary folder
(``$TMPDIR/comparer-bench/``) and reused by later runs while the schema and the recipe are
unchanged; delete it to rebuild.
"""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from itertools import islice
from pathlib import Path

from bench.bench_search import load_sentences, make_articles
from comparer.storage import Library
from comparer.storage.schema import HEAD_REVISION

BATCH = 1000
RECIPE = 1  # bump when the articles made change, so cached libraries are rebuilt


def cache_folder() -> Path:
    """Where built libraries are kept between runs."""
    folder = Path(tempfile.gettempdir()) / "comparer-bench"
    folder.mkdir(exist_ok=True)
    return folder


def big_library(corpora: Path, count: int = 100_000) -> tuple[Path, dict[str, float]]:
    """The path of a library of ``count`` articles, and the figures of building it (if built)."""
    target = cache_folder() / f"library-{count}-r{HEAD_REVISION}-v{RECIPE}.sqlite3"
    if target.exists():
        return target, {}
    partial = target.with_suffix(".building")
    for stale in partial.parent.glob(partial.name + "*"):
        stale.unlink()
    figures = _build(corpora, partial, count)
    shutil.move(partial, target)
    return target, figures


def _build(corpora: Path, path: Path, count: int) -> dict[str, float]:
    sentences, outlets = load_sentences(corpora)
    articles = make_articles(sentences, outlets, count)
    wall, cpu = time.perf_counter(), _cpu()
    with Library.open(path) as library:
        while batch := list(islice(articles, BATCH)):
            library.add_many(batch)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    return {
        "big_library_articles": float(count),
        "big_library_build_s": wall,
        "big_library_build_cpu_s": cpu,
        "big_library_add_many_per_cpu_s": count / cpu,
    }


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
