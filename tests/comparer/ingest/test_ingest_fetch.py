"""fetch_url against a real HTTP server on 127.0.0.1, run in a thread for this module."""

from __future__ import annotations

import io
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import docx
import pytest
from fpdf import FPDF

from comparer.errors import ImportFailed
from comparer.ingest import extract_any, fetch_url

BODY = (
    "At least 10 civilians were killed on Saturday when warplanes struck a village near the "
    "Iraqi border, officials said. The ministry sent two letters to the United Nations."
)
PAGE = (
    "<html><head><title>Strike kills 10</title><script>var hidden='SCRIPT-TEXT';</script>"
    f"</head><body><article><h1>Strike kills 10</h1><p>{BODY}</p>"
    "<p>Residents said the village had been hit twice before in the same month.</p>"
    "</article></body></html>"
).encode()


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, BODY)
    return bytes(pdf.output())


UTF8_PAGE = (
    "<html><head><title>Grève</title></head><body><article><h1>La grève continue</h1>"
    "<p>La grève des cheminots a duré trois jours, selon le syndicat.</p>"
    "<p>Les trains ont repris lundi matin dans toute la région.</p></article></body></html>"
).encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        hostile = HOSTILE.get(self.path)
        if hostile is not None:
            hostile(self)
        elif self.path == "/article":
            self._send(PAGE, "text/html; charset=utf-8")
        elif self.path == "/report.pdf":
            self._send(_pdf(), "application/pdf")
        elif self.path == "/slow":
            time.sleep(1.0)
            self._send(PAGE, "text/html")
        elif self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/secret.txt")
            self.end_headers()
        elif self.path == "/to-article":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/big":
            self._stream_forever()
        elif self.path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
        else:
            self.send_error(404, "Not Found")

    def _send(self, body: bytes, content_type: str) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up first, as the timeout test wants

    def _stream_forever(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(10_000):
                self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        return None

    def trickle(self, data: bytes) -> None:
        """Send ``data`` one byte every half second, until the client hangs up."""
        try:
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass


def _trickle_headers(handler: Handler) -> None:
    handler.trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"a" * 200)


def _trickle_body(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.trickle(PAGE)


def _many_headers(handler: Handler) -> None:
    handler.send_response(200)
    for number in range(150):
        handler.send_header(f"X-Header-{number}", "x")
    handler.end_headers()
    handler.wfile.write(PAGE)


def _utf16_lie(handler: Handler) -> None:
    handler._send(UTF8_PAGE, "text/html; charset=utf-16")


def _page_served_as_pdf(handler: Handler) -> None:
    handler._send(PAGE, "application/pdf")


WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _word_file() -> bytes:
    document = docx.Document()  # python-docx's default properties: no author, no date
    for paragraph in ("Strike kills 10", "By Jane Roe, Reuters", BODY):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _empty_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w"):
        pass
    return out.getvalue()


HOSTILE = {
    "/report.docx": lambda handler: handler._send(_word_file(), WORD_TYPE),
    "/download": lambda handler: handler._send(_word_file(), "application/octet-stream"),
    "/empty.docx": lambda handler: handler._send(_empty_zip(), WORD_TYPE),
    "/trickle-headers": _trickle_headers,
    "/trickle-body": _trickle_body,
    "/many-headers": _many_headers,
    "/utf16-lie": _utf16_lie,
    "/page-as-pdf": _page_served_as_pdf,
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_good_page_is_extracted(server: str) -> None:
    article = fetch_url(f"{server}/article")
    assert article.source == f"{server}/article"
    assert article.media_type == "text/html"
    assert BODY in article.text
    assert "SCRIPT-TEXT" not in article.text
    assert article.meta.title == "Strike kills 10"
    assert article.original == PAGE


def test_pdf_is_extracted_as_pdf(server: str) -> None:
    article = extract_any(f"{server}/report.pdf")
    assert article.media_type == "application/pdf"
    assert article.text == BODY


def test_a_web_page_served_as_pdf_is_read_as_a_page(server: str) -> None:
    article = fetch_url(f"{server}/page-as-pdf")
    assert (article.media_type, article.meta.title) == ("text/html", "Strike kills 10")
    assert BODY in article.text


def test_404_is_refused(server: str) -> None:
    with pytest.raises(ImportFailed, match=r"/missing: the page was not found \(404\)$"):
        fetch_url(f"{server}/missing")


def test_slow_answer_times_out(server: str) -> None:
    with pytest.raises(ImportFailed, match="timed out"):
        fetch_url(f"{server}/slow", timeout=0.2)


def test_oversized_streamed_body_is_cut_off(server: str) -> None:
    with pytest.raises(ImportFailed, match="limit"):
        fetch_url(f"{server}/big", max_bytes=100_000)


def test_oversized_declared_body_is_refused_before_reading(server: str) -> None:
    with pytest.raises(ImportFailed, match="1000 MB"):
        fetch_url(f"{server}/big-declared", max_bytes=100_000)


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(ImportFailed, match=r"only http\(s\) URLs can be imported"):
        fetch_url(url)
    with pytest.raises(ImportFailed, match=r"only http\(s\) URLs can be imported"):
        extract_any(url)


def test_redirects_are_followed_only_to_web_addresses(server: str) -> None:
    assert BODY in fetch_url(f"{server}/to-article").text
    with pytest.raises(ImportFailed, match="non-web address"):
        fetch_url(f"{server}/to-ftp")


def test_connection_refused_is_one_line() -> None:
    with pytest.raises(ImportFailed, match="cannot be reached") as caught:
        fetch_url("http://127.0.0.1:9/nothing", timeout=2)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("path", ["/trickle-headers", "/trickle-body"])
def test_one_deadline_covers_connect_headers_and_body(server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailed, match=r"timed out: no complete answer within 2 s"):
        fetch_url(f"{server}{path}", timeout=2)
    # The deadline is the behaviour under test: a byte every 0.5 s must not extend it.
    assert time.monotonic() - started < 4


def test_a_flood_of_headers_is_one_line(server: str) -> None:
    with pytest.raises(ImportFailed, match=r"not valid HTTP \(got more than 100 headers\)"):
        fetch_url(f"{server}/many-headers")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1", "not a valid web address (Invalid IPv6 URL)"),
        ("http://example.org:port/", "not a valid web address"),
        ("https://", "not a valid web address (no host)"),
    ],
)
def test_malformed_addresses_are_one_line(url: str, reason: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        extract_any(url)
    assert str(caught.value).startswith(f"{url}: {reason}")
    assert "\n" not in str(caught.value)


def test_a_utf8_page_declared_as_utf16_is_read_as_utf8(server: str) -> None:
    article = fetch_url(f"{server}/utf16-lie")
    assert "La grève des cheminots a duré trois jours, selon le syndicat." in article.text


@pytest.mark.parametrize("path", ["/report.docx", "/download"])
def test_a_word_file_at_an_address_is_read_as_one(server: str, path: str) -> None:
    """A press release linked as a .docx was refused as "binary file, not text"."""
    article = fetch_url(f"{server}{path}")
    assert article.media_type == WORD_TYPE
    meta = article.meta
    assert (meta.title, meta.author, meta.outlet, meta.published) == (
        "Strike kills 10", "Jane Roe", "Reuters", None,
    )  # fmt: skip
    assert article.text == BODY


def test_an_empty_word_file_at_an_address_is_one_line(server: str) -> None:
    with pytest.raises(ImportFailed) as refused:
        fetch_url(f"{server}/empty.docx")
    assert str(refused.value) == (
        f"{server}/empty.docx: not a Word document: a zip archive with no document in it"
    )
