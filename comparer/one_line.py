"""Metadata on one line, the rule import and a reader's corrections both follow, and the
tidier of each line of an imported body.

A title, outlet or author is shown on one line in tables, menus, window titles and
terminals, so none keeps a control character (a PDF title may hold NULs and newlines; a
title given to ``comparer edit`` may hold a terminal's escape sequence), invisible debris is
dropped and each run of spaces becomes one space. None is longer than
:data:`MAX_LINE_CHARS`: import cuts a longer one, a correction that long is refused. The
lines of a body are tidied the same way (:func:`tidy`: debris and spaces), but keep their
length, being text rather than metadata.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width joiners (U+200C, U+200D) are not debris: Bengali, Hindi and Persian words and
# emoji sequences are spelled with them.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

MAX_LINE_CHARS = 10_000
"""Longest title, outlet or author kept; a real headline is under 300 characters."""


def tidy(line: str) -> str:
    """A line with invisible characters dropped and runs of spaces made one space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def one_line(value: str) -> str:
    """``value`` tidied, each control character (a line break too) made a space."""
    return tidy(_CONTROL.sub(" ", value))
