"""A saved page with no date of its own is listed undated, not on 1 January of a year its
text mentions (a 2018 report about "the 2016 election" was listed 2016-01-01)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.comparer.ingest.test_ingest_year_guess import page
from ui.main_window import MainWindow


def test_an_undated_page_is_listed_as_no_date(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    saved = tmp_path / "strzok.html"
    saved.write_bytes(page())
    window.importer.import_inputs([str(saved)], open_after=False)
    model = window.library_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    assert model.index(0, 2).data() == "no date"
