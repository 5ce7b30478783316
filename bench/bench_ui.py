"""How fast the comparison view renders and scrolls two long articles (offscreen).

Two articles of about 5,000 words each (seed reports repeated), one sentence group per
sentence pair and 500 highlights of every kind. :func:`run` returns milliseconds:
``set_comparison_ms`` (building the columns and applying every highlight),
``first_paint_ms`` (set plus laying out and painting the whole view once; its
``first_paint_cpu_ms`` is the process's CPU time, steadier on a busy machine), and
``scroll_frame_ms`` / ``scroll_frame_max_ms`` (one scroll step of one column, levelling the
other and repainting the view). The goal is ``first_paint_ms`` ≤ 100.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from comparer.model import (
    AlignmentGroup,
    Article,
    ComparedArticle,
    Comparison,
    Counterpart,
    Difference,
    Kind,
    Member,
    Metadata,
    Relation,
    Sentence,
)
from ui.compare import ComparisonView

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s)|$)", re.MULTILINE)
WORD = re.compile(r"\w+")
KINDS = (Kind.WORDING, Kind.NUMBER, Kind.FRAMING, Kind.OMISSION)


def long_text(number: int, words: int = 5000) -> str:
    """Seed ``number`` repeated until it holds at least ``words`` words."""
    seed = next(SAMPLES.glob(f"{number:03d}_*.txt")).read_text(encoding="utf-8")
    copies = words // len(seed.split()) + 1
    return "\n\n".join([seed] * copies)


def article(number: int, text: str) -> Article:
    found = SENTENCE.finditer(text)
    sentences = tuple(Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(found))
    meta = Metadata(title=f"Seed {number} repeated", outlet=f"Outlet {number}")
    return Article(number, "bench", "text/plain", "", meta, text, (), (), sentences, datetime.now())


def highlights(key: str, text: str, other: str, count: int) -> list[Difference]:
    """``count`` differences spread evenly over the words of ``text``."""
    words = list(WORD.finditer(text))
    step = max(len(words) // count, 1)
    made = []
    for n, match in enumerate(words[::step][:count]):
        counterpart = Counterpart(other, 0, 4, "text")
        kind = KINDS[n % len(KINDS)]
        made.append(
            Difference(
                kind,
                "replaced",
                None,
                key,
                match.start(),
                match.end(),
                match.group(),
                counterpart,
                "bench",
            )
        )
    return made


def comparison() -> Comparison:
    a, b = article(0, long_text(0)), article(1, long_text(1))
    pairs = min(len(a.sentences), len(b.sentences))
    groups = tuple(
        AlignmentGroup(f"g{i}", Relation.REWORDED, 0.8, (Member("A", (i,)), Member("B", (i,))))
        for i in range(0, pairs, 2)
    )
    found = highlights("A", a.text, "B", 250) + highlights("B", b.text, "A", 250)
    compared = (ComparedArticle("A", a), ComparedArticle("B", b))
    return Comparison("bench", compared, (), groups, tuple(found))


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def run(corpora: Path | None = None, repeats: int = 5) -> dict[str, float]:
    """Measure rendering and scrolling; medians of ``repeats`` runs, in milliseconds.

    ``corpora`` is unused: the view is measured on the bundled samples.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = comparison()
    view = ComparisonView()
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    sets, paints, cpu = [], [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        view.set_comparison(data)
        sets.append(_ms(start))
        view.grab()
        paints.append(_ms(start))
        cpu.append((time.process_time() - start_cpu) * 1000)
    frames = _scroll(view, app)
    view.close()
    return {
        "words_per_article": float(len(data.articles[0].article.text.split())),
        "highlights": float(len(data.differences)),
        "set_comparison_ms": statistics.median(sets),
        "first_paint_ms": statistics.median(paints),
        "first_paint_cpu_ms": statistics.median(cpu),
        "scroll_frame_ms": statistics.median(frames),
        "scroll_frame_max_ms": max(frames),
    }


def _scroll(view: ComparisonView, app: QApplication) -> list[float]:
    bar = view.texts["A"].verticalScrollBar()
    frames = []
    for value in range(0, bar.maximum(), max(bar.maximum() // 60, 1)):
        start = time.perf_counter()
        bar.setValue(value)
        view.repaint()
        app.processEvents()
        frames.append(_ms(start))
    return frames


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:>22}: {value:.1f}")
