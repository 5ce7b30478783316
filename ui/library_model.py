"""Item models of the library sidebar: every article, and the filter over them.

The filter matches the typed words against title and outlet at once, and also keeps the
articles that full-text search found in their text (ids handed in by the panel).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from comparer.model import ArticleSummary
from ui.plain_text import tooltip

ARTICLE_IDS_MIME = "application/x-comparer-article-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Outlet", "Date")


class LibraryModel(QAbstractTableModel):
    """All articles of the library, one row each: title, outlet, date."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []
        self._snippets: dict[int, str] = {}

    def set_articles(self, articles: Sequence[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(articles)
        self.endResetModel()

    def set_snippets(self, snippets: dict[int, str]) -> None:
        self._snippets = snippets
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def article_at(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        article = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(article, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article)
        if role == ID_ROLE:
            return article.id
        if role == SNIPPET_ROLE:
            return self._snippets.get(article.id, "")
        return None

    @staticmethod
    def _cell(article: ArticleSummary, column: int) -> str:
        if column == 0:
            return article.title or "(untitled)"
        if column == 1:
            return article.outlet
        return article.published.isoformat() if article.published else ""

    def _tooltip(self, article: ArticleSummary) -> str:
        lines = [article.title or "(untitled)", article.source]
        snippet = self._snippets.get(article.id)
        if snippet:
            lines.append(f"…{snippet}…")
        return tooltip("\n".join(line for line in lines if line))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(ARTICLE_IDS_MIME, ",".join(map(str, ids)).encode())
        return mime


class LibraryFilter(QSortFilterProxyModel):
    """Keep rows whose title or outlet contain every typed word, or that search found."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._found: set[int] = set()
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str, found: set[int]) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._found = found
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        article = model.article_at(source_row)
        if article.id in self._found:
            return True
        haystack = f"{article.title} {article.outlet}".casefold()
        return all(word in haystack for word in self._words)
