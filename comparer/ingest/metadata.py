"""Read the headline, masthead and dateline a page prints as text, and mark their lines.

When markup gives no title, the first line of a plain-text article is its headline; a line
repeating the headline later is furniture, and so is a first line restating it in other
words (:func:`restates`: nearly all its words, a site's name or a kicker added; at 80% of
the words instead of 90%, Readability's Breitbart standfirst went too, F1 0.9754 -> 0.9746).
A printed text's title copied from a browser tab ("… | HuffPost", "… | US news | The
Guardian") names the outlet after its last bar (:func:`_piped_site`). A printed copy may
open with the outlet's masthead or a kicker over the headline
(:mod:`~comparer.ingest.kickers`). The byline, date and credit lines under the headline are
read by :mod:`~comparer.ingest.header_lines`. A dateline opening the first paragraph
("DAMASCUS, Syria." / "Damascus, SANA-") is recorded but stays in the text, since it
belongs to the first sentence; in a printed text a capital or a town before a dash ("Den
Haag -", "Rotterdam -", "Kyiv, Ukraine (AP) —") is one too (:mod:`~comparer.ingest.capitals`),
and a whole date it prints ("WASHINGTON, Aug. 13, 2018 —") dates the article. A date line
above the headline ("August 13, 2018" / headline / byline) leaves the headline read as one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from comparer.dates import WHOLE_DATE, parse_date
from comparer.ingest.bylines import outlet_line, parse_byline, parse_signature
from comparer.ingest.capitals import place_dateline
from comparer.ingest.furniture import Marked
from comparer.ingest.header_lines import DATE_LINE, OUTLET_DATE_LINE, read_header
from comparer.ingest.kickers import (
    AGENCY_NAMES,
    agency_name,
    at_the_top,
    highlight_items,
    highlights_label,
    kicker_line,
    kicker_over,
    news_masthead,
    plausible_person,
)
from comparer.ingest.printed_bylines import byline_below_furniture
from comparer.ingest.site_names import PASTED_SEPARATORS, named_outlet, site_name, site_suffix
from comparer.model import Furniture, Metadata

_HEADLINE_MAX = 250
_MASTHEAD_WORDS = 4
_SECOND_SIGN_LINES = 5
_NAME_WORDS = 4
_URL = re.compile(r"https?://\S+|\bwww\.\S+")

_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
"""The date a dateline may carry ("WASHINGTON, Dec. 20 —"), not a region."""
_DATELINE_YEAR = r"(?:,? (?:19|20)\d\d\b)?"
"""The year a dateline's date may add ("WASHINGTON, Aug. 13, 2018 —"), as a Word copy prints it."""
_CAPS_DATELINE = re.compile(
    r"(?P<line>(?P<place>(?:[A-Z][A-Z'’.-]* ){0,3}[A-Z][A-Z'’-]*[A-Z])"
    r"(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+){0,2}))?"
    r"(?: \((?P<agency>[A-Za-z][\w .&-]{1,30})\))?)(?:\. | ?[-–—]+ )"
)
_DATED_DATELINE = re.compile(
    r"(?P<line>(?P<place>(?:[A-Z][A-Z'’.-]* ){0,3}[A-Z][A-Z'’-]*[A-Z])"
    rf"(?:, (?!{_MONTH_DAY})(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}}))?"
    rf"(?:, {_MONTH_DAY}{_DATELINE_YEAR})?"
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
_STAMP = re.compile(
    r"(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s*(?=[^\n]{0,12}\d)[^\n]{1,40}",
    re.IGNORECASE,
)
"""A time stamp alone on its line ("Updated 10:02 AM EDT", "Posted: 3 hours ago")."""
_TIME_OR_DATE = re.compile(
    r"\d{1,2}[:.]\d{2}|\bago\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_OUTLET_LINE_WORDS = 3
"""An outlet's line under a date is short ("The Associated Press"); a longer line naming one
is a headline about it ("The Associated Press Names New CEO")."""
_NOTE = re.compile(r"(?:updated?|correction|clarification|editor['’]?s'? note)\b", re.I)
"""A note opening a paragraph, its date after it as a dateline's would be."""
_HIGHLIGHTS_WITHIN = 6
"""How near the top (kept lines) a list of highlights is looked for."""
_SITE_WORDS = 3
"""The longest site or section name after a bar in a title ("| CNN Politics", "| US news")."""
_SITE_CHARS = 40
"""The longest site name a title's suffix after a dash may hold ("… - The Guardian")."""
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
    # A file's own title ("… | HuffPost", as a browser prints a page) loses its site before
    # the text is searched for it; a headline the text gives, after.
    site = ""
    if printed and not meta.outlet:
        meta, site = _without_site(meta)
    meta = _headline(marked, meta)
    if printed and not meta.outlet and not site:
        meta, site = _without_site(meta)
    meta = read_header(marked, meta, printed)
    if printed:
        meta = byline_below_furniture(marked, meta)
    # A byline's outlet beats the title's site ("… | CNN Politics" / "By Jane Roe, CNN").
    if not meta.outlet and (site or marked.outlet):
        meta = replace(meta, outlet=site or marked.outlet)
    return _dateline(marked, meta, _DATED_DATELINE if printed else _CAPS_DATELINE)


def _kickers(marked: Marked) -> bool:
    """Mark a kicker over the headline and a list of highlights near the top
    (:mod:`~comparer.ingest.kickers`); whether a kicker was found."""
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
    return any(_URL.search(line) or DATE_LINE.fullmatch(line) for line in lines)


def _headline(marked: Marked, meta: Metadata) -> Metadata:
    kept = marked.kept()
    if not kept:
        return meta
    first = kept[_dated_above(marked, meta)]
    line = marked.paragraphs[first]
    if meta.title and (same_words(line, meta.title) or restates(line, meta.title)):
        marked.marks[first] = Furniture.HEADLINE
    elif not meta.title and len(kept) > 1 and _headline_like(line):
        marked.marks[first] = Furniture.HEADLINE
        meta = replace(meta, title=line)
    if meta.title:
        _mark_repeats(marked, meta.title)
    return meta


def _dated_above(marked: Marked, meta: Metadata) -> int:
    """Where among the kept lines the headline stands: second under a date line opening the
    text ("August 13, 2018" / headline / byline, as a Word copy is often dated), which the
    header's reading dates the article by; else first."""
    kept = marked.kept()
    if meta.title or len(kept) < 3 or not DATE_LINE.fullmatch(marked.paragraphs[kept[0]]):
        return 0
    second, third = marked.paragraphs[kept[1]], marked.paragraphs[kept[2]]
    if not _headline_like(second) or _header_line(second):
        return 0  # "Jane Roe, Staff Writer", "The Associated Press": the header's to read
    if len(kept) > 3 and _headline_like(third) and kicker_over(second, third):
        marked.marks[kept[1]] = Furniture.KICKER  # "POLITICS" over the headline
        return 2
    return 1


def _header_line(line: str) -> bool:
    """Whether ``line`` is one the header's reading takes under a headline: a signature
    ("Jane Roe, Staff Writer"), an outlet or agency ("The Associated Press") or a time stamp
    ("Updated 10:02 AM EDT")."""
    signed = parse_signature(line) is not None
    short = len(line.split()) <= _OUTLET_LINE_WORDS  # "Sky News Anchor Quits" is a headline
    named = short and (outlet_line(line) or news_masthead(line))
    stamped = bool(_STAMP.fullmatch(line) and _TIME_OR_DATE.search(line))  # not "Posted 3 …"
    return signed or named or stamped


def _without_site(meta: Metadata) -> tuple[Metadata, str]:
    """``meta`` with an agency's or a paper's name taken off the end of the title, as a copy of
    a page's title prints it ("… | Reuters", "… - The Guardian"), and that name: the outlet
    unless a byline names one. A section after a bar ("| Timeline") goes too, naming none."""
    piped = _piped_site(meta.title)
    if piped:
        return replace(meta, title=piped[0]), piped[1] if site_name(piped[1]) else ""
    found = site_suffix(meta.title, separators=PASTED_SEPARATORS, longest=_SITE_CHARS)
    if not found or len(found[0].split()) < _RESTATED_MIN_WORDS:
        return meta, ""
    site = found[1]
    if not (agency_name(site) or (len(site.split()) <= _MASTHEAD_WORDS and news_masthead(site))):
        return meta, ""
    return replace(meta, title=found[0].strip()), site


def _piped_site(title: str) -> tuple[str, str] | None:
    """The headline and the site of a browser tab's title ("… | HuffPost", "… | US news | The
    Guardian": a section's name may stand between), or ``None``. After a bar, a short name
    in capitals is the site's whatever its words, unless a kicker ("| Opinion") or a person
    ("| Jane Doe"); a dash keeps the stricter test of :func:`_without_site`."""
    parts = [part.strip() for part in title.split(" | ")]
    site = parts[-1]
    words = site.split()
    if len(parts) < 2 or not 0 < len(words) <= _SITE_WORDS or kicker_line(site):
        return None
    if not _site_shaped(site):
        return None
    sections = parts[1:-1]
    short = all(len(section.split()) <= _SITE_WORDS for section in sections)
    head = parts[0] if short else " | ".join(parts[:-1])
    return (head, site) if len(head.split()) >= _RESTATED_MIN_WORDS else None


def _site_shaped(site: str) -> bool:
    """Whether ``site``, the words after a title's last bar, has a site's shape: capitals
    and no person's name ("| HuffPost", not "| Jane Doe"), or a name a person's might be
    that :func:`site_name` knows ("| The Guardian", "| Deutsche Welle"); with a number, a
    channel's or a paper's name ("| France 24", "| Channel 4 News"; not "| Top 10")."""
    words = site.split()
    capitals = all(word[:1].isupper() or word[:1].isdigit() for word in words)
    if any(word[:1].isdigit() for word in words):
        return named_outlet(site) or (capitals and news_masthead(site))
    if named_outlet(site) or (capitals and site_name(site)):
        return True
    return capitals and not plausible_person(site, strict=True)


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
    if len(line) > _HEADLINE_MAX or DATE_LINE.fullmatch(line) or OUTLET_DATE_LINE.fullmatch(line):
        return False
    if parse_byline(line) is not None:
        return False  # a file opening with its byline ("By Helene Cooper") has no headline
    if len(line.split()) <= _NAME_WORDS and plausible_person(line, strict=True):
        return False  # a name alone ("John Smith") is no headline
    if kicker_line(line):
        return False  # "Live Updates", "EMBARGOED UNTIL 0600 GMT"
    end = line.rstrip("\"”’' ")
    return not end.endswith((".", ",", ";")) or bool(_DOTTED_ABBREVIATION.search(end))


def _dateline(marked: Marked, meta: Metadata, caps: re.Pattern[str]) -> Metadata:
    for index in marked.kept()[:2]:
        paragraph = marked.paragraphs[index]
        if _NOTE.match(paragraph):
            continue  # "UPDATE, Aug. 14, 2018 — …": a note on the story, not where it was filed
        found = caps.match(paragraph) or _AGENCY_DATELINE.match(paragraph)
        bracketed = _BRACKETED_DATELINE.match(paragraph)
        if not found and bracketed and bracketed.group("agency").casefold() in AGENCY_NAMES:
            found = bracketed
        if found:
            agency = (found.group("agency") or "").strip()
            meta = replace(meta, dateline=found.group("line"), outlet=meta.outlet or agency)
            return _dated_by_dateline(meta)
        place = place_dateline(paragraph) if caps is _DATED_DATELINE else None
        if place:  # a printed text's "Rotterdam -": a place as its own language writes it
            return replace(meta, dateline=place.line, outlet=meta.outlet or place.agency)
    return meta


def _dated_by_dateline(meta: Metadata) -> Metadata:
    """``meta`` dated by a whole date its dateline prints ("WASHINGTON, Aug. 13, 2018"),
    when nothing dated it before; a day without its year is left to the file's properties
    (:func:`comparer.ingest.plausible.add_properties`)."""
    found = WHOLE_DATE.search(meta.dateline)
    day = parse_date(found.group(0)) if found else None
    if found is None or day is None or meta.published is not None:
        return meta
    return replace(meta, published=day, published_raw=meta.published_raw or found.group(0))
