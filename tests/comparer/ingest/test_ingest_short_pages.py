"""A short article keeps its paragraphs: under 250 characters trafilatura gave the page's
whole text as one line, headline and byline in it (a review found it on a four-answer Q&A
and a by-election result)."""

from __future__ import annotations

from comparer.ingest.extract import extract_bytes

HEAD = (
    "<html><head><title>{title}</title><meta name='author' content='Jane Doe'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>"
    "<p class='byline'>By Jane Doe</p><div itemprop='articleBody'>{body}</div></article>"
    "<footer><a href='/about'>About</a></footer></body></html>"
)
QA = [
    "What changes in April?",
    "The state pension rises by 4.1 per cent and the age at which it can be claimed goes up "
    "to 67 for those born after 1961.",
    "Can I still defer it?",
    "Yes. Deferring adds about one per cent for every nine weeks you wait.",
]
RESULT = [
    "Labour held the seat in Thursday's by-election with a reduced majority.",
    "Smith (Lab): 21,004",
    "Jones (Con): 18,330",
]


def _imported(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = HEAD.format(title=title, body=body)
    return extract_bytes(page.encode(), source="page", filename="a.html").text


def test_a_short_qa_keeps_its_paragraphs_without_headline_or_byline() -> None:
    text = _imported("Your questions on the new pension rules", QA)
    assert text.split("\n\n") == QA


def test_a_short_result_keeps_its_lines() -> None:
    text = _imported("Labour holds seat in by-election", RESULT)
    assert text.split("\n\n") == RESULT
