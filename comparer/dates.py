"""Dates as reports write them, resolved against the article's own date when it is known.

The one reader of date expressions in the engine: event grouping (``comparer.align``) and
the number and date comparison (``comparer.analysis``) both use it, so a phrase such as
"last night" means the same day everywhere; the importers (``comparer.ingest``) read the
publication date a page prints with :func:`parse_date` and :data:`DATE_PATTERN`, and a
publication date line printed in German, French, Dutch, Spanish or Italian ("Publié le 14
janvier 2019", "Veröffentlicht am 14. Januar 2019, 10:30 Uhr") with
:func:`foreign_date_line`: only a whole line that is a date, since a date inside a foreign
sentence is the article's own.

Absolute dates ("December 16th, 2018", "16 December 2018", "May 24", "September 2014") and
relative ones ("yesterday", "on Saturday", "earlier on Tuesday", "last night") become a
:class:`DateMention`. A relative date needs an anchor (the article's publication date); without
one it stays unresolved, and a weekday keeps its weekday so it can still be checked against a
resolved date of another report ("on Saturday" vs "yesterday" in a report dated Sunday).

A publication date is read more strictly, since a wrong one is worse than none: only a whole
date (month name, day and year, in either order, or ISO) with correctly spelt month names.
Numeric forms such as 05/04/2017 mean different days on each side of the Atlantic and are
left unread everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from comparer.casefold import lowered
from comparer.sentence_memo import sentence_memo

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
# A month's name or its abbreviation, whole: "19 separate" or "5 decades" name no month.
_MONTH_WORD = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_MONTH = rf"(?:{_MONTH_WORD})\b\.?"  # in patterns that ignore case
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)\d\d)"


def _absolute_pattern(month: str) -> str:
    return (
        rf"\b(?:(?P<m1>{month})\s+{_DAY.format('d1')}\b(?:,?\s+{_YEAR.format('y1')})?"
        rf"|{_DAY.format('d2')}\s+(?:of\s+)?(?P<m2>{month})(?:,?\s+{_YEAR.format('y2')})?"
        rf"|(?P<m3>{month})\s+{_YEAR.format('y3')}"
        rf"|{_YEAR.format('y4')}-(?P<n4>[01]\d)-(?P<d4>[0-3]\d))\b"
    )


ABSOLUTE = re.compile(_absolute_pattern(_MONTH), re.IGNORECASE)
"""Absolute dates; the quantity extractor also uses it to skip numbers that are dates."""
# The same pattern for lower-cased text: searched without ignoring case, it finds the same
# matches in half the time (a whole report is searched for the event's date).
_ABSOLUTE_LOWER = re.compile(_absolute_pattern(_MONTH.lower()))

_DIGIT = re.compile(r"\d")
# Every absolute date holds a digit and either a month's first three letters or an ISO
# year with its dash; most sentences with a figure hold neither.
_DATE_CUE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d-")


def may_date(text: str) -> bool:
    """False only when :data:`ABSOLUTE` cannot match ``text``."""
    if not _DIGIT.search(text):
        return False
    low = lowered(text)
    return low is None or bool(_DATE_CUE.search(low))


_OFFSETS = {"day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0}
RELATIVE = re.compile(
    r"\b(?:(?P<fixed>the\s+day\s+before\s+yesterday|yesterday|last\s+night|today)"
    r"|(?:(?P<mod>last|next|this|earlier\s+on|later\s+on|on)\s+)?"
    rf"(?P<weekday>{'|'.join(WEEKDAYS)}))\b",
    re.IGNORECASE,
)
# The same pattern (its words all in lower case) for lower-cased text, as
# :data:`_ABSOLUTE_LOWER`: the event's date is sought in a whole report, most of which
# names no day.
_RELATIVE_LOWER = re.compile(RELATIVE.pattern)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in a text; ``value`` is ``None`` while it cannot be resolved.

    ``weekday`` (0 = Monday) is kept for weekday mentions, resolved or not; ``precision`` is
    ``"day"``, ``"month"`` or ``"year"``.
    """

    start: int
    end: int
    text: str
    value: date | None
    weekday: int | None = None
    precision: str = "day"
    relative: bool = False


def absolute_matches(text: str) -> Iterator[re.Match[str]]:
    """``ABSOLUTE.finditer(text)``: searched in the text lower-cased as IGNORECASE reads it
    (:func:`~comparer.casefold.lowered`), each match then read from ``text`` where it starts;
    not at all in a text that cannot hold one (:func:`may_date`: most sentences)."""
    if may_date(text):
        yield from _matches_lowered(ABSOLUTE, _ABSOLUTE_LOWER, text)


