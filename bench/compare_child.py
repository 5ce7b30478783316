"""One comparison measured in a fresh process: ``python -m bench.compare_child CORPORA N MODE``.

A warm process remembers the sentences it has tokenised, so timing the same articles twice
in one process would flatter the engine. Each figure therefore comes from a new process
that first compares two *other* articles (loading the code and data), then the ``N``
measured ones. What loading and the first comparison left is collected before the clock
starts: the collector is paused during a comparison and, once resumed, walks the young
objects when it next runs, so the measured comparison could otherwise pay for walking
theirs (about 35,000 objects, 6-7 ms of the two reports' figure, in it or not as the
collector's counters fell). It still pays for its own.

MODE is ``whole`` (every analyser), ``align`` (no analysers), ``event`` (every analyser, on
two real reports of one event: :func:`evaluation.speed.same_event_pair`; ``N`` must be 2),
``long`` (one article of ``N`` kB, BASIL's reports joined and repeated, against one of those
two reports: a step that reads every sentence, or quotation, once per sentence shows here) or
``cancel``: the whole comparison with progress recorded, then again, cancelled halfway
through.
Prints one JSON object: CPU seconds, peak resident MiB, and for ``cancel`` the number of
progress reports, the longest CPU gap between two cancellation checks, and how long the
cancelled run took to stop after it was asked to.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import threading
import time
from pathlib import Path

from comparer.compare import compare
from comparer.model import Article
from comparer.progress import Cancelled, Progress
from evaluation.articles import from_text
from evaluation.speed import make_articles, same_event_pair


def _peak_mb() -> float:
    """This process's own peak resident MiB. Linux carries the parent's peak into the
    ``ru_maxrss`` of a child it starts, so the kernel's per-process high-water mark is read
    where there is one."""
    try:
        status = Path("/proc/self/status").read_text("ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), "")
    return int(hwm) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Cancel is asked this long (wall) after the run passes half way: inside a step, not at a check.
ASK_AFTER_HALF_S = 0.05


def main(corpora: Path, count: int, mode: str) -> dict[str, float]:
    """Measure one comparison of ``count`` articles of about 1,000 words."""
    if mode == "event" and count != 2:
        raise SystemExit(f"event mode compares one pair of reports: N must be 2, not {count}")
    # ``long`` measures its own article: it made ``count`` others too (5,000 for 5 MB), which
    # took seconds before the clock started and never took part.
    measured = 0 if mode == "long" else count
    articles = make_articles(corpora, measured + 2)
    compare(articles[measured:])  # other articles: loads code and lexicons, not these sentences
    gc.collect()
    chosen = _chosen(corpora, count, mode, articles)
    if mode == "cancel":
        return _with_progress(chosen)
    start = time.process_time()
    compare(chosen, analysers=() if mode == "align" else None)
    return {"articles": len(chosen), "cpu_s": time.process_time() - start, "peak_mb": _peak_mb()}


def _chosen(corpora: Path, count: int, mode: str, articles: list[Article]) -> list[Article]:
    if mode == "event":
        return same_event_pair(corpora)
    if mode == "long":
        return [long_article(corpora, 1000 * count), *same_event_pair(corpora)[:1]]
    return articles[:count]


def long_article(corpora: Path, size: int) -> Article:
    """One article of ``size`` characters: BASIL's reports joined, repeated, cut there."""
    texts = [p.read_text("utf-8") for p in sorted((corpora / "basil").glob("*/*.txt"))]
    if not texts:
        raise SystemExit(f"long mode needs BASIL's reports in {corpora / 'basil'}")
    body = "\n\n".join(texts)
    return from_text(0, (body * (size // len(body) + 1))[:size])


def _with_progress(chosen: list[Article]) -> dict[str, float]:
    checks: list[float] = []
    reports: list[str] = []

    def checked() -> bool:
        checks.append(time.process_time())
        return False

    start = time.process_time()
    compare(chosen, progress=Progress(lambda _d, m: reports.append(m), checked))
    whole = time.process_time() - start
    gaps = [b - a for a, b in zip([start, *checks], [*checks, time.process_time()], strict=True)]
    return {
        "articles": len(chosen),
        "cpu_s": whole,
        "peak_mb": _peak_mb(),
        "progress_reports": len(reports),
        "longest_cpu_between_cancel_checks_s": max(gaps),
        "cancel_to_stop_wall_s": _cancel_halfway(chosen),
    }


def _cancel_halfway(chosen: list[Article]) -> float:
    """Wall seconds from Cancel to the run stopping, Cancel being asked a moment after the
    run reports half its work done. (Asking at half a previous run's wall time missed when
    the machine's load changed between the runs: the run ended before it was asked.)"""
    asked: list[float] = []
    timer = threading.Timer(ASK_AFTER_HALF_S, lambda: asked.append(time.perf_counter()))

    def report(done: float, _message: str) -> None:
        if done >= 0.5 and not timer.is_alive() and not asked:
            timer.start()

    try:
        compare(chosen, progress=Progress(report, cancelled=lambda: bool(asked)))
    except Cancelled:
        return time.perf_counter() - asked[0]
    finally:
        timer.cancel()
    return float("nan")


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])))
