"""A pasted selection: read as a page when its HTML says more, as plain text otherwise.

A browser's or word processor's clipboard offers the selection as HTML beside its plain
text. Read as a page (trafilatura), the HTML tells the site's menu, the headline and the
byline from the article. But a selection rarely is a whole page: one starting inside a
paragraph puts that part outside any ``<p>`` (Chrome: ``<span>…</span><p>…``, Firefox: bare
text after ``<!--StartFragment-->``), and the page reader drops it without a trace; a
subheading or a list's lead-in in the middle passes for the title. So the page reading is
kept only when it accounts for every paragraph of the plain text (in the article, its
metadata or its removed blocks) and its title stands above the article in the selection;
otherwise the plain text is imported, losing nothing.
"""

from __future__ import annotations

import re

from comparer.errors import ImportFailed
from comparer.ingest.extract import extract_bytes, extract_text
from comparer.model import Extracted

_WORD = re.compile(r"\w+")
_PARAGRAPH_WORDS = 6
"""Shorter lines of the plain text may be a menu the page reader drops: not checked."""
_KEPT_SHARE = 0.8
"""Share of a paragraph's distinct words the page reading must hold somewhere."""


def read_pasted(text: str, html: str) -> Extracted:
    """The pasted selection as an article (``html`` may be empty)."""
    if html.strip():
        try:
            page = extract_bytes(html.encode(), source="pasted text", filename="pasted.html")
        except ImportFailed:
            return extract_text(text)
        if _keeps_every_paragraph(page, text) and _title_above_the_article(page, text):
            return page
    return extract_text(text)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _keeps_every_paragraph(page: Extracted, text: str) -> bool:
    meta = page.meta
    held = _words(" ".join((page.text, meta.title, meta.author, meta.outlet, meta.published_raw)))
    held |= {word for block in page.removed for word in _words(block.text)}
    for line in text.splitlines():
        words = _words(line)
        if len(_WORD.findall(line)) >= _PARAGRAPH_WORDS and (
            len(words & held) < _KEPT_SHARE * len(words)
        ):
            return False
    return True


def _title_above_the_article(page: Extracted, text: str) -> bool:
    """No title, or one found in the selection before the article's first words."""
    title = " ".join(page.meta.title.split())
    if not title:
        return True
    flat = " ".join(text.split())
    opening = " ".join(page.text.split()[:8])
    at, body = flat.find(title), flat.find(opening)
    return at >= 0 and (body < 0 or at < body)
