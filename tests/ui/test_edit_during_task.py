"""Details corrected in the library panel while a task runs are shown when it ends.

A journalist starts a comparison (or an import) and, while it runs, corrects an article's
title and outlet in the library panel. When the task ends, the corrected details must be
what the window shows, in the list and in the column headers: the task read the article
before it was corrected, and its result must not put the old details back.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.test_metadata_edit import _answer
from tests.ui.test_sessions_window import WAIT
from ui.library.metadata_edit import current_values
from ui.library.model import ID_ROLE
from ui.main_window import MainWindow

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"
CORRECTED = {"title": "Corrected while comparing", "outlet": "Corrected Wire"}


def _listed_titles(window: MainWindow) -> dict[int, str]:
    model = window.library_panel.model
    rows = range(model.rowCount())
    return {model.data(model.index(r, 0), ID_ROLE): model.data(model.index(r, 0)) for r in rows}


def _edit_in_panel(window: MainWindow, article_id: int, fields: dict[str, str]) -> None:
    window.library_panel.select_ids([article_id])
    _answer(fields)
    window.actions_by_name["edit_details"].trigger()


def test_details_corrected_while_comparing_are_in_the_columns_at_the_end(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    window.resize(1400, 900)
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:3]])]
    assert None not in ids
    window.library_panel.refresh()
    before = current_values(library.get(1))
    corrected: list[bool] = []

    def correct_once_comparing(value: int) -> None:
        # The engine reports progress once it has read the articles: the correction comes
        # after that read and before the result is taken in, whatever the machine's speed.
        if value > 0 and not corrected:
            corrected.append(window.session.attached is None)
            window.correct_details(1, before, CORRECTED)  # what the panel's dialog does on OK

    window.task_status.bar.valueChanged.connect(correct_once_comparing)
    window.open_articles([i for i in ids if i is not None])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=WAIT)
    qtbot.wait(100)
    assert corrected == [True]  # while the comparison was still under way
    header = window.area.view.panes[0].header
    assert header.full_title == CORRECTED["title"]
    assert "Corrected Wire" in header.details.text()
    assert _listed_titles(window)[1] == CORRECTED["title"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "edited_while_comparing.png"))


def test_details_corrected_while_importing_are_listed_at_the_end(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    [first] = import_all(library, [str(samples[0])])
    assert first.article_id is not None
    window.library_panel.refresh()
    window.importer.import_inputs([str(p) for p in samples[1:]], open_after=False)
    assert window.runner.is_busy()
    _edit_in_panel(window, first.article_id, {"title": "Corrected while importing"})
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=WAIT)
    qtbot.wait(100)
    listed = _listed_titles(window)
    assert len(listed) == len(samples)
    assert listed[first.article_id] == "Corrected while importing"
