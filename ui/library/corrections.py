"""Which details of an article were corrected by hand, and what import first read.

The library keeps the value import extracted for every field ever edited (``comparer edit``
or the details dialog). A field is corrected while its value differs from that first one;
put back (undone), it is not. The line this module makes ("Corrected by hand: outlet
(import read nothing), date (import read “Friday”)", in the details dialog's order; a date
import read only as words is those words) is shown in a column header's and the library
list's tooltips, so a corrected detail is never taken for one the file gave.
"""

from __future__ import annotations

from comparer.errors import ComparerError
from comparer.model import Article
from comparer.quoting import quoted
from comparer.storage import Library
from ui.library.metadata_edit import current_values, import_read

NAMES = {"title": "title", "outlet": "outlet", "author": "author", "published": "date",
         "language": "language"}  # fmt: skip


def corrected_line(article: Article, extracted: dict[str, str]) -> str:
    """What was corrected in ``article`` and what import read, or "" if nothing is."""
    now = current_values(article)
    parts = [
        f"{NAMES[field]} (import read {_said(import_read(extracted, field))})"
        for field in now
        if field in extracted and now[field] != extracted[field]
    ]
    return f"Corrected by hand: {', '.join(parts)}" if parts else ""


def _said(read: str) -> str:
    return quoted(read) if read else "nothing"


def correction_of(library: Library, article_id: int) -> str:
    """The corrected line of one stored article ("" when none, or when it is gone)."""
    try:
        extracted = library.extracted_values(article_id)
        if not extracted:
            return ""  # the common case: one small query, no article read
        return corrected_line(library.get(article_id, sentences=False), extracted)
    except ComparerError:
        return ""
