"""A pasted selection's HTML is read as a page only when that loses none of its paragraphs
and takes no subheading for the title; the clipboard shapes are Chrome's and Firefox's."""

from __future__ import annotations

import pytest

from comparer.ingest.pasted import read_pasted

P1 = (
    "flooded the old town of Valencia on Tuesday, officials said, and 40 people were moved "
    "from their homes."
)
P2 = "The river rose two metres in three hours, the city's emergency service said."
P3 = "Mayor Maria Lopez said the city would need weeks to recover."
TEXT = f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "html",
    [
        # a selection starting inside a paragraph: that part stands outside any <p>
        f"<meta charset='utf-8'><span style='color: rgb(34, 34, 34);'>{P1}</span>"
        f"<p>{P2}</p><p>{P3}</p>",
        f"<html><body>\n<!--StartFragment-->{P1}<p>{P2}</p><p>{P3}</p><!--EndFragment-->\n"
        "</body></html>",
        f"{P1}<br><br>{P2}<br><br>{P3}",
    ],
)
def test_no_pasted_paragraph_is_lost(html: str) -> None:
    article = read_pasted(TEXT, html)
    assert all(paragraph in article.text for paragraph in (P1, P2, P3))


def test_a_subheading_in_the_selection_is_no_title() -> None:
    text = f"Heavy rain {P1}\n\nRecovery\n\n{P2}\n\n{P3}"
    html = f"<meta charset='utf-8'><p>Heavy rain {P1}</p><h2>Recovery</h2><p>{P2}</p><p>{P3}</p>"
    article = read_pasted(text, html)
    assert article.meta.title != "Recovery"
    assert "Recovery" in article.text and f"Heavy rain {P1}" in article.text


def test_a_headline_and_menu_above_the_article_are_told_from_it() -> None:
    html = (
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><h1>Flood hits Valencia</h1>"
        f"<p class='byline'>By Ana Ruiz</p><p>Heavy rain {P1}</p><p>{P2}</p>"
    )
    text = f"Home World\n\nFlood hits Valencia\n\nBy Ana Ruiz\n\nHeavy rain {P1}\n\n{P2}"
    article = read_pasted(text, html)
    assert (article.meta.title, article.meta.author) == ("Flood hits Valencia", "Ana Ruiz")
    assert article.text == f"Heavy rain {P1}\n\n{P2}"
