"""Posts embedded in an article (tweets, Instagram, TikTok...) lifted out of their wrappers.

A post quoted in a report is part of what the outlet published: "quoted tweets vanish" was
one of the losses measured on saved pages. The post itself is a ``<blockquote>`` that
trafilatura keeps as a quote, but publishing systems wrap it: WordPress in ``<figure
class="wp-block-embed ...">``, others in a ``<div class="embed ...">``, and trafilatura
drops every figure and every element whose class says "embed" (video players, adverts)
before it reads the page. So each embedded post's wrappers are replaced by the post, in
place, before extraction; the page is otherwise untouched. A post's paragraph that is one
long link (Instagram's captioned embeds link the caption to the post) keeps its words
without the link, which trafilatura would drop with the post (CNN's 2015 page of a
driver's Instagram statement: recall 0.725 -> 0.963).
"""

from __future__ import annotations

import re
from typing import Any

from comparer.ingest.formats.page_letters import words_of

_POST = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|"
    r"reddit-embed|threads-embed|text-post-media|fb-post",
    re.IGNORECASE,
)
"""Classes the social networks' embedding snippets give the quoted post."""
_WRAPPER = re.compile(r"embed", re.IGNORECASE)
_ROOTS = frozenset({"article", "main", "body", "html"})
_MAX_EXTRA_CHARS = 200
_CAPTION_WORDS = 8
"""A link of this many words or more that is its paragraph is a caption, not a link."""


def lift_embedded_posts(tree: Any) -> None:
    """Replace the wrappers of every embedded post in ``tree`` by the post itself."""
    if tree is None:
        return
    for quote in list(tree.iter("blockquote")):
        if not _POST.search(quote.get("class") or ""):
            continue
        _unlink_captions(quote)
        wrapper = _outermost_wrapper(quote)
        if wrapper is not None:
            quote.tail = wrapper.tail
            wrapper.getparent().replace(wrapper, quote)


def _unlink_captions(quote: Any) -> None:
    """Keep the words of each paragraph of ``quote`` that is one long link, not the link.

    Instagram's captioned embeds write the post's caption as a link to the post, the whole
    of its paragraph; trafilatura drops a paragraph that is all link, and with it the post.
    """
    for link in list(quote.iter("a")):
        paragraph = link.getparent()
        words = words_of(link)
        if paragraph.tag != "p" or len(words.split()) < _CAPTION_WORDS:
            continue
        if words_of(paragraph) == words:
            paragraph.text, link.tail = words, None
            paragraph.remove(link)


def _outermost_wrapper(quote: Any) -> Any:
    """The farthest ancestor that only wraps ``quote`` (a figure or an "embed" element).

    Only wrappers holding little besides the post (a caption, a "View on Instagram" link):
    an "embedded-content" class on a container of the whole article must not lose it.
    """
    found = None
    most = len(words_of(quote)) + _MAX_EXTRA_CHARS
    for ancestor in quote.iterancestors():
        if ancestor.tag in _ROOTS or ancestor.getparent() is None:
            break
        wraps = ancestor.tag == "figure" or _WRAPPER.search(ancestor.get("class") or "")
        if not wraps or len(words_of(ancestor)) > most:
            break
        found = ancestor
    return found
