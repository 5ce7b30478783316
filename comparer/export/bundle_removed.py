"""The removed page furniture of a ``.comparer`` file's articles, and the blocks put back.

Importing a ``.comparer`` file reads every original afresh, which finds the blocks import
removed (navigation, "Related:" lines, photo credits...) again, so "show removed" works on
the other machine too. What an original cannot tell is which of those blocks the reader
put back into the text. Each article's entry in ``articles.json`` therefore lists its
removed blocks as ``removed``: ``[{"text", "reason", "kept"}]`` in order. On import, every
block marked ``kept`` is put back into the fresh import, matched by its text and reason, so
the article reads as it did where the file was written. A block that this version of
Comparer does not remove is in the text already; an entry without ``removed`` (a file from
an older version) is imported as before. The list is untrusted: anything but the shape
above is refused with one line.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from comparer.export.bundle_checks import BadBundle
from comparer.ingest.kept import rebuild
from comparer.model import Article, Extracted

MAX_BLOCKS = 10_000
"""Most removed blocks one article's entry may list (a page has a few dozen)."""


def removed_entry(article: Article) -> list[dict[str, Any]]:
    """The ``removed`` list of ``article``'s entry in ``articles.json``."""
    return [
        {"text": block.text, "reason": block.reason.value, "kept": block.kept}
        for block in article.removed
    ]


def with_blocks_kept(extracted: Extracted, listed: Any, where: str) -> Extracted:
    """``extracted`` with the blocks ``listed`` as kept put back into its text."""
    if listed is None:
        return extracted
    kept: set[int] = set()
    for text, reason in _kept_blocks(listed, where):
        for number, block in enumerate(extracted.removed):
            if number not in kept and (block.text, block.reason.value) == (text, reason):
                kept.add(number)
                break
    if not kept:
        return extracted
    styled = frozenset(extracted.text[span.start : span.end] for span in extracted.captions)
    rebuilt = rebuild(extracted.text, extracted.removed, frozenset(kept), styled)
    return replace(
        extracted,
        text=rebuilt.text,
        removed=rebuilt.removed,
        captions=rebuilt.captions,
        sentences=rebuilt.sentences,
    )


def _kept_blocks(listed: Any, where: str) -> list[tuple[str, str]]:
    """The text and reason of each block ``listed`` as kept, the list's shape checked."""
    if not isinstance(listed, list) or len(listed) > MAX_BLOCKS:
        raise BadBundle(f"{where} has a damaged list of removed blocks")
    wanted = []
    for block in listed:
        if not (
            isinstance(block, dict)
            and isinstance(block.get("text"), str)
            and isinstance(block.get("reason"), str)
            and isinstance(block.get("kept"), bool)
        ):
            raise BadBundle(f"{where} has a damaged list of removed blocks")
        if block["kept"]:
            wanted.append((block["text"], block["reason"]))
    return wanted
