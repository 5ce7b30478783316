"""Whether the words after the last bar of a browser tab's title name a site.

A page's title copied with it ends with its site ("… | HuffPost", "… | CNN Politics") or
with a section or a page's kind ("… | Politics", "… | Timeline", "… | Texas"). Only a site
is the outlet: a known outlet or agency, a name with a news word ("Fox News"), a brand
("HuffPost"), a domain ("Dailymail.co.uk"), a word no dictionary holds ("Gothamist"), or
capitalised words that are no person's name ("Coastal Rights Alliance").
Read by :func:`comparer.ingest.metadata._without_site`.
"""

from __future__ import annotations

import re

from comparer import wordnet
from comparer.ingest.bylines import WORD_OUTLETS, outlet_line
from comparer.ingest.kickers import agency_name, news_masthead, plausible_person

_SECTIONS = frozenset(
    ("news", "us news", "u.s. news", "uk news", "world news", "local news", "national news",
     "business news", "sports news", "breaking news", "latest news", "politics", "world",
     "sports", "full list", "fact check", "map", "transcript", "what we know", "in pictures",
     "timeline", "live", "live updates", "live blog", "video", "photos")
)  # fmt: skip
"""Sections and kinds of page a news word or a capital would pass for a site ("US News")."""
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|co\.uk|uk|de|fr|au|ca|ie|in|news)", re.I)


def site_name(tail: str) -> bool:
    """Whether ``tail``, the words after a title's last bar, names a site."""
    text = tail.strip().rstrip(".")
    if section_name(text):
        return False
    known = text.casefold().removeprefix("the ") in WORD_OUTLETS
    if known or agency_name(text) or outlet_line(text) or news_masthead(text):
        return True
    words = text.split()
    if len(words) > 1:
        if agency_name(words[0]) or outlet_line(words[0]):
            return True  # "CNN Politics"
        capitalised = all(word[:1].isupper() for word in words)
        return capitalised and not plausible_person(text, strict=True)  # "Coastal Rights Alliance"
    return bool(_DOMAIN.fullmatch(text)) or not wordnet.lemmas(text)


def section_name(tail: str) -> bool:
    """Whether ``tail`` is surely no site: a section or kind of page ("US News", "Full
    List"), a place ("Texas"), or one word of the dictionary no outlet is named by
    ("Timeline", "Map")."""
    text = tail.strip().rstrip(".")
    key = text.casefold()
    if key in _SECTIONS or all("L" in wordnet.flags(word) for word in text.split()):
        return True
    one_word = len(text.split()) == 1 and bool(wordnet.lemmas(text))
    return one_word and key not in WORD_OUTLETS and not agency_name(text) and "." not in text
