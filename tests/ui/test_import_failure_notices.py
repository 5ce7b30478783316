"""A failed import reads as one line a journalist understands: a page's address after the
reason, a file by its name with its folder in the tooltip. The pages come from a real
http.server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


class Refusing(BaseHTTPRequestHandler):
    """Every page missing, except /broken, where the server fails."""

    def do_GET(self) -> None:
        self.send_error(500 if self.path == "/broken" else 404)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the test's output is not the server's log


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def notices_after(qtbot: QtBot, window: MainWindow, inputs: list[str]) -> dict[str, str]:
    """Each notice's line with its tooltip, once every input has one."""
    window.importer.import_inputs(inputs, open_after=False)
    qtbot.waitUntil(lambda: len(window.notices.messages()) == len(inputs), timeout=20_000)
    return {label.text(): label.toolTip() for label in window.notices.findChildren(QLabel)}


def test_a_missing_page_is_named_by_its_address(
    qtbot: QtBot, window: MainWindow, site: str
) -> None:
    found = notices_after(qtbot, window, [f"{site}/2019/strike", f"{site}/broken"])
    assert set(found) == {
        f"The page was not found (404): {site}/2019/strike",
        f"The site had an error (500): {site}/broken",
    }


def test_a_file_is_named_by_its_name_and_its_folder_is_a_tooltip(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "<b>reports 2019"
    folder.mkdir()
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    ((line, tip),) = notices_after(qtbot, window, [str(empty)]).items()
    assert line == "Could not import empty.txt: empty file"
    assert "&lt;b&gt;reports 2019" in tip  # the folder, shown as text
