"""Cut extracted text into paragraphs, rejoining lines that were only wrapped.

Most inputs carry one paragraph a line. PDFs, and plain text saved from mail or old
systems, wrap lines at a fixed width; those lines are rejoined so a sentence is never cut
by a line end. A wrapped line is recognised by its length: it reaches (nearly) the width of
its block, while a paragraph's last line usually stops short or ends a sentence.
"""

from __future__ import annotations

from statistics import median

from comparer.one_line import tidy

_ENDS_SENTENCE = (".", "!", "?", ":", '"', "”", "’", ")", "…", "؟", "。")
_FULL_LINE = 0.8
_WRAP_MIN_LINES = 5


def split_paragraphs(text: str, wrapped: bool = False) -> list[str]:
    """The non-empty paragraphs of ``text``, whitespace tidied, wrapped lines rejoined."""
    blocks = _blocks(text)
    if wrapped or _looks_wrapped(blocks):
        return [p for block in blocks for p in _reflow(block)]
    return [line for block in blocks for line in block]


def _blocks(text: str) -> list[list[str]]:
    """Groups of consecutive non-empty lines (a blank line separates groups)."""
    blocks: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = tidy(raw)
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _looks_wrapped(blocks: list[list[str]]) -> bool:
    inner = [len(line) for block in blocks for line in block[:-1]]
    if len(inner) < _WRAP_MIN_LINES:
        return False
    longest = max(len(line) for block in blocks for line in block)
    return longest <= 100 and median(inner) >= 0.6 * longest


def _reflow(block: list[str]) -> list[str]:
    width = max(len(line) for line in block)
    paragraphs: list[str] = []
    current = ""
    for line, after in zip(block, [*block[1:], ""], strict=True):
        current = _join(current, line) if current else line
        if len(line) < _FULL_LINE * width and _ends_paragraph(line, after):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _ends_paragraph(line: str, after: str) -> bool:
    """A short line ends its paragraph if it ends a sentence or the next line starts one."""
    return line.endswith(_ENDS_SENTENCE) or not after[:1].islower()


def _join(left: str, right: str) -> str:
    if left.endswith("-") and left[-2:-1].islower() and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"
