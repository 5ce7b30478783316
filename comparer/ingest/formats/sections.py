"""Sections of an article body that extraction left out, put back where they stand.

Many sites cut one article into several blocks of the same kind, with a video, an
advertisement or a pull quote between them (WIRED's ``body__inner-container``, Condé Nast
and WordPress page builders' "modules"). trafilatura reads the first block it recognises
and stops, so a long report keeps its opening section only. A block left out is found by
its likeness to the block that was read: an element with the same tag and class as the
body's container (or one of its nearest ancestors), beside it under the same parent,
whose paragraphs sit at the same places inside it. Comments and teaser lists built like the
body are told apart by their class, and nothing below a few dozen words is added; a class
the body's own block and the elements around its paragraphs carry marks no furniture
(POLITICO Europe cuts its body into ``sidebar-grid`` blocks, the word a sidebar's class has).
A paragraph left out beside the kept ones, directly in the body's own element, is put back
too when it reads as a body's paragraph (15 words or more, ended as a sentence ends) and
does not end as a kept line ends (that is the line with a caption or credit before it: MSN's
"© Provided by Business Insider Inc ..."): i's lede, Nature's paragraphs that follow a
link to another story. (Without those two guards, MSN's credit line was added again:
Readability F1 0.9754 -> 0.9741.)

Each section goes where it stands in the page: the text's lines and the sections are put
in the page's order by where their letters first occur in the page's letters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from comparer.ingest.formats.page_letters import key, letters, page_letters, words_of

_Element = Any  # an lxml element (lxml ships no type stubs)
_MIN_KEPT_WORDS = 8
_MIN_SECTION_WORDS = 40
_MIN_BESIDE_WORDS = 15
_TAIL_LETTERS = 60
_LEVELS = 4
"""How many ancestors of the body's container may be the repeated block."""
_SKIPPED = re.compile(
    r"comment|reply|respons|related|recommend|teaser|promo|newsletter|subscri|sidebar|"
    r"footer|share|social|author-?bio|byline|caption|advert|\bad\b|sponsor|widget|popular|"
    r"more-?stories|read-?more|trending",
    re.IGNORECASE,
)
_SKIPPED_TAGS = frozenset({"aside", "nav", "footer", "figure", "figcaption", "form", "header"})
_HEADINGS = frozenset({"h2", "h3", "h4"})


def with_sections(tree: _Element | None, text: str) -> str:
    """``text`` with the body sections of the page ``tree`` it lacks, in the page's order."""
    if tree is None or not text.strip():
        return text
    found = letters(text)
    kept = [p for p in tree.iter("p") if _is_kept(p, found)]
    container = _main_container(kept)
    if container is None:
        return text
    sections = [s for s in _missing_sections(container, kept, found) if s]
    sections += _left_beside(container, found)
    if not sections:
        return text
    return _in_page_order(page_letters(tree), text.split("\n"), sections)


def article_container(tree: _Element | None, text: str) -> _Element | None:
    """The element of ``tree`` directly holding most of the words of ``text``'s paragraphs."""
    if tree is None:
        return None
    found = letters(text)
    return _main_container([p for p in tree.iter("p") if _is_kept(p, found)])


def _is_kept(paragraph: _Element, found: str) -> bool:
    words = words_of(paragraph)
    return len(words.split()) >= _MIN_KEPT_WORDS and key(words) in found


def _main_container(kept: list[_Element]) -> _Element | None:
    """The element directly holding most of the extracted paragraphs' words."""
    weight: Counter[_Element] = Counter()
    for paragraph in kept:
        parent = paragraph.getparent()
        if parent is not None:
            weight[parent] += len(words_of(paragraph).split())
    return weight.most_common(1)[0][0] if weight else None


Signature = tuple[str, str]
"""An element's tag and class."""


def _signature(element: _Element) -> Signature:
    return (str(element.tag), " ".join((element.get("class") or "").split()))


