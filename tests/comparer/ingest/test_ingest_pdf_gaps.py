"""A PDF printed by Chromium in three narrow columns comes back paragraph by paragraph.

``files/three_columns.pdf`` is ``files/three_columns.html`` (nine paragraphs of the reports
the app ships as samples, ``resources/samples``) printed by headless Chromium with
``columns: 3``. In a narrow column a line
cut short before a long word was taken for a paragraph's end, and a paragraph whose last
line filled the column ran into the next; the gap between the lines tells them apart.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from fpdf import FPDF

from comparer.ingest import extract_path
from comparer.one_line import tidy

FILES = Path(__file__).parent / "files"
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)


def _source_paragraphs() -> list[str]:
    page = (FILES / "three_columns.html").read_text(encoding="utf-8")
    return [tidy(html.unescape(found)) for found in _PARAGRAPH.findall(page)]


def test_every_paragraph_of_a_three_column_page_comes_back_as_written() -> None:
    source = _source_paragraphs()
    extracted = extract_path(FILES / "three_columns.pdf")
    assert len(source) == 9
    assert extracted.text.split("\n\n") == source


def _paragraphs_of(name: str) -> list[str]:
    page = (FILES / name).read_text(encoding="utf-8")
    return [tidy(html.unescape(found)) for found in _PARAGRAPH.findall(page)]


def test_a_paragraph_ending_on_a_full_line_at_a_column_foot_stays_apart() -> None:
    # files/column_foot.pdf: 30 paragraphs of the app's sample reports (resources/samples,
    # one after another) printed by Chromium in three columns over two pages, as
    # tools/pdf_paragraphs.py prints. '...its “heinous” crimes in the city.' and '...the
    # letters pointed out.' each fill the foot of a column, where Chromium drops the gap.
    source = _paragraphs_of("column_foot.html")
    extracted = extract_path(FILES / "column_foot.pdf")
    assert len(source) == 30
    assert extracted.text.split("\n\n") == source


def test_paragraphs_typeset_with_first_line_indents_and_no_gaps_come_back() -> None:
    # files/indented.pdf: the same paragraphs (from another sample on) in two columns with
    # ``p{margin:0;text-indent:2em}``: no space between paragraphs, only the indent.
    source = _paragraphs_of("indented.html")
    extracted = extract_path(FILES / "indented.pdf")
    assert len(source) == 30
    assert extracted.text.split("\n\n") == source


def test_indented_columns_under_a_headline_set_further_left(tmp_path: Path) -> None:
    # A newspaper page laid out with fpdf2: the headline and byline start left of the first
    # column; the paragraphs of its two columns open with an indent and no gap between them.
    straight = str.maketrans("’‘“”", "''\"\"")  # the core fonts' Latin-1
    paragraphs = [p.translate(straight) for p in _source_paragraphs()]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.text(10, 20, "Mattis to leave as of January 1")
    pdf.set_font("Times", "I", 10)
    pdf.text(10, 28, "By Kate Moss")
    pdf.set_font("Times", size=10)
    left, y = 15.0, 36.0
    for paragraph in paragraphs:
        lines = pdf.multi_cell(80, 4.6, paragraph, dry_run=True, output="LINES")
        for number, line in enumerate(lines):
            if y > 120:
                left, y = 105.0, 36.0
            pdf.text(left + 4 if number == 0 else left, y, line.strip())
            y += 4.6
    pdf.output(str(tmp_path / "paper.pdf"))
    extracted = extract_path(tmp_path / "paper.pdf")
    assert extracted.meta.author == "Kate Moss"
    assert extracted.text.split("\n\n") == paragraphs


def test_a_block_quote_set_in_makes_no_document_of_indents(tmp_path: Path) -> None:
    # Paragraphs set with no gap and no indent, one of them a two-line block quote set in
    # 2em with a gap above and below: its two lines are no first-line indents, and the
    # paragraphs come back as the line lengths tell them (they were all run together).
    straight = str.maketrans("’‘“”", "''\"\"")
    paragraphs = [p.translate(straight) for p in _source_paragraphs()][:6]
    quote = (
        "The letters said that the coalition must be held to account for every life it took "
        "in the villages near the border this year."
    )
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", size=11)
    y = 20.0
    for number, paragraph in enumerate(paragraphs):
        if number == 3:
            y += 3
            for line in pdf.multi_cell(120, 5, quote, dry_run=True, output="LINES"):
                pdf.text(28, y, line.strip())
                y += 5
            y += 3
        for line in pdf.multi_cell(140, 5, paragraph, dry_run=True, output="LINES"):
            pdf.text(20, y, line.strip())
            y += 5
    pdf.output(str(tmp_path / "quote.pdf"))
    extracted = extract_path(tmp_path / "quote.pdf").text.split("\n\n")
    assert extracted == [*paragraphs[:3], quote, *paragraphs[3:]]
