"""The legend: what each highlight, ruler marker and link band in the comparison means.

Each entry draws a sample of the real cue (the kind's tinted background with its underline
style, its ruler marker, or a link band's outline) next to its name, so the legend teaches
the non-colour cues as well as the colours. It reads every look from :mod:`palette`. In a
narrow window the entries wrap onto a second row whole (:mod:`flow`), names never cut.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCharFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from comparer.model import Kind, Relation
from ui.compare import palette
from ui.compare.flow import FlowLayout
from ui.compare.ruler import draw_marker

_US = QTextCharFormat.UnderlineStyle
_DASHES = {_US.DashUnderline: Qt.PenStyle.DashLine, _US.DotLine: Qt.PenStyle.DotLine}


class KindSample(QWidget):
    """A marker and a sample word drawn the way a highlight of ``kind`` is painted."""

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(self.sizeHint())
        self.setToolTip(palette.kind_style(kind).description)

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("Abc") + 22, self.fontMetrics().height() + 6
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        style = palette.kind_style(self.kind)
        dark = palette.is_dark(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_marker(painter, style.marker, style.colour(dark), 6, self.height() / 2)
        box = QRectF(14, 1, self.width() - 15, self.height() - 4)
        painter.fillRect(box, style.background(dark))
        font = painter.font()
        font.setBold(style.bold)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "Abc")
        _underline(painter, style.underline, style.colour(dark), box)
        painter.end()


def _underline(painter: QPainter, kind: _US, colour: QColor, box: QRectF) -> None:
    y = box.bottom() + 1
    pen = QPen(colour, 1.5)
    pen.setStyle(_DASHES.get(kind, Qt.PenStyle.SolidLine))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind != _US.WaveUnderline:
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        return
    path = QPainterPath(QPointF(box.left(), y))
    steps = int(box.width())
    for step in range(steps + 1):
        path.lineTo(QPointF(box.left() + step, y + 1.5 * math.sin(step / 1.6)))
    painter.drawPath(path)


class BandSample(QWidget):
    """A short link-map band drawn the way ``relation`` joins aligned sentences."""

    def __init__(self, relation: Relation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation = relation
        self.setFixedSize(22, self.fontMetrics().height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = palette.is_dark(self.palette())
        colour = palette.relation_colour(self.relation, dark)
        colour.setAlpha(palette.RELATION_ALPHA.get(self.relation, palette.DEFAULT_RELATION_ALPHA))
        painter = QPainter(self)
        painter.setPen(palette.relation_pen(self.relation, dark))
        painter.setBrush(colour)
        painter.drawRect(QRectF(1.5, 3.5, self.width() - 3.0, self.height() - 7.0))
        painter.end()


class Legend(QWidget):
    """Every kind of highlight, then every relation of the link map, each a sample beside
    its name; entries wrap onto a second row whole when the window is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Never wider than it is given: it wraps rather than push the sidebar away.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self, across=12)
        layout.setContentsMargins(4, 2, 4, 2)
        for kind in Kind:
            style = palette.kind_style(kind)
            layout.addWidget(_entry(self, KindSample(kind), style.label, style.description))
        for relation in Relation:
            name, hint = palette.RELATION_LABELS[relation], palette.RELATION_HINTS[relation]
            layout.addWidget(_entry(self, BandSample(relation), name, hint))


def _entry(parent: QWidget, sample: QWidget, name: str, hint: str) -> QWidget:
    """A sample and its name, kept together on one row, explained on hover."""
    entry = QWidget(parent)
    entry.setToolTip(hint)
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    sample.setParent(entry)
    row.addWidget(sample)
    row.addWidget(QLabel(name, entry))
    return entry
