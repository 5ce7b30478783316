"""Pull quotes a Word file sets as paragraphs in a quote style, repeating the body's words.

A layout desk lifts a sentence of the story into a paragraph styled "Quote" or "Intense
Quote" between two body paragraphs. It is no running text: kept, the sentence stood twice
in the article and was aligned and counted twice. A quote-styled paragraph whose words all
stand, in order, in another paragraph of the body is set aside like a text box (a removed
block after the paragraph before it, which one can put back); a quote-styled paragraph
found nowhere else is a block quote (a letter quoted in full) and stays.
"""

from __future__ import annotations

import re
from typing import Any

_QUOTE_STYLES = frozenset({"Quote", "Intense Quote"})
_WORD = re.compile(r"\w+")
_MIN_WORDS = 4


def set_apart_pull_quotes(
    document: Any, lines: list[str]
) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """``lines`` (the body's, one a paragraph) without the pull quotes of ``document`` (a
    python-docx document), and those quotes, each after the line before it (as
    :attr:`~comparer.ingest.raw.Raw.boxes` holds them)."""
    quotes = {paragraph.text.strip() for paragraph in document.paragraphs if _quoted(paragraph)}
    folded = [_folded(line) for line in lines]
    kept: list[str] = []
    pulled: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        if line.strip() in quotes and _repeats(folded, index):
            pulled.append((next((k for k in reversed(kept) if k.strip()), ""), line.strip()))
        else:
            kept.append(line)
    return kept, tuple(pulled)


def _quoted(paragraph: Any) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    return style in _QUOTE_STYLES


def _repeats(folded: list[str], index: int) -> bool:
    """Whether line ``index``'s words stand, in order, in another line."""
    quote = folded[index]
    if len(quote.split()) < _MIN_WORDS:
        return False
    return any(quote in line for other, line in enumerate(folded) if other != index)


def _folded(line: str) -> str:
    return f" {' '.join(_WORD.findall(line.casefold()))} "
