"""A printed page's byline below the site's leftovers, on one line with its date and handle.

Each case is a text file as a browser's printout reads once its menus are gone: a teaser
paragraph long enough to end the header scan, the headline, the byline as the page printed
it (lines from the printed Washington Post, Herald Sun, CNN, ACLU and Breitbart pages of the
readability set), then the story. The author and the date were not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from comparer.ingest import extract_path
from comparer.ingest.extract import extract_bytes

TEASER = (
    "Sign up for our morning newsletter and get the day's most important stories, analysis "
    "and opinion delivered to your inbox before breakfast, every weekday, free of charge, "
    "with offers from our partners that you can switch off at any time in your settings."
)
STORY = (
    "Security forces stormed the museum on Wednesday, freeing hostages and ending a siege "
    "by gunmen that left at least 17 people dead, officials said."
)


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", "Erin Cunningham", None),
        ("by: Laurie Oakes From: Herald Sun March 13, 2015 9:00PM", "Laurie Oakes", "2015-03-13"),
        (
            "by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET",
            "Ahiza Garcia",
            "2016-02-01",
        ),
        (
            "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and "
            "Technology Project April 5, 2018 | 6:00 PM",
            "Daniel Kahn Gillmor",
            "2018-04-05",
        ),
        ("by Lucas Nolan22 Dec 2016651", "Lucas Nolan", "2016-12-22"),
        ("By Ryan J. Reilly and Nick Wing, HuffPost", "Ryan J. Reilly and Nick Wing", None),
    ],
)
def test_byline_below_a_teaser_is_read(byline: str, author: str, published: str | None) -> None:
    text = f"{TEASER}\n\nMuseum siege ends in Tunis\n\n{byline}\n\n{STORY}\n"
    meta = extract_bytes(text.encode(), source="page", filename="page.txt").meta
    assert meta.author == author
    assert (str(meta.published) if meta.published else None) == published


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the museum had reopened to visitors.",  # a sentence
        "By Train And Bus",  # a subheading
    ],
)
def test_no_byline_is_made_of_other_lines(line: str) -> None:
    text = f"{TEASER}\n\nMuseum siege ends in Tunis\n\n{line}\n\n{STORY}\n"
    assert extract_bytes(text.encode(), source="page", filename="page.txt").meta.author == ""


@pytest.mark.parametrize(
    "line", ["By Appointment Only | 9:00 - 17:00", "By Invitation Only Follow us"]
)
def test_a_bar_a_time_or_follow_vouch_for_no_byline(line: str) -> None:
    """Below a teaser and a paragraph (out of the header's reach), only a date or a handle
    lets a doubtful name be an author: these were read as 'Appointment Only' (review)."""
    teaser = (
        "Museum siege ends in Tunis as security forces storm the building, freeing dozens of "
        "hostages held by gunmen for hours; officials say the death toll stands at 17, most "
        "of them foreign tourists visiting the capital."
    )
    text = f"{teaser}\n\n{STORY}\n\n{line}\n\n{STORY}\n"
    assert extract_bytes(text.encode(), source="page", filename="page.txt").meta.author == ""


MUSEUM_LEAD = (
    "Museum siege ends in Tunis as security forces storm the building, freeing dozens of "
    "hostages held by gunmen for hours; officials say the death toll stands at 17, most "
    "of them foreign tourists visiting the capital."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # Before: no author; a time stamp after the bar vouches as a date does.
        ("By Mary Rose Page | 4:08 PM", "Mary Rose Page"),
        ("By Mary Rose Page | 4:08 PM ET | Share", "Mary Rose Page"),
        ("By Mary Rose Page | Updated 16:08", "Mary Rose Page"),
        ("By Mary Rose Page", ""),  # unchanged: nothing vouches for doubtful names
        ("By Public Transport | 9:00 - 17:00", ""),  # opening hours vouch for nothing
        # The review: a price, hours or a bare dotted time is no time stamp.
        ("By Public Transport | 12.50 | Book now", ""),
        ("By Public Transport | 2.50 EUR", ""),
        ("By Public Transport | 9:00 | 17:00", ""),
        ("By Public Transport | 9:00 AM | 5:00 PM", ""),
        ("By Public Transport | 9:00 AM, Mon-Fri", ""),
        ("By Public Transport | 10.30", ""),
    ],
)
def test_a_time_stamp_after_a_bar_vouches_for_the_byline(line: str, author: str) -> None:
    text = f"{MUSEUM_LEAD}\n\n{STORY}\n\n{line}\n\n{STORY}\n"
    assert extract_bytes(text.encode(), source="page", filename="page.txt").meta.author == author


def test_a_printed_pdfs_byline_with_a_time_stamp(tmp_path: Path) -> None:
    """The byline below the lead, out of the header's reach, as a printed page sets it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in (MUSEUM_LEAD, STORY, "By Mary Rose Page | 4:08 PM", STORY):
        pdf.multi_cell(0, 5, paragraph)
        pdf.ln(3)
    pdf.output(str(tmp_path / "a.pdf"))
    assert extract_path(tmp_path / "a.pdf").meta.author == "Mary Rose Page"
