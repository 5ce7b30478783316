"""Turn the bytes of a text file into a string, whatever encoding it was saved in.

UTF-8 is tried first because almost everything is UTF-8 and it never decodes by accident;
byte-order marks and the zero-byte pattern of UTF-16 come before that; anything else is
left to charset-normalizer, nudged toward Windows-1252 when it cannot tell the code pages
apart and the text then reads as a Western language (for short English or French text it
often names a Central European code page). Bytes that are no plausible text are refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from comparer.ingest.language import detect_language
from comparer.ingest.refusal import Refusal

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc); save it as .docx"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio file"),
    (b"SQLite format 3", "a database"),
)

_WESTERN_LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl"}
_CHAOS_TIE = 0.01
_STRAY = {"No", "So", "Sk", "Sm", "Sc", "Co", "Cn", "Cc"}
_MAX_CONTROL_RATIO = 0.01
_SAMPLE = 8192
_PLAUSIBILITY_SAMPLE = 100_000  # enough to tell code pages apart; the loop is pure Python
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes) -> str:
    """The text of ``data``; raise :class:`Refusal` if it is empty, binary or garbled."""
    refuse_binary(data)
    text = _decode_known(data)
    if text is None:
        text = _decode_guessed(data)
    _refuse_control_characters(text)
    if not text.strip():
        raise Refusal("empty file")
    return text


def decode_declared(data: bytes, declared: str) -> str | None:
    """``data`` in the charset a page or server declared, or None if the bytes belie it.

    Declarations are often wrong. A declared charset is used only if it decodes the bytes
    strictly; UTF-16/32 only if the bytes show their zero bytes or a byte-order mark (UTF-8
    read as UTF-16 decodes cleanly, as CJK garbage); and bytes that are valid UTF-8 with
    non-ASCII characters are UTF-8 whatever was declared, since multi-byte UTF-8 almost
    never happens by accident in a legacy code page.
    """
    try:
        name = codecs.lookup(declared).name
        text = data.decode(name)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None
    if name.startswith(("utf-16", "utf-32")):
        sample = data[:_SAMPLE]
        if _bom_encoding(data) is None and _utf16_guess(sample) is None and b"\x00" not in sample:
            return None
    elif name != "utf-8" and not data.isascii() and _is_utf8(data):
        return None
    return text.removeprefix("\ufeff")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def binary_kind(data: bytes) -> str:
    """What a binary file looks like by its magic number ("" if nothing known)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return ""


def refuse_binary(data: bytes) -> None:
    """Refuse empty input and input that is recognisably not text."""
    if not data.strip():
        raise Refusal("empty file")
    kind = binary_kind(data)
    if kind:
        raise Refusal(f"binary file ({kind}), not text")
    sample = data[:_SAMPLE]
    if b"\x00" in sample and _bom_encoding(data) is None and _utf16_guess(sample) is None:
        raise Refusal("binary file, not text")


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows zero bytes on one side only (spaces, Latin letters)."""
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.1 and even < 0.01:
        return "utf-16-le"
    if even > 0.1 and odd < 0.01:
        return "utf-16-be"
    return None


def _decode_known(data: bytes) -> str | None:
    bom = _bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom).removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise Refusal(f"text marked as {bom} is not valid {bom}") from None
    guess = _utf16_guess(data[:_SAMPLE])
    for name in ("utf-8", guess):
        if name is None:
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return None


def _decode_guessed(data: bytes) -> str:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise Refusal("not text in any known encoding (binary or corrupt)")
    tied = [str(m) for m in matches if m.chaos <= best.chaos + _CHAOS_TIE] or [str(best)]
    top = max(_plausibility(text) for text in tied)
    tied = [text for text in tied if _plausibility(text) == top]
    western = _western_text(data)
    return western if western in tied else tied[0]


def _plausibility(text: str) -> int:
    """Non-ASCII letters count for a decoding, stray symbols ("³", "¤") against it."""
    score = 0
    for ch in text[:_PLAUSIBILITY_SAMPLE]:
        if ord(ch) > 127:
            kind = unicodedata.category(ch)
            score += 1 if kind[0] == "L" else -1 if kind in _STRAY else 0
    return score


def _western_text(data: bytes) -> str | None:
    """``data`` as Windows-1252 if it then reads as a Western European language."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if detect_language(text) in _WESTERN_LANGUAGES else None


def _refuse_control_characters(text: str) -> None:
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) * _MAX_CONTROL_RATIO):
        raise Refusal("binary file, not text")
