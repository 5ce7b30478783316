"""A report in sections keeps its subheadings, each above the paragraphs it heads.

The page is shaped like Factorio's "Friday Facts" blog (Readability's keep-tabular-data
test page): no container trafilatura recognises, so it gathers paragraphs one by one and,
left alone, drops every ``<h2>``/``<h3>``.
"""

from __future__ import annotations

import time

from comparer.ingest import extract_bytes

PARAGRAPHS = (
    "The plan for next week is to spend every day testing the release in the office and "
    "fixing what the testers find, so that players meet fewer of the obvious problems.",
    "If testing goes well we will say so on Friday and aim to release the week after, on "
    "the Monday morning, with a patch ready for the first bugs reported.",
    "Smaller releases will follow every few weeks with new screens, sounds and graphics as "
    "each is finished, rather than one large update at the end of the year.",
    "The cliffs were rewritten so that they no longer cut through lakes and leave odd gaps "
    "at the shore, and they now follow the height of the land around them.",
)
HEADINGS = ("Release plan", "After the release", "Terrain generation", "New map types")


def _section(number: int, heading: str) -> str:
    paragraphs = "".join(f"<p>{text} Part {number}.</p>" for text in PARAGRAPHS)
    return f"<h{2 + number % 2}>{heading}</h{2 + number % 2}>{paragraphs}"


def _page(
    sidebar: str = "", headings: tuple[str, ...] = HEADINGS, body: str = "span12 blog-post"
) -> bytes:
    sections = "".join(_section(n, heading) for n, heading in enumerate(headings))
    return (
        "<html><head><title>Friday Facts #282</title></head><body>"
        f"<div class='row'><div class='{body}'><h2>Friday Facts #282</h2>"
        f"<div>Posted by kovarex on 2019-02-15</div>{sections}</div>{sidebar}</div>"
        "</body></html>"
    ).encode()


def test_every_subheading_stands_above_its_section() -> None:
    lines = extract_bytes(_page(), source="fff.html", filename="fff.html").text.split("\n\n")
    for number, heading in enumerate(HEADINGS):
        assert lines[lines.index(heading) + 1] == f"{PARAGRAPHS[0]} Part {number}."


def test_a_body_in_a_teaser_class_keeps_its_subheadings() -> None:
    # Modelled on a blog of trafilatura's test pages: the article's own paragraphs sit in
    # "teaser_blog_text article_content", a class read as furniture's, and lost every <h3>
    page = _page(body="teaser_blog_text article_content")
    lines = extract_bytes(page, source="fff.html", filename="fff.html").text.split("\n\n")
    for number, heading in enumerate(HEADINGS):
        assert lines[lines.index(heading) + 1] == f"{PARAGRAPHS[0]} Part {number}."


def test_a_sidebar_heading_stays_out() -> None:
    sidebar = (
        f"<div class='sidebar'><h3>Most popular this week</h3><p>{PARAGRAPHS[1]} Part 9.</p></div>"
    )
    text = extract_bytes(_page(sidebar), source="fff.html", filename="fff.html").text
    assert "Most popular this week" not in text
    assert "Terrain generation" in text


def test_a_page_of_a_thousand_sections_imports_in_seconds() -> None:
    """Every line was reread for each heading: 1,000 sections took ~35 s of CPU."""
    headings = tuple(f"Section {number} of the log" for number in range(1000))
    started = time.process_time()
    text = extract_bytes(_page(headings=headings), source="fff.html", filename="fff.html").text
    assert time.process_time() - started < 6
    lines = text.split("\n\n")
    assert all(
        lines[lines.index(heading) + 1].endswith(f"Part {n}.") for n, heading in enumerate(headings)
    )
