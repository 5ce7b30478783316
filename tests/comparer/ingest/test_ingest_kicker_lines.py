"""A kicker over the headline and a list of story highlights, in pasted text and Word.

Copies from a browser or a wire system open with a section label or a kicker ("POLITICS",
"Analysis", "U.S. | POLITICS") that was taken as the headline, and CNN's copies carry a
"STORY HIGHLIGHTS" list before the report. Both are furniture, removed with their reason
and recoverable; a short headline over its standfirst, or a name, is not.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path, extract_text
from comparer.model import Furniture

HEADLINE = "Senate passes border bill after months of talks"
BODY = (
    "WASHINGTON — The Senate voted on Tuesday to pass the border bill, which now goes to the "
    "House after months of talks between the parties.",
    "The vote was 68 to 32, with several Republicans joining Democrats in support.",
)


@pytest.mark.parametrize(
    "kicker", ["POLITICS", "Politics", "ANALYSIS", "IMMIGRATION FIGHT", "U.S. | POLITICS"]
)
def test_a_kicker_over_the_headline_is_removed_as_such(kicker: str) -> None:
    extracted = extract_text("\n\n".join((kicker, HEADLINE, *BODY)))
    assert extracted.meta.title == HEADLINE
    assert extracted.text == "\n\n".join(BODY)
    assert [(b.reason, b.text) for b in extracted.removed][:1] == [(Furniture.KICKER, kicker)]


@pytest.mark.parametrize("first", ["Mattis Resigns", "John Smith", "Senate passes bill."])
def test_a_short_headline_or_a_name_is_no_kicker(first: str) -> None:
    extracted = extract_text("\n\n".join((first, HEADLINE, *BODY)))
    assert Furniture.KICKER not in {block.reason for block in extracted.removed}


def test_story_highlights_in_a_word_file_are_removed_and_recoverable(tmp_path: Path) -> None:
    items = ["The Senate voted 68 to 32", "The bill goes to the House", "A veto is threatened"]
    document = docx.Document()
    for paragraph in ("POLITICS", HEADLINE, "STORY HIGHLIGHTS", *items, *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "cnn.docx"))
    extracted = extract_path(tmp_path / "cnn.docx")
    assert extracted.meta.title == HEADLINE
    assert extracted.text == "\n\n".join(BODY)
    removed = {block.reason: block.text for block in extracted.removed}
    assert removed[Furniture.KICKER] == "POLITICS"
    assert removed[Furniture.HIGHLIGHTS].split("\n") == ["STORY HIGHLIGHTS", *items]


def test_a_section_over_a_dated_word_headline_is_no_outlet(tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in ("WORLD", HEADLINE, "By Jane Doe", "2018-08-13", *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "world.docx"))
    extracted = extract_path(tmp_path / "world.docx")
    assert (extracted.meta.title, extracted.meta.outlet) == (HEADLINE, "")
    assert [(b.reason, b.text) for b in extracted.removed][:1] == [(Furniture.KICKER, "WORLD")]


def test_a_kicker_with_a_year_is_no_name() -> None:
    extracted = extract_text("\n\n".join(("ELECTION 2016", HEADLINE, *BODY)))
    assert (extracted.meta.title, extracted.text) == (HEADLINE, "\n\n".join(BODY))


@pytest.mark.parametrize("opening", ["Houston — Obama will act on guns", "(CNN) — Obama will act"])
def test_highlights_end_where_the_report_opens_with_a_dateline(opening: str) -> None:
    items = ["Obama willing to use executive orders", "Lawmakers were briefed"]
    text = "\n\n".join((HEADLINE, "Story highlights", *items, opening, *BODY))
    extracted = extract_text(text)
    assert extracted.text == "\n\n".join((opening, *BODY))


def test_a_masthead_under_a_kicker_is_the_outlet() -> None:
    extracted = extract_text("\n\n".join(("POLITICS", "The New York Times", HEADLINE, *BODY)))
    assert (extracted.meta.title, extracted.meta.outlet) == (HEADLINE, "The New York Times")
    assert extracted.text == "\n\n".join(BODY)


def test_a_headline_in_capitals_over_its_standfirst_is_no_kicker() -> None:
    standfirst = "The president dismissed the FBI director in a surprise move on Tuesday"
    extracted = extract_text("\n\n".join(("TRUMP FIRES COMEY", standfirst, "By John Smith", *BODY)))
    assert extracted.meta.title == "TRUMP FIRES COMEY"
    assert Furniture.KICKER not in {block.reason for block in extracted.removed}
    assert extracted.text.endswith("\n\n".join(BODY))


def test_a_highlights_subheading_inside_the_report_stays() -> None:
    later = [
        "Highlights",
        "The bill funds 500 more agents",
        "It adds 200 judges",
        "The House is expected to take up the bill next week, leaders of both parties said.",
    ]
    extracted = extract_text("\n\n".join((HEADLINE, *BODY, *later)))
    assert Furniture.HIGHLIGHTS not in {block.reason for block in extracted.removed}
    assert extracted.text == "\n\n".join((*BODY, *later))


def test_bulleted_highlights_are_all_items() -> None:
    items = ["- The Senate voted 68 to 32", "- The bill goes to the House", "- A veto looms"]
    extracted = extract_text("\n\n".join((HEADLINE, "Key points", *items, *BODY)))
    removed = {block.reason: block.text for block in extracted.removed}
    assert removed[Furniture.HIGHLIGHTS].split("\n") == ["Key points", *items]
    assert extracted.text == "\n\n".join(BODY)
