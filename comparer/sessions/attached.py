"""A session laid over a comparison: the light record the window and reports read.

:class:`Attached` and :func:`attach` need only the session records and the anchors, not
the comparison engine, so the window can name and show a result (and the reports can
be written) without loading it; :mod:`comparer.sessions.attach` runs the engine and
hands its comparison here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from comparer.model import (
    Article,
    Comparison,
    Difference,
    EventDecision,
    SentenceLink,
    article_key,
)
from comparer.sessions.anchors import (
    DifferenceIndex,
    difference_anchors,
    find_sentence,
    result_digest,
)
from comparer.sessions.edit import accept
from comparer.sessions.model import (
    Bookmark,
    Decision,
    DifferenceAnchor,
    EventChoice,
    Link,
    Note,
    ReviewState,
    SentenceAnchor,
    Session,
    Target,
)

Orphan = Decision | Note | Bookmark | Link


@dataclass(frozen=True, slots=True)
class Attached:
    """A session over a comparison: the state of every difference and what was lost.

    ``anchors`` and ``states`` run parallel to ``comparison.differences``.
    """

    session: Session
    comparison: Comparison
    anchors: tuple[DifferenceAnchor, ...]
    states: tuple[ReviewState, ...]
    orphans: tuple[Orphan, ...]
    finder: DifferenceIndex
    digest: str  # the fingerprint of ``comparison`` (see anchors.result_digest)

    @property
    def engine_changed(self) -> bool:
        """Whether the comparison comes from another engine than the one reviewed."""
        return self.session.engine_version != self.comparison.engine_version

    @property
    def result_changed(self) -> bool:
        """Whether the comparison found something else than the result reviewed."""
        return self.session.result_digest != self.digest

    def notes_on(self, index: int) -> tuple[Note, ...]:
        """The notes on difference ``index``."""
        return tuple(n for n in self.session.notes if self._points_at(n.target, index))

    def decision_on(self, index: int) -> Decision | None:
        """The verdict given difference ``index`` (who gave it and when), if any."""
        return next(
            (d for d in self.session.decisions if self.finder.find(d.anchor) == index), None
        )

    def bookmarked(self, index: int) -> bool:
        """Whether the reviewer bookmarked difference ``index``."""
        return any(self._points_at(b.target, index) for b in self.session.bookmarks)

    def session_notes(self) -> tuple[Note, ...]:
        """The notes on the whole session."""
        return tuple(n for n in self.session.notes if n.target is None)

    def anchor_of(self, difference: Difference) -> DifferenceAnchor:
        """The anchor of one of this comparison's differences."""
        return self.anchors[self.comparison.differences.index(difference)]

    def difference_for(self, anchor: DifferenceAnchor) -> Difference | None:
        """The difference of this comparison an anchor points at, if it is still there."""
        found = self.finder.find(anchor)
        return None if found is None else self.comparison.differences[found]

    def _points_at(self, target: Target, index: int) -> bool:
        return isinstance(target, DifferenceAnchor) and self.finder.find(target) == index

    def relevant(self) -> tuple[int, ...]:
        """Indexes of the differences the reviewer marked relevant."""
        return tuple(i for i, s in enumerate(self.states) if s is ReviewState.RELEVANT)

    def shown(self, relevant_only: bool) -> tuple[int, ...]:
        """Indexes of the differences a report shows: all, or only the relevant ones."""
        return self.relevant() if relevant_only else tuple(range(len(self.states)))

    def pointed_at(self, targets: Iterable[Target]) -> frozenset[int]:
        """Indexes of the differences that notes' or bookmarks' ``targets`` point at."""
        found = (self.finder.find(t) for t in targets if isinstance(t, DifferenceAnchor))
        return frozenset(i for i in found if i is not None)

    def attended(self) -> frozenset[int]:
        """Indexes of the differences the reviewer gave a verdict, a note or a bookmark."""
        given = {i for i, s in enumerate(self.states) if s is not ReviewState.OPEN}
        marks: tuple[Note | Bookmark, ...] = (*self.session.notes, *self.session.bookmarks)
        return frozenset(given) | self.pointed_at(m.target for m in marks)

    def reported(self, relevant_only: bool, show_minor: bool) -> tuple[int, ...]:
        """The differences an HTML or PDF report shows: those of :meth:`shown`, less the
        minor findings the window hides (unless ``show_minor``, the window's switch, is on
        or the reviewer attended to them)."""
        shown = self.shown(relevant_only)
        if show_minor:
            return shown
        attended = self.attended()
        diffs = self.comparison.differences
        return tuple(i for i in shown if not diffs[i].minor or i in attended)

    def with_session(self, session: Session) -> Attached:
        """The same comparison under another version of the session (its links unchanged).

        Reuses this comparison's anchors, so a review action costs a lookup per decision
        rather than a new comparison; a change of links needs :func:`compare_session`.
        """
        return _attach(session, self.comparison, self.anchors, self.finder, self.digest)

    def accepted(self) -> Attached:
        """This comparison taken as the result the session reviews (see ``edit.accept``)."""
        return self.with_session(accept(self.session, self.comparison, self.digest))


