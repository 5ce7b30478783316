"""A site's section menu kept as a line of words ("Home Politics World Business ...").

``files/printed_menu.pdf`` is ``files/printed_menu.html`` (a menu bar of links, a headline,
a byline, two paragraphs) printed by Chromium (``chromium --headless --no-pdf-header-footer
--print-to-pdf``): the menu came out as the first line, run into the headline's paragraph.
The menu lines below are the link bars of real pages under ``tests/pages``; the lines that
must stay are every line of the pages' expected article texts and of BASIL's reports.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.ingest.furniture import mark_furniture
from comparer.ingest.furniture_sections import SECTION_MENU_LINES
from comparer.model import Furniture, Removed

FILES = Path(__file__).parent / "files"
PAGES = Path(__file__).resolve().parents[2] / "pages"
BASIL = Path("/work/shared/corpora/basil")
MENU = "Home Politics World Business Tech Sport Opinion"


def test_a_printed_pages_menu_is_navigation_and_the_headline_stays_whole() -> None:
    article = extract_path(FILES / "printed_menu.pdf")
    assert article.text.startswith("Heavy rain flooded the old town of Valencia on Tuesday")
    assert Removed(MENU, Furniture.NAVIGATION, 0) in article.removed
    assert (article.meta.title, article.meta.author) == ("Flood hits Valencia", "Ana Ruiz")


@pytest.mark.parametrize(
    "line",
    [
        "News Opinion Sport Culture Lifestyle",  # The Guardian
        "World Sport Technology Entertainment Style Travel Money",  # CNN
        "Home News Sport Business",  # The Telegraph
        "News Sport Lifestyle Culture Opinion Puzzles",  # iNews
        "Ausland Gesellschaft Sport Wirtschaft Reise",  # Landesspiegel
        "HOME • NEWS • SPORT • WEATHER",
    ],
)
def test_a_line_of_section_names_is_navigation(line: str) -> None:
    assert mark_furniture([line]).marks == [Furniture.NAVIGATION]


@pytest.mark.parametrize(
    "line",
    [
        "World Business Leaders Meet in Davos",  # a headline in title case
        "Sport Business Culture",  # three sections and no home link: a headline may be so
        "By Ana Ruiz and Tom Berg",
        "Politics, World and Business desks merged on Monday",
        "News Sport",
        "home world business tech",  # sections are capitalised in a menu
        # places alone are as often a poll's or a table's header as a menu (Bloomberg's
        # "US UK Americas Europe Asia Middle East" stays too): review
        "US UK France Australia",
        "Europe Asia Africa Americas",
        "US World UK Europe",
    ],
)
def test_short_real_lines_stay(line: str) -> None:
    assert mark_furniture([line]).marks == [None]


def _real_lines() -> Iterator[str]:
    for path in sorted(PAGES.rglob("expected.txt.gz")):
        yield from gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    for path in sorted(BASIL.rglob("*.txt")):  # absent on a machine without the corpus
        yield from path.read_text(encoding="utf-8").splitlines()


def test_no_line_of_a_real_article_is_a_menu() -> None:
    menu = re.compile(SECTION_MENU_LINES[0][1], re.IGNORECASE)
    lines = [" ".join(line.split()) for line in _real_lines() if line.strip()]
    assert len(lines) > 3000
    assert [line for line in lines if menu.fullmatch(line)] == []
