"""Bylines and date lines of saved files in the languages and shapes a newsroom meets.

Each case is a plain-text file or a Word file (python-docx) written to disk and imported as a
user imports it. The Dutch report was written for this test; the English lines are from the
New York Times report of Jim Mattis's resignation (BASIL), with the byline and date lines
other sites print above it.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from comparer.ingest import extract_path

DUTCH = (
    "Den Haag - Het kabinet blijft zitten. Dat werd dinsdag duidelijk na een lang debat in "
    "de Tweede Kamer over de stikstofplannen van de regering.",
    "De oppositie was boos, maar de coalitiepartijen hielden stand. Premier Rutte zei na "
    "afloop tevreden te zijn met de uitkomst van het debat.",
)
HEADLINE = "Jim Mattis, Defense Secretary, Resigns in Rebuke of Trump’s Worldview"
ENGLISH = (
    "Mr. Mattis had repeatedly told friends and aides over recent months that he viewed his "
    "responsibility to protect the United States’ 1.3 million active-duty troops as worth "
    "the concessions necessary as defense secretary to a mercurial president.",
    "Officials said Mr. Mattis went to the White House with his resignation letter already "
    "written, but nonetheless made a last attempt at persuading the president.",
)


def _text_file(path: Path, *paragraphs: str) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "title", "author"),
    [
        # A Dutch headline opening with "Door" (by) is no byline, and no name.
        (("Door Rutte gesteund", "Door Jan de Vries"), "Door Rutte gesteund", "Jan de Vries"),
        # A headline in small letters unknown to WordNet is no name either.
        (
            ("Kabinet overleeft stikstofdebat", "Door Jan de Vries en Petra Bakker"),
            "Kabinet overleeft stikstofdebat",
            "Jan de Vries and Petra Bakker",
        ),
    ],
)
def test_dutch_headlines_and_bylines(
    tmp_path: Path, lines: tuple[str, ...], title: str, author: str
) -> None:
    article = extract_path(_text_file(tmp_path / "kabinet.txt", *lines, *DUTCH))
    assert (article.meta.title, article.meta.author) == (title, author)
    assert article.text.startswith("Den Haag - Het kabinet")


def test_dutch_byline_in_a_word_file(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Kabinet overleeft stikstofdebat", level=1)
    for paragraph in ("Door Jan de Vries en Petra Bakker", *DUTCH):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "kabinet.docx"))
    article = extract_path(tmp_path / "kabinet.docx")
    assert article.meta.author == "Jan de Vries and Petra Bakker"


@pytest.mark.parametrize(
    ("lines", "author", "outlet", "published"),
    [
        # A byline and the date on one line: the name was taken for the outlet.
        (("By Helene Cooper | Dec. 20, 2018",), "Helene Cooper", "", date(2018, 12, 20)),
        # CNN prints the time and the weekday before the date; the line stayed in the text.
        (
            ("By Helene Cooper, CNN", "Updated 3:45 PM ET, Thu December 20, 2018"),
            "Helene Cooper",
            "CNN",
            date(2018, 12, 20),
        ),
    ],
)
def test_byline_and_date_lines_of_a_text_file(
    tmp_path: Path, lines: tuple[str, ...], author: str, outlet: str, published: date
) -> None:
    article = extract_path(_text_file(tmp_path / "mattis.txt", HEADLINE, *lines, *ENGLISH))
    assert (article.meta.author, article.meta.outlet) == (author, outlet)
    assert article.meta.published == published
    assert article.text.startswith("Mr. Mattis had repeatedly told")


def _column_pdf(path: Path, headline: str, byline: str, paragraphs: tuple[str, ...]) -> Path:
    """A page set in one 50 mm column, the byline wrapped as the column wraps it."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(15, 20, headline)
    pdf.set_font("Helvetica", size=10)
    y = 30.0
    for paragraph in (byline, *paragraphs):
        for line in _wrapped(pdf, paragraph, 50):
            pdf.text(15, y, line)
            y += 4.6
    pdf.output(str(path))
    return path


