"""Speed of a warm comparison: sentences per second, and milliseconds for 2 and 20 articles.

Test articles of about :data:`WORDS` words are stitched from whichever corpus text is
available (the casualty reports, else BASIL, else ECB+), so the figures do not depend on
particular documents. One comparison warms the process up before anything is timed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from statistics import median

from comparer.compare import compare
from comparer.model import Article
from evaluation.articles import from_text
from evaluation.basil import load_triplet

NAME = "speed"
WORDS = 1000


def _texts(root: Path) -> Iterator[str]:
    casualties = root / "casualties" / "articles.jsonl"
    if casualties.exists():
        for line in casualties.read_text("utf-8").splitlines():
            if line.strip():
                yield str(json.loads(line).get("text") or "")
    for path in sorted((root / "basil").glob("*/*.txt")):
        yield path.read_text("utf-8")
    ecb = root / "ecbplus" / "docs.jsonl"
    if ecb.exists():
        for line in ecb.read_text("utf-8").splitlines():
            if line.strip():
                yield " ".join(json.loads(line)["sentences"])


def make_articles(root: Path, count: int, words: int = WORDS) -> list[Article]:
    """``count`` articles of about ``words`` words each, or fewer if the text runs out."""
    articles: list[Article] = []
    buffer: list[str] = []
    size = 0
    for text in _texts(root):
        buffer.append(text)
        size += len(text.split())
        if size >= words:
            articles.append(from_text(len(articles), "\n\n".join(buffer)))
            buffer, size = [], 0
            if len(articles) == count:
                break
    return articles


def same_event_pair(root: Path, words: int = WORDS) -> list[Article]:
    """Two reports of one event by different outlets, each of about ``words`` words: of the
    BASIL triplets, the two reports whose lengths are nearest ``words`` (an empty list
    without BASIL). Stitched articles are of different events and barely align, so this is
    the pair that measures aligning, comparing wording and finding omissions."""
    best: tuple[int, list[list[str]]] | None = None
    for folder in sorted(p for p in (root / "basil").glob("*") if p.is_dir()):
        texts = sorted(load_triplet(folder), key=lambda t: abs(len(" ".join(t).split()) - words))
        miss = sum(abs(len(" ".join(t).split()) - words) for t in texts[:2])
        if len(texts) >= 2 and (best is None or miss < best[0]):
            best = (miss, texts[:2])
    if best is None:
        return []
    return [from_text(i, " ".join(t)) for i, t in enumerate(best[1])]


def timed(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``func`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return median(times)


def evaluate(root: Path) -> dict[str, float] | None:
    """Sentences/s over the 20-article set, and the two comparison times."""
    twenty = make_articles(root, 20)
    if len(twenty) < 20:
        return None
    compare(twenty[:2])  # warm up: lexicons, imports
    ms2 = timed(lambda: compare(twenty[:2]), 5)
    ms20 = timed(lambda: compare(twenty), 3)
    sentences = sum(len(a.sentences) for a in twenty)
    return {
        "sentences_per_s": sentences / (ms20 / 1000),
        "compare_2_ms": ms2,
        "compare_20_ms": ms20,
    }
