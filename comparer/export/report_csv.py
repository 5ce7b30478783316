"""A session's differences as CSV, one row per difference, for a spreadsheet.

Columns: number, article key, outlet, kind, type, minor, text, counterpart key and text,
explanation, review state, notes (joined by " | "), the character offsets, whether the
reviewer bookmarked it, the event of its article when the reports cover several events
(empty when they all report one), and who gave the review state and when (empty when not
known). The writer
uses the :mod:`csv` module's quoting, so text with commas, quotes or newlines stays in its
cell. Every difference, or only those marked relevant.

Journalists open these files in spreadsheets, which run a cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula. Article text, titles,
outlets and notes are untrusted, so such a cell is neutralised as OWASP's CSV-injection
advice says: a single quote goes in front, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
import io

from comparer.sessions.attach import Attached

HEADERS = (
    "number",
    "article",
    "outlet",
    "kind",
    "type",
    "minor",
    "text",
    "counterpart_article",
    "counterpart_text",
    "explanation",
    "review",
    "notes",
    "start",
    "end",
    "bookmarked",
    "event",
    "review_by",
    "review_at",
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")."""


def neutralised(value: object) -> object:
    """``value``, with a quote in front when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def session_to_csv(attached: Attached, relevant_only: bool = False) -> str:
    """The CSV document (header line first, ``\\r\\n`` line ends as RFC 4180 asks)."""
    outlets = {c.key: c.article.meta.outlet for c in attached.comparison.articles}
    several = len(attached.comparison.events) > 1
    events = {k: e.id for e in attached.comparison.events for k in e.articles} if several else {}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for i in attached.shown(relevant_only):
        d = attached.comparison.differences[i]
        other = d.counterpart
        writer.writerow([neutralised(cell) for cell in [
            i + 1,
            d.article,
            outlets[d.article],
            d.kind.value,
            d.type,
            "yes" if d.minor else "no",
            d.text,
            other.article if other else "",
            other.text if other else "",
            d.explanation,
            attached.states[i].value,
            " | ".join(n.text for n in attached.notes_on(i)),
            d.start,
            d.end,
            "yes" if attached.bookmarked(i) else "no",
            events.get(d.article, ""),
            *_verdict(attached, i),
        ]])  # fmt: skip
    return out.getvalue()


def _verdict(attached: Attached, index: int) -> tuple[str, str]:
    """Who gave the difference its review state, and when (ISO 8601); empty when unknown."""
    decision = attached.decision_on(index)
    if decision is None:
        return "", ""
    return decision.by, decision.at.isoformat() if decision.at else ""
