"""A printed page's title property without the site's name, where the page shows its head.

A browser prints a page to PDF with the page's title as the file's title property, the
site's name or a date after a bar or a dash ("The sharing economy is a lie … - Salon.com",
"The 'birth lottery' and economic mobility - Feb. 1, 2016", "Facebook Is Tracking Me Even
Though I'm Not on Facebook | American Civil Liberties Union"). When the text holds the part
before the last separator as a line of its own, or as the start of one (the headline set
over the story), or holds a line that opens it and is most of it (a headline whose last
word wrapped away), that part is the headline, and a suffix with no digit (a date's) is
the site's name, the outlet, as is a channel's name and number ("France 24"). A line with
an address is the browser's header, not the page's. A title the text shows whole ("Ferry
strike ends after two days - and crews return to work") is the headline as it stands, and
a suffix opening in lower case is the headline's own words unless it names a site
("theguardian.com", "euronews").
"""

from __future__ import annotations

import re

from comparer.ingest.site_names import LONGEST_TITLE, named_outlet, site_name
from comparer.one_line import tidy

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—)\s+")
_MOST = 0.6
"""A line opening the head holds at least this share of it to vouch for it."""
_MIN_WORDS = 4
_LINE_END = re.compile(r"\r\n|[\r\n\x0b\x0c]")


def shown_title(title: str, text: str) -> tuple[str, str] | None:
    """The head of ``title`` and its site (empty for a date), when ``text`` shows the head;
    else None (and for a title no browser tab holds, whose runs of spaces took the separator
    search seconds)."""
    if len(title) > LONGEST_TITLE:
        return None
    cuts = list(_SEPARATOR.finditer(title))
    if not cuts:
        return None
    head, suffix = title[: cuts[-1].start()].strip(), title[cuts[-1].end() :].strip()
    if len(head.split()) < _MIN_WORDS or (suffix[:1].islower() and not site_name(suffix)):
        return None
    if _shown(title.casefold(), text, whole=True) or not _shown(head.casefold(), text):
        return None
    dated = any(c.isdigit() for c in suffix) and not named_outlet(suffix)  # not "France 24"
    return head, "" if dated else suffix


def _shown(head: str, text: str, whole: bool = False) -> bool:
    """Whether a line of ``text`` opens with ``head`` or, unless ``whole``, opens it."""
    for line in map(tidy, _LINE_END.split(text)):
        folded = line.casefold()
        if "://" in folded:
            continue  # a browser's header: the title and the address (Firefox)
        if folded.startswith(head):
            return True
        if whole:
            continue
        opening = head.startswith(folded) and len(folded.split()) >= _MIN_WORDS
        if opening and len(folded) >= _MOST * len(head):
            return True
    return False
