"""A passage a page prints twice is imported once; the second copy is kept as removed."""

from __future__ import annotations

from comparer.ingest import extract_bytes, extract_text
from comparer.model import Furniture

HEAD = "Factory activity slows less than feared"
BODY = (
    "BEIJING—Factory activity shrank in July at a slower pace than in June, an early survey "
    "showed, a sign that the economy may be steadying after a weak spring.",
    "The preliminary purchasing managers' index rose to 49.5 from 48.2, the bank that "
    "compiles it said on Tuesday.",
    "Economists had expected a reading of 48.5, and said new export orders were the "
    "brightest part of the survey.",
)


def test_a_run_printed_twice_is_kept_once() -> None:
    text = "\n\n".join([HEAD, *BODY, BODY[0], BODY[1]])
    article = extract_text(text)
    assert article.text.split("\n\n") == list(BODY)
    repeated = [block for block in article.removed if block.reason is Furniture.REPEATED]
    assert [block.text for block in repeated] == [f"{BODY[0]}\n{BODY[1]}"]


def test_a_single_line_said_twice_stays() -> None:
    # A refrain, or a pull quote: one line, which the article may mean to repeat.
    text = "\n\n".join([HEAD, *BODY, BODY[2]])
    assert extract_text(text).text.split("\n\n") == [*BODY, BODY[2]]


def test_a_page_with_a_second_copy_of_its_body_gives_it_once() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = (
        f"<html><head><title>{HEAD}</title></head><body><h1>{HEAD}</h1>"
        f"<div class='article-body'>{paragraphs}</div>"
        f"<div class='article-body print-copy'>{paragraphs}</div></body></html>"
    )
    article = extract_bytes(page.encode(), source="page.html", filename="page.html")
    assert article.text.split("\n\n") == list(BODY)
