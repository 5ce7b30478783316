"""Inputs that must be refused: one ImportFailed line naming the input and the reason.

None of them may hang or be read whole into memory: the oversized file is sparse and is
refused from its size alone, the bombs are refused from the archive directory or the
entity declarations before anything expands.
"""

from __future__ import annotations

import io
import os
import random
import struct
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from comparer.errors import ImportFailed
from comparer.ingest import extract_bytes, extract_path, extract_text

ARTICLE = "Officials said at least 10 civilians were killed on Saturday. The ministry protested."

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)


def refusal(path: Path) -> str:
    with pytest.raises(ImportFailed) as caught:
        extract_path(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(path.name)
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in refusal(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\n  \r\n")
    assert "empty" in refusal(path)


def test_sparse_200_mb_file_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(200_000_000)
    message = refusal(path)
    assert "200 MB" in message and "limit" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in refusal(tmp_path / "nope.txt")


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in refusal(folder)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_device_is_not_read() -> None:
    with pytest.raises(ImportFailed, match="not a regular file"):
        extract_path(Path("/dev/zero"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in refusal(fifo)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(200)),
        ("data.bin", random.Random(7).randbytes(4000)),
    ],
)
def test_binary_files(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert "binary" in refusal(path)


def test_bytes_that_are_no_text_encoding(tmp_path: Path) -> None:
    noise = random.Random(3)
    data = bytes(noise.choice([*range(0x80, 0x100), 0x41, 0x20]) for _ in range(3000))
    path = tmp_path / "garbled.txt"
    path.write_bytes(data)
    message = refusal(path)
    assert "encoding" in message or "binary" in message


def test_zip_that_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", ARTICLE)
    assert "zip" in refusal(path)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text(ARTICLE, encoding="utf-8")
    assert "not a zip" in refusal(path)


@pytest.mark.parametrize("cut", [20_000, 64])
def test_docx_cut_short_is_called_damaged(tmp_path: Path, cut: int) -> None:
    """A Word file cut short in a download: it was "not a zip archive" (it is one), or,
    cut before its first part's name, "binary file (a zip archive), not a document"."""
    path = tmp_path / "report.docx"
    path.write_bytes(_docx_bytes()[:cut])
    assert "damaged Word file" in refusal(path)


def test_a_zip_of_nothing_named_docx_says_so(tmp_path: Path) -> None:
    """It said "(no word/document.xml)": a part's name inside the archive, no reader's words."""
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w"):
        pass
    assert refusal(path) == "report.docx: not a Word document: a zip archive with no document in it"


@pytest.mark.parametrize("name", ["saved.pdf", "saved.docx"])
def test_a_web_page_saved_under_a_document_name_is_read_as_a_page(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text(f"<html><head><title>Strike</title></head><body><p>{ARTICLE}</p>", "utf-8")
    article = extract_path(path)
    assert (article.media_type, article.meta.title, article.text) == (
        "text/html",
        "Strike",
        ARTICLE,
    )


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", compress) as dest:
        for info in source.infolist():
            dest.writestr(info.filename, replace.get(info.filename, source.read(info)))
        for name, content in replace.items():
            if name not in source.namelist():
                dest.writestr(name, content)
    return out.getvalue()


def test_docx_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    bomb = _rezip(_docx_bytes(), {"word/media/padding.bin": bytes(30_000_000)})
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    assert path.stat().st_size < 200_000
    assert "zip bomb" in refusal(path)


def test_docx_zip_bomb_by_declared_size(tmp_path: Path) -> None:
    data = bytearray(_docx_bytes())
    entry = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, entry + 24, 0xFFFF0000)
    path = tmp_path / "declared.docx"
    path.write_bytes(bytes(data))
    assert "zip bomb" in refusal(path)


def test_docx_with_billion_laughs_part(tmp_path: Path) -> None:
    document = (LAUGHS + "<w:document><w:body><w:p>&lol9;</w:p></w:body></w:document>").encode()
    path = tmp_path / "laughs.docx"
    path.write_bytes(_rezip(_docx_bytes(), {"word/document.xml": document}))
    assert "entit" in refusal(path)


@pytest.mark.parametrize("name", ["laughs.xml", "laughs.html", "laughs.txt"])
def test_billion_laughs_markup(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(LAUGHS + "<html><body><p>&lol9;</p></body></html>\n", encoding="utf-8")
    assert "entit" in refusal(path)


def _pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    if text:
        pdf.multi_cell(0, 8, text)
    else:
        pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


@pytest.mark.parametrize("cut", [900, 200, 5])
def test_a_pdf_cut_short_is_called_damaged(tmp_path: Path, cut: int) -> None:
    """A PDF cut short in a download was "not a readable PDF (PdfStreamError)": the
    parser's name for its failure, nothing a reader can act on."""
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf_bytes(ARTICLE)[:cut])
    assert refusal(path) == "report.pdf: damaged PDF: it cannot be read (cut short?)"


def test_a_file_named_pdf_that_is_none(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(random.Random(16).randbytes(3000))
    assert refusal(path) == "report.pdf: not a PDF: its content does not start as one"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf_bytes(""))
    assert "no text layer" in refusal(path)


def _encrypted_pdf(path: Path, user_password: str) -> Path:
    """A PDF of ``ARTICLE`` at ``path``, encrypted with an owner password and ``user_password``
    (the one a reader must give to open it; "" for none)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_bytes(ARTICLE))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def test_password_protected_pdf(tmp_path: Path) -> None:
    assert "password" in refusal(_encrypted_pdf(tmp_path / "locked.pdf", "secret"))


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    assert extract_path(_encrypted_pdf(tmp_path / "restricted.pdf", "")).text == ARTICLE


def test_truncated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(_pdf_bytes(ARTICLE)[:300])
    assert "PDF" in refusal(path)


def test_only_furniture_is_no_article(tmp_path: Path) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text("Search\n\nSHARE THIS ARTICLE\n\n- Advertisement -\n", encoding="utf-8")
    assert "no article text" in refusal(path)


def test_bytes_over_the_cap_are_refused() -> None:
    with pytest.raises(ImportFailed, match="limit"):
        extract_bytes(b"a" * 50_000_001, source="upload", filename="big.txt")


def test_empty_pasted_text() -> None:
    with pytest.raises(ImportFailed, match=r"^pasted text: empty"):
        extract_text("   \n ")
