"""``comparer import URL`` asks the server once: the page read to decide whether a library
is worth making is the page stored. A real HTTP server on 127.0.0.1 counts the requests."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from comparer.cli.main import main

PAGE = (
    b"<html><head><title>Strike kills 10</title></head><body><article>"
    b"<h1>Strike kills 10</h1><p>At least 10 civilians were killed on Saturday when "
    b"warplanes struck a village near the Iraqi border, officials said.</p>"
    b"<p>Residents said the village had been hit twice before in the same month.</p>"
    b"</article></body></html>"
)


class Counting(BaseHTTPRequestHandler):
    """Serves ``/article``, answers 404 elsewhere, and counts every GET by path."""

    requests: ClassVar[Counter[str]] = Counter()

    def do_GET(self) -> None:
        self.requests[self.path] += 1
        if self.path != "/article":
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """The base URL of a counting server, its count emptied for each test."""
    Counting.requests = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _titles(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--db", str(db), "list", "--format", "json"]) == 0
    return [a["title"] for a in json.loads(capsys.readouterr().out)]


def test_the_first_import_into_a_new_library_fetches_the_page_once(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "import", f"{server}/article"]) == 0
    assert Counting.requests == Counter({"/article": 1})
    assert _titles(db, capsys) == ["Strike kills 10"]


def test_a_failure_before_the_first_page_that_reads_is_fetched_once_too(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "import", f"{server}/gone", f"{server}/article"]) == 1
    assert Counting.requests == Counter({"/gone": 1, "/article": 1})
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"failed: {server}/gone: ")
    assert out[1].startswith("new: #1 Strike kills 10 (")
    assert _titles(db, capsys) == ["Strike kills 10"]


def test_an_import_into_a_library_already_there_fetches_once(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: list[Path]
) -> None:
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "import", str(samples[0])]) == 0
    assert main(["--db", str(db), "import", f"{server}/article"]) == 0
    assert Counting.requests == Counter({"/article": 1})
    assert len(_titles(db, capsys)) == 2
