"""Each supported format, written for real into a temporary folder and imported."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from comparer.ingest import extract_any, extract_bytes, extract_path, extract_text
from comparer.model import Extracted

BODY = (
    "DAMASCUS, Syria. At least 10 civilians were killed on Saturday when warplanes struck a "
    "village near the Iraqi border, officials said. The ministry sent two letters to the "
    "United Nations asking the Security Council to act at once."
)
CURLY = "The minister called the strikes “illegal” and said the coalition’s claims were false."


def write_pdf(path: Path, *paragraphs: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "\n\n".join(paragraphs))
    pdf.output(str(path))
    return path


def test_pdf_text_layer_is_read_and_rewrapped(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "report.pdf", "Strike hits village near border", BODY)
    article = extract_path(path)
    assert article.media_type == "application/pdf"
    assert article.meta.title == "Strike hits village near border"
    assert article.text == BODY
    assert [s.text for s in article.sentences][-1] == (
        "The ministry sent two letters to the United Nations asking the Security Council to "
        "act at once."
    )
    assert article.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_pdf_found_by_content_even_without_extension(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "download", "Strike hits village near border", BODY)
    assert extract_path(path).media_type == "application/pdf"


def test_docx_paragraphs_and_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Strike hits village"
    document.core_properties.author = "Jane Doe"
    document.add_paragraph("Strike hits village")
    document.add_paragraph(BODY)
    document.add_paragraph(CURLY)
    path = tmp_path / "story.docx"
    document.save(str(path))
    article = extract_path(path)
    assert article.media_type.endswith("wordprocessingml.document")
    assert article.meta.title == "Strike hits village"
    assert article.meta.author == "Jane Doe"
    assert article.text == f"{BODY}\n\n{CURLY}"
    assert article.removed[0].text == "Strike hits village"


def test_eml_prefers_plain_text_and_reads_headers(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Coalition strike kills 10"
    message["From"] = "Jane Doe <jane.doe@example.org>"
    message["Date"] = "Sun, 12 Nov 2017 10:00:00 +0000"
    message.set_content(f"{BODY}\n\n{CURLY}\n")
    message.add_alternative("<p>HTML version</p><script>alert(1)</script>", subtype="html")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))
    article = extract_path(path)
    assert article.media_type == "message/rfc822"
    assert article.meta.title == "Coalition strike kills 10"
    assert article.meta.author == "Jane Doe"  # a person's name, without the address
    assert article.meta.published == date(2017, 11, 12)
    assert article.text == f"{BODY}\n\n{CURLY}"


def test_eml_with_only_html_drops_scripts(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Press release"
    message.set_content(
        f"<html><body><script>var stolen = 1;</script><p>{BODY}</p><p>{CURLY}</p></body></html>",
        subtype="html",
    )
    article = extract_bytes(bytes(message), source="inbox", filename="release.eml")
    assert "stolen" not in article.text
    assert CURLY in article.text


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Coalition strike kills 10 | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2017-11-12T09:00:00Z">
<meta property="og:site_name" content="Example News">
<script>window.secretTracker = "TRACKING-CODE";</script>
<style>body { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Coalition strike kills 10</h1>
<p>{body}</p>
<script>document.write("INJECTED-BY-SCRIPT")</script>
<p>{curly}</p>
<p>Residents said the village had been hit twice before in the same month.</p>
</article>
<footer>Copyright 2017 Example News. All rights reserved.</footer></body></html>
"""


def _saved_page(path: Path) -> Extracted:
    """The example page, saved as ``path`` and imported from there."""
    path.write_text(PAGE.replace("{body}", BODY).replace("{curly}", CURLY), encoding="utf-8")
    return extract_path(path)


def test_html_main_text_and_metadata_without_scripts(tmp_path: Path) -> None:
    article = _saved_page(tmp_path / "page.html")
    assert article.media_type == "text/html"
    assert "TRACKING-CODE" not in article.text
    assert "INJECTED-BY-SCRIPT" not in article.text
    assert "color: red" not in article.text
    assert BODY in article.text and CURLY in article.text
    assert "Copyright" not in article.text
    assert article.meta.author == "Jane Doe"
    assert article.meta.published == date(2017, 11, 12)
    assert article.meta.outlet == "Example News"
    assert "Coalition strike kills 10" in article.meta.title


def test_html_saved_as_txt_is_still_html(tmp_path: Path) -> None:
    article = _saved_page(tmp_path / "saved.txt")
    assert article.media_type == "text/html"
    assert "<p>" not in article.text


