"""The standfirst of a web page: the summary printed under its headline.

News pages print a sentence or two between the headline and the body (a "dek",
"standfirst" or "lead"), usually outside the element holding the body, so trafilatura
leaves it out; yet it is the outlet's own framing of the story, and the gold of every
extraction benchmark we measured counts it as article text. Pages repeat it as their
description (``og:description``), which tells it apart from teasers and menus: the
description is put before the body only when the page shows it, word for word, as an
element of its own, and the text does not already hold it (a description is often the
first paragraph, or its start).
"""

from __future__ import annotations

import re
from typing import Any

from trafilatura.utils import load_html

_MIN_WORDS = 8
_MAX_CHARS = 600
_KEY_CHARS = 60
_LEAD_CHARS = 20
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "meta", "title"})
_NOT_WORD = re.compile(r"\W+")


def standfirst(html: str, description: str, text: str) -> str:
    """The page's shown summary if ``text`` (the extracted body) lacks it, else ""."""
    summary = " ".join(description.split())
    if not len(summary.split()) >= _MIN_WORDS or len(summary) > _MAX_CHARS:
        return ""
    if _letters(summary)[:_KEY_CHARS] in _letters(text):
        return ""
    return summary if _shown(html, summary) else ""


def _letters(text: str) -> str:
    """What two renderings of a passage share: its letters and digits."""
    return _NOT_WORD.sub("", text.casefold())


def _shown(html: str, summary: str) -> bool:
    """Whether some visible element of the page holds exactly ``summary``.

    Only elements whose own first words start the summary are read whole, so a page of
    deeply nested elements costs one pass, not one pass per element.
    """
    tree: Any = load_html(html)  # the parser trafilatura uses; None for what it cannot read
    if tree is None:
        return False
    least = min(len(summary), _LEAD_CHARS)
    for element in tree.iter():
        head = " ".join((element.text or "").split()) if isinstance(element.tag, str) else ""
        if len(head) < least or not summary.startswith(head[: len(summary)]):
            continue
        if " ".join(element.text_content().split()) == summary and _visible(element):
            return True
    return False


def _visible(element: Any) -> bool:
    return not any(ancestor.tag in _HIDDEN for ancestor in element.iterancestors())
