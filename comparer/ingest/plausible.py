"""Keep only metadata that can be believed: people as authors, titles without site names,
and a file's own properties only when nothing in the article says otherwise.

A Word or PDF file's properties are written by whatever program made the file, not by the
journalist: python-docx stamps "python-docx" and 2013-12-23 into every new document, Word
writes the account name, converters write their own name. Properties are therefore the
weakest evidence: the article's printed byline and date win, a generator's name or
template date, a date still to come and a working title ("draft3", "final") are ignored,
and a creation date earlier than a date the text itself
mentions (a file cannot be saved before the events it reports) is dropped. A dateline's
day ("WASHINGTON, Dec. 20 —") dates the article when the file was made within the week
after it, and otherwise leaves the date unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from comparer.dates import WHOLE_DATE, parse_date
from comparer.ingest.formats.docx import DOCX_TYPE
from comparer.ingest.people import clean_authors
from comparer.ingest.titles import is_site_name, names_one_of, strip_site
from comparer.model import Metadata

GENERATOR_NAMES = frozenset(
    {"python-docx", "docx4j", "apache poi", "openpyxl", "pandoc", "libreoffice", "openoffice",
     "microsoft office user", "microsoft word", "windows user", "user", "author", "admin",
     "administrator", "unknown", "owner", "default", "word", "writer", "pdf", "adobe",
     "reportlab", "wkhtmltopdf", "chrome", "skia/pdf", "quartz pdfcontext", "ghostscript",
     "calibre", "pypdf", "fpdf", "itext", "tcpdf", "dompdf", "mozilla"}
)  # fmt: skip
"""Author names that are the software's or a default account's, never a journalist's."""

TEMPLATE_DATES = frozenset({date(2013, 12, 23)})
"""Creation dates of the templates generators copy into every file (python-docx's)."""

_UNTITLED = re.compile(
    r"(?:untitled|document\d*|microsoft word - .*|.*\.(?:docx?|pdf|odt|rtf|txt|html?)|"
    r"slide \d+|title|\W*|"
    r"(?:draft|final|copy|doc|story|article|text|new document)(?:[\s_-]*(?:v|version\s*)?\d+)?)",
    re.IGNORECASE,
)
PROPERTY_TYPES = frozenset({DOCX_TYPE, "application/pdf"})
"""Media types whose metadata comes from file properties rather than the page."""

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATELINE_DAY = re.compile(
    r"\b(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.? (?P<day>\d{1,2})$"
)
_DATELINE_WINDOW = timedelta(days=7)
"""How long after the dateline's day a file of the article may have been made."""
_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Properties:
    """What a file's own properties claimed (title, author, creation date)."""

    title: str = ""
    author: str = ""
    created: date | None = None


def split_properties(media_type: str, meta: Metadata) -> tuple[Metadata, Properties]:
    """The metadata to start reading the text with, and the file's properties set apart.

    A plausible property title is kept at once, so the text's own headline is recognised;
    author and date wait until the text has had its say.
    """
    if media_type not in PROPERTY_TYPES:
        return meta, Properties()
    props = from_properties(meta)
    return replace(meta, title=props.title, author="", published=None, published_raw=""), props


def from_properties(meta: Metadata) -> Properties:
    """The properties a .docx or PDF reader put in ``meta``, generator defaults dropped."""
    if _generator(meta.author):
        # A generator's name means the file was never filled in: its date is the tool's too.
        return Properties(plausible_title(meta.title))
    created = None if meta.published in TEMPLATE_DATES else meta.published
    if created is not None and created > date.today() + _SLACK:
        created = None  # a clock set wrong: no file is made after it is imported
    return Properties(plausible_title(meta.title), meta.author, created)


def plausible_title(title: str) -> str:
    """``title`` unless it is a file name or a placeholder ("Untitled", "Document1")."""
    return "" if _UNTITLED.fullmatch(title.strip()) else title.strip()


def _generator(author: str) -> bool:
    folded = author.strip().casefold()
    return folded in GENERATOR_NAMES or any(folded.startswith(f"{g} ") for g in GENERATOR_NAMES)


def add_properties(meta: Metadata, props: Properties, text: str) -> Metadata:
    """``meta`` read from the text, completed with the properties it does not contradict.

    A dateline's day ("WASHINGTON, Dec. 20 —") says more than the file's creation date: the
    article is of that day in the days before the file was made, or of a day unknown."""
    author = meta.author or props.author
    published = meta.published
    day = _dateline_day(meta.dateline)
    if published is None and props.created is not None and day is not None:
        published = _day_before(day, props.created)
    elif published is None and props.created is not None and not _contradicted(props.created, text):
        published = props.created
    raw = meta.published_raw or (published.isoformat() if published else "")
    return replace(meta, author=author, published=published, published_raw=raw)


def _dateline_day(dateline: str) -> tuple[int, int] | None:
    found = _DATELINE_DAY.search(dateline)
    if not found:
        return None
    return _MONTHS.index(found.group("month")[:3].casefold()) + 1, int(found.group("day"))


def _day_before(day: tuple[int, int], created: date) -> date | None:
    """The last ``day`` (month, day) on or before ``created``, if within a week of it."""
    for year in (created.year, created.year - 1):
        try:
            found = date(year, *day)
        except ValueError:  # February 29th of a common year, or a 31st of a short month
            continue
        if found <= created + _SLACK:
            return found if created - found <= _DATELINE_WINDOW else None
    return None


def _contradicted(created: date, text: str) -> bool:
    """Whether the text mentions a date after the file was supposedly created."""
    for found in WHOLE_DATE.finditer(text):
        mentioned = parse_date(found.group(0))
        if mentioned is not None and mentioned > created + _SLACK:
            return True
    return False


def finish(meta: Metadata, source: str) -> Metadata:
    """People-only authors (other credits kept apart) and a title without the site name."""
    people = clean_authors(meta.author)
    credits = tuple(c for c in people.credits if c not in meta.credits)
    host = urlsplit(source).hostname or "" if "://" in source else ""
    one_word = len(people.names) == 1 and len(people.names[0].split()) == 1
    if one_word and names_one_of(people.names[0], (meta.outlet, host)):
        people = replace(people, names=())  # "Solarserver" on solarserver.de is the site
    sites = (meta.outlet, host)
    people = replace(people, names=tuple(n for n in people.names if not is_site_name(n, sites)))
    title = strip_site(meta.title, (meta.outlet, host, *people.names))
    return replace(meta, author=people.author, credits=(*meta.credits, *credits), title=title)
