"""A page copied from a browser into a text file: its menus, a link a line, are navigation.

``files/copied_page.txt`` is a short report written for this test as a browser's "select
all, copy" gives it: the masthead over six menu links, the headline, byline and date, two
paragraphs, five footer links. The menu ran into the text and the first link was taken for
the headline ("The Riverside Courier"; "News" … "Opinion" and the real headline as text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.ingest.menus import menu_runs
from comparer.model import Furniture

FILES = Path(__file__).parent / "files"


def test_copied_page_menus_are_navigation() -> None:
    article = extract_path(FILES / "copied_page.txt")
    assert [p.split()[:2] for p in article.text.split("\n\n")] == [
        ["The", "city"],
        ["The", "mayor,"],
    ]
    assert (article.meta.title, article.meta.author) == (
        "Harbour plan delayed again",
        "Maria Lopez",
    )
    navigation = [r.text for r in article.removed if r.reason is Furniture.NAVIGATION]
    assert navigation[0].split("\n") == ["The Riverside Courier", "Home", "News", "Politics",
                                         "Business", "Sport", "Opinion"]  # fmt: skip
    assert navigation[-1].split("\n")[-2:] == ["Terms of use", "Careers"]


def test_a_list_of_five_bulleted_items_stays(tmp_path: Path) -> None:
    items = "\n".join(f"- {name} Street" for name in ["Mill", "Bridge", "Quay", "Dock", "Pier"])
    text = f"Roads closed\n\nThe council closed five streets on Monday:\n{items}\n"
    path = tmp_path / "copied_list.txt"
    path.write_text(text, encoding="utf-8")
    assert "Pier Street" in extract_path(path).text


INTRO = (
    "The city council met on Monday to remember those who died in the fire at the estate "
    "last year, reading their names aloud one by one."
)
CLOSING = "A memorial will be built next year, the mayor said."
NAMES = ["Maria Gomez", "John Smith", "Ahmed Khan", "Sarah O'Neill", "Peter Brown", "Li Wei"]
TIMELINE = ["Monday Fire breaks out", "Tuesday Residents evacuated", "Wednesday Inquiry",
            "Thursday Mayor visits", "Friday Funeral held"]  # fmt: skip


@pytest.mark.parametrize(
    ("lead", "lines"),
    [("The victims were:", NAMES), ("How the week went.", TIMELINE), ("", NAMES)],
)
def test_short_lines_between_prose_are_the_articles_own(
    tmp_path: Path, lead: str, lines: list[str]
) -> None:
    """Names, a timeline, a poem between two paragraphs were cut as a site's menu (the
    review's case: "The victims were:" left dangling); menus stand above or below the prose."""
    body = "\n".join(lines)
    path = tmp_path / "names.txt"
    path.write_text(
        f"Council remembers fire victims\n\nBy Maria Lopez\n\n{INTRO}\n\n{lead}\n\n{body}\n\n"
        f"{CLOSING}\n",
        encoding="utf-8",
    )
    article = extract_path(path)
    assert all(line in article.text for line in lines)
    assert not [r for r in article.removed if r.reason is Furniture.NAVIGATION]


def test_menu_runs_between_prose_lines_or_under_a_colon_are_kept() -> None:
    prose = "Prose that fills its line and ends a sentence, as an article's does."
    menu = ["Home", "News", "Politics", "Business", "Sport"]
    assert menu_runs([*menu, prose, *menu, prose, *menu]) == [range(0, 5), range(12, 17)]
    assert menu_runs(["The five streets closed:", *menu, "Roads reopen"]) == []


def test_a_cookie_banner_above_the_menu_is_furniture(tmp_path: Path) -> None:
    """A cookie banner over a copied page's menu read as prose, so the menu below it stood
    between prose lines and stayed in the text, taking the headline's place (review)."""
    banner = "We use cookies to improve your experience on our site and to show you relevant ads."
    path = tmp_path / "copied.txt"
    path.write_text(f"{banner}\n\n{(FILES / 'copied_page.txt').read_text('utf-8')}", "utf-8")
    article = extract_path(path)
    assert article.meta.title == "Harbour plan delayed again"
    assert "Politics" not in article.text and "cookies" not in article.text
    assert any(r.text == banner for r in article.removed)
