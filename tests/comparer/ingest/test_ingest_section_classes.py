"""A body cut into blocks whose class reads like furniture's keeps every block.

The real case is POLITICO Europe's page in the fourth committed dev set (Fundus's parser
tests): each part of the article stands in its own ``div.sidebar-grid``, and "sidebar" is a
word furniture's classes carry. trafilatura read the first block only (118 words of 1,100).
"""

from __future__ import annotations

import gzip

from comparer.ingest import extract_bytes
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
