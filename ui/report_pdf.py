"""Render an HTML report to a paginated PDF with Qt: ``python -m ui.report_pdf IN.html OUT.pdf``.

The engine's command line never imports Qt, so ``comparer session export --format pdf``
runs this module in a child process. Qt's rich-text engine lays the report out on A4 pages
with 15 mm margins (tables split across pages, text stays text so the PDF is searchable);
it needs no screen: the caller sets ``QT_QPA_PLATFORM=offscreen``. The PDF is written next
to the target and renamed over it, so a failed run leaves no half-written file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

MARGIN_MM = 15.0
RESOLUTION_DPI = 300


def render(html: str, target: Path) -> None:
    """Write ``html`` as a PDF at ``target``, paginated by Qt's rich-text layout."""
    temporary = target.with_name(target.name + ".tmp")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(RESOLUTION_DPI)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    writer.setTitle(target.stem)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)  # lays a copy of the document out on the writer's pages
    del writer  # closes the file
    os.replace(temporary, target)


def main(argv: list[str]) -> int:
    """Command-line entry: IN.html OUT.pdf."""
    if len(argv) != 2:
        print("usage: python -m ui.report_pdf IN.html OUT.pdf", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication(["report_pdf"])
    render(Path(argv[0]).read_text(encoding="utf-8"), Path(argv[1]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
