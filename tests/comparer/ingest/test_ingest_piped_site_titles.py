"""A browser tab's title copied or printed with the page ("Headline | HuffPost", "… | US news
| The Guardian"): the site after the bar is the outlet, not part of the headline. A PDF a
browser prints carries that title as its own (fpdf sets it here as Chromium does)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from comparer.ingest import extract_path, extract_text

HEADLINE = "Police Arrest Suspect In Mail Bomb Case"
BODY = (
    "Federal authorities made an arrest on Friday in connection with the explosive devices "
    "sent to prominent Democrats, the Justice Department said."
)


@pytest.mark.parametrize(
    ("first", "title", "outlet"),
    [
        # Before: the site stayed in the headline and no outlet was read.
        (f"{HEADLINE} | HuffPost", HEADLINE, "HuffPost"),
        (f"{HEADLINE} | MoreBikes", HEADLINE, "MoreBikes"),
        (f"{HEADLINE} | CNN Politics", HEADLINE, "CNN Politics"),
        # Before: "| US news" stayed in the headline.
        (f"{HEADLINE} | US news | The Guardian", HEADLINE, "The Guardian"),
        (f"{HEADLINE} | Fox News", HEADLINE, "Fox News"),  # unchanged: a news word
        (f"{HEADLINE} | Opinion", f"{HEADLINE} | Opinion", ""),  # a kicker, no site
        (f"{HEADLINE} | Jane Roe", HEADLINE, ""),  # a person: the author, not the outlet
        ("Mail Bomb Case | HuffPost", "Mail Bomb Case | HuffPost", ""),  # too short to tell
        ("Trump vs. Biden | Who won the debate? | Politico",
         "Trump vs. Biden | Who won the debate?", "Politico"),
    ],
)  # fmt: skip
def test_a_pasted_tab_title_names_the_site(first: str, title: str, outlet: str) -> None:
    byline = "By Jane Roe"
    meta = extract_text(f"{first}\n\n{byline}\n\n{BODY}").meta
    assert (meta.title, meta.outlet, meta.author) == (title, outlet, "Jane Roe")


def test_a_printed_pages_pdf_title_names_the_site(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_title(f"{HEADLINE} | HuffPost")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in (HEADLINE, "By Jane Roe", BODY):
        pdf.multi_cell(0, 5, paragraph)
        pdf.ln(3)
    pdf.output(str(tmp_path / "a.pdf"))
    extracted = extract_path(tmp_path / "a.pdf")
    meta = extracted.meta
    assert (meta.title, meta.outlet, meta.author) == (HEADLINE, "HuffPost", "Jane Roe")
    assert extracted.text == BODY


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("Timeline", "CNN"),  # before: "Timeline", "Full List", "US News", "Texas"... beat CNN
        ("Full List", "CNN"),
        ("US News", "CNN"),
        ("Texas", "CNN"),
        ("Fact Check", "CNN"),
        ("HuffPost", "CNN"),  # a site too: the byline's outlet wins
    ],
)
def test_the_bylines_outlet_beats_the_titles_tail(tail: str, outlet: str) -> None:
    meta = extract_text(f"{HEADLINE} | {tail}\n\nBy Jane Roe, CNN\n\n{BODY}").meta
    assert (meta.title, meta.outlet, meta.author) == (HEADLINE, outlet, "Jane Roe")


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("Timeline", ""),  # a kind of page, a section, a place: no site
        ("What We Know", ""),
        ("In Pictures", ""),
        ("Politics", ""),
        ("Texas", ""),
        ("Gothamist", "Gothamist"),  # no dictionary word: a site's name
        ("Dailymail.co.uk", "Dailymail.co.uk"),
    ],
)
def test_only_a_sites_name_after_the_bar_is_the_outlet(tail: str, outlet: str) -> None:
    meta = extract_text(f"{HEADLINE} | {tail}\n\nBy Jane Roe\n\n{BODY}").meta
    assert (meta.title, meta.outlet) == (HEADLINE, outlet)


@pytest.mark.parametrize(("tail", "outlet"), [("Timeline", "CNN"), ("Texas", "CNN")])
def test_a_printed_pages_section_is_no_outlet(tmp_path: Path, tail: str, outlet: str) -> None:
    """A PDF's title property with a section after its bar gave that section as the outlet
    over the byline's."""
    pdf = FPDF()
    pdf.set_title(f"{HEADLINE} | {tail}")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in (HEADLINE, "By Jane Roe, CNN", BODY):
        pdf.multi_cell(0, 5, paragraph)
        pdf.ln(3)
    pdf.output(str(tmp_path / "a.pdf"))
    meta = extract_path(tmp_path / "a.pdf").meta
    assert (meta.title, meta.outlet, meta.author) == (HEADLINE, outlet, "Jane Roe")


