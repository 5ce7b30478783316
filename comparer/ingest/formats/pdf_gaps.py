"""Paragraphs of a PDF page told by the space between its lines.

pypdf gives hard-wrapped lines, and the reflow guesses where a paragraph ends from a line's
length: in a narrow column a line cut short before a long word ("But on" / "Thursday") was
taken for a paragraph's end, and a paragraph whose last line filled the column ran into the
next ("hearing. Councillors"). Where a column's lines stand at one usual spacing and some
further apart, the wider gap is a paragraph break: the lines between two such gaps are
joined into one line and the paragraphs are parted by a blank line. A column with one
spacing only (paragraphs told by indent, or none) keeps its lines for the reflow, and so does
the step from one column or page to the next. There a paragraph runs on unless the column's
last line stops short on a sentence's end; a paragraph that ends on a full line at a column's
foot runs into the next one (Chromium drops the gap at a column break), most of the 12 of
285 BASIL paragraphs (six reports in one, two and three columns) still missed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from comparer.ingest.paragraphs import join_wrapped

_GAP_SCALE = 1.3
"""A step this many times the column's usual line spacing parts two paragraphs. The usual
spacing is the smallest step that comes back: where most paragraphs are one or two lines
the gap is the commonest step (a page of short paragraphs at 12.7/19.5 pt read as none)."""
_MIN_GAPS = 2
"""A page with fewer wide gaps (a headline's) keeps its lines for the reflow."""
_SHORT_LINE = 0.8
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "’")
_SAME_COLUMN = 2.0
"""Two lines whose left edges are this close (points) stand in one column."""


@dataclass
class _Line:
    text: str = ""
    x: float | None = None
    y: float | None = None


def gap_paragraphs(page: Any) -> tuple[str, str]:
    """The text of ``page`` (a pypdf page) as pypdf lines it, and with its lines joined into
    paragraphs where the spacing between them tells them apart (on a page with at least two
    gaps standing between lines at the usual spacing: a headline's own do not count)."""
    runs = _column_runs(_positioned_lines(page))
    plain = "\n".join(line.text for run in runs for line in run)
    gaps = [_gaps(run) for run in runs]
    if sum(_inner_gaps(found) for found in gaps) < _MIN_GAPS:
        return plain, plain
    pieces: list[str] = []
    carried = False  # the paragraph before runs on into this run
    for run, found in zip(runs, gaps, strict=True):
        if not any(found):
            pieces.append("\n".join(line.text for line in run))
            carried = False
            continue
        paragraphs = _paragraphs(run, found)
        if carried and pieces:
            pieces[-1] = join_wrapped(pieces[-1], paragraphs.pop(0))
        pieces += paragraphs
        carried = not _ends_short(run)
    return plain, "\n\n".join(pieces)


def _inner_gaps(gaps: list[bool]) -> int:
    """How many of ``gaps`` have a step at the usual spacing on either side."""
    return sum(
        1
        for index in range(1, len(gaps) - 1)
        if gaps[index] and not gaps[index - 1] and not gaps[index + 1]
    )


def _positioned_lines(page: Any) -> list[_Line]:
    lines = [_Line()]

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: float) -> None:
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append(_Line())
            if part.strip() and lines[-1].y is None:
                lines[-1].x, lines[-1].y = _position(cm, tm)
            lines[-1].text += part

    page.extract_text(visitor_text=visit)
    return lines


def _position(cm: Any, tm: Any) -> tuple[float, float]:
    try:
        x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
        y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
    except (TypeError, ValueError, IndexError):
        return 0.0, 0.0
    return x, y


def _column_runs(lines: list[_Line]) -> list[list[_Line]]:
    """``lines`` cut where a line does not stand below the one before in the same column."""
    runs: list[list[_Line]] = []
    for line in lines:
        if runs and _follows(runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _follows(above: _Line, line: _Line) -> bool:
    if None in (above.x, above.y, line.x, line.y):
        return False
    assert above.x is not None and above.y is not None
    assert line.x is not None and line.y is not None
    return abs(above.x - line.x) <= _SAME_COLUMN and line.y < above.y


def _gaps(run: list[_Line]) -> list[bool]:
    """For each step between two lines of ``run``, whether it is wider than the usual one."""
    steps = [round(a.y - b.y, 1) for a, b in pairwise(run) if a.y is not None and b.y is not None]
    if len(steps) < 2 or len(steps) != len(run) - 1:
        return [False] * (len(run) - 1)
    counts = Counter(steps)
    repeated = [step for step, count in counts.items() if count >= 2 and step > 0]
    usual = min(repeated) if repeated else counts.most_common(1)[0][0]
    return [usual > 0 and step > _GAP_SCALE * usual for step in steps]


def _ends_short(run: list[_Line]) -> bool:
    """Whether the last line of ``run`` stops well short of the column and ends a sentence."""
    widest = max(len(line.text.strip()) for line in run)
    last = run[-1].text.strip()
    return len(last) < _SHORT_LINE * widest and last.endswith(_ENDS_SENTENCE)


def _paragraphs(run: list[_Line], gaps: list[bool]) -> list[str]:
    """The lines of one column run joined into paragraphs, parted at its wider gaps."""
    paragraphs = [run[0].text.strip()]
    for line, gap in zip(run[1:], gaps, strict=True):
        text = line.text.strip()
        if gap or not paragraphs[-1]:
            paragraphs.append(text)
        else:
            paragraphs[-1] = join_wrapped(paragraphs[-1], text)
    return paragraphs
