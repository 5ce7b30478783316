"""Benchmark of the article library: add() throughput and search latency at 10,000 articles.

Builds a library in a temporary folder from real news sentences (those of the FA-KES
casualty reports in ``<corpora>/casualties/articles.jsonl``) shuffled into new articles,
so word frequencies are a newsroom's, then times ~200 searches of single words, word
pairs, phrases and prefixes. Records are made directly, without the importers, so this
measures storage alone. Run: ``python -m bench.bench_search --corpora ../shared/corpora``.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.measure import percentile, run_alone
from comparer.model import Extracted, Metadata
from comparer.storage import Library
from evaluation.articles import extracted

ARTICLES = 10_000
QUERIES = 200
SEED = 20170404
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def load_sentences(corpora: Path) -> tuple[list[str], list[str]]:
    """The corpus's sentences and outlet names."""
    sentences: list[str] = []
    outlets: set[str] = set()
    with (corpora / "casualties" / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            outlets.add(str(record.get("source", "")))
            parts = _SENTENCE_END.split(str(record.get("text", "")))
            sentences.extend(p.strip() for p in parts if 20 <= len(p.strip()) <= 600)
    return sentences, sorted(outlets)


def make_articles(sentences: list[str], outlets: list[str], count: int) -> Iterator[Extracted]:
    """``count`` new articles of 8-25 shuffled sentences each, with exact offsets."""
    rng = random.Random(SEED)
    for number in range(count):
        chosen = rng.sample(sentences, rng.randint(8, 25))
        yield _article(number, chosen, rng.choice(outlets), title=chosen[0][:90])


def _article(number: int, chosen: list[str], outlet: str, title: str) -> Extracted:
    original = f"{number}\n{title}\n{' '.join(chosen)}".encode()
    meta = Metadata(title=title, outlet=outlet, language="en")
    return extracted(chosen, original=original, source=f"bench/{number}.txt", meta=meta)


def make_queries(sentences: list[str], count: int) -> list[str]:
    """Words, word pairs, quoted phrases and prefixes drawn from the sentences."""
    rng = random.Random(SEED + 1)
    queries = []
    for number in range(count):
        words = _WORD.findall(rng.choice(sentences)) or ["Syria"]
        at = rng.randrange(len(words))
        pair = words[at : at + 2]
        shape = number % 4
        if shape == 0:
            queries.append(words[at])
        elif shape == 1:
            queries.append(" ".join(rng.sample(words, min(2, len(words)))))
        elif shape == 2:
            queries.append('"' + " ".join(pair) + '"')
        else:
            queries.append(words[at][:4] + "*")
    return queries


def run(corpora: Path) -> dict[str, float]:
    """Build the library, time add() and search(), and return the numbers."""
    sentences, outlets = load_sentences(corpora)
    with (
        tempfile.TemporaryDirectory() as folder,
        Library.open(Path(folder) / "bench.sqlite3") as library,
    ):
        articles = list(make_articles(sentences, outlets, ARTICLES))
        started = time.perf_counter()
        for article in articles:
            library.add(article)
        add_seconds = time.perf_counter() - started
        queries = make_queries(sentences, QUERIES)
        library.search(queries[0])
        timings, hits = [], []
        for query in queries:
            started = time.perf_counter()
            hits.append(len(library.search(query)))
            timings.append((time.perf_counter() - started) * 1000)
    results = {
        "articles": float(ARTICLES),
        "add_per_s": ARTICLES / add_seconds,
        "search_median_ms": statistics.median(timings),
        "search_p95_ms": percentile(timings, 0.95),
        "search_max_ms": max(timings),
        "search_mean_hits": statistics.fmean(hits),
    }
    return results


if __name__ == "__main__":
    run_alone(run, __doc__)
