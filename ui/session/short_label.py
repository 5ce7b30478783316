"""How a bookmark and the Notes list name a passage: one line, cut between words.

A bookmark's label was the passage's first 60 characters, cut wherever the 60th fell
("…after airstrike hits villa"); the Notes list cut its passages the same way at 90.
"""

from __future__ import annotations

TRAILING = " ,;:–—-"
"""Marks left dangling before the ellipsis once the cut is made."""


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
    return (words if len(words) >= limit // 2 else room) + "…"
