"""The small frozen records the engine hands around and to its clients.

Every part of Comparer speaks in these: the importers produce an :class:`Extracted`, the
library stores it and gives back an :class:`Article`, the comparison engine returns a
:class:`Comparison` made of :class:`AlignmentGroup` and :class:`Difference` records. All
positions are character offsets into an article's cleaned ``text``; clients paint spans and
never re-derive them. Codes (``Kind.NUMBER``) are the engine's; words and colours for them
belong to the clients. The records of an article are in :mod:`.article`, those of a
comparison in :mod:`.comparison`; clients import them all from here, the engine's contract.
"""

from comparer.model.article import (
    EDITABLE,
    NO_DATE,
    RAW_DATE,
    UNKNOWN_OUTLET,
    Article,
    ArticleSummary,
    ArticleText,
    Extracted,
    Furniture,
    Metadata,
    Removed,
    SearchHit,
    Sentence,
    Span,
)
from comparer.model.comparison import (
    AlignmentGroup,
    AlsoLink,
    ComparedArticle,
    Comparison,
    Counterpart,
    Difference,
    Event,
    EventDecision,
    Figure,
    Headline,
    HeadlineRow,
    KeyDifference,
    Kind,
    Member,
    NumberRow,
    Relation,
    SentenceLink,
    Tone,
    article_key,
)

__all__ = [
    "EDITABLE",
    "NO_DATE",
    "RAW_DATE",
    "UNKNOWN_OUTLET",
    "AlignmentGroup",
    "AlsoLink",
    "Article",
    "ArticleSummary",
    "ArticleText",
    "ComparedArticle",
    "Comparison",
    "Counterpart",
    "Difference",
    "Event",
    "EventDecision",
    "Extracted",
    "Figure",
    "Furniture",
    "Headline",
    "HeadlineRow",
    "KeyDifference",
    "Kind",
    "Member",
    "Metadata",
    "NumberRow",
    "Relation",
    "Removed",
    "SearchHit",
    "Sentence",
    "SentenceLink",
    "Span",
    "Tone",
    "article_key",
]
