"""Decide what kind of document some bytes are, from their content first and name second.

Content wins over the extension because files are often misnamed (a page saved as .txt, a
PDF downloaded without an extension, a web page saved as .pdf or .docx, or served as
``application/pdf``); the extension only settles what content cannot, such as Markdown
versus plain text.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import PurePath


class Format(StrEnum):
    """The readers an input can go to."""

    PDF = "pdf"
    DOCX = "docx"
    ZIP = "zip"
    HTML = "html"
    XML = "xml"
    EML = "eml"
    MARKDOWN = "markdown"
    TEXT = "text"


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|article|br|span|a\s+href)\b[^>]*>", re.I)
_XML_START = re.compile(rb"^\s*<\?xml\b", re.I)
_MAIL_HEADER = re.compile(
    rb"^(from|to|subject|date|message-id|mime-version|received|return-path):[ \t]", re.I | re.M
)
_MD_SIGNS = re.compile(rb"^(#{1,6} \S|```|\* \S|- \S.*\]\(|.*\]\(https?://)", re.M)

_BY_EXTENSION = {
    ".pdf": Format.PDF,
    ".docx": Format.DOCX,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".mhtml": Format.EML,
    ".mht": Format.EML,
    ".xml": Format.XML,
    ".eml": Format.EML,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
}

_HEAD = 4096
# Formats that always start with their magic bytes: without them, a name only says so.
_MAGIC_FORMATS = (Format.PDF, Format.DOCX)


def sniff(data: bytes, filename: str = "") -> Format:
    """The reader ``data`` should go to."""
    by_content = _by_magic(data)
    named = _BY_EXTENSION.get(PurePath(filename).suffix.lower())
    if by_content is Format.ZIP and named is Format.DOCX:
        return named  # a damaged .docx (its parts out of reach): the Word reader says so
    if by_content is not None:
        return by_content
    by_text = _by_text(_ascii_head(data))
    if named in _MAGIC_FORMATS and by_text is Format.HTML:
        return by_text
    if named is not None and named is not Format.XML:
        return named
    return by_text


def _by_magic(data: bytes) -> Format | None:
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return Format.PDF
    if data.startswith(b"PK\x03\x04"):
        return Format.DOCX if b"word/" in data[:65536] else Format.ZIP
    return None


def _ascii_head(data: bytes) -> bytes:
    """The first bytes with UTF-16 zero bytes dropped, enough for ASCII markers."""
    head = data[: _HEAD * 2]
    if head.count(0) > len(head) // 4:
        head = head.replace(b"\x00", b"")
    return head[:_HEAD]


def _by_text(head: bytes) -> Format:
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\xff\xfe")
    if _HTML_START.match(head):
        return Format.HTML
    if _XML_START.match(head):
        return Format.HTML if b"<html" in head.lower() else Format.XML
    if len(_MAIL_HEADER.findall(head[:1024])) >= 3 and _MAIL_HEADER.match(head):
        return Format.EML
    if len(_HTML_TAGS.findall(head)) >= 3:
        return Format.HTML
    if len(_MD_SIGNS.findall(head)) >= 2:
        return Format.MARKDOWN
    return Format.TEXT
