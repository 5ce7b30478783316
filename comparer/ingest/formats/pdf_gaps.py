"""Paragraphs of a PDF told by the space between its lines and by first-line indents.

pypdf gives hard-wrapped lines, and the reflow guesses where a paragraph ends from a line's
length: in a narrow column a line cut short before a long word ("But on" / "Thursday") was
taken for a paragraph's end, and a paragraph whose last line filled the column ran into the
next ("hearing. Councillors"). Where a column's lines stand at one usual spacing and some
further apart, the wider gap is a paragraph break; where a column's lines stand at one left
edge and some start a step to the right (typeset with first-line indents and no gaps), the
indented line opens a paragraph. The lines between two breaks are joined into one line and
the paragraphs are parted by a blank line. Whether a document is read this way is decided
once for all its pages (a last page of one- and two-line paragraphs shows too few gaps of
its own); a document with fewer breaks (a headline's gaps only) keeps its lines for the reflow.

From one column or page to the next a paragraph runs on unless the next column opens with an
indent, or (no indents) the column's last line ends a sentence and either stops short or the
next column's first line starts one with a capital: Chromium drops the gap at a column
break, so a paragraph ending on a full line at a column's foot ran into the next one. That
cue costs a paragraph when a sentence ends at a column's foot mid-paragraph.
Six BASIL reports printed by Chromium (tools/pdf_paragraphs.py, 95 paragraphs), exact
paragraphs in 1/2/3 columns: with gaps 93/91/87 -> 95/94/94 (reports 1, 3, 5: 29/29/27 ->
29/29/29; reports 2, 4, 6: 64/62/60 -> 66/65/65); with indents 55/48/52 -> 95/95/95. The two
still missed are sentences ending at a column's foot mid-paragraph. An indent counts as a
paragraph's opening only between two lines at the edge, and a document is read by indents
only with three such openings: a two-line block quote set in 2em had made a gapless report
"indented" and run all its paragraphs together (one BASIL report printed with no gaps and a
block quote: 10 of 12 paragraphs exact, 0 with the quote -> 10 again); the printouts above
are unchanged.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from comparer.ingest.menus import menu_runs
from comparer.ingest.paragraphs import join_wrapped
from comparer.one_line import tidy

_GAP_SCALE = 1.3
"""A step this many times the column's usual line spacing parts two paragraphs. The usual
spacing is the smallest step that comes back: where most paragraphs are one or two lines
the gap is the commonest step (a page of short paragraphs at 12.7/19.5 pt read as none)."""
_MIN_BREAKS = 2
"""A document with fewer breaks (a headline's gaps) keeps its lines for the reflow."""
_SHORT_LINE = 0.8
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "’")
_OPENS_SENTENCE = ('"', "“", "‘", "'", "(", "[", "—", "–")
_LARGE_TYPE = 1.3
"""A line set this many times the body's type size is a heading, never a menu item."""
_SAME_COLUMN = 2.0
"""Two lines whose left edges are this close (points) stand in one column."""
_MIN_INDENT, _MAX_INDENT = 3.0, 40.0
"""A line starting this far right of its column's left edge (points) is indented."""
_EDGE_SHARE = 0.2
_PLACED = 0.8
"""The share of a column's lines that must stand at its edge or its indent."""
_MIN_OPENINGS = 3
"""A document is read by its indents when this many indented lines open a paragraph; with
fewer (a block quote set in, two of them) gaps alone part its paragraphs, or the reflow."""
_MIN_RUN = 3
"""A column run of fewer lines without a break (running lines, a headline) is left alone
unless another column starts at its height."""


@dataclass
class _Line:
    text: str = ""
    x: float | None = None
    y: float | None = None
    size: float = 0.0
    """The type size the line starts in (points, as drawn)."""


@dataclass(frozen=True)
class PdfText:
    """A PDF's pages as pypdf lines them (``pages``), and its text (``text``): the pages
    joined, their lines joined into paragraphs where gaps and indents tell them apart."""

    pages: list[str]
    text: str
    menus: tuple[tuple[tuple[str, ...], str], ...] = ()
    """A printed page's menus (:mod:`comparer.ingest.menus`), cut from the lines before
    they were read, each with the line before it, as ``Raw.link_lists`` holds them."""


