"""Kickers, subjects and foreign byline words near the headline of a text file.

Each file is written to disk as a reporter saves a story copied from a page: a label over or
under the headline ("The White House", "Live Updates", "Analysis"), or a headline opening
with a byline's word in another language ("Von Braun Center Reopens").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.ingest.bylines import parse_byline
from comparer.model import Furniture

LEDE = (
    "The Von Braun Center in Huntsville reopened on Friday after a two-year renovation that "
    "cost the city 115 million dollars, officials said."
)
TAIL = "The first concert is on Saturday."


def _story(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("\n\n".join((*lines, LEDE, TAIL)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "headline",
    ["Von Braun Center Reopens", "From Gaza To Kyiv", "Von Trump Getäuscht",
     "Por Fin Llega La Lluvia"],
)  # fmt: skip
def test_a_headline_opening_with_a_foreign_byline_word_is_the_title(
    tmp_path: Path, headline: str
) -> None:
    extracted = extract_path(_story(tmp_path, headline))
    assert (extracted.meta.title, extracted.meta.author) == (headline, "")


@pytest.mark.parametrize(
    ("line", "author"),
    [("Von Jemima Kelly", "Jemima Kelly"), ("Par Jean Dupont", "Jean Dupont"),
     ("Von Klaus Müller und Hans Werner", "Klaus Müller and Hans Werner"),
     ("Por José García", "José García"), ("By Nick Wing", "Nick Wing"),
     ("Von: Bill McCarthy, Marisha Goldhamer", "Bill McCarthy and Marisha Goldhamer")],
)  # fmt: skip
def test_foreign_bylines_still_name_people(line: str, author: str) -> None:
    found = parse_byline(line)
    assert found is not None and found[0].author == author


@pytest.mark.parametrize("kicker", ["Analysis", "Live Updates", "Exclusive", "Pope Francis"])
def test_a_kicker_under_the_headline_is_no_author(tmp_path: Path, kicker: str) -> None:
    extracted = extract_path(_story(tmp_path, "City arena reopens after renovation", kicker))
    assert extracted.meta.title == "City arena reopens after renovation"
    assert extracted.meta.author == ""


def test_names_under_the_headline_are_still_the_authors(tmp_path: Path) -> None:
    path = _story(tmp_path, "City arena reopens after renovation", "Helene Cooper and Eric Schmitt")
    assert extract_path(path).meta.author == "Helene Cooper and Eric Schmitt"


@pytest.mark.parametrize(
    "kicker",
    ["The White House", "The Pentagon", "The Supreme Court", "NATO", "UPDATE", "Breaking News"],
)
def test_a_kicker_over_the_headline_is_no_outlet(tmp_path: Path, kicker: str) -> None:
    extracted = extract_path(_story(tmp_path, kicker, "City arena reopens after renovation"))
    assert extracted.meta.title == "City arena reopens after renovation"
    assert extracted.meta.outlet == ""


@pytest.mark.parametrize("masthead", ["The New York Times", "Associated Press", "Reuters"])
def test_a_masthead_over_the_headline_is_the_outlet(tmp_path: Path, masthead: str) -> None:
    extracted = extract_path(_story(tmp_path, masthead, "City arena reopens after renovation"))
    assert (extracted.meta.title, extracted.meta.outlet) == (
        "City arena reopens after renovation", masthead,
    )  # fmt: skip


def test_a_brand_masthead_needs_a_date_line(tmp_path: Path) -> None:
    path = _story(tmp_path, "The Guardian", "City arena reopens after renovation", "12 May 2024")
    extracted = extract_path(path)
    assert (extracted.meta.title, extracted.meta.outlet) == (
        "City arena reopens after renovation", "The Guardian",
    )  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics say the firm pressured staff: sign up for the union newsletter or lose your "
        "shifts, according to a complaint filed on Monday.",
        "Join the conversation about the future of the town centre at Thursday's public "
        "meeting, the council said.",
        # any word comparer.saying reads anywhere, not only "said" and "according to"
        "Subscribe to the newsletter for updates, the mayor told residents on Friday.",
        "Sign up for the union newsletter or lose your shifts, the tribunal found.",
    ],
)
def test_a_reported_call_to_sign_up_or_join_stays_text(tmp_path: Path, sentence: str) -> None:
    extracted = extract_path(_story(tmp_path, "City arena reopens after renovation", sentence))
    assert sentence in extracted.text
    assert all(block.text != sentence for block in extracted.removed)


def test_a_call_to_join_the_comments_is_boilerplate(tmp_path: Path) -> None:
    call = "Join the conversation in the comments below."
    extracted = extract_path(_story(tmp_path, "City arena reopens after renovation", call))
    assert [block.reason for block in extracted.removed if block.text == call] == [
        Furniture.BOILERPLATE
    ]
