"""Look-ups over one :class:`~comparer.model.Comparison` that the comparison widgets share.

The engine hands over flat tuples; the columns, link maps and rulers each need them cut
another way (differences of one article, sentences of one article aligned with another's,
sentences no other report carries). This index makes those cuts once per comparison so
widgets ask instead of rescanning. It reads the engine's groups and spans as they are and
never computes a difference itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from comparer.model import AlignmentGroup, Article, Comparison, Difference, Headline, Relation
from ui.compare import palette


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences of two articles joined by one alignment group."""

    group: str
    relation: Relation
    left: tuple[int, ...]
    right: tuple[int, ...]


class ComparisonIndex:
    """Per-article views of a comparison, built once."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.keys = tuple(c.key for c in comparison.articles)
        self.articles: dict[str, Article] = {c.key: c.article for c in comparison.articles}
        self._differences: dict[str, list[Difference]] = defaultdict(list)
        for difference in comparison.differences:
            self._differences[difference.article].append(difference)
        self._links: dict[tuple[str, str], list[Link]] = {}
        self._event_of = {key: e.id for e in comparison.events for key in e.articles}
        self._shared: dict[str, set[int]] = defaultdict(set)
        for group in comparison.groups:
            self._note_shared(group)

    def _note_shared(self, group: AlignmentGroup) -> None:
        # A group holding one article's sentences only is not a match with anyone.
        if len({m.article for m in group.members if m.sentences}) < 2:
            return
        for member in group.members:
            self._shared[member.article].update(member.sentences)

    def differences(self, key: str) -> list[Difference]:
        """The differences found in article ``key``, in the engine's order."""
        return self._differences.get(key, [])

    def unshared(self, key: str) -> list[int]:
        """Indexes of article ``key``'s sentences that no other article carries."""
        shared = self._shared.get(key, set())
        return [s.index for s in self.articles[key].sentences if s.index not in shared]

    def links(self, left: str, right: str) -> list[Link]:
        """The groups joining articles ``left`` and ``right``, in ``left``'s order."""
        if (left, right) not in self._links:
            self._links[left, right] = self._find_links(left, right)
        return self._links[left, right]

    def _find_links(self, left: str, right: str) -> list[Link]:
        # Reports of different events are never set against each other: their shared
        # sentences (boilerplate, background) are drawn as `related`, the faint dotted band,
        # whatever the aligner called them. The events step reads those links, so they stay.
        apart = self._event_of.get(left) != self._event_of.get(right)
        found: list[Link] = []
        for group in self.comparison.groups:
            members = {m.article: m.sentences for m in group.members if m.sentences}
            if left in members and right in members:
                relation = Relation.RELATED if apart else group.relation
                found.append(Link(group.id, relation, members[left], members[right]))
        return sorted(found, key=lambda link: min(link.left))

    def also(self, left: str, right: str) -> list[Link]:
        """The comparison's also links between ``left`` and ``right``, as faint ``related`` bands.

        Not in :meth:`links`: the scroll levelling reads those, and a lede's link to a
        sentence far down the other report would tear the columns apart.
        """
        found: list[Link] = []
        for x in self.comparison.also:
            if (x.article_a, x.article_b) == (left, right):
                found.append(Link("", Relation.RELATED, (x.sentence_a,), (x.sentence_b,)))
            elif (x.article_b, x.article_a) == (left, right):
                found.append(Link("", Relation.RELATED, (x.sentence_b,), (x.sentence_a,)))
        return found

    def headline(self, key: str) -> Headline | None:
        """Article ``key``'s entry in the headline row, if the row has one for it."""
        row = self.comparison.headline
        found = [h for h in row.headlines if h.article == key] if row else []
        return found[0] if found else None

    def title(self, key: str) -> str:
        """A short name for article ``key``: its outlet, or its title, or the key."""
        return palette.article_name(self.articles[key]) or f"Article {key}"
