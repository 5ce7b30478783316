"""Read a PDF that has a text layer (pypdf); scanned or locked PDFs are refused.

A PDF opened with an empty user password (only an owner password, as many publishers set)
is read normally (AES ones need the ``cryptography`` package); one that needs a password is
refused. The number of pages is read from the page tree's root, then checked by a walk that
stops past the limit, before pypdf loads the whole tree: a 100,000-page file is refused at
once. pypdf gives hard-wrapped lines: where gaps or first-line indents tell paragraphs apart
they are joined by :mod:`pdf_gaps`, and the rest is marked ``wrapped`` for the reflow; running
headers, footers and a headline wrapped over lines are found by :mod:`pdf_layout`.
"""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject

from comparer.ingest.formats.pdf_gaps import PdfText, gap_pages
from comparer.ingest.formats.pdf_hyphens import drop_soft_hyphen_spans
from comparer.ingest.formats.pdf_layout import (
    headline_fragments,
    join_drop_cap,
    join_headline,
    running_lines,
    set_apart_byline,
)
from comparer.ingest.formats.pdf_title import shown_title
from comparer.ingest.limits import MAX_PDF_PAGES
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.ingest.site_names import PRINTED_SEPARATORS, section_name, site_suffix
from comparer.model import Metadata

# pypdf logs every repairable defect of a malformed file, kilobytes at a time; the user only
# needs our refusal. The NullHandler keeps them off the terminal (Python's last-resort
# handler prints to stderr when a logger has none) while an app's own logging still sees them.
_PYPDF_LOG = logging.getLogger("pypdf")
_PYPDF_LOG.setLevel(logging.ERROR)
_PYPDF_LOG.addHandler(logging.NullHandler())


# pypdf retries a damaged Flate stream one byte at a time (about 3 s a megabyte, up to 5 MB
# a stream by default); a damaged news PDF is readable from far less, and one stream may
# not inflate past what a document of our size limit could hold.
_RECOVERY_BYTES = 100_000
_SITE_CHARS = 60
"""The longest site name after a printed title property's headline."""
_STREAM_BYTES = 20_000_000


def read_pdf(data: bytes) -> Raw:
    """Extract the text layer and document information of a PDF."""
    with apply_configuration(
        zlib_maximum_recovery_input_length=_RECOVERY_BYTES,
        zlib_maximum_output_length=_STREAM_BYTES,
    ):
        return _read_pdf(data)


def _read_pdf(data: bytes) -> Raw:
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader)
        _check_page_count(reader)
        for page in reader.pages:
            drop_soft_hyphen_spans(page)
        read = gap_pages(reader.pages)
        menu_lines = frozenset(line for _, run in read.menus for line in run.split("\n"))
        fragments = headline_fragments(reader.pages[0], menu_lines) if reader.pages else ("", "")
        text, meta, aside = _laid_out(reader, read, fragments)
    except Refusal:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        raise Refusal(_unreadable(data)) from None
    if not text.strip():
        raise Refusal("PDF has no text layer (a scan or images only)")
    return Raw(
        text=text, media_type="application/pdf", meta=meta, wrapped=True, aside=aside,
        menus=read.menus,
    )  # fmt: skip


def _unreadable(data: bytes) -> str:
    """Why a PDF the parser gave up on cannot be imported, in a reader's words (the parser's
    "PdfStreamError" said nothing to one): a file that starts as a PDF is damaged, perhaps
    cut short by a download; one that does not is no PDF, whatever its name."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "damaged PDF: it cannot be read (cut short?)"
    return "not a PDF: its content does not start as one"


def _laid_out(
    reader: PdfReader, read: PdfText, fragments: tuple[str, str]
) -> tuple[str, Metadata, frozenset[tuple[str, int]]]:
    """The text with its headline on one line and its drop cap on its word, the metadata,
    and the running lines (found among the pages' own lines) and masthead to set aside;
    ``fragments`` are the first page's headline and masthead."""
    pages, text = read.pages, read.text
    headline, masthead = fragments if pages else ("", "")
    joined = join_headline(text, headline) if headline else text
    meta = _metadata(reader, headline if joined != text else "")
    shown = shown_title(meta.title, text) if joined == text else None
    if shown:  # "… | Timeline": a section's name, no outlet
        site = "" if section_name(shown[1]) else shown[1]
        meta = replace(meta, title=shown[0], outlet=meta.outlet or site)
    meta = replace(meta, outlet=meta.outlet or masthead)
    aside = running_lines(pages, _title_property(reader)) | ({(masthead, 0)} if masthead else set())
    return set_apart_byline(join_drop_cap(joined)), meta, aside


def _unlock(reader: PdfReader) -> None:
    if not reader.is_encrypted:
        return
    try:
        opened = bool(reader.decrypt(""))
    except (PdfReadError, PyPdfError, NotImplementedError):
        opened = False
    if not opened:
        raise Refusal("PDF is password-protected")


def _check_page_count(reader: PdfReader) -> None:
    """Refuse a PDF with too many pages without loading its page tree."""
    root = reader.trailer["/Root"].get_object()
    pages = root["/Pages"].get_object() if isinstance(root, DictionaryObject) else None
    if not isinstance(pages, DictionaryObject):
        raise Refusal("damaged PDF: it has no pages to read")
    declared = pages.get("/Count", 0)
    if isinstance(declared, int) and declared > MAX_PDF_PAGES:
        raise Refusal(f"PDF has {declared:,} pages, over the {MAX_PDF_PAGES} page limit")
    # /Count is the author's word; count the leaves too, giving up just past the limit.
    if _count_leaves(pages, MAX_PDF_PAGES + 1) > MAX_PDF_PAGES:
        raise Refusal(f"PDF has over {MAX_PDF_PAGES} pages, the page limit")


def _count_leaves(pages: DictionaryObject, stop: int) -> int:
    """The pages under ``pages``, counted until ``stop``; a node seen twice counts once."""
    leaves, budget = 0, stop * 4  # the nodes we are willing to look at
    stack: list[Any] = [pages]
    seen: set[int] = set()
    while stack and leaves < stop:
        budget -= 1
        if budget < 0:
            return stop
        node = _resolve_once(stack.pop(), seen)
        if node is None:
            continue
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        if isinstance(kids, list):
            stack.extend(reversed(kids[:budget]))
        else:
            leaves += 1
    return leaves


def _resolve_once(item: Any, seen: set[int]) -> DictionaryObject | None:
    """The dictionary ``item`` refers to, or None if it was seen before or is no dictionary."""
    if isinstance(item, IndirectObject):
        if item.idnum in seen:
            return None
        seen.add(item.idnum)
        item = item.get_object()
    return item if isinstance(item, DictionaryObject) else None


def _title_property(reader: PdfReader) -> str:
    info = reader.metadata
    return " ".join(str(info.title or "").split()) if info is not None else ""


def _metadata(reader: PdfReader, headline: str) -> Metadata:
    """The headline set in large type, else the title property; the outlet when the
    property is the headline and a site name ("… - The New York Times", a printed page)."""
    info = reader.metadata
    title = str(info.title or "").strip() if info is not None else ""
    author = str(info.author or "").strip() if info is not None else ""
    after = title[len(headline) :] if headline and title.startswith(headline) else ""
    # Only a site after the headline: nothing but spaces before the separator.
    suffix = site_suffix(after, separators=PRINTED_SEPARATORS, longest=_SITE_CHARS)
    outlet = suffix[1] if suffix and not suffix[0].strip() else ""
    return Metadata(title=headline or title, author=author, outlet=outlet)
