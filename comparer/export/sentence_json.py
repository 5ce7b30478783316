"""The one JSON shape of a sentence, shared by ``show`` and ``compare``.

Kept apart from :mod:`comparer.export.json_format` so that ``comparer show`` and
``comparer list`` never load the comparison engine that format's writer needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from comparer.model import Sentence


def sentences_to_json(sentences: Sequence[Sentence]) -> list[dict[str, Any]]:
    """Sentences as every JSON document of Comparer writes them."""
    return [{"index": s.index, "start": s.start, "end": s.end, "text": s.text} for s in sentences]
