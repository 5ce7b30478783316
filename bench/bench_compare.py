"""Comparison speed: 2 and 20 articles of about 1,000 words in a warm process, and memory.

Goals: two articles in at most 50 ms end to end, twenty in at most 1.5 s, at most 300 MB;
fifty in at most 3 s of CPU and 500 MB (issue 15).
Beside each time the ratio to a naive baseline (difflib's SequenceMatcher over the
sentence lists of every pair of articles, ``autojunk=False``) shows what the real
alignment costs over the cheapest possible one. CPU time is printed too, as wall time on a
busy machine says little. Peak memory is read from a fresh process.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

from comparer.compare import compare
from comparer.model import Article
from evaluation.speed import make_articles, timed

MEMORY_SCRIPT = """
import resource, sys
from pathlib import Path
from comparer.compare import compare
from evaluation.speed import make_articles
compare(make_articles(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def baseline(articles: list[Article]) -> None:
    """Match identical sentences between every two articles with difflib."""
    for a, b in combinations(articles, 2):
        left = [s.text for s in a.sentences]
        right = [s.text for s in b.sentences]
        SequenceMatcher(None, left, right, autojunk=False).get_matching_blocks()


def peak_memory_mb(corpora: Path, count: int = 20) -> float:
    """Peak resident memory of a fresh process comparing ``count`` articles."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(corpora), str(count)],
        capture_output=True, text=True, check=True, cwd=root,
    )  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1])


def cpu_ms(func: Callable[[], object], repeat: int = 3) -> float:
    """Median process CPU time of ``func`` in milliseconds (steadier than wall time here)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def run(corpora: Path) -> dict[str, float]:
    """The figures, with goals and baseline ratios."""
    articles = make_articles(corpora, 20)
    if len(articles) < 20:
        return {}
    compare(articles[:2])
    ms2 = timed(lambda: compare(articles[:2]), 7)
    ms20 = timed(lambda: compare(articles), 3)
    cpu_start = time.process_time()
    compare(articles)
    cpu20 = (time.process_time() - cpu_start) * 1000
    full_cpu, align_cpu = (
        cpu_ms(lambda: compare(articles)),
        cpu_ms(lambda: compare(articles, analysers=())),
    )
    base2 = timed(lambda: baseline(articles[:2]), 7)
    base20 = timed(lambda: baseline(articles), 3)
    return {
        "compare_2_ms": ms2,
        "compare_2_goal_ms": 50.0,
        "compare_2_vs_difflib": ms2 / max(base2, 1e-6),
        "compare_20_ms": ms20,
        "compare_20_goal_ms": 1500.0,
        "compare_20_vs_difflib": ms20 / max(base20, 1e-6),
        "compare_20_cpu_ms": cpu20,
        "align_only_20_cpu_ms": align_cpu,
        "analysis_share_of_alignment (goal <= 1.0)": (full_cpu - align_cpu) / align_cpu,
        "sentences_20": float(sum(len(a.sentences) for a in articles)),
        "peak_mb": peak_memory_mb(corpora),
        "peak_goal_mb": 300.0,
        **many_reports(corpora),
    }


def many_reports(corpora: Path) -> dict[str, float]:
    """50 reports of 1,000 words (issue 15): CPU time of the alignment and of the whole."""
    articles = make_articles(corpora, 50)
    if len(articles) < 50:
        return {}
    return {
        "align_only_50_cpu_ms": cpu_ms(lambda: compare(articles, analysers=()), 1),
        "compare_50_cpu_ms": cpu_ms(lambda: compare(articles), 1),
        "compare_50_goal_cpu_ms": 3000.0,
        "peak_50_mb": peak_memory_mb(corpora, 50),
        "peak_50_goal_mb": 500.0,
    }
