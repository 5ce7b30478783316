"""The standfirst printed under a page's headline is kept, once, and only if shown."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from comparer.ingest import extract_bytes, extract_text
from comparer.model import Furniture

DEK = "Engineers found cracks in two piers, and the council says repairs will take a year."
BODY = (
    "The council voted on Tuesday to close the old bridge to lorries from next month, after "
    "an inspection in the spring.",
    "The mayor said a new bridge would be built within five years if money could be found.",
    "Residents of both banks have asked for a ferry while the bridge is closed to traffic.",
)


def _page(description: str, shown: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    return (
        "<html><head><title>Old bridge closes to lorries</title>"
        f'<meta property="og:description" content="{description}"></head><body>'
        f'<header><h1>Old bridge closes to lorries</h1><p class="dek">{shown}</p></header>'
        f"<article>{body}</article><footer>Contact us</footer></body></html>"
    ).encode()


def _paragraphs(page: bytes) -> list[str]:
    return extract_bytes(page, source="page.html", filename="page.html").text.split("\n\n")


def test_a_shown_standfirst_opens_the_text() -> None:
    assert _paragraphs(_page(DEK, DEK)) == [DEK, *BODY]


@pytest.mark.parametrize(
    ("description", "shown"),
    [
        (DEK, ""),  # only in the page's metadata: a summary for search engines, not shown
        (BODY[0], BODY[0]),  # the first paragraph itself
        (BODY[0][:80] + "…", BODY[0][:80] + "…"),  # the first paragraph's start
        ("Bridge closes.", "Bridge closes."),  # too short to be a standfirst
    ],
)
def test_no_standfirst_is_added_twice_or_unseen(description: str, shown: str) -> None:
    assert _paragraphs(_page(description, shown)) == list(BODY)


PEREX = (
    "Two piers of the old bridge are cracked: lorries must take the ring road from next "
    "month, and the council is looking for money to build a new crossing."
)


MORE = (
    "Lorry drivers' associations said the detour would add forty minutes to deliveries into "
    "the old town, and asked the council to let small vans keep using the bridge.",
    "The bridge, built in 1887 of local sandstone, carried twelve thousand vehicles a day "
    "before the inspection, a fifth of them heavy goods vehicles bound for the harbour.",
    "A public meeting about the closure will be held at the town hall next Thursday evening, "
    "where engineers will show residents photographs of the cracked piers.",
)


def _named_page(lead: str, after_body: str = "") -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (*BODY, *MORE))
    return (
        "<html><head><title>Old bridge closes to lorries | City Times</title>"
        '<meta property="og:description" content="The old bridge closes to lorries."></head>'
        '<body><nav><a href="/">Home</a></nav><div class="article">'
        "<h1>Old bridge closes to lorries</h1>"
        '<div class="author"><a href="/jane">Jane Doe</a><span class="date">2 hours ago</span>'
        f"</div>{lead}"
        f'<div class="article__content" id="article-content">{body}</div>{after_body}</div>'
        "<footer>Contact us</footer></body></html>"
    ).encode()


def test_a_standfirst_named_by_its_class_opens_the_text() -> None:
    page = _named_page(f'<div class="article__perex">{PEREX}</div>')
    assert _paragraphs(page) == [PEREX, *BODY, *MORE]


@pytest.mark.parametrize(
    ("lead", "after_body"),
    [
        ("", f'<div class="teaser"><p>{PEREX}</p></div>'),  # a teaser below the body
        (f'<div class="article__perex"><time>2 May</time> {PEREX}</div>', ""),  # dated line
        (f'<div class="lead-image__caption">{PEREX}</div>', ""),  # the photo's caption
        ('<div class="intro">Bridge closes to lorries.</div>', ""),  # too short
    ],
)
def test_no_named_standfirst_is_taken_from_elsewhere(lead: str, after_body: str) -> None:
    assert _paragraphs(_named_page(lead, after_body)) == [*BODY, *MORE]


def test_a_standfirst_of_paragraphs_named_preamble_opens_the_real_page() -> None:
    """Expressen's standfirst (Fundus's saved page): three paragraphs and an empty video
    player in an ``article__preamble``, its headline printed again by the audio player
    between the standfirst and the body."""
    page = Path(__file__).parents[2] / "pages" / "fundus" / "se_Expressen" / "source.html.gz"
    text = extract_bytes(gzip.decompress(page.read_bytes()), source="x", filename="x.html").text
    assert text.split("\n\n")[:4] == [
        "Eleverna på privatskolan Lundsberg trängde på natten in och misshandlade flera andra "
        "elever, enligt åtalet.",
        "I sovrummen slog de skolkamraterna med skärp.",
        "Nu åtalas fem elever för misshandel och grovt hemfridsbrott.",
        "De fem manliga eleverna i 18-årsåldern på internatskolan i värmländska Storfors "
        "misstänks för att vid flera tillfällen i vintras ha misshandlat andra elever på skolan.",
    ]


def test_a_teaser_under_a_menus_copy_of_the_headline_is_no_standfirst() -> None:
    """The New York Times page of Readability's tests prints its headline in a menu at the
    top, then a teaser of another story in a ``summary`` block, 211 letters on."""
    page = Path(__file__).parents[2] / "pages" / "readability" / "nytimes-2" / "source.html.gz"
    text = extract_bytes(gzip.decompress(page.read_bytes()), source="x", filename="x.html").text
    assert text.startswith("Yahoo’s $4.8 billion sale to Verizon is a complicated beast")


def test_a_standfirst_named_by_a_data_attribute_opens_the_real_page() -> None:
    """The Süddeutsche Zeitung's (Fundus's saved page): a ``<p>`` whose class is a style
    sheet's hash, named ``data-manual="teaserText"``."""
    page = Path(__file__).parents[2] / "pages" / "fundus" / "de_SZ" / "source.html.gz"
    text = extract_bytes(gzip.decompress(page.read_bytes()), source="x", filename="x.html").text
    assert text.startswith(
        "Beim 50. Berlin-Marathon überrascht die zweite Reihe mit cleverer Taktik. Wie "
        "Sebastian Hendel, der Vaterrolle, Teilzeitstudium und Profitum vereint"
    )