def _wrapped(pdf: FPDF, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and pdf.get_string_width(f"{line} {word}") > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


@pytest.mark.parametrize(
    ("headline", "byline", "paragraphs", "author", "outlet"),
    [
        # The byline wraps: its second line ran into the first paragraph.
        (
            "Mattis Resigns",
            "By Helene Cooper and Eric Schmitt, The New York Times",
            tuple(paragraph.replace("’", "'") for paragraph in ENGLISH),
            "Helene Cooper and Eric Schmitt",
            "The New York Times",
        ),
        # The byline fills its line: the reflow took it for the first line of the lede.
        ("Door Rutte gesteund", "Door Jan de Vries en Petra Bakker", DUTCH, "Jan de Vries and "
         "Petra Bakker", ""),
    ],
)  # fmt: skip
def test_a_pdf_byline_is_a_paragraph_of_its_own(
    tmp_path: Path,
    headline: str,
    byline: str,
    paragraphs: tuple[str, ...],
    author: str,
    outlet: str,
) -> None:
    article = extract_path(_column_pdf(tmp_path / "page.pdf", headline, byline, paragraphs))
    assert (article.meta.title, article.meta.author, article.meta.outlet) == (
        headline,
        author,
        outlet,
    )
    assert article.text.startswith(paragraphs[0][:40])


GERMAN = (
    "Berlin (dpa) - Die Bundesregierung hat sich nach langen Verhandlungen auf ein neues "
    "Klimapaket geeinigt. Das teilte ein Regierungssprecher am Dienstag mit.",
    "Die Opposition kritisierte die Pläne als unzureichend.",
)


@pytest.mark.parametrize(
    ("lines", "published_raw"),
    [
        (("Kabinet overleeft stikstofdebat", "Door Jan de Vries", "14 januari 2019", *DUTCH),
         "14 januari 2019"),
        (("Klimapaket beschlossen", "Von Hans Müller",
          "Veröffentlicht am 14. Januar 2019, 10:30 Uhr", *GERMAN), "14. Januar 2019"),
        (("Retraites: la réforme présentée", "Par Marie Dupont", "Publié le 14 janvier 2019",
          *DUTCH), "14 janvier 2019"),
    ],
)  # fmt: skip
def test_a_date_line_in_another_language_is_the_publication_date(
    tmp_path: Path, lines: tuple[str, ...], published_raw: str
) -> None:
    article = extract_path(_text_file(tmp_path / "bericht.txt", *lines))
    assert (article.meta.published, article.meta.published_raw) == (
        date(2019, 1, 14),
        published_raw,
    )
    assert published_raw not in article.text


def test_a_dateline_with_the_agency_in_brackets(tmp_path: Path) -> None:
    lines = ("Klimapaket beschlossen", "Von Hans Müller", *GERMAN)
    article = extract_path(_text_file(tmp_path / "klima.txt", *lines))
    assert (article.meta.dateline, article.meta.outlet) == ("Berlin (dpa)", "dpa")
    assert article.text.startswith("Berlin (dpa) - Die Bundesregierung")


def test_a_bracket_without_an_agency_is_no_dateline(tmp_path: Path) -> None:
    lines = ("Klimapaket beschlossen", "Von Hans Müller", "Berlin (Deutschland) - Die Regierung "
             "hat sich geeinigt. Das teilte ein Sprecher mit.", *GERMAN[1:])  # fmt: skip
    article = extract_path(_text_file(tmp_path / "klima.txt", *lines))
    assert (article.meta.dateline, article.meta.outlet) == ("", "")


@pytest.mark.parametrize(
    ("lines", "author", "outlet", "credits"),
    [
        # A byline naming only an agency or a desk stayed in the text.
        (("By The Associated Press",), "", "The Associated Press", ("The Associated Press",)),
        (("By Times Staff",), "", "", ("Times Staff",)),
        # ... in other languages, an agency named in Spanish (trafilatura's test pages)
        (("Por Agencia EFE",), "", "", ("Agencia EFE",)),
        (("Par AFP",), "", "AFP", ("AFP",)),
        # A handle beside the name was kept in the author.
        (("By Helene Cooper @helenecooper",), "Helene Cooper", "", ()),
        # A photographer's credit stayed in the text.
        (("By Helene Cooper", "Photographs by Doug Mills"), "Helene Cooper", "",
         ("Photographs by Doug Mills",)),
        # A feature's byline shared with the photographer stayed in the text.
        (("Story by Helene Cooper; photographs by Doug Mills",), "Helene Cooper", "",
         ("photographs by Doug Mills",)),
        # A wire byline under a paper's masthead: the paper is the outlet, the agency a credit
        # (it was lost).
        (("By Josh Lederman, Associated Press",), "Josh Lederman", "The Washington Post",
         ("Associated Press",)),
    ],
)  # fmt: skip
def test_credits_of_a_text_file(
    tmp_path: Path, lines: tuple[str, ...], author: str, outlet: str, credits: tuple[str, ...]
) -> None:
    masthead = ("The Washington Post",) if outlet == "The Washington Post" else ()
    path = _text_file(tmp_path / "mattis.txt", *masthead, HEADLINE, *lines, *ENGLISH)
    article = extract_path(path)
    assert (article.meta.author, article.meta.outlet, article.meta.credits) == (
        author,
        outlet,
        credits,
    )
    assert (article.meta.title, article.text[:30]) == (HEADLINE, ENGLISH[0][:30])


@pytest.mark.parametrize(
    ("first_line", "title", "outlet"),
    [
        (f"{HEADLINE} | Reuters", HEADLINE, "Reuters"),
        (
            "Biden names his new cabinet - The Guardian",
            "Biden names his new cabinet",
            "The Guardian",
        ),
        # No outlet after the dash: the title is whole.
        ("Rock and roll - a history of noise", "Rock and roll - a history of noise", ""),
    ],
)
def test_a_pasted_page_title_loses_the_outlet_it_ends_with(
    tmp_path: Path, first_line: str, title: str, outlet: str
) -> None:
    article = extract_path(_text_file(tmp_path / "copy.txt", first_line, *ENGLISH))
    assert (article.meta.title, article.meta.outlet) == (title, outlet)


ITALIAN = (
    "ROMA - Il Consiglio dei ministri ha approvato ieri sera il decreto sulle misure urgenti "
    "per l'economia, dopo una lunga riunione.",
    "Le opposizioni hanno criticato il provvedimento, giudicato insufficiente.",
)


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # Italian "di" and "e": the byline stayed in the text.
        (("Il governo approva il decreto", "di Mario Rossi e Luca Bianchi"),
         "Mario Rossi and Luca Bianchi"),
        (("Il governo approva il decreto", "Por João Silva e Maria Costa"),
         "João Silva and Maria Costa"),
        # "Di" opening a headline is a surname's, not a byline.
        (("Di Maio attacca il governo", "di Mario Rossi"), "Mario Rossi"),
    ],
)  # fmt: skip
def test_italian_and_portuguese_bylines(
    tmp_path: Path, lines: tuple[str, ...], author: str
) -> None:
    article = extract_path(_text_file(tmp_path / "decreto.txt", *lines, *ITALIAN))
    assert (article.meta.title, article.meta.author) == (lines[0], author)
    assert article.text.startswith("ROMA - Il Consiglio")


def test_a_byline_and_its_date_line_in_a_hard_wrapped_file(tmp_path: Path) -> None:
    # Saved from mail: lines wrapped at 72 columns, Windows line ends, the byline and the
    # date on two lines of one block; the reflow joins them and the date was lost.
    wrapped = [HEADLINE, "", "By Helene Cooper and Eric Schmitt", "Dec. 20, 2018", ""]
    for paragraph in ENGLISH * 3:
        wrapped += [*textwrap.wrap(paragraph, 72), ""]
    path = tmp_path / "mail.txt"
    path.write_bytes("\r\n".join(wrapped).encode("utf-8"))
    meta = extract_path(path).meta
    assert (meta.author, meta.outlet, meta.published) == (
        "Helene Cooper and Eric Schmitt",
        "",
        date(2018, 12, 20),
    )


def test_a_line_opening_with_by_and_ending_with_a_date_is_no_credit(tmp_path: Path) -> None:
    lines = (HEADLINE, "By the end of December 20, 2018", *ENGLISH)
    article = extract_path(_text_file(tmp_path / "mattis.txt", *lines))
    assert (article.meta.author, article.meta.credits) == ("", ())
