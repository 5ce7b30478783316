"""A paragraph the page itself prints twice in a row keeps both copies.

trafilatura drops a block that repeats the one before it word for word (it takes such a
copy for an artefact of its own overlapping candidates), so a page whose body really says
a paragraph twice imports it once. A repeat is genuine when the page's own markup holds
it: the paragraph's element is followed, as its next sibling of the same tag, by one with
the same words. Such a run is given back in full where the text holds fewer copies. Only
blocks without block children are compared (so a container is never read as its own
copy), and only paragraphs long enough that a repeat cannot be a refrain of a few words;
pages printing a whole passage twice in different places (a print or mobile copy) are
left to the pipeline's repeated-run rule.
"""

from __future__ import annotations

from typing import Any

from comparer.ingest.formats.page_letters import letters, words_of

_Element = Any  # an lxml element (lxml ships no type stubs)
_MIN_LETTERS = 50
_LEAF_BLOCKS = ("p", "div", "blockquote")
_BLOCK_CHILDREN = frozenset({"p", "div", "blockquote", "ul", "ol", "table", "section"})


def with_page_repeats(tree: _Element | None, text: str) -> str:
    """``text`` with each paragraph the page repeats in a row given as many copies."""
    runs = _repeated_runs(tree) if tree is not None else {}
    lines = text.split("\n")
    # Each line's letters are read once: reading them again for every run made a page of
    # thousands of doubled paragraphs take minutes (runs times lines calls of the regex).
    keys = [letters(line) for line in lines]
    for own, wanted in runs.items():
        lines, keys = _with_copies(lines, keys, own, wanted)
    return "\n".join(lines)


def _with_copies(
    lines: list[str], keys: list[str], own: str, wanted: int
) -> tuple[list[str], list[str]]:
    """``lines`` (and their ``keys``) with the paragraph ``own`` given ``wanted`` copies in a row.

    A paragraph may span several lines (the page's own line breaks inside it).
    """
    span = _span_of(keys, own)
    if span is None:
        return lines, keys
    start, end = span
    after, copies = end, 1
    while "".join(keys[after : after + end - start]) == own:
        after, copies = after + end - start, copies + 1
    extra = max(0, wanted - copies)
    return (
        lines[:after] + lines[start:end] * extra + lines[after:],
        keys[:after] + keys[start:end] * extra + keys[after:],
    )


def _span_of(keys: list[str], own: str) -> tuple[int, int] | None:
    """The first run of lines whose letters (``keys``), joined, are ``own``."""
    for start, gathered in enumerate(keys):
        if not gathered or not own.startswith(gathered):
            continue
        for end in range(start + 1, len(keys) + 1):
            if gathered == own:
                return start, end
            if end == len(keys) or not own.startswith(gathered + keys[end]):
                break
            gathered += keys[end]
    return None


def _repeated_runs(tree: _Element) -> dict[str, int]:
    """The letters of each long paragraph the page prints in a row, and the run's length."""
    runs: dict[str, int] = {}
    for element in tree.iter(*_LEAF_BLOCKS):
        if not _is_leaf(element) or _continues_run(element):
            continue
        own = letters(words_of(element))
        if len(own) < _MIN_LETTERS:
            continue
        length = 1
        following = element.getnext()
        while _same_block(following, element.tag, own):
            length += 1
            following = following.getnext()
        if length > 1:
            runs[own] = max(runs.get(own, 1), length)
    return runs


def _is_leaf(element: _Element) -> bool:
    return not any(child.tag in _BLOCK_CHILDREN for child in element)


def _continues_run(element: _Element) -> bool:
    before = element.getprevious()
    return _same_block(before, element.tag, letters(words_of(element)))


def _same_block(other: _Element | None, tag: str, own: str) -> bool:
    return other is not None and other.tag == tag and letters(words_of(other)) == own
