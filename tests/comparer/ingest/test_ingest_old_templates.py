"""Pages of older templates: a breadcrumb title, a drop cap drawn as a picture, an article
laid out in a table's cell, and Google Translate's pop-up saved with a translated page.

The real cases are a 1977 review in The New York Times's archive (the fifth committed dev
set, GoOse's tests) and two Japanese pages of Postlight's set saved while Chrome translated
them (JVN iPedia's, Elecom's).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.titles import is_breadcrumb
from evaluation.pages_goose import COMMITTED as GOOSE
from evaluation.pages_postlight import COMMITTED as POSTLIGHT

_STAR_WARS = '"Star Wars," George Lucas\'s first film since his terrifically successful'


def _extracted(page: str, folder: str = "source.html") -> tuple[str, str]:
    found = extract_bytes(page.encode(), source="page.html", filename=folder)
    return found.meta.title, found.text


def _committed(page: Path) -> tuple[str, str]:
    data = gzip.decompress((page / "source.html.gz").read_bytes())
    found = extract_bytes(data, source=page.name, filename="source.html")
    return found.meta.title, found.text


def test_the_times_archive_review_has_its_headline_and_whole_opening() -> None:
    title, text = _committed(GOOSE / "nytencodingissues")
    assert title == "'Star Wars': A Trip to a Far Galaxy That's Fun and Funny. . ."
    lines = text.split("\n")
    assert any(line.startswith(_STAR_WARS) for line in lines)  # "S" given back, own line
    assert any(line.startswith('"Star Wars," which opened yesterday') for line in lines)


@pytest.mark.parametrize(
    ("title", "crumbs"),
    [
        ("The New York Times > Movies > Movies Special > Movie Review", True),
        ("Home » News » Politics", True),
        ("Budget passes > expectations", False),  # one ">" is no path
        ("Budget passes - TechCrunch", False),
    ],
)
def test_a_breadcrumb_is_a_path_of_three_sections(title: str, crumbs: bool) -> None:
    assert is_breadcrumb(title) is crumbs


def _page(head_title: str, body: str) -> str:
    return f"<html><head><title>{head_title}</title></head><body>{body}</body></html>"


_REVIEW = (
    '<p>tar Wars," George Lucas\'s first film since his terrifically successful "American '
    'Graffiti," is the movie that the teen-agers in "American Graffiti" would have broken '
    "their necks to see.</p><p>It's also the movie that's going to entertain a lot of "
    "contemporary folk who have a soft spot for the virtually ritualized manners of "
    "comic-book adventure, and it is fun and funny from start to end.</p>"
)


def test_a_drop_cap_picture_gives_its_letter_back() -> None:
    body = _REVIEW.replace("<p>tar", "<p><img src='dropcap/qs.gif' align='left' alt='\"S'>tar")
    _, text = _extracted(_page("Review", f"<h1>A Trip</h1>{body}"))
    assert '"Star Wars," George Lucas' in text


@pytest.mark.parametrize("picture", ["<img src='star.gif' alt='A'> tar", "<img alt='x'>Tar"])
def test_a_picture_before_a_space_or_a_capital_is_no_drop_cap(picture: str) -> None:
    body = _REVIEW.replace("<p>tar", f"<p>{picture}")
    _, text = _extracted(_page("Review", f"<h1>A Trip</h1>{body}"))
    assert "Atar" not in text and "xTar" not in text


def test_paragraphs_in_a_layout_tables_cell_keep_their_lines() -> None:
    cell = f"<h2>A Trip to a Far Galaxy</h2><p>Published: May 26, 1977</p>{_REVIEW}"
    table = f"<table><tr><td>Site Index</td></tr><tr><td></td><td>{cell}</td></tr></table>"
    _, text = _extracted(_page("Review", table))
    assert "\nIt's also the movie" in text
    assert "see.It's" not in text


@pytest.mark.parametrize(
    ("site", "title"),
    [
        ("jvndb.jvn.jp", "JVNDB-2018-013542 - JVN iPedia"),
        ("www.elecom.co.jp", "[News] サクサク軽い打ち心地を実現し、キー入力がはかどる！"),
    ],
)
def test_google_translates_pop_up_is_not_the_headline(site: str, title: str) -> None:
    found, text = _committed(POSTLIGHT / site)
    assert found.startswith(title)
    assert "Original text" not in text
    assert "Contribute a better translation" not in text


def test_a_breadcrumb_title_never_gives_way_to_the_sites_own_name() -> None:
    page = (
        "<html><head><title>Home > News > Politics > Budget</title>"
        '<meta property="og:site_name" content="The Daily Planet"></head>'
        f"<body><article>{_REVIEW}</article></body></html>"
    )
    title, _ = _extracted(page)
    assert title != "The Daily Planet"
