"""PDFs as journalists save them: a newspaper page in two columns, and a web page printed.

The newspaper file is laid out here with fpdf2 as a layout program writes one: a running
header (the paper's name and date) and a page number ("A12") on every page, a headline in
large type over two lines, two columns read top to bottom, words hyphenated at line ends,
and the file properties Word leaves ("Microsoft Word - draft3.docx", "Microsoft Office
User"). ``files/printed_page.pdf`` is the New York Times report (BASIL) saved as an HTML
page and printed by Chromium (``chromium --headless --print-to-pdf``), with the browser's
header (print date and page title) and footer (the address and "1/1").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from comparer.errors import ImportFailed
from comparer.ingest import extract_path
from comparer.model import Furniture

FILES = Path(__file__).parent / "files"
HEADLINE = "Jim Mattis, Defense Secretary, Resigns in Rebuke of Trump's Worldview"
PARAGRAPHS = (
    "WASHINGTON - Defense Secretary Jim Mattis, whose experience and stability were widely "
    "seen as a balance to an unpredictable president, resigned Thursday in protest of "
    "President Trump's decision to withdraw American forces from Syria.",
    "Mr. Mattis had repeatedly told friends and aides over recent months that he viewed his "
    "responsibility to protect the United States' 1.3 million active-duty troops as worth "
    "the concessions necessary as defense secretary to a mercurial president.",
    "Among his other concerns, Mr. Mattis viewed the withdrawal as abandoning Kurdish "
    "fighters and other American allies, and as ceding critical territory to Russia and Iran.",
    "In each case, he went through the motions of acquiescing to the White House and then "
    "buried the plans in Defense Department red tape.",
)


class _Paper(FPDF):
    def header(self) -> None:
        self.set_font("Times", size=8)
        self.text(15, 10, "THE NEW YORK TIMES, FRIDAY, DECEMBER 21, 2018")

    def footer(self) -> None:
        self.set_font("Times", size=8)
        self.text(100, 287, f"A{11 + self.page_no()}")


def _lines(pdf: FPDF, text: str, width: float) -> list[str]:
    """``text`` wrapped to ``width``, a long word hyphenated at the line end."""
    lines, line = [], ""
    for word in text.split():
        if pdf.get_string_width(f"{line} {word}".strip()) <= width:
            line = f"{line} {word}".strip()
            continue
        cut = next((c for c in range(len(word) - 3, 3, -1)
                    if pdf.get_string_width(f"{line} {word[:c]}-") <= width), 0)  # fmt: skip
        lines.append(f"{line} {word[:cut]}-" if cut and len(word) >= 8 else line)
        line = word[cut:] if cut and len(word) >= 8 else word
    return [*lines, line]


def _newspaper(path: Path, paragraphs: tuple[str, ...]) -> Path:
    pdf = _Paper(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Microsoft Word - draft3.docx")
    pdf.set_author("Microsoft Office User")
    pdf.add_page()
    pdf.set_font("Times", "B", 22)
    pdf.text(15, 24, "Jim Mattis, Defense Secretary, Resigns in Rebuke of")
    pdf.text(15, 33, "Trump's Worldview")
    pdf.set_font("Times", "I", 10)
    pdf.text(15, 41, "By HELENE COOPER")
    pdf.set_font("Times", size=10)
    column, top, y = 0, 49.0, 49.0
    for paragraph in paragraphs:
        for line in _lines(pdf, paragraph, 60):
            if y > 278:
                column, y = column + 1, top
                if column == 2:
                    pdf.add_page()
                    column, top, y = 0, 20.0, 20.0
            pdf.text(15 + 90 * column, y, line)
            y += 4.6
    pdf.output(str(path))
    return path


def test_a_two_column_newspaper_page_reads_in_order_without_its_running_lines(
    tmp_path: Path,
) -> None:
    # Enough paragraphs for two pages of two columns; the third one ends the article.
    paragraphs = PARAGRAPHS[:2] * 9 + PARAGRAPHS[2:]
    extracted = extract_path(_newspaper(tmp_path / "a12.pdf", paragraphs))
    assert (extracted.meta.title, extracted.meta.author) == (HEADLINE, "Helene Cooper")
    text = extracted.text
    assert text.startswith("WASHINGTON - Defense Secretary Jim Mattis, whose experience")
    for running in ("A12", "A13", "THE NEW YORK TIMES", "Microsoft"):
        assert running not in text
    assert PARAGRAPHS[2] in text  # hyphenated words and a paragraph across pages joined
    assert text.endswith(PARAGRAPHS[3])
    furniture = [block.text for block in extracted.removed if block.reason is Furniture.PAGE_HEADER]
    assert "A12" in "\n".join(furniture)
    assert "A13" in "\n".join(furniture)


def test_a_printed_web_page_loses_the_browser_header_and_footer() -> None:
    extracted = extract_path(FILES / "printed_page.pdf")
    meta = extracted.meta
    assert meta.title == "Jim Mattis, Defense Secretary, Resigns in Rebuke of Trump’s Worldview"
    assert (meta.outlet, meta.author, meta.published_raw) == (
        "The New York Times", "Helene Cooper", "Dec. 20, 2018",
    )  # fmt: skip
    assert extracted.text.startswith("WASHINGTON — Defense Secretary Jim Mattis")
    assert extracted.text.endswith("in an early step to ending the United States’ involvement "
                                   "in the 17-year war.")  # fmt: skip
    for browser in ("AM", "ﬁle://", "file://", "1/1"):
        assert browser not in extracted.text
    removed = "\n".join(b.text for b in extracted.removed if b.reason is Furniture.PAGE_HEADER)
    assert "mattis.html 1/1" in removed


def test_a_masthead_is_the_outlet_and_a_drop_cap_goes_back_on_its_word(tmp_path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "B", 36)
    pdf.text(40, 20, "The Daily Courier")
    pdf.set_font("Times", "B", 22)
    pdf.text(15, 34, "Jim Mattis, Defense Secretary, Resigns in Rebuke of")
    pdf.text(15, 43, "Trump's Worldview")
    pdf.set_font("Times", "B", 30)
    pdf.text(15, 58, "W")
    pdf.set_font("Times", size=10)
    lede = _lines(pdf, PARAGRAPHS[0].removeprefix("W"), 160)
    for number, line in enumerate([*lede, *_lines(pdf, PARAGRAPHS[1], 170)]):
        pdf.text(25 if number < len(lede) else 15, 52 + 4.6 * number, line)
    pdf.output(str(tmp_path / "courier.pdf"))
    extracted = extract_path(tmp_path / "courier.pdf")
    assert (extracted.meta.title, extracted.meta.outlet) == (HEADLINE, "The Daily Courier")
    assert extracted.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"
    # In the page's order: the masthead stands above the headline.
    assert [(b.reason, b.text) for b in extracted.removed] == [
        (Furniture.PAGE_HEADER, "The Daily Courier"), (Furniture.HEADLINE, HEADLINE),
    ]  # fmt: skip


def test_words_cut_at_line_ends_are_joined_but_compounds_keep_their_hyphen(
    tmp_path: Path,
) -> None:
    # A report saved as hard-wrapped text, as a PDF's text layer or an old system gives it.
    wrapped = (
        "Mr. Mattis had repeatedly told friends and aides over recent months that\n"
        "he viewed his responsibility to protect the United States' 1.3 million active-\n"
        "duty troops as worth the concessions necessary as defense secretary to a\n"
        "mercurial president. But on Thursday, in an extraordinary rebuke of the govern-\n"
        "ment he served, he decided that the well-\n"
        "known limits of his influence had been reached, and he wrote a letter to the\n"
        "president.\n"
    )
    (tmp_path / "wrapped.txt").write_text(wrapped, encoding="utf-8")
    text = extract_path(tmp_path / "wrapped.txt").text
    assert "1.3 million active-duty troops" in text
    assert "rebuke of the government he served" in text
    assert "the well-known limits" in text


def test_a_page_printed_by_firefox_loses_its_title_address_and_page_line(tmp_path: Path) -> None:
    title = "Jim Mattis Resigns in Rebuke of Trump - The New York Times"
    address = "https://www.nytimes.com/2018/12/20/us/politics/jim-mattis-defense-secretary.html"
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.text(10, 8, f"{title} {address}")
    pdf.set_font("Times", size=11)
    lines = [line for paragraph in PARAGRAPHS for line in [*_lines(pdf, paragraph, 170), ""]]
    for number, line in enumerate(lines):
        pdf.text(15, 20 + 5 * number, line)
    pdf.set_font("Helvetica", size=8)
    pdf.text(10, 290, "1 of 1 12/20/18, 7:04 PM")
    pdf.output(str(tmp_path / "firefox.pdf"))
    extracted = extract_path(tmp_path / "firefox.pdf")
    assert extracted.text == "\n\n".join(PARAGRAPHS)
    removed = [b.text for b in extracted.removed if b.reason is Furniture.PAGE_HEADER]
    assert removed == [f"{title} {address}", "1 of 1 12/20/18, 7:04 PM"]


def test_a_pdf_of_page_numbers_only_is_refused_in_one_line(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for number in range(1, 4):
        pdf.add_page()
        pdf.text(100, 280, f"Page {number} of 3")
    pdf.output(str(tmp_path / "numbers.pdf"))
    with pytest.raises(ImportFailed, match=r"^numbers\.pdf: no article text found"):
        extract_path(tmp_path / "numbers.pdf")
