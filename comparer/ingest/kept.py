"""Put removed page furniture back into an article's text, or take it out again.

Import keeps every block it removed with its reason and the offset where it stood
(:class:`~comparer.model.Removed`). When a reader decides a block was article text after
all, it goes back as a paragraph of its own at that place; taking it out again gives the
text back exactly as it was. The text is paragraphs joined by the pipeline's separator, so
a block's position is always a paragraph boundary: the start of the paragraph it stood
before (or the end of the text), and for a block put back, the start of its own paragraph.

The article is taken apart into the text import cleaned (no block kept) plus the boundary
each block stood at, then put together with the chosen blocks; block numbers (their order
in ``removed``) never change. Sentences and captions are found again on the new text.
Sessions point at sentences by their text, never by number (:mod:`comparer.sessions.anchors`),
so a session over the article stays valid; its comparison is simply computed again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from comparer.errors import ComparerError
from comparer.ingest.captions import is_caption
from comparer.ingest.pipeline import SEPARATOR
from comparer.ingest.splitting import segment
from comparer.model import Article, ArticleText, Removed, Span


@dataclass(frozen=True, slots=True)
class _Apart:
    """The text import cleaned, as paragraphs, and the boundary index of each block."""

    paragraphs: list[str]
    boundaries: list[int]


def keep_removed(
    article: Article, kept: Collection[int], named: Collection[int] = ()
) -> ArticleText:
    """``article``'s text with exactly the removed blocks numbered ``kept`` put back.

    Numbers are positions in ``article.removed`` (0 is the first block); an unknown number,
    in ``kept`` or among the other numbers the reader ``named`` (blocks to take out), is
    refused with one line.
    """
    count = len(article.removed)
    wrong = sorted(n for n in {*kept, *named} if not 0 <= n < count)
    if wrong:
        raise ComparerError(
            f"article {article.id} has no removed block {wrong[0] + 1} "
            f"(it has {count}: 1 to {count})"
            if count
            else f"article {article.id} has no removed blocks"
        )
    styled = frozenset(article.text[span.start : span.end] for span in article.captions)
    return rebuild(article.text, article.removed, frozenset(kept), styled)


def rebuild(
    text: str,
    removed: Sequence[Removed],
    kept: frozenset[int],
    captions: frozenset[str] = frozenset(),
) -> ArticleText:
    """``text`` (whose blocks are ``removed``) rebuilt with the blocks numbered ``kept`` in it;
    the paragraphs ``captions`` (the captions import found, by style too) stay captions."""
    apart = _take_apart(text, removed)
    at: dict[int, list[int]] = {}
    for number, boundary in enumerate(apart.boundaries):
        at.setdefault(boundary, []).append(number)
    parts: list[str] = []
    blocks: list[Removed] = list(removed)
    length = 0  # of the parts joined, plus the separator the next paragraph will need
    for boundary in range(len(apart.paragraphs) + 1):
        for number in at.get(boundary, []):
            blocks[number] = replace(removed[number], position=length, kept=number in kept)
            if number in kept:
                parts.append(removed[number].text)
                length += len(removed[number].text) + len(SEPARATOR)
        if boundary < len(apart.paragraphs):
            parts.append(apart.paragraphs[boundary])
            length += len(apart.paragraphs[boundary]) + len(SEPARATOR)
    new_text = SEPARATOR.join(parts)
    clipped = [replace(b, position=min(b.position, len(new_text))) for b in blocks]
    return ArticleText(new_text, tuple(clipped), _captions(parts, captions), segment(new_text))


def _take_apart(text: str, removed: Sequence[Removed]) -> _Apart:
    """The paragraphs of ``text`` without its kept blocks, and where every block stood."""
    paragraphs = text.split(SEPARATOR)
    starts = list(accumulate((len(p) + len(SEPARATOR) for p in paragraphs[:-1]), initial=0))
    indexes = [bisect_left(starts, block.position) for block in removed]
    # A block counts as put back only if its paragraph really is there (a library edited
    # by hand, or an older engine's text, must not lose a paragraph of the article).
    kept_at = {
        index
        for index, block in zip(indexes, removed, strict=True)
        if block.kept and index < len(paragraphs) and paragraphs[index] == block.text
    }
    boundaries = [index - sum(1 for k in kept_at if k < index) for index in indexes]
    remaining = [p for i, p in enumerate(paragraphs) if i not in kept_at]
    return _Apart(remaining, boundaries)


def _captions(parts: list[str], styled: frozenset[str]) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for paragraph in parts:
        if is_caption(paragraph) or paragraph in styled:
            spans.append(Span(start, start + len(paragraph)))
        start += len(paragraph) + len(SEPARATOR)
    return tuple(spans)
