"""Read Markdown: strip the markup and keep the words, one paragraph a line.

Only the common syntax is handled (ATX and setext headings, emphasis, links, images,
lists, quotes, code, rules, inline HTML); anything else stays as typed, which is harmless
for comparing wording. Consecutive lines form one paragraph, as Markdown defines it. The
first heading, if the document opens with one, is the title.
"""

from __future__ import annotations

import re

from comparer.ingest.raw import Raw
from comparer.model import Metadata

_DROP_BLOCKS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")


def read_markdown(text: str) -> Raw:
    """The plain text and title of a Markdown document."""
    paragraphs: list[str] = []
    current: list[str] = []
    title = ""
    for line in _DROP_BLOCKS.sub("", text).splitlines():
        kind, content = _classify(line)
        if kind == "heading" and not paragraphs and not current and not title:
            title = _inline(content)
        if kind in ("blank", "heading", "item", "skip") and current:
            paragraphs.append(" ".join(current))
            current = []
        if kind in ("heading", "item"):
            paragraphs.append(_inline(content))
        elif kind == "text":
            current.append(_inline(content))
    if current:
        paragraphs.append(" ".join(current))
    body = "\n".join(p for p in paragraphs if p.strip())
    return Raw(text=body, media_type="text/markdown", meta=Metadata(title=title))


def _classify(line: str) -> tuple[str, str]:
    if not line.strip():
        return "blank", ""
    if _FENCE.match(line) or _RULE.match(line) or _SETEXT.match(line) or _REFERENCE.match(line):
        return "skip", ""
    heading = _HEADING.match(line)
    if heading:
        return "heading", heading.group(1)
    line = _QUOTE.sub("", line)
    item = _ITEM.match(line)
    if item:
        return "item", line[item.end() :]
    return "text", line.strip()


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()