def test_markdown_markup_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Strike *kills* 10\n\n"
        "DAMASCUS, Syria. At least **10 civilians** were killed on Saturday,\n"
        "officials [said](https://example.org/source).\n\n"
        "- First point of the report.\n"
        "- Second point, with `code`.\n\n"
        "<script>alert('x')</script>\n"
        "> A quoted line.\n",
        encoding="utf-8",
    )
    article = extract_path(path)
    assert article.meta.title == "Strike kills 10"
    assert article.text == (
        "DAMASCUS, Syria. At least 10 civilians were killed on Saturday, officials said.\n\n"
        "First point of the report.\n\nSecond point, with code.\n\nA quoted line."
    )


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_curly_quotes_survive_every_encoding(tmp_path: Path, encoding: str) -> None:
    text = f"{CURLY}\n\n“Nous refusons,” a déclaré le ministre à Genève. {CURLY}\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = extract_path(path)
    assert "“illegal”" in article.text
    assert "coalition’s" in article.text
    assert "déclaré le ministre à Genève" in article.text
    assert article.original == text.encode(encoding)


def test_latin_1_accents_are_read(tmp_path: Path) -> None:
    text = (
        "Le ministère a déclaré que la coalition était responsable. "
        "Les élèves de l'école ont été évacués à Montréal, où la sécurité était renforcée.\n"
    )
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    article = extract_path(path)
    assert article.text == text.strip()
    assert article.meta.language == "fr"


def test_arabic_text_is_kept_and_detected() -> None:
    text = (
        "أكدت وزارة الخارجية السورية أن التحالف الدولي ارتكب مجزرة جديدة في ريف دير الزور. "
        "وطالبت الوزارة مجلس الأمن بالتحرك الفوري لوقف هذه الجرائم.\n"
    )
    article = extract_bytes(text.encode("utf-8"), source="arabic.txt", filename="arabic.txt")
    assert article.text == text.strip()
    assert article.meta.language == "ar"
    assert len(article.sentences) == 2


def test_pasted_text_hash_is_of_its_utf8() -> None:
    article = extract_text(f"Headline of the story\n\n{BODY}")
    assert article.source == "pasted text"
    assert article.original == f"Headline of the story\n\n{BODY}".encode()
    assert article.content_hash == hashlib.sha256(article.original).hexdigest()
    assert article.meta.title == "Headline of the story"
    assert article.meta.dateline == "DAMASCUS, Syria"


def test_extract_any_takes_paths(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    assert extract_any(str(path)).text == BODY


def test_hard_wrapped_plain_text_is_rejoined(tmp_path: Path) -> None:
    wrapped = (
        "Syrian authorities condemned the crimes against civilians perpetrated by\n"
        "the US-led coalition, stressing that various activities of the alliance\n"
        "also aim to thwart the army's progress against terrorists and undermine\n"
        "its efforts.\n\n"
        "The ministry expressed its strong condemnation of the attacks of the\n"
        "coalition on civilian areas and the war crimes against civilians, saying\n"
        "many states claim to care about the rule of law.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(wrapped, encoding="utf-8")
    paragraphs = extract_path(path).text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("undermine its efforts.")
    assert "\n" not in paragraphs[1]


def test_docx_bytes_in_memory_work_too() -> None:
    document = docx.Document()
    document.add_paragraph(BODY)
    buffer = io.BytesIO()
    document.save(buffer)
    article = extract_bytes(buffer.getvalue(), source="upload", filename="x.docx")
    assert article.text == BODY


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "The minister said “we will not accept this” and left — café, naïve, Zürich."),
        ("latin-1", "Le café était très animé à Montréal, où les élèves répètent leçons."),
        ("cp1252", "Der Minister sagte, dass die Stadt völlig zerstört worden sei und müsse."),
        ("cp1250", "Ministerstvo zahraničí Sýrie uvedlo, že koalice spáchala další zločin."),
        (
            "cp1250",
            "Minister powiedział, że miasto zostało całkowicie zniszczone, a ludzie uciekają.",
        ),
        (
            "cp1251",
            "Министерство иностранных дел Сирии заявило, что коалиция совершила преступление.",
        ),
        (
            "cp1256",
            "أكدت وزارة الخارجية السورية أن التحالف الدولي ارتكب مجزرة جديدة في ريف دير الزور.",
        ),
        (
            "iso8859_7",
            "Το υπουργείο Εξωτερικών της Συρίας δήλωσε ότι ο συνασπισμός διέπραξε έγκλημα.",
        ),
    ],
)
def test_legacy_code_pages(encoding: str, text: str) -> None:
    article = extract_bytes(text.encode(encoding), source=encoding, filename="legacy.txt")
    assert article.text == text
