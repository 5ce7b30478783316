"""The legend: what each highlight, ruler marker and link band in the comparison means.

Each entry draws a sample of the real cue (the kind's tinted background with its underline
style, its ruler marker, or a link band's outline) next to its name, so the legend teaches
the non-colour cues as well as the colours. It reads every look from :mod:`palette`.
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
    """One row: every kind of highlight, then every relation of the link map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wider than a narrow window: it gives up its right end rather than the sidebar's room.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(240)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        for kind in Kind:
            layout.addWidget(KindSample(kind, self))
            layout.addWidget(QLabel(palette.kind_style(kind).label, self))
            layout.addSpacing(8)
        for relation in Relation:
            band, label = (
                BandSample(relation, self),
                QLabel(palette.RELATION_LABELS[relation], self),
            )
            for widget in (band, label):
                widget.setToolTip(palette.RELATION_HINTS[relation])
                layout.addWidget(widget)
            layout.addSpacing(8)
        layout.addStretch(1)
