"""Safety checks and a plain fallback shared by the readers of HTML and XML.

Entity declarations are refused outright rather than trusted to the parser: an article
never needs them, and a "billion laughs" document declares nested entities that expand to
gigabytes. The fallback text extractor (stdlib ``html.parser``) is used when trafilatura
finds no main text, and it never emits the content of scripts or styles.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from comparer.ingest.refusal import Refusal

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav"})
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section"}
)


def refuse_entity_declarations(text: str) -> None:
    """Refuse markup that declares entities (the shape of an XML entity bomb)."""
    if _ENTITY_DECLARATION.search(text):
        raise Refusal("declares XML entities (possible entity bomb); refused")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text_of(html: str) -> str:
    """All visible text of ``html`` outside scripts, styles and navigation."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)
