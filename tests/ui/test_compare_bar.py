"""Selecting two or more articles offers a visible Compare button that compares them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from ui.main_window import MainWindow


def test_selecting_articles_offers_a_compare_button(
    qtbot: QtBot, window: MainWindow, library: Library, samples: list[Path]
) -> None:
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:3]])]
    window.library_panel.refresh()
    bar = window.area.compare_bar
    window.library_panel.select_ids([ids[0]])
    assert not bar.isVisible()
    window.library_panel.select_ids(ids[:2])
    assert bar.isVisible() and bar.label.text() == "2 articles selected"
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=20_000)
    attached = window.session.attached
    assert attached is not None
    assert [a.article.id for a in attached.comparison.articles] == ids[:2]
    assert not bar.isVisible()  # they are on screen now
    window.library_panel.select_ids(ids)
    assert bar.isVisible() and bar.label.text() == "3 articles selected"
