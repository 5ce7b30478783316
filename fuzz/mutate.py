"""Byte-level and structure-aware mutations of an input, all driven by one ``random.Random``.

Byte mutations (flips, hostile tokens, cut, repeated and spliced ranges) find parser bugs;
zip members are also mutated inside a re-zipped archive so a .docx gets past the zip layer,
and numbers are swapped for huge ones so PDF counts, offsets and lengths lie.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable
from random import Random

MAX_SIZE = 1_000_000
"""Largest mutated input; the size caps themselves are tested with files built on purpose."""

TOKENS = (
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\n\n",
    b"<!ENTITY x SYSTEM 'file:///etc/passwd'>",
    b"<![CDATA[",
    b"<script>",
    b"</p>",
    b"<meta charset=utf-16>",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"obj << /Count 99999999 /Kids [1 0 R] >> endobj",
    b"stream\n",
    b"endstream",
    b"Content-Type: multipart/mixed; boundary=x\n",
    b"=?utf-8?b?AAAA?=",
    b"# ",
    b"```",
    b"[x](javascript:alert(1))",
    "Dr. Inc. U.S. \u202e\u2028 ".encode(),
    b"\xed\xa0\x80",
    b"\xc3",
)

Mutator = Callable[[bytes, Random, list[bytes]], bytes]


def mutate(data: bytes, rng: Random, others: list[bytes]) -> bytes:
    """``data`` after a few random mutations (one to eight)."""
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 5, 8))):
        if data.startswith(b"PK\x03\x04") and rng.random() < 0.5:
            data = _mutate_zip_member(data, rng, others)
        else:
            data = rng.choice(_MUTATORS)(data, rng, others)
    return data[:MAX_SIZE]


def _flip(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    at = rng.randrange(len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]


def _set_byte(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    at = rng.randrange(len(data) + 1)
    value = rng.choice((0, 0x0A, 0x0D, 0x2E, 0x3C, 0x3E, 0x7F, 0x80, 0xC0, 0xFF))
    return data[:at] + bytes([value]) + data[at + 1 :]


def _insert_token(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(TOKENS) * rng.choice((1, 1, 1, 2, 50, 2000)) + data[at:]


def _delete(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    start = rng.randrange(len(data) + 1)
    return data[:start] + data[start + rng.randrange(1, 2000) :]


def _truncate(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _repeat(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    start = rng.randrange(len(data) + 1)
    piece = data[start : start + rng.randrange(1, 200)]
    return data[:start] + piece * rng.choice((2, 2, 10, 100, 1000, 5000)) + data[start:]


def _splice(data: bytes, rng: Random, others: list[bytes]) -> bytes:
    other = rng.choice(others)
    cut, at = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    return data[:cut] + other[at:]


_NUMBER = re.compile(rb"\d+")


def _huge_number(data: bytes, rng: Random, _: list[bytes]) -> bytes:
    numbers = list(_NUMBER.finditer(data[:200_000]))
    if not numbers:
        return data
    found = rng.choice(numbers)
    value = rng.choice((b"0", b"-1", b"4294967296", b"99999999999999999999", b"1" * 400))
    return data[: found.start()] + value + data[found.end() :]


_MUTATORS: tuple[Mutator, ...] = (
    _flip,
    _flip,
    _set_byte,
    _insert_token,
    _insert_token,
    _delete,
    _truncate,
    _repeat,
    _splice,
    _huge_number,
    _huge_number,
)


def _mutate_zip_member(data: bytes, rng: Random, others: list[bytes]) -> bytes:
    """``data`` re-zipped with one member's content mutated (or a member added)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    except Exception:  # a broken archive is mutated as bytes instead
        return _flip(data, rng, others)
    if not members:
        return data
    index = rng.randrange(len(members))
    name, content = members[index]
    members[index] = (name, rng.choice(_MUTATORS)(content, rng, others)[:MAX_SIZE])
    if rng.random() < 0.1:
        members.append((rng.choice((name, "../evil.xml", "word/extra.xml")), content))
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # duplicate names are one of the mutations
        for member_name, member_content in members:
            archive.writestr(member_name, member_content)
    return out.getvalue()
