"""The Open Session dialog shows who last saved each session (a shared library's question)."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from comparer.sessions.model import SessionSummary
from ui.session.dialogs import SessionsDialog

WHEN = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)


def test_the_dialog_names_who_saved_each_session(qtbot: QtBot) -> None:
    sessions = [
        SessionSummary(2, "Strike", 2, 5, WHEN, WHEN, "Ann <b>Lee</b>"),
        SessionSummary(1, "Old", 3, 1, WHEN, WHEN, ""),
    ]
    dialog = SessionsDialog(sessions, rename=lambda _a, _b: None, delete=lambda _n: None)
    qtbot.addWidget(dialog)
    header = dialog.tree.headerItem()
    assert header.text(3) == "Saved by"
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [(r.text(0), r.text(3)) for r in rows if r] == [
        ("Strike", "Ann <b>Lee</b>"),  # a name is text, never markup
        ("Old", "—"),
    ]
