"""Putting removed furniture back into an article's text, and taking it out again."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from comparer.errors import ComparerError
from comparer.ingest import extract_bytes, extract_text
from comparer.ingest.kept import keep_removed, rebuild
from comparer.model import Article, ArticleText, Extracted, Furniture
from evaluation.pages import dev_pages

# The dev page set of ``make eval`` (evaluation/pages.py), committed under tests/pages.
PAGES = dev_pages() or Path("/nonexistent")
CRAFTED = "".join(
    f"<p>{line}</p>"
    for line in (
        "Officials said the strike hit the town at dawn, before the market opened.",
        "Advertisement",
        "Three people were hurt, the hospital said on Friday evening after the strike.",
        "Read more: Ten things to know about the war",
        "The ministry promised an inquiry into the strike and its causes.",
        "Share on Facebook",
        "Residents said the town had been hit twice before in the same month.",
        "Sign up for our newsletter",
        "The mayor asked for help from the regional government on Saturday.",
    )
)

REPORT = """Strike hits town at dawn

Advertisement

Officials said the strike hit the town at dawn, before the market opened.

Read more: Ten things to know about the war

Three people were hurt, the hospital said on Friday evening.

Share on Facebook

The ministry promised an inquiry into the strike."""
BODY = REPORT.split("\n\n")


def _article(extracted: Extracted | ArticleText) -> Article:
    """``extracted`` as the library would hand it back (id 1)."""
    return Article(
        id=1, source="test", media_type="text/plain", content_hash="0", meta=None,  # type: ignore[arg-type]
        text=extracted.text, removed=extracted.removed, captions=extracted.captions,
        sentences=extracted.sentences, imported_at=None,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
def report() -> Extracted:
    return extract_text(REPORT)


def test_the_report_loses_three_blocks(report: Extracted) -> None:
    assert [(b.text, b.reason) for b in report.removed] == [
        ("Strike hits town at dawn", Furniture.HEADLINE),
        ("Advertisement", Furniture.ADVERTISEMENT),
        ("Read more: Ten things to know about the war", Furniture.READ_MORE),
        ("Share on Facebook", Furniture.SHARE),
    ]
    assert report.text == "\n\n".join(BODY[2::2])


@pytest.mark.parametrize(
    ("kept", "paragraphs"),
    [
        ({1}, [1, 2, 4, 6]),
        ({2}, [2, 3, 4, 6]),
        ({3}, [2, 4, 5, 6]),
        ({1, 3}, [1, 2, 4, 5, 6]),
        ({0, 1, 2, 3}, [0, 1, 2, 3, 4, 5, 6]),
    ],
)
def test_a_block_goes_back_where_it_stood(
    report: Extracted, kept: set[int], paragraphs: list[int]
) -> None:
    rebuilt = keep_removed(_article(report), kept)
    assert rebuilt.text == "\n\n".join(BODY[n] for n in paragraphs)
    assert [b.kept for b in rebuilt.removed] == [n in kept for n in range(4)]
    for block in rebuilt.removed:
        if block.kept:
            assert rebuilt.text[block.position :].startswith(block.text)
    assert [s.text for s in rebuilt.sentences if s.text in {b.text for b in report.removed}] == [
        report.removed[n].text for n in sorted(kept)
    ]


def test_taking_blocks_out_again_gives_the_text_back_exactly(report: Extracted) -> None:
    everything = keep_removed(_article(report), {0, 1, 2, 3})
    some = keep_removed(_article(everything), {2})
    back = keep_removed(_article(some), set())
    assert (back.text, back.removed, back.sentences) == (
        report.text, report.removed, report.sentences,
    )  # fmt: skip


def test_numbers_outside_the_list_are_refused_in_one_line(report: Extracted) -> None:
    with pytest.raises(ComparerError, match="no removed block 5 \\(it has 4: 1 to 4\\)"):
        keep_removed(_article(report), {1, 4})


def _page(name: str) -> bytes:
    if name == "crafted":
        head = "<html><head><title>Strike</title></head><body><article><h1>Strike</h1>"
        return f"{head}{CRAFTED}</article></body></html>".encode()
    if not PAGES.is_dir():
        pytest.skip("the dev page set is not here (set COMPARER_DEV_PAGES)")
    return gzip.decompress((PAGES / name / "source.html.gz").read_bytes())


@pytest.mark.parametrize("name", ["crafted", "salon-1", "bbc-1", "keep-tabular-data", "nytimes-2"])
def test_any_choice_of_blocks_on_real_pages_is_undone_exactly(name: str) -> None:
    page = extract_bytes(_page(name), source=name, filename="source.html")
    assert len(page.removed) >= 2
    choose = random.Random(name)
    current: ArticleText = rebuild(page.text, page.removed, frozenset())
    assert (current.text, current.captions) == (page.text, page.captions)
    for _ in range(5):
        kept = frozenset(n for n in range(len(page.removed)) if choose.random() < 0.5)
        current = rebuild(current.text, current.removed, kept)
        for number, block in enumerate(current.removed):
            assert block.kept == (number in kept)
            assert (current.text[block.position :].startswith(block.text)) or not block.kept
    back = rebuild(current.text, current.removed, frozenset())
    assert (back.text, back.removed, back.captions) == (page.text, page.removed, page.captions)
