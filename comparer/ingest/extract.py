"""The public entry points for files, bytes and pasted text: sniff, read, clean.

Each entry point names its input once; any reason an input cannot be imported, including
an unexpected failure inside a third-party parser, leaves as one
:class:`comparer.errors.ImportFailed` line naming that input.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from comparer.importing_inputs import storable
from comparer.ingest.encoding import decode
from comparer.ingest.formats.docx import read_docx
from comparer.ingest.formats.eml import read_eml
from comparer.ingest.formats.html import read_html
from comparer.ingest.formats.markdown import read_markdown
from comparer.ingest.formats.pdf import read_pdf
from comparer.ingest.limits import MAX_FILE_BYTES, megabytes, read_capped_file
from comparer.ingest.pipeline import build
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal, import_failed
from comparer.ingest.sniff import Format, sniff
from comparer.model import Extracted

_SESSION_MEMBERS = frozenset({"manifest.json", "session.json"})
"""What a saved session (a ``.comparer`` file, :mod:`comparer.export.bundle`) holds."""


def _read_zip(data: bytes) -> Raw:
    if _zip_names(data) >= _SESSION_MEMBERS:
        raise Refusal("a saved session, not an article: use `comparer session import` for it")
    raise Refusal("binary file (a zip archive), not a document")


def _zip_names(data: bytes) -> frozenset[str]:
    """The member names of the zip archive ``data`` (its directory only), or none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return frozenset(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return frozenset()


_READERS: dict[Format, Callable[[bytes], Raw]] = {
    Format.PDF: read_pdf,
    Format.DOCX: read_docx,
    Format.ZIP: _read_zip,
    Format.HTML: read_html,
    Format.XML: lambda data: read_html(data, media_type="application/xml"),
    Format.EML: read_eml,
    Format.MARKDOWN: lambda data: read_markdown(decode(data)),
    Format.TEXT: lambda data: Raw(text=decode(data), media_type="text/plain"),
}


def extract_path(path: Path) -> Extracted:
    """Import the file at ``path``, whatever its format."""
    path = Path(path)
    try:
        data = read_capped_file(path)
        return _extract(data, source=storable(str(path)), filename=storable(path.name))
    except Refusal as refusal:
        raise import_failed(path.name or str(path), refusal.reason) from None


def extract_bytes(data: bytes, *, source: str, filename: str = "") -> Extracted:
    """Import ``data`` (a file's content); ``filename`` helps tell the format."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise Refusal(f"input is over the {megabytes(MAX_FILE_BYTES)} limit")
        return _extract(data, source=source, filename=filename)
    except Refusal as refusal:
        raise import_failed(filename or source, refusal.reason) from None


def extract_text(text: str, *, source: str = "pasted text") -> Extracted:
    """Import text pasted by the user."""
    original = text.encode("utf-8", "surrogatepass")
    try:
        if not text.strip():
            raise Refusal("empty text")
        return build(Raw(text=text, media_type="text/plain"), original, source)
    except Refusal as refusal:
        raise import_failed(source, refusal.reason) from None


def _extract(data: bytes, *, source: str, filename: str) -> Extracted:
    found = sniff(data, filename)
    try:
        raw = _READERS[found](data)
    except Refusal:
        raise
    except Exception as error:  # a parser's own failure is still just an unreadable input
        raise Refusal(f"could not be read as {found.value} ({type(error).__name__})") from error
    return build(raw, data, source)
