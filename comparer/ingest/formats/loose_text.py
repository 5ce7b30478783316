"""An article written as loose text in its body element, between empty break elements.

Some sites (The Times of India) print the article as text standing directly in one
element, its paragraphs parted by empty elements (``<span class="br"></span>``) instead of
``<p>``: trafilatura keeps only part of it and joins what it keeps. The element holding the
most such loose text is read as paragraphs, each break a new paragraph, an inline
element's words (a subheading in ``<span class="strong">``) kept in place. It replaces the
extraction only when longer than the extraction, the extraction lacks more than a fifth of
its words, and at least half of the extraction's words are its own: the extraction is then
a part of it, not another text (a party's blog post read right, its sidebar of sixteen
election pledges printed as loose text took its place).

When the extraction holds the rest, trafilatura may still have left out the element's own
leading text, the paragraph standing before its first break (RBB Today's
``<article>　もっぱら映画は…<br/><br/>　スマホや…``): the article then opened on its second
paragraph. That paragraph is put back before the line the second one opens, when it is
missing from the extraction and the second one is there.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from comparer.ingest.formats.page_letters import key, letters

_Element = Any  # an lxml element (lxml ships no type stubs)
_MIN_CHARS = 1500
_MAX_COVERED = 0.8
"""The share of the loose text's words the extraction may hold for it to be replaced."""
_MIN_SHARED = 0.5
"""The share of the extraction's words the loose text must hold to replace it."""
_INLINE = frozenset({"span", "a", "em", "strong", "b", "i", "u", "mark", "small", "sup", "sub"})
_WORD = re.compile(r"\w+")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "figure", "figcaption"})


def loose_text_body(tree: _Element | None, extracted: str) -> str:
    """The loose text of ``tree``'s richest element as paragraphs, or "" if none is long
    or the extraction holds most of its words."""
    best = _richest(tree)
    if best is None:
        return ""
    pieces = [" ".join(paragraph.split()) for paragraph in _paragraphs(best)]
    words = Counter(_WORD.findall(" ".join(pieces).casefold()))
    found = Counter(_WORD.findall(extracted.casefold()))
    covered = 1 - (words - found).total() / max(1, words.total())
    shared = 1 - (found - words).total() / max(1, found.total())
    text = "\n\n".join(pieces)
    if covered > _MAX_COVERED or shared < _MIN_SHARED or len(text) <= len(extracted):
        return ""
    return text


def with_leading_text(tree: _Element | None, extracted: str) -> str:
    """``extracted`` with the richest loose-text element's first paragraph put back before
    its second, when trafilatura left the first out (see the module's docstring)."""
    best = _richest(tree)
    pieces = (
        [" ".join(paragraph.split()) for paragraph in _paragraphs(best)] if best is not None else []
    )
    if len(pieces) < 2 or key(pieces[0]) in letters(extracted):
        return extracted
    lines = extracted.split("\n")
    second = key(pieces[1])
    for at, line in enumerate(lines):
        if second and letters(line).startswith(second):
            return "\n".join([*lines[:at], pieces[0], "", *lines[at:]])
    return extracted


def _richest(tree: _Element | None) -> _Element | None:
    """The element holding the most loose text, if it holds at least :data:`_MIN_CHARS`."""
    if tree is None:
        return None
    best = max(tree.iter("div", "section", "article", "td"), key=_loose_chars, default=None)
    return best if best is not None and _loose_chars(best) >= _MIN_CHARS else None


def _loose_chars(element: _Element) -> int:
    """How many characters stand directly in ``element`` (its text and its children's tails)."""
    parts = [element.text or ""] + [child.tail or "" for child in element]
    return sum(len(part.strip()) for part in parts)


def _paragraphs(element: _Element) -> list[str]:
    """``element``'s loose text and inline children's words, parted at empty children."""
    paragraphs: list[str] = []
    current = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        inline = tag in _INLINE and len(child) == 0 and (child.text or "").strip()
        if inline:
            current.append(child.text or "")
        elif tag and tag not in _SKIP and len(child) == 0 and not (child.text or "").strip():
            paragraphs.append("".join(current))
            current = []
        current.append(child.tail or "")
    paragraphs.append("".join(current))
    return [p.strip() for p in paragraphs if p.strip()]
