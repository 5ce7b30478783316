"""Align the sentences of several prepared articles into numbered groups.

This is the alignment step of a comparison: score all sentence pairs, apply the user's
links, draw edges (:mod:`aligner`), settle them into groups (:mod:`groups`), number the
groups G1, G2, ... in reading order, and list each article's sentences that matched
nothing (:mod:`comparer.unmatched`: "only in this report", the omission candidates).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from comparer.align.aligner import (
    Constraint,
    Edge,
    Layout,
    best_logits,
    candidates,
    edges_of,
    forced_edges,
    lede_ranks,
    mutual_best,
    near_best,
)
from comparer.align.also import also_links
from comparer.align.features import SentenceSet
from comparer.align.groups import Rules, settle, to_group
from comparer.align.prepared import PreparedArticle
from comparer.align.quotes import quote_edges
from comparer.align.similarity import DEFAULT_METHOD, Method
from comparer.align.splits import split_edges
from comparer.model import AlignmentGroup, AlsoLink, Relation, SentenceLink
from comparer.unmatched import unmatched


@dataclass(frozen=True, slots=True)
class Alignment:
    """The groups, per article key the sentence indices no group holds, the also links."""

    groups: tuple[AlignmentGroup, ...]
    unmatched: Mapping[str, tuple[int, ...]]
    also: tuple[AlsoLink, ...] = ()


def layout_of(prepared: Sequence[PreparedArticle]) -> Layout:
    """Flat positions of every article's sentences."""
    offsets = [0]
    for p in prepared:
        offsets.append(offsets[-1] + len(p.bags))
    return Layout(tuple(offsets))


def constraints_of(
    links: Sequence[SentenceLink], prepared: Sequence[PreparedArticle], layout: Layout
) -> list[Constraint]:
    """User links as flat-index constraints; links naming unknown sentences are ignored."""
    position = {p.key: i for i, p in enumerate(prepared)}
    out = []
    for link in links:
        a, b = position.get(link.article_a), position.get(link.article_b)
        if a is None or b is None or a == b:
            continue
        if not (0 <= link.sentence_a < len(prepared[a].bags)):
            continue
        if not (0 <= link.sentence_b < len(prepared[b].bags)):
            continue
        left, right = layout.flat(a, link.sentence_a), layout.flat(b, link.sentence_b)
        out.append(Constraint(min(left, right), max(left, right), link.linked))
    return out


def align(
    prepared: Sequence[PreparedArticle],
    links: Sequence[SentenceLink] = (),
    method: Method = DEFAULT_METHOD,
) -> Alignment:
    """Group the sentences of the articles that carry the same information.

    ``method`` is kept for callers of the old signature; the learned scorer decides now.
    """
    del method
    layout = layout_of(prepared)
    texts = _texts(prepared)
    sentences = SentenceSet.of([b for p in prepared for b in p.bags], texts)
    constraints = constraints_of(links, prepared, layout)
    ranks = lede_ranks(texts, layout)
    scored = candidates(sentences, layout, ranks)
    best = best_logits(scored, layout)
    same, related = edges_of(scored, best, constraints)
    same += split_edges(sentences, scored, layout) + forced_edges(sentences, constraints)
    linked = {(e[0], e[1]) for e in same}
    same += [e for e in quote_edges(texts, sentences, layout, scored) if e[:2] not in linked]
    rules = Rules(
        frozenset((c.left, c.right) for c in constraints if not c.linked),
        frozenset((c.left, c.right) for c in constraints if c.linked),
    )
    owner: list[int] = layout.article_of().tolist()

    def keys(flat: int) -> tuple[str, ...]:
        return prepared[owner[flat]].keys(flat - layout.offsets[owner[flat]])

    names = [p.key for p in prepared]
    settled = settle(same, layout, rules)
    groups = [to_group(c, layout, keys, names) for c in settled]
    taken = {n for c in settled for e in c for n in e[:2]}
    loose = [e for e in related if e[0] not in taken and e[1] not in taken]
    groups += [to_group(c, layout, keys, names, True) for c in settle(loose, layout, rules)]
    near, mutual = near_best(scored, best), mutual_best(scored, best)
    extra = also_links(scored, near, owner, settled, rules.forbidden, mutual, best, ranks)
    also = tuple(_also(e, owner, layout.offsets, names) for e in extra)
    return Alignment(_numbered(groups, names), unmatched(prepared, groups), also)


def _also(
    edge: Edge, owner: Sequence[int], offsets: Sequence[int], names: Sequence[str]
) -> AlsoLink:
    """A flat-index pair as an :class:`AlsoLink` between two articles' sentences."""
    a, b = owner[edge[0]], owner[edge[1]]
    return AlsoLink(
        names[a],
        edge[0] - offsets[a],
        names[b],
        edge[1] - offsets[b],
        Relation.PARTIAL,
        round(edge[2], 3),
    )


def _texts(prepared: Sequence[PreparedArticle]) -> list[str]:
    return [p.article.text[s.start : s.end] for p in prepared for s in p.article.sentences]


def _numbered(groups: list[AlignmentGroup], names: list[str]) -> tuple[AlignmentGroup, ...]:
    def reading_order(g: AlignmentGroup) -> tuple[int, int]:
        first = g.members[0]
        return names.index(first.article), first.sentences[0]

    ordered = sorted(groups, key=reading_order)
    return tuple(replace(g, id=f"G{i}") for i, g in enumerate(ordered, 1))
