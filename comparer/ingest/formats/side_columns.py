"""A page's right-hand column cut out when extraction read it as the article's.

News layouts put the article in one column and a rail of teasers, "most read" lists and
shop boxes in a column to its right, and many name that column for what it is:
``column-right`` (The Economist), ``right-rail``, ``rightSidebar``. trafilatura knows a
"sidebar" by name, not those; in recall mode a short post's page (a 2015 Economist blog
entry of four paragraphs) came out with the whole rail after it: "About Gulliver", "Most
commented", "Products and events". So when the extracted text holds passages of an element
whose id or class has such a name, those elements are taken out and the page read again.
Not an element whose name says it *has* a rail ("with-right-rail", a grid holding both
columns), nor one holding a headline, a declared article body or a paragraph of 40 words
or more (an article's own text), nor one under 20 words (an advert slot). Taking the
columns out of every page instead, read or not, moved trafilatura's choice on a page whose
rail it had left alone (The Citizen: a competition box came in, F1 0.981 -> 0.969). Blocks
named "popular", "most read", "trending" were tried the same way: the text read none on the
five dev sets' pages, so they are not cut. A column's wrapper named so (``rightWrap``,
WinFuture's) is one too: Fundus 0.9773 -> 0.9778 (halves 0.9766 / 0.9780 -> 0.9775 /
0.9780), no other page's text changed.
"""

from __future__ import annotations

import re
from typing import Any

from comparer.ingest.formats.comments import remove_keeping_tail
from comparer.ingest.formats.page_letters import key, letters, words_of

_RIGHT_COLUMN = re.compile(
    r"(?:^|(?<!with)[-_\s])"
    r"(?:right[-_]?(?:col(?:umn)?|rail|side(?:bar)?|wrap(?:per)?)"
    r"|(?:col(?:umn)?|rail|side(?:bar)?)[-_]?right)"
    r"(?=$|[-_\s\d])",
    re.IGNORECASE,
)
_ROOTS = frozenset({"html", "body", "main", "article"})
_MIN_WORDS = 20
_ARTICLE_PARAGRAPH_WORDS = 40
_PASSAGE_WORDS = 4
_PASSAGES_READ = 2
"""How many of a column's passages (of 4 words or more) the text must hold to have read it."""


def drop_read_right_columns(tree: Any, text: str) -> None:
    """Remove the right-hand columns of ``tree`` that ``text`` read."""
    for column in read_right_columns(tree, text):
        remove_keeping_tail(column)


def read_right_columns(tree: Any, text: str) -> list[Any]:
    """The right-hand columns of ``tree`` that ``text`` read."""
    columns = right_columns(tree)
    found = letters(text) if columns else ""
    return [column for column in columns if _read(column, found)]


def right_columns(tree: Any) -> list[Any]:
    """The elements of ``tree`` named as a right-hand column (see the module's docstring)."""
    body = None if tree is None else tree.find("body")
    if body is None:
        return []
    return [
        element
        for element in body.iter()
        if isinstance(element.tag, str)
        and element.tag not in _ROOTS
        and _named(element)
        and len(words_of(element).split()) >= _MIN_WORDS
        and not _holds_article(element)
    ]


def _read(column: Any, found: str) -> bool:
    passages = [key(t) for t in column.itertext() if len(t.split()) >= _PASSAGE_WORDS]
    return sum(bool(p) and p in found for p in passages) >= _PASSAGES_READ


def _named(element: Any) -> bool:
    names = f"{element.get('id') or ''} {element.get('class') or ''}"
    return bool(_RIGHT_COLUMN.search(names))


def _holds_article(element: Any) -> bool:
    """Whether ``element`` holds a headline, a declared body or an article's paragraph."""
    if element.find(".//h1") is not None:
        return True
    if element.find(".//*[@itemprop='articleBody']") is not None:
        return True
    return any(len(words_of(p).split()) >= _ARTICLE_PARAGRAPH_WORDS for p in element.iter("p"))
