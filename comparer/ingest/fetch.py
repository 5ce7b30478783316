"""Fetch a web page (or PDF) over http(s) and import it like a saved page.

Only http and https are allowed. The timeout bounds every network wait and the whole
download; the body is streamed and refused as soon as it passes the size cap, whatever
the server claimed, so a slow or endless answer neither hangs nor fills memory.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from email.message import Message
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from comparer.ingest.encoding import decode
from comparer.ingest.formats.html import read_html
from comparer.ingest.formats.pdf import read_pdf
from comparer.ingest.limits import CHUNK, megabytes
from comparer.ingest.pipeline import build
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal, import_failed
from comparer.model import Extracted

USER_AGENT = "Comparer/0.1 (+article comparison for journalists)"


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not send us to ftp:// or file://."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise Refusal(f"redirected to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def fetch_url(url: str, *, timeout: float = 20.0, max_bytes: int = 20_000_000) -> Extracted:
    """Download ``url`` and import the page or PDF it serves."""
    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise Refusal("only http:// and https:// addresses can be fetched")
        data, headers = _download(url, timeout, max_bytes)
        return build(_read(data, headers), data, url)
    except Refusal as refusal:
        raise import_failed(url, refusal.reason) from None


def _download(url: str, timeout: float, max_bytes: int) -> tuple[bytes, Message]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            _check_declared_size(response.headers, max_bytes)
            return _read_body(response, timeout, max_bytes), response.headers
    except urllib.error.HTTPError as error:
        raise Refusal(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise Refusal(_network_reason(error.reason, timeout)) from None
    except TimeoutError:
        raise Refusal(f"timed out after {timeout:g} s") from None
    except OSError as error:
        raise Refusal(_network_reason(error, timeout)) from None


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    return f"cannot be reached ({reason})"


def _check_declared_size(headers: Message, max_bytes: int) -> None:
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise Refusal(f"page is {megabytes(int(declared))}, over the {megabytes(max_bytes)} limit")


def _read_body(response: object, timeout: float, max_bytes: int) -> bytes:
    deadline = time.monotonic() + timeout
    parts: list[bytes] = []
    total = 0
    read = getattr(response, "read")  # noqa: B009 - http.client.HTTPResponse, typed loosely
    while chunk := read(CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise Refusal(f"page is over the {megabytes(max_bytes)} limit")
        if time.monotonic() > deadline:
            raise Refusal(f"timed out after {timeout:g} s")
        parts.append(chunk)
    if not total:
        raise Refusal("the server sent an empty page")
    return b"".join(parts)


def _read(data: bytes, headers: Message) -> Raw:
    try:
        return _read_as_served(data, headers)
    except Refusal:
        raise
    except Exception as error:  # a parser's own failure is still just an unreadable page
        raise Refusal(f"could not be read ({type(error).__name__})") from error


def _read_as_served(data: bytes, headers: Message) -> Raw:
    content_type = headers.get_content_type()
    if content_type == "application/pdf" or data.lstrip().startswith(b"%PDF-"):
        return read_pdf(data)
    if content_type == "text/plain":
        return Raw(text=decode(data), media_type="text/plain")
    return read_html(data, charset=headers.get_content_charset() or "")
