"""A body cut into several blocks of one kind keeps every block, in the page's order.

The pages are shaped like WIRED's and Condé Nast's: each section of the article is its own
``article__body`` block, with a video between them; trafilatura reads only the first.
"""

from __future__ import annotations

from trafilatura.utils import load_html

from comparer.ingest import extract_bytes
from comparer.ingest.formats.page_letters import page_letters
from comparer.ingest.formats.sections import with_sections

FIRST = (
    "The city council voted on Tuesday to close the old river bridge to lorries from next "
    "month, after engineers found cracks in two of its stone piers in the spring.",
    "The mayor said a new bridge would be built within five years if the money could be "
    "found, and that buses could still cross the old one at walking pace.",
    "Residents of both banks have asked for a ferry while the bridge is closed, saying the "
    "detour through the ring road adds half an hour to every journey.",
)
HEADING = "What the divers found"
SECOND = (
    "Engineers first noticed the cracks in April, when a diver inspecting the foundations "
    "saw that water had washed away part of the gravel bed under the second pier.",
    "A report to the council in June said the bridge was safe for cars and buses but that "
    "a fully loaded lorry could widen the cracks within a year.",
)
COMMENT = (
    "I have crossed that bridge every day for thirty years and nobody ever told us it was "
    "unsafe, so why should we believe the council now that it wants money for a new one?"
)
TEASER = (
    "Elsewhere in the city: the ring road will be resurfaced over the summer, with night "
    "closures between the airport junction and the harbour for six weeks from June."
)


def _block(inner: str, inner_class: str = "body__inner-container") -> str:
    return (
        '<div class="grid grid-margins"><div class="grid--item body article__body">'
        f'<div class="{inner_class}">{inner}</div></div></div>'
    )


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _page(*blocks: str) -> bytes:
    return (
        "<html><head><title>Old bridge closes to lorries</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        '<article class="article main-content"><h1>Old bridge closes to lorries</h1>'
        f'<div class="article__chunks">{"".join(blocks)}</div></article>'
        "<footer><p>Contact us</p></footer></body></html>"
    ).encode()


VIDEO = '<div class="video-embed"><p>Watch: the bridge from above</p></div>'


def _imported(page: bytes) -> list[str]:
    return extract_bytes(page, source="bridge.html", filename="bridge.html").text.split("\n\n")


def test_every_block_of_a_split_body_is_kept_in_order() -> None:
    page = _page(
        _block(_paragraphs(*FIRST)), VIDEO, _block(f"<h2>{HEADING}</h2>" + _paragraphs(*SECOND))
    )
    assert _imported(page) == [*FIRST, HEADING, *SECOND]


def test_comments_and_teasers_built_like_the_body_stay_out() -> None:
    page = _page(
        _block(_paragraphs(*FIRST)),
        _block(_paragraphs(COMMENT, COMMENT), inner_class="comments-list"),
        _block(f'<div class="card"><p>{TEASER}</p><p>{TEASER}</p></div>'),
    )
    assert _imported(page) == list(FIRST)


def test_a_short_block_is_not_taken_for_a_section() -> None:
    page = _page(_block(_paragraphs(*FIRST)), _block(_paragraphs("Share this story.")))
    assert _imported(page) == list(FIRST)


def test_a_missing_middle_block_goes_where_it_stands() -> None:
    html = _page(
        _block(_paragraphs(FIRST[0])), _block(_paragraphs(*SECOND)), _block(_paragraphs(FIRST[1]))
    ).decode()
    text = with_sections(load_html(html), f"{FIRST[0]}\n{FIRST[1]}")
    assert text.split("\n") == [FIRST[0], SECOND[0], SECOND[1], FIRST[1]]


def test_the_page_reads_in_order_without_its_scripts() -> None:
    html = (
        "<html><head><title>T</title></head><body><p>One <b>two</b> three</p>"
        '<script type="application/ld+json">{"articleBody": "Hidden"}</script>'
        "<!-- a note --><div>Four<noscript>Five</noscript> six</div></body></html>"
    )
    assert page_letters(load_html(html)) == "onetwothreefoursix"
