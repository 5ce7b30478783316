"""The text a column shows, and the map from article offsets to document positions.

The engine's offsets count Python characters in ``article.text``. A column may show removed
page furniture back in place, which shifts everything after it, and Qt counts positions in
UTF-16 units, so a character outside the Basic Multilingual Plane (an emoji) takes two. This
module builds the shown text and converts offsets once, so painting code never does the
arithmetic itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from comparer.model import Removed

_PARAGRAPH = "\n\n"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class Rendered:
    """Shown text plus what is needed to place article offsets in it.

    ``furniture`` holds the document ranges ``(start, end)`` of furniture blocks shown.
    """

    text: str
    furniture: tuple[tuple[int, int], ...]
    insert_at: tuple[int, ...]
    inserted_before: tuple[int, ...]
    astral: tuple[int, ...]

    def to_doc(self, offset: int, *, end: bool = False) -> int:
        """The document position of article ``offset``.

        A block inserted exactly at ``offset`` lies after a span's end but before a
        span's start, hence ``end``.
        """
        find = bisect_left if end else bisect_right
        shift = self.inserted_before[find(self.insert_at, offset)]
        return _utf16(self.astral, offset + shift)

    def doc_position(self, index: int) -> int:
        """The document position of ``index`` in the shown :attr:`text` (UTF-16 units)."""
        return _utf16(self.astral, index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The document range of the article range ``[start, end)``."""
        return self.to_doc(start), max(self.to_doc(start), self.to_doc(end, end=True))


def _utf16(astral: tuple[int, ...], index: int) -> int:
    return index + bisect_left(astral, index)


def _piece(text: str, at: int, block: str) -> tuple[str, int]:
    """What to insert at ``at`` to show ``block`` as its own paragraph, and its lead-in."""
    lead = "" if at == 0 or text[at - 1] == "\n" else _PARAGRAPH
    return lead + block + _PARAGRAPH, len(lead)


def render(text: str, removed: tuple[Removed, ...] = (), show_furniture: bool = False) -> Rendered:
    """Lay out ``text`` for a column, with the ``removed`` blocks back in if asked."""
    blocks = sorted(removed, key=lambda r: r.position) if show_furniture else []
    pieces: list[str] = []
    insert_at: list[int] = []
    lengths: list[int] = []
    ranges: list[tuple[int, int]] = []
    done = 0
    for block in blocks:
        at = min(max(block.position, 0), len(text))
        pieces.append(text[done:at])
        piece, lead = _piece(text, at, block.text)
        start = sum(map(len, pieces)) + lead
        ranges.append((start, start + len(block.text)))
        pieces.append(piece)
        insert_at.append(at)
        lengths.append(len(piece))
        done = at
    pieces.append(text[done:])
    shown = "".join(pieces)
    astral = tuple(m.start() for m in _ASTRAL.finditer(shown))
    furniture = tuple((_utf16(astral, a), _utf16(astral, b)) for a, b in ranges)
    return Rendered(shown, furniture, tuple(insert_at), (0, *accumulate(lengths)), astral)
