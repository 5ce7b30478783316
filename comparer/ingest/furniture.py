"""Mark the paragraphs of a page that are furniture rather than article.

Each paragraph is tested against the line rules of :mod:`furniture_rules`; a furniture
line that opens a run (a "Check Also" heading, a mirror-site notice) also claims the lines
after it while they look like that run's members. A photo credit glued to the end of a
caption is cut off into a line of its own first. A line of cells between bars is a menu
("Home | News | Sport") unless the line beside it has as many cells: then both are rows of
a table (its header row "Pos | Team | Played | Points" read as a menu lost the table's
head). A run of paragraphs printed a second time is marked as repeated. The result is one
mark per paragraph (``None`` = article) plus the outlet, when some furniture names the
publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from comparer.ingest.furniture_rules import COMPILED_FOLLOWERS, MAX_LINE, OPENERS
from comparer.ingest.furniture_table import line_reason
from comparer.model import Furniture

Mark = Furniture | None
_GLUED_CREDIT = re.compile(
    r"[.!?”\"')](?P<credit>(?:Photo|Image)?\s?Credit:?\s?[A-Z][^.!?]{1,80}"
    r"|\s?©\s?[A-Z][^.!?©]{1,80})$"
)


_CELL_BAR = " | "
_MIN_RUN = 2
_MIN_RUN_WORDS = 20


@dataclass(slots=True)
class Marked:
    """Paragraphs with the reason each one is furniture (``None`` for article text)."""

    paragraphs: list[str]
    marks: list[Mark]
    outlet: str = ""

    def kept(self) -> list[int]:
        """Indexes of the paragraphs still counted as article text."""
        return [i for i, mark in enumerate(self.marks) if mark is None]


def mark_furniture(paragraphs: list[str], aside: frozenset[int] = frozenset()) -> Marked:
    """Mark every furniture paragraph of ``paragraphs`` with its reason; a paragraph whose
    index is in ``aside`` is one the reader found to be a page's running header or footer."""
    parts = [(part, i in aside) for i, p in enumerate(paragraphs) for part in split_glued_credit(p)]
    paragraphs = [part for part, _ in parts]
    marked = Marked(paragraphs=list(paragraphs), marks=[None] * len(paragraphs))
    rows = table_rows(paragraphs)
    run: Furniture | None = None
    for index, paragraph in enumerate(paragraphs):
        reason, outlet = line_reason(paragraph)
        if reason is Furniture.NAVIGATION and index in rows:
            reason = None
        if parts[index][1]:
            reason, outlet = Furniture.PAGE_HEADER, ""
        if reason is None and run is not None and _follows(run, paragraph):
            reason = run
        else:
            run = reason if reason in OPENERS else None
        marked.marks[index] = reason
        if outlet and not marked.outlet:
            marked.outlet = outlet
    _mark_repeated_runs(marked)
    return marked


def table_rows(paragraphs: list[str]) -> set[int]:
    """Indexes of lines that are rows of a table: beside a line with as many cells.

    A page reader writes a table a row a line, its cells between bars; a menu is one line
    of links, so two neighbours with the same number of cells are a table, not a menu.
    """
    cells = [p.count(_CELL_BAR) + 1 if _CELL_BAR in p else 0 for p in paragraphs]
    return {
        index
        for index, count in enumerate(cells)
        if count and count in {cells[n] for n in (index - 1, index + 1) if 0 <= n < len(cells)}
    }


def _mark_repeated_runs(marked: Marked) -> None:
    """Mark a run of paragraphs that repeats an earlier run word for word.

    Pages print some passages twice (a print version, a mobile copy, a teaser of the body
    above the body), and the extractor keeps both. A run of two paragraphs or more is
    needed: a single repeated line is a pull quote or a refrain, which the article may mean.
    """
    kept = marked.kept()
    keys = [" ".join(marked.paragraphs[i].split()).casefold() for i in kept]
    first: dict[str, int] = {}
    for position, key in enumerate(keys):
        first.setdefault(key, position)
    position = 0
    while position < len(keys):
        length = _repeat_length(keys, first[keys[position]], position)
        if (
            length >= _MIN_RUN
            and sum(len(keys[position + n].split()) for n in range(length)) >= _MIN_RUN_WORDS
        ):
            for n in range(length):
                marked.marks[kept[position + n]] = Furniture.REPEATED
            position += length
        else:
            position += 1


def _repeat_length(keys: list[str], earlier: int, position: int) -> int:
    """How many paragraphs from ``position`` repeat those from ``earlier`` (0 if none)."""
    length = 0
    while (
        earlier + length < position
        and position + length < len(keys)
        and keys[earlier + length] == keys[position + length]
    ):
        length += 1
    return length


def split_glued_credit(paragraph: str) -> list[str]:
    """A caption and the photo credit a page glued to it, as two lines.

    Pages print the credit in its own element, so a text extractor runs the two together:
    "...at the Capitol.CreditJoshua Roberts/Reuters", "...aus der Schweiz. © AFP / NAME".
    """
    found = _GLUED_CREDIT.search(paragraph)
    if not found:
        return [paragraph]
    return [paragraph[: found.start("credit")], paragraph[found.start("credit") :].strip()]


def _follows(run: Furniture, line: str) -> bool:
    pattern = COMPILED_FOLLOWERS.get(run)
    return bool(pattern and len(line) <= MAX_LINE and pattern.fullmatch(line))
