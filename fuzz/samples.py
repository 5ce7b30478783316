"""Sample and hostile input files for the tests and ``make fuzz``, built here byte by byte
(or with fpdf2 and pypdf's writer), never produced by the code under test."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

_FIXED_DATE = datetime(2017, 10, 21, tzinfo=UTC)
BODY = (
    "At least 10 civilians were killed on Saturday when warplanes struck a village near the "
    "Iraqi border, officials said. The ministry sent two letters to the United Nations."
)


def text_pdf(body: str = BODY, title: str = "") -> bytes:
    """A one-page PDF with a text layer (fpdf2)."""
    pdf = FPDF()
    pdf.set_creation_date(_FIXED_DATE)  # the same bytes every run, for a reproducible fuzz
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, body)
    if title:
        pdf.set_title(title)
    return bytes(pdf.output())


def owner_locked_pdf(body: str = BODY) -> bytes:
    """An AES-256 PDF with only an owner password, as publishers send them."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(body))))
    writer.encrypt(user_password="", owner_password="publisher", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def many_pages_pdf(pages: int, declared: int | None = None) -> bytes:
    """A PDF of ``pages`` blank pages in one flat page tree; /Count says ``declared``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>"
        % (
            pages if declared is None else declared,
            b" ".join(b"%d 0 R" % (3 + i) for i in range(pages)),
        ),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * pages
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(paragraphs: list[str]) -> bytes:
    """A minimal Word document, zipped by hand (deflate)."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def forge_sizes(data: bytes, member: str, size: int) -> bytes:
    """``data`` (a zip) with ``member``'s declared uncompressed size rewritten to ``size``,
    in both its local header and the central directory, as a hostile author would."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(member)
    out = bytearray(data)
    local = info.header_offset
    out[local + 22 : local + 26] = size.to_bytes(4, "little")
    central = out.find(b"PK\x01\x02")
    while central >= 0:
        name_length = int.from_bytes(out[central + 28 : central + 30], "little")
        if out[central + 46 : central + 46 + name_length] == member.encode():
            out[central + 24 : central + 28] = size.to_bytes(4, "little")
            break
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)
