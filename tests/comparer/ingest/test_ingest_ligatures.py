"""Typographic ligatures ("ﬁ", "ﬂ", "ﬀ", "ﬃ") imported as the letters they join.

The PDF is written with fpdf2 in DejaVu Serif with the ligature characters themselves, as a
typesetter's text layer carries them; pypdf reads them back as U+FB01 and its kin. The same
report as a plain text file must import as the same text, so its words compare equal.
"""

from __future__ import annotations

from pathlib import Path

import docx
from fpdf import FPDF

from comparer.ingest import extract_path

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_SET = [
    "Oﬃcials said the ﬁrst ﬂood warning",
    "reached the staﬀ too late.",
    "",
    "The eﬀort to ﬁnd the ﬂeet went on.",
]
_PLAIN = "Officials said the first flood warning reached the staff too late.\n\n" + (
    "The effort to find the fleet went on."
)


def _pdf(path: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVuSerif", fname=str(_FONT))
    pdf.set_font("DejaVuSerif", size=11)
    for number, line in enumerate(_SET):
        pdf.text(20, 30 + 5 * number, line)
    pdf.output(str(path))
    return path


def test_pdf_ligatures_import_as_letters(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(_PLAIN, encoding="utf-8")
    article = extract_path(_pdf(tmp_path / "ligatures.pdf"))
    assert article.text == extract_path(plain).text == _PLAIN


def test_word_ligatures_and_title_import_as_letters(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Oﬃcials miss ﬂood warning"
    for paragraph in (
        "Oﬃcials said the ﬁrst ﬂood warning reached the staﬀ too late.",
        "The eﬀort to ﬁnd the ﬂeet went on.",
    ):
        document.add_paragraph(paragraph)
    path = tmp_path / "ligatures.docx"
    document.save(str(path))
    article = extract_path(path)
    assert (article.text, article.meta.title) == (_PLAIN, "Officials miss flood warning")
