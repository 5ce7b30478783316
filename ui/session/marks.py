"""The review marks of the comparison shown, read from a session laid over it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from comparer.model import Difference
from comparer.sessions import ReviewState, Target
from ui.compare.review import ReviewMarks

if TYPE_CHECKING:
    from comparer.sessions.attach import Attached


def marks_of(attached: Attached) -> ReviewMarks:
    """Each reviewed difference's state, and which differences carry notes or bookmarks."""
    differences = attached.comparison.differences
    states = {
        differences[i]: state
        for i, state in enumerate(attached.states)
        if state is not ReviewState.OPEN
    }
    noted = _found(attached, [n.target for n in attached.session.notes])
    marked = _found(attached, [b.target for b in attached.session.bookmarks])
    return ReviewMarks(states, frozenset(noted), frozenset(marked), _given(attached))


def _given(attached: Attached) -> dict[Difference, tuple[str, datetime | None]]:
    """Who gave each verdict and when, by the difference it is on."""
    given = {}
    for decision in attached.session.decisions:
        difference = attached.difference_for(decision.anchor)
        if difference is not None:
            given[difference] = (decision.by, decision.at)
    return given


def _found(attached: Attached, targets: list[Target]) -> list[Difference]:
    return [attached.comparison.differences[i] for i in attached.pointed_at(targets)]
