"""Teaser cards' summaries on real saved pages (committed under tests/pages).

NDR closes its story with three cards for audio pieces, a linked headline over a sentence
each; trafilatura kept the sentences. They leave the text as removed "read more" blocks
that the reader can see and put back. A product page's call to action below its text
(Mozilla's) and a Japanese story's lead beside a related headline (Yahoo!'s) stay.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from comparer.ingest import extract_bytes
from comparer.model import Extracted, Furniture

PAGES = Path(__file__).parents[2] / "pages"
NDR_SUMMARIES = (
    "Mehr als 80 Prozent der Studierenden wünschen sich klare Leitlinien, wie sie Künstliche "
    "Intelligenz im Studium und vor allem in Prüfungen einsetzen dürfen.",
    "Intelligente Sprachmodelle scheinen professionelle Übersetzer überflüssig zu machen. "
    "Oder hat die KI doch ihre Grenzen?",
)


def _page(name: str) -> Extracted:
    data = gzip.decompress((PAGES / name / "source.html.gz").read_bytes())
    return extract_bytes(data, source=name.rsplit("/", 1)[-1], filename="source.html")


def test_the_summaries_of_ndrs_audio_cards_leave_the_text() -> None:
    article = _page("fundus/de_NDR")
    paragraphs = article.text.split("\n\n")
    assert not set(NDR_SUMMARIES) & set(paragraphs)
    assert paragraphs[-1].startswith("Hört man sich unter Studierenden um")
    removed = "\n".join(b.text for b in article.removed if b.reason is Furniture.READ_MORE)
    assert all(summary in removed for summary in NDR_SUMMARIES)


def test_a_call_to_action_below_a_products_text_is_no_card() -> None:
    paragraphs = _page("readability/mozilla-1").text.split("\n\n")
    assert (
        "The Awesome Bar learns as you browse to make your version of Firefox unique. Find "
        "and return to your favorite sites without having to remember a URL."
    ) in paragraphs


def test_a_lead_in_a_script_without_spaces_is_no_card() -> None:
    text = _page("readability/yahoo-4").text
    assert text.startswith("トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護する")


def test_a_paragraph_after_a_link_in_the_articles_sentence_stays() -> None:
    """The Express links a clause of one paragraph ("Meghan Markle's mum, <a>Doria Ragland
    is said to be ...</a>"); the next paragraph is the article's, not a card's summary."""
    paragraphs = _page("fundus/uk_Express").text.split("\n\n")
    assert any(
        paragraph.startswith("Doria, 67, is said to have taken on") for paragraph in paragraphs
    )


LEAD = (
    "The city council voted on Tuesday to close three public libraries next year, a decision "
    "that drew hundreds of residents to a heated hearing."
)
BRIDGE = (
    "The bridge over the river will carry traffic again from Monday, the transport department "
    "said in a statement."
)
BODY = (
    LEAD,
    "Council members said the closures would save about $4 million a year, money they plan "
    "to move into road repairs and the police budget.",
    "Residents who spoke at the hearing said the libraries are the only places in their "
    "neighbourhoods with free internet access for children.",
    "Mayor Jane Porter said she would not veto the decision but promised to look for private "
    "donors to keep at least one branch open.",
)


def test_a_sidebar_card_repeating_the_articles_lead_leaves_the_lead() -> None:
    """A "latest news" card for this very story prints its lead: the lead stays the
    article's, while another story's card summary still goes."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    html = f"""<!doctype html><html><head><title>Council votes to close three libraries</title>
    </head><body><main><article><h1>Council votes to close three libraries</h1>
    <div class="article-body">{paragraphs}</div></article>
    <aside class="latest"><h2>Latest news</h2>
    <div class="card"><a href="/news/libraries">Council votes to close three libraries</a>
    <p>{LEAD}</p></div>
    <div class="card"><a href="/news/bridge">Old bridge to reopen after two years of repairs</a>
    <p>{BRIDGE}</p></div></aside></main></body></html>"""
    article = extract_bytes(html.encode(), source="council", filename="page.html")
    kept = article.text.split("\n\n")
    assert kept[0] == LEAD
    assert all(paragraph in kept for paragraph in BODY)
    assert BRIDGE not in kept
    assert LEAD not in [block.text for block in article.removed]


CNN_SUMMARIES = (
    "Here are 10 facts about one of nature's most powerful forces.",
    "Get a glimpse of the weather events happening around the world by clicking through our "
    "photo gallery.",
)


def test_a_cards_summary_in_a_div_of_its_own_leaves_the_text() -> None:
    """CNN's "Part of complete coverage" cards print the summary in a ``<div>`` holding only
    text under the linked headline and a date stamp (Newspaper's cnn_article)."""
    article = _page("newspaper/cnn_article")
    paragraphs = article.text.split("\n\n")
    assert not set(CNN_SUMMARIES) & set(paragraphs)
    assert "Road conditions were not great in much of the Northeast." in paragraphs
    removed = "\n".join(b.text for b in article.removed if b.reason is Furniture.READ_MORE)
    assert all(summary in removed for summary in CNN_SUMMARIES)


def test_a_bar_of_links_leaves_the_text() -> None:
    """CNN's footer bar: a block of nothing but links and the bars between them."""
    article = _page("newspaper/cnn_article")
    bar = "Tools & Widgets | RSS | Podcasts | Blogs | CNN Mobile"
    assert bar not in article.text
    assert "contributed to this report." in article.text
    assert any(bar in b.text for b in article.removed if b.reason is Furniture.READ_MORE)
