"""A PDF printed by Chromium in three narrow columns comes back paragraph by paragraph.

``files/three_columns.pdf`` is ``files/three_columns.html`` (nine paragraphs of a real
report, BASIL) printed by headless Chromium with ``columns: 3``. In a narrow column a line
cut short before a long word was taken for a paragraph's end, and a paragraph whose last
line filled the column ran into the next; the gap between the lines tells them apart.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

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
