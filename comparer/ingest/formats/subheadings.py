"""Subheadings of the article that extraction left out, put back above their paragraphs.

When trafilatura recognises no article container on a page (a blog's ``span12 blog-post``
div), it gathers the page's paragraphs, lists and tables one by one and never its
headings, so a report in sections loses every ``<h2>``/``<h3>``. A subheading is article
text in every gold we have. One is put back when the page shows it among the article's
own blocks: the first block after it with text, and one before it, are both in the text we
extracted; it then goes on its own line just before that following block. Headings inside
furniture (a sidebar, a comments block, anything :func:`.sections.in_furniture` names) stay out;
what holds the article's own paragraphs is no furniture, whatever its class says (a blog
whose body sits in ``teaser_blog_text article_content`` lost every ``<h3>``).
"""

from __future__ import annotations

from typing import Any

from comparer.ingest.formats.page_letters import KEY_LETTERS, letters, words_of
from comparer.ingest.formats.sections import article_container, in_furniture

_Element = Any  # an lxml element (lxml ships no type stubs)
_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
_MAX_HEADING_WORDS = 20
_MIN_KEY_LETTERS = 12
"""Fewer letters than this say too little to tell which line a block starts."""


def with_subheadings(tree: _Element | None, text: str) -> str:
    """``text`` with the page's subheadings it lacks, each above the block it heads."""
    if tree is None or not text.strip():
        return text
    lines = text.split("\n")
    index = _LineIndex(lines)
    shown = set(index.first_exact)
    above: dict[int, list[str]] = {}
    container = article_container(tree, text)
    for heading in tree.iter(*_SUBHEADINGS):
        words = words_of(heading)
        if not words or len(words.split()) > _MAX_HEADING_WORDS or letters(words) in shown:
            continue
        line = _headed_line(heading, index)
        if line is not None and _in_article(heading, index, container):
            above.setdefault(line, []).append(words)
            shown.add(letters(words))
    if not above:
        return text
    return "\n".join(part for n, line in enumerate(lines) for part in [*above.get(n, []), line])


class _LineIndex:
    """The text's lines by their letters, read once: a page of thousands of headings
    otherwise reread every line for each heading (minutes of CPU)."""

    def __init__(self, lines: list[str]) -> None:
        self.first_exact: dict[str, int] = {}
        self.by_opening: dict[str, list[tuple[int, str]]] = {}
        for n, line in enumerate(lines):
            whole = letters(line)
            self.first_exact.setdefault(whole, n)
            self.by_opening.setdefault(whole[:_MIN_KEY_LETTERS], []).append(
                (n, whole[:KEY_LETTERS])
            )

    def line_of(self, block: _Element) -> int | None:
        """The line that is ``block``, else the first that starts as it does (a list's item)."""
        whole = letters(words_of(block))
        exact = self.first_exact.get(whole)
        if exact is not None:
            return exact
        wanted = whole[:KEY_LETTERS]
        alike = self.by_opening.get(wanted[:_MIN_KEY_LETTERS], [])
        return next((n for n, opening in alike if _starts_alike(opening, wanted)), None)


def _headed_line(heading: _Element, index: _LineIndex) -> int | None:
    """The number of the line where the first block after ``heading`` with text starts."""
    block = _neighbour(heading, forward=True)
    return None if block is None else index.line_of(block)


def _in_article(heading: _Element, index: _LineIndex, container: _Element | None) -> bool:
    """Whether article text we extracted comes before ``heading``, outside any furniture
    (looked for below the article's ``container`` when the heading is inside it)."""
    block = _neighbour(heading, forward=False)
    if block is None or index.line_of(block) is None:
        return False
    inside = container is not None and any(a is container for a in heading.iterancestors())
    return not in_furniture(heading, container if inside else None)


def _neighbour(heading: _Element, *, forward: bool) -> _Element | None:
    """The nearest sibling of ``heading`` (that way) with letters in it."""
    sibling = heading.getnext() if forward else heading.getprevious()
    while sibling is not None:
        if isinstance(sibling.tag, str) and letters(words_of(sibling)):
            return sibling
        sibling = sibling.getnext() if forward else sibling.getprevious()
    return None


def _starts_alike(one: str, other: str) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= _MIN_KEY_LETTERS and longer.startswith(shorter)
