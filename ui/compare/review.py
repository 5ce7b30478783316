"""How the reviewer's verdicts look in the comparison: states, notes and bookmarks per difference.

:class:`ReviewMarks` is what the differences table and the columns need to know of a
session, keyed by the differences of the comparison shown, so the comparison widgets stay
ignorant of sessions and anchors. Labels carry a symbol as well as a word, so a state is
never told by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from comparer.model import Difference
from comparer.sessions.model import ReviewState

STATE_LABELS = {
    ReviewState.OPEN: "",
    ReviewState.RELEVANT: "✔ Relevant",
    ReviewState.DISMISSED: "✘ Dismissed",
}
FILTER_LABELS = {state: state.value.capitalize() for state in ReviewState}
NOTE_MARK, BOOKMARK_MARK = "✎", "★"
WIDEST_REVIEW = f"{STATE_LABELS[ReviewState.DISMISSED]} {NOTE_MARK} {BOOKMARK_MARK}"


@dataclass(frozen=True)
class ReviewMarks:
    """The state of every reviewed difference and which ones carry notes or bookmarks."""

    states: dict[Difference, ReviewState] = field(default_factory=dict)
    noted: frozenset[Difference] = frozenset()
    bookmarked: frozenset[Difference] = frozenset()
    given: dict[Difference, tuple[str, datetime | None]] = field(default_factory=dict)

    def given_by(self, difference: Difference) -> str:
        """Who gave ``difference`` its verdict and when, in words ("" when not known)."""
        by, at = self.given.get(difference, ("", None))
        when = f" on {at.astimezone().strftime('%Y-%m-%d %H:%M')}" if at else ""
        if not (by or when) or self.state(difference) is ReviewState.OPEN:
            return ""
        return f"{FILTER_LABELS[self.state(difference)]}: marked by {by or 'someone'}{when}"

    def state(self, difference: Difference) -> ReviewState:
        """What the reviewer made of ``difference`` (open unless decided)."""
        return self.states.get(difference, ReviewState.OPEN)

    def dismissed(self) -> frozenset[Difference]:
        """The differences the reviewer dismissed."""
        return frozenset(d for d, state in self.states.items() if state is ReviewState.DISMISSED)

    def label(self, difference: Difference) -> str:
        """The review cell of the differences table: state word, then note and bookmark."""
        parts = [STATE_LABELS[self.state(difference)]]
        if difference in self.noted:
            parts.append(NOTE_MARK)
        if difference in self.bookmarked:
            parts.append(BOOKMARK_MARK)
        return " ".join(p for p in parts if p)


NO_MARKS = ReviewMarks()
