"""Help → About: the version, and the licences of the bundled data and of every dependency.

The expectations come from independent sources: the dependency list in pyproject.toml, the
lexicon files on disk, and metadata written by hand in the table-driven cases below.
"""

from __future__ import annotations

import tomllib
from email.message import Message
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from comparer import __version__
from ui.about import (
    AboutDialog,
    data_html,
    lexicon_notes,
    licence_of,
    markdown_table,
    show_about,
)

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "comparer" / "data" / "lexicons"


def declared_dependencies() -> list[str]:
    """Distribution names from pyproject.toml's dependency list."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        spec.split(">")[0].split("<")[0].split("=")[0].strip() for spec in project["dependencies"]
    ]


def tab_text(dialog: AboutDialog, title: str) -> str:
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    browser = dialog.tabs.widget(titles.index(title))
    assert isinstance(browser, QTextBrowser)
    return browser.toPlainText()


def fake_metadata(fields: list[tuple[str, str]]) -> Message:
    message = Message()
    for key, value in fields:
        message[key] = value
    return message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ([("License-Expression", "MIT"), ("License", "BSD")], "MIT"),
        ([("License", "Apache-2.0")], "Apache-2.0"),
        (
            [
                ("License", "Copyright (c) 2005\n\nPermission is hereby granted"),
                ("Classifier", "License :: OSI Approved :: MIT License"),
            ],
            "MIT License",
        ),
        (
            [
                ("Classifier", "License :: OSI Approved :: BSD License"),
                ("Classifier", "Programming Language :: Python"),
            ],
            "BSD License",
        ),
        ([("Classifier", "Programming Language :: Python")], "not stated in its metadata"),
    ],
)
def test_licence_of(fields: list[tuple[str, str]], expected: str) -> None:
    assert licence_of(fake_metadata(fields)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| a | b |\n|---|:-:|\n| `x.txt` | *y* |\nafter", [["a", "b"], ["x.txt", "y"]]),
        ("intro\n\n| h |\n|--|\n| 1 |\n\n| other |", [["h"], ["1"]]),
        ("no table here", []),
    ],
)
def test_markdown_table(text: str, expected: list[list[str]]) -> None:
    assert markdown_table(text) == expected


def test_lexicon_notes_prefer_sources_over_readme(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("readme", encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("sources", encoding="utf-8")
    assert lexicon_notes(tmp_path) == ("SOURCES.md", "sources")


def test_lexicon_notes_of_a_folder_without_notes(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("word", encoding="utf-8")
    assert lexicon_notes(tmp_path) == ("", "")


def test_about_tab_shows_the_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"Comparer {__version__}" in tab_text(dialog, "About")


def test_data_tab_names_samples_and_every_lexicon(qtbot: QtBot, samples: list[Path]) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = tab_text(dialog, "Data")
    assert f"Sample articles ({len(samples)})" in text
    assert "copyright stays with their publishers" in text
    for lexicon in sorted(LEXICONS.glob("*.txt")):
        assert lexicon.name in text


def test_software_tab_lists_every_dependency_with_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = tab_text(dialog, "Software").lower()
    for name in declared_dependencies():
        assert metadata.version(name) in text, name
    for licence in ("lgpl-3.0-only", "mit", "apache-2.0", "bsd-3-clause"):
        assert licence in text


def test_show_about_opens_a_modal_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog.windowTitle())
        dialog.close()

    QTimer.singleShot(0, close_it)
    show_about(parent)
    assert seen == ["About Comparer"]


def test_data_tab_credits_geonames_for_place_names() -> None:
    assert "GeoNames" in data_html() and "Attribution 4.0" in data_html()
