"""Find a site's menus among lines of text: runs of short lines that read like links.

A web page printed to PDF (or copied as text) keeps its navigation: "Get Updates" /
"Become a Member" / "Renew" / "Take Action" / "Donate", a line each. An article's own lines
are rarely so: prose fills its line, a paragraph's last line ends a sentence, and a list
the article means is bulleted or numbered. A *menu line* is a few words (at most
:data:`_MAX_WORDS`, :data:`_MAX_CHARS` characters) that end no sentence or clause and open
with no bullet or number, and are no byline ("By Maria Lopez") or date ("March 4, 2024"),
which stand as short lines under a headline; :data:`MIN_RUN` of them in a row are a menu.
The caller may name other lines that are never menu items (a headline set in large type,
wrapped over short lines); a run's last line right above a byline or a date is the
headline, not a link (a page copied as text sets its headline in no larger type).
A site's menus stand above the article's first prose line or below its last: a run of
short lines between two prose lines is the article's own (the victims' names after "The
victims were:", a poem, a timeline, a table's short rows) and is kept, as is a run under a
line that ends in a colon, wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from comparer.dates import WHOLE_DATE

MIN_RUN = 5
"""Five short lines in a row: a headline wrapped over three or four, with its kicker, is
no menu (the printed ACLU page's headline is four lines with its kicker)."""
_MAX_WORDS = 5
_MAX_CHARS = 40
_ENDS_CLAUSE = (".", "!", "?", ",", ";", ":", '"', "”", "’", ")", "…", "-", "–", "—")
_LIST_ITEM = re.compile(r"[•·▪◦*\-–—]|\d{1,3}[.)]\s")
_LETTER = re.compile(r"[^\W\d_]")
_BYLINE = re.compile(r"(?:by|von|por|par|door|di|av)\s", re.IGNORECASE)
_PROSE_WORDS = 8
"""A line of this many words or more, not a menu line, is prose (a printed page wraps its
paragraphs over lines of ten words or so; a copied one keeps each paragraph a line)."""
# A browser's running header or footer on a printed page ("12/3/26, 4:08 PM Headline |
# Site", "file:///…/page.html 1/1"): no line of the article, and often below its footer menu.
_PRINT_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s|\S*://")


def menu_indexes(paragraphs: Sequence[str]) -> list[int]:
    """The indexes of ``paragraphs`` that stand in a menu (a page copied as text keeps each
    link on a line, each line a paragraph)."""
    return [index for run in menu_runs(paragraphs) for index in run]


def menu_line(line: str) -> bool:
    """Whether ``line`` reads like one link of a menu."""
    text = line.strip()
    if not text or len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return False
    if text.endswith(_ENDS_CLAUSE) or _LIST_ITEM.match(text) or _BYLINE.match(text):
        return False
    if WHOLE_DATE.search(text):
        return False
    return bool(_LETTER.search(text)) and not text[0].islower()


def menu_runs(
    lines: Sequence[str], protected: Callable[[int], bool] = lambda _: False
) -> list[range]:
    """The runs of at least :data:`MIN_RUN` menu lines in ``lines``, as index ranges; a line
    whose index is ``protected`` ends a run."""
    runs: list[range] = []
    start = 0
    for index in range(len(lines) + 1):
        inside = index < len(lines) and menu_line(lines[index]) and not protected(index)
        if inside:
            continue
        end = index - 1 if _heads(lines, index) else index
        if end - start >= MIN_RUN:
            runs.append(range(start, end))
        start = index + 1
    prose = [index for index, line in enumerate(lines) if _prose(line)]
    return [run for run in runs if _at_edge(run, prose) and not _introduced(lines, run)]


def _prose(line: str) -> bool:
    """Whether ``line`` is a line of the article's prose."""
    if _PRINT_STAMP.match(line.strip()):
        return False
    return len(line.split()) >= _PROSE_WORDS and not menu_line(line)


def _at_edge(run: range, prose: list[int]) -> bool:
    """Whether ``run`` stands above the first prose line or below the last."""
    return not prose or run.stop <= prose[0] or run.start > prose[-1]


def _introduced(lines: Sequence[str], run: range) -> bool:
    """Whether the text line above ``run`` ends in a colon: it announces the list."""
    above = next((lines[i].strip() for i in range(run.start - 1, -1, -1) if lines[i].strip()), "")
    return above.endswith(":")


def _heads(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]`` is a byline or a date: the line above it is a headline."""
    if index >= len(lines):
        return False
    text = lines[index].strip()
    return bool(_BYLINE.match(text) or WHOLE_DATE.match(text))
