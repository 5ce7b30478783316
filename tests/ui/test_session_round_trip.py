"""A three-report session reopens as the reviewer left it, the splitters included.

A reviewer links two sentences and separates two others, widens one column to read it,
gives the tabs below more room, picks a key difference, marks, notes and bookmarks
findings, scrolls and changes tab; after saving, closing and reopening every one of these
is back, and the column widths are not reset to equal thirds.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.model import Kind
from comparer.storage import Library
from tests.ui.conftest import Answers, open_window
from tests.ui.test_sessions_window import WAIT, review_some, select, what_the_reviewer_sees
from ui.main_window import MainWindow


def _proportions(sizes: list[int]) -> list[float]:
    return [round(size / sum(sizes), 2) for size in sizes]


def _pick(window: MainWindow, picks: tuple[tuple[str, int], ...]) -> None:
    """Put the cursor in these sentences, one column after the other, as a reader clicks."""
    texts = window.area.view.texts
    for key, index in picks:
        cursor = texts[key].textCursor()
        cursor.setPosition(texts[key]._sentences[index][0] + 1)
        texts[key].setTextCursor(cursor)
        texts[key].focused.emit()


def _relink(
    qtbot: QtBot, window: MainWindow, action: str, picks: tuple[tuple[str, int], ...]
) -> None:
    before = window.area.comparison
    _pick(window, picks)
    window.actions_by_name[action].trigger()
    qtbot.waitUntil(lambda: window.area.comparison is not before, timeout=WAIT)


def _looked_at(window: MainWindow) -> dict[str, object]:
    area = window.area
    return {
        **what_the_reviewer_sees(window),
        "key": area.picked_key_explanation(),
        "scroll": area.scroll_position(),
        "columns wide": _proportions(area.view.splitter.sizes()),
        "tabs high": _proportions(area.split.sizes()),
    }


def test_three_reports_reopen_with_their_splitters_as_left(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers
) -> None:
    window = open_window(qtbot, library)
    window.resize(1500, 950)
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:3]])]
    window.library_panel.refresh()
    window.open_articles([i for i in ids if i])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    area = window.area
    assert area.comparison is not None
    last_a = len(area.comparison.articles[0].article.sentences) - 1
    _relink(qtbot, window, "link", (("A", last_a), ("C", 0)))
    grouped = next(
        g for g in area.comparison.groups if {m.article for m in g.members} >= {"A", "B"}
    )
    a, b = (next(m.sentences[0] for m in grouped.members if m.article == k) for k in "AB")
    _relink(qtbot, window, "separate", (("A", a), ("B", b)))
    assert window.session.session is not None and len(window.session.session.links) == 2
    number, _ = review_some(window, answers)
    area.panel.set_filter(kind=Kind.NUMBER)
    select(window, number)
    assert area.comparison is not None
    area.view.splitter.setSizes([200, 350, 500])
    area.split.setSizes([500, 300])
    qtbot.wait(50)
    key = next(k for k in area.comparison.key_differences if k.differences)
    area.pick_key(key.explanation)
    assert area.picked_key_explanation() == key.explanation
    area.set_tab_index(area.tabs.indexOf(area.events))
    qtbot.wait(50)
    answers.texts.append("Three reports")
    window.actions_by_name["save"].trigger()
    before = _looked_at(window)
    assert before["columns wide"] != [0.33, 0.33, 0.33]
    window.close()

    again = open_window(qtbot, library)
    again.resize(1500, 950)
    again.session_actions.open_named("Three reports")
    qtbot.waitUntil(lambda: again.area.panel.current_difference() is not None, timeout=WAIT)
    qtbot.wait(50)
    assert _looked_at(again) == before
    assert again.session.session is not None and len(again.session.session.links) == 2
