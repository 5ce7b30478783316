"""A printed page's title property loses the site's name where the page shows its headline.

``files/printed_titled.pdf`` is ``printed_titled.html`` (a headline set in body type, three
paragraphs; the page's title "Ferry strike ends after two days - Coastal Rights Alliance")
printed by Chromium: the title kept the site's name and the headline stayed in the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.ingest.formats.pdf_title import shown_title

FILES = Path(__file__).parent / "files"


def test_printed_page_title_loses_the_site() -> None:
    article = extract_path(FILES / "printed_titled.pdf")
    assert (article.meta.title, article.meta.outlet) == (
        "Ferry strike ends after two days",
        "Coastal Rights Alliance",
    )
    assert article.text.startswith("Ferry crews returned")


HEAD = "Facebook Is Tracking Me Even Though I'm Not on Facebook"


@pytest.mark.parametrize(
    ("title", "text", "shown"),
    [
        (f"{HEAD} | American Civil Liberties Union", f"Menu\n{HEAD}\nBy X",
         (HEAD, "American Civil Liberties Union")),
        (f"{HEAD} | ACLU", "Facebook Is Tracking Me Even Though I'm Not on\nFacebook",
         (HEAD, "ACLU")),  # a headline whose last word wrapped away
        ("The 'birth lottery' and economic mobility - Feb. 1, 2016",
         "The 'birth lottery' and economic mobility\nby Ahiza Garcia",
         ("The 'birth lottery' and economic mobility", "")),
        (f"{HEAD} | ACLU", "Facebook Is Tracking\nstory", None),  # too little of it shown
        (f"{HEAD} | ACLU", f"{HEAD} | ACLU https://www.aclu.org/blog", None),  # Firefox's header
        (f"{HEAD} | ACLU", "another story", None),
        ("Obama speaks - live", "Obama speaks - live\nstory", None),  # too short to cut
        ("Ferry strike ends after two days - and crews return to work",
         "Ferry strike ends after two days - and crews return to work\nFerry crews", None),
        ("Trump vows to build the wall - and make Mexico pay",
         "Trump vows to build the wall\nstory", None),  # a suffix in lower case: his words
        (f"{HEAD} | theguardian.com", f"{HEAD}\nBy X", (HEAD, "theguardian.com")),  # a domain
        (f"{HEAD} | euronews", f"{HEAD}\nBy X", (HEAD, "euronews")),
    ],
)  # fmt: skip
def test_shown_title(title: str, text: str, shown: tuple[str, str] | None) -> None:
    assert shown_title(title, text) == shown
