"""The authors a page declares in its head complete or correct the one read off the page.

The metas are the real lines of saved pages: The New York Times' ``byl``, Reuters'
``author``, the Guardian's profile addresses, WIRED's publisher name beside its writer's,
Hamburger Abendblatt's author beside a "Lesedauer" (reading time) widget.
"""

from __future__ import annotations

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.people import name_key

BODY = (
    "WASHINGTON — The Senate passed the bill early Sunday after a night of debate, with 51 "
    "senators voting in favour. The measure now goes to the House, where leaders said a vote "
    "could come within days."
)
QUOTE = "“We did our job,” the majority leader told reporters at the Capitol."


def _author(head: str, byline: str = "") -> str:
    page = (
        f"<html><head><title>Senate passes the bill</title>{head}</head><body><article>"
        f"<h1>Senate passes the bill</h1>{byline}<p>{BODY}</p><p>{QUOTE}</p></article>"
        "</body></html>"
    )
    return extract_bytes(page.encode(), source="bill.html", filename="bill.html").meta.author


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (
            '<meta name="author" content="Adam Goldman">'
            '<meta name="byl" content="By Marc Santora, William K. Rashbaum, Al Baker and '
            'Adam Goldman">',
            "Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman",
        ),
        (
            '<meta name="author" content="Howard Schneider">'
            '<meta name="sailthru.author" content="Howard Schneider, Lindsay Dunsmuir">',
            "Howard Schneider and Lindsay Dunsmuir",
        ),
        # as Postlight's saved copies write a meta's value
        (
            '<meta name="author" value="Howard Schneider, Lindsay Dunsmuir">',
            "Howard Schneider and Lindsay Dunsmuir",
        ),
    ],
)
def test_the_page_declares_its_co_authors(head: str, author: str) -> None:
    assert _author(head) == author


def test_profile_addresses_add_co_authors_to_the_name_found() -> None:
    head = (
        '<meta name="author" content="Julia Carrie Wong">'
        '<meta property="article:author" content="https://www.theguardian.com/profile/'
        'julia-carrie-wong,https://www.theguardian.com/profile/sam-levin">'
    )
    assert _author(head) == "Julia Carrie Wong and Sam Levin"


def test_profile_addresses_alone_name_no_one() -> None:
    head = '<meta property="article:author" content="https://www.example.com/by/sam-levin">'
    assert _author(head) == ""


def test_a_declared_author_replaces_a_widget_word() -> None:
    head = '<meta name="author" value="Melanie Wassink">'
    byline = '<div class="author">Lesedauer</div>'
    assert _author(head, byline) == "Melanie Wassink"


def test_the_publisher_is_no_declared_author() -> None:
    head = (
        '<meta name="author" content="Condé Nast">'
        '<meta name="copyright" content="Copyright (c) Condé Nast 2022">'
        '<meta property="article:author" content="Emma Grey Ellis">'
    )
    assert _author(head) == "Emma Grey Ellis"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # the real links of CBC, Los Angeles Times, Bustle and Engadget bylines
        (
            '<span class="authorText"><a href="https://www.cbc.ca/news/business/author/'
            'pete-evans-1.3333505">Pete Evans</a></span>',
            "Pete Evans",
        ),
        (
            '<span class="byline-prefix">By</span> <a class="link" '
            'href="https://www.latimes.com/people/howard-blume">Howard Blume</a>',
            "Howard Blume",
        ),
        (
            '<span>By </span><a href="/profile/teresa-newsome-1910837">Teresa Newsome</a>',
            "Teresa Newsome",
        ),
        (
            '<a href="https://www.engadget.com/about/editors/jon-fingas/">Jon Fingas</a>',
            "Jon Fingas",
        ),
        # a tag page names whom the story is about, a link's text its address does not spell
        ('<a href="/topic/donald-trump">Donald Trump</a>', ""),
        ('<a href="/author/miserableshitehawk">Chris Thompson</a>', ""),
    ],
)
def test_a_page_naming_no_one_gets_the_writer_its_byline_links_to(byline: str, author: str) -> None:
    assert _author("", f"<div>{byline}</div>") == author


def test_a_linked_writer_does_not_replace_the_declared_author() -> None:
    head = '<meta name="author" content="Kathy Wise">'
    byline = '<a href="https://www.dmagazine.com/author/michael-j-mooney">Michael J Mooney</a>'
    assert _author(head, byline) == "Kathy Wise"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # Quartz's and the New York Daily News' printed bylines
        ('<div class="_ceVT">By <span class="rlwyg">Yomi Kazeem</span></div>', "Yomi Kazeem"),
        ("<div>By <span>Meg Wagner</span></div>", "Meg Wagner"),
        ("<div>By <span>the time it rained</span></div>", ""),
    ],
)
def test_a_page_naming_no_one_gets_its_printed_byline(byline: str, author: str) -> None:
    # The byline stands in the page's header, outside the article trafilatura keeps.
    page = (
        "<html><head><title>Senate passes the bill</title></head><body><header>"
        f"<h1>Senate passes the bill</h1>{byline}</header><main><article><p>{BODY}</p>"
        f"<p>{QUOTE}</p></article></main></body></html>"
    )
    found = extract_bytes(page.encode(), source="bill.html", filename="bill.html")
    assert found.meta.author == author


def test_a_name_and_its_address_spelling_compare_alike() -> None:
    assert name_key("José Pérez-Ruiz") == name_key("jose perez ruiz") == "joseperezruiz"
