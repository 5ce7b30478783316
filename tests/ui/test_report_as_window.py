"""The report the window exports shows what the window shows: the minor findings switch.

The seeds 000 and 001 compared in a real window, exported to HTML through the Session
menu's export and read back with ``html.parser``: with the Summary's switch off the minor
findings are left out of the report and counted in its opening line; on, they are in.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.comparer.export.test_report_html import Report
from tests.ui.conftest import Answers
from tests.ui.test_sessions_window import WAIT, compared
from ui.main_window import MainWindow


def exported(qtbot: QtBot, window: MainWindow, target: Path) -> str:
    before = len(window.notices.messages())
    window.session_actions.export("html", target)
    qtbot.waitUntil(lambda: len(window.notices.messages()) > before, timeout=WAIT)
    assert window.notices.messages()[-1] == f"Exported to {target}."
    return target.read_text(encoding="utf-8")


def test_the_exported_report_follows_the_minor_switch(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    samples: list[Path],
    answers: Answers,
    tmp_path: Path,
) -> None:
    compared(qtbot, library, window, samples)
    comparison = window.area.comparison
    assert comparison is not None
    minor = sum(d.minor for d in comparison.differences)
    assert minor and window.area.panel.proxy.rowCount() == len(comparison.differences) - minor
    hidden = exported(qtbot, window, tmp_path / "hidden.html")
    assert f"{minor} minor findings are hidden, as in the window" in hidden
    rows = Report(hidden).tables[2][1:]
    assert len(rows) == window.area.panel.proxy.rowCount()  # the table's rows, no more
    window.area.summary.minor.setChecked(True)
    shown = exported(qtbot, window, tmp_path / "shown.html")
    assert "minor findings are hidden" not in shown
    assert len(Report(shown).tables[2]) == 1 + len(comparison.differences)
