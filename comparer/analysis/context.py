"""What every part of the analysis needs to know about the compared articles, computed once.

An :class:`ArticleView` extracts quantities, dates and framing markers of a sentence on first
request and keeps them, so numbers, framing and omissions never run a regular expression
twice over the same sentence; markers inside a quotation that runs over several sentences
are the speaker's and are dropped (one sentence alone cannot see them). A :class:`Context`
knows which article belongs to which event (an article outside every event is its own
event: figures of different events are never compared) and which sentences each aligned
group holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from comparer.align.normalise import Token, text_keys, tokenise_slice
from comparer.analysis.framing import TONE_TYPES, Marker, framing_markers
from comparer.analysis.lexicons import Lexicons
from comparer.analysis.phrases import tokenize
from comparer.analysis.quantities import Quantity, extract_quantities
from comparer.analysis.quotes import QuoteSpans, long_quotes
from comparer.dates import DateMention, extract_dates
from comparer.model import AlignmentGroup, ComparedArticle, Counterpart, Event, Sentence
from comparer.sentence_memo import sentence_memo


# A report compared again (a report added to a comparison, a comparison reopened) has its
# sentences read again: what a sentence alone says is kept, as the tokeniser keeps its words.
@sentence_memo(base=16384)
def _markers_of(text: str, lexicons: Lexicons) -> tuple[Marker, ...]:
    return tuple(framing_markers(text, lexicons))


@sentence_memo(base=16384)
def _quantities_of(text: str, anchor: date | None) -> tuple[Quantity, ...]:
    return tuple(extract_quantities(text, anchor))


@dataclass
class ArticleView:
    """One compared article with lazily extracted, cached per-sentence findings."""

    key: str
    compared: ComparedArticle
    lexicons: Lexicons
    _quantities: dict[int, list[Quantity]] = field(default_factory=dict)
    _dates: dict[int, list[DateMention]] = field(default_factory=dict)
    _markers: dict[int, list[Marker]] = field(default_factory=dict)
    _vocabulary: frozenset[str] | None = None
    _long_quotes: QuoteSpans | None = None
    _names: frozenset[str] | None = None

    def __post_init__(self) -> None:
        article = self.compared.article
        self.sentences: dict[int, Sentence] = {s.index: s for s in article.sentences}
        self.name = f"{self.key} ({article.meta.outlet})" if article.meta.outlet else self.key

    def sentence_text(self, index: int) -> str:
        """The sentence's text, read from the article so offsets always agree."""
        sentence = self.sentences[index]
        return self.compared.article.text[sentence.start : sentence.end]

    def tokens(self, index: int) -> list[Token]:
        """The tokens of one sentence read alone (offsets relative to it), taken from the
        aligner's reading of the sentence in its article where that is the same."""
        sentence = self.sentences[index]
        return tokenise_slice(self.compared.article.text, sentence.start, sentence.end)

    def quantities(self, index: int) -> list[Quantity]:
        """Quantities of one sentence (offsets relative to the sentence)."""
        if index not in self._quantities:
            anchor = self.compared.article.meta.published
            text = self.sentence_text(index)
            found = [] if self.in_caption(index) else list(_quantities_of(text, anchor))
            self._quantities[index] = found
        return self._quantities[index]

    def dates(self, index: int) -> list[DateMention]:
        """Dates of one sentence, resolved against the article's publication date."""
        if index not in self._dates:
            anchor = self.compared.article.meta.published
            self._dates[index] = extract_dates(self.sentence_text(index), anchor)
        return self._dates[index]

    def markers(self, index: int) -> list[Marker]:
        """Framing markers of one sentence (offsets relative to the sentence)."""
        if index not in self._markers:
            found = _markers_of(self.sentence_text(index), self.lexicons)
            base = self.sentences[index].start
            quotes = self.long_quotes()
            self._markers[index] = [
                m
                for m in found
                if not quotes.containing(base + m.start, base + m.end)
                and not (m.type in TONE_TYPES and m.text[:1].isupper() and m.key in self.names())
            ]
        return self._markers[index]

    def names(self) -> frozenset[str]:
        """The words the article writes only as names: with a capital inside its sentences,
        never in lower case ("Trump", "Vice"). A sentence's first word is read by them: one
        sentence alone cannot tell "Trump said" from "Brutal raids continued"."""
        if self._names is None:
            capital, lower = set(), set()
            for index in self.sentences:
                text = self.sentence_text(index)
                for n, (start, _end, key) in enumerate(tokenize(text)):
                    if text[start].islower():
                        lower.add(key)
                    elif n and text[start].isupper():
                        capital.add(key)
            self._names = frozenset(capital - lower)
        return self._names

    def long_quotes(self) -> QuoteSpans:
        """Article offsets of quotations that run over more than one sentence."""
        if self._long_quotes is None:
            starts = [s.start for s in self.sentences.values()]
            self._long_quotes = QuoteSpans(long_quotes(self.compared.article.text, starts))
        return self._long_quotes

    def vocabulary(self) -> frozenset[str]:
        """Every word key of the article (stemmed, as the aligner keys words), computed once."""
        if self._vocabulary is None:
            article = self.compared.article
            spans = [(s.start, s.end) for s in article.sentences]
            self._vocabulary = text_keys(article.text, spans)
        return self._vocabulary

    def in_caption(self, index: int) -> bool:
        """True when the sentence lies in a picture caption (page furniture, not report)."""
        sentence = self.sentences[index]
        captions = self.compared.article.captions
        return any(c.start <= sentence.start < c.end for c in captions)

    def span(self, index: int, start: int, end: int) -> tuple[int, int, str]:
        """Article offsets and text of a span given relative to a sentence."""
        base = self.sentences[index].start
        return base + start, base + end, self.compared.article.text[base + start : base + end]

    def counterpart(
        self, index: int, start: int | None = None, end: int | None = None
    ) -> Counterpart:
        """A counterpart pointing at a span of one sentence (the whole sentence by default)."""
        sentence = self.sentences[index]
        if start is None or end is None:
            start, end = 0, sentence.end - sentence.start
        a, b, text = self.span(index, start, end)
        return Counterpart(self.key, a, b, text)


