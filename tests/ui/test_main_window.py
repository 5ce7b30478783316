"""The main window over a real library: drops, paste, failures, filter and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.conftest import Drop, files
from ui.main_window import MainWindow


def titles(window: MainWindow) -> list[str]:
    model = window.library_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_dropping_files_imports_them_in_the_background(
    qtbot: QtBot, library: Library, window: MainWindow, drop_on: Drop, samples: list[Path]
) -> None:
    drop_on(window, files(samples[:2]))
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 2, timeout=15000)
    assert "U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus" in titles(
        window
    )
    assert sorted(window.library_panel.selected_ids()) == [a.id for a in library.list()]


def test_a_dropped_folder_imports_its_articles_and_not_its_data_files(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    drop_on: Drop,
    samples: list[Path],
    tmp_path: Path,
) -> None:
    """A research folder's JSON (annotations, metadata) became articles titled "{"."""
    folder = tmp_path / "downloads"
    (folder / "saved").mkdir(parents=True)
    (folder / "saved" / "report.TXT").write_bytes(samples[0].read_bytes())
    (folder / "other.md").write_bytes(samples[1].read_bytes())
    (folder / "report.json").write_text('{\n "title": "Strike",\n "notes": ""\n}\n', "utf-8")
    (folder / ".hidden.txt").write_bytes(samples[2].read_bytes())
    (folder / ".cache").mkdir()
    (folder / ".cache" / "copy.txt").write_bytes(samples[3].read_bytes())
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    drop_on(window, files([folder]))
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() >= 2, timeout=15000)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=15000)
    assert len(library.list()) == 2 and "{" not in titles(window)
    assert window.notices.messages() == []


def test_a_failed_input_is_named_in_a_notice_and_the_rest_imported(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    drop_on: Drop,
    samples: list[Path],
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    drop_on(window, files([empty, samples[2]]))
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=15000)
    qtbot.waitUntil(lambda: bool(window.notices.messages()), timeout=5000)
    (message,) = window.notices.messages()
    assert "empty.txt" in message


def test_pasted_text_becomes_an_article(qtbot: QtBot, library: Library, window: MainWindow) -> None:
    text = (
        "Flood closes the ring road\n\n"
        "Heavy rain flooded the ring road on Monday. Police said it would reopen on Tuesday."
    )
    QApplication.clipboard().setText(text)
    window.paste()
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=15000)
    (summary,) = library.list()
    assert "ring road" in library.get(summary.id).text


def test_filter_matches_titles_and_searches_the_text(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    import_all(library, [str(p) for p in samples])
    window.library_panel.refresh()
    assert window.library_panel.model.rowCount() == 5
    window.library_panel.filter_edit.setText("Derailing")
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=3000)
    window.library_panel.filter_edit.setText("Guterres")  # only in the body of 003
    qtbot.waitUntil(lambda: "refusal to back SDF" in " ".join(titles(window)), timeout=3000)
    assert len(titles(window)) == 1
    window.library_panel.filter_edit.clear()
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 5, timeout=3000)


def test_selecting_one_article_shows_its_clean_text(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    import_all(library, [str(samples[1])])
    window.library_panel.refresh()
    window.library_panel.table.selectRow(0)
    view = window.area.article_view
    qtbot.waitUntil(lambda: "at least 10 civilians were killed" in view.toPlainText())
    shown = view.toPlainText()
    assert "Removed page furniture" in shown
