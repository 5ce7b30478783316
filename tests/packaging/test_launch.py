"""The bundle's one program picks the CLI or the app by the name it was started as."""

from __future__ import annotations

import launch  # packaging/launch.py, put on the path by conftest.py
import pytest


@pytest.mark.parametrize(
    ("argv0", "module"),
    [
        ("comparer", "comparer.cli.main"),
        ("/home/me/.local/bin/comparer", "comparer.cli.main"),
        ("comparer.exe", "comparer.cli.main"),
        ("comparer-app", "ui.app"),
        ("/opt/comparer/comparer-app", "ui.app"),
        ("comparer-app.exe", "ui.app"),
        ("Comparer", "ui.app"),  # macOS .app executable and any other name: the window
    ],
)
def test_entry_module(argv0: str, module: str) -> None:
    assert launch.entry_module(argv0) == module
