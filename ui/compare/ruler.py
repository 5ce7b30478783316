"""The overview ruler beside a column: where in the whole article the differences are.

The ruler squeezes the full document height into its own and draws one marker per
highlight, in the kind's colour and shape (bar, diamond, triangle, square), plus a frame
around the part currently on screen. Clicking it scrolls the column there, the way an
editor's overview ruler does; clicking on (or next to) a marker picks that difference.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from comparer.model import Difference, Kind
from ui.compare import palette
from ui.compare.column import ArticleText
from ui.compare.palette import Marker


class OverviewRuler(QWidget):
    """Markers for every highlight of ``text``, scaled to the ruler's height."""

    WIDTH = 14
    # How far from a marker, in ruler pixels, a click still picks it.
    PICK_DISTANCE = 4.0
    jumped = Signal(float)
    difference_picked = Signal(object)

    def __init__(self, text: ArticleText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self._marks: list[tuple[float, Kind]] | None = None
        self._picks: list[tuple[float, Difference]] = []
        self.setFixedWidth(self.WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Where the differences are; click to go there")
        text.verticalScrollBar().valueChanged.connect(self.update)
        layout = text.document().documentLayout()
        layout.documentSizeChanged.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, 100)

    def refresh(self) -> None:
        """Forget the marker heights (the text or its layout changed) and repaint."""
        self._marks = None
        self.update()

    def marks(self) -> list[tuple[float, Kind]]:
        """Document heights and kinds of every marker, unshared sentences first."""
        if self._marks is None:
            found = [(self.text.position_y(s)[0], Kind.OMISSION) for s, _ in self.text.unshared]
            picks = [(self.text.position_y(s)[0], d) for s, _, d in self.text.spans]
            self._marks = found + [(y, d.kind) for y, d in picks]
            self._picks = picks
        return self._marks

    def _scale(self) -> float:
        height = self.text.document().size().height()
        return self.height() / height if height > 0 else 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        scale = self._scale()
        dark = palette.is_dark(self.palette())
        # Thousands of highlights share a few hundred pixel rows: draw each row once.
        rows = {(round(y * scale), kind) for y, kind in self.marks()}
        looks = {
            kind: (palette.kind_style(kind).marker, palette.kind_style(kind).colour(dark))
            for kind in Kind
        }
        for y, kind in sorted(rows, key=lambda row: list(Kind).index(row[1]), reverse=True):
            marker, colour = looks[kind]
            draw_marker(painter, marker, colour, self.width() / 2, y)
        self._draw_view_frame(painter, scale)
        painter.end()

    def _draw_view_frame(self, painter: QPainter, scale: float) -> None:
        top = self.text.verticalScrollBar().value() * scale
        height = max(self.text.viewport().height() * scale, 4.0)
        frame = self.palette().color(QPalette.ColorRole.Text)
        frame.setAlpha(120)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, top + 0.5, self.width() - 1.0, height - 1.0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        scale = self._scale()
        if scale <= 0:
            return
        document_y = event.position().y() / scale
        bar = self.text.verticalScrollBar()
        bar.setValue(round(document_y - self.text.viewport().height() / 2))
        self.jumped.emit(document_y)
        picked = self.nearest(event.position().y())
        if picked is not None:
            self.difference_picked.emit(picked)

    def nearest(self, y: float) -> Difference | None:
        """The difference whose marker is closest to ruler height ``y``, if close enough."""
        self.marks()
        scale = self._scale()
        near = [(abs(mark * scale - y), d) for mark, d in self._picks]
        best = min(near, key=lambda pair: pair[0], default=None)
        return best[1] if best is not None and best[0] <= self.PICK_DISTANCE else None


def draw_marker(painter: QPainter, marker: Marker, colour: QColor, x: float, y: float) -> None:
    """Draw ``marker`` centred on ``(x, y)``; shared by the ruler and the legend."""
    painter.setPen(colour.darker(140))
    painter.setBrush(colour)
    r = 4.0
    if marker is Marker.BAR:
        painter.drawRect(QRectF(x - r - 1, y - 1.5, 2 * r + 2, 3.0))
    elif marker is Marker.SQUARE:
        painter.drawRect(QRectF(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1))
    elif marker is Marker.DIAMOND:
        points = [
            QPointF(x, y - r - 1),
            QPointF(x + r, y),
            QPointF(x, y + r + 1),
            QPointF(x - r, y),
        ]
        painter.drawPolygon(QPolygonF(points))
    else:
        points = [QPointF(x, y - r), QPointF(x + r, y + r), QPointF(x - r, y + r)]
        painter.drawPolygon(QPolygonF(points))
