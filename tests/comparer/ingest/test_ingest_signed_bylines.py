"""Bylines as Word files and pasted wire copy print them, with or without "By".

The Word files are written to disk with python-docx (its default properties left in:
"python-docx" and 2013-12-23, never a date or an author); the pasted text is the Associated
Press report of Jim Mattis's retirement (BASIL) with the lines a copy from a wire site carries.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path, extract_text
from comparer.ingest.bylines import parse_signature

HEADLINE = "Jim Mattis, Defense Secretary, Resigns in Rebuke of Trump’s Worldview"
LEDE = (
    "WASHINGTON, Dec. 20 — Defense Secretary Jim Mattis, whose experience and stability were "
    "widely seen as a balance to an unpredictable president, resigned Thursday in protest."
)
BODY = (
    "Officials said Mr. Mattis went to the White House with his resignation letter already "
    "written, but nonetheless made a last attempt at persuading the president."
)


def _word_file(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("Helene Cooper, Staff Writer", "Helene Cooper", ""),
        ("Helene Cooper and Eric Schmitt, Pentagon Correspondents",
         "Helene Cooper and Eric Schmitt",
         ""),
        ("Helene Cooper, The New York Times", "Helene Cooper", "The New York Times"),
        ("Helene Cooper and Eric Schmitt", "Helene Cooper and Eric Schmitt", ""),
        ("By Helene Cooper | The New York Times", "Helene Cooper", "The New York Times"),
    ],
)  # fmt: skip
def test_a_word_file_byline_without_by(
    tmp_path: Path, byline: str, author: str, outlet: str
) -> None:
    extracted = extract_path(_word_file(tmp_path / "a.docx", HEADLINE, byline, LEDE, BODY))
    assert (extracted.meta.author, extracted.meta.outlet) == (author, outlet)
    assert extracted.text.startswith("WASHINGTON, Dec. 20 — ")
    assert extracted.meta.dateline == "WASHINGTON, Dec. 20"
    assert extracted.meta.published is None  # python-docx's 2013 default is no date


@pytest.mark.parametrize(
    "line",
    [
        "North Korea and South Korea",  # places: a heading, not two reporters
        "Donald Trump meets Kim Jong Un",
        "Trump, Kim meet",
        "Donald Trump, President",
    ],
)
def test_a_line_of_names_and_other_words_is_no_byline(line: str) -> None:
    assert parse_signature(line, bare=True) is None


def test_a_heading_of_places_under_the_headline_stays_in_the_text(tmp_path: Path) -> None:
    path = _word_file(tmp_path / "a.docx", HEADLINE, "North Korea and South Korea", LEDE, BODY)
    extracted = extract_path(path)
    assert extracted.meta.author == ""
    assert extracted.text.startswith("North Korea and South Korea\n\n")


def test_pasted_wire_copy_with_the_agency_under_the_byline() -> None:
    pasted = (
        "Trump Says Defense Secretary Jim Mattis Will Retire In February\n\n"
        "By ZEKE MILLER and LOLITA C. BALDOR\nAssociated Press\n\n"
        "WASHINGTON (AP) — President Donald Trump tweeted on Thursday that Defense Secretary "
        "Jim Mattis would be retiring at the end of February.\n\n"
        "Mattis, who served more than four decades in the military, had been at odds with the "
        "president over the withdrawal of troops from Syria.\n\n"
        "Related: Trump names Shanahan acting defense secretary\n\n"
        "Associated Press writer Robert Burns contributed to this report.\n\n"
        "Copyright 2025 The Associated Press. All rights reserved."
    )
    extracted = extract_text(pasted)
    meta = extracted.meta
    assert (meta.title, meta.author, meta.outlet, meta.dateline) == (
        "Trump Says Defense Secretary Jim Mattis Will Retire In February",
        "Zeke Miller and Lolita C. Baldor", "Associated Press", "WASHINGTON (AP)",
    )  # fmt: skip
    assert extracted.text.startswith("WASHINGTON (AP) — President Donald Trump tweeted")
    assert extracted.text.endswith("Robert Burns contributed to this report.")
    removed = [block.text for block in extracted.removed]
    assert "By ZEKE MILLER and LOLITA C. BALDOR\nAssociated Press" in removed
    assert "Copyright 2025 The Associated Press. All rights reserved." in removed


def test_a_copy_from_a_browser_opening_with_the_outlet_and_both_dates() -> None:
    pasted = (
        "The New York Times\r\n\r\n"
        f"{HEADLINE}\r\n\r\n"
        "By\u00a0Helene Cooper\r\n\r\n"
        "Published Dec. 20, 2018 Updated Dec. 21, 2018\r\n\r\n"
        f"{LEDE}\r\n\r\n{BODY}"
    )
    extracted = extract_text(pasted)
    meta = extracted.meta
    assert (meta.title, meta.outlet, meta.author) == (
        HEADLINE, "The New York Times", "Helene Cooper",
    )  # fmt: skip
    assert (meta.published_raw, meta.published) == ("Dec. 20, 2018", date(2018, 12, 20))
    assert extracted.text == f"{LEDE}\n\n{BODY}"


def test_a_short_headline_naming_a_thing_is_no_masthead() -> None:
    extracted = extract_text(f"The Mattis Exit\n\nBy Helene Cooper\n\n{LEDE}\n\n{BODY}")
    assert (extracted.meta.title, extracted.meta.outlet) == ("The Mattis Exit", "")


@pytest.mark.parametrize(
    ("created", "published"),
    [
        (date(2018, 12, 21), date(2018, 12, 20)),  # saved the next day: the dateline's day
        (date(2019, 3, 1), None),  # saved months later: the article's day is unknown
    ],
)
def test_a_dated_dateline_beats_the_files_creation_date(
    tmp_path: Path, created: date, published: date | None
) -> None:
    document = docx.Document()
    document.core_properties.author = "Helene Cooper"
    document.core_properties.created = datetime(
        created.year, created.month, created.day, tzinfo=UTC
    )
    for paragraph in (HEADLINE, LEDE, BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "a.docx"))
    meta = extract_path(tmp_path / "a.docx").meta
    assert (meta.author, meta.dateline, meta.published) == (
        "Helene Cooper", "WASHINGTON, Dec. 20", published,
    )  # fmt: skip
