"""A right-hand column that extraction read as the article's is cut out, and the page read again.

The real case is The Economist's 2015 Gulliver post in the fifth committed dev set
(GoOse's tests): four paragraphs in ``column-content``, and a ``column-right`` of blog
blurbs, "Most commented" and "Products and events" that came out after them.
"""

from __future__ import annotations

import gzip

import pytest
from lxml import html as lxml_html

from comparer.ingest import extract_bytes
from comparer.ingest.formats.side_columns import right_columns
from evaluation.pages_goose import COMMITTED


def test_the_economists_rail_leaves_and_its_post_stays() -> None:
    page = gzip.decompress((COMMITTED / "economist.com" / "source.html.gz").read_bytes())
    text = extract_bytes(page, source="economist", filename="source.html").text
    assert "BYHOURS, a Spanish hotel-reservation platform" in text
    assert "sweat their assets more" in text
    for rail in ("About Gulliver", "Most commented", "Products and events", "Test your EQ"):
        assert rail not in text


_RAIL = (
    "<div class='title'>About Gulliver</div><div class='about'><p>Our correspondents inform "
    "and entertain business travellers with news and views to help them make the most of "
    "life on the road</p></div>"
)
_POST = (
    "<h1>A quick in and out</h1><p>BYHOURS, a Spanish hotel-reservation platform that allows "
    "customers to rent rooms in three-hour slots, is looking to expand into Britain. "
    "Travelmole reports that the website aims to sign up 25 hotels in the country by the end "
    "of the month, although it has not said which ones.</p>"
)


@pytest.mark.parametrize(
    ("attributes", "inside", "named"),
    [
        ("id='column-right' class='grid-6 clearfix'", _RAIL, True),
        ("class='story-v2-right-rail'", _RAIL, True),
        ("class='grid_4 rightSidebar'", _RAIL, True),
        ("id='rightWrap'", _RAIL, True),
        # A grid holding both columns, and a column holding the article, are not rails
        ("class='l-grid lm-grid--with-right-rail'", _RAIL, False),
        ("class='right-column'", _POST, False),
        ("class='copyright-notice'", _RAIL, False),
    ],
)
def test_a_column_is_a_rail_by_its_name_and_what_it_holds(
    attributes: str, inside: str, named: bool
) -> None:
    tree = lxml_html.document_fromstring(
        f"<html><body><div {attributes}>{inside}</div></body></html>"
    )
    assert bool(right_columns(tree)) is named


_WIRE_STORY = (
    "<p>The Senate voted 52 to 48 on Tuesday to confirm the nominee, ending a weeks-long "
    "fight.</p><p>Republicans praised the outcome while Democrats warned of consequences for "
    "the court.</p><p>The vote followed hours of debate in which senators traded accusations "
    "on the floor.</p><p>Majority Leader Mitch McConnell called it a historic day for the "
    "country and the court.</p><p>Minority Leader Chuck Schumer said the process had been "
    "rushed and deeply unfair today.</p><p>Protesters gathered outside the Capitol as the "
    "result was announced late in the day.</p>"
)


@pytest.mark.parametrize("attributes", ["class='column-right' id='story'", "id='rightcol'"])
def test_an_article_in_a_right_named_column_keeps_its_paragraphs(attributes: str) -> None:
    page = (
        "<html><head><title>Senate confirms nominee</title></head><body>"
        "<div class='nav-left'><ul><li><a href='/a'>Politics</a></li>"
        "<li><a href='/b'>World</a></li></ul></div>"
        f"<h1>Senate confirms nominee after bitter fight</h1><div {attributes}>{_WIRE_STORY}"
        "</div></body></html>"
    )
    text = extract_bytes(page.encode(), source="wire", filename="story.html").text
    assert "ending a weeks-long fight" in text
    assert "announced late in the day" in text


def test_winfutures_right_wrap_leaves_and_its_story_stays() -> None:
    """WinFuture (Fundus's de_WinFuture) wraps its rail in ``<div id="rightWrap">``: its
    boxes' headings ("Neue Vodafone-Bilder", "Beiträge aus dem Forum") came after the story."""
    page = COMMITTED.parent / "fundus" / "de_WinFuture" / "source.html.gz"
    text = extract_bytes(gzip.decompress(page.read_bytes()), source="winfuture",
                         filename="source.html").text  # fmt: skip
    assert "Rechnen wir es durch" in text
    for rail in ("Neue Vodafone-Bilder", "Beiträge aus dem Forum", "WinFuture unterstützen"):
        assert rail not in text
