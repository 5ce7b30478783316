"""Download one http(s) address under a single deadline covering connect, headers and body.

urllib's timeout bounds each wait on the socket, not the exchange: a server trickling one
byte every half second never trips it and holds an import for as long as it likes. Here a
watchdog shuts the socket down when the deadline passes, whatever phase the exchange is
in, and the refusal says the answer did not come in time. The host name is looked up in a
helper thread the deadline also bounds (a silent name server would otherwise hold the
import for as long as the system resolver likes), and the connection then goes to the
address found. Redirects are followed by hand, only to http(s) and at most a few, under
the same deadline.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from comparer.ingest.limits import megabytes, read_capped
from comparer.ingest.refusal import Refusal

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
_PATH_SAFE = "/%?&=:@!$'()*+,;~[]"


@dataclass(frozen=True, slots=True)
class Download:
    """What a server answered: the body, its headers, and the address it came from."""

    body: bytes
    headers: Message
    url: str


def web_address(url: str) -> SplitResult:
    """``url`` split into its parts, or a refusal if it is no http(s) address."""
    try:
        parts = urlsplit(url)
        port = parts.port  # parsing the port is what finds "http://host:abc"
    except ValueError as error:
        raise Refusal(f"not a valid web address ({error})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refusal("only http(s) URLs can be imported")
    if not parts.hostname or (port is not None and not 0 < port < 65536):
        raise Refusal("not a valid web address (no host)")
    return parts


def download(url: str, *, timeout: float, max_bytes: int, user_agent: str) -> Download:
    """The answer at ``url`` after redirects, all within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        answer = _Exchange(url, deadline, timeout).run(max_bytes, user_agent)
        if isinstance(answer, Download):
            return answer
        url = answer
    raise Refusal(f"more than {MAX_REDIRECTS} redirects")


class _Exchange:
    """One request and its answer, cut off by a watchdog at the deadline."""

    def __init__(self, url: str, deadline: float, timeout: float) -> None:
        self.url = url
        self.parts = web_address(url)
        self.deadline = deadline
        self.timeout = timeout
        self.cut = threading.Event()
        # Kept here: http.client lets go of the connection's socket once a response that
        # ends with the connection is under way, and that socket is what the watchdog cuts.
        self.sock: socket.socket | None = None

    def run(self, max_bytes: int, user_agent: str) -> Download | str:
        """The answer, or the address a redirect points to."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self._timed_out()
        secure = self.parts.scheme.lower() == "https"
        kind = http.client.HTTPSConnection if secure else http.client.HTTPConnection
        connection = kind(self.parts.hostname or "", self.parts.port, timeout=left)
        lookup = _Lookup(self.parts.hostname or "", connection.port)
        if not lookup.run(left):
            raise self._timed_out()
        # http.client opens its socket through this attribute; pointing it at the addresses
        # already found keeps the host name for the Host header and TLS's server name.
        connection._create_connection = lookup.connect  # type: ignore[attr-defined]
        left = self.deadline - time.monotonic()
        watchdog = threading.Timer(left, self._cut_off)
        watchdog.daemon = True
        watchdog.start()
        try:
            answer = self._ask(connection, max_bytes, user_agent)
        except (OSError, http.client.HTTPException) as error:
            raise self._timed_out() if self._late() else Refusal(_reason(error)) from None
        finally:
            watchdog.cancel()
            connection.close()
        if self._late():  # a body read to the cut-off socket's end is incomplete, not done
            raise self._timed_out()
        return answer

    def _ask(
        self, connection: http.client.HTTPConnection, max_bytes: int, user_agent: str
    ) -> Download | str:
        connection.connect()
        self.sock = connection.sock
        if self.cut.is_set():
            self._cut_off()
        target = quote(self.parts.path or "/", safe=_PATH_SAFE)
        if self.parts.query:
            target += "?" + quote(self.parts.query, safe=_PATH_SAFE)
        connection.request("GET", target, headers={"User-Agent": user_agent})
        response = connection.getresponse()
        if response.status in _REDIRECTS:
            return self._redirect(response.getheader("Location") or "")
        if not 200 <= response.status < 300:
            raise Refusal(status_reason(response.status))
        _check_declared_size(response.headers, max_bytes)
        return Download(_read_body(response, max_bytes), response.headers, self.url)

    def _redirect(self, location: str) -> str:
        if not location:
            raise Refusal("redirected without an address")
        target = urljoin(self.url, location)
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise Refusal(f"redirected to a non-web address ({target})")
        return target

    def _cut_off(self) -> None:
        self.cut.set()
        sock = self.sock
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed: nothing left to cut
                sock.shutdown(socket.SHUT_RDWR)

    def _late(self) -> bool:
        return self.cut.is_set() or time.monotonic() >= self.deadline

    def _timed_out(self) -> Refusal:
        return Refusal(f"timed out: no complete answer within {self.timeout:g} s")


class _Lookup:
    """The addresses of one host, looked up in a thread the caller waits for at most so long."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.addresses: list[tuple[Any, ...]] = []
        self.error: OSError | None = None
        self.done = threading.Event()

    def run(self, wait: float) -> bool:
        """Whether the lookup ended within ``wait`` seconds."""
        # A daemon thread: a lookup the system never ends is left behind, not waited for.
        threading.Thread(target=self._look_up, daemon=True).start()
        return self.done.wait(wait)

    def _look_up(self) -> None:
        try:
            found = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
            self.addresses = [address for *_, address in found]
        except OSError as error:
            self.error = error
        self.done.set()

    def connect(self, _: object, timeout: float, source: object = None) -> socket.socket:
        """A socket to the first address that answers, as http.client asks for one."""
        failure: OSError = self.error or OSError("no address")
        for address in self.addresses:
            try:
                return socket.create_connection(address[:2], timeout)
            except OSError as error:
                failure = error
        raise failure


_STATUS_WORDS = {
    401: "the page needs a login",
    403: "the site refused access",
    404: "the page was not found",
    410: "the page was removed",
    429: "the site refused: too many requests",
}


def status_reason(status: int) -> str:
    """A server's refusal in words a reader knows, the code kept for whoever asks the site
    ("HTTP 404 File not found" told a journalist nothing the address did not)."""
    if status in _STATUS_WORDS:
        words = _STATUS_WORDS[status]
    elif status >= 500:
        words = "the site had an error"
    else:
        words = "the site did not give the page"
    return f"{words} ({status})"


def _reason(error: BaseException) -> str:
    if isinstance(error, http.client.HTTPException):
        detail = str(error) or type(error).__name__
        return f"the server's answer is not valid HTTP ({detail})"
    if isinstance(error, socket.gaierror):
        return "cannot be reached (no such host)"
    strerror = getattr(error, "strerror", None)
    return f"cannot be reached ({strerror or error or type(error).__name__})"


def _check_declared_size(headers: Message, max_bytes: int) -> None:
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise Refusal(f"page is {megabytes(int(declared))}, over the {megabytes(max_bytes)} limit")


def _read_body(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    """The body, read as it arrives (read1), refused as soon as it passes ``max_bytes``."""
    body = read_capped(response.read1, max_bytes, "page")
    if not body:
        raise Refusal("the server sent an empty page")
    return body