@dataclass
class _Run:
    """A column's lines one below the other, and before each line whether it opens a
    paragraph (a wider gap above it, or an indent)."""

    lines: list[_Line]
    breaks: list[bool]
    gaps: list[bool]
    """Before each line, whether a wider gap stands above it (its breaks without indents)."""
    indents: int = 0
    """How many indented lines open a paragraph: each after a line and before one at the
    edge (two indented lines in a row are a block quote)."""
    read: bool = False
    """Whether the run is read into paragraphs: it has a break, is a column of text, or
    starts at the height of another column; a running line or a headline is not."""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def gap_pages(pages: Sequence[Any]) -> PdfText:
    """The text of ``pages`` (pypdf pages), see :class:`PdfText`. Where the document shows
    too few breaks, its pages are joined by one newline for the reflow to read."""
    menus: list[tuple[tuple[str, ...], str]] = []
    runs = [_page_runs(page, menus) for page in pages]
    plain = ["\n".join(run.text for run in page) for page in runs]
    every = [run for page in runs for run in page]
    if sum(_inner_breaks(run) for run in every) < _MIN_BREAKS:
        return PdfText(plain, "\n".join(plain), tuple(menus))
    reader = _Reader(indented=sum(run.indents for run in every) >= _MIN_OPENINGS)
    if not reader.indented:
        for run in every:  # a block quote's lines are no paragraphs of their own
            run.breaks = run.gaps
    for page in runs:
        reader.page()
        for run in page:
            reader.add(run)
    return PdfText(plain, reader.text(), tuple(menus))


@dataclass
class _Reader:
    """Paragraphs gathered run by run over a document's pages."""

    indented: bool
    pieces: list[str] = field(default_factory=list)
    before: _Run | None = None
    tail_read: bool = False
    """Whether the last piece is a paragraph a column run ended on (no running line since)."""
    joints: dict[int, str] = field(default_factory=dict)
    """Before the piece at each index, what stands there when not a blank line."""

    at_page_start: bool = False

    def page(self) -> None:
        self.at_page_start = True

    def add(self, run: _Run) -> None:
        """Add the lines of ``run``: a paragraph running on from the column before is joined
        to it, or over one newline where a running line stands between (the reflow then
        reads the page break)."""
        start, self.at_page_start = self.at_page_start and bool(self.pieces), False
        if not run.read:
            self.joints[len(self.pieces)] = "\n" if start else "\n\n"
            self.pieces.append(run.text)
            self.tail_read = False
            return
        paragraphs = _paragraphs(run)
        fresh = self.before is None or _opens(self.before, run, self.indented)
        if start and self.before is not None and self.before.breaks[-1]:
            self.tail_read = False  # a line set apart at a page's foot may be its footer
        if not fresh and self.tail_read:
            self.pieces[-1] = join_wrapped(self.pieces[-1], paragraphs.pop(0))
        elif start and not fresh:
            self.joints[len(self.pieces)] = "\n"
        self.pieces += paragraphs
        self.tail_read, self.before = True, run

    def text(self) -> str:
        return "".join(
            self.joints.get(index, "\n\n") * bool(index) + piece
            for index, piece in enumerate(self.pieces)
        )


def _page_runs(page: Any, menus: list[tuple[tuple[str, ...], str]]) -> list[_Run]:
    """The column runs of ``page``, each marked as read or not (see ``_Run.read``), its
    menus cut out first and added to ``menus``."""
    lines = _without_menus(_positioned_lines(page), menus)
    runs = [_marked(run) for run in _column_runs(lines)]
    tops = Counter(_top(run) for run in runs if len(run.lines) > 1)
    for run in runs:
        others = tops[_top(run)] - (len(run.lines) > 1)
        run.read = any(run.breaks) or len(run.lines) >= _MIN_RUN or others > 0
    return runs


