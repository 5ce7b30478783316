"""Read the metadata a page prints as text, and mark the lines that only carried it.

When markup gives no title, the first line of a plain-text article is its headline; a line
repeating the headline later is furniture, and so is a first line restating it in other
words (:func:`restates`: nearly all its words, a site's name or a kicker added; at 80% of
the words instead of 90%, Readability's Breitbart standfirst went too, F1 0.9754 -> 0.9746).
Near the top, a byline ("By X and Y, Outlet") gives the authors and perhaps the outlet; a
line made of a date and an outlet ("November 12th, 2017 – Fort Russ News –") and a line of
credits between dashes ("– Breakingnews.sy – – translated by Samer Hussein –") are
metadata, taken out of the text. A dateline opening the first paragraph ("DAMASCUS,
Syria." / "Damascus, SANA-") is recorded but stays in the text, since it belongs to the
first sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from comparer.dates import DATE_PATTERN, parse_date
from comparer.ingest.furniture import Marked
from comparer.ingest.people import parse_byline
from comparer.model import Furniture, Metadata

_HEADLINE_MAX = 250
_HEADER_ZONE = 200
"""Metadata lines stand above the body: the scan stops at the first paragraph this long."""

_DATE_LINE = re.compile(
    r"(?:(?:published|posted|updated|last updated|date)(?: on)?\s*:?\s*)?"
    rf"(?P<date>{DATE_PATTERN})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*[-–—|•]\s*(?P<outlet>[^-–—|•!?,;:]{2,60}?))?(?:\s*[-–—|•])*",
    re.IGNORECASE,
)
_OUTLET_DATE_LINE = re.compile(
    rf"(?P<outlet>[^-–—|•\d]{{2,60}}?)\s*[-–—|•]\s*(?P<date>{DATE_PATTERN})\s*",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"[-–—](?P<body>.{2,200})[-–—]")
_DASH_RUN = re.compile(r"\s*(?:[-–—]\s*)+")
_CREDIT = re.compile(r"[^.!?,;:]+(?:\.\w[^.!?,;:]*)*")
_CREDIT_WORDS = 6
_NAME = r"[A-Z][\w’'-]*\.?(?: (?:[A-Z][\w’'-]*\.?|de|al|el|van|von|bin)){0,4}"
_CREDIT_ROLE = re.compile(
    rf"(?i:translated by|edited by|additional reporting by|photos? by) {_NAME}"
    rf"(?:(?:,| and| &) {_NAME}){{0,3}}\.?"
)
_CAPS_DATELINE = re.compile(
    r"(?P<line>(?P<place>(?:[A-Z][A-Z'’.-]* ){0,3}[A-Z][A-Z'’-]*[A-Z])"
    r"(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+){0,2}))?"
    r"(?: \((?P<agency>[A-Za-z][\w .&-]{1,30})\))?)(?:\. | ?[-–—]+ )"
)
_AGENCY_DATELINE = re.compile(
    r"(?P<line>(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), (?P<agency>[A-Z]{2,6}))"
    r" ?[-–—]+ ?(?=\S)"
)
_WORD = re.compile(r"\w+")
_RESTATED_SHARE = 0.9
_RESTATED_MIN_WORDS = 4
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}$")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def read_text_metadata(marked: Marked, meta: Metadata) -> Metadata:
    """Mark headline and metadata lines of ``marked`` and return the completed metadata.

    The outlet comes from the markup, else a date line, else publisher furniture, else the
    agency of the dateline (the weakest evidence: outlets reprint agency copy).
    """
    meta = _headline(marked, meta)
    meta = _header_lines(marked, meta)
    if not meta.outlet and marked.outlet:
        meta = replace(meta, outlet=marked.outlet)
    return _dateline(marked, meta)


def same_words(left: str, right: str) -> bool:
    """Whether two lines say the same thing, ignoring case, quotes and spacing."""
    return _fold(left) == _fold(right)


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split()).strip(" .:")


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
    end = line.rstrip("\"”’' ")
    return not end.endswith((".", ",", ";")) or bool(_DOTTED_ABBREVIATION.search(end))


def _header_lines(marked: Marked, meta: Metadata) -> Metadata:
    for index in marked.kept():
        line = marked.paragraphs[index]
        if len(line) >= _HEADER_ZONE:
            break
        found = _header_meta(line, meta)
        if found is not None:
            marked.marks[index] = Furniture.METADATA
            meta = found
    return meta


def _header_meta(line: str, meta: Metadata) -> Metadata | None:
    dated = _DATE_LINE.fullmatch(line) or _OUTLET_DATE_LINE.fullmatch(line)
    if dated:
        outlet = (dated.group("outlet") or "").strip()
        return replace(
            meta,
            published_raw=meta.published_raw or dated.group("date"),
            published=meta.published or parse_date(dated.group("date")),
            outlet=meta.outlet or outlet,
        )
    byline = parse_byline(line, meta.outlet)
    if byline:
        people, outlet = byline
        return replace(meta, author=meta.author or people.author, outlet=meta.outlet or outlet)
    if _CREDIT_ROLE.fullmatch(line):
        return replace(meta, credits=(*meta.credits, line))
    items = _credits(line)
    if items:
        return replace(meta, credits=(*meta.credits, *items))
    return None


def _credits(line: str) -> tuple[str, ...]:
    """The items of a credit line between dashes ("– Agency – – translated by X –")."""
    found = _CREDIT_LINE.fullmatch(line)
    if not found:
        return ()
    items = tuple(item for item in _DASH_RUN.split(found.group("body").strip()) if item)
    fits = all(_CREDIT.fullmatch(i) and len(i.split()) <= _CREDIT_WORDS for i in items)
    return items if fits else ()


def _dateline(marked: Marked, meta: Metadata) -> Metadata:
    for index in marked.kept()[:2]:
        found = _CAPS_DATELINE.match(marked.paragraphs[index]) or _AGENCY_DATELINE.match(
            marked.paragraphs[index]
        )
        if found:
            agency = (found.group("agency") or "").strip()
            return replace(meta, dateline=found.group("line"), outlet=meta.outlet or agency)
    return meta
