"""The article body a page declares in its structured data, for when extraction falls short.

News sites describe each article for search engines in JSON-LD (``<script
type="application/ld+json">``), often with its whole text as ``articleBody``. When the page
builds its body with scripts, or hides it in an unusual layout, trafilatura finds only a
few lines; the page's own declaration is then the better text. It is used only when it is
much longer than what was extracted, so a teaser ``articleBody`` (paywalls declare the
first paragraph) never replaces a full extraction.
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


def better_body(html: str, extracted: str) -> str:
    """The declared ``articleBody`` if it is much longer than ``extracted``, else "".

    Also when ``extracted`` is that body on one line: trafilatura falls back to it for a
    page it reads almost nothing from, but joins its paragraphs.
    """
    declared = max(_bodies(html), key=len, default="")
    if len(declared) < _MIN_CHARS:
        return ""
    text = plain_text_of(declared) if _TAG.search(declared) else declared
    joined = " ".join(extracted.split()) == " ".join(text.split())
    if len(extracted) >= _SHORTFALL * len(declared) and not joined:
        return ""
    # A line of a declared body is a paragraph, however alike their lengths (never "wrapped").
    return "\n\n".join(line for line in text.splitlines() if line.strip())


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
