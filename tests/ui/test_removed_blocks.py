"""Putting removed page furniture back from Edit Article Details: shown with its reason,
ticked back into the text, undone and redone, with an open comparison compared again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from ui.library.metadata_edit import MetadataDialog
from ui.library.removed_blocks import RemovedList
from ui.main_window import MainWindow

TEASER = "More than 256 thousand students"  # sample 004's "Check Also" teaser


def _tick(rows: list[int], seen: list[str]) -> None:
    """When the details dialog opens, note its removed list, tick ``rows``, press OK."""

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MetadataDialog)
        listed = dialog.removed
        seen.extend(listed.item(row).text() for row in range(listed.count()))
        for row in rows:
            listed.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    QTimer.singleShot(50, tick)


def _wait_teaser_shown(qtbot: QtBot, window: MainWindow, in_body: bool) -> None:
    """Wait until the article shown alone (read on a worker) has the teaser in its text
    (``in_body``) or listed as removed furniture under it, not both."""

    def placed() -> bool:
        shown = window.area.article_view.toPlainText()
        body, _, listed = shown.partition("Removed page furniture")
        return (TEASER in body) == in_body and (TEASER in listed) != in_body

    qtbot.waitUntil(placed, timeout=5000)


def test_a_ticked_block_goes_back_into_the_text_undoably(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    [outcome] = import_all(library, [str(samples[4])])
    article_id = outcome.article_id
    assert article_id is not None
    before = library.get(article_id)
    window.library_panel.refresh()
    window.library_panel.select_ids([article_id])
    seen: list[str] = []
    _tick([1], seen)
    window.actions_by_name["edit_details"].trigger()
    assert seen[1].startswith("Teaser — Check Also More than 256 thousand")
    assert seen[0].startswith("Headline — ")
    now = library.get(article_id)
    assert TEASER in now.text and [b.kept for b in now.removed] == [False, True]
    _wait_teaser_shown(qtbot, window, in_body=True)
    window.actions_by_name["undo"].trigger()
    assert library.get(article_id).text == before.text
    _wait_teaser_shown(qtbot, window, in_body=False)
    window.actions_by_name["redo"].trigger()
    assert TEASER in library.get(article_id).text


def test_an_open_comparison_shows_the_block_put_back(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    outcomes = import_all(library, [str(samples[0]), str(samples[4])])
    ids = [o.article_id for o in outcomes if o.article_id is not None]
    window.library_panel.refresh()
    window.open_articles(ids)
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=20000)
    comparison = window.area.comparison
    assert TEASER not in window.area.view.texts["B"].toPlainText()
    _tick([1], [])
    window.edit_details(ids[1])
    qtbot.waitUntil(lambda: window.area.comparison is not comparison, timeout=20000)
    qtbot.waitUntil(lambda: TEASER in window.area.view.texts["B"].toPlainText(), timeout=20000)
    assert window.session.attached is not None


DARK = {"Window": "#2b2b2b", "Base": "#1e1e1e", "Text": "#e6e6e6", "WindowText": "#e6e6e6"}
LIGHT = {"Window": "#efefef", "Base": "#ffffff", "Text": "#000000", "WindowText": "#000000"}


@pytest.mark.parametrize("colours", [DARK, LIGHT], ids=["dark", "light"])
def test_the_tick_boxes_stand_out_from_the_list(
    qtbot: QtBot, library: Library, samples: list[Path], colours: dict[str, str]
) -> None:
    """An empty box's outline differs from the list's background by a quarter of the scale
    at least. In a dark theme Fusion drew it from the window colour, a shade off the
    background (#222222 on #1e1e1e): a user could not see which blocks there were to tick."""
    [outcome] = import_all(library, [str(samples[4])])
    assert outcome.article_id is not None
    listed = RemovedList(library.get(outcome.article_id))
    qtbot.addWidget(listed)
    themed = listed.palette()
    for role, colour in colours.items():
        themed.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    listed.setPalette(themed)
    listed.resize(500, 200)
    listed.show()
    row = listed.visualItemRect(listed.item(0))
    image = listed.viewport().grab().toImage()
    base = QColor(colours["Base"]).lightnessF()
    box = [  # the box sits before the text, in the row's first 20 pixels
        abs(image.pixelColor(x, y).lightnessF() - base)
        for x in range(row.left(), row.left() + 20)
        for y in range(row.top(), row.bottom())
    ]
    assert listed.item(0).checkState() == Qt.CheckState.Unchecked
    assert max(box) >= 0.25
