"""An article made ready for alignment: its key, and each sentence's tokens and bag.

Preparing runs the normalisation once per sentence; everything after it (similarity,
events, wording differences, the analysis step) reads these records instead of
re-tokenising. Token offsets are offsets into the article's whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

from comparer.align.normalise import Token, tokenise
from comparer.align.similarity import SentenceBag, bag
from comparer.model import Article


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """One article under its key, with tokens (article offsets) and bags per sentence."""

    key: str
    article: Article
    tokens: tuple[tuple[Token, ...], ...]
    bags: tuple[SentenceBag, ...]

    def keys(self, sentence: int) -> tuple[str, ...]:
        """Every non-empty key of a sentence, function words included, in order."""
        return tuple(t.key for t in self.tokens[sentence] if t.key)


def prepare(key: str, article: Article) -> PreparedArticle:
    """Tokenise every sentence of ``article`` once."""
    per_sentence = [tuple(tokenise(article.text, s.start, s.end)) for s in article.sentences]
    return PreparedArticle(key, article, tuple(per_sentence), tuple(bag(t) for t in per_sentence))
