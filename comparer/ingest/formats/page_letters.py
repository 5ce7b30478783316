"""Where a passage stands in a web page, found by its letters.

The text we extract and the page it came from render one passage differently (spaces,
quotation marks, dashes, line breaks, a table's cell bars), but they share its letters and
digits in order. Comparing those tells whether the text holds a passage of the page, and
finding them in the page's visible letters tells where it stands. :func:`words_of` is the
one reading of an element's words the page readers share.
"""

from __future__ import annotations

import re
from typing import Any

KEY_LETTERS = 60
"""How many of a passage's first letters stand for it."""

_NOT_WORD = re.compile(r"\W+")
HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "meta", "title"})
"""Elements whose text a reader never sees in the page: the one list every page reader uses
(once two). words_of so skips an SVG icon's <title> ("Link wird in einem neuen Tab
geöffnet"): Die Welt's paragraph printed a second time with it is known as the same and no
longer doubled: Fundus 0.9771 -> 0.9773, halves 0.9766 / 0.9776 -> 0.9766 / 0.9780, the
other sets unchanged."""


def letters(text: str) -> str:
    """What two renderings of a passage share: its letters and digits, casefolded."""
    return _NOT_WORD.sub("", text.casefold())


def key(text: str) -> str:
    """The first letters of ``text``, which stand for it."""
    return letters(text)[:KEY_LETTERS]


def words_of(element: Any) -> str:
    """An element's shown text, its whitespace collapsed to single spaces: a script inside it
    (Focus's widget loader in a subheading, after its iframe) is no word of it: Fundus 0.9742
    -> 0.9745, halves 0.9748 / 0.9736 -> 0.9748 / 0.9743, the other sets unchanged."""
    if next(element.iterdescendants(*HIDDEN), None) is None:
        return " ".join(element.text_content().split())
    return " ".join("".join(_shown_text(element)).split())


def shown(element: Any) -> bool:
    """Whether ``element`` stands outside every hidden one (a ``<title>``, a script)."""
    return not any(above.tag in HIDDEN for above in element.iterancestors())


def page_letters(tree: Any) -> str:
    """The letters of the page's visible text, in order (no scripts: JSON-LD repeats the body)."""
    body = tree.find("body")
    return letters(" ".join(_shown_text(tree if body is None else body)))


def _shown_text(root: Any) -> list[str]:
    """The text and tails under ``root`` in reading order, script-like elements skipped.

    A stack, not recursion: hostile pages nest elements deeper than Python recurses.
    """
    parts: list[str] = [root.text or ""]
    stack = [(root, iter(root))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if parent is not root:  # a tail follows its element's children
                parts.append(parent.tail or "")
        elif isinstance(child.tag, str) and child.tag not in HIDDEN:
            parts.append(child.text or "")
            stack.append((child, iter(child)))
        else:  # a comment, a script: only what follows it is shown
            parts.append(child.tail or "")
    return parts