def _without_menus(lines: list[_Line], menus: list[tuple[tuple[str, ...], str]]) -> list[_Line]:
    """``lines`` without the runs that read as a site's menu, each added to ``menus`` with
    the text line before it (where it is shown once removed). A line set in type well above
    the body's is no menu item: a headline wrapped over short lines."""
    texts = [tidy(line.text) for line in lines]
    weight: Counter[float] = Counter()
    for line, text in zip(lines, texts, strict=True):
        weight[round(line.size, 1)] += len(text)
    body = weight.most_common(1)[0][0] if weight else 0.0
    large = {i for i, line in enumerate(lines) if body and line.size >= _LARGE_TYPE * body}
    cut: set[int] = set()
    for run in menu_runs(texts, lambda index: index in large):
        before = [texts[i] for i in range(run.start - 1, -1, -1) if texts[i] and i not in cut]
        menus.append((tuple(before[:1]), "\n".join(texts[i] for i in run)))
        cut.update(run)
    return [line for index, line in enumerate(lines) if index not in cut]


def _top(run: _Run) -> float | None:
    """Where the first line of ``run`` stands (to a point)."""
    y = run.lines[0].y
    return round(y) if y is not None else None


def _inner_breaks(run: _Run) -> int:
    """How many breaks of ``run`` tell paragraphs apart: its indents, and its gaps with no
    other gap beside them, not after its first line or before its last (a headline's, a
    footer's) unless that line is a sentence: a short report printed from a page (a
    headline, three paragraphs, the last of one line) showed one break, and two of its
    paragraphs ran together where the first ended on a full line."""
    marks, lines = run.breaks, run.lines
    gaps = sum(
        1
        for index in range(1, len(marks))
        if marks[index]
        and not marks[index - 1]
        and (index + 1 == len(marks) or not marks[index + 1])
        and _inner_gap(lines, index)
    )
    return gaps + run.indents


def _inner_gap(lines: list[_Line], index: int) -> bool:
    """Whether the gap before ``lines[index]`` stands between paragraphs, not under a
    headline or over a footer: the line on the run's edge beside it ends a sentence."""
    edge = 0 if index == 1 else len(lines) - 1 if index == len(lines) - 1 else None
    return edge is None or lines[edge].text.strip().endswith(_ENDS_SENTENCE)


def _opens(before: _Run, run: _Run, indented: bool) -> bool:
    """Whether the first line of ``run`` starts a paragraph after the column ``before``."""
    if run.breaks[0] or indented:
        return run.breaks[0]
    last, first = before.lines[-1].text.strip(), run.lines[0].text.strip()
    if not last.endswith(_ENDS_SENTENCE) or first[:1].islower():
        return False
    widest = max(len(line.text.strip()) for line in before.lines)
    return len(last) < _SHORT_LINE * widest or _starts_sentence(first)


def _starts_sentence(line: str) -> bool:
    head = line.lstrip("".join(_OPENS_SENTENCE))
    return bool(head) and (head[0].isupper() or head[0].isdigit())


def _positioned_lines(page: Any) -> list[_Line]:
    lines = [_Line()]

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append(_Line())
            if part.strip() and lines[-1].y is None:
                lines[-1].x, lines[-1].y = _position(cm, tm)
                lines[-1].size = size * _scale(tm) * _scale(cm)
            lines[-1].text += part

    page.extract_text(visitor_text=visit)
    return lines


def _scale(matrix: Any) -> float:
    try:
        return math.hypot(float(matrix[0]), float(matrix[1])) or 1.0
    except (TypeError, ValueError, IndexError):
        return 1.0


def _position(cm: Any, tm: Any) -> tuple[float, float]:
    try:
        x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
        y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
    except (TypeError, ValueError, IndexError):
        return 0.0, 0.0
    return x, y


