"""Lines the page leaves in the text that only point elsewhere: a short label ending the text
with a colon ("See more photos:") announces links the page lost and goes as read-more
furniture, a writer's long sentence ending so stays; a line that is only the author's name
is the byline the metadata holds and goes as metadata."""

from __future__ import annotations

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.furniture import mark_author_lines, mark_furniture
from comparer.model import Furniture
from tests.comparer.ingest.test_ingest_page_furniture import PARAGRAPHS

BODY = [
    "The council approved the new budget on Tuesday after a long debate over road repairs.",
    "Members said the money would go first to the bridges damaged in last winter's floods.",
]


@pytest.mark.parametrize(
    "labels",
    [
        ["See more photos:"],
        ["Mehr Themen auf VOGUE.de:"],
        ["Lesen Sie dazu auch die Pressemitteilungen:"],
        ["Teilnehmende Blogs:", "Sources:"],
    ],
)
def test_labels_ending_the_text_are_read_more(labels: list[str]) -> None:
    marked = mark_furniture([*BODY, *labels])
    assert marked.marks == [None, None] + [Furniture.READ_MORE] * len(labels)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [*BODY, "To see the new bridge in action, check out the footage filmed below:"],
        [BODY[0], "Sources:", BODY[1]],  # a label with its text under it
        ["Sources:"],  # nothing else to keep
    ],
)
def test_a_sentence_or_a_label_with_text_under_it_stays(paragraphs: list[str]) -> None:
    assert mark_furniture(paragraphs).marks == [None] * len(paragraphs)


@pytest.mark.parametrize("line", ["André Schmidt", "ANDRÉ SCHMIDT", "André  Schmidt."])
def test_a_line_that_is_only_the_authors_name_is_metadata(line: str) -> None:
    marked = mark_furniture([BODY[0], line, BODY[1], line])
    mark_author_lines(marked, "André Schmidt")
    assert marked.marks == [None, Furniture.METADATA, None, Furniture.METADATA]


@pytest.mark.parametrize(
    ("paragraphs", "author"),
    [
        ([*BODY, "André Schmidt contributed reporting from Graz."], "André Schmidt"),
        ([*BODY, "Karin Berger"], "André Schmidt"),  # someone else: a quoted name, a signature
        ([*BODY, "André Schmidt"], ""),  # no author known
        (["André Schmidt"], "André Schmidt"),  # nothing else to keep
    ],
)
def test_other_lines_naming_people_stay(paragraphs: list[str], author: str) -> None:
    marked = mark_furniture(paragraphs)
    mark_author_lines(marked, author)
    assert marked.marks == [None] * len(paragraphs)


def test_a_pages_byline_line_at_its_foot_goes_and_the_author_stays() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    page = (
        "<html><head><title>Senate passes spending bill</title>"
        "<meta name='author' content='André Schmidt'></head><body><nav><a href='/'>Home</a>"
        "</nav><article><h1>Senate passes spending bill</h1><section name='articleBody'>"
        f"{paragraphs}<p>André Schmidt</p></section></article></body></html>"
    )
    article = extract_bytes(page.encode(), source="page.html", filename="page.html")
    assert article.text.split("\n\n") == list(PARAGRAPHS)
    assert article.meta.author == "André Schmidt"
    assert ("André Schmidt", Furniture.METADATA) in [(r.text, r.reason) for r in article.removed]
