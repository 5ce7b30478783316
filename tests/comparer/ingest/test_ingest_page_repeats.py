"""A paragraph the page itself prints twice in a row is imported twice.

Shaped like Readability's title-en-dash and parsely-metadata test pages: two sibling
blocks with the same words, which trafilatura reads as its own duplicate and keeps once.
"""

from __future__ import annotations

import time

from trafilatura.utils import load_html

from comparer.ingest import extract_bytes
from comparer.ingest.formats.repeats import with_page_repeats

REFRAIN = (
    "We will not stop asking where the money went until the council tells us, in writing, "
    "who signed off on every payment made from the harbour fund since 2019."
)
OTHER = (
    "The harbour fund was set up to repair the sea wall, but only a third of it has been "
    "spent on the wall, according to the accounts published last month."
)


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Where did the harbour money go?</title></head><body>"
        f"<article><h1>Where did the harbour money go?</h1>{body}</article></body></html>"
    ).encode()


def _paragraphs(page: bytes) -> list[str]:
    return extract_bytes(page, source="page.html", filename="page.html").text.split("\n\n")


def test_a_paragraph_printed_twice_in_a_row_keeps_both_copies() -> None:
    body = f"<div>\n  {REFRAIN}\n</div>\n<div>\n  {REFRAIN}\n</div>"
    assert _paragraphs(_page(body)) == [REFRAIN, REFRAIN]


def test_a_repeat_between_other_paragraphs_keeps_its_place() -> None:
    body = f"<p>{OTHER}</p><p>{REFRAIN}</p><p>{REFRAIN}</p><p>{REFRAIN}</p><p>{OTHER} Again.</p>"
    assert _paragraphs(_page(body)) == [OTHER, REFRAIN, REFRAIN, REFRAIN, f"{OTHER} Again."]


def test_a_paragraph_printed_once_stays_single() -> None:
    body = f"<p>{OTHER}</p><p>{REFRAIN}</p>"
    assert _paragraphs(_page(body)) == [OTHER, REFRAIN]


def test_a_page_of_thousands_of_doubled_paragraphs_imports_in_seconds() -> None:
    """Each line's letters were read again for every repeat: 2,000 pairs took ~16 s of CPU."""
    paragraphs = [f"{OTHER} Payment {n} was signed off." for n in range(2000)]
    body = "".join(f"<p>{text}</p><p>{text}</p>" for text in paragraphs)
    started = time.process_time()
    kept = _paragraphs(_page(body))
    assert time.process_time() - started < 6
    assert kept == [text for text in paragraphs for _ in range(2)]


def test_copies_of_8000_doubled_paragraphs_go_in_in_a_second_or_two() -> None:
    """Each paragraph was looked for over the whole text and the text rebuilt after each:
    8,000 pairs (a 3 MB page) took 8 s of CPU in this step alone, now well under 1 s."""
    paragraphs = [f"{OTHER} Payment {n} was signed off." for n in range(8000)]
    body = "".join(f"<p>{text}</p><p>{text}</p>" for text in paragraphs)
    tree = load_html(_page(body))
    started = time.process_time()
    imported = with_page_repeats(tree, "Where did the harbour money go?\n" + "\n".join(paragraphs))
    assert time.process_time() - started < 3
    assert imported.split("\n")[1:] == [text for text in paragraphs for _ in range(2)]
