"""The records of a comparison: aligned groups, events, differences, figures and tone.

The comparison engine returns a :class:`Comparison` made of :class:`AlignmentGroup` and
:class:`Difference` records, with the Numbers table (:class:`NumberRow`), the ranked
:class:`KeyDifference` ones, each article's :class:`Tone` and the :class:`HeadlineRow`.
Articles in it go by short keys (A, B, ...: :func:`article_key`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from string import ascii_uppercase

from comparer.model.article import Article, Span


class Relation(StrEnum):
    """How the sentences of an aligned group relate."""

    IDENTICAL = "identical"
    REWORDED = "reworded"
    PARTIAL = "partial"
    RELATED = "related"


class Kind(StrEnum):
    """The family a difference belongs to."""

    WORDING = "wording"
    NUMBER = "number"
    FRAMING = "framing"
    OMISSION = "omission"


@dataclass(frozen=True, slots=True)
class Member:
    """The sentences of one article inside an aligned group."""

    article: str
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AlignmentGroup:
    """Sentences of several articles that carry the same information."""

    id: str
    relation: Relation
    score: float
    members: tuple[Member, ...]


@dataclass(frozen=True, slots=True)
class AlsoLink:
    """Two sentences of different articles linked one-to-many, outside their groups.

    A lede that sums up facts another report tells one by one, or a sentence one outlet
    merged from two facts, links to each sentence carrying part of it, though a sentence
    belongs to one group only. The relation is ``partial``; ``score`` is the pair's.
    """

    article_a: str
    sentence_a: int
    article_b: str
    sentence_b: int
    relation: Relation
    score: float


@dataclass(frozen=True, slots=True)
class Counterpart:
    """The span of another article that a difference is measured against."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference found in one article, with what it differs from."""

    kind: Kind
    type: str
    group: str | None
    article: str
    start: int
    end: int
    text: str
    counterpart: Counterpart | None
    explanation: str
    minor: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """Articles judged to report the same real-world event."""

    id: str
    articles: tuple[str, ...]
    date: date | None
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComparedArticle:
    """An article inside a comparison, under the short key (A, B, ...) used everywhere else."""

    key: str
    article: Article


@dataclass(frozen=True, slots=True)
class SentenceLink:
    """A user's decision that two sentences do (``linked``) or do not belong together."""

    article_a: str
    sentence_a: int
    article_b: str
    sentence_b: int
    linked: bool


@dataclass(frozen=True, slots=True)
class EventDecision:
    """A user's decision on which articles (by key) report one event.

    ``together``: these articles report one event, whatever their signatures say; the
    events the engine put them in become one. Not ``together``: these articles report an
    event of their own, apart from every other article. Decisions apply in order, so a
    later one overrides an earlier one about the same articles.
    """

    articles: tuple[str, ...]
    together: bool = True


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity as one article writes it, with the interval it stands for.

    ``low``/``high`` bound the value (``None`` = unbounded); ``vague`` marks "scores of",
    "dozens", "many" and the like.
    """

    article: str
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    vague: bool


@dataclass(frozen=True, slots=True)
class NumberRow:
    """One counted thing (e.g. civilians killed) and each article's figure for it.

    ``background`` rows hold figures of sentences about another time (a past attack's
    toll): listed for the reader, never compared.
    """

    event: str | None
    thing: str
    outcome: str
    figures: tuple[Figure, ...]
    conflict: bool
    background: bool = False


@dataclass(frozen=True, slots=True)
class KeyDifference:
    """One ranked key difference: what kind, a pasteable line, and the findings behind it.

    ``differences`` are indices into the comparison's ``differences``; empty for headlines,
    where ``articles`` names the articles concerned.
    """

    kind: str
    explanation: str
    differences: tuple[int, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tone:
    """How much one article leans on tone words in its own voice (quotes left out).

    Counts of subjectivity-lexicon hits: ``negative`` and ``positive`` evaluative words,
    ``emotive`` (strongly subjective) words, ``hedges`` and ``boosters``; ``words`` is the
    number of words read, so articles of different lengths compare per 1,000 words.
    ``top`` holds the most frequent tone words, most frequent first.
    """

    article: str
    words: int
    negative: int
    positive: int
    emotive: int
    hedges: int
    boosters: int
    top: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Headline:
    """One article's headline (its title) in the headline row of a comparison.

    ``changed`` are the spans, offsets into ``text``, of the words that differ from the
    other headlines (case and punctuation aside); ``telling`` are the words among them that
    still tell when the headlines share little: charged words of the outlet's own voice, and
    verbs naming the act another headline names otherwise (:mod:`comparer.analysis.
    headline_words`).
    """

    article: str
    text: str
    changed: tuple[Span, ...] = ()
    telling: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class HeadlineRow:
    """The headlines of the compared articles, side by side: the first row of a comparison.

    Headlines are not sentences of the text (the importer takes them out as furniture), so
    they are compared apart and never renumber the sentences. ``relation`` and ``score``
    read as an aligned group's do.
    """

    relation: Relation
    score: float
    headlines: tuple[Headline, ...]

    @property
    def marks_words(self) -> bool:
        """Whether the headlines' own words (``changed``) are worth showing marked: not
        when the headlines are merely related, sharing so little that most words would be
        marked (the headline key difference already says they differ)."""
        return self.relation is not Relation.RELATED

    def marks(self, headline: Headline) -> tuple[Span, ...]:
        """The words of ``headline`` shown marked: all its own words (``changed``) when the
        headlines are close enough for that, else only its ``telling`` ones."""
        return headline.changed if self.marks_words else headline.telling


@dataclass(frozen=True, slots=True)
class Comparison:
    """The whole result of comparing articles: alignment, events and differences.

    ``key_differences`` are the engine's ranked few (computed once, with the differences);
    ``tone`` is one :class:`Tone` per article. ``unmatched`` holds, per article key, the
    sentences no group of the same information holds ("only in this report"), worked out
    once when aligning (:mod:`comparer.unmatched`); derived from the groups, it takes
    no part in equality.
    """

    engine_version: str
    articles: tuple[ComparedArticle, ...]
    events: tuple[Event, ...]
    groups: tuple[AlignmentGroup, ...]
    differences: tuple[Difference, ...]
    numbers: tuple[NumberRow, ...] = ()
    key_differences: tuple[KeyDifference, ...] = ()
    tone: tuple[Tone, ...] = ()
    headline: HeadlineRow | None = None
    also: tuple[AlsoLink, ...] = ()
    unmatched: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False)


def article_key(position: int) -> str:
    """A, B, ..., Z, AA, AB, ...: the short name of the article at ``position``."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return letters