def _column_runs(lines: list[_Line]) -> list[list[_Line]]:
    """``lines`` cut where a line does not stand below the one before in the same column
    (at its left edge or indented from it)."""
    runs: list[list[_Line]] = []
    for line in lines:
        if runs and _follows(runs[-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _follows(run: list[_Line], line: _Line) -> bool:
    """Whether ``line`` stands below the last line of ``run``, at its left edge or indented
    from it, or where the run so far is a few indented lines, one step left of them."""
    above = run[-1]
    if None in (above.x, above.y, line.x, line.y):
        return False
    assert above.y is not None and line.x is not None and line.y is not None
    left = min(item.x for item in run if item.x is not None)
    shift = line.x - left
    if line.y >= above.y or shift > _MAX_INDENT:
        return False
    few = len(run) <= _MIN_RUN + 1 and all(item.x == left for item in run)
    return shift >= (-_MAX_INDENT if few else -_SAME_COLUMN)


def _marked(lines: list[_Line]) -> _Run:
    """``lines`` with the breaks before each: a wider gap, or an indent where the column
    is typeset with them."""
    gaps = [False, *_gaps(lines)]
    indents = _indents(lines)
    breaks = [gap or indent for gap, indent in zip(gaps, indents, strict=True)]
    return _Run(lines, breaks, gaps, _openings(indents))


def _openings(indents: list[bool]) -> int:
    """How many indented lines (not the first) stand after a line at the edge and before
    one: a paragraph's first line, not a line of an indented block."""
    return sum(
        1
        for index in range(1, len(indents) - 1)
        if indents[index] and not indents[index - 1] and not indents[index + 1]
    )


def _indents(lines: list[_Line]) -> list[bool]:
    """For each line, whether it starts one step right of the column's left edge, where
    nearly all lines stand at that edge or that step (centred lines stand anywhere) and
    most indented lines are followed by one at the edge."""
    xs = [line.x for line in lines]
    if len(lines) < 2 or any(x is None for x in xs):
        return [False] * len(lines)
    left = _left_edge([x for x in xs if x is not None])
    steps = [round(x - left) if x is not None else 0 for x in xs]
    indents = Counter(step for step in steps if _MIN_INDENT <= step <= _MAX_INDENT)
    if not indents:
        return [False] * len(lines)
    usual = indents.most_common(1)[0][0]
    marks = [abs(step - usual) <= _SAME_COLUMN for step in steps]
    placed = sum(marks) + sum(1 for step in steps if abs(step) < _MIN_INDENT)
    opening = sum(1 for mark, after in pairwise(marks) if mark and not after)
    if placed < _PLACED * len(lines) or opening < sum(marks[:-1]) / 2:
        return [False] * len(lines)  # lines set around a drop cap are indented together
    return marks


def _left_edge(xs: list[float]) -> float:
    """Where a column's lines start: the leftmost place holding a fifth of them (a headline
    set further left over the column is not its edge)."""
    counts = Counter(round(x) for x in xs)
    held = [x for x, count in counts.items() if count >= _EDGE_SHARE * len(xs)]
    return float(min(held)) if held else min(xs)


def _gaps(run: list[_Line]) -> list[bool]:
    """For each step between two lines of ``run``, whether it is wider than the usual one."""
    steps = [round(a.y - b.y, 1) for a, b in pairwise(run) if a.y is not None and b.y is not None]
    if len(steps) < 2 or len(steps) != len(run) - 1:
        return [False] * (len(run) - 1)
    counts = Counter(steps)
    repeated = [step for step, count in counts.items() if count >= 2 and step > 0]
    usual = min(repeated) if repeated else counts.most_common(1)[0][0]
    return [usual > 0 and step > _GAP_SCALE * usual for step in steps]


def _paragraphs(run: _Run) -> list[str]:
    """The lines of one column run joined into paragraphs, parted at its breaks."""
    paragraphs = [run.lines[0].text.strip()]
    for line, mark in zip(run.lines[1:], run.breaks[1:], strict=True):
        text = line.text.strip()
        if mark or not paragraphs[-1]:
            paragraphs.append(text)
        else:
            paragraphs[-1] = join_wrapped(paragraphs[-1], text)
    return paragraphs
