"""Whether the words after the last bar of a browser tab's title name a site.

A page's title copied with it ends with its site ("… | HuffPost", "… | CNN Politics") or
with a section or a page's kind ("… | Politics", "… | Timeline", "… | Texas"). Only a site
is the outlet: a known outlet or agency, a name with a news word ("Fox News"), a brand
("HuffPost"), a domain ("Dailymail.co.uk"), a word no dictionary holds ("Gothamist"),
capitalised words that are no person's name ("Coastal Rights Alliance"), or a name with a
number or foreign words that is a known outlet or a channel's ("Deutsche Welle", "France 24").
Read by :func:`comparer.ingest.metadata._without_site`. :func:`site_suffix` is the one
cutter of a site after a dash, a bar or (in a printed PDF's title) a colon, which pasted
and printed titles share; a bar's sections (:func:`~comparer.ingest.metadata._piped_site`)
and a printed title shown in its text (:mod:`~comparer.ingest.formats.pdf_title`, whose
site may hold a hyphen) are cut by their own rules.
"""

from __future__ import annotations

import re
from functools import cache

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
_NAMED_OUTLETS = frozenset(
    ("deutsche welle", "france 24", "24 heures", "le figaro", "frankfurter allgemeine",
     "corriere della sera", "la repubblica", "la stampa", "le parisien", "rai news 24")
)  # fmt: skip
"""Outlets named with a number or with foreign words that read as a person's name or a
section ("Deutsche Welle", "Le Figaro"), which no other rule here knows."""
_CHANNEL = re.compile(r"(?P<name>\S.*?) (?P<number>\d{1,2})|\d{1,2}(?i:news)")
"""A channel's name and number ("Fox 5", "KTLA 5"), or a number and "News" in one word
("9News", "7NEWS"); not a year ("Election 2020")."""
_BROADCASTERS = frozenset(
    ("abc", "nbc", "cbs", "fox", "cw", "itv", "rtl", "rai", "tf", "sbs", "npo", "ard", "tvn",
     "channel")
)  # fmt: skip
"""Broadcasters whose channels a number names ("Fox 5", "RTL 4", "Channel 4")."""
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")
"""An American station's call sign ("KTLA", "WFAA"); four letters, since three-letter
ones are mostly other acronyms ("WHO 2", "WWE 2")."""
_NOT_CALL_SIGNS = frozenset(("wwdc", "wnba", "wwii", "kpop", "kfc"))
"""Four-letter acronyms shaped like call signs that head headlines ("WWDC 24", "WNBA 3")."""
PASTED_SEPARATORS = "|–—-"
"""What parts a pasted or Word title from its site ("… | Reuters", "… - The Guardian")."""
PRINTED_SEPARATORS = "-–—|:·"
"""What parts a printed PDF's title property from its site: a colon or a middle dot too
("… : Le Monde", "… · Medium"), since the headline set in large type vouches for the cut."""
LONGEST_TITLE = 600
"""No browser tab's title is longer: a longer one has no site to cut."""
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|co\.uk|uk|de|fr|au|ca|ie|in|news)", re.I)


def site_name(tail: str) -> bool:
    """Whether ``tail``, the words after a title's last bar, names a site."""
    text = tail.strip().rstrip(".")
    if section_name(text):
        return False
    known = text.casefold().removeprefix("the ") in WORD_OUTLETS or named_outlet(text)
    if known or agency_name(text) or outlet_line(text) or news_masthead(text):
        return True
    words = text.split()
    if len(words) > 1:
        if agency_name(words[0]) or outlet_line(words[0]):  # "CNN Politics", not "WWDC 24"
            named = not any(word[:1].isdigit() for word in words[1:])
            return named and (words[0].isupper() or not plausible_person(text, strict=True))
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


def named_outlet(tail: str) -> bool:
    """Whether ``tail`` is an outlet whose name holds a number or foreign words: a known one
    ("Deutsche Welle", "Le Figaro") or a channel ("France 24", "KTLA 5", "9News")."""
    text = tail.strip().rstrip(".")
    if text.casefold() in _NAMED_OUTLETS:
        return True
    channel = _CHANNEL.fullmatch(text)
    if channel is None or channel.group("name") is None:
        return channel is not None
    return all(_channel_word(word) for word in channel.group("name").split())


def _channel_word(word: str) -> bool:
    """A word of a channel's name: a broadcaster or a call sign ("Fox", "KTLA"), or an agency
    or outlet ("Rai News"); not a place ("Chicago 7", "Qatar 22": a channel named after a
    country, "France 24", is a known outlet), a league or a disease ("NFL 2", "COVID 19")."""
    if word.casefold() in _BROADCASTERS:
        return True
    if _CALL_SIGN.fullmatch(word):
        return word.casefold() not in _NOT_CALL_SIGNS
    return agency_name(word) or news_masthead(word)


def site_suffix(title: str, *, separators: str, longest: int) -> tuple[str, str] | None:
    """``title`` cut before the site after its last separator ("… | Reuters" → "…",
    "Reuters"): one of ``separators`` between spaces, then 2 to ``longest`` characters with
    none of them (no hyphen: "Agence France-Presse" is no suffix); or ``None``. The head may
    be empty or blank; the site is stripped. A title longer than :data:`LONGEST_TITLE` has
    no site: the pattern's backtracking over a long run of spaces took seconds (20,000
    spaces: 10 s)."""
    if len(title) > LONGEST_TITLE:
        return None
    found = _suffix(separators, longest).fullmatch(title)
    return (found.group("title"), found.group("site").strip()) if found else None


@cache
def _suffix(separators: str, longest: int) -> re.Pattern[str]:
    marks = re.escape(separators)
    return re.compile(rf"(?P<title>.*)\s+[{marks}]\s+(?P<site>[^{marks}]{{2,{longest}}})")
