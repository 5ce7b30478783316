"""A page copied from a browser into a text file: its menus, a link a line, are navigation.

``files/copied_page.txt`` is a short report written for this test as a browser's "select
all, copy" gives it: the masthead over six menu links, the headline, byline and date, two
paragraphs, five footer links. The menu ran into the text and the first link was taken for
the headline ("The Riverside Courier"; "News" … "Opinion" and the real headline as text).
"""

from __future__ import annotations

from pathlib import Path

from comparer.ingest import extract_path
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
