"""The line rules with their reported-speech guards read once a line decide as the whole
rules do, tried in order with plain :mod:`re` (the way lines were read before)."""

from __future__ import annotations

import re

import pytest

from comparer.ingest.furniture_rules import MAX_LINE, RULES
from comparer.ingest.furniture_table import GUARDS, line_reason
from comparer.model import Furniture

_WHOLE = [(reason, re.compile(pattern, re.IGNORECASE)) for reason, pattern in RULES]


def _whole_rules(line: str) -> tuple[Furniture | None, str]:
    if len(line) > MAX_LINE:
        return None, ""
    for reason, pattern in _WHOLE:
        found = pattern.fullmatch(line)
        if found:
            return reason, (found.groupdict().get("outlet") or "").strip()
    return None, ""


def _depth_before(pattern: str, end: int) -> int:
    """How many groups are open at ``end`` (escapes and character classes skipped)."""
    depth, index, in_class = 0, 0, False
    while index < end:
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        index += 1
    return depth


def test_every_guard_opens_a_rule_or_a_top_level_alternative() -> None:
    """Answered once a line, a guard must be read where the line starts."""
    places = [
        (pattern, found.start())
        for _, pattern in RULES
        for guard in GUARDS
        for found in re.finditer(re.escape(guard), pattern)
    ]
    assert places  # the rules do use the guards
    for pattern, start in places:
        assert start == 0 or (pattern[start - 1] == "|" and _depth_before(pattern, start) == 0)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our daily newsletter to get the latest news.",
        "Sign up for our daily newsletter to get the latest news, he said.",
        "Readers can sign up for the union newsletter, according to a complaint.",
        "Externer Inhalt nicht verfügbar",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Sie können externe Inhalte anzeigen lassen, sagte der Sprecher.",
        "Support our journalism: become a member today",
        "Support our journalism was the slogan of the campaign, the editor wrote.",
        "Join the conversation in the comments below.",
        "Join the conversation in the comments below, the moderator urged readers.",
        "Newsletter: Sport inside",
        "Press TV’s website can also be accessed at the following alternate addresses:",
        "Schools across the state were closed on Monday as the storm moved in.",
        "La suite est réservée aux abonnés.",
        "Sign up for our newsletter\nSign up for our newsletter, he said.",
    ],
)
def test_each_line_gets_the_reason_and_outlet_of_the_whole_rules(line: str) -> None:
    assert line_reason(line) == _whole_rules(line)
