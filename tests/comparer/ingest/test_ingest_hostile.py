"""Hostile files (issue 11): size bombs, huge page trees, locked PDFs, control characters,
imported through the real entry points into a real library."""

from __future__ import annotations

import io
import tomllib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from comparer.errors import ImportFailed
from comparer.importing import import_one
from comparer.ingest import extract_bytes, extract_path
from comparer.ingest.encoding import decode_declared
from comparer.ingest.formats.html import decode_html
from comparer.storage import Library
from fuzz.samples import BODY, docx_bytes, forge_sizes, many_pages_pdf, owner_locked_pdf, text_pdf

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT = "word/document.xml"


def _docx_with_document(chunks: int, chunk: bytes, level: int = 6) -> bytes:
    """A .docx whose document.xml is ``chunk`` repeated, streamed in (never all in memory)."""
    base = zipfile.ZipFile(io.BytesIO(docx_bytes([BODY])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info in base.infolist():
            if info.filename != DOCUMENT:
                archive.writestr(info.filename, base.read(info))
        with archive.open(DOCUMENT, "w", force_zip64=False) as stream:
            stream.write(b'<w:document xmlns:w="x"><w:body>')
            for _ in range(chunks):
                stream.write(chunk)
            stream.write(b"</w:body></w:document>")
    return out.getvalue()


PARAGRAPH = f"<w:p><w:r><w:t>{BODY}</w:t></w:r></w:p>".encode()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """A .docx whose document.xml inflates to 150 MB."""
    return _docx_with_document(150_000_000 // len(PARAGRAPH), PARAGRAPH, level=1)


def test_a_docx_inflating_to_150_mb_is_refused(bomb: bytes) -> None:
    # Refused from the directory (ratio) or while inflating, never handed to python-docx.
    with pytest.raises(ImportFailed, match=r"bomb\.docx: .*(zip bomb|inflates past 10 MB)"):
        extract_bytes(bomb, source="bomb.docx", filename="bomb.docx")


def test_a_docx_lying_about_its_150_mb_is_refused(bomb: bytes) -> None:
    bomb = forge_sizes(bomb, DOCUMENT, 10)
    assert zipfile.ZipFile(io.BytesIO(bomb)).getinfo(DOCUMENT).file_size == 10
    with pytest.raises(ImportFailed, match=r"bomb\.docx: could not be read as docx"):
        extract_bytes(bomb, source="bomb.docx", filename="bomb.docx")


def test_a_docx_part_over_the_cap_is_refused_while_inflating() -> None:
    # Varied text compresses about 20:1, under any ratio a zip bomb shows.
    lines = b"".join(
        b"<w:p><w:r><w:t>%d %s</w:t></w:r></w:p>" % (n, BODY.encode()) for n in range(60_000)
    )
    big = _docx_with_document(1, lines, level=1)
    with pytest.raises(ImportFailed, match=r"word/document\.xml inflates past 10 MB"):
        extract_bytes(big, source="big.docx", filename="big.docx")


def test_a_100000_page_pdf_is_refused_from_its_page_count() -> None:
    with pytest.raises(ImportFailed, match="100,000 pages, over the 500 page limit"):
        extract_bytes(many_pages_pdf(100_000), source="huge.pdf", filename="huge.pdf")


def test_a_pdf_lying_about_its_page_count_is_refused_by_the_bounded_walk() -> None:
    with pytest.raises(ImportFailed, match="over 500 pages"):
        extract_bytes(many_pages_pdf(20_000, declared=1), source="liar.pdf", filename="liar.pdf")


def test_an_aes_pdf_with_only_an_owner_password_imports(tmp_path: Path) -> None:
    locked = owner_locked_pdf()
    assert PdfReader(io.BytesIO(locked)).is_encrypted
    path = tmp_path / "publisher.pdf"
    path.write_bytes(locked)
    assert extract_path(path).text == BODY


def test_a_pdf_that_needs_a_password_is_refused() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ImportFailed, match="password-protected"):
        extract_bytes(out.getvalue(), source="locked.pdf", filename="locked.pdf")


def test_control_characters_never_reach_stored_metadata(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    hostile = {"/Title": "Strike\x00 kills\n10\r\x1b[31m", "/Author": "Anna\tLindqvist\x07"}
    writer.add_metadata(hostile)
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "titled.pdf"
    path.write_bytes(out.getvalue())
    with Library.open(tmp_path / "library.sqlite3") as library:
        outcome = import_one(library, str(path))
        assert outcome.ok, outcome.error
        stored = library.get(outcome.article_id or 0)
    assert stored.meta.title == "Strike kills 10 [31m"
    assert stored.meta.author == "Anna Lindqvist"


@pytest.mark.slow
def test_a_five_million_character_text_is_imported(tmp_path: Path) -> None:
    # The shapes that were quadratic: one huge paragraph where pysbd was called, runs of dots.
    paragraph = "Smith works at Acme Inc. Strike hit the town. " * 20_000
    text = paragraph + "\n\n" + "." * 1_000_000 + "\n\n" + "A. " * 1_000_000
    assert 4_900_000 < len(text) <= 5_000_000
    path = tmp_path / "huge.txt"
    path.write_text(text, "utf-8")
    with Library.open(tmp_path / "library.sqlite3") as library:
        outcome = import_one(library, str(path))
    assert outcome.ok, outcome.error


def test_a_text_of_too_many_sentences_is_refused() -> None:
    with pytest.raises(ImportFailed, match="60,000 sentences, too many for one article"):
        extract_bytes(b"A short line.\n" * 60_000, source="list.txt", filename="list.txt")


def test_a_text_over_five_million_characters_is_refused() -> None:
    with pytest.raises(ImportFailed, match="too long for one article"):
        extract_bytes(b"word " * 1_000_001, source="long.txt", filename="long.txt")


PAGE = (
    "<html><head><title>Grève</title></head><body><p>La grève a duré trois jours.</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (PAGE.encode("utf-8"), "utf-16", None),  # UTF-8 read as UTF-16 is CJK garbage
        (PAGE.encode("utf-8"), "windows-1252", None),  # valid UTF-8 is UTF-8
        (PAGE.encode("utf-16"), "utf-16", PAGE),
        (PAGE.encode("cp1252"), "windows-1252", PAGE),
        (PAGE.encode("cp1252"), "utf-8", None),  # does not decode strictly
        (PAGE.encode("utf-8"), "no-such-charset", None),
    ],
)
def test_a_declared_charset_is_checked_against_the_bytes(
    data: bytes, declared: str, expected: str | None
) -> None:
    assert decode_declared(data, declared) == expected


def test_a_page_declaring_the_wrong_charset_is_read_in_the_right_one() -> None:
    lying = PAGE.replace("<head>", '<head><meta charset="utf-16">').encode("utf-8")
    assert "La grève a duré trois jours." in decode_html(lying, charset="utf-16")


def test_the_optional_parsers_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {
        requirement.split(">")[0].split("=")[0].strip() for requirement in project["dependencies"]
    }
    assert {"lxml_html_clean", "cryptography", "pypdf"} <= names


def test_markdown_full_of_unclosed_markers_is_read() -> None:
    # Each unclosed "**", "[", "<" once sent a pattern to the end of the line (make fuzz).
    line = "Officials said **ten [people <were *killed _on `Saturday. " * 15_000
    data = f"# Strike\n\n{line}\n\n<script>{'<script>' * 5_000}".encode()
    article = extract_bytes(data, source="marked.md", filename="marked.md")
    assert article.meta.title == "Strike"
    assert "Officials said **ten [people" in article.text


def test_markdown_closing_hashes_and_inline_markup_are_dropped() -> None:
    data = b"## Strike kills ten ##\n\nSome **bold** and *it* and [a link](http://x) `code`.\n"
    article = extract_bytes(data, source="plain.md", filename="plain.md")
    assert article.meta.title == "Strike kills ten"
    assert "Some bold and it and a link code." in article.text
