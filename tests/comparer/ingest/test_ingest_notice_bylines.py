"""A notice under a headline is no byline ("By Appointment Only", "By Invitation Only"), as
pasted text and a Word file print it; the printed page's scan below the furniture refused
them already, the header's scan took them as authors (issue 16's leftovers)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path, extract_text

HEADLINE = "Gallery Opens Its Vaults To The Public"
BODY = (
    "The city's oldest gallery will open its storage rooms to visitors for the first time "
    "this spring, its director said on Tuesday."
)


@pytest.mark.parametrize(
    "notice",
    [
        "By Appointment Only",  # before: the author "Appointment Only"
        "By Invitation Only",  # before: the author "Invitation Only"
        "BY APPOINTMENT ONLY",
        "By Appointment Only | 9:00 - 17:00",  # before: also the outlet "17:00"
    ],
)
def test_a_notice_under_the_headline_is_no_byline(notice: str) -> None:
    extracted = extract_text(f"{HEADLINE}\n\n{notice}\n\n{BODY}")
    assert (extracted.meta.title, extracted.meta.author, extracted.meta.outlet) == (
        HEADLINE,
        "",
        "",
    )
    assert notice in extracted.text  # the story's words, kept


def test_a_word_files_notice_is_no_byline(tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in (HEADLINE, "By Invitation Only", BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "a.docx"))
    assert extract_path(tmp_path / "a.docx").meta.author == ""


@pytest.mark.parametrize("author", ["Heather Long", "Al Baker", "Rich Lowry"])
def test_names_of_dictionary_words_stay_bylines(author: str) -> None:
    assert extract_text(f"{HEADLINE}\n\nBy {author}\n\n{BODY}").meta.author == author
