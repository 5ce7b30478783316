"""The session report laid out for print: the variant Qt turns into an A4 PDF.

The same sections and content as :func:`~comparer.export.report_html.session_to_html`,
built by it, in a compact layout: 9 pt text, full-width tables sized by HTML attributes
(Qt's rich text ignores most CSS widths), the content hash broken into four lines, a
difference's counterpart and explanation shortened (both stay quoted in full in the
aligned sentences), and only the aligned rows holding a shown difference: a printed
report documents the findings, the full text is in the articles and the browser report.
With three articles or more the page turns to landscape; the ``@page`` rule carries
the orientation, read by :mod:`ui.report_pdf` and by a browser printing the file.
"""

from __future__ import annotations

from comparer.export.report_html import Layout, session_to_html
from comparer.sessions.attach import Attached

LANDSCAPE_FROM = 3  # articles: with this many, side-by-side columns need the wider page
_STYLE = (
    "@page{{size:A4 {orientation};margin:12mm}}"
    "body{{font-family:sans-serif;font-size:9pt;color:#222}}"
    "h1{{font-size:14pt}}h2{{font-size:11pt;margin-top:10px;margin-bottom:4px}}"
    "td,th{{font-size:8pt;vertical-align:top;text-align:left;border-color:#bbb}}"
    "th{{background-color:#eee}}code{{font-size:7.5pt}}.warning{{color:#a40000}}"
    "table{{border-collapse:collapse;margin-bottom:6px}}p,ul{{margin-top:2px;margin-bottom:4px}}"
)
_TABLE = 'width="100%" border="1" cellspacing="0" cellpadding="2"'


def print_layout(articles: int) -> Layout:
    """The print layout for a report over ``articles`` articles."""
    orientation = "landscape" if articles >= LANDSCAPE_FROM else "portrait"
    return Layout(
        style=_STYLE.format(orientation=orientation),
        table=_TABLE,
        clip=80,
        hash_every=16,
        changed_only=True,
    )


def session_to_print_html(
    attached: Attached, relevant_only: bool = False, show_minor: bool = False
) -> str:
    """The report document for printing (PDF) of a session over its comparison."""
    layout = print_layout(len(attached.comparison.articles))
    return session_to_html(attached, relevant_only, layout, show_minor)