def resolve_links(
    session: Session, articles: Sequence[Article]
) -> tuple[tuple[SentenceLink, ...], tuple[Link, ...]]:
    """The session's links at today's sentence indexes, and those that found no sentence."""
    keyed = {a.content_hash: (article_key(i), a) for i, a in enumerate(articles)}
    found: list[SentenceLink] = []
    lost: list[Link] = []
    for link in session.links:
        a, b = _place(keyed, link.a), _place(keyed, link.b)
        if a is None or b is None:
            lost.append(link)
        else:
            found.append(SentenceLink(a[0], a[1], b[0], b[1], link.linked))
    return tuple(found), tuple(lost)


def resolve_events(
    events: Sequence[EventChoice], articles: Sequence[Article]
) -> tuple[EventDecision, ...]:
    """The reviewer's event choices under today's article keys (articles no longer
    compared are left out of each)."""
    keys = {a.content_hash: article_key(i) for i, a in enumerate(articles)}
    return tuple(
        EventDecision(tuple(keys[h] for h in e.articles if h in keys), e.together) for e in events
    )


def _place(keyed: dict[str, tuple[str, Article]], anchor: SentenceAnchor) -> tuple[str, int] | None:
    if anchor.article not in keyed:
        return None
    key, article = keyed[anchor.article]
    index = find_sentence(article, anchor)
    return None if index is None else (key, index)


def attach(session: Session, comparison: Comparison) -> Attached:
    """Find the session's decisions, notes and bookmarks in ``comparison``."""
    anchors = difference_anchors(comparison)
    return _attach(
        session, comparison, anchors, DifferenceIndex(anchors), result_digest(comparison)
    )


def _attach(
    session: Session,
    comparison: Comparison,
    anchors: tuple[DifferenceAnchor, ...],
    index: DifferenceIndex,
    digest: str,
) -> Attached:
    states = [ReviewState.OPEN] * len(anchors)
    orphans: list[Orphan] = []
    for decision in session.decisions:
        at = index.find(decision.anchor)
        if at is None:
            orphans.append(decision)
        else:
            states[at] = decision.state
    articles = {c.article.content_hash: c.article for c in comparison.articles}
    marks: tuple[Note | Bookmark, ...] = (*session.notes, *session.bookmarks)
    orphans.extend(m for m in marks if not _findable(m.target, index, articles))
    _, lost = resolve_links(session, [c.article for c in comparison.articles])
    return Attached(
        session=session,
        comparison=comparison,
        anchors=anchors,
        states=tuple(states),
        orphans=(*orphans, *lost),
        finder=index,
        digest=digest,
    )


def _findable(target: Target, index: DifferenceIndex, articles: dict[str, Article]) -> bool:
    if target is None:
        return True
    if isinstance(target, DifferenceAnchor):
        return index.find(target) is not None
    article = articles.get(target.article)
    return article is not None and find_sentence(article, target) is not None
