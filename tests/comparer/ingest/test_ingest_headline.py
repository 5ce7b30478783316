"""A page's title is its article's headline, not the blog's name or a sidebar heading."""

from __future__ import annotations

import gzip
import json

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.formats.headline import headline
from evaluation.pages_postlight import COMMITTED

BODY = (
    "The council voted on Tuesday to close the old bridge to lorries from next month, after "
    "an inspection in the spring found cracks in two of its piers.",
    "The mayor said a new bridge would be built within five years if money could be found.",
)


def _title(page: str) -> str:
    return extract_bytes(page.encode(), source="page.html", filename="page.html").meta.title


def _blog(page_title: str, sidebar: str = "Recent Comments") -> str:
    """An old blog template: the blog's name in the header <h1>, the post's in an <h3>."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    return (
        f"<html><head><title>{page_title}</title></head><body>"
        "<div id='header'><h1><a href='/'>Notes from the Town Hall</a></h1>"
        "<p class='description'>A councillor's diary</p></div>"
        "<div id='main'><div class='post'><h3 class='post-title'>Old bridge closes to lorries"
        f"</h3><div class='post-body'>{body}</div></div></div>"
        f"<div id='sidebar'><h2>{sidebar}</h2><ul><li>Ann on Parking</li></ul></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "page_title",
    [
        "Notes from the Town Hall: Old bridge closes to lorries",  # trafilatura's first part
        "Old bridge closes to lorries",
        "Notes from the Town Hall » Blog Archive » Old bridge closes to lorries",
        "Notes from the Town Hall: Old bridge closes to lorries | Town Hall Blogs",
        # the blog's name before a dash, as the <h1> prints it
        "Notes from the Town Hall - Old bridge closes to lorries",
    ],
)
def test_a_blog_posts_title_is_its_own_not_the_blogs(page_title: str) -> None:
    assert _title(_blog(page_title)) == "Old bridge closes to lorries"


def test_a_news_title_declared_by_the_page_is_kept() -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = (
        "<html><head><title>Old bridge closes to lorries - Riverside Gazette</title>"
        '<meta property="og:title" content="Old bridge closes to lorries from May">'
        "</head><body><header><div class='logo'>Riverside Gazette</div></header><article>"
        "<h1>Old bridge closes to lorries from May</h1><p class='byline'>Riverside Gazette"
        f"</p>{body}</article></body></html>"
    )
    assert _title(page) == "Old bridge closes to lorries from May"


def test_the_sites_name_after_a_dash_is_never_the_headline() -> None:
    # The <title>'s first part is the <h1>, and the site's name is printed above the body.
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = (
        "<html><head><title>Unemployment figures for 2022 - Federal Labour Office</title>"
        "</head><body><h1>Unemployment figures for 2022</h1><p class='date'>31 March 2022</p>"
        f"<div class='label'>Federal Labour Office</div>{body}</body></html>"
    )
    assert _title(page) == "Unemployment figures for 2022"


def test_without_a_page_tree_the_title_is_kept() -> None:
    assert headline(None, "Recent Comments", "\n".join(BODY), ()) == "Recent Comments"


def test_a_section_title_declared_over_the_articles_gives_way_to_it() -> None:
    """Yahoo's template: og:title names the section; <title> and <h1> name the article."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = (
        "<html><head><title>Old bridge closes to lorries</title>"
        '<meta property="og:title" content="Town News - Latest News &amp; Headlines">'
        '<meta property="og:site_name" content="Town News"></head><body>'
        "<nav><a href='/'>Home</a></nav><article><h1>Old bridge closes to lorries</h1>"
        f"{body}</article></body></html>"
    )
    assert _title(page) == "Old bridge closes to lorries"


@pytest.mark.parametrize(
    "site",
    [
        # trafilatura read the site name off the <title>'s headline, and the headline then
        # passed for the site's name, leaving "Los Angeles Times" as the title
        "www.latimes.com",
        # the <title>'s part before its colon, "Hillary Clinton", shows again in a caption
        # nearer the body than the whole headline
        "abcnews.go.com",
        # the <title> and og:title carry the site's name after a full-width colon
        # ("：朝日新聞デジタル"), the page's <h1> the headline alone
        "www.asahi.com",
        # og:title opens with the community ("r/Showerthoughts - "), the <h1> does not
        "www.reddit.com",
        # Japanese pages: the body's first line, written without spaces, was never long
        # enough in words to be found, so a section's <h1> ("ニュースリリース") or the
        # <title>'s wording stood; and the whole <title> ran on into the body's first line
        "www.sanwa.co.jp",
        "www.lifehacker.jp",
        # a Chinese <title> "headline_section_site" and a hidden <h1> with the site's name:
        # the headline before the first underscore was never a candidate, a line without
        # spaces counting as one word; and IIJ's blog name before the colon (てくろぐ) must
        # stay one word, not a rival headline
        "www.qdaily.com",
        "techlog.iij.ad.jp",
    ],
)
def test_real_pages_keep_their_headline(site: str) -> None:
    """Pages of Postlight's fixtures (tests/pages/postlight), with the title they expect."""
    page = COMMITTED / site
    data = gzip.decompress((page / "source.html.gz").read_bytes())
    found = extract_bytes(data, source=f"{site}.html", filename="source.html")
    expected = json.loads((page / "expected-metadata.json").read_text("utf-8"))["title"]
    assert found.meta.title == expected


@pytest.mark.parametrize(
    ("page_title", "h1", "expected"),
    [
        ("Old bridge closes to lorries - Town News", "Old bridge closes to lorries", None),
        ("Politics | Old bridge closes to lorries", "Politics", "whole"),
    ],
)
def test_an_h1_saying_the_titles_larger_part_is_the_headline(
    page_title: str, h1: str, expected: str | None
) -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = (
        f"<html><head><title>{page_title}</title>"
        f'<meta property="og:title" content="{page_title}"></head>'
        f"<body><h1>{h1}</h1><article>{body}</article></body></html>"
    )
    assert _title(page) == (h1 if expected is None else page_title)


def test_a_diarys_headline_behind_its_name_in_the_title_is_kept() -> None:
    """Takagi's diary (Postlight's page): the <title> "Blog - Headline", the <h1> the blog's
    name, the headline in an <h3> right over the body (the fixture's "■ " is its anchor)."""
    page = COMMITTED / "takagi-hiromitsu.jp"
    data = gzip.decompress((page / "source.html.gz").read_bytes())
    found = extract_bytes(data, source="takagi.html", filename="source.html")
    assert found.meta.title == (
        "改正NICT法がプチ炎上、工場出荷時共通初期パスワードが識別符号に当たらないことが"
        "理解されていない"
    )