@pytest.mark.parametrize(
    "tail",
    ["Al Jazeera", "Business Insider", "Vanity Fair", "Time", "Fortune", "Coastal Rights Alliance"],
)
def test_a_real_outlet_after_the_bar_is_kept(tail: str) -> None:
    """The review: a tail of dictionary words, or of two words with no known first one, was
    taken for a section and the outlet lost ("Headline | Al Jazeera" gave none)."""
    meta = extract_text(f"{HEADLINE} | {tail}\n\nBy Jane Roe\n\n{BODY}").meta
    assert (meta.title, meta.outlet) == (HEADLINE, tail)


NUMBERED_OR_FOREIGN = [
    "France 24",
    "Deutsche Welle",
    "KTLA 5",
    "Fox 5",
    "9News",
    "RTL Nieuws",
    "Le Figaro",
    "Channel 4 News",  # unchanged: a news word
    "Corriere della Sera",  # unchanged: a paper's word
]


@pytest.mark.parametrize("tail", NUMBERED_OR_FOREIGN)
def test_an_outlet_named_with_a_number_or_foreign_words(tail: str) -> None:
    """Before: the tail stayed in the headline and no outlet was read (a number is no
    capital, "Deutsche Welle" looks like a person's name)."""
    meta = extract_text(f"{HEADLINE} | {tail}\n\nBy Jane Roe\n\n{BODY}").meta
    assert (meta.title, meta.outlet) == (HEADLINE, tail)


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        ("World", HEADLINE),  # unchanged: a section, cut, no outlet
        ("Live updates", f"{HEADLINE} | Live updates"),  # unchanged: a kicker, kept
        ("Top 10", f"{HEADLINE} | Top 10"),  # a number after dictionary words: no channel
        ("Page 2", f"{HEADLINE} | Page 2"),
        ("Election 2020", f"{HEADLINE} | Election 2020"),  # a year
        ("COVID 19", f"{HEADLINE} | COVID 19"),  # a disease, a league, a union: no channel
        ("NFL 2", f"{HEADLINE} | NFL 2"),
        ("EU 27", f"{HEADLINE} | EU 27"),
        ("Ligue 1", f"{HEADLINE} | Ligue 1"),
        # The review: a place or an acronym with a number is a headline's, not a channel.
        ("Chicago 7", f"{HEADLINE} | Chicago 7"),
        ("Qatar 22", f"{HEADLINE} | Qatar 22"),
        ("Gaza 2", f"{HEADLINE} | Gaza 2"),
        ("WWDC 24", f"{HEADLINE} | WWDC 24"),
        ("WNBA 3", f"{HEADLINE} | WNBA 3"),
        ("WHO 2", f"{HEADLINE} | WHO 2"),
        ("Bloomberg Smith", f"{HEADLINE} | Bloomberg Smith"),  # a person, not "CNN Politics"
    ],
)
def test_sections_and_numbers_name_no_outlet(tail: str, title: str) -> None:
    meta = extract_text(f"{HEADLINE} | {tail}\n\nBy Jane Roe\n\n{BODY}").meta
    assert (meta.title, meta.outlet) == (title, "")


@pytest.mark.parametrize("tail", ["France 24", "Deutsche Welle"])
def test_a_word_files_title_names_a_numbered_or_foreign_outlet(tmp_path: Path, tail: str) -> None:
    document = docx.Document()
    for paragraph in (f"{HEADLINE} | {tail}", "By Jane Roe", BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "a.docx"))
    meta = extract_path(tmp_path / "a.docx").meta
    assert (meta.title, meta.outlet) == (HEADLINE, tail)


@pytest.mark.parametrize("tail", ["France 24", "Deutsche Welle"])
def test_a_printed_pages_title_names_a_numbered_or_foreign_outlet(
    tmp_path: Path, tail: str
) -> None:
    pdf = FPDF()
    pdf.set_title(f"{HEADLINE} | {tail}")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in (HEADLINE, "By Jane Roe", BODY):
        pdf.multi_cell(0, 5, paragraph)
        pdf.ln(3)
    pdf.output(str(tmp_path / "a.pdf"))
    meta = extract_path(tmp_path / "a.pdf").meta
    assert (meta.title, meta.outlet) == (HEADLINE, tail)
