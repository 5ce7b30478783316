"""Where a passage stands in a web page, found by its letters.

The text we extract and the page it came from render one passage differently (spaces,
quotation marks, dashes, line breaks, a table's cell bars), but they share its letters and
digits in order. Comparing those tells whether the text holds a passage of the page, and
finding them in the page's visible letters tells where it stands.
"""

from __future__ import annotations

import re
from typing import Any

KEY_LETTERS = 60
"""How many of a passage's first letters stand for it."""

_NOT_WORD = re.compile(r"\W+")
_SHOWN_TEXT = (
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]"
)


def letters(text: str) -> str:
    """What two renderings of a passage share: its letters and digits, casefolded."""
    return _NOT_WORD.sub("", text.casefold())


def key(text: str) -> str:
    """The first letters of ``text``, which stand for it."""
    return letters(text)[:KEY_LETTERS]


def page_letters(tree: Any) -> str:
    """The letters of the page's visible text, in order (no scripts: JSON-LD repeats the body)."""
    return letters(" ".join(tree.xpath(_SHOWN_TEXT)))
