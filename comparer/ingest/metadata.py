"""Read the metadata a page prints as text, and mark the lines that only carried it.

When markup gives no title, the first line of a plain-text article is its headline; a line
repeating the headline later is furniture, and so is a first line restating it in other
words (:func:`restates`: nearly all its words, a site's name or a kicker added; at 80% of
the words instead of 90%, Readability's Breitbart standfirst went too, F1 0.9754 -> 0.9746).
Near the top, a byline ("By X and Y, Outlet") gives the authors and perhaps the outlet; a
line made of a date and an outlet ("November 12th, 2017 – Fort Russ News –") and a line of
credits between dashes ("– Breakingnews.sy – – translated by Samer Hussein –") are
metadata, taken out of the text; so are a byline naming only an agency or a desk ("By The
Associated Press": credits) and a date line in German, French, Dutch, Spanish or Italian
(:func:`comparer.dates.foreign_date_line`). A wire byline under a paper's masthead keeps the
paper as the outlet and credits the agency; with no other outlet known, the agency is the
outlet, as a journalist would cite it. A dateline opening the first paragraph ("DAMASCUS,
Syria." / "Damascus, SANA-") is recorded but stays in the text, since it belongs to the
first sentence; in a printed text a capital or a town before a dash ("Den Haag -",
"Rotterdam -", "Kyiv, Ukraine (AP) —") is one too
(:mod:`~comparer.ingest.capitals`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from comparer.dates import DATE_PATTERN, foreign_date_line, parse_date, us_stamp_line
from comparer.ingest.bylines import outlet_line, parse_byline, parse_signature
from comparer.ingest.capitals import place_dateline
from comparer.ingest.furniture import Marked
from comparer.ingest.kicker_lines import (
    at_the_top,
    highlight_items,
    highlights_label,
    kicker_over,
)
from comparer.ingest.kickers import (
    AGENCY_NAMES,
    agency_name,
    kicker_line,
    news_masthead,
    plausible_person,
)
from comparer.ingest.people import People, clean_authors
from comparer.model import Furniture, Metadata

_HEADLINE_MAX = 250
_MASTHEAD_WORDS = 4
_HEADER_ZONE = 200
_SECOND_SIGN_LINES = 5
_NAME_WORDS = 4
_STAMP_LINES = 8
_URL = re.compile(r"https?://\S+|\bwww\.\S+")
"""Metadata lines stand above the body: the scan stops at the first paragraph this long."""

_LEADING_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?,?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
)
"""A time and a weekday before the date ("Updated 3:45 PM ET, Thu December 20, 2018", CNN)."""
_DATE_LINE = re.compile(
    r"(?:(?:published|posted|updated|last updated|date|this (?:story|article) is from)"
    r"(?: on)?\s*:?\s*)?"
    rf"{_LEADING_TIME}(?P<date>{DATE_PATTERN})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*[-–—|•]\s*(?P<outlet>[^-–—|•!?,;:]{2,60}?))?(?:\s*[-–—|•])*",
    re.IGNORECASE,
)
_OUTLET_DATE_LINE = re.compile(
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
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
"""The date a dateline may carry ("WASHINGTON, Dec. 20 —"), not a region."""
_CAPS_DATELINE = re.compile(
    r"(?P<line>(?P<place>(?:[A-Z][A-Z'’.-]* ){0,3}[A-Z][A-Z'’-]*[A-Z])"
    r"(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+){0,2}))?"
    r"(?: \((?P<agency>[A-Za-z][\w .&-]{1,30})\))?)(?:\. | ?[-–—]+ )"
)
_DATED_DATELINE = re.compile(
    r"(?P<line>(?P<place>(?:[A-Z][A-Z'’.-]* ){0,3}[A-Z][A-Z'’-]*[A-Z])"
    rf"(?:, (?!{_MONTH_DAY})(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}}))?"
    rf"(?:, {_MONTH_DAY})?"
    r"(?: \((?P<agency>[A-Za-z][\w .&-]{1,30})\))?)(?:\. | ?[-–—]+ )"
)
"""A dateline as files and wire copy print it, perhaps with a date ("WASHINGTON, Dec. 20 —")."""
_AGENCY_DATELINE = re.compile(
    r"(?P<line>(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), (?P<agency>[A-Z]{2,6}))"
    r" ?[-–—]+ ?(?=\S)"
)
_BRACKETED_DATELINE = re.compile(
    r"(?P<line>(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})"
    r" \((?P<agency>[A-Za-z]{2,8})\)) ?[-–—]+ ?(?=\S)"
)
"""A dateline with the agency in brackets as German and French wire copy print it ("Berlin
(dpa) -", "Paris (AFP) -"); the bracket must hold a known agency."""
_HIGHLIGHTS_WITHIN = 6
"""How near the top (kept lines) a list of highlights is looked for."""
_STORY_BY = re.compile(r"(?:story|text|words|reporting) by\s+", re.IGNORECASE)
_BYLINE_DATE = re.compile(rf"(?P<byline>.+?)[\s,|·•-]+(?P<date>{DATE_PATTERN})\s*", re.IGNORECASE)
_CREDIT_BYLINE = re.compile(r"by\s+(?P<rest>.{2,60})", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"(?P<title>.+)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})")
_WORD = re.compile(r"\w+")
_RESTATED_SHARE = 0.9
_RESTATED_MIN_WORDS = 4
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}$")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def read_text_metadata(marked: Marked, meta: Metadata, *, printed: bool = False) -> Metadata:
    """Mark headline and metadata lines of ``marked`` and return the completed metadata.

    The outlet comes from the markup, else a date line, else publisher furniture, else the
    agency of the dateline (the weakest evidence: outlets reprint agency copy). A
    ``printed`` text (a file or pasted text, not a web page) may also sign without "By"
    ("Helene Cooper, Staff Writer"), print the agency under the byline, and date its dateline.
    """
    if printed:
        meta = _masthead(marked, meta)
        if _kickers(marked):  # a masthead under the kicker ("POLITICS" / "The New York Times")
            meta = _masthead(marked, meta)
    meta = _headline(marked, meta)
    if printed and not meta.outlet:
        meta = _without_site(meta)
    meta = _byline_under_lead(marked, _header_lines(marked, meta, printed))
    meta = _stamped_date(marked, meta)
    if not meta.outlet and marked.outlet:
        meta = replace(meta, outlet=marked.outlet)
    return _dateline(marked, meta, _DATED_DATELINE if printed else _CAPS_DATELINE)


