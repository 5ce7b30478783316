"""Lower-casing reads ASCII letters as IGNORECASE does, but for four characters, checked
over every code point."""

from __future__ import annotations

import re

import pytest

from comparer.casefold import lowered

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_only_four_characters_beyond_ascii_are_ascii_letters_to_ignorecase() -> None:
    beyond = EVERY_CHARACTER[0x80:]
    folded = set(re.findall(r"[a-z]", beyond, re.IGNORECASE))
    assert folded == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert {c for c in beyond if len(c.lower()) != 1} <= folded
    assert all(lowered(c) is None for c in folded)


def test_every_other_character_lowers_to_one_of_the_same_word_class() -> None:
    text = "".join(c for c in EVERY_CHARACTER if c not in "\u0130\u0131\u017f\u212a")
    low = lowered(text)
    assert low is not None and len(low) == len(text)
    assert _classes(low) == _classes(text)


def _classes(text: str) -> str:
    """ "w" for each word character of ``text``, "." for any other."""
    return re.sub(r"\W", ".", re.sub(r"\w", "w", text))


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Police SAID", "police said"),
        ("“Noël” — KILLED", "“noël” — killed"),
        ("ſeven", None),
        ("İstanbul", None),
    ],
)
def test_lowered(text: str, low: str | None) -> None:
    assert lowered(text) == low
