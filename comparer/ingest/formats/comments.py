"""Readers' comments cut out of a page before its article is extracted.

trafilatura leaves out comment sections it recognises by name (an id starting "comment",
Disqus's thread), but publishing systems name theirs in their own way: symfony's
``sf_comment_list``, ``article-comments``, ``comentarios``. In recall mode those comments
were read as the article's last paragraphs (half of a Spanish report's words on a saved
page of Última Hora), and a commenter's name as its author. So every element whose id or
class has "comment" (in the languages journalists read most) as one of its words is taken
out first. Roots (``html``, ``body``, ``main``, ``article``) are never taken, nor is a
name saying whether comments are open ("comments-open" is a WordPress class), nor an
element holding a headline or a declared article body, however many words a heavy menu
leaves it (an opinion column may be classed "comment"; a long discussion under a short post
is still comments), nor one under 20 words: a comment counter or button is left for
trafilatura to weigh with the rest of its toolbar.
"""

from __future__ import annotations

import re
from typing import Any

from comparer.ingest.formats.page_letters import words_of

_COMMENTS = re.compile(
    r"(?:^|[-_\s])(?:comments?|commentlist|comentarios?|kommentare?|commentaires?|"
    r"commenti|disqus(?:_thread)?)(?=$|[-_\s])"
    # A state of the post, not a section: "comments-open", "comments-closed"
    r"(?![-_](?:open|closed|enabled|disabled|allowed|off|on)\b)",
    re.IGNORECASE,
)
_ROOTS = frozenset({"html", "body", "main", "article"})
_MIN_WORDS = 20


def drop_comment_sections(tree: Any) -> None:
    """Remove every readers' comment section of ``tree`` (see the module's docstring)."""
    body = None if tree is None else tree.find("body")
    if body is None:
        return
    for element in [e for e in body.iter() if isinstance(e.tag, str) and _named(e)]:
        parent = element.getparent()
        if parent is None or element.tag in _ROOTS:
            continue
        words = len(words_of(element).split())
        if words >= _MIN_WORDS and not _holds_article(element):
            remove_keeping_tail(element)


def _holds_article(element: Any) -> bool:
    """Whether ``element`` holds a headline or a declared article body, as a column does."""
    return (
        element.find(".//h1") is not None
        or element.find(".//*[@itemprop='articleBody']") is not None
    )


def _named(element: Any) -> bool:
    names = f"{element.get('id') or ''} {element.get('class') or ''}"
    return bool(_COMMENTS.search(names))


def remove_keeping_tail(element: Any) -> None:
    """Take ``element`` out, keeping the text that follows it in its parent."""
    parent, tail = element.getparent(), element.tail or ""
    previous = element.getprevious()
    if tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
