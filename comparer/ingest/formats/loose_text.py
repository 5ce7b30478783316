"""An article written as loose text in its body element, between empty break elements.

Some sites (The Times of India) print the article as text standing directly in one
element, its paragraphs parted by empty elements (``<span class="br"></span>``) instead of
``<p>``: trafilatura keeps only part of it and joins what it keeps. The element holding the
most such loose text is read as paragraphs, each break a new paragraph, an inline
element's words (a subheading in ``<span class="strong">``) kept in place. It replaces the
extraction only when longer than the extraction and the extraction lacks more than a fifth of
its words.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_Element = Any  # an lxml element (lxml ships no type stubs)
_MIN_CHARS = 1500
_MAX_COVERED = 0.8
"""The share of the loose text's words the extraction may hold for it to be replaced."""
_INLINE = frozenset({"span", "a", "em", "strong", "b", "i", "u", "mark", "small", "sup", "sub"})
_WORD = re.compile(r"\w+")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "figure", "figcaption"})


def loose_text_body(tree: _Element | None, extracted: str) -> str:
    """The loose text of ``tree``'s richest element as paragraphs, or "" if none is long
    or the extraction holds most of its words."""
    if tree is None:
        return ""
    best = max(tree.iter("div", "section", "article", "td"), key=_loose_chars, default=None)
    if best is None or _loose_chars(best) < _MIN_CHARS:
        return ""
    pieces = [" ".join(paragraph.split()) for paragraph in _paragraphs(best)]
    words = Counter(_WORD.findall(" ".join(pieces).casefold()))
    missing = words - Counter(_WORD.findall(extracted.casefold()))
    covered = 1 - missing.total() / max(1, words.total())
    text = "\n\n".join(pieces)
    return "" if covered > _MAX_COVERED or len(text) <= len(extracted) else text


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
