"""A date corrected by hand where import read only words ("Friday", no day of the calendar):
the correction line said "import read nothing", as if the file had given no date at all."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.articles import build_article
from ui.library.corrections import correction_of
from ui.library.metadata_edit import MetadataDialog


def test_a_corrected_raw_date_says_what_import_read(qtbot: QtBot, library: Library) -> None:
    article = build_article(("Agents detained 40 people on Friday.",), published_raw="Friday")
    article_id = library.add(article).article_id
    library.edit(article_id, {"published": "2019-06-14"})
    assert correction_of(library, article_id) == "Corrected by hand: date (import read “Friday”)"
    dialog = MetadataDialog(library.get(article_id), library.extracted_values(article_id))
    qtbot.addWidget(dialog)
    assert "Import read: Friday" in [label.text() for label in dialog.findChildren(QLabel)]


def test_a_date_import_did_not_read_is_said_so(library: Library) -> None:
    article = build_article(("Agents detained 40 people.",))
    article_id = library.add(article).article_id
    library.edit(article_id, {"published": "2019-06-14"})
    assert correction_of(library, article_id) == "Corrected by hand: date (import read nothing)"
