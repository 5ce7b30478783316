"""A short label ending the text with a colon ("See more photos:") announces links the page
lost: it goes as read-more furniture; a writer's long sentence ending so stays."""

from __future__ import annotations

import pytest

from comparer.ingest.furniture import mark_furniture
from comparer.model import Furniture

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
