"""What a PDF's layout says about its text: running headers and footers, and the headline.

A newspaper page or a printed web page repeats lines on every page that are not the
article: the paper's name and date on top, the page number ("A12", "Page 2 of 5") below,
a browser's print date with the page title and the address with "1/2". Those lines are
found among the first and last lines of each page: a line that comes back on most pages
once its digits are ignored, or one that can only be a page number or a browser's print
line. The reader passes them on, each with the count of the same line before it (so a
body line that reads the same is left alone), to be set aside as furniture (the reflow keeps the
paragraph they interrupted whole), so they can be shown and put back.

A headline is set larger than the body and often wraps over two or more lines, which the
reflow would cut at a capital ("…Resigns in Rebuke of" / "Trump's Worldview"). Its lines are
the leading text of the first page in a font well above the body's size (skipping a
masthead, the paper's name set larger still); they are joined into one line. A drop cap,
the article's first letter set large, is put back on its word.

A byline near the top is a paragraph of its own ("By Helene Cooper and Eric" / "Schmitt, The
New York Times" in a narrow column, or "Door Jan de Vries en Petra Bakker" filling its line):
the reflow took a full line for a wrapped one and ran it into the first paragraph.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from comparer.ingest.bylines import parse_byline
from comparer.ingest.kickers import news_masthead
from comparer.ingest.people import People
from comparer.one_line import tidy

_EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page a running line may stand on."""
_PAGE_NUMBER = re.compile(
    r"(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:of|/|von|de|di)\s*\d{1,4})?",
    re.IGNORECASE,
)
_STAMP = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?"
_URL = r"(?:https?|file|ﬁle)://\S+"
_BROWSER_LINE = re.compile(
    rf"{_STAMP}(?: .*)?|(?:\d{{1,4}} of \d{{1,4}} ){_STAMP}|{_URL}(?:.*\s\d{{1,4}}/\d{{1,4}})?"
)
"""A browser's print line: Chrome's header ("12/2/26, 9:40 AM Title") and footer
("https://… 1/3"), Firefox's footer ("1 of 3 12/2/26, 9:40 AM")."""
_ENDING_URL = re.compile(rf"(?P<title>.+) {_URL}")
"""Firefox's header: the page's title, then its address."""
_DIGITS = re.compile(r"\d+")
_LINE_END = re.compile(r"\r\n|[\r\n\x0b\x0c]")
"""Line ends as the import splits the text (a form feed between pages is one)."""
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "’")
_HEADLINE_SCALE = 1.3
"""A headline's font is at least this many times the body's."""
_HEADLINE_MAX = 300
_OPENING_PIECES = 8
"""How many pieces of text at the top of the first page a headline may start in."""
_MASTHEAD_WORDS = 4
_DROP_CAP = re.compile(r"[A-Z]")
_BYLINE_LINES = 8
"""How many lines at the top of the text a byline may stand on."""


def running_lines(pages: Sequence[str], title: str = "") -> frozenset[tuple[str, int]]:
    """The running headers, footers and page numbers of ``pages``, each as ``(line, n)``: the
    n-th time (from 0) that line stands in the pages, so a body line that reads the same (a
    bare year, an address) stays text; ``title`` is the file's title property, which a
    browser prints in its header."""
    edges = list(_edge_lines(pages))
    counts = Counter(key for lines in edges for key in {_key(line) for line, _ in lines})
    enough = max(2, math.ceil(len(pages) / 2))
    return frozenset(
        (line, seen)
        for lines in edges
        for line, seen in lines
        if _printed_by_machine(line, title) or (counts[_key(line)] >= enough and _not_prose(line))
    )


def _edge_lines(pages: Sequence[str]) -> Iterator[list[tuple[str, int]]]:
    """For each page, its first and last lines, each with how often it stood before."""
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in map(tidy, _LINE_END.split(page)) if line]
        counted = []
        for line in lines:
            counted.append((line, seen[line]))
            seen[line] += 1
        if len(counted) > 2 * _EDGE_LINES:
            counted = [*counted[:_EDGE_LINES], *counted[-_EDGE_LINES:]]
        yield counted


def _key(line: str) -> str:
    return _DIGITS.sub("#", line.casefold())


def _printed_by_machine(line: str, title: str) -> bool:
    if _PAGE_NUMBER.fullmatch(line) or _BROWSER_LINE.fullmatch(line):
        return True
    titled = _ENDING_URL.fullmatch(line)
    return bool(title and titled and titled.group("title").strip() == title.strip())


def _not_prose(line: str) -> bool:
    """A repeated line that ends a sentence ("he said.") may be the article's own."""
    return not line.endswith(_ENDS_SENTENCE)


