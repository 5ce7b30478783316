"""The one cutter of a title's site suffix shared by pasted and printed titles
(:func:`comparer.ingest.site_names.site_suffix`): the last separator between spaces, a
site of 2 to ``longest`` characters with no separator in it."""

from __future__ import annotations

import pytest

from comparer.ingest.site_names import PASTED_SEPARATORS, PRINTED_SEPARATORS, site_suffix


@pytest.mark.parametrize(
    ("title", "separators", "longest", "cut"),
    [
        ("Storm hits coast - Reuters", PASTED_SEPARATORS, 40, ("Storm hits coast", "Reuters")),
        ("Storm - hits coast | The Guardian", PASTED_SEPARATORS, 40,
         ("Storm - hits coast", "The Guardian")),  # the last separator
        ("Storm hits coast - Agence France-Presse", PASTED_SEPARATORS, 40, None),  # a hyphen
        ("Storm hits coast : Le Monde", PASTED_SEPARATORS, 40, None),  # no colon when pasted
        ("Storm hits coast : Le Monde", PRINTED_SEPARATORS, 60, ("Storm hits coast", "Le Monde")),
        ("Storm hits coast · Medium", PRINTED_SEPARATORS, 60, ("Storm hits coast", "Medium")),
        ("Storm hits coast - " + "x" * 41, PASTED_SEPARATORS, 40, None),  # too long a site
        ("Storm hits coast-Reuters", PASTED_SEPARATORS, 40, None),  # no spaces: a word's dash
        ("Storm hits coast - R", PASTED_SEPARATORS, 40, None),  # one letter is no site
        (" - Reuters", PRINTED_SEPARATORS, 60, ("", "Reuters")),  # an empty head is kept
        # No tab's title is this long (a run of spaces made the pattern take seconds).
        ("Storm" + " " * 20_000 + "hits - Reuters", PASTED_SEPARATORS, 40, None),
    ],
)  # fmt: skip
def test_site_suffix(
    title: str, separators: str, longest: int, cut: tuple[str, str] | None
) -> None:
    assert site_suffix(title, separators=separators, longest=longest) == cut
