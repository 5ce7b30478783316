"""File dialogs start in the Documents folder, then wherever the user last went."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from ui.main_window import MainWindow
from ui.session.export import ask_target


def test_export_starts_in_documents_then_in_the_folder_last_used(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    desk = tmp_path / "desk"
    desk.mkdir()
    asked: list[str] = []

    def save_dialog(_parent: Any, _caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(desk / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert ask_target(window, "html", "Strike / Raqqa") == desk / "Strike _ Raqqa.html"
    assert asked == [str(home / "Documents" / "Strike _ Raqqa.html")]
    assert ask_target(window, "csv", "Strike") == desk / "Strike.csv"
    assert asked[1] == str(desk / "Strike.csv")