def _kickers(marked: Marked) -> bool:
    """Mark a kicker over the headline and a list of highlights near the top
    (:mod:`~comparer.ingest.kicker_lines`); whether a kicker was found."""
    kept = marked.kept()
    lines = [marked.paragraphs[index] for index in kept]
    kicker = len(kept) > 2 and _headline_like(lines[1]) and kicker_over(lines[0], lines[1])
    if kicker:
        marked.marks[kept[0]] = Furniture.KICKER
    for position in range(min(len(kept), _HIGHLIGHTS_WITHIN)):
        if highlights_label(lines[position]) and at_the_top(lines[:position]):
            items = highlight_items(lines[position + 1 :])
            for index in kept[position : position + 1 + items]:
                marked.marks[index] = Furniture.HIGHLIGHTS
            break
    return kicker


def same_words(left: str, right: str) -> bool:
    """Whether two lines say the same thing, ignoring case, quotes and spacing."""
    return _fold(left) == _fold(right)


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split()).strip(" .:")


def _masthead(marked: Marked, meta: Metadata) -> Metadata:
    """The outlet's name a copy from a browser opens with, above the headline ("The New York
    Times" / "Jim Mattis … Resigns"): metadata, so the headline is the next line. It is the
    outlet only with a news word, as an agency, or with a second sign; else it is a kicker
    over the headline ("The White House", "NATO"), taken out but no outlet."""
    kept = marked.kept()
    if meta.title or len(kept) < 3:
        return meta
    first, second = (marked.paragraphs[index] for index in kept[:2])
    if len(first.split()) > _MASTHEAD_WORDS or not _headline_like(second):
        return meta
    if not outlet_line(first) and not news_masthead(first):
        return meta
    if not news_masthead(first) and kicker_over(first, second):
        return meta  # a section's name ("WORLD"), not the outlet's: a kicker
    marked.marks[kept[0]] = Furniture.METADATA  # a masthead, or a kicker ("The White House")
    if news_masthead(first) or _dated_or_addressed(marked):
        return replace(meta, outlet=meta.outlet or first)
    return meta


