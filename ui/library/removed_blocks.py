"""The page furniture import took out of an article, shown with its reason and put back on request.

:class:`RemovedList` lists every removed block of an article ("Teaser — More stories…"),
a ticked box meaning the block is in the article's text. It sits in the Edit Article
Details dialog; ticking a block and pressing OK puts it back through
:func:`comparer.ingest.kept.keep_removed`, as one undoable step with the other details.
Block texts come from web pages: they are shown as plain item text, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from comparer.model import Article, Furniture
from ui.plain_text import tooltip

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


class RemovedList(QListWidget):
    """The removed blocks of one article; a ticked block is (or will be) in the text."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Removed page furniture")
        self.setWordWrap(True)
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


def _item(text: str, reason: Furniture, kept: bool) -> QListWidgetItem:
    shown = " ".join(text.split())
    if len(shown) > _PREVIEW:
        shown = shown[: _PREVIEW - 1] + "…"
    item = QListWidgetItem(f"{REASONS.get(reason, reason.value)} — {shown}")
    item.setToolTip(tooltip(text))
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
    return item
