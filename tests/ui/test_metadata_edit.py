"""Correcting an article's details in the window: from the library panel and the column
header, undoable, with the comparison redone and the extracted value kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.ingest import extract_text
from comparer.storage import Library
from tests.ui.conftest import shown_text
from ui.library.metadata_edit import MetadataDialog
from ui.main_window import MainWindow


def _answer(fields: dict[str, str]) -> None:
    """Fill the details dialog when it opens, then press OK (as a user would)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MetadataDialog)
        for field, value in fields.items():
            dialog.edits[field].setText(value)
        dialog.accept()

    QTimer.singleShot(50, fill)


def test_edit_from_the_library_panel_and_undo(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    [outcome] = import_all(library, [str(samples[0])])
    assert outcome.article_id is not None
    first = library.get(outcome.article_id).meta
    window.library_panel.refresh()
    window.library_panel.select_ids([outcome.article_id])
    _answer({"outlet": "Corrected Outlet", "published": "2017-11-12"})
    table = window.library_panel.table
    assert window.actions_by_name["edit_details"] in table.actions()  # its right-click menu
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.actions_by_name["edit_details"].trigger()
    assert library.get(outcome.article_id).meta.outlet == "Corrected Outlet"
    assert window.library_panel.model.article_at(0).outlet == "Corrected Outlet"
    assert library.extracted_values(outcome.article_id)["outlet"] == first.outlet
    window.actions_by_name["undo"].trigger()
    assert library.get(outcome.article_id).meta.outlet == first.outlet
    assert window.library_panel.model.article_at(0).outlet == first.outlet
    window.actions_by_name["redo"].trigger()
    assert library.get(outcome.article_id).meta.published.isoformat() == "2017-11-12"


def test_a_bad_date_keeps_the_dialog_open(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> None:
    [outcome] = import_all(library, [str(samples[0])])
    assert outcome.article_id is not None
    dialog = MetadataDialog(library.get(outcome.article_id), {})
    qtbot.addWidget(dialog)
    dialog.edits["published"].setText("12/11/2017")
    dialog.accept()
    assert dialog.result() != MetadataDialog.DialogCode.Accepted
    assert "YYYY-MM-DD" in dialog.error.text()


def test_double_clicking_a_column_header_edits_and_compares_again(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    outcomes = import_all(library, [str(p) for p in samples[:2]])
    ids = [o.article_id for o in outcomes if o.article_id is not None]
    window.library_panel.refresh()
    window.open_articles(ids)
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=20000)
    header = window.area.view.panes[0].header
    _answer({"title": "A corrected headline", "outlet": "Wire"})
    qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    qtbot.waitUntil(
        lambda: window.area.view.panes[0].header.full_title == "A corrected headline",
        timeout=20000,
    )
    assert "Wire" in window.area.view.panes[0].header.details.text()


def test_a_language_that_is_no_code_keeps_the_dialog_open(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> None:
    [outcome] = import_all(library, [str(samples[0])])
    assert outcome.article_id is not None
    dialog = MetadataDialog(library.get(outcome.article_id), {})
    qtbot.addWidget(dialog)
    dialog.edits["title"].setText("Kept while the language is put right")
    dialog.edits["language"].setText("English")
    dialog.accept()
    assert dialog.result() != MetadataDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Language must be a code such as en")
    dialog.edits["language"].setText("en-GB")
    dialog.accept()
    assert dialog.result() == MetadataDialog.DialogCode.Accepted
    assert dialog.changes()["title"] == "Kept while the language is put right"


def test_a_column_header_offers_its_edit_and_marks_what_was_corrected(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """A right-click on a column header offered nothing (the double-click was told only in
    a tooltip), and a corrected date looked like one the file gave: now the header's menu
    edits, a pencil marks the corrected column, and the header's and the list's tooltips
    say what import read; undone, the mark goes."""
    outcomes = import_all(library, [str(p) for p in samples[:2]])
    ids = [o.article_id for o in outcomes if o.article_id is not None]
    first = library.get(ids[1]).meta
    window.library_panel.refresh()
    window.open_articles(ids)
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=20000)
    header = window.area.view.panes[1].header
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    [edit] = header.actions()
    assert edit.text() == "Edit Details of B…"
    assert "✎" not in header.details.text()
    _answer({"published": "2017-11-13", "outlet": "Wire"})
    edit.trigger()
    qtbot.waitUntil(
        lambda: "Wire" in window.area.view.panes[1].header.details.text(), timeout=20000
    )
    header = window.area.view.panes[1].header
    assert header.details.text().startswith("B ✎ · Wire")
    said = shown_text(header.details.toolTip())
    assert said.endswith(
        f"Corrected by hand: outlet (import read “{first.outlet}”), "
        f"date (import read “{first.published}”)"
    ), said
    model = window.library_panel.model
    row = model.rows_of([ids[1]])[ids[1]]
    listed = shown_text(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Corrected by hand: outlet (import read" in listed
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(
        lambda: "Wire" not in window.area.view.panes[1].header.details.text(), timeout=20000
    )
    assert "✎" not in window.area.view.panes[1].header.details.text()
    assert "Corrected" not in shown_text(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))


def test_a_long_headline_import_read_wraps_in_a_dialog_that_fits(
    qtbot: QtBot, library: Library
) -> None:
    """The "Import read:" line of a corrected long headline did not wrap: the dialog grew to
    1,526 pixels and its OK button left a laptop's screen."""
    headline = (
        "Israeli tank 'likely' fired machine gun at reporters after deadly shelling in "
        "southern Lebanon last October, an independent report commissioned by Reuters from "
        "the Netherlands Organisation for Applied Scientific Research finds"
    )
    body = "An Israeli tank crew killed a Reuters reporter in Lebanon in October, it said."
    added = library.add(extract_text(f"{headline}\n\nBy Maya Gebeily, Reuters\n\n{body}"))
    assert library.get(added.article_id).meta.title == headline
    library.edit(added.article_id, {"title": "Tank fired on reporters"})
    dialog = MetadataDialog(
        library.get(added.article_id), library.extracted_values(added.article_id)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().width() < 800
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Import read: {headline}" in labels