def headline_fragments(page: Any, menus: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The headline of ``page`` (a pypdf page), the leading text set well above the body's
    size, as one line; and the masthead above it, if the paper's name is printed there. The
    lines of a site's ``menus`` over a printed page are passed over, as if not there."""
    pieces: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip() and tidy(text) not in menus:
            pieces.append((size * _scale(tm) * _scale(cm), text))

    page.extract_text(visitor_text=visit)
    return _leading_large(pieces)


def _scale(matrix: Any) -> float:
    try:
        return math.hypot(float(matrix[0]), float(matrix[1])) or 1.0
    except (TypeError, ValueError, IndexError):
        return 1.0


def _leading_large(pieces: list[tuple[float, str]]) -> tuple[str, str]:
    """The first run of large type among the page's opening pieces that is no masthead."""
    if not pieces:
        return "", ""
    weight: Counter[float] = Counter()
    for size, text in pieces:
        weight[round(size, 1)] += len(text)
    body = weight.most_common(1)[0][0]
    masthead = ""
    for run in _runs(pieces[:_OPENING_PIECES]):
        headline = _said_once(" ".join(" ".join(text for _, text in run).split()))
        if run[0][0] < _HEADLINE_SCALE * body or len(headline.split()) < 2:
            continue  # body type, or a drop cap
        if len(headline.split()) <= _MASTHEAD_WORDS and news_masthead(headline):
            masthead = masthead or headline  # the paper's name over the page ("The Daily Courier")
            continue
        return (headline if len(headline) <= _HEADLINE_MAX else ""), masthead
    return "", masthead


def _said_once(line: str) -> str:
    """``line`` once where a page prints it twice over ("The New York Times The New York
    Times": a logo's text and its label, read once a printed page's menu is passed over)."""
    words = line.split()
    half = len(words) // 2
    twice = len(words) % 2 == 0 and words[:half] == words[half:]
    return " ".join(words[:half]) if twice and half else line


def _runs(pieces: list[tuple[float, str]]) -> list[list[tuple[float, str]]]:
    """``pieces`` cut where the type size changes by more than a tenth."""
    runs: list[list[tuple[float, str]]] = []
    for piece in pieces:
        if runs and abs(piece[0] - runs[-1][0][0]) <= 0.1 * runs[-1][0][0]:
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return runs


def join_drop_cap(text: str) -> str:
    """``text`` with an opening drop cap, a large letter extracted as a line of its own,
    put back on its word ("W" / "ASHINGTON -" → "WASHINGTON -"). "A" and "I" are words, so
    they are joined only to capitals ("A" / "new study" stays apart)."""
    lines = text.split("\n")
    for index, line in enumerate(lines[: _OPENING_PIECES + 2]):
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if _DROP_CAP.fullmatch(line.strip()) and _continues_word(line.strip(), after):
            lines[index : index + 2] = [line.strip() + after.lstrip()]
            return "\n".join(lines)
    return text


def _continues_word(letter: str, after: str) -> bool:
    start = after.lstrip()
    if letter in "AI":
        return len(start) > 1 and start[:2].isupper() and start[:2].isalpha()
    return start[:1].isalpha()


def join_headline(text: str, headline: str) -> str:
    """``text`` with the lines that spell ``headline`` near its start made one paragraph of
    their own: a line above it (a site's menu, a kicker) is no part of it either."""
    lines = text.split("\n")
    target = headline.split()
    for first in range(min(len(lines), _EDGE_LINES + 2)):
        words: list[str] = []
        for last in range(first, len(lines)):
            words += lines[last].split()
            if words != target[: len(words)]:
                break
            if len(words) == len(target):
                above = [*lines[:first], ""] if first else []
                return "\n".join([*above, headline, "", *lines[last + 1 :]])
    return text


def set_apart_byline(text: str) -> str:
    """``text`` with the first byline among its opening lines made a paragraph of its own,
    with the next line when that line completes it (more names, or the outlet)."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:_BYLINE_LINES]):
        found = parse_byline(line.strip())
        if found is None:
            continue
        after = lines[index + 1].strip() if index + 1 < len(lines) else ""
        dated = any(character.isdigit() for character in after)  # a date line follows
        longer = parse_byline(f"{line.strip()} {after}") if after and not dated else None
        end = index + 2 if longer and _completes(longer, found) else index + 1
        byline = " ".join(part.strip() for part in lines[index:end])
        return "\n".join([*lines[:index], "", byline, "", *lines[end:]])
    return text


def _completes(longer: tuple[People, str], shorter: tuple[People, str]) -> bool:
    return len(longer[0].names) > len(shorter[0].names) or bool(longer[1] and not shorter[1])
