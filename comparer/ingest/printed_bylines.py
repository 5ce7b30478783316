"""A printed page's byline, found below the site's furniture and cut from what follows it.

A web page printed to PDF keeps what stood above its article (a menu's leftovers, teasers,
a subscription box), so the byline is not among the first lines the header scan reads, and
the page prints it on one line with the date, the time and a handle: "By Erin Cunningham
March 18 at 3:57 PM Follow @erinmcunningham", "by: Laurie Oakes From: Herald Sun March 13,
2015 9:00PM", "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and
Technology Project April 5, 2018 | 6:00 PM". Among the first :data:`_REACH` paragraphs, a
short one opening with "By" is cut at its trailer (a date, a time, "|", "@", "Follow",
"From:"), then at its last commas until it reads as a byline whose every name may be a
person's (strictly, when no trailer vouches for it); the date in its trailer, or in the
next paragraph, dates the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from comparer.dates import DATE_PATTERN, WHOLE_DATE, parse_date
from comparer.ingest.bylines import parse_byline
from comparer.ingest.furniture import Marked
from comparer.ingest.kickers import plausible_person
from comparer.ingest.people import People
from comparer.model import Furniture, Metadata

_REACH = 40
"""How many paragraphs from the top a printed page's byline may stand on."""
_LONGEST = 250
_BY = re.compile(r"(?i:by):?\s+\S")
_HOUR = r"\d{1,2}[:.]\d{2}\s*"
_TIME = rf"{_HOUR}(?i:[ap]\.?m\.?)?"
_MONTH_DAY = r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
_TRAILER = re.compile(
    rf"\s*(?:[|•·]|@\w|\bFollow\b|\bFrom:|\bUpdated\b|\bPublished\b|{_TIME}|{DATE_PATTERN}"
    rf"|{_MONTH_DAY})",
)
_CLOCK = rf"{_HOUR}(?i:[ap]\.?m\b\.?)"
"""A time with its am/pm: a stamp's, not a price's or an hour's ("12.50", "9:00")."""
_ZONE = r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|IST|AEST|AEDT)"
_STAMPED = r"(?i:updated|published|posted):?\s*"
_BARRED_TIME = (
    rf"^\s*\|\s*(?:{_CLOCK}|{_STAMPED}(?:{_CLOCK}|\d{{1,2}}:\d{{2}}))(?:\s*{_ZONE})?\s*"
    rf"(?:$|[|•·](?!.*\d[:.]\d{{2}}))"
)
"""A time stamp after the byline's bar, as a date line prints it ("| 4:08 PM", "| 4:08 PM ET
| Share", "| Updated 16:08"): a clock with am/pm, or any after "Updated", and a time zone
from a list; not opening hours ("| 9:00 - 17:00", "| 9:00 AM | 5:00 PM") nor a price
("| 12.50 | Book now", "| 2.50 EUR")."""
# What vouches for a byline whose names the strict rule doubts: a date, a handle or a time
# stamp after a bar ("By Erin Cunningham March 18 … @erinmcunningham", "By Mary Rose Page
# | 4:08 PM"), not a bar or "Follow" alone, nor hours ("By Appointment Only | 9:00 - 17:00",
# "By Invitation Only Follow us").
_VOUCHES = re.compile(rf"@\w|{DATE_PATTERN}|{_MONTH_DAY}|{_BARRED_TIME}")


def byline_below_furniture(marked: Marked, meta: Metadata) -> Metadata:
    """``meta`` with the author (and date) of the first byline among the paragraphs near the
    top of ``marked``, which is marked as metadata; ``meta`` when it has an author."""
    if meta.author:
        return meta
    kept = marked.kept()[:_REACH]
    for position, index in enumerate(kept):
        line = marked.paragraphs[index]
        if len(line) > _LONGEST or not _BY.match(line):
            continue
        people, trailer = _byline(line, meta.outlet)
        if people is None:
            continue
        marked.marks[index] = Furniture.METADATA
        after = [marked.paragraphs[i] for i in kept[position + 1 : position + 2]]
        return _dated(replace(meta, author=people.author), [trailer, *after])
    return meta


def _byline(line: str, outlet: str) -> tuple[People | None, str]:
    """The people ``line`` names before its trailer, and the trailer."""
    cut = _TRAILER.search(line, 3)
    head, trailer = (line[: cut.start()], line[cut.start() :]) if cut else (line, "")
    parts = head.rstrip(" ,;-–—").split(",")
    for end in range(len(parts), 0, -1):
        found = parse_byline(",".join(parts[:end]), outlet)
        strict = not _VOUCHES.search(trailer)
        if found and all(_person(name, strict=strict) for name in found[0].names):
            return found[0], trailer
    return None, trailer


def _person(name: str, *, strict: bool) -> bool:
    """A person's name, with no acronym among words in small letters ("ACLU Speech", a
    department after a job title); ``strict`` (no date or handle vouches for the line:
    "By Public Transport" is a subheading) by :func:`plausible_person`'s strict rule."""
    words = name.split()
    acronym = any(len(w) > 1 and w.isupper() for w in words) and not name.isupper()
    return plausible_person(name, strict=strict) and not acronym


def _dated(meta: Metadata, lines: list[str]) -> Metadata:
    """``meta`` with the first full date in ``lines``, where it had none."""
    if meta.published is not None:
        return meta
    for line in lines:
        for found in WHOLE_DATE.finditer(line):
            day = parse_date(found.group(0))
            if day is not None:
                return replace(meta, published_raw=found.group(0), published=day)
    return meta
