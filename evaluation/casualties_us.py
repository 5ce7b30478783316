"""US gun-violence reports (a third of the Gun Violence Corpus, same layout as FA-KES):
the casualty metrics of :mod:`evaluation.casualties` on another kind of news.

The Gun Violence Archive's ``killed`` counts a shooter who died (a murder-suicide of four
victims is five killed), so the article's toll is its victims plus the attacker when the
report says the attacker died apart from the victims. Besides the whole corpus, the metrics
are given on two halves split by a hash of the incident: rules are written looking at half
``a`` only, and half ``b`` shows whether they carry over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from evaluation.casualties import exact_share, folder, load, scores

NAME = "casualties_us"


def half(record: dict[str, Any]) -> str:
    """``a`` or ``b``: a stable split by incident, so reports of one incident stay together."""
    digest = hashlib.sha256(str(record.get("group")).encode()).digest()
    return "ab"[digest[0] % 2]


def evaluate(root: Path) -> dict[str, float] | None:
    """The harness's entry: ``None`` (skip) when the corpus is missing."""
    base = folder(root, NAME)
    if base is None:
        return None
    records = [r for r in load(base) if r.get("killed") is not None]
    results = scores(records)
    for name in "ab":
        results[f"exact_half_{name}"] = exact_share([r for r in records if half(r) == name])
    return results
