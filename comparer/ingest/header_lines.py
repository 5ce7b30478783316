"""The lines under a headline that carry its metadata: bylines, date lines and credits.

Near the top, a byline ("By X and Y, Outlet") gives the authors and perhaps the outlet; a
line made of a date and an outlet ("November 12th, 2017 – Fort Russ News –") and a line of
credits between dashes ("– Breakingnews.sy – – translated by Samer Hussein –") are
metadata, taken out of the text; so is a byline anywhere in the text that names exactly
the authors already known ("Von Tim Ehlers" under a standfirst and a section's name,
under the page's author metas), and so are a byline naming only an agency or a desk ("By The
Associated Press": credits) and a date line in German, French, Dutch, Spanish or Italian
(:func:`comparer.dates.foreign_date_line`). A wire byline under a paper's masthead keeps the
paper as the outlet and credits the agency; with no other outlet known, the agency is the
outlet, as a journalist would cite it. A printed text (a file or pasted text) may also sign
without "By" ("Helene Cooper, Staff Writer") and print the agency under the byline.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from comparer.dates import DATE_PATTERN, foreign_date_line, parse_date, us_stamp_line
from comparer.ingest.bylines import outlet_line, parse_byline, parse_signature
from comparer.ingest.furniture import Marked
from comparer.ingest.kickers import agency_name, plausible_person
from comparer.ingest.people import People, clean_authors, name_key
from comparer.model import Furniture, Metadata

_HEADER_ZONE = 200
_BYLINE_CHARS = 150
"""Longest line taken for a byline repeating the known authors."""
"""Metadata lines stand above the body: the scan stops at the first paragraph this long."""
_STAMP_LINES = 8
"""How near the top a date stamp the furniture rules took out still dates the article."""
_LEADING_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?,?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
)
"""A time and a weekday before the date ("Updated 3:45 PM ET, Thu December 20, 2018", CNN)."""
DATE_LINE = re.compile(
    r"(?:(?:published|posted|updated|last updated|date|this (?:story|article) is from)"
    r"(?: on)?\s*:?\s*)?"
    rf"{_LEADING_TIME}(?P<date>{DATE_PATTERN})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*[-–—|•]\s*(?P<outlet>[^-–—|•!?,;:]{2,60}?))?(?:\s*[-–—|•])*",
    re.IGNORECASE,
)
OUTLET_DATE_LINE = re.compile(
    rf"(?P<outlet>[^-–—|•\d]{{2,60}}?)\s*[-–—|•]\s*(?P<date>{DATE_PATTERN})\s*",
    re.IGNORECASE,
)
_TIME = r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_PUBLISHED_UPDATED = re.compile(
    rf"(?:published|posted)(?: on)?\s*:?\s*(?P<date>{DATE_PATTERN}){_TIME}\s*[|·•,-]?\s*"
    rf"(?:updated|last updated)(?: on)?\s*:?\s*(?:{DATE_PATTERN}){_TIME}",
    re.IGNORECASE,
)
"""A date line copied from a page with both dates ("Published Dec. 20, 2018 Updated Dec. 21,
2018"): the first is the publication's."""
_CREDIT_LINE = re.compile(r"[-–—](?P<body>.{2,200})[-–—]")
_DASH_RUN = re.compile(r"\s*(?:[-–—]\s*)+")
_CREDIT = re.compile(r"[^.!?,;:]+(?:\.\w[^.!?,;:]*)*")
_CREDIT_WORDS = 6
_NAME = r"[A-Z][\w’'-]*\.?(?: (?:[A-Z][\w’'-]*\.?|de|al|el|van|von|bin)){0,4}"
_CREDIT_ROLE = re.compile(
    rf"(?i:translated by|edited by|additional reporting by|photos? by|photographs? by|"
    rf"photography by|video by|graphics by|illustrations? by) {_NAME}"
    rf"(?:(?:,| and| &) {_NAME}){{0,3}}\.?"
)
_STORY_BY = re.compile(r"(?:story|text|words|reporting) by\s+", re.IGNORECASE)
_BYLINE_DATE = re.compile(rf"(?P<byline>.+?)[\s,|·•-]+(?P<date>{DATE_PATTERN})\s*", re.IGNORECASE)
_CREDIT_BYLINE = re.compile(r"(?:by|von|por|par|door)\s+(?P<rest>.{2,60})", re.IGNORECASE)


def read_header(marked: Marked, meta: Metadata, printed: bool) -> Metadata:
    """Mark the metadata lines at the top of ``marked`` (and a byline right under an opening
    standfirst) and return ``meta`` completed by them and by a date stamp near the top."""
    meta = _byline_under_lead(marked, _header_lines(marked, meta, printed))
    _mark_author_bylines(marked, meta)
    return _stamped_date(marked, meta)


def _mark_author_bylines(marked: Marked, meta: Metadata) -> None:
    """Mark the lines that are a byline naming exactly ``meta``'s authors, wherever they
    stand: the byline the page's metadata already gave, not the story's words."""
    authors = {name_key(name) for name in clean_authors(meta.author).names}
    if not authors:
        return
    for index in marked.kept():
        line = marked.paragraphs[index]
        byline = parse_byline(line, meta.outlet) if len(line) <= _BYLINE_CHARS else None
        if byline is not None and {name_key(n) for n in byline[0].names} == authors:
            marked.marks[index] = Furniture.METADATA


def _header_lines(marked: Marked, meta: Metadata, printed: bool) -> Metadata:
    kept = marked.kept()
    after_byline = False
    for index in kept:
        line = marked.paragraphs[index]
        if len(line) >= _HEADER_ZONE:
            break
        found = _header_meta(line, meta)
        if found is None and printed:
            found = _signature(line, meta, under_headline=index == kept[0]) or _updated(line, meta)
        if found is None and printed and after_byline and outlet_line(line):
            # A wire byline's agency stands on the next line ("Associated Press").
            found = replace(meta, outlet=meta.outlet or line)
        after_byline = found is not None and found.author != meta.author
        if found is not None:
            marked.marks[index] = Furniture.METADATA
            meta = found
    return meta


def _byline_under_lead(marked: Marked, meta: Metadata) -> Metadata:
    """``meta`` with the byline printed right under a standfirst opening the text ("Von Nina
    Magoley" after WDR's two sentences), whose length ended the scan of the header lines
    (fires on that page alone of the five sets; no figure moved at four decimals). Out of
    the header, every name must strictly look like a person's: "By Train", "By Design" or
    "By Public Transport" there is a subheading."""
    kept = marked.kept()
    if len(kept) < 2 or len(marked.paragraphs[kept[0]]) < _HEADER_ZONE:
        return meta
    line = marked.paragraphs[kept[1]]
    byline = parse_byline(line, meta.outlet)
    if byline is None or not all(plausible_person(n, strict=True) for n in byline[0].names):
        return meta
    found = _with_byline(line, meta)
    if found is not None:
        marked.marks[kept[1]] = Furniture.METADATA
    return found or meta


def _dated(meta: Metadata, printed: str, day: date | None) -> Metadata:
    """``meta`` with the date a line prints, where it had none yet."""
    return replace(
        meta, published_raw=meta.published_raw or printed, published=meta.published or day
    )


def _header_meta(line: str, meta: Metadata) -> Metadata | None:
    dated = DATE_LINE.fullmatch(line) or OUTLET_DATE_LINE.fullmatch(line)
    if dated:
        outlet = (dated.group("outlet") or "").strip()
        meta = _dated(meta, dated.group("date"), parse_date(dated.group("date")))
        # "By Helene Cooper | Dec. 20, 2018": a byline beside the date, not an outlet.
        return _with_byline(outlet, meta) or replace(meta, outlet=meta.outlet or outlet)
    byline = _dated_byline(line, meta) or _with_byline(line, meta) or _credit_byline(line, meta)
    if byline:
        return byline
    foreign = foreign_date_line(line) or us_stamp_line(line)
    if foreign:
        return _dated(meta, *foreign)
    if _CREDIT_ROLE.fullmatch(line):
        return replace(meta, credits=(*meta.credits, line))
    shared = _shared_byline(line, meta)
    if shared:
        return shared
    items = _credits(line)
    if items:
        return replace(meta, credits=(*meta.credits, *items))
    return None


def _stamped_date(marked: Marked, meta: Metadata) -> Metadata:
    """``meta`` dated by a foreign date stamp near the top that the furniture rules took out
    ("Veröffentlicht am 14. Januar 2019, 10:30 Uhr"), when no date was read."""
    if meta.published is not None:
        return meta
    for paragraph, mark in list(zip(marked.paragraphs, marked.marks, strict=True))[:_STAMP_LINES]:
        foreign = foreign_date_line(paragraph) if mark is not None else None
        if foreign:
            return _dated(meta, *foreign)
    return meta


def _with_byline(line: str, meta: Metadata) -> Metadata | None:
    """``meta`` completed by the byline ``line`` is ("By X and Y, Outlet"), or ``None``."""
    byline = parse_byline(line, meta.outlet)
    if byline is None:
        return None
    people, outlet = byline
    # A wire byline in a paper's copy ("By Josh Lederman, Associated Press" under "The
    # Washington Post"): the paper is the outlet, the agency a credit.
    wire = (outlet,) if meta.outlet and outlet and agency_name(outlet) else ()
    credits = tuple(dict.fromkeys((*meta.credits, *people.credits, *wire)))
    return replace(
        meta, author=meta.author or people.author, outlet=meta.outlet or outlet, credits=credits
    )


def _shared_byline(line: str, meta: Metadata) -> Metadata | None:
    """A feature's byline shared with its photographer ("Story by Helene Cooper;
    photographs by Doug Mills"): the writer is the author, the rest credits."""
    parts = [part.strip() for part in line.split(";")]
    if len(parts) < 2 or not _STORY_BY.match(parts[0]):
        return None
    byline = _with_byline(_STORY_BY.sub("By ", parts[0], count=1), meta)
    if byline is None or not all(_CREDIT_ROLE.fullmatch(part) for part in parts[1:]):
        return None
    return replace(byline, credits=(*byline.credits, *parts[1:]))


def _dated_byline(line: str, meta: Metadata) -> Metadata | None:
    """A byline ending with the date ("By Helene Cooper Dec. 20, 2018", a byline and its date
    line rejoined by the reflow; "By Helene Cooper, December 20, 2018")."""
    found = _BYLINE_DATE.fullmatch(line)
    byline = _with_byline(found.group("byline"), meta) if found else None
    if found is None or byline is None:
        return None
    day = parse_date(found.group("date"))
    if day is None:
        return None
    raw = byline.published_raw or found.group("date")
    return replace(byline, published=byline.published or day, published_raw=raw)


def _credit_byline(line: str, meta: Metadata) -> Metadata | None:
    """A byline naming only an agency or a desk ("By The Associated Press", "By Times Staff",
    "Por Agencia EFE"): credits, and the agency is the outlet when none is known."""
    credits = _credits_only(line)
    if not credits:
        return None
    agency = next((credit for credit in credits if agency_name(credit)), "")
    merged = tuple(dict.fromkeys((*meta.credits, *credits)))
    return replace(meta, outlet=meta.outlet or agency, credits=merged)


def _credits_only(line: str) -> tuple[str, ...]:
    """The agencies or desks of a byline that names no person ("By The Associated Press",
    "By Times Staff"), or ``()``."""
    found = _CREDIT_BYLINE.fullmatch(line.strip().rstrip("."))
    people = clean_authors(found.group("rest")) if found else People()
    named = all(word[:1].isupper() for credit in people.credits for word in credit.split())
    return people.credits if named and not people.names else ()  # not "By the end of May 2"


def _signature(line: str, meta: Metadata, *, under_headline: bool) -> Metadata | None:
    """A byline without "By" ("Helene Cooper, Staff Writer"; names alone under the headline)."""
    found = parse_signature(line, bare=under_headline and bool(meta.title))
    if found is None:
        return None
    people, outlet = found
    return replace(meta, author=meta.author or people.author, outlet=meta.outlet or outlet)


def _updated(line: str, meta: Metadata) -> Metadata | None:
    found = _PUBLISHED_UPDATED.fullmatch(line)
    if not found:
        return None
    return _dated(meta, found.group("date"), parse_date(found.group("date")))


def _credits(line: str) -> tuple[str, ...]:
    """The items of a credit line between dashes ("– Agency – – translated by X –")."""
    found = _CREDIT_LINE.fullmatch(line)
    if not found:
        return ()
    items = tuple(item for item in _DASH_RUN.split(found.group("body").strip()) if item)
    fits = all(_CREDIT.fullmatch(i) and len(i.split()) <= _CREDIT_WORDS for i in items)
    return items if fits else ()
