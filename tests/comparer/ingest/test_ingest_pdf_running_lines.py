"""A PDF's running footer is set aside where it stands, at a page's foot, and nowhere else.

The file is laid out here with fpdf2 from a real report (the New York Times' story of Jim
Mattis's resignation, BASIL): two pages, each with the section's name as its footer, and
the same words once more in the body, as a subheading of their own.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from comparer.ingest import extract_path
from comparer.model import Furniture

RUNNING = "Pentagon Shake-Up Special Report"
PAGES = (
    (
        "WASHINGTON - Defense Secretary Jim Mattis, whose experience and stability were widely "
        "seen as a balance to an unpredictable president, resigned Thursday in protest of "
        "President Trump's decision to withdraw American forces from Syria.",
        RUNNING,
        "Mr. Mattis had repeatedly told friends and aides over recent months that he viewed his "
        "responsibility to protect the United States' 1.3 million active-duty troops as worth "
        "the concessions necessary as defense secretary to a mercurial president.",
    ),
    (
        "Among his other concerns, Mr. Mattis viewed the withdrawal as abandoning Kurdish "
        "fighters and other American allies, and as ceding critical territory to Russia and "
        "Iran.",
        "In each case, he went through the motions of acquiescing to the White House and then "
        "buried the plans in Defense Department red tape.",
    ),
)


class _Report(FPDF):
    def footer(self) -> None:
        self.set_font("Times", size=8)
        self.text(15, 287, RUNNING)


def _report(path: Path) -> Path:
    pdf = _Report(format="A4")
    pdf.set_font("Times", size=11)
    for paragraphs in PAGES:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 5, paragraph)
            pdf.ln(3)
    pdf.output(str(path))
    return path


def test_a_body_line_that_reads_like_the_running_footer_stays_text(tmp_path: Path) -> None:
    extracted = extract_path(_report(tmp_path / "report.pdf"))
    assert extracted.text.split("\n\n") == [*PAGES[0], *PAGES[1]]
    footers = [block.text for block in extracted.removed if block.reason is Furniture.PAGE_HEADER]
    assert footers == [RUNNING, RUNNING]
