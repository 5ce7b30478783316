"""Read a web page saved from a browser (or fetched): main text and metadata via trafilatura.

trafilatura drops navigation, scripts, comments and most page furniture and reads the
title, author, date and site name from the page's metadata. The declared charset is
honoured before any guessing, since pages state it and guessers get short pages wrong.
"""

from __future__ import annotations

import re
from datetime import date

import trafilatura

from comparer.ingest.encoding import decode, decode_declared
from comparer.ingest.formats.markup import plain_text_of, refuse_entity_declarations
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.model import Metadata

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def read_html(data: bytes, media_type: str = "text/html", charset: str = "") -> Raw:
    """Extract the article of an HTML (or XHTML/XML) document.

    ``charset`` is the one a web server declared, if any; the page's own declaration wins.
    """
    html = decode_html(data, charset)
    refuse_entity_declarations(html)
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = getattr(document, "text", None) or plain_text_of(html)
    if not text.strip():
        raise Refusal("web page has no readable text")
    return Raw(text=text, media_type=media_type, meta=_metadata(document))


def decode_html(data: bytes, charset: str = "") -> str:
    """The page's text in its declared charset, else in the guessed one."""
    found = _META_CHARSET.search(data[:4096])
    for declared in (found.group(1).decode("ascii") if found else "", charset):
        text = decode_declared(data, declared) if declared else None
        if text is not None:
            return text
    return decode(data)


def _metadata(document: object) -> Metadata:
    raw_date = str(getattr(document, "date", None) or "")
    return Metadata(
        title=str(getattr(document, "title", None) or ""),
        author=str(getattr(document, "author", None) or ""),
        outlet=str(getattr(document, "sitename", None) or ""),
        published_raw=raw_date,
        published=_iso_date(raw_date),
    )


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
