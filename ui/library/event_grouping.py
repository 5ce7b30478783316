"""Which event each of a few articles reports, asked of the engine off the GUI thread.

Imports and pastes need to know whether their articles report one event or several (so
that stories are never compared across events unasked). The grouping is the engine's own
(:func:`comparer.align.events.find_events`), never re-derived here; the articles' text is
read on the task runner from the library file, so the window never waits. Requests are
not keyed: each paste is checked on its own, none is dropped for a newer one. The places an
event names are shown as a reader writes them (:func:`shown_places`), here and in the
Events tab.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject

from comparer.model import Article
from comparer.progress import Progress
from comparer.storage import Library
from ui.notices import NoticeBar
from ui.tasks import TaskRunner

MAX_INITIALS = 3
"""Capitals of this many letters or fewer are initials ("UK", "UAE"), not a dateline's
place: four are a town as often ("ROME", "OSLO", "GAZA") as initials."""


@dataclass(frozen=True, slots=True)
class Report:
    """One article as the chooser names it."""

    id: int
    title: str
    outlet: str


@dataclass(frozen=True, slots=True)
class EventReports:
    """The articles the engine judged to report one event, in the order given."""

    reports: tuple[Report, ...]
    date: date | None
    places: tuple[str, ...]
    """Read as the reports write them, from :func:`group_articles`."""

    @property
    def ids(self) -> list[int]:
        return [r.id for r in self.reports]


def _report(article: Article) -> Report:
    title = article.meta.title or article.source
    return Report(article.id, title, article.meta.outlet)


def group_articles(articles: Sequence[Article]) -> list[EventReports]:
    """The events of ``articles``, the one with most reports first (then in given order)."""
    # The engine loads here, on the worker, the first time: it never delays the start.
    from comparer.align.events import find_events
    from comparer.align.prepared import prepare

    by_key = {str(a.id): a for a in articles}
    events = find_events([prepare(key, a) for key, a in by_key.items()])
    grouped = [
        EventReports(
            tuple(_report(by_key[k]) for k in e.articles),
            e.date,
            tuple(shown_places(e.places, [by_key[k].text for k in e.articles])),
        )
        for e in events
    ]
    return sorted(grouped, key=lambda g: -len(g.reports))


def _group_work(library_url: str, ids: list[int]) -> Callable[[Progress], list[EventReports]]:
    def work(progress: Progress) -> list[EventReports]:
        progress.step(0.0, "Grouping by event")
        with Library.open_existing(library_url) as library:
            articles = [library.get(i) for i in dict.fromkeys(ids)]
        return group_articles(articles)

    return work


def same_event(groups: Sequence[EventReports], ids: Sequence[int], others: Sequence[int]) -> bool:
    """Whether every article of ``ids`` shares its event with one of ``others``."""
    wanted = set(others)
    return all(any(wanted & set(g.ids) for g in groups if i in g.ids) for i in ids)


class EventGrouper(QObject):
    """Group articles by event in the background and hand the groups to a callback."""

    def __init__(self, library_url: str, runner: TaskRunner, notices: NoticeBar) -> None:
        super().__init__()
        self._library_url, self._runner, self._notices = library_url, runner, notices

    def group(self, ids: Sequence[int], then: Callable[[list[EventReports]], None]) -> None:
        """Call ``then`` with the events of ``ids``, once they are known."""
        self._runner.run(
            _group_work(self._library_url, list(ids)),
            on_done=then,
            on_error=lambda error: self._notices.add(f"Could not group by event: {error}"),
        )


def shown_places(places: Sequence[str], texts: Sequence[str] = ()) -> list[str]:
    """The places as a reader writes them, each once ("Damascus" read in the text as well):
    a dateline's capitals ("MCALLEN") as the ``texts`` write the place elsewhere ("McAllen"),
    else in title case ("Damascus", "Rome"), but initials of a few letters ("UK", "UAE") as
    they are."""
    shown: dict[str, str] = {}
    for place in places:
        written = _as_written(place, texts)
        shown.setdefault(written.casefold(), written)
    return list(shown.values())


def _as_written(place: str, texts: Sequence[str]) -> str:
    if not place.isupper():
        return place
    pattern = re.compile(rf"\b{re.escape(place)}\b", re.IGNORECASE)
    initials = len(place) <= MAX_INITIALS
    for text in texts:
        for match in pattern.finditer(text):
            # Capitalised but not all capitals: "McAllen", never the pronoun "us" for "US".
            if match[0][0].isupper() and not match[0].isupper():
                return match[0]
            # In capitals past the dateline too: initials ("a NATO liaison").
            initials = initials or (match[0] == place and bool(text[: match.start()].strip()))
    return place if initials else place.title()
