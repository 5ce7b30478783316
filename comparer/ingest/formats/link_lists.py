"""Lists of links to other stories inside the extracted text, cut out.

An article often carries a list whose every item is a link and nothing more: the writer's
other columns ("I also write for Inc.com:" then five headlines on LinkedIn), a site's
"more on this" list. trafilatura keeps a list inside the body's container as the body's
own. Each run of lines that are each the whole of a list item of the page that is all one
link to another page is cut, when the run has two lines at least (a single link, a source,
is left); the line that introduces the list stays. A text that would lose
half its words is left whole: it is a page of teasers, and a list page's title and any text
at all are better than none (a Japanese security site's index on the Postlight set was
refused as having no text). Cutting only the list the text ends on missed LinkedIn's (a
plug for the writer's book follows it) and three of Fundus's four (GoOse F1 stayed 0.9308).
Runs of three lines at least, not two: Fundus 0.9726, not 0.9728 (0.9738 / 0.9713, not
0.9717: the Canadian Postmedia papers' two-link lists stayed).
"""

from __future__ import annotations

from typing import Any

from comparer.ingest.formats.page_letters import key, words_of

_MIN_LINES = 2
_MIN_KEPT_SHARE = 0.5
"""A text that is mostly such lists is a page of teasers, not an article: it is left whole."""


def without_link_lists(tree: Any, text: str) -> str:
    """``text`` without its lists of links (see the module's docstring)."""
    if tree is None or not text.strip():
        return text
    linked = _linked_items(tree)
    lines = text.split("\n")
    is_link = [bool(line.strip()) and key(line) in linked for line in lines]
    drop: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines):
        if is_link[index]:
            run.append(index)
        elif line.strip():
            drop.update(run if len(run) >= _MIN_LINES else [])
            run = []
    drop.update(run if len(run) >= _MIN_LINES else [])
    kept = "\n".join(line for index, line in enumerate(lines) if index not in drop)
    return kept if len(kept.split()) >= len(text.split()) * _MIN_KEPT_SHARE else text


def _linked_items(tree: Any) -> set[str]:
    """The keys of the page's list items that are wholly one link to another page."""
    found = set()
    for item in tree.iter("li"):
        links = item.findall(".//a")
        words = words_of(item)
        if len(links) != 1 or not words or words_of(links[0]) != words:
            continue
        if (links[0].get("href") or "#").startswith("#"):
            continue
        found.add(key(words))
    found.discard("")
    return found
