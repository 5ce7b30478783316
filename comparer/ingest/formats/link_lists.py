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
Runs of three lines at least, not two, were tried: Fundus 0.9726, not 0.9728 (0.9738 /
0.9713, not 0.9717: the Canadian Postmedia papers' two-link lists stayed), so two it is.
A run the article announces in a sentence of its own ending in a colon (eight words or
more: "The documents released by the Senate on Tuesday include:") is its list of sources and
stays; labels ("I also write for Inc.com:", "ZDNet is available in the following
editions:") do not protect theirs. No page set's figure moved (the one run it kept, two
Windows stories on a Postlight blog page, is on a set scored on titles and leads). Every
run cut is handed back with the lines before it, and import keeps it as a removed "read
more" block after the nearest of them that stays, so the reader sees it and can put it back.
A teaser card's summary (:mod:`.teaser_cards`) is cut so too, a line alone: Fundus 0.9751 ->
0.9768 (halves 0.9751 / 0.9751 -> 0.9765 / 0.9772: NDR's, MDR's, Tagesschau's, rbb24's, The
Nation's cards), Readability 0.9756 -> 0.9773 (0.9666 / 0.9847 -> 0.9699 / 0.9847: the
Herald Sun's opinion cards), the other sets unchanged. Rzeczpospolita's subheading then
follows a "Czytaj więcej" label directly and goes with it as read-more furniture (recall
1.0 -> 0.989, F1 0.972 -> 0.993). A bar of links (:func:`link_bars`: a block of three
links or more and the marks between them, CNN's footer "Tools & Widgets | RSS | ...") is cut
so too: Newspaper 0.9767 -> 0.9772 (halves 0.9572 / 0.9989 -> 0.9582 / 0.9989), no other
page's text changed.

A text that is nothing but short such links (:func:`only_links`), a server's list of its files
("Directory listing for /", from a bare address) or an index of headlines with no word of
their own, holds no article: import refuses it rather than store file names as one. An
index whose links carry their summaries is kept as above.
"""

from __future__ import annotations

from typing import Any

from comparer.ingest.formats.page_letters import key, letters, words_of
from comparer.ingest.formats.teaser_cards import card_summaries

_MIN_LINES = 2
_ANCHORS = 3
_INTRO_WORDS = 8
_MIN_KEPT_SHARE = 0.5
_BAR_LINKS = 3
_NAME_CHARS = 120
"""Longest link line of a page holding no article; a longer one carries a teaser's summary
(the Postlight set's Japanese index of stories, kept for its title)."""
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset({"div", "p", "ul", "ol", "li", "table", "tr", "td", "br", "h1", "h2", "h3"})
"""A text that is mostly such lists is a page of teasers, not an article: it is left whole."""


Cut = tuple[tuple[str, ...], str]
"""A run of link lines cut out, as ``(the lines before it, nearest first; the run's lines)``:
import places it after the nearest of them that stays article text."""


def without_link_lists(tree: Any, text: str) -> tuple[str, tuple[Cut, ...]]:
    """``text`` without its lists of links (see the module's docstring), and the runs cut."""
    if tree is None or not text.strip():
        return text, ()
    linked, summaries = _linked_items(tree), card_summaries(tree) | link_bars(tree)
    lines = text.split("\n")
    runs = [
        run
        for run in _link_runs(lines, linked)
        if len(run) >= _MIN_LINES and not _introduced_by_the_article(lines, run)
    ]
    listed = {index for run in runs for index in run}
    runs += [[i] for i, line in enumerate(lines) if i not in listed and key(line) in summaries]
    runs.sort()
    drop = {index for run in runs for index in run}
    kept = "\n".join(line for index, line in enumerate(lines) if index not in drop)
    if len(kept.split()) < len(text.split()) * _MIN_KEPT_SHARE:
        return text, ()
    return kept, tuple(_cut(lines, run, drop) for run in runs)


def only_links(tree: Any, text: str) -> bool:
    """Whether every line of ``text`` is a list item of the page that is wholly one short
    link (a name, a headline), or a heading over them ("Directory listing for /")."""
    lines = [line for line in text.split("\n") if line.strip()]
    if tree is None or any(len(line) > _NAME_CHARS for line in lines):
        return False
    linked = _linked_items(tree)
    headings = {key(words_of(heading)) for heading in tree.iter(*_HEADINGS)}
    keys = [key(line) for line in lines]
    return any(k in linked for k in keys) and all(k in linked or k in headings for k in keys)


def _link_runs(lines: list[str], linked: set[str]) -> list[list[int]]:
    """The runs of consecutive link lines of ``lines`` (blank lines do not end a run)."""
    runs: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if line.strip() and key(line) in linked:
            runs[-1].append(index)
        elif line.strip() and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _introduced_by_the_article(lines: list[str], run: list[int]) -> bool:
    """Whether the line before ``run`` is the article's own sentence announcing it ("The
    documents released by the Senate on Tuesday include:"), not a label ("Read more:")."""
    before = [line.strip() for line in lines[: run[0]] if line.strip()]
    intro = before[-1] if before else ""
    return intro.endswith(":") and len(intro.split()) >= _INTRO_WORDS


def _cut(lines: list[str], run: list[int], drop: set[int]) -> Cut:
    before = [lines[i] for i in range(run[0]) if i not in drop and lines[i].strip()]
    return (tuple(reversed(before[-_ANCHORS:])), "\n".join(lines[i] for i in run))


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


def link_bars(tree: Any) -> set[str]:
    """The keys of the page's bars of links: a block holding no block, whose words are
    those of :data:`_BAR_LINKS` links or more to other pages and nothing else but the marks
    between them ("Tools & Widgets | RSS | Podcasts | Blogs"), a site's navigation."""
    found = set()
    for block in tree.iter("div", "p", "td"):
        if any(child.tag in _BLOCKS for child in block):
            continue
        links = [link for link in block.iter("a") if link.get("href", "#")[:1] not in "#"]
        if len(links) < _BAR_LINKS:
            continue
        words = words_of(block)
        if letters(words) == "".join(letters(words_of(link)) for link in links):
            found.add(key(words))
    found.discard("")
    return found
