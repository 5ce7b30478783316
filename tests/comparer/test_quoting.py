"""A passage is quoted once: double marks, or single ones around its own double marks."""

from __future__ import annotations

import pytest

from comparer.quoting import quoted


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("strike", "“strike”"),
        ("“illegal”", "‘“illegal”’"),
        ("so-called “anti-ISIS”", "‘so-called “anti-ISIS”’"),
        ('"We will respond," the', '‘"We will respond," the’'),
        ("« Nous répondrons »", "‘« Nous répondrons »’"),
        ("the Kurds’ claim", "“the Kurds’ claim”"),  # an apostrophe is no quotation
    ],
)
def test_quoted(text: str, shown: str) -> None:
    assert quoted(text) == shown
