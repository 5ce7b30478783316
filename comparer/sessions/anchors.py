"""Anchors: pointing at sentences and differences by their text, and finding them again.

Indexes and offsets change whenever an engine upgrade cleans or splits an article a little
differently; the text of a sentence, and the words a difference is about, do not. An anchor
therefore names the article by content hash and the thing by its text (plus a count to
tell identical ones apart), and :func:`find_sentence` / :class:`DifferenceIndex` look
them up in a fresh comparison, falling back to looser matches before giving up.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import astuple, replace

from comparer.model import AlignmentGroup, Article, Comparison, Difference
from comparer.sessions.model import DifferenceAnchor, SentenceAnchor


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


def anchor_sentence(article: Article, index: int) -> SentenceAnchor:
    """The anchor of sentence ``index`` (a position in ``article.sentences``)."""
    text = article.sentences[index].text
    before = sum(1 for s in article.sentences[:index] if s.text == text)
    return SentenceAnchor(article.content_hash, text, before)


def find_sentence(article: Article, anchor: SentenceAnchor) -> int | None:
    """Where the anchored sentence is now: same text, then same words, then containment."""
    if anchor.article != article.content_hash:
        return None
    for same in (_exact, _loose, _inside):
        found = [i for i, s in enumerate(article.sentences) if same(s.text, anchor.text)]
        if found:
            return found[min(anchor.occurrence, len(found) - 1)]
    return None


def _exact(sentence: str, wanted: str) -> bool:
    return sentence == wanted


def _loose(sentence: str, wanted: str) -> bool:
    return _squeeze(sentence) == _squeeze(wanted)


def _inside(sentence: str, wanted: str) -> bool:
    # A newer splitter may have merged the sentence with a neighbour.
    return bool(wanted.strip()) and _squeeze(wanted) in _squeeze(sentence)


def difference_anchors(comparison: Comparison) -> tuple[DifferenceAnchor, ...]:
    """One anchor per difference of ``comparison``, in the same order."""
    by_key = {c.key: c.article for c in comparison.articles}
    seen: Counter[DifferenceAnchor] = Counter()
    anchors = []
    for difference in comparison.differences:
        bare = _bare_anchor(difference, by_key)
        anchors.append(replace(bare, occurrence=seen[bare]))
        seen[bare] += 1
    return tuple(anchors)


def _bare_anchor(d: Difference, by_key: dict[str, Article]) -> DifferenceAnchor:
    article = by_key[d.article]
    sentence = article.sentence_at(d.start)
    other = by_key.get(d.counterpart.article) if d.counterpart else None
    return DifferenceAnchor(
        article=article.content_hash,
        kind=d.kind.value,
        type=d.type,
        text=d.text,
        context=sentence.text if sentence else "",
        counterpart=other.content_hash if other else "",
        counterpart_text=d.counterpart.text if d.counterpart else "",
    )


def _loose_key(anchor: DifferenceAnchor) -> tuple[str, ...]:
    return (anchor.article, anchor.kind, anchor.type, _squeeze(anchor.text), anchor.counterpart)


class DifferenceIndex:
    """Finds the differences of one comparison that an anchor points at."""

    def __init__(self, anchors: tuple[DifferenceAnchor, ...]) -> None:
        """Index the anchors of a comparison's differences (see :func:`difference_anchors`)."""
        self._exact = {anchor: i for i, anchor in enumerate(anchors)}
        self._loose: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, anchor in enumerate(anchors):
            self._loose[_loose_key(anchor)].append(i)

    def find(self, anchor: DifferenceAnchor) -> int | None:
        """The index of the difference ``anchor`` means, or None when it is gone.

        Without an exact match, a difference saying the same thing in the same article is
        accepted only if it is the only one, so a decision never lands on the wrong one.
        """
        exact = self._exact.get(anchor)
        if exact is not None:
            return exact
        loose = self._loose.get(_loose_key(anchor), [])
        return loose[0] if len(loose) == 1 else None


def _member_anchors(
    group: AlignmentGroup, sentences: dict[str, list[SentenceAnchor]]
) -> list[tuple[object, ...]]:
    return [astuple(sentences[m.article][i]) for m in group.members for i in m.sentences]


def result_digest(comparison: Comparison) -> str:
    """A fingerprint of what a comparison found, blind to indexes and article order."""
    sentences = {
        c.key: [anchor_sentence(c.article, i) for i in range(len(c.article.sentences))]
        for c in comparison.articles
    }
    groups = sorted(
        json.dumps([g.relation.value, *sorted(_member_anchors(g, sentences))])
        for g in comparison.groups
    )
    differences = sorted(json.dumps(astuple(a)) for a in difference_anchors(comparison))
    return hashlib.sha256(json.dumps([groups, differences]).encode()).hexdigest()
