"""A Word file with a pull quote and a block quote, both in Word's quote styles.

The file is written with python-docx: the New York Times report of Jim Mattis's resignation
(BASIL, shortened), a sentence of his letter lifted into an "Intense Quote" paragraph as a
layout desk sets a pull quote, and the letter's opening quoted in full in a "Quote" paragraph.
"""

from __future__ import annotations

from pathlib import Path

import docx

from comparer.ingest import extract_path
from comparer.model import Furniture

LETTER = (
    "“My views on treating allies with respect and also being cleareyed about both malign "
    "actors and strategic competitors are strongly held,” Mr. Mattis wrote. “Because you have "
    "the right to have a Secretary of Defense whose views are better aligned with yours, I "
    "believe it is right for me to step down from my position.”"
)
PULL_QUOTE = (
    "“Because you have the right to have a Secretary of Defense whose views are better "
    "aligned with yours, I believe it is right for me to step down from my position.”"
)
BLOCK_QUOTE = "Dear Mr. President: I have been privileged to serve as our country's Secretary."


def _report(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Jim Mattis, Defense Secretary, Resigns", level=1)
    document.add_paragraph("By Helene Cooper")
    document.add_paragraph("WASHINGTON — Defense Secretary Jim Mattis resigned on Thursday.")
    document.add_paragraph(PULL_QUOTE, style="Intense Quote")
    document.add_paragraph(LETTER)
    document.add_paragraph(BLOCK_QUOTE, style="Quote")
    document.add_paragraph("The president said he would name a replacement soon.")
    document.save(str(path))
    return path


def test_a_pull_quote_is_a_removed_box_and_a_block_quote_stays(tmp_path: Path) -> None:
    article = extract_path(_report(tmp_path / "mattis.docx"))
    assert article.text.count("Because you have the right") == 1  # it stood twice
    assert BLOCK_QUOTE in article.text
    boxes = [block for block in article.removed if block.reason is Furniture.TEXT_BOX]
    assert [block.text for block in boxes] == [PULL_QUOTE]
    assert article.text[: boxes[0].position].endswith("resigned on Thursday.")
