"""The user's say on events laid over the engine's grouping of articles into events.

The signatures of :mod:`comparer.align.events` can err: a report told from another angle
(the reactions, a profile) lands in an event of its own, or a look-alike joins. The
reviewer's :class:`~comparer.model.EventDecision` records then override the grouping, as
sentence links override the aligner: "these articles are one event" joins the events that
hold them, "these articles are an event apart" takes them out of theirs. Everything
downstream (wording, numbers, omissions, key differences) reads the events that result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from comparer.model import EventDecision


def decided(
    groups: Sequence[Sequence[int]],
    decisions: Sequence[EventDecision],
    position: Mapping[str, int],
) -> list[list[int]]:
    """``groups`` (article positions) after each decision, in order; keys not compared
    (``position`` maps the compared keys) are ignored."""
    result = [list(g) for g in groups]
    for decision in decisions:
        chosen = {position[k] for k in decision.articles if k in position}
        if not chosen:
            continue
        if decision.together:
            result = _joined(result, chosen)
        else:
            result = [[i for i in g if i not in chosen] for g in result] + [sorted(chosen)]
    return sorted(g for g in result if g)


def _joined(groups: list[list[int]], chosen: set[int]) -> list[list[int]]:
    """The groups holding any of ``chosen`` become one (with ``chosen`` itself)."""
    touched = [g for g in groups if chosen.intersection(g)]
    kept = [g for g in groups if not chosen.intersection(g)]
    return [*kept, sorted(chosen.union(*touched))]
