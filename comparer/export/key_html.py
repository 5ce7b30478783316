"""The "Key differences" section every HTML and PDF report opens with.

A numbered list of the comparison's key differences (``Comparison.key_differences``),
each the one-line explanation a journalist can paste, followed, in a session's report, by
where it is shown (see :func:`comparer.export.aligned_rows.Places.pointer`); all text is
escaped (article text and titles are untrusted). A report that shows only some differences
lists only the key differences all of whose findings it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from html import escape

from comparer.model import Comparison, KeyDifference

Pointer = Callable[[KeyDifference], str]


def key_differences_html(
    comparison: Comparison, shown: Collection[int] | None = None, pointer: Pointer | None = None
) -> str:
    """``<h2>Key differences</h2>`` and an ordered list (or a line saying there are none)."""
    items = [
        k
        for k in comparison.key_differences
        if shown is None or all(i in shown for i in k.differences)
    ]
    if not items:
        return "<h2>Key differences</h2><p>None found.</p>"
    lines = "".join(
        f"<li>{escape(k.explanation)}{escape(pointer(k)) if pointer else ''}</li>" for k in items
    )
    return f"<h2>Key differences</h2><ol>{lines}</ol>"
