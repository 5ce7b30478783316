"""Read a PDF that has a text layer (pypdf); scanned or locked PDFs are refused.

A PDF opened with an empty user password (only an owner password, as many publishers set)
is read normally; one that needs a password is refused. pypdf gives hard-wrapped lines, so
the result is marked ``wrapped`` for the paragraph reflow.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.model import Metadata

MAX_PAGES = 500

# pypdf logs every repairable defect of a malformed file; the user only needs our refusal.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes) -> Raw:
    """Extract the text layer and document information of a PDF."""
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader)
        text = _page_texts(reader)
        meta = _metadata(reader)
    except Refusal:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as error:
        raise Refusal(f"not a readable PDF ({type(error).__name__})") from None
    if not text.strip():
        raise Refusal("PDF has no text layer (a scan or images only)")
    return Raw(text=text, media_type="application/pdf", meta=meta, wrapped=True)


def _unlock(reader: PdfReader) -> None:
    if not reader.is_encrypted:
        return
    try:
        opened = bool(reader.decrypt(""))
    except (PdfReadError, PyPdfError, NotImplementedError):
        opened = False
    if not opened:
        raise Refusal("PDF is password-protected")


def _page_texts(reader: PdfReader) -> str:
    if len(reader.pages) > MAX_PAGES:
        raise Refusal(f"PDF has {len(reader.pages)} pages, over the {MAX_PAGES} page limit")
    # One newline between pages, so a paragraph running over a page break is rejoined.
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _metadata(reader: PdfReader) -> Metadata:
    info = reader.metadata
    if info is None:
        return Metadata()
    return Metadata(title=str(info.title or "").strip(), author=str(info.author or "").strip())
