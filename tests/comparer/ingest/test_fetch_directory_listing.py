"""A bare server address whose answer is a list of its files (``python -m http.server``'s
"Directory listing for /") is refused in one line, not stored as an article of file names;
an article the same server serves is still read. The server is Python's own, on 127.0.0.1."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.request import urlopen

import pytest

from comparer.errors import ImportFailed
from comparer.ingest import extract_any

BODY = (
    "At least 10 civilians were killed on Saturday when warplanes struck a village near the "
    "Iraqi border, officials said. The ministry sent two letters to the United Nations."
)
ARTICLE = (
    "<html><head><title>Strike kills 10</title></head><body><article><h1>Strike kills 10</h1>"
    f"<p>{BODY}</p><p>Residents said the village had been hit twice before.</p>"
    "</article></body></html>"
)
FILES = (
    "trump-shutdown-washington-post.html",
    "raqqa strike reuters.pdf",
    "notes for the story about the shutdown.docx",
    "README.md",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("served")
    for name in FILES:
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "story").mkdir()
    (folder / "story" / "strike.html").write_text(ARTICLE, encoding="utf-8")
    handler = functools.partial(_Quiet, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request lines on the test's output."""


@pytest.mark.parametrize("path", ["/", "/story/"])
def test_a_directory_listing_holds_no_article(server: str, path: str) -> None:
    with pytest.raises(ImportFailed) as refused:
        extract_any(server + path)
    assert str(refused.value) == f"{server}{path}: web page holds no article: a list of links"


def test_an_article_the_same_server_serves_is_read(server: str) -> None:
    article = extract_any(f"{server}/story/strike.html")
    assert article.meta.title == "Strike kills 10"
    assert article.text.startswith(BODY)


def test_a_saved_listing_is_refused_too(server: str, tmp_path: Path) -> None:
    """The same page saved from the browser and imported as a file."""
    saved = tmp_path / "listing.html"
    with urlopen(server + "/") as answer:
        saved.write_bytes(answer.read())
    with pytest.raises(ImportFailed, match="holds no article: a list of links"):
        extract_any(str(saved))


def test_an_index_whose_links_carry_summaries_is_kept(tmp_path: Path) -> None:
    """Links that each hold a story's summary are text to read (the Postlight set's index
    of a Japanese security site, scored on its title), not a list of names."""
    items = "".join(
        f'<li><a href="/story/{n}">Story {n}: {BODY} The inquiry continues this week.</a></li>'
        for n in range(3)
    )
    saved = tmp_path / "index.html"
    saved.write_text(
        f"<html><head><title>Security news</title></head><body><h1>Security news</h1>"
        f"<ul>{items}</ul></body></html>",
        encoding="utf-8",
    )
    assert BODY in extract_any(str(saved)).text
