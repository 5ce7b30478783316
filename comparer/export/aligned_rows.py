"""The numbered rows of a report's aligned table, and where each finding sits in them.

A report sets the aligned sentences side by side, one row per aligned group and one per
sentence no group holds. The rows follow every article's reading order (:func:`numbered`):
the first article's rows in its order, then each further article's rows not yet placed,
each put after the row that comes before it in that article, so a sentence only the
second report has stands where that report tells it, not at the end of the table. Rows are
numbered from 1, the headline row (when the comparison has one) being row 1, and the
numbers never change with what a layout leaves out, so "row 4" means the same row in the
browser's report and in the printed one.

:class:`Places` says which row holds a finding, and :func:`pointer` writes the
"→ #26 (A), #40 (C), row 4" a key difference ends with: the findings' numbers in the
differences table, the column each is in, and the aligned row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from comparer.model import Comparison, Difference, KeyDifference

HEADLINE_ROW = 1
ALONE = "only here"
POINTED = 4  # findings named in one pointer; more are counted as "…"


@dataclass(frozen=True, slots=True)
class AlignedRow:
    """One row of the aligned table: its number, relation and each article's sentences."""

    number: int
    relation: str
    members: Mapping[str, tuple[int, ...]]
    group: str | None = None


def numbered(c: Comparison) -> tuple[AlignedRow, ...]:
    """The aligned rows of ``c`` in reading order, numbered after the headline row."""
    rows: list[_Row] = [
        (g.relation.value, {m.article: m.sentences for m in g.members}, g.id) for g in c.groups
    ]
    for key, alone in c.unmatched.items():
        rows.extend((ALONE, {key: (i,)}, None) for i in alone)
    first = HEADLINE_ROW + 1 if c.headline is not None else 1
    ordered = _reading_order(rows, [a.key for a in c.articles])
    return tuple(
        AlignedRow(first + n, relation, members, group)
        for n, (relation, members, group) in enumerate(ordered)
    )


_Row = tuple[str, dict[str, tuple[int, ...]], str | None]


def _reading_order(rows: list[_Row], keys: list[str]) -> list[_Row]:
    """``rows`` merged so each article's rows keep that article's order where they can."""
    placed: list[int] = []
    seen: set[int] = set()
    for key in keys:
        mine = [i for i, r in enumerate(rows) if key in r[1]]
        mine.sort(key=lambda i: min(rows[i][1][key]))
        at = 0
        for i in mine:
            if i in seen:
                at = placed.index(i) + 1
                continue
            placed.insert(at, i)
            seen.add(i)
            at += 1
    return [rows[i] for i in placed]


class Places:
    """Which aligned row holds each finding of a comparison."""

    def __init__(self, c: Comparison, rows: tuple[AlignedRow, ...]) -> None:
        self._differences = c.differences
        self._groups = {r.group: r.number for r in rows if r.group is not None}
        self._sentences: dict[tuple[str, int], int] = {}
        for row in rows:
            for key, indexes in row.members.items():
                for i in indexes:
                    self._sentences.setdefault((key, i), row.number)
        self._starts = {a.key: [s.start for s in a.article.sentences] for a in c.articles}
        self._has_headline = c.headline is not None

    def row_of(self, d: Difference) -> int | None:
        """The row holding ``d``: its group's, else its sentence's (``None``: neither)."""
        if d.group in self._groups:
            return self._groups[d.group]
        starts = self._starts.get(d.article, [])
        index = bisect_right(starts, d.start) - 1
        return self._sentences.get((d.article, index)) if index >= 0 else None

    def pointer(self, key: KeyDifference) -> str:
        """ " → #26 (A), #40 (C), row 4": where a key difference is shown in the report."""
        if not key.differences:
            return f" → row {HEADLINE_ROW}" if self._has_headline else ""
        by_row: dict[int | None, list[str]] = {}
        for i in sorted(key.differences)[:POINTED]:
            d = self._differences[i]
            by_row.setdefault(self.row_of(d), []).append(f"#{i + 1} ({d.article})")
        parts = [
            ", ".join(found) + ("" if row is None else f", row {row}")
            for row, found in sorted(by_row.items(), key=lambda r: r[0] or 0)
        ]
        more = ", …" if len(key.differences) > POINTED else ""
        return " → " + "; ".join(parts) + more
