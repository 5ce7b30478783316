"""Find and read the publication dates news pages print as text ("November 12th, 2017").

Only unambiguous forms are read: a month name with day and year, in either order, and ISO
dates. Numeric forms such as 05/04/2017 mean different days on each side of the Atlantic
and are left unread.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_FORMS = (
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
)
DATE_PATTERN = re.sub(r"\?P<\w+>", "?:", "(?:" + "|".join(f"(?:{f})" for f in _FORMS) + ")")
"""A regular expression without named groups, for embedding, matching one date."""

_ONE = [re.compile(form, re.IGNORECASE) for form in _FORMS]


def parse_date(text: str) -> date | None:
    """The date ``text`` (exactly one date, nothing else) stands for, if it is valid."""
    for pattern in _ONE:
        found = pattern.fullmatch(text.strip())
        if found:
            return _to_date(found.groupdict())
    return None


def _to_date(parts: dict[str, str | None]) -> date | None:
    try:
        if parts.get("iso"):
            return date.fromisoformat(str(parts["iso"]))
        month = _MONTHS[str(parts["month"])[:3].lower()]
        return date(int(str(parts["year"])), month, int(str(parts["day"])))
    except (KeyError, ValueError):
        return None
