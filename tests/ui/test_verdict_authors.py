"""The window says who gave a verdict and when: the Review cell's tooltip in the
Differences table, from the name the Preferences (or ``$COMPARER_USER``) give."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.test_sessions_window import one_marked_relevant
from ui.compare.differences import REVIEW_COLUMN

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def shown(tip: object) -> str:
    """The words a tooltip shows: Qt reads it as rich text when it merely looks like it."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(str(tip)):
        document.setHtml(str(tip))
    else:
        document.setPlainText(str(tip))
    return document.toPlainText()


def test_the_review_tooltip_names_who_marked_it_and_when(
    qtbot: QtBot,
    library: Library,
    samples: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("COMPARER_USER", "Ann Lee")
    window, number = one_marked_relevant(qtbot, library, samples)
    panel = window.area.panel
    model = panel.model
    row = model.rows.index(number)
    tip = model.data(model.index(row, REVIEW_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert re.fullmatch(r"Relevant: marked by Ann Lee on \d{4}-\d\d-\d\d \d\d:\d\d", shown(tip))
    other = next(r for r, d in enumerate(model.rows) if d != number)
    unmarked = model.data(model.index(other, REVIEW_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "marked by" not in str(unmarked)
    if os.environ.get("COMPARER_SHOTS"):  # a picture of it, for a person to look at
        cell = panel.table.visualRect(panel.proxy.mapFromSource(model.index(row, REVIEW_COLUMN)))
        QToolTip.showText(panel.table.viewport().mapToGlobal(cell.center()), str(tip), panel.table)
        QApplication.processEvents()
        tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel")]
        tips[0].grab().save(str(Path(os.environ["COMPARER_SHOTS"]) / "verdict-tooltip.png"))


def test_a_reviewer_name_that_looks_like_markup_is_shown_as_written(
    qtbot: QtBot, library: Library, samples: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A colleague's .comparer file carries the name its verdicts were given under.
    name = '<img src="/etc/hostname"><b>Ann</b>'
    monkeypatch.setenv("COMPARER_USER", name)
    window, number = one_marked_relevant(qtbot, library, samples)
    model = window.area.panel.model
    tip = model.data(model.index(model.rows.index(number), REVIEW_COLUMN), TOOLTIP)
    assert shown(tip).startswith(f"Relevant: marked by {name} on ")
