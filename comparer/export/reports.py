"""Writing a session's report to a file in one of the formats a reviewer can share.

Shared by the command line and the window so both write the same files. Every report is
written to a temporary file beside the target and renamed over it, so an interrupted
export never leaves half a report under the chosen name. PDF needs Qt, which the engine
never imports: the caller passes the function that turns the print layout's HTML (see
:mod:`comparer.export.report_print`) into a PDF.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from comparer.export import atomic
from comparer.export.report_csv import session_to_csv
from comparer.export.report_html import session_to_html
from comparer.export.report_json import session_to_json_report
from comparer.export.report_print import session_to_print_html
from comparer.sessions.attach import Attached

REPORT_FORMATS = ("html", "pdf", "csv", "json")
PdfWriter = Callable[[str, Path], None]


def write_report(
    attached: Attached,
    kind: str,
    target: Path,
    relevant_only: bool,
    pdf: PdfWriter,
    show_minor: bool = False,
) -> None:
    """Write the report of ``attached`` as ``kind`` (one of :data:`REPORT_FORMATS`).

    ``show_minor`` is the window's "Show minor findings" switch: HTML and PDF leave the
    minor findings out unless it is on, as the window does (CSV and JSON, being data,
    list every finding with its ``minor`` flag)."""
    if kind == "pdf":
        pdf(session_to_print_html(attached, relevant_only, show_minor), target)
        return
    write_atomically(target, report_text(attached, kind, relevant_only, show_minor))


def report_text(
    attached: Attached, kind: str, relevant_only: bool, show_minor: bool = False
) -> str:
    """The HTML, CSV or JSON report as text."""
    if kind == "csv":
        return session_to_csv(attached, relevant_only)
    if kind == "json":
        document = session_to_json_report(attached, relevant_only)
        return json.dumps(document, ensure_ascii=False, indent=2)
    if kind == "html":
        return session_to_html(attached, relevant_only, show_minor=show_minor)
    raise ValueError(f"unknown report format {kind!r}")


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``target`` through a temporary file renamed over it."""
    atomic.write_text(target, text)
