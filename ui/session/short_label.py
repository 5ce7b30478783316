"""How a bookmark and the Notes list name a passage: one line, cut between words.

A bookmark's label was the passage's first 60 characters, cut wherever the 60th fell
("…after airstrike hits villa"); the Notes list cut its passages the same way at 90.
"""

from __future__ import annotations

import unicodedata

TRAILING = " ,;:–—-"
"""Marks left dangling before the ellipsis once the cut is made."""
_ZWJ = "\u200d"
_JOINING = frozenset({_ZWJ, "\ufe0f", *(chr(c) for c in range(0x1F3FB, 0x1F400))})
"""What belongs to the character before it: the joiner, the emoji form, the skin tones."""


def short_label(text: str, limit: int) -> str:
    """``text`` on one line; if longer than ``limit`` characters, its whole words that fit
    and "…" (at most ``limit`` characters in all). A word so long that whole words would
    fill less than half the label (a link, a first word) is cut instead."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    room = line[: limit - 1]  # the last place goes to the ellipsis
    ends_a_word = line[limit - 1] == " "
    words = (room if ends_a_word else room[: max(room.rfind(" "), 0)]).rstrip(TRAILING)
    return (words if len(words) >= limit // 2 else _whole_letters(line, limit - 1)) + "…"


def _whole_letters(line: str, end: int) -> str:
    """``line`` cut before ``end``, never between a letter and the accent, skin tone or
    joiner that goes with it ("e" + U+0301, a hand + a skin tone)."""
    while end > 1 and (unicodedata.combining(line[end]) or line[end] in _JOINING):
        end -= 1
    if end > 0 and line[end - 1] == _ZWJ:
        end -= 1
    return line[:end]
