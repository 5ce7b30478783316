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

# Every span is bounded and stops at the next marker of its kind: an unclosed "**", "[" or
# "<" must not send a pattern to the end of a megabyte line once per occurrence (quadratic;
# `make fuzz` found imports over 60 s). Nested emphasis is left as typed.
_BLOCK_TAG = re.compile(r"<(/?)(script|style)\b[^<>]{0,1000}>?", re.IGNORECASE)
_INLINE = (
    (re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)"), ""),
    (re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)"), r"\1"),
    (re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,500}\]"), r"\1"),
    (re.compile(r"<(https?://[^<>\s]{1,2000})>"), r"\1"),
    (re.compile(r"<[^<>\n]{1,500}>"), ""),
    (re.compile(r"\*\*(?=\S)([^*\n]{1,1000}?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)([^_\n]{1,1000}?)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,1000}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,1000}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]{1,1000})`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
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
    for line in _drop_blocks(text).splitlines():
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
        return "heading", _closing_hashes_dropped(heading.group(1))
    line = _QUOTE.sub("", line)
    item = _ITEM.match(line)
    if item:
        return "item", line[item.end() :]
    return "text", line.strip()


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()


def _closing_hashes_dropped(content: str) -> str:
    """``## Title ##`` is titled "Title": a closing run of # after a space is not text."""
    content = content.rstrip()
    bare = content.rstrip("#")
    if bare != content and (not bare or bare[-1].isspace()):
        return bare.rstrip()
    return content


def _drop_blocks(text: str) -> str:
    """``text`` without its <script> and <style> blocks, in one pass over their tags."""
    kept: list[str] = []
    cursor, opened, name = 0, -1, ""
    for tag in _BLOCK_TAG.finditer(text):
        closing, tag_name = tag.group(1) == "/", tag.group(2).lower()
        if opened < 0 and not closing:
            opened, name = tag.start(), tag_name
        elif opened >= 0 and closing and tag_name == name:
            kept.append(text[cursor:opened])
            cursor, opened = tag.end(), -1
    kept.append(text[cursor:])
    return "".join(kept)
