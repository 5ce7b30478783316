"""The well-formed inputs the fuzzer starts from: one small family per format.

Built from the bundled seed reports, so they are real articles (headlines, quotes,
abbreviations) in every container: plain text in several encodings, saved web pages,
Markdown, e-mail, Word documents and PDFs (plain and AES owner-locked).
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from html import escape
from pathlib import Path

import docx

from fuzz.samples import docx_bytes, owner_locked_pdf, text_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
FORMATS = ("txt", "html", "markdown", "eml", "docx", "pdf")
EXTENSIONS = {"txt": ".txt", "html": ".html", "markdown": ".md", "eml": ".eml"}
EXTENSIONS |= {"docx": ".docx", "pdf": ".pdf"}


def reports() -> list[list[str]]:
    """The paragraphs of each bundled seed report."""
    return [
        [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        for path in sorted(SAMPLES.glob("*.txt"))
    ]


def seeds(kind: str) -> list[bytes]:
    """The seed files of one format."""
    return [data for paragraphs in reports() for data in _BUILDERS[kind](paragraphs)]


def _txt(paragraphs: list[str]) -> list[bytes]:
    text = "\n\n".join(paragraphs)
    return [text.encode("utf-8"), text.encode("utf-16"), text.encode("cp1252", "replace")]


def _html(paragraphs: list[str]) -> list[bytes]:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    page = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(paragraphs[0])}'
        f'</title><meta name="author" content="A. Writer"></head><body><nav><a href="/">Home'
        f"</a></nav><article><h1>{escape(paragraphs[0])}</h1>{body}</article>"
        "<footer>© Outlet</footer></body></html>"
    )
    return [page.encode("utf-8")]


def _markdown(paragraphs: list[str]) -> list[bytes]:
    lines = [f"# {paragraphs[0]}", "", *(f"{p}\n" for p in paragraphs[1:])]
    lines.append("[Read more](https://example.org/more)")
    return ["\n".join(lines).encode("utf-8")]


def _eml(paragraphs: list[str]) -> list[bytes]:
    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["To"] = "reader@example.org"
    message["Subject"] = paragraphs[0]
    message["Date"] = "Sat, 21 Oct 2017 10:00:00 +0000"
    message.set_content("\n\n".join(paragraphs[1:]))
    message.add_alternative("".join(f"<p>{escape(p)}</p>" for p in paragraphs), subtype="html")
    return [message.as_bytes()]


def _docx(paragraphs: list[str]) -> list[bytes]:
    document = docx.Document()
    document.core_properties.title = paragraphs[0]
    document.core_properties.author = "A. Writer"
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return [out.getvalue(), docx_bytes([escape(p) for p in paragraphs])]


def _pdf(paragraphs: list[str]) -> list[bytes]:
    body = "\n".join(paragraphs).encode("latin-1", "replace").decode("latin-1")
    return [text_pdf(body, title=paragraphs[0][:60]), owner_locked_pdf(body[:2000])]


_BUILDERS = {
    "txt": _txt,
    "html": _html,
    "markdown": _markdown,
    "eml": _eml,
    "docx": _docx,
    "pdf": _pdf,
}