def test_the_byline_under_a_standfirst_is_metadata_on_the_real_page() -> None:
    """WDR's page (Fundus's) prints "Von Nina Magoley" under its two-sentence standfirst."""
    page = Path(__file__).parents[2] / "pages" / "fundus" / "de_WDR" / "source.html.gz"
    article = extract_bytes(gzip.decompress(page.read_bytes()), source="x", filename="x.html")
    assert "Von Nina Magoley" not in article.text.split("\n\n")
    assert article.meta.author == "Nina Magoley"
    assert "Von Nina Magoley" in [b.text for b in article.removed if b.reason is Furniture.METADATA]


def test_a_standfirst_in_a_publishers_own_element_opens_the_real_page() -> None:
    """Die Zeit's e-paper (Postlight's saved page) writes its own markup: the standfirst is a
    ``<subtitle>`` with no class and no final stop, and a pull quote's placeholder author
    ("xxx") the text leaves out stands between the body's first two lines."""
    page = Path(__file__).parents[2] / "pages" / "postlight" / "epaper.zeit.de" / "source.html.gz"
    text = extract_bytes(gzip.decompress(page.read_bytes()), source="x", filename="x.html").text
    assert text.startswith(
        "Zum Beispiel die Kollektivierung von Firmen wie BMW, sagt der Chef der Jusos. In der "
        "Wirtschaftsordnung, die er sich vorstellt, gäbe es auch kein Eigentum an Wohnraum "
        "mehr. Ein Gespräch über eine radikale Alternative\n"
    )


def test_an_html_summary_element_is_no_standfirst() -> None:
    """``<summary>`` is HTML's own (a disclosure's label), not a publisher's standfirst."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    page = (
        "<html><head><title>Old bridge closes to lorries</title></head><body>"
        "<header><h1>Old bridge closes to lorries</h1><details><summary>Read the council's "
        "full list of closures across the county this year</summary></details></header>"
        f"<article>{body}</article></body></html>"
    ).encode()
    assert _paragraphs(page) == list(BODY)


LONG_LEAD = (
    "The city council voted on Tuesday to close three public libraries next year, a decision "
    "that drew hundreds of residents to a heated hearing that lasted until well after "
    "midnight, with speakers lining up out of the chamber."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Train", ""),
        ("By Design", ""),
        ("By Water", ""),
        ("By Public Transport", ""),
        ("By Popular Demand", ""),
        ("By Helene Cooper", "Helene Cooper"),
        ("Von Nina Magoley", "Nina Magoley"),
    ],
)
def test_under_a_long_lead_only_a_persons_name_is_a_byline(line: str, author: str) -> None:
    """ "By Train" under a long first paragraph is a subheading, not its author."""
    rest = "Council members said the closures would save about $4 million a year, officials said."
    article = extract_text(f"Council closes libraries\n\n{LONG_LEAD}\n\n{line}\n\n{rest}\n")
    assert article.meta.author == author
    assert (line in article.text.split("\n\n")) is not bool(author)
