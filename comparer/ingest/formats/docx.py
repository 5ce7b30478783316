"""Read a Word .docx file (python-docx) after checking the archive is safe to open.

A .docx is a zip archive. Its directory is inspected before anything is decompressed:
too many members, a total uncompressed size or a compression ratio only a zip bomb has
are refused; each XML part is then inflated under a size cap counted on the bytes really
inflated (the directory's sizes are the author's word) and checked for entity declarations
(OOXML never has them) before python-docx parses it. The body's text, tables and tracked
changes are read by :mod:`docx_body`; a first paragraph Word shows as a headline (a Title or
Heading 1 style, or all bold, short and not ending in a full stop) is the title.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import docx

from comparer.dates import parse_date
from comparer.ingest.bylines import parse_byline
from comparer.ingest.formats.docx_body import (
    body_lines,
    box_lines,
    note_lines,
    paragraph_text,
)
from comparer.ingest.formats.docx_pull_quotes import set_apart_pull_quotes
from comparer.ingest.formats.markup import refuse_entity_declarations
from comparer.ingest.kickers import kicker_line, plausible_person
from comparer.ingest.limits import (
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_PART_BYTES,
    MAX_ZIP_RATIO,
    ZIP_RATIO_FLOOR,
    megabytes,
    read_zip_member,
)
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.model import Metadata

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_HEADLINE_STYLES = frozenset({"Title", "Heading 1"})
_HEADLINE_MAX = 250
_BOLD_HEADLINE_WORDS = 20
_NAME_WORDS = 4


def read_docx(data: bytes) -> Raw:
    """Extract the paragraphs and core properties of a .docx document."""
    archive = _open_zip(data)
    with archive:
        check_zip_directory(archive)
        if "word/document.xml" not in archive.namelist():
            raise Refusal("not a Word document: a zip archive with no document in it")
        _check_xml_parts(archive)
    try:
        document = docx.Document(io.BytesIO(data))
    except (ValueError, KeyError, zipfile.BadZipFile):
        raise Refusal("damaged Word file: its parts cannot be read") from None
    lines, pulled = set_apart_pull_quotes(document, body_lines(document.element.body))
    text = "\n".join(lines)
    if not text.strip():
        raise Refusal("Word document has no text")
    meta = _metadata(document)
    shown = _shown_headline(document)
    meta = replace(meta, title=shown or meta.title)
    notes = tuple(note_lines(document))
    boxes = (*box_lines(document.element.body), *pulled)
    return Raw(
        text=text, media_type=DOCX_TYPE, meta=meta, notes=notes, boxes=boxes,
        captions=_styled_captions(document),
    )  # fmt: skip


def _styled_captions(document: Any) -> frozenset[str]:
    """The paragraphs in Word's "Caption" style (its id is "Caption" in every language)."""
    styled = (p for p in document.paragraphs if p.style is not None)
    captions = (p for p in styled if "Caption" in (p.style.style_id, p.style.name))
    return frozenset(paragraph_text(p._p).strip() for p in captions) - {""}


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data.startswith(b"PK"):  # a zip's start, cut short or corrupted after it
            raise Refusal("damaged Word file: it cannot be opened (cut short?)") from None
        raise Refusal("not a valid .docx (not a zip archive)") from None


def check_zip_directory(archive: zipfile.ZipFile) -> None:
    """Refuse an archive whose directory promises more than a document ever holds."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise Refusal(f"archive has {len(members)} members; refused as a possible zip bomb")
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES:
        raise Refusal(f"archive unpacks to {megabytes(total)}; refused as a possible zip bomb")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > ZIP_RATIO_FLOOR and ratio > MAX_ZIP_RATIO:
            raise Refusal(f"{member.filename} is compressed {ratio:.0f}:1; refused as a zip bomb")


def _check_xml_parts(archive: zipfile.ZipFile) -> None:
    """Inflate every XML part under the size cap (python-docx parses them all) and check it."""
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels")):
            data = read_zip_member(archive, member, MAX_ZIP_PART_BYTES)
            refuse_entity_declarations(data.decode("utf-8", "replace"))


def _shown_headline(document: Any) -> str:
    """The first paragraph if Word shows it as a headline: in a Title or Heading 1 style, or
    all in bold and headline-short. The writer chose it, so it beats the file's title
    property, which is often a working name ("Mattis draft"). A byline or a date in bold is
    no headline, nor a person's name alone ("John Smith"), nor a lede some newsrooms set in
    bold: longer than a headline, or a sentence ending in a full stop, which only a styled
    headline may have ("Mattis resigns.")."""
    for paragraph in document.paragraphs:
        text = " ".join(paragraph_text(paragraph._p).split())
        if not text:
            continue
        style = paragraph.style.name if paragraph.style is not None else ""
        return _without_full_stop(text) if _headline(text, style, paragraph.runs) else ""
    return ""


def _headline(text: str, style: str, runs: Any) -> bool:
    if len(text) > _HEADLINE_MAX or parse_byline(text) is not None or parse_date(text):
        return False
    if kicker_line(text):
        return False  # "EMBARGOED UNTIL 0600 GMT" in bold over the story
    if style in _HEADLINE_STYLES:
        return True
    bold = [run.bold for run in runs if run.text.strip()]
    if not bold or not all(bold) or len(text.split()) > _BOLD_HEADLINE_WORDS:
        return False
    name = len(text.split()) <= _NAME_WORDS and plausible_person(text, strict=True)
    return not text.endswith(".") and not name


def _without_full_stop(headline: str) -> str:
    """A headline without the full stop a writer typed after it ("Mattis resigns."), but
    not one ending an abbreviation ("Troops leave the U.S.")."""
    return headline[:-1] if re.search(r"[a-z’”'\"]\.$", headline) else headline


def _metadata(document: object) -> Metadata:
    props = getattr(document, "core_properties", None)
    created = getattr(props, "created", None)
    published = created.date() if isinstance(created, datetime) else None
    return Metadata(
        title=str(getattr(props, "title", "") or ""),
        author=str(getattr(props, "author", "") or ""),
        published_raw=published.isoformat() if isinstance(published, date) else "",
        published=published,
    )
