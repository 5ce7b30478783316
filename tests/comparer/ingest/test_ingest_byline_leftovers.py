"""Bylines and datelines of pasted and Word texts (issue 16's leftovers).

"By Any Means Necessary" opening a pasted text is its headline, not a byline; a byline
crediting two agencies names no outlet; a capital alone before a dash ("Den Haag -",
"Washington —") is the dateline in the place's own language, a place name followed by a
dash of an aside is not.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from comparer.ingest import extract_path, extract_text
from comparer.ingest.bylines import parse_byline

BODY = (
    "The council voted on Tuesday to close the old library, a decision that angered "
    "residents who had campaigned for months to keep it open."
)


@pytest.mark.parametrize(
    "line", ["By Any Means Necessary", "BY ANY MEANS NECESSARY", "By All Means", "By Big Money"]
)
def test_a_phrase_of_common_words_after_by_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize("line", ["By Al Baker", "By Sunny Hostin", "By Rich Lowry"])
def test_names_that_are_words_too_stay_bylines(line: str) -> None:
    found = parse_byline(line)
    assert found is not None and found[0].author == line.removeprefix("By ")


def test_a_headline_opening_with_by_is_the_title() -> None:
    meta = extract_text(f"By Any Means Necessary\n\n{BODY}\n\n{BODY}").meta
    assert (meta.title, meta.author) == ("By Any Means Necessary", "")


def test_two_agencies_credited_are_credits_and_no_outlet() -> None:
    byline = "By Jane Doe, Associated Press and John Roe, Reuters"
    meta = extract_text(f"Council closes library\n\n{byline}\n\n{BODY}").meta
    assert (meta.author, meta.outlet) == ("Jane Doe and John Roe", "")
    assert meta.credits == ("Associated Press", "Reuters")


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("Den Haag - Het kabinet heeft dinsdag besloten de bibliotheek te sluiten.", "Den Haag"),
        ("Washington — The Senate voted on Tuesday to pass the bill.", "Washington"),
        ("Wien – Die Regierung hat am Dienstag beschlossen, die Bibliothek zu schließen.", "Wien"),
        ("Paris - the city of love - is dear, the mayor said on Tuesday.", ""),
        ("Berlin – Die Hauptstadt – hat am Dienstag gewählt.", ""),
        ("Jordan - The player scored twice on Tuesday night.", ""),
    ],
)
def test_a_capital_before_a_dash_is_the_dateline(first: str, dateline: str) -> None:
    extracted = extract_text(f"{first}\n\n{BODY}")
    assert extracted.meta.dateline == dateline
    assert extracted.text.startswith(first)


def test_a_word_file_dateline_in_dutch(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Kabinet sluit bibliotheek")
    document.add_paragraph(
        "Den Haag - Het kabinet heeft dinsdag besloten de bibliotheek te sluiten."
    )
    document.add_paragraph(BODY)
    document.save(str(tmp_path / "a.docx"))
    assert extract_path(tmp_path / "a.docx").meta.dateline == "Den Haag"


_PLACES = [
    ("ROTTERDAM - De haven heeft vorig jaar minder containers overgeslagen.", "ROTTERDAM", ""),
    ("Rotterdam - De haven heeft vorig jaar minder containers overgeslagen.", "Rotterdam", ""),
    ("SPRINGFIELD, Ill. — Lawmakers approved a budget on Friday.", "SPRINGFIELD, Ill.", ""),
    ("Springfield, Ill. - Lawmakers approved a budget on Friday.", "Springfield, Ill.", ""),
    ("Kyiv, Ukraine (AP) — Russian drones struck overnight.", "Kyiv, Ukraine (AP)", "AP"),
    ("Trump - who had promised a wall - said the shutdown could last years.", "", ""),
    ("Trump - The president said on Friday the shutdown could last years.", "", ""),
    ("Police - Officers said on Friday that the road would stay closed.", "", ""),
    # a town that is a person too opens with the person, unless a region or agency follows
    ("Clinton - The senator said on Monday that she would run.", "", ""),
    ("Lincoln - The president said on Monday that he would stay.", "", ""),
    ("Madison - The founder said on Monday that the vote would stand.", "", ""),
    ("Madison, Wis. - Lawmakers approved a budget on Friday.", "Madison, Wis.", ""),
    ("Clinton (AP) - Lawmakers approved a budget on Friday.", "Clinton (AP)", "AP"),
    ("Lincoln - He said on Monday that he would stay.", "", ""),
    # ... and is a dateline when the sentence after the dash is not about a person
    ("Houston - Flood waters rose across the city on Tuesday.", "Houston", ""),
    ("Columbus - Flood waters rose across the city on Tuesday.", "Columbus", ""),
    ("Raleigh - The city council approved a budget on Friday.", "Raleigh", ""),
    ("Wellington - Lawmakers approved a budget on Friday.", "Wellington", ""),
    # a capital WordNet does not know
    ("Ouagadougou - Soldiers seized the state broadcaster on Friday.", "Ouagadougou", ""),
    # ... written with a typographic apostrophe, and the capitals a check against WordNet
    # found missing
    ("Nuku’alofa - Lawmakers approved a budget on Friday.", "Nuku’alofa", ""),
    ("St. John’s - Lawmakers approved a budget on Friday.", "St. John’s", ""),
    ("Saint George's - Lawmakers approved a budget on Friday.", "Saint George's", ""),
    ("Putrajaya - Lawmakers approved a budget on Friday.", "Putrajaya", ""),
]  # fmt: skip


@pytest.mark.parametrize(("first", "dateline", "agency"), _PLACES)
def test_a_town_before_a_dash_is_the_dateline_in_pasted_text(
    first: str, dateline: str, agency: str
) -> None:
    extracted = extract_text(f"Port closes early\n\n{first}\n\n{BODY}")
    assert (extracted.meta.dateline, extracted.meta.outlet) == (dateline, agency)
    assert extracted.text.startswith(first)


@pytest.mark.parametrize(("first", "dateline", "agency"), _PLACES[1:4:2])
def test_a_town_before_a_dash_is_the_dateline_in_word_and_pdf(
    tmp_path: Path, first: str, dateline: str, agency: str
) -> None:
    document = docx.Document()
    for paragraph in ("Port closes early", first, BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "a.docx"))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in ("Port closes early", first, BODY):
        pdf.multi_cell(0, 5, paragraph)
        pdf.ln(3)
    pdf.output(str(tmp_path / "a.pdf"))
    for name in ("a.docx", "a.pdf"):
        extracted = extract_path(tmp_path / name)
        assert (extracted.meta.dateline, extracted.meta.outlet) == (dateline, agency), name
        assert extracted.text.startswith(first), name
