"""One rule for marking differences in HTML: cut at every boundary, lose no difference.

The expected strings are written out by hand: ``[k:...]`` stands for a piece wrapped by the
test's own wrapper, which names the kinds covering it, outermost (longest) first.
"""

from __future__ import annotations

import pytest

from comparer.export.marking import marked
from comparer.model import Difference, Kind

TEXT = "At least 10 <died> & more"
#       0123456789012345678901234


def diff(kind: Kind, start: int, end: int) -> Difference:
    return Difference(kind, "t", None, "A", start, end, TEXT[start:end], None, kind.value)


def names(piece: str, covering: list[Difference]) -> str:
    kinds = ",".join(d.kind.value for d in sorted(covering, key=lambda d: d.start - d.end))
    return f"[{kinds}:{piece}]"


WORDING, NUMBER, FRAMING = Kind.WORDING, Kind.NUMBER, Kind.FRAMING


@pytest.mark.parametrize(
    ("spans", "start", "end", "expected"),
    [
        ([], 0, 11, "At least 10"),
        ([(NUMBER, 0, 11)], 0, 25, "[number:At least 10] &lt;died&gt; &amp; more"),
        # One inside another: the inner one is a piece of its own, inside the outer one.
        (
            [(WORDING, 0, 18), (NUMBER, 9, 11)],
            0,
            18,
            "[wording:At least ][wording,number:10][wording: &lt;died&gt;]",
        ),
        # Partial overlap: the shared part carries both, neither loses any text.
        (
            [(NUMBER, 0, 11), (FRAMING, 9, 18)],
            0,
            18,
            "[number:At least ][number,framing:10][framing: &lt;died&gt;]",
        ),
        # Only the stretch asked for, even where a difference runs past it.
        ([(WORDING, 0, 25)], 12, 18, "[wording:&lt;died&gt;]"),
        # Empty differences and those outside the stretch mark nothing.
        ([(NUMBER, 5, 5), (FRAMING, 19, 25)], 0, 18, "At least 10 &lt;died&gt;"),
    ],
)
def test_overlapping_differences_are_cut_at_every_boundary(
    spans: list[tuple[Kind, int, int]], start: int, end: int, expected: str
) -> None:
    differences = [diff(kind, s, e) for kind, s, e in spans]
    assert marked(TEXT, start, end, differences, names) == expected
