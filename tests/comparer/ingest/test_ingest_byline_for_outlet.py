"""A byline naming the outlet after "for" ("By Jane Doe for Fox News", the Daily Mail's
"By X For Mailonline"), as pasted text and a Word file print it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path, extract_text

HEADLINE = "Police Arrest Suspect In Mail Bomb Case"
BODY = (
    "Federal authorities made an arrest on Friday in connection with the explosive devices "
    "sent to prominent Democrats, the Justice Department said."
)


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        # Before: not read as a byline at all, left as the text's first paragraph.
        ("By Jane Doe for Fox News", "Jane Doe", "Fox News"),
        ("By Jane Doe for Fox News Digital", "Jane Doe", "Fox News Digital"),
        # Before: a junk author "Jane Doe For Mailonline".
        ("By Jane Doe For Mailonline", "Jane Doe", "Mailonline"),
        # Before: the outlet dropped.
        ("By Jane Doe for Dailymail.com", "Jane Doe", "Dailymail.com"),
        ("By Jane Doe and John Roe for the Daily Mail", "Jane Doe and John Roe", "The Daily Mail"),
        ("By Jane Doe, Fox News", "Jane Doe", "Fox News"),  # unchanged
    ],
)
def test_the_outlet_after_for(byline: str, author: str, outlet: str) -> None:
    extracted = extract_text(f"{HEADLINE}\n\n{byline}\n\n{BODY}")
    assert (extracted.meta.author, extracted.meta.outlet) == (author, outlet)
    assert extracted.text == BODY


def test_a_word_file_byline_for_an_outlet(tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in (HEADLINE, "By Jane Doe for Fox News", BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "a.docx"))
    meta = extract_path(tmp_path / "a.docx").meta
    assert (meta.title, meta.author, meta.outlet) == (HEADLINE, "Jane Doe", "Fox News")


def test_a_headline_with_for_is_no_byline() -> None:
    extracted = extract_text(f"Vote For Pedro Sweeps The Town\n\nBy Jane Doe\n\n{BODY}")
    assert (extracted.meta.title, extracted.meta.author) == (
        "Vote For Pedro Sweeps The Town",
        "Jane Doe",
    )


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        # Before: the stamp went into the outlet ("Fox News Published").
        ("By Jane Doe for Fox News Published August 13, 2018", "Fox News"),
        # Before: one outlet of two ("Dailymail.com And Associated Press"): the first's.
        ("By Jane Doe For Dailymail.com And Associated Press", "Dailymail.com"),
        ("By Jane Doe for MailOnline and Reuters", "MailOnline"),  # before: none
        # Before: taken as outlets; a day, a month, words of the dictionary are none.
        ("By Jane Doe for Monday", ""),
        ("By Jane Doe for August", ""),
        ("By Jane Doe For The Win", ""),
        ("By Jane Doe for Now", ""),
        ("By Jane Doe For Fox", ""),
        ("By Jane Doe for The Guardian", "The Guardian"),  # unchanged: an outlet's words
        ("By Jane Doe for Der Spiegel", "Der Spiegel"),
        # Before: the junk author "Jane Doe For Dailymail.Com", no outlet.
        ("BY JANE DOE FOR DAILYMAIL.COM", "DAILYMAIL.COM"),
    ],
)
def test_only_an_outlet_is_read_after_for(byline: str, outlet: str) -> None:
    extracted = extract_text(f"{HEADLINE}\n\n{byline}\n\n{BODY}")
    assert (extracted.meta.author, extracted.meta.outlet) == ("Jane Doe", outlet)
    assert extracted.text == BODY


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        # Before: the junk author "Jane Doe and Guardian US", no outlet.
        ("By Jane Doe, Guardian US", "Jane Doe", "Guardian US"),
        (
            "By Jane Doe and John Roe, Guardian Australia",
            "Jane Doe and John Roe",
            "Guardian Australia",
        ),
        # Before: the outlet set apart as a credit, none named.
        ("By Jane Doe, CNN Politics", "Jane Doe", "CNN Politics"),
        ("By Jane Doe, The Associated Press", "Jane Doe", "The Associated Press"),  # unchanged
        ("By Jane Doe, John Roe", "Jane Doe and John Roe", ""),  # two people, no outlet
        ("By Jane Doe, Fox Butterfield", "Jane Doe and Fox Butterfield", ""),
    ],
)
def test_an_outlet_after_a_comma(byline: str, author: str, outlet: str) -> None:
    extracted = extract_text(f"{HEADLINE}\n\n{byline}\n\n{BODY}")
    assert (extracted.meta.author, extracted.meta.outlet) == (author, outlet)


@pytest.mark.parametrize("outlet", ["Time", "Business Insider", "Mother Jones", "Rolling Stone"])
def test_an_outlet_of_dictionary_words_after_for(outlet: str) -> None:
    """The review: "for Time", "for Business Insider" lost their outlet."""
    extracted = extract_text(f"{HEADLINE}\n\nBy Jane Doe for {outlet}\n\n{BODY}")
    assert (extracted.meta.author, extracted.meta.outlet) == ("Jane Doe", outlet)


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        # Before: "Jane Doe" alone; the second writer and outlet were cut as a second outlet.
        ("By Jane Doe for Fox News and John Roe for CNN", "Jane Doe and John Roe", "Fox News"),
        ("By Jane Doe for the Daily Mail & John Roe for Reuters", "Jane Doe and John Roe",
         "The Daily Mail"),
    ],
)  # fmt: skip
def test_each_writer_for_an_outlet(byline: str, author: str, outlet: str) -> None:
    """Both writers are authors; the first outlet is the publisher's, as the first of two
    outlets after one writer is ("For Dailymail.com And Associated Press")."""
    extracted = extract_text(f"{HEADLINE}\n\n{byline}\n\n{BODY}")
    assert (extracted.meta.author, extracted.meta.outlet) == (author, outlet)


def test_a_word_files_byline_of_two_writers_for_two_outlets(tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in (HEADLINE, "By Jane Doe for Fox News and John Roe for CNN", BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "a.docx"))
    meta = extract_path(tmp_path / "a.docx").meta
    assert (meta.author, meta.outlet) == ("Jane Doe and John Roe", "Fox News")
