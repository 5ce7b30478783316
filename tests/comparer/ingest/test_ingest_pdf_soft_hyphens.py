"""A web page with soft hyphens, printed by Chromium: every long word is read whole.

``files/soft_hyphens.pdf`` is a short report written for this test (two English paragraphs
and one Dutch), each word of seven letters or more holding a soft hyphen (U+00AD) after its
fourth letter, as a CMS inserts them, set in a 6 cm column and printed with ``chromium
--headless --print-to-pdf``. Chromium draws each soft hyphen as a space glyph in a span
whose ActualText is the soft hyphen, and a hyphen (U+2010) where it broke a line there:
read as drawn, "repeatedly" came out "repe atedly" and "postponed" "post ‐ poned".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.ingest.paragraphs import split_paragraphs

FILES = Path(__file__).parent / "files"


@pytest.mark.parametrize(
    "words",
    [
        "The city council repeatedly postponed its decision on the harbour extension",
        "that residents deserved another hearing",
        "The mayor promised an independent investigation into the procurement before any "
        "construction contract is signed.",
        "Het stadsbestuur stelde de beslissing over de havenuitbreiding dinsdag opnieuw uit.",
    ],
)
def test_soft_hyphens_of_a_printed_page_leave_words_whole(words: str) -> None:
    assert words in extract_path(FILES / "soft_hyphens.pdf").text


def test_soft_hyphens_leave_no_hyphen_and_the_byline_is_read() -> None:
    article = extract_path(FILES / "soft_hyphens.pdf")
    assert "\u2010" not in article.text and "\u00ad" not in article.text
    assert (article.meta.title, article.meta.author) == (
        "Council delays vote on harbour plan",
        "Anna Visser",
    )


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # Both halves are English words and the whole is none: a typed hyphen would stay.
        ("Het kabinet zei dat het debat op dins\u2010\ndag verder gaat.", "op dinsdag verder"),
        ("A layout hyphenated the word frie\u2010\nnds in this line.", "the word friends in"),
    ],
)
def test_a_word_the_layout_hyphenated_is_joined_in_any_language(lines: str, joined: str) -> None:
    paragraphs, _ = split_paragraphs(lines, wrapped=True)
    assert joined in paragraphs[0]
