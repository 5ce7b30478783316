"""Differences marked in an article's HTML: one rule for where their spans overlap.

Differences often overlap (a changed figure inside a reworded sentence, a loaded word inside
a quote). Every writer cuts the text at every start and end of a difference, so nothing is
hidden behind another difference, and each piece carries every difference covering it, in
the order given; the writer only chooses how a covered piece looks (one ``<mark>`` with
every kind as a class, or nested inline-styled spans). Every piece of text is escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from html import escape

from comparer.model import Difference, Headline, Span

Wrap = Callable[[str, list[Difference]], str]
"""How a covered piece is drawn: its escaped text and the differences covering it."""


def marked(text: str, start: int, end: int, differences: Sequence[Difference], wrap: Wrap) -> str:
    """``text[start:end]`` escaped, each piece some differences cover drawn by ``wrap``."""
    spans = [d for d in differences if d.start < d.end and d.start < end and start < d.end]
    inside = {b for d in spans for b in (d.start, d.end) if start < b < end}
    out: list[str] = []
    for left, right in itertools.pairwise(sorted({start, end, *inside})):
        piece = escape(text[left:right])
        covering = [d for d in spans if d.start <= left and right <= d.end]
        out.append(wrap(piece, covering) if covering else piece)
    return "".join(out)


def marked_headline(headline: Headline, spans: Sequence[Span], wrap: Callable[[str], str]) -> str:
    """A headline escaped, each of its marked runs of words (``spans``) passed to ``wrap``."""
    out, at = [], 0
    for span in spans:
        out.append(escape(headline.text[at : span.start]))
        out.append(wrap(escape(headline.text[span.start : span.end])))
        at = span.end
    out.append(escape(headline.text[at:]))
    return "".join(out)
