"""The page furniture import took out of an article, shown with its reason and put back on request.

:class:`RemovedList` lists every removed block of an article ("Teaser — More stories…"),
a ticked box meaning the block is in the article's text. It sits in the Edit Article
Details dialog; ticking a block and pressing OK puts it back through
:func:`comparer.ingest.kept.keep_removed`, as one undoable step with the other details.
Block texts come from web pages: they are shown as plain item text, never as markup.
In a dark theme the tick boxes are drawn with an outline between the text's colour and the
background's (:class:`_VisibleBoxes`): Fusion drew it a shade off the background.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from comparer.model import Article, Furniture
from ui.plain_text import tooltip
from ui.theme import is_dark

REASONS = {
    Furniture.NAVIGATION: "Navigation",
    Furniture.NEWSLETTER: "Newsletter",
    Furniture.ADVERTISEMENT: "Advertisement",
    Furniture.READ_MORE: "Read more",
    Furniture.SHARE: "Share buttons",
    Furniture.MIRROR_NOTICE: "Mirror notice",
    Furniture.TEASER: "Teaser",
    Furniture.DISCLAIMER: "Disclaimer",
    Furniture.HEADLINE: "Headline",
    Furniture.REPEATED_HEADLINE: "Repeated headline",
    Furniture.METADATA: "Byline or date",
    Furniture.BOILERPLATE: "Boilerplate",
    Furniture.PHOTO_CREDIT: "Photo credit",
    Furniture.REPEATED: "Repeated passage",
    Furniture.PAGE_HEADER: "Page header, footer or number",
    Furniture.FOOTNOTE: "Footnote",
    Furniture.TEXT_BOX: "Text box",
    Furniture.KICKER: "Kicker or section label",
    Furniture.HIGHLIGHTS: "Story highlights",
}
"""The words the window uses for each reason a block was removed."""

_PREVIEW = 160
_OUTLINE_SHARE = 0.55
"""How far from the background towards the text a dark theme's box outline is drawn."""
_FUSION_OUTLINE = 127
"""Fusion outlines a box in the window colour darkened to 100/127 of it; lightening by as
much gives the outline wanted."""


class RemovedList(QListWidget):
    """The removed blocks of one article; a ticked block is (or will be) in the text."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Removed page furniture")
        self.setWordWrap(True)
        self.setItemDelegate(_VisibleBoxes(self))
        for block in article.removed:
            self.addItem(_item(block.text, block.reason, block.kept))
        self.before = self.kept()

    def kept(self) -> frozenset[int]:
        """Numbers (positions in ``article.removed``) of the ticked blocks."""
        return frozenset(
            row
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )


class _VisibleBoxes(QStyledItemDelegate):
    """Rows whose tick box shows in a dark theme too: the style is handed a window colour
    from which its outline comes out between the background and the text."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        colours = option.palette
        if is_dark(colours):
            outline = _blend(
                colours.color(QPalette.ColorRole.Base), colours.color(QPalette.ColorRole.Text)
            )
            colours.setColor(QPalette.ColorRole.Window, outline.lighter(_FUSION_OUTLINE))


def _blend(background: QColor, text: QColor) -> QColor:
    def part(b: float, t: float) -> float:
        return b + (t - b) * _OUTLINE_SHARE

    return QColor.fromRgbF(
        part(background.redF(), text.redF()),
        part(background.greenF(), text.greenF()),
        part(background.blueF(), text.blueF()),
    )


def _item(text: str, reason: Furniture, kept: bool) -> QListWidgetItem:
    shown = " ".join(text.split())
    if len(shown) > _PREVIEW:
        shown = shown[: _PREVIEW - 1] + "…"
    item = QListWidgetItem(f"{REASONS.get(reason, reason.value)} — {shown}")
    item.setToolTip(tooltip(text))
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
    return item
