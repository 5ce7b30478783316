"""Render an HTML report to a paginated PDF with Qt: ``python -m ui.report_pdf IN.html OUT.pdf``.

The engine's command line never imports Qt, so ``comparer session export --format pdf``
runs this module in a child process. Qt's rich-text engine lays the report out on numbered
A4 pages with 15 mm margins (tables split across pages, text stays text so the PDF is searchable);
it needs no screen: the caller sets ``QT_QPA_PLATFORM=offscreen``. A report asking for
``@page{size:A4 landscape}`` (the print variant with three articles or more) is laid out
landscape; the ``@page`` margin, in millimetres, replaces the default. The PDF is made in
memory and written as every report is (:mod:`comparer.export.atomic`): whole or not at all,
through a link, never over a device.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from comparer.errors import ExportError
from comparer.export.atomic import replacing

MARGIN_MM = 15.0
RESOLUTION_DPI = 300
FOOTER_MM = 6.0  # kept free at the foot of each page for its number
# Qt's rich text ignores @page, so the two properties a report sets there are read here.
_PAGE = re.compile(r"@page\s*\{([^}]*)\}")
_LANDSCAPE = re.compile(r"size\s*:\s*A4\s+landscape")
_MARGIN = re.compile(r"margin\s*:\s*([0-9.]+)mm")


def page_layout(html: str) -> QPageLayout:
    """A4 with the orientation and margin the report's ``@page`` rule asks for."""
    rule = _PAGE.search(html)
    page = rule.group(1) if rule else ""
    landscape = _LANDSCAPE.search(page) is not None
    margin = _MARGIN.search(page)
    millimetres = float(margin.group(1)) if margin else MARGIN_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(millimetres, millimetres, millimetres, millimetres),
        QPageLayout.Unit.Millimeter,
    )


def render(html: str, target: Path) -> None:
    """Write ``html`` as a PDF at ``target``, paginated by Qt's rich-text layout."""
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(html))
    writer.setTitle(target.stem)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # points become the PDF's pixels
    document.setHtml(html)
    _paint(document, writer)
    del writer  # ends the PDF
    with replacing(target) as stream:  # as every report: whole or not at all
        stream.write(pdf.data().data())


def _paint(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay ``document`` out on the writer's pages and draw them, numbered at the foot.

    ``QTextDocument.print_`` would add its own 2 cm margins inside the page's, at the
    screen's resolution, which shifted wide tables off the right edge; this owns the page.
    """
    footer = writer.logicalDpiY() * FOOTER_MM / 25.4
    page = QSizeF(writer.width(), writer.height() - footer)
    document.setPageSize(page)
    count = document.pageCount()
    painter = QPainter(writer)
    painter.setFont(QFont(document.defaultFont().family(), 8))
    for number in range(count):
        if number:
            writer.newPage()
        top = number * page.height()
        painter.save()
        painter.translate(0, -top)
        document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
        painter.restore()
        foot = QRectF(0, page.height(), page.width(), footer)
        painter.drawText(foot, Qt.AlignmentFlag.AlignCenter, f"{number + 1} / {count}")
    painter.end()


def main(argv: list[str]) -> int:
    """Command-line entry: IN.html OUT.pdf."""
    if len(argv) != 2:
        print("usage: python -m ui.report_pdf IN.html OUT.pdf", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication(["report_pdf"])
    try:
        render(Path(argv[0]).read_text(encoding="utf-8"), Path(argv[1]))
    except ExportError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
