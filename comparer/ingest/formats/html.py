"""Read a web page saved from a browser (or fetched): main text and metadata via trafilatura.

trafilatura drops navigation, scripts, comments and most page furniture and reads the
title, author, date and site name from the page's metadata. It runs in recall mode, since
a paragraph lost is worse for a comparison than a line of furniture our own rules can
still take out. The declared charset is honoured before any guessing, since pages state
it and guessers get short pages wrong.

The text is rendered from trafilatura's XML rather than its plain-text output: a table
becomes one line a row (cells between " | "), except a row whose cell holds paragraphs or
headings, an old template's layout (a 1977 Times review): its cells give a line a
paragraph (counting code snippets as paragraphs too, dropped: newspaper4k's product boxes
"ADD TO CART: …" came back, 0.9693 -> 0.9682), every section of the body is kept in order,
and an embedded quote or tweet stays as its own paragraphs, set in quotation marks so it
reads (and is analysed) as quoted speech rather than the outlet's own words, even when
the page wrapped it in an embed (:mod:`.embeds`). Readers' comment sections trafilatura
does not recognise by name are cut out first (:mod:`.comments`), and so is Google
Translate's pop-up (:mod:`.translation_widget`); a drop cap drawn as a picture gives its
letter back (:mod:`.drop_caps`). A breadcrumb trafilatura read off the ``<title>`` as the
title ("The New York Times > Movies > Movie Review | Headline") gives way to the part it
took for the site's name, which is the headline. When that
finds much less than the body the page declares in its JSON-LD, the declared body is used
(:mod:`.declared_body`); an article printed as loose text between empty break
elements, which trafilatura keeps only in part, is read from its element
(:mod:`.loose_text`); else blocks of a body split in several that trafilatura left out
are put back in place (:mod:`.sections`), and so are subheadings it dropped
(:mod:`.subheadings`); a paragraph the page prints twice in a row keeps both copies
(:mod:`.repeats`). A standfirst the body lacks is put first
(:mod:`.standfirst`). The author trafilatura read is completed with the co-authors the
page's author metas declare, or replaced by them when it names none of them
(:mod:`.page_authors`), the copyright holder left out (:mod:`.rights`); a page naming no
one there gets the writer its byline links to (:mod:`.author_links`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

import trafilatura
from trafilatura.settings import use_config

from comparer.ingest.encoding import decode, decode_declared
from comparer.ingest.formats.author_links import with_linked_writer
from comparer.ingest.formats.comments import drop_comment_sections
from comparer.ingest.formats.declared_body import better_body
from comparer.ingest.formats.deep_markup import parsed_whole
from comparer.ingest.formats.drop_caps import restore_drop_caps
from comparer.ingest.formats.embeds import lift_embedded_posts
from comparer.ingest.formats.headline import headline
from comparer.ingest.formats.link_lists import only_links, without_link_lists
from comparer.ingest.formats.loose_text import loose_text_body, with_leading_text
from comparer.ingest.formats.markup import plain_text_of, refuse_entity_declarations
from comparer.ingest.formats.page_authors import with_declared
from comparer.ingest.formats.repeats import with_page_repeats
from comparer.ingest.formats.rights import rights_holder, without_rights_holder
from comparer.ingest.formats.sections import with_sections
from comparer.ingest.formats.side_columns import (
    drop_read_right_columns,
    read_right_columns,
    right_columns,
)
from comparer.ingest.formats.standfirst import standfirst
from comparer.ingest.formats.subheadings import with_subheadings
from comparer.ingest.formats.translation_widget import drop_translation_widget
from comparer.ingest.formats.year_guess import year_only
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.ingest.titles import is_breadcrumb, names_one_of, strip_site
from comparer.model import Metadata

_Element = Any  # an lxml element of trafilatura's XML tree (lxml ships no type stubs)
_BLOCKS = frozenset({"div", "list", "item", "section", "quote", "table"})
_LEAVES = frozenset({"p", "head", "code"})
_PARAGRAPHS = frozenset({"p", "head"})
_HEADLINE_WORDS = 5
_ARTICLE_WORDS = 50
"""Fewest words the reading without right-hand columns must keep to be taken (The
Economist's four-paragraph Gulliver post keeps 387; a wire story in `column-right` kept 8)."""
_SHORTEST = 250
"""trafilatura's own least article, in characters: a shorter reading gives way to the page's
whole text when that is longer."""
_SHORTEST_RESCUED = 50
"""The least article read again when that whole text came out as one line."""
_RESCUED_SHARE = 0.6
"""The share of that line the article read again must keep: less, and it lost some of the
article with the page's menus (a caption and most of a story that sat apart)."""
_OPENING_QUOTES = "\"“„«‘'‹「『"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def read_html(data: bytes, media_type: str = "text/html", charset: str = "") -> Raw:
    """Extract the article of an HTML (or XHTML/XML) document.

    ``charset`` is the one a web server declared, if any; the page's own declaration wins.
    """
    html = decode_html(data, charset)
    refuse_entity_declarations(html)
    tree = parsed_whole(html)  # as trafilatura parses it; None for what it cannot read
    lift_embedded_posts(tree)  # trafilatura reads the tree, never changes it
    drop_comment_sections(tree)
    restore_drop_caps(tree)
    drop_translation_widget(tree)
    document = _extraction(html, tree)
    body = getattr(document, "body", None)
    text = (render_body(body) if body is not None else "") or plain_text_of(html)
    text = (
        better_body(html, text)
        or loose_text_body(tree, text)
        or with_subheadings(tree, with_sections(tree, with_leading_text(tree, text)))
    )
    text = with_page_repeats(tree, text)
    if only_links(tree, text):
        raise Refusal("web page holds no article: a list of links")
    text, link_lists = without_link_lists(tree, text)
    if not text.strip():
        raise Refusal("web page has no readable text")
    meta = _metadata(document)
    if year_only(meta.published, html):
        meta = replace(meta, published=None, published_raw="")
    holder = rights_holder(tree)
    author = with_declared(without_rights_holder(meta.author, holder), tree, holder)
    author = with_linked_writer(author, tree)
    meta = replace(meta, author=author)
    site = (meta.outlet, str(getattr(document, "hostname", None) or ""))
    meta = replace(meta, title=headline(tree, meta.title, text, site))
    lead = standfirst(tree, str(getattr(document, "description", None) or ""), text, meta.title)
    text = _with_lead(text, lead, meta.title)
    return Raw(text=text, media_type=media_type, meta=meta, link_lists=link_lists)


def _extraction(html: str, tree: _Element | None) -> Any:
    """trafilatura's reading of the page, read again without the right-hand columns it took
    for the article's (:mod:`.side_columns`)."""
    document = _bare_extraction(html, tree)
    body = getattr(document, "body", None)
    if tree is None or body is None or not right_columns(tree):
        return document  # most pages: no copy of the tree, no second reading
    first = render_body(body)
    if not read_right_columns(tree, first):
        return document
    cut = deepcopy(tree)
    drop_read_right_columns(cut, first)
    second = _bare_extraction(html, cut)
    if not _keeps_an_article(second):
        return document
    drop_read_right_columns(tree, first)
    return second


def _keeps_an_article(document: Any) -> bool:
    """Whether the reading without the columns still holds an article's body: a column
    named for the right that held the story itself leaves only the headline or nothing."""
    body = getattr(document, "body", None)
    return body is not None and len(render_body(body).split()) >= _ARTICLE_WORDS


def _bare_extraction(html: str, tree: _Element | None) -> Any:
    """trafilatura's reading; for a short article that it gave as the page's whole text on
    one line (under 250 characters it takes its plain-text rescue, headline and byline
    included), the article it found, when that holds paragraphs."""
    document = _reading(html, tree, _config(_SHORTEST))
    body = getattr(document, "body", None)
    line = "" if body is None else render_body(body).strip()
    if not line or "\n" in line:
        return document
    shorter = _reading(html, tree, _config(_SHORTEST_RESCUED))
    found = getattr(shorter, "body", None)
    text = "" if found is None else render_body(found).strip()
    return shorter if "\n" in text and len(text) >= _RESCUED_SHARE * len(line) else document


def _reading(html: str, tree: _Element | None, config: Any) -> Any:
    return trafilatura.bare_extraction(
        html if tree is None else tree,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
        config=config,
    )


@cache
def _config(shortest: int) -> Any:
    """trafilatura's settings with ``shortest`` characters the least it takes for an article."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(shortest))
    return config


def _with_lead(text: str, lead: str, title: str) -> str:
    """``text`` with the standfirst first, after the headline if the body repeats it."""
    if not lead:
        return text
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == " ".join(title.split()):
        return f"{first}\n{lead}\n{rest}"
    return f"{lead}\n{text}"


def decode_html(data: bytes, charset: str = "") -> str:
    """The page's text in its declared charset, else in the guessed one."""
    found = _META_CHARSET.search(data[:4096])
    for declared in (found.group(1).decode("ascii") if found else "", charset):
        text = decode_declared(data, declared) if declared else None
        if text is not None:
            return text
    return decode(data)


def render_body(body: _Element) -> str:
    """The text of trafilatura's XML ``body``, one paragraph (or table row) a line."""
    return "\n".join(line for line in _lines(body) if line.strip())


def _lines(element: _Element) -> Iterator[str]:
    for child in element:
        if child.tag == "table":
            yield from _table_rows(child)
        elif child.tag == "quote":
            yield from (_quoted(line) for line in _block_lines(child))
        elif child.tag in _BLOCKS:
            yield from _block_lines(child)
        else:
            yield _text(child)
        if (child.tail or "").strip():
            yield child.tail or ""


def _block_lines(element: _Element) -> Iterator[str]:
    """A container's lines: its blocks, or its own text when it holds only inline parts."""
    if any(child.tag in _BLOCKS or child.tag in _LEAVES for child in element):
        if (element.text or "").strip():
            yield element.text or ""
        yield from _lines(element)
    else:
        yield _text(element)


def _table_rows(table: _Element) -> Iterator[str]:
    for row in table.iter("row"):
        if any(_holds_paragraphs(cell) for cell in row.iter("cell")):
            # A layout table's cell holding an article's paragraphs: a line each, not one.
            for cell in row.findall("cell"):
                yield from _block_lines(cell)
            continue
        cells = [" ".join(_text(cell).split()) for cell in row.iter("cell")]
        if any(cells):
            yield " | ".join(cell for cell in cells if cell)


def _holds_paragraphs(cell: _Element) -> bool:
    return any(child.tag in _PARAGRAPHS for child in cell)


def _quoted(line: str) -> str:
    line = line.strip()
    if not line or line[0] in _OPENING_QUOTES or line[0] in "—–-":
        return line
    return f"“{line}”"


def _text(element: _Element) -> str:
    """The element's text with its line breaks, tails of children included."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _metadata(document: object) -> Metadata:
    raw_date = str(getattr(document, "date", None) or "")
    title = str(getattr(document, "title", None) or "")
    sitename = str(getattr(document, "sitename", None) or "")
    if title and sitename.casefold() == title.casefold():
        sitename = ""  # read off a <title> without a site's part: it is the headline
    if is_breadcrumb(title) and len(sitename.split()) >= _HEADLINE_WORDS:
        # "Site > Section > Page | Headline": the part taken for the site's name is the
        # page's headline, the path before it the site's (a real site's name, "The Daily
        # Planet", is shorter).
        title, sitename = sitename, ""
    # The page's own address (canonical link, og:url) names the site even in a saved file.
    host = str(getattr(document, "hostname", None) or "")
    author = str(getattr(document, "author", None) or "")
    if len(author.split()) == 1 and names_one_of(author, (sitename, host)):
        author = ""  # a one-word "author" naming the site ("Telebasel") is the outlet
    return Metadata(
        title=strip_site(title, (sitename, host)),
        author=author,
        outlet=sitename,
        published_raw=raw_date,
        published=_iso_date(raw_date),
    )


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
