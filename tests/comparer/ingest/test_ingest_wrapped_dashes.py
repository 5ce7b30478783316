"""A line end at a dash or a number's hyphen, rejoined as the text was written.

Chromium breaks a line after a hyphen and at a dash written without spaces; the reflow
joined the two lines with a space ("43- year-old", "interest —lawfully", "soldiers - - has"),
seen in BASIL reports printed to PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from comparer.ingest import extract_path
from comparer.ingest.paragraphs import join_wrapped


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the 43-", "year-old said", "the 43-year-old said"),
        ("its interest", "—lawfully admitting", "its interest—lawfully admitting"),
        ("the interest—", "lawfully admitting", "the interest—lawfully admitting"),
        ("some 7,000 soldiers -", "- has drawn", "some 7,000 soldiers -- has drawn"),
        ("officials –", "including the", "officials – including the"),
        ("the govern-", "ment said", "the government said"),
        ("up 3 -", "2 on the day", "up 3 - 2 on the day"),
        ("the US-", "led coalition", "the US-led coalition"),
        ("Dayr al-", "Zawr province", "Dayr al-Zawr province"),
        ("the well-", "known case", "the well-known case"),
        # in capitals: a word cut is joined, a compound keeps its hyphen
        ("the GOVERN-", "MENT said", "the GOVERNMENT said"),
        ("The INTERNA-", "TIONAL office", "The INTERNATIONAL office"),
        ("the US-", "LED coalition", "the US-LED coalition"),
        ("the WELL-", "KNOWN case", "the WELL-KNOWN case"),
    ],
)  # fmt: skip
def test_a_line_broken_at_a_dash_is_joined_as_written(left: str, right: str, joined: str) -> None:
    assert join_wrapped(left, right) == joined


# Each paragraph as its lines were set, broken at a number's hyphen, an acronym's and a dash.
_SET_LINES = [
    ["The 43-", "year-old officer said the US-", "led coalition had struck twice."],
    ["Officials said the interest—", "lawfully admitted—was small", "and the talks would go on."],
    ["The ministry called on the UN-", "backed council to act at once", "against the attacks."],
    ["Some 7,000 soldiers -", "- have been sent to the border", "since the start of the year."],
]


def test_lines_broken_at_hyphens_and_dashes_in_a_pdf_join_as_written(tmp_path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.core_fonts_encoding = "windows-1252"  # the dash of a core font
    pdf.set_font("Times", size=11)
    y = 30.0
    for lines in _SET_LINES:
        for line in lines:
            pdf.text(20, y, line)
            y += 5
        y += 4  # the gap between paragraphs
    pdf.output(str(tmp_path / "set.pdf"))
    paragraphs = extract_path(tmp_path / "set.pdf").text.split("\n\n")
    assert paragraphs == [
        "The 43-year-old officer said the US-led coalition had struck twice.",
        "Officials said the interest—lawfully admitted—was small and the talks would go on.",
        "The ministry called on the UN-backed council to act at once against the attacks.",
        "Some 7,000 soldiers -- have been sent to the border since the start of the year.",
    ]
