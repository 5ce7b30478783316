"""A Word file dated in its text: by a dateline with its year, or by a date line above the
headline. The files are written with python-docx, whose default properties ("python-docx",
2013-12-23) never date an article, so only the text can."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path

HEADLINE = "Trump Lawyer Says FBI Agent Was Fired For Anti-Trump Texts"
BYLINE = "By Ryan J. Reilly and Nick Wing, HuffPost"
LEDE = (
    "The FBI has fired Peter Strzok, the veteran counterintelligence agent who was removed "
    "from special counsel Robert Mueller's team, his lawyer said Monday."
)
BODY = (
    "Strzok's attorney, Aitan Goelman, said FBI Deputy Director David Bowdich ordered the "
    "firing on Friday."
)


def _word_file(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("opening", "dateline", "published"),
    [
        ("WASHINGTON, Aug 13, 2018 — ", "WASHINGTON, Aug 13, 2018", date(2018, 8, 13)),
        ("WASHINGTON, Aug. 13, 2018 (Reuters) - ", "WASHINGTON, Aug. 13, 2018 (Reuters)",
         date(2018, 8, 13)),
        ("WASHINGTON, Aug. 13 — ", "WASHINGTON, Aug. 13", None),  # no year: no day known
        ("WASHINGTON, Feb. 30, 2018 — ", "WASHINGTON, Feb. 30, 2018", None),  # no such day
    ],
)  # fmt: skip
def test_a_datelines_whole_date_dates_the_article(
    tmp_path: Path, opening: str, dateline: str, published: date | None
) -> None:
    """Before, a dateline with its year was no dateline at all: no place, no date."""
    path = _word_file(tmp_path / "a.docx", HEADLINE, BYLINE, opening + LEDE, BODY)
    extracted = extract_path(path)
    meta = extracted.meta
    assert (meta.title, meta.author, meta.outlet) == (
        HEADLINE, "Ryan J. Reilly and Nick Wing", "HuffPost",
    )  # fmt: skip
    assert (meta.dateline, meta.published) == (dateline, published)
    assert extracted.text.startswith(opening + "The FBI")  # the dateline stays in the lede


def test_a_printed_date_beats_the_dateline(tmp_path: Path) -> None:
    path = _word_file(
        tmp_path / "a.docx", HEADLINE, BYLINE, "August 12, 2018",
        "WASHINGTON, Aug. 13, 2018 — " + LEDE, BODY,
    )  # fmt: skip
    assert extract_path(path).meta.published == date(2018, 8, 12)


@pytest.mark.parametrize("first", ["August 13, 2018", "Monday, August 13, 2018", "2018-08-13"])
def test_a_date_line_above_the_headline(tmp_path: Path, first: str) -> None:
    """Before, the date above kept the headline from being read: no title, and the headline
    stayed in the text as its first paragraph."""
    extracted = extract_path(_word_file(tmp_path / "a.docx", first, HEADLINE, BYLINE, LEDE, BODY))
    meta = extracted.meta
    assert (meta.title, meta.author, meta.outlet, meta.published) == (
        HEADLINE, "Ryan J. Reilly and Nick Wing", "HuffPost", date(2018, 8, 13),
    )  # fmt: skip
    assert extracted.text.startswith("The FBI has fired")


def test_a_date_line_above_the_lede_is_no_headline(tmp_path: Path) -> None:
    extracted = extract_path(_word_file(tmp_path / "a.docx", "August 13, 2018", LEDE, BODY))
    assert (extracted.meta.title, extracted.meta.published) == ("", date(2018, 8, 13))
    assert extracted.text.startswith("The FBI has fired")


@pytest.mark.parametrize(
    ("under_date", "author"),
    [
        ("Jane Roe, Staff Writer", "Jane Roe"),  # a signature: the author, as before the date
        ("The Associated Press", ""),  # an outlet
        ("Updated 10:02 AM EDT", ""),  # a time stamp
    ],
)
def test_a_header_line_under_a_date_line_is_no_headline(
    tmp_path: Path, under_date: str, author: str
) -> None:
    """The line under a date line was taken as the headline whatever it was."""
    path = _word_file(tmp_path / "a.docx", "August 13, 2018", under_date, LEDE, BODY)
    meta = extract_path(path).meta
    assert (meta.title, meta.author, meta.published) == ("", author, date(2018, 8, 13))


def test_a_kicker_under_a_date_line_stands_over_the_headline(tmp_path: Path) -> None:
    path = _word_file(tmp_path / "a.docx", "August 13, 2018", "POLITICS", HEADLINE, BYLINE, LEDE)
    extracted = extract_path(path)
    assert (extracted.meta.title, extracted.meta.author) == (
        HEADLINE, "Ryan J. Reilly and Nick Wing",
    )  # fmt: skip
    assert extracted.text.startswith("The FBI has fired")


@pytest.mark.parametrize("note", ["UPDATE", "UPDATED", "CORRECTION", "Update"])
def test_an_update_note_is_no_dateline(tmp_path: Path, note: str) -> None:
    """Before, "UPDATE, Aug. 14, 2018 —" was the dateline and dated the article."""
    opening = f"{note}, Aug. 14, 2018 — The FBI said on Tuesday it had fired Peter Strzok."
    path = _word_file(tmp_path / "a.docx", HEADLINE, BYLINE, opening, LEDE, BODY)
    meta = extract_path(path).meta
    assert (meta.dateline, meta.published) == ("", None)


@pytest.mark.parametrize(
    "headline",
    ["Sky News Anchor Quits", "The Associated Press Names New CEO", "Posted 3 Soldiers Killed"],
)
def test_a_headline_naming_an_outlet_under_a_date_line(tmp_path: Path, headline: str) -> None:
    """The review: a headline opening with an outlet's name or "Posted" and a number was
    taken for the header's outlet or stamp line, and the article had no title."""
    path = _word_file(tmp_path / "a.docx", "August 13, 2018", headline, BYLINE, LEDE, BODY)
    assert extract_path(path).meta.title == headline