def _missing_sections(container: _Element, kept: list[_Element], found: str) -> Iterator[str]:
    """The text of each block built like ``container`` (or an ancestor) that ``found`` lacks."""
    block = container
    for _ in range(_LEVELS):
        parent = block.getparent()
        if parent is None:
            return
        if block.get("class"):  # a bare <div> is like any other: no sign of a repeated block
            paths = {_path(p, block) for p in kept if _inside(p, block)}
            # The body's own block and the elements around its paragraphs are no furniture,
            # whatever their class says ("sidebar-grid__content article__content").
            body = {_signature(block), *(step for path in paths for step in path)}
            for sibling in parent:
                if sibling is not block and _signature(sibling) == _signature(block):
                    yield _section_text(sibling, paths, found, body)
        block = parent


def _left_beside(container: _Element, found: str) -> list[str]:
    """The paragraphs directly in ``container`` that ``found`` lacks and that read as a
    body's paragraphs do: a few sentences, ended as a sentence ends."""
    lines = []
    for element in container:
        if element.tag == "p" and not _skipped(element):
            words = words_of(element)
            ended = words[-1:] in (".", "!", "?", "”", '"', "…")
            # One ending as a kept line ends is that line with a caption or credit before it.
            new = key(words) not in found and letters(words)[-_TAIL_LETTERS:] not in found
            if len(words.split()) >= _MIN_BESIDE_WORDS and ended and new:
                lines.append(words)
    return lines


def _inside(element: _Element, block: _Element) -> bool:
    return any(ancestor is block for ancestor in element.iterancestors())


def _path(element: _Element, block: _Element) -> tuple[tuple[str, str], ...]:
    """The tags and classes from ``element`` up to (not including) ``block``."""
    steps = []
    while element is not None and element is not block:
        steps.append(_signature(element))
        element = element.getparent()
    return tuple(steps)


def _section_text(
    section: _Element, paths: set[tuple[tuple[str, str], ...]], found: str, body: set[Signature]
) -> str:
    """The section's paragraphs placed as the body's are (and their headings), if enough;
    an element of one of the ``body`` signatures is never furniture by its class."""
    if _skipped(section, body):
        return ""
    lines = []
    for element in section.iter("p", *_HEADINGS):
        if not isinstance(element.tag, str) or in_furniture(element, section, body):
            continue
        placed = _path(element, section) in paths
        words = words_of(element)
        if words and (placed or element.tag in _HEADINGS) and key(words) not in found:
            lines.append(words)
    enough = sum(len(line.split()) for line in lines) >= _MIN_SECTION_WORDS
    return "\n".join(lines) if enough else ""


def _skipped(element: _Element, body: frozenset[Signature] | set[Signature] = frozenset()) -> bool:
    """Whether ``element`` is furniture by its tag, class or id (unless its tag and class are
    one of ``body``'s), or hidden."""
    attributes = f"{element.get('class') or ''} {element.get('id') or ''}"
    hidden = element.get("hidden") is not None or element.get("aria-hidden") == "true"
    named = element.tag in _SKIPPED_TAGS or bool(_SKIPPED.search(attributes))
    return hidden or (named and _signature(element) not in body)


def in_furniture(
    element: _Element, upto: _Element | None = None, body: set[Signature] | None = None
) -> bool:
    """Whether ``element`` or an ancestor below ``upto`` (``None``: the root) is furniture by
    its tag, class or id (unless its tag and class are one of ``body``'s), or hidden."""
    while element is not None and element is not upto:
        if _skipped(element, body or set()):
            return True
        element = element.getparent()
    return False


def _in_page_order(page: str, lines: list[str], sections: list[str]) -> str:
    """``lines`` and ``sections`` merged by where each first occurs in ``page``."""
    placed: list[tuple[int, int, str]] = []
    position = 0
    for number, line in enumerate(lines):
        position = _position(page, line, position)
        placed.append((position, number, line))
    for number, section in enumerate(sections, start=len(lines)):
        start = page.find(key(section))
        placed.append((start if start >= 0 else len(page), number, section))
    return "\n".join(line for _, _, line in sorted(placed))


def _position(page: str, line: str, after: int) -> int:
    """Where ``line``'s letters first occur in ``page`` from ``after`` (else ``after``).

    Never before ``after``, so the extracted lines keep their own order.
    """
    start = key(line)
    found = page.find(start, after) if start else -1
    return found if found >= 0 else after
