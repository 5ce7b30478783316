"""Publication date lines printed in German, French, Dutch, Spanish and Italian.

A file or a copy from a foreign site prints its date in its own language ("Publié le 14
janvier 2019", "14 januari 2019", "Veröffentlicht am 14. Januar 2019, 10:30 Uhr",
"14 de enero de 2019"); :mod:`comparer.dates` reads English month names only, so the line
stayed in the text and the date was lost. Only a whole line that is a date (a label, a
weekday and a time around it allowed) is read, with the day, the month's full name and the
year; a date inside a sentence is the article's own.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
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
_LABEL = (
    r"(?:publié|mis à jour|gepubliceerd|bijgewerkt|laatste update|veröffentlicht|aktualisiert|"
    r"stand|erschienen|publicado|actualizado|pubblicato|aggiornato)"
    r"(?: (?:le|op|am|vom|el|il))?\s*:?\s*"
)
_DATE_LINE = re.compile(
    rf"(?:{_LABEL})?(?:[^\W\d_]+\.?,?\s+)?"  # a label, a weekday ("Dienstag,", "mardi")
    r"(?P<day>[0-3]?\d)(?:\.|er)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?"
    r"(?P<year>(?:19|20)\d\d)"
    r"(?:,?\s*(?:à|om|um|a las|alle|-)?\s*\d{1,2}[:.h]\d{2}(?:\s*uhr)?)?\s*",
    re.IGNORECASE,
)


def foreign_date_line(line: str) -> tuple[str, date] | None:
    """The date ``line`` prints, as printed and as a date, if the whole line is a date line
    in one of the languages above."""
    found = _DATE_LINE.fullmatch(line.strip())
    if not found:
        return None
    month = _MONTHS.get(found.group("month").casefold())
    if month is None:
        return None
    try:
        day = date(int(found.group("year")), month, int(found.group("day")))
    except ValueError:
        return None
    printed = line.strip()[found.start("day") : found.end("year")]
    return printed, day
