"""Comparison speed and memory: 2, 20, 50 and 100 reports of about 1,000 words (issue 15).

Goals, in CPU seconds and peak MiB: two articles in 50 ms; twenty in 1.5 s whole (1.0 s
aligning), 250 MB; fifty in 3 s, 500 MB; a hundred in 10 s, 1 GB, with progress reported
all the way and Cancel stopping the run promptly. Every figure comes from a fresh process
(:mod:`bench.compare_child`) that warms up on two other articles first, so nothing the
engine remembers from an earlier run of the same articles flatters it; the median of a few
processes is taken where a run is short. One long article (1 MB, against a report) shows
whether a step grows with the square of an article's length: goal 6 s, under 1 GB (5 MB:
30 s, 1.5 GB). Beside
the twenty, the ratio to a naive baseline (difflib's SequenceMatcher over the sentence lists
of every pair of articles) shows what
the real alignment costs over the cheapest possible one. What the warm figures leave out
is printed apart (:mod:`bench.compare_cold`): importing the engine, and the first
comparison of a process, which loads the lexicons and the scorer.
"""

from __future__ import annotations

import json
import statistics
import time
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

from bench.measure import in_child
from comparer.model import Article
from evaluation.speed import make_articles, same_event_pair


def baseline(articles: list[Article]) -> None:
    """Match identical sentences between every two articles with difflib."""
    for a, b in combinations(articles, 2):
        left = [s.text for s in a.sentences]
        right = [s.text for s in b.sentences]
        SequenceMatcher(None, left, right, autojunk=False).get_matching_blocks()


def child(corpora: Path, count: int, mode: str) -> dict[str, float]:
    """One fresh process's figures (see :mod:`bench.compare_child`)."""
    out, _cost = in_child(["-m", "bench.compare_child", str(corpora), str(count), mode])
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return figures


def median_of(corpora: Path, count: int, mode: str, runs: int) -> dict[str, float]:
    """The median CPU time of ``runs`` fresh processes, and the largest peak memory."""
    found = [child(corpora, count, mode) for _ in range(runs)]
    return {
        "cpu_s": statistics.median(f["cpu_s"] for f in found),
        "peak_mb": max(f["peak_mb"] for f in found),
    }


def run(corpora: Path) -> dict[str, float]:
    """The figures, each beside its goal."""
    articles = make_articles(corpora, 20)
    if len(articles) < 20:
        return {}
    two = median_of(corpora, 2, "whole", 5)
    cold = [json.loads(in_child(["-m", "bench.compare_cold", str(corpora)])[0]) for _ in range(3)]
    twenty = median_of(corpora, 20, "whole", 3)
    aligning = median_of(corpora, 20, "align", 3)
    start = time.process_time()
    baseline(articles)
    difflib_s = time.process_time() - start
    return {
        "compare_2_cpu_ms": 1000 * two["cpu_s"],
        "compare_2_goal_cpu_ms": 50.0,
        **same_event(corpora),
        "engine_import_cpu_ms (not in compare_2)": _median_ms(cold, "import_cpu_s"),
        "first_compare_2_cpu_ms (loads data; not in compare_2)": _median_ms(
            cold, "first_compare_cpu_s"
        ),
        "compare_20_cpu_s": twenty["cpu_s"],
        "compare_20_goal_cpu_s": 1.5,
        "align_only_20_cpu_s": aligning["cpu_s"],
        "align_only_20_goal_cpu_s": 1.0,
        "compare_20_vs_difflib": twenty["cpu_s"] / max(difflib_s, 1e-6),
        "sentences_20": float(sum(len(a.sentences) for a in articles)),
        "peak_20_mb": twenty["peak_mb"],
        "peak_20_goal_mb": 250.0,
        **many_reports(corpora),
        **long_article(corpora),
    }


def long_article(corpora: Path) -> dict[str, float]:
    """A 1 MB and a 5 MB article against a report (BASIL's), or nothing without BASIL.
    The 5 MB one holds more sentences (36,000) than any per-sentence memo's base: a memo
    that stopped following the comparison's size shows here, not at 1 MB."""
    if not same_event_pair(corpora):
        return {}
    one, five = child(corpora, 1000, "long"), child(corpora, 5000, "long")
    return {
        "compare_long_1mb_cpu_s": one["cpu_s"],
        "compare_long_1mb_goal_cpu_s": 6.0,
        "peak_long_1mb_mb": one["peak_mb"],
        "peak_long_1mb_goal_mb": 1024.0,
        "compare_long_5mb_cpu_s": five["cpu_s"],
        "compare_long_5mb_goal_cpu_s": 30.0,
        "peak_long_5mb_mb": five["peak_mb"],
        "peak_long_5mb_goal_mb": 1536.0,
    }


def same_event(corpora: Path) -> dict[str, float]:
    """Two real reports of one event (BASIL's), or nothing without BASIL."""
    if not same_event_pair(corpora):
        return {}
    return {"compare_2_same_event_cpu_ms": 1000 * median_of(corpora, 2, "event", 5)["cpu_s"]}


def _median_ms(found: list[dict[str, float]], key: str) -> float:
    return 1000 * statistics.median(f[key] for f in found)


def many_reports(corpora: Path) -> dict[str, float]:
    """50 reports, then 100 with progress recorded and a Cancel halfway through."""
    if len(make_articles(corpora, 102)) < 102:
        return {}
    fifty = child(corpora, 50, "whole")
    aligning = child(corpora, 50, "align")
    hundred = child(corpora, 100, "cancel")
    return {
        "align_only_50_cpu_s": aligning["cpu_s"],
        "compare_50_cpu_s": fifty["cpu_s"],
        "compare_50_goal_cpu_s": 3.0,
        "peak_50_mb": fifty["peak_mb"],
        "peak_50_goal_mb": 500.0,
        "compare_100_cpu_s": hundred["cpu_s"],
        "compare_100_goal_cpu_s": 10.0,
        "peak_100_mb": hundred["peak_mb"],
        "peak_100_goal_mb": 1024.0,
        "compare_100_progress_reports": hundred["progress_reports"],
        "compare_100_longest_cpu_s_between_cancel_checks": hundred[
            "longest_cpu_between_cancel_checks_s"
        ],
        "compare_100_cancel_to_stop_wall_s": hundred["cancel_to_stop_wall_s"],
    }
