"""A body cut into blocks whose class reads like furniture's keeps every block, and a
paragraph left out beside the kept ones is put back.

The real case is POLITICO Europe's page in the fourth committed dev set (Fundus's parser
tests): each part of the article stands in its own ``div.sidebar-grid``, and "sidebar" is a
word furniture's classes carry. trafilatura read the first block only (118 words of 1,100).
"""

from __future__ import annotations

import gzip

from comparer.ingest import extract_bytes
from evaluation.pages import COMMITTED as READABILITY
from evaluation.pages_fundus import COMMITTED

LATER_BLOCKS = (
    "Unapologetically outspoken",
    "Like Higgins, Connolly has been outspoken in condemning Israel",
    "Speaking for Ireland",
    "McDonagh said that, while “the pro-European majority in this country",
)


def test_politicos_later_blocks_are_read_in_order() -> None:
    data = gzip.decompress((COMMITTED / "be_PoliticoEu" / "source.html.gz").read_bytes())
    text = extract_bytes(data, source="politico.html", filename="source.html").text
    places = [text.find(line) for line in LATER_BLOCKS]
    assert -1 not in places and places == sorted(places)
    assert text.find("DUBLIN — She’s slammed NATO") < places[0]


def test_a_sidebar_beside_a_body_of_other_blocks_stays_out() -> None:
    words = " ".join(f"Word{n}" for n in range(60))
    page = (
        "<html><body><article><div class='story'>"
        + "".join(
            f"<p>Paragraph {n} of the story says the council met. {words}</p>" for n in range(3)
        )
        + "</div><div class='story'><p>A second part of the story, after a video. "
        + words
        + "</p></div><div class='sidebar'><p>Most read: a teaser for another story. "
        + words
        + "</p></div></article></body></html>"
    )
    text = extract_bytes(page.encode(), source="page.html", filename="page.html").text
    assert "A second part of the story" in text
    assert "Most read" not in text


def _fundus_text(name: str) -> str:
    data = gzip.decompress((COMMITTED / name / "source.html.gz").read_bytes())
    return extract_bytes(data, source=f"{name}.html", filename="source.html").text


def test_a_lede_left_out_beside_the_kept_paragraphs_is_put_back_first() -> None:
    paragraphs = _fundus_text("uk_iNews").split("\n\n")  # trafilatura left out i's lede
    assert paragraphs[0].startswith("Hollywood legend escorted off stage")  # the standfirst
    assert paragraphs[1].startswith("Two people have been arrested after Just Stop Oil")
    assert paragraphs[2].startswith("A 42-year-old woman and a 60-year-old man")


def test_a_kept_line_with_a_credit_before_it_is_not_added_again() -> None:
    data = gzip.decompress((READABILITY / "msn" / "source.html.gz").read_bytes())
    text = extract_bytes(data, source="msn.html", filename="source.html").text
    assert text.count("Nintendo and Apple shocked the world earlier this year") == 1