def _dated_or_addressed(marked: Marked) -> bool:
    """A second sign that a copy opens with its masthead: a date line or an address near the
    top. Without one, "The White House" or "NATO" over a headline is a kicker."""
    lines = (marked.paragraphs[index] for index in marked.kept()[1:_SECOND_SIGN_LINES])
    return any(_URL.search(line) or _DATE_LINE.fullmatch(line) for line in lines)


def _headline(marked: Marked, meta: Metadata) -> Metadata:
    kept = marked.kept()
    if not kept:
        return meta
    first = kept[0]
    line = marked.paragraphs[first]
    if meta.title and (same_words(line, meta.title) or restates(line, meta.title)):
        marked.marks[first] = Furniture.HEADLINE
    elif not meta.title and len(kept) > 1 and _headline_like(line):
        marked.marks[first] = Furniture.HEADLINE
        meta = replace(meta, title=line)
    if meta.title:
        _mark_repeats(marked, meta.title)
    return meta


def _without_site(meta: Metadata) -> Metadata:
    """``meta`` with an agency's or a paper's name taken off the end of the title, as a copy of
    a page's title prints it ("… | Reuters", "… - The Guardian"): that name is the outlet."""
    found = _SITE_SUFFIX.fullmatch(meta.title)
    if not found or len(found.group("title").split()) < _RESTATED_MIN_WORDS:
        return meta
    site = found.group("site").strip()
    if not (agency_name(site) or (len(site.split()) <= _MASTHEAD_WORDS and news_masthead(site))):
        return meta
    return replace(meta, title=found.group("title").strip(), outlet=site)


def restates(line: str, title: str) -> bool:
    """Whether ``line`` is the headline in other words: a headline-like line holding nearly
    all of the title's words, no more than twice as long ("Feuerwehrleute sollen später in
    Pension | wdr aktuell", a kicker before it, the page's longer headline)."""
    wanted = set(_WORD.findall(title.casefold()))
    words = _WORD.findall(line.casefold())
    if len(wanted) < _RESTATED_MIN_WORDS or len(words) > 2 * len(_WORD.findall(title)) + 2:
        return False
    found = len(wanted & set(words)) / len(wanted)
    return found >= _RESTATED_SHARE and _headline_like(line)


def _mark_repeats(marked: Marked, title: str) -> None:
    folded = _fold(title)
    for index in marked.kept():
        paragraph = marked.paragraphs[index]
        # Only lines about as long as the title can repeat it; skip folding the rest.
        if abs(len(paragraph) - len(title)) <= 10 and _fold(paragraph) == folded:
            marked.marks[index] = Furniture.REPEATED_HEADLINE


def _headline_like(line: str) -> bool:
    if len(line) > _HEADLINE_MAX or _DATE_LINE.fullmatch(line) or _OUTLET_DATE_LINE.fullmatch(line):
        return False
    if parse_byline(line) is not None:
        return False  # a file opening with its byline ("By Helene Cooper") has no headline
    if len(line.split()) <= _NAME_WORDS and plausible_person(line, strict=True):
        return False  # a name alone ("John Smith") is no headline
    if kicker_line(line):
        return False  # "Live Updates", "EMBARGOED UNTIL 0600 GMT"
    end = line.rstrip("\"”’' ")
    return not end.endswith((".", ",", ";")) or bool(_DOTTED_ABBREVIATION.search(end))


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
    dated = _DATE_LINE.fullmatch(line) or _OUTLET_DATE_LINE.fullmatch(line)
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
    """A byline naming only an agency or a desk ("By The Associated Press", "By Times Staff"):
    credits, and the agency is the outlet when none is known."""
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


def _dateline(marked: Marked, meta: Metadata, caps: re.Pattern[str]) -> Metadata:
    for index in marked.kept()[:2]:
        paragraph = marked.paragraphs[index]
        found = caps.match(paragraph) or _AGENCY_DATELINE.match(paragraph)
        bracketed = _BRACKETED_DATELINE.match(paragraph)
        if not found and bracketed and bracketed.group("agency").casefold() in AGENCY_NAMES:
            found = bracketed
        if found:
            agency = (found.group("agency") or "").strip()
            return replace(meta, dateline=found.group("line"), outlet=meta.outlet or agency)
        place = place_dateline(paragraph) if caps is _DATED_DATELINE else None
        if place:  # a printed text's "Rotterdam -": a place as its own language writes it
            return replace(meta, dateline=place.line, outlet=meta.outlet or place.agency)
    return meta
