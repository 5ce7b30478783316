"""The painted strip between two neighbouring columns joining their aligned sentences.

Like Meld's link map, each alignment group shared by the two articles becomes a filled band
running from the sentences' height range in the left column to theirs in the right one, so
a reader sees at a glance where a passage went. Bands are coloured by relation and also
outlined differently (none for identical, solid for reworded, dashed for partial, a dotted
outline with no fill for related) so the relation reads without colour. Between reports of
different events every band is the related one (:class:`~ui.compare.index.ComparisonIndex`),
and so is each one-to-many also link (``Comparison.also``: a lede to a fact the other
report tells further down), drawn from one sentence to one sentence. Hovering a band names
its relation in words ("Related: the same topic with another detail…"): the faint bands
were otherwise explained only by the legend, far above.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize
from PySide6.QtGui import QHelpEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from comparer.model import Relation
from ui.compare import palette
from ui.compare.column import ArticleText
from ui.compare.index import ComparisonIndex, Link


class LinkMap(QWidget):
    """Bands joining aligned sentences of the ``left`` and ``right`` columns."""

    WIDTH = 36

    def __init__(self, left: ArticleText, right: ArticleText, parent: QWidget | None = None):
        super().__init__(parent)
        self.left = left
        self.right = right
        self.links: list[Link] = []
        self.painted: list[tuple[QPainterPath, Link]] = []  # as last drawn, for hovering
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(self.WIDTH)
        for text in (left, right):
            text.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, 100)

    def set_index(self, index: ComparisonIndex, left_key: str, right_key: str) -> None:
        """Take the groups and also links joining ``left_key`` and ``right_key``."""
        self.links = index.links(left_key, right_key) + index.also(left_key, right_key)
        self.update()

    def _offset(self, text: ArticleText) -> float:
        """How far down this widget the column's document top currently lies."""
        viewport_top = self.mapFromGlobal(text.viewport().mapToGlobal(QPoint(0, 0))).y()
        return viewport_top - text.verticalScrollBar().value()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = palette.is_dark(self.palette())
        left_off, right_off = self._offset(self.left), self._offset(self.right)
        height = self.height()
        self.painted = []
        for link in self.links:
            ys_left = self.left.sentences_y(link.left)
            ys_right = self.right.sentences_y(link.right)
            if ys_left is None or ys_right is None:
                continue
            top_l, bottom_l = ys_left[0] + left_off, ys_left[1] + left_off
            top_r, bottom_r = ys_right[0] + right_off, ys_right[1] + right_off
            if max(bottom_l, bottom_r) < 0 or min(top_l, top_r) > height:
                continue
            path = self._path((top_l, bottom_l, top_r, bottom_r))
            self.painted.append((path, link))
            self._band(painter, link.relation, dark, path)
        painter.end()

    def relation_at(self, point: QPointF) -> Relation | None:
        """The relation of the band drawn at ``point`` (the one on top), if any."""
        for path, link in reversed(self.painted):
            if path.contains(point):
                return link.relation
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            relation = self.relation_at(QPointF(event.pos()))
            if relation is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), palette.relation_hint(relation), self)
            return True
        return super().event(event)

    def _path(self, ys: tuple[float, float, float, float]) -> QPainterPath:
        top_l, bottom_l, top_r, bottom_r = ys
        width = float(self.width())
        middle = width / 2
        path = QPainterPath(QPointF(0, top_l))
        path.cubicTo(QPointF(middle, top_l), QPointF(middle, top_r), QPointF(width, top_r))
        path.lineTo(QPointF(width, bottom_r))
        path.cubicTo(QPointF(middle, bottom_r), QPointF(middle, bottom_l), QPointF(0, bottom_l))
        path.closeSubpath()
        return path

    def _band(self, painter: QPainter, relation: Relation, dark: bool, path: QPainterPath) -> None:
        fill = palette.relation_colour(relation, dark)
        fill.setAlpha(palette.RELATION_ALPHA.get(relation, palette.DEFAULT_RELATION_ALPHA))
        painter.setPen(palette.relation_pen(relation, dark))
        painter.setBrush(fill)
        painter.drawPath(path)
