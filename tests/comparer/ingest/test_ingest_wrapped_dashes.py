"""A line end at a dash or a number's hyphen, rejoined as the text was written.

Chromium breaks a line after a hyphen and at a dash written without spaces; the reflow
joined the two lines with a space ("43- year-old", "interest —lawfully", "soldiers - - has"),
seen in BASIL reports printed to PDF.
"""

from __future__ import annotations

import pytest

from comparer.ingest.paragraphs import join_wrapped


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the 43-", "year-old said", "the 43-year-old said"),
        ("its interest", "—lawfully admitting", "its interest—lawfully admitting"),
        ("the interest—", "lawfully admitting", "the interest—lawfully admitting"),
        ("some 7,000 soldiers -", "- has drawn", "some 7,000 soldiers -- has drawn"),
        ("officials –", "including the", "officials – including the"),
        ("the govern-", "ment said", "the government said"),
        ("up 3 -", "2 on the day", "up 3 - 2 on the day"),
    ],
)  # fmt: skip
def test_a_line_broken_at_a_dash_is_joined_as_written(left: str, right: str, joined: str) -> None:
    assert join_wrapped(left, right) == joined
