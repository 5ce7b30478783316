"""Fetch a web page (or a PDF or Word file) over http(s) and import it like a saved page.

Only http and https are allowed, and redirects only to them. One deadline covers the whole
exchange (see :mod:`comparer.ingest.download`); the body is streamed and refused as soon as
it passes the size cap, whatever the server claimed, so a slow or endless answer neither
hangs nor fills memory. The charset a server declares is checked against the bytes.
"""

from __future__ import annotations

from email.message import Message

from comparer.ingest.download import download, web_address
from comparer.ingest.encoding import decode, decode_declared
from comparer.ingest.formats.docx import DOCX_TYPE, read_docx
from comparer.ingest.formats.html import read_html
from comparer.ingest.formats.pdf import read_pdf
from comparer.ingest.pipeline import build
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal, import_failed
from comparer.ingest.sniff import Format, sniff
from comparer.model import Extracted

_SERVED_AS = {"application/pdf": "served.pdf", DOCX_TYPE: "served.docx"}
"""A file name for what a server says it sends, for :func:`sniff` to weigh with the bytes."""
USER_AGENT = "Comparer/0.1 (+article comparison for journalists)"


def fetch_url(url: str, *, timeout: float = 20.0, max_bytes: int = 20_000_000) -> Extracted:
    """Download ``url`` and import the page, PDF or Word file it serves."""
    try:
        web_address(url)
        answer = download(url, timeout=timeout, max_bytes=max_bytes, user_agent=USER_AGENT)
        return build(_read(answer.body, answer.headers), answer.body, url)
    except Refusal as refusal:
        raise import_failed(url, refusal.reason) from None


def _read(data: bytes, headers: Message) -> Raw:
    try:
        return _read_as_served(data, headers)
    except Refusal:
        raise
    except Exception as error:  # a parser's own failure is still just an unreadable page
        raise Refusal(f"could not be read ({type(error).__name__})") from error


def _read_as_served(data: bytes, headers: Message) -> Raw:
    content_type = headers.get_content_type()
    found = sniff(data, _SERVED_AS.get(content_type, ""))
    if found is Format.PDF:
        return read_pdf(data)
    if found is Format.DOCX:
        return read_docx(data)
    charset = headers.get_content_charset() or ""
    if content_type == "text/plain":
        text = decode_declared(data, charset) if charset else None
        return Raw(text=decode(data) if text is None else text, media_type="text/plain")
    return read_html(data, charset=charset)