@dataclass
class Context:
    """The articles, events and groups of one analysis."""

    views: dict[str, ArticleView]
    events: tuple[Event, ...]
    groups: tuple[AlignmentGroup, ...]

    def __post_init__(self) -> None:
        self.event_of: dict[str, str | None] = {key: None for key in self.views}
        for event in self.events:
            for key in event.articles:
                if key in self.event_of:
                    self.event_of[key] = event.id
        self._others: dict[str, tuple[str, ...]] = {}

    def same_event(self, a: str, b: str) -> bool:
        """True when both articles were judged to report the same event."""
        return a != b and self.event_of[a] is not None and self.event_of[a] == self.event_of[b]

    def others(self, key: str) -> tuple[str, ...]:
        """The other compared articles of ``key``'s event (none when it has no event)."""
        if key not in self._others:  # asked for every finding: 100 reports make it add up
            self._others[key] = tuple(k for k in self.views if self.same_event(key, k))
        return self._others[key]

    def event_members(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Each event with two or more of the compared articles, as (id, keys in order)."""
        for event in self.events:
            keys = tuple(k for k in self.views if k in event.articles)
            if len(keys) >= 2:
                yield event.id, keys

    def group_pairs(self) -> Iterator[tuple[AlignmentGroup, str, int, str, int]]:
        """Ordered pairs of aligned sentences of one event (group, key, index, other key,
        other index): reports of different events are never set against each other."""
        for group in self.groups:
            members = [
                (m.article, i)
                for m in group.members
                if m.article in self.views
                for i in m.sentences
                if i in self.views[m.article].sentences
            ]
            for (a, i), (b, j) in combinations(members, 2):
                if a == b or not self.same_event(a, b):
                    continue
                yield group, a, i, b, j
                yield group, b, j, a, i
