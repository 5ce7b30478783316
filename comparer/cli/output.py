"""Rendering helpers shared by the subcommands: JSON documents and plain-text tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


def print_json(document: Any) -> None:
    """Print a JSON document: UTF-8, indented, keys in the order given."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    """Print rows under headers, each column cut to its maximum width."""
    limits = [max(len(h), 1) if w <= 0 else w for h, w in zip(headers, widths, strict=True)]
    sizes = [
        min(limit, max([len(h), *(len(r[i]) for r in rows)]))
        for i, (h, limit) in enumerate(zip(headers, limits, strict=True))
    ]
    print(_table_line(headers, sizes))
    for row in rows:
        print(_table_line(row, sizes))


def _table_line(cells: Sequence[str], sizes: Sequence[int]) -> str:
    parts = [_fit(cell, size) for cell, size in zip(cells, sizes, strict=True)]
    return "  ".join(parts).rstrip()


def _fit(cell: str, size: int) -> str:
    cell = " ".join(cell.split())
    if len(cell) > size:
        cell = cell[: max(size - 1, 0)] + "…"
    return cell.ljust(size)