def _matches_lowered(
    pattern: re.Pattern[str], lower: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` (IGNORECASE), found by ``lower`` (the same pattern, case
    kept) in the lower-cased text, each match then read from ``text`` where it starts."""
    low = lowered(text)
    if low is None:
        yield from pattern.finditer(text)
        return
    for found in lower.finditer(low):
        match = pattern.match(text, found.start())  # the same match: case is read alike
        if match is not None:
            yield match


@sentence_memo(base=4096)
def absolute_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each absolute date in ``text``: figures and the background test
    both skip the numbers inside dates, and read a sentence's dates once this way."""
    return tuple((m.start(), m.end()) for m in absolute_matches(text))


def extract_dates(text: str, anchor: date | None = None) -> list[DateMention]:
    """Every date in ``text``, relative ones resolved against ``anchor`` when given."""
    found = [_absolute(m, anchor) for m in absolute_matches(text)]
    taken = [(d.start, d.end) for d in found]
    for match in _relative_matches(text):
        if not any(s <= match.start() < e for s, e in taken):
            found.append(_relative(match, anchor))
    return sorted(found, key=lambda d: d.start)


def absolute_mentions(text: str, anchor: date | None = None) -> Iterator[DateMention]:
    """The absolute dates of :func:`extract_dates`, in order, read only as far as asked."""
    for match in absolute_matches(text):
        yield _absolute(match, anchor)


def first_relative(text: str, anchor: date | None = None) -> DateMention | None:
    """The first relative mention :func:`extract_dates` returns, reading ``text`` only up to
    it: a relative phrase that starts inside an absolute date is part of that date."""
    spans = absolute_matches(text)
    ahead = next(spans, None)
    last = (-1, -1)  # the latest absolute date starting at or before the phrase
    for match in _relative_matches(text):
        while ahead is not None and ahead.start() <= match.start():
            last, ahead = ahead.span(), next(spans, None)
        if not last[0] <= match.start() < last[1]:
            return _relative(match, anchor)
    return None


def _relative_matches(text: str) -> Iterator[re.Match[str]]:
    """``RELATIVE.finditer(text)``, searched as :func:`absolute_matches` searches."""
    return _matches_lowered(RELATIVE, _RELATIVE_LOWER, text)


# IGNORECASE reads four letters beyond ASCII as ASCII ones (:mod:`comparer.casefold`), which
# lower-casing leaves apart: "ſunday" is a Sunday to the pattern, and must be to the reader
# ("5 ſeptember" a September).
_ASCII_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})


def _folded(words: str) -> str:
    return " ".join(words.translate(_ASCII_FOLDS).lower().split())


def _month(word: str) -> int:
    return _MONTH_ABBR[_folded(word)[:3]]


def _absolute(match: re.Match[str], anchor: date | None) -> DateMention:
    g = match.groupdict()
    text = match.group(0)
    if g["y4"]:
        value = _safe_date(int(g["y4"]), int(g["n4"]), int(g["d4"]))
        return DateMention(match.start(), match.end(), text, value)
    if g["m3"]:
        value = _safe_date(int(g["y3"]), _month(g["m3"]), 1)
        return DateMention(match.start(), match.end(), text, value, precision="month")
    month = _month(g["m1"] or g["m2"])
    day = int(g["d1"] or g["d2"])
    year_text = g["y1"] or g["y2"]
    year = int(year_text) if year_text else _guess_year(month, day, anchor)
    value = _safe_date(year, month, day) if year else None
    return DateMention(match.start(), match.end(), text, value)


def _guess_year(month: int, day: int, anchor: date | None) -> int | None:
    """The year that puts a day-and-month closest to (and mostly before) the anchor."""
    if anchor is None:
        return None
    candidate = _safe_date(anchor.year, month, day)
    if candidate is not None and candidate > anchor + timedelta(days=31):
        return anchor.year - 1
    return anchor.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(match: re.Match[str], anchor: date | None) -> DateMention:
    start, end, text = match.start(), match.end(), match.group(0)
    fixed = match.group("fixed")
    if fixed:
        key = _folded(fixed).removeprefix("the ")
        value = anchor + timedelta(days=_OFFSETS[key]) if anchor else None
        return DateMention(start, end, text, value, relative=True)
    weekday = WEEKDAYS.index(_folded(match.group("weekday")))
    mod = _folded(match.group("mod") or "")
    value = _resolve_weekday(weekday, mod, anchor) if anchor else None
    return DateMention(start, end, text, value, weekday=weekday, relative=True)


def _resolve_weekday(weekday: int, mod: str, anchor: date) -> date:
    """News convention: a bare weekday is the latest such day up to the article's date."""
    back = (anchor.weekday() - weekday) % 7
    if mod == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if mod == "last" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def describe(mention: DateMention) -> str:
    """A reader's wording of what a mention stands for, e.g. "Saturday 11 November 2017"."""
    if mention.value is None:
        if mention.weekday is not None:
            return f"a {WEEKDAYS[mention.weekday].capitalize()}; the report is undated"
        if mention.relative:
            return "cannot be resolved: the report is undated"
        return "year unknown"
    if mention.precision == "month":
        return mention.value.strftime("%B %Y")
    return f"{mention.value.strftime('%A')} {mention.value.day} {mention.value.strftime('%B %Y')}"


# Publication dates: one whole, unambiguous date, as a page prints it ("November 12th, 2017").
_MONTH_NAME = rf"(?P<month>{_MONTH_WORD})\.?"
_WHOLE_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_PUBLISHED_FORMS = (
    rf"{_WEEKDAY}{_MONTH_NAME}\s+{_WHOLE_DAY},?\s+{_YEAR.format('year')}",
    rf"{_WEEKDAY}{_WHOLE_DAY}\s+(?:of\s+)?{_MONTH_NAME},?\s+{_YEAR.format('year')}",
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
)
DATE_PATTERN = re.sub(
    r"\?P<\w+>", "?:", "(?:" + "|".join(f"(?:{f})" for f in _PUBLISHED_FORMS) + ")"
)
"""A regular expression without named groups, for embedding, matching one whole date."""
WHOLE_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)
"""One whole date anywhere in a text ("August 13, 2018", "13 August 2018", "2018-08-13")."""

_PUBLISHED = [re.compile(form, re.IGNORECASE) for form in _PUBLISHED_FORMS]


def parse_date(text: str) -> date | None:
    """The date ``text`` (exactly one whole date, nothing else) stands for, if it is valid."""
    for pattern in _PUBLISHED:
        found = pattern.fullmatch(text.strip())
        if found:
            return _whole_date(found.groupdict())
    return None


def _whole_date(parts: dict[str, str | None]) -> date | None:
    if parts.get("iso"):
        try:
            return date.fromisoformat(str(parts["iso"]))
        except ValueError:
            return None
    return _safe_date(int(str(parts["year"])), _month(str(parts["month"])), int(str(parts["day"])))


# Publication date lines in other languages (:func:`foreign_date_line`).
_FOREIGN_MONTHS = {
    name: number
    for names in (
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
    )
    for number, name in enumerate(names.split(), start=1)
}
_FOREIGN_LABEL = (
    r"(?:publié|mis à jour|gepubliceerd|bijgewerkt|laatste update|veröffentlicht|aktualisiert|"
    r"stand|erschienen|publicado|actualizado|pubblicato|aggiornato)"
    r"(?: (?:le|op|am|vom|el|il))?\s*:?\s*"
)
_FOREIGN_DATE_LINE = re.compile(
    rf"(?:{_FOREIGN_LABEL})?(?:[^\W\d_]+\.?,?\s+)?"  # a label, a weekday ("Dienstag,", "mardi")
    r"(?P<day>[0-3]?\d)(?:\.|er)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?"
    r"(?P<year>(?:19|20)\d\d)"
    r"(?:,?\s*(?:à|om|um|a las|alle|-)?\s*\d{1,2}[:.h]\d{2}(?:\s*uhr)?)?\s*",
    re.IGNORECASE,
)


def foreign_date_line(line: str) -> tuple[str, date] | None:
    """The date ``line`` prints, as printed and as a date, if the whole line is a date line
    in one of the languages above."""
    found = _FOREIGN_DATE_LINE.fullmatch(line.strip())
    if not found:
        return None
    month = _FOREIGN_MONTHS.get(found.group("month").casefold())
    if month is None:
        return None
    try:
        day = date(int(found.group("year")), month, int(found.group("day")))
    except ValueError:
        return None
    printed = line.strip()[found.start("day") : found.end("year")]
    return printed, day


# A numeric date is month first when the time beside it is told in a US zone, as HuffPost
# stamps its stories ("02/08/2017 07:12 pm ET | Updated Feb 09, 2017"); without the zone
# "02/08/2017" may be 2 August, so it is never read alone.
_US_STAMP = re.compile(
    r"(?P<printed>(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d))"
    r",?\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+(?:E|C|M|P)[SD]?T"
    rf"(?:\s*[|·•,-]?\s*(?:updated|last updated)(?: on)?\s*:?\s*(?:{DATE_PATTERN})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?)?",
    re.IGNORECASE,
)


def us_stamp_line(line: str) -> tuple[str, date] | None:
    """The date a US time stamp line prints ("02/08/2017 07:12 pm ET", perhaps with its
    "Updated ..." date after it), as printed and as a date, if the whole line is one."""
    found = _US_STAMP.fullmatch(line.strip())
    if not found:
        return None
    day = _safe_date(int(found["year"]), int(found["month"]), int(found["day"]))
    return (found["printed"], day) if day else None


_SPEAKING_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|added|wrote|tweeted|stated)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SPEAKING_AFTER = re.compile(r"^\s+(?:said|says|told|added|wrote|tweeted|stated)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\b")


def dates_speaking(text: str, mention: DateMention) -> bool:
    """True for a date that dates a statement ("said Tuesday", "told reporters on Monday",
    "on Monday said"), not the act it reports; a day's own act ("said Tuesday's strike
    killed 30") is not one."""
    after = text[mention.end :]
    if _POSSESSIVE.match(after):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(_SPEAKING_BEFORE.search(before) or _SPEAKING_AFTER.match(after))
