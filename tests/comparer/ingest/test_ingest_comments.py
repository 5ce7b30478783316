"""Readers' comments under a saved page are not imported as the article, nor their authors.

The real case is Última Hora's page in the second committed dev set (newspaper4k's test
pages): its comments sit in symfony's ``sf_comment_list``, a name trafilatura does not know.
"""

from __future__ import annotations

import gzip

from trafilatura.utils import load_html

from comparer.ingest import extract_bytes
from comparer.ingest.formats.comments import drop_comment_sections
from comparer.ingest.formats.page_letters import words_of
from evaluation import pages_postlight
from evaluation.pages_newspaper import COMMITTED

BODY = " ".join(f"Sentence {n} of the report says the council met on Friday." for n in range(9))
COMMENT = "What a disgrace this council is, they never listen to anyone at all."


def _import(html: str) -> tuple[str, str]:
    found = extract_bytes(html.encode(), source="page.html", filename="page.html")
    return found.text, found.meta.author


def test_a_saved_pages_comment_list_is_left_out() -> None:
    data = gzip.decompress((COMMITTED / "spanish_article" / "source.html.gz").read_bytes())
    found = extract_bytes(data, source="ultimahora.html", filename="source.html")
    assert "Ya lo hizo en abril, pero la Audiencia anuló su decisión." in found.text
    assert "lo importante es el cocido Madrileño" not in found.text
    assert "Hace 28 minutos" not in found.text
    assert found.meta.author != "Alcalino"  # a commenter, not the reporter


def test_comment_sections_go_whatever_their_naming() -> None:
    for name in ('id="article-comments"', 'class="sf_comment_list"', 'class="comentarios"'):
        page = (
            f"<html><body><article><h1>Council meets</h1><p>{BODY}</p></article>"
            f"<div {name}><p>{COMMENT}</p><p>{COMMENT} Really.</p></div></body></html>"
        )
        text, _ = _import(page)
        assert "Sentence 8" in text and "disgrace" not in text, name


def test_a_body_classed_comments_open_and_a_column_classed_comment_are_kept() -> None:
    page = (
        '<html><body class="single comments-open"><div class="content--comment">'
        f"<h1>Council meets</h1><p>{BODY}</p></div></body></html>"
    )
    text, _ = _import(page)
    assert "Sentence 0" in text and "Sentence 8" in text


def test_a_column_classed_comment_is_kept_under_a_heavy_menu() -> None:
    item = "<li><a href='/s{n}'>Section number {n} of the site</a></li>"
    menu = "".join(item.format(n=n) for n in range(60))
    paragraphs = f"<p>{BODY}</p>" * 3
    page = (
        f"<html><body><header><nav><ul>{menu}</ul></nav></header><div class='comment'>"
        f"<h1>Council meets</h1><div itemprop='articleBody'>{paragraphs}</div></div>"
        "</body></html>"
    )
    tree = load_html(page)
    drop_comment_sections(tree)
    assert tree.find(".//h1") is not None and "Sentence 8" in words_of(tree)


def test_a_post_wrapper_saying_comments_are_open_is_kept() -> None:
    page = (
        '<html><body><div class="post hentry comments-open"><h2>Council meets</h2>'
        f"<p>{BODY}</p></div><p>About this blog</p></body></html>"
    )
    text, _ = _import(page)
    assert "Sentence 0" in text and "Sentence 8" in text


def test_a_discussion_longer_than_its_post_is_still_comments() -> None:
    """The Political Insider's page in Postlight's fixtures: WordPress's comments area holds
    most of the page's words, and its form's heading had become the title."""
    page = pages_postlight.COMMITTED / "www.thepoliticalinsider.com"
    data = gzip.decompress((page / "source.html.gz").read_bytes())
    found = extract_bytes(data, source="insider.html", filename="source.html")
    assert "Cancel reply" not in found.meta.title
    assert "Hillary Clinton ended up with more faithless electors" in found.text
