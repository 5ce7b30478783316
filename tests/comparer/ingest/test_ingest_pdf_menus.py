"""A news page printed to PDF by a browser: its site menus are set aside, its byline read.

``files/printed_menus.pdf`` is ``files/printed_menus.html`` (a short report written for this
test: a masthead over a menu of eight links, a headline, a byline and a date line, three
paragraphs, a footer menu of six links) printed with ``chromium --headless
--print-to-pdf``, with the browser's own header and footer (print date and title, address
and "1/1"). The menus ran into the article as its first paragraph ("The Riverside Courier
Home News Politics …").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.ingest.menus import menu_line, menu_runs
from comparer.model import Furniture

FILES = Path(__file__).parent / "files"
MENU = ["Home", "News", "Politics", "Business", "Sport", "Opinion", "Arts and Culture"]


def test_printed_page_menus_are_navigation_and_body_is_three_paragraphs() -> None:
    article = extract_path(FILES / "printed_menus.pdf")
    paragraphs = article.text.split("\n\n")
    assert [p.split()[:3] for p in paragraphs] == [
        ["The", "city", "council"],
        ["The", "mayor,", "who"],
        ["Opposition", "councillors", "welcomed"],
    ]
    menus = [r.text.split("\n") for r in article.removed if r.reason is Furniture.NAVIGATION]
    assert menus == [
        ["The Riverside Courier", *MENU, "Subscribe"],
        ["About us", "Contact", "Privacy policy", "Terms of use", "Careers", "Advertise"],
    ]
    assert (article.meta.title, article.meta.author) == (
        "Harbour plan delayed again",
        "Maria Lopez",
    )
    assert str(article.meta.published) == "2024-03-04"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Arts and Culture", True),
        ("Become a Member", True),
        ("Home", True),
        ("By Maria Lopez", False),  # a byline under the headline
        ("March 4, 2024", False),  # a date line
        ("He said it was over.", False),  # a sentence
        ("and then the council", False),  # a wrapped line of prose
        ("• Lost his job", False),  # a list the article means
        ("2. Second place", False),
        ("What To Do If You're Stopped By Police", False),  # too long for a link
    ],
)
def test_menu_line(line: str, item: bool) -> None:
    assert menu_line(line) is item


def test_menu_runs_need_five_lines_and_stop_at_protected_ones() -> None:
    lines = ["Prose that fills its line and ends a sentence.", *MENU[:4], "A kicker", *MENU]
    assert menu_runs(lines) == [range(1, 13)]
    assert menu_runs(lines, lambda index: index == 5) == [range(6, 13)]
    assert menu_runs(MENU[:4]) == []


def test_a_short_printed_report_keeps_its_three_paragraphs() -> None:
    """``files/printed_short.pdf`` is ``printed_short.html`` (a headline and three
    paragraphs: the first ends on a full line, the last is one line) printed by Chromium.
    It showed one gap between body paragraphs, too few to be read by its gaps, and the
    reflow ran the first into the second."""
    article = extract_path(FILES / "printed_short.pdf")
    assert [p.split()[:2] for p in article.text.split("\n\n")] == [
        ["Ferry", "crews"],
        ["The", "operator"],
        ["The", "union"],
    ]
