"""The records of an article: what an importer extracts, what the library stores and lists.

An importer produces an :class:`Extracted` (cleaned text, the furniture it removed, captions
and sentences); the library stores it and gives back an :class:`Article`, lists
:class:`ArticleSummary` rows and finds :class:`SearchHit` ones. Positions are character
offsets into the cleaned ``text``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of characters in an article's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article: its position in the article and its text."""

    index: int
    start: int
    end: int
    text: str


class Furniture(StrEnum):
    """Why a block of the source was taken out of the article's text."""

    NAVIGATION = "navigation"
    NEWSLETTER = "newsletter"
    ADVERTISEMENT = "advertisement"
    READ_MORE = "read_more"
    SHARE = "share"
    MIRROR_NOTICE = "mirror_notice"
    TEASER = "teaser"
    DISCLAIMER = "disclaimer"
    HEADLINE = "headline"
    REPEATED_HEADLINE = "repeated_headline"
    METADATA = "metadata"
    BOILERPLATE = "boilerplate"
    PHOTO_CREDIT = "photo_credit"
    REPEATED = "repeated"
    PAGE_HEADER = "page_header"
    FOOTNOTE = "footnote"
    TEXT_BOX = "text_box"
    KICKER = "kicker"
    HIGHLIGHTS = "highlights"


@dataclass(frozen=True, slots=True)
class Removed:
    """A block removed from the article, kept so it can be shown or restored.

    ``position`` is the offset in the cleaned text where the block stood; once the reader
    has put the block back (``kept``), the offset where its paragraph now starts.
    """

    text: str
    reason: Furniture
    position: int
    kept: bool = False


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article's cleaned text with what is placed on it, as rebuilt after a change."""

    text: str
    removed: tuple[Removed, ...]
    captions: tuple[Span, ...]
    sentences: tuple[Sentence, ...]


# The metadata fields a user may correct (the library keeps what import first gave them).
EDITABLE = ("title", "outlet", "author", "published", "language")
RAW_DATE = "published_raw"
"""The extracted value kept beside ``published`` when import read a date only as words."""
# How every view and report says a detail is missing: the columns, the library, the report.
NO_DATE = "no date"
UNKNOWN_OUTLET = "Unknown outlet"


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    published_raw: str = ""
    published: date | None = None
    language: str = ""
    dateline: str = ""
    credits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article as an importer produced it, before it is stored."""

    source: str
    media_type: str
    original: bytes
    content_hash: str
    meta: Metadata
    text: str
    removed: tuple[Removed, ...]
    captions: tuple[Span, ...]
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """An article stored in the library (its original bytes are fetched separately)."""

    id: int
    source: str
    media_type: str
    content_hash: str
    meta: Metadata
    text: str
    removed: tuple[Removed, ...]
    captions: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    imported_at: datetime

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains the character at ``offset``, if any."""
        position = bisect_right([s.start for s in self.sentences], offset) - 1
        if position < 0:
            return None
        sentence = self.sentences[position]
        return sentence if offset < max(sentence.end, sentence.start + 1) else None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library listing."""

    id: int
    title: str
    outlet: str
    published: date | None
    source: str
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article matching a full-text query, with a snippet around the match."""

    article_id: int
    title: str
    outlet: str
    snippet: str
    rank: float
