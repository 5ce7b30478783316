"""The article body a page declares in its structured data, for when extraction falls short.

News sites describe each article for search engines in JSON-LD (``<script
type="application/ld+json">``), often with its whole text as ``articleBody``. When the page
builds its body with scripts, or hides it in an unusual layout, trafilatura finds only a
few lines; the page's own declaration is then the better text. It is used only when it is
much longer than what was extracted, so a teaser ``articleBody`` (paywalls declare the
first paragraph) never replaces a full extraction.

Condé Nast's sites (The New Yorker, WIRED, Vogue) declare the body in their editors' own
markup: block marks ("+++dropcap", "+++"), image embeds ("[#image: /photos/…]"), attribute
lists ("{: .small}"), links as "[words](address)" and emphasis in asterisks. A body with
those marks is read as its words alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from comparer.ingest.formats.markup import plain_text_of

_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>",
    re.IGNORECASE | re.DOTALL,
)
_MIN_CHARS = 500
_SHORTFALL = 0.5
"""The extracted text must be under this share of the declared body for it to be used."""
_MAX_SCRIPT = 2_000_000
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_EDITOR_BLOCK = re.compile(r"^(?:\+\+\+[\w-]*|\[#\w+:[^\]\n]*\]|\{:[^}\n]*\})[ \t]*$", re.MULTILINE)
"""A line of Condé Nast's markup alone: a block mark, an image embed, an attribute list."""
_EDITOR_INLINE = (
    (re.compile(r"\{:[^}\n]*\}"), ""),
    (re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)"), r"\1"),
    (re.compile(r"(?<![\w*])\*([^*\n]{1,200})\*(?![\w*])"), r"\1"),
)


def better_body(html: str, extracted: str) -> str:
    """The declared ``articleBody`` if it is much longer than ``extracted``, else "".

    Also when ``extracted`` is that body on one line: trafilatura falls back to it for a
    page it reads almost nothing from, but joins its paragraphs.
    """
    declared = max(_bodies(html), key=len, default="")
    if len(declared) < _MIN_CHARS:
        return ""
    text = plain_text_of(declared) if _TAG.search(declared) else declared
    text = without_editor_markup(text)
    joined = " ".join(extracted.split()) == " ".join(text.split())
    if len(extracted) >= _SHORTFALL * len(declared) and not joined:
        return ""
    # A line of a declared body is a paragraph, however alike their lengths (never "wrapped").
    return "\n\n".join(line for line in text.splitlines() if line.strip())


def without_editor_markup(text: str) -> str:
    """``text`` without Condé Nast's editor markup, if it has a line of it; else ``text``."""
    if not _EDITOR_BLOCK.search(text):
        return text
    text = _EDITOR_BLOCK.sub("", text)
    for pattern, replacement in _EDITOR_INLINE:
        text = pattern.sub(replacement, text)
    return text


def _bodies(html: str) -> Iterator[str]:
    for script in _SCRIPT.finditer(html):
        source = script.group(1)
        if len(source) > _MAX_SCRIPT:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):  # sites publish broken JSON-LD: none is read
            continue
        yield from _find(data)


def _find(data: Any) -> Iterator[str]:
    """Every ``articleBody`` string in a JSON-LD document, however deeply nested."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            body = item.get("articleBody")
            if isinstance(body, str):
                yield body
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
