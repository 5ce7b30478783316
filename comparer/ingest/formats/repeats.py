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

from bisect import bisect_left
from typing import Any

from comparer.ingest.formats.page_letters import letters, words_of

_Element = Any  # an lxml element (lxml ships no type stubs)
_MIN_LETTERS = 50
_LEAF_BLOCKS = ("p", "div", "blockquote")
_BLOCK_CHILDREN = frozenset({"p", "div", "blockquote", "ul", "ol", "table", "section"})


def with_page_repeats(tree: _Element | None, text: str) -> str:
    """``text`` with each paragraph the page repeats in a row given as many copies."""
    runs = _repeated_runs(tree) if tree is not None else {}
    if not runs:
        return text
    lines = text.split("\n")
    # Each line's letters are read once, every paragraph's first lines are found in one
    # pass, and all copies go in in another: looking for each paragraph over the whole text
    # and rebuilding it after each made a page of 8,000 doubled paragraphs take 9 s of CPU.
    keys = [letters(line) for line in lines]
    spans = _first_spans(keys, runs)
    copies = [_copies_of(keys, spans.get(own), own, wanted) for own, wanted in runs.items()]
    # A later paragraph's copies due at the same line go before an earlier one's, as when
    # each was put in in turn.
    due = sorted((copy[0], -order, copy) for order, copy in enumerate(copies) if copy)
    return "\n".join(_with_copies(lines, [copy for _, _, copy in due]))


_Copies = tuple[int, int, int, int]  # where they go, first and end line copied, how many


def _copies_of(
    keys: list[str], span: tuple[int, int] | None, own: str, wanted: int
) -> _Copies | None:
    """The copies the paragraph ``own`` lacks to be printed ``wanted`` times in a row.

    ``span`` is the first run of lines that prints it.
    """
    if span is None:
        return None
    start, end = span
    after, copies = end, 1
    while "".join(keys[after : after + end - start]) == own:
        after, copies = after + end - start, copies + 1
    extra = wanted - copies
    return (after, start, end, extra) if extra > 0 else None


def _with_copies(lines: list[str], due: list[_Copies]) -> list[str]:
    """``lines`` with each of ``due`` (in order of where they go) put in."""
    result: list[str] = []
    done = 0
    for after, start, end, extra in due:
        result += lines[done:after] + lines[start:end] * extra
        done = after
    return result + lines[done:]


def _first_spans(keys: list[str], owns: dict[str, int]) -> dict[str, tuple[int, int]]:
    """The first run of lines whose letters (``keys``), joined, are each of ``owns``.

    A paragraph may span several lines (the page's own line breaks inside it). One pass
    over the lines, a run growing from each while it still begins some paragraph.
    """
    ordered = sorted(owns)
    spans: dict[str, tuple[int, int]] = {}
    for start, gathered in enumerate(keys):
        end = start + 1
        while gathered and _begins_one(ordered, gathered):
            if gathered in owns and gathered not in spans:
                spans[gathered] = (start, end)
            if end == len(keys):
                break
            gathered, end = gathered + keys[end], end + 1
    return spans


def _begins_one(ordered: list[str], gathered: str) -> bool:
    """Whether ``gathered`` begins one of the ``ordered`` (sorted) paragraphs."""
    at = bisect_left(ordered, gathered)
    return at < len(ordered) and ordered[at].startswith(gathered)


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
