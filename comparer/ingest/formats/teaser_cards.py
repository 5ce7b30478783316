"""Teaser cards: another story's linked headline and the summary printed under it.

Pages close an article with cards for other stories (an audio piece, a video, the
section's latest), each a headline that is a link and a sentence or two under it.
trafilatura drops the linked headline but often keeps the summary, which then reads as the
article's last paragraphs ("Intelligente Sprachmodelle scheinen professionelle Übersetzer
überflüssig zu machen. Oder hat die KI doch ihre Grenzen?"). A paragraph is such a summary
when, within three levels above it, an element holds a link to another page of three words
or more (not inside the paragraph) and next to nothing else: the card's words are the
link's (perhaps twice, as an image's caption and a headline), the paragraph's and at most
:data:`_LABEL_LETTERS` more (a duration, a kicker), and the link stands before the
paragraph. A paragraph is a ``<p>`` or a ``<div>`` holding text and no block: CNN's cards
print their summaries so (Newspaper 0.9716 -> 0.9767, halves 0.9476 / 0.9989 -> 0.9572 /
0.9989; the other sets unchanged). A paragraph holding a link of its own,
or standing in a quotation (an embedded post's text beside its dated link), is no summary.
:mod:`.link_lists` cuts these paragraphs with the link lists, as removed "read more" blocks.
Dropped: any link in the card, counted in words (Readability's half b 0.9847 -> 0.9815:
Mozilla's feature text above its "See what it can do for you", a Japanese lead, written
without spaces, beside a related headline), and a link in a sentence of the card's
paragraphs (the Express's next paragraph went). A summary the page also prints off any card
(a sidebar card for this very story repeating its lead) is the article's own and stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from comparer.ingest.formats.page_letters import key, letters, words_of

_MIN_WORDS = 5
_LINK_WORDS = 3
_LABEL_LETTERS = 40
"""Letters a card may hold besides its headline and summary: a label, a duration ("Audio
3 Min"), counted in letters so that scripts written without spaces count alike."""
_LEVELS = 3
_CARD_ELEMENTS = 80
_QUOTES = frozenset({"blockquote", "q", "figure"})
_BLOCKS = frozenset(
    {"div", "p", "ul", "ol", "li", "table", "section", "article", "aside", "figure", "header",
     "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "form", "dl", "pre"}
)  # fmt: skip


def card_summaries(tree: Any) -> set[str]:
    """The keys of the page's paragraphs that are another story's summary on its card, and
    of no paragraph off a card: a sidebar card for this very story repeats its lead, which
    then stays the article's."""
    cards, own = set(), set()
    for paragraph in _paragraphs(tree):
        words = words_of(paragraph)
        if len(words.split()) < _MIN_WORDS:
            continue
        if not _linked_or_quoted(paragraph) and _on_a_card(paragraph, words):
            cards.add(key(words))
        else:
            own.add(key(words))
    return cards - own - {""}


def _paragraphs(tree: Any) -> Iterator[Any]:
    """The page's paragraphs: its ``<p>`` elements, and each ``<div>`` holding text and no
    block (CNN's card prints its summary in ``<div class="cnn_stryscbx4">``)."""
    for element in tree.iter("p", "div"):
        if element.tag == "p" or not any(child.tag in _BLOCKS for child in element):
            yield element


def _linked_or_quoted(paragraph: Any) -> bool:
    if any(link.get("href") for link in paragraph.iter("a")):
        return True
    return any(ancestor.tag in _QUOTES for ancestor in paragraph.iterancestors())


def _on_a_card(paragraph: Any, words: str) -> bool:
    """Whether the nearest element above ``paragraph`` holding another link is a card."""
    element = paragraph
    for _ in range(_LEVELS):
        element = element.getparent()
        if element is None or _larger_than_a_card(element):
            return False
        link = _headline_link(element, paragraph, words)
        if link:
            card = letters(words_of(element))
            repeats = max(card.count(letters(link)), 1)
            extra = len(card) - len(letters(words)) - repeats * len(letters(link))
            return extra <= _LABEL_LETTERS
    return False


def _larger_than_a_card(element: Any) -> bool:
    """Whether ``element`` holds more elements than a card does (and looking for a link in
    an article's body for each of its paragraphs would cost time squared)."""
    return next(islice(element.iter(), _CARD_ELEMENTS, None), None) is not None


def _headline_link(element: Any, paragraph: Any, words: str) -> str:
    """The words of the first link under ``element`` before ``paragraph`` to another page
    that could be a headline, or "": a card's headline stands above its summary, where a
    call to action ("See what it can do for you") stands below a product's."""
    for link in element.iter("a", "p"):
        if link is paragraph:
            return ""
        href = link.get("href") or "#"
        if link.tag != "a" or href.startswith("#") or _in_a_paragraph(link, element):
            continue
        text = words_of(link)
        if len(text.split()) >= _LINK_WORDS and text != words and words not in text:
            return text
    return ""


def _in_a_paragraph(link: Any, element: Any) -> bool:
    """Whether ``link`` stands in a paragraph under ``element``: a link in a sentence of the
    article ("Meghan Markle's mum, <a>Doria Ragland is said to be ...</a>"), no headline."""
    for above in link.iterancestors():
        if above is element:
            return False
        if above.tag == "p":
            return True
    return False
