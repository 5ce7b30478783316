"""The library sidebar's item model: articles fetched from SQL a page at a time.

A library may hold 100,000 articles, so the model never holds them all: it knows how many
the current query lists (:class:`~comparer.storage.listing.ListQuery`: sort order and
filter words, both applied by SQL on indexed columns) and fetches :data:`PAGE` rows around
whatever the view asks to paint. Sorting keeps the selection (its rows are found again by
SQL), and articles that arrive are inserted where they belong, one row each, instead of
resetting the list; a large arrival or a removal reloads it. A filter that lists many
articles is counted only up to :data:`FIRST_COUNT` (a common word would otherwise count
100,000 rows on each keystroke): the model shows that many rows and counts further, twice
as far each time, when the view scrolls to the end (``canFetchMore``/``fetchMore``), so
every match is still reached in the list's order.

Another process (``comparer import``, another window) may change the library between any
two of the model's queries. The query is bounded by the newest id read (``upto``), so every
query sees the same articles and one that arrives later is inserted once, by
:meth:`LibraryModel.add_arrivals`; a row removed meanwhile leaves a page short, and the
list is read again rather than painted past its end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QPalette

from comparer.model import NO_DATE, UNKNOWN_OUTLET, ArticleSummary
from comparer.storage.listing import Listing, ListQuery, SortKey
from ui.plain_text import tooltip

ARTICLE_IDS_MIME = "application/x-comparer-article-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Outlet", "Date")
DATE_COLUMN = 2
SORT_KEYS = (SortKey.TITLE, SortKey.OUTLET, SortKey.PUBLISHED)
PAGE = 200
MOST_INSERTED = 50  # beyond this many arrivals, reload instead
FIRST_COUNT = 1000  # a filter's matches counted at first; more as the list scrolls


class LibraryModel(QAbstractTableModel):
    """The listed articles, one row each: title, outlet, date."""

    def __init__(self, listing: Listing) -> None:
        super().__init__()
        self._listing = listing
        # What was corrected by hand in an article, for its tooltip (the panel knows how).
        self.corrections: Callable[[int], str] = lambda _id: ""
        self._query = ListQuery()
        self._count = 0
        self._complete = True  # False while the filter lists more than the rows shown
        self._total = 0
        self._pages: dict[int, list[ArticleSummary]] = {}
        self._snippets: dict[int, str] = {}
        self._reload_queued = False

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many articles the library holds, filtered or not."""
        return self._total

    @property
    def complete(self) -> bool:
        """True when every article the query lists has a row (none left to count)."""
        return self._complete

    @property
    def _newest(self) -> int:
        """The newest article the list has taken in (all of them after a reload)."""
        return self._query.upto or 0

    def reload(self) -> None:
        """Read the list again from the library (after a removal, say)."""
        self._reload_queued = False
        newest = self._listing.newest_id()  # first: what is stored after it waits its turn
        self._query = replace(self._query, upto=newest)
        self._relist(self._listing.count(ListQuery(upto=newest)))

    def set_filter(self, words: Iterable[str], search: str = "") -> None:
        """List the articles whose title or outlet has every word, or whose text matches
        ``search`` (a full-text search; its snippets are made for the rows shown)."""
        newest = self._listing.newest_id()
        total = self._caught_up_total(newest)
        self._query = replace(self._query, words=tuple(words), search=search, upto=newest)
        self._relist(total)

    def _caught_up_total(self, newest: int) -> int:
        """The library's total up to id ``newest``, adding the articles stored since the
        list was last read (counting 100,000 rows again would cost a keystroke 10 ms)."""
        stored = ListQuery(upto=newest)
        every = self._listing.ids_after(stored, self._newest, MOST_INSERTED + 1)
        if len(every) > MOST_INSERTED:
            return self._listing.count(stored)
        return self._total + len(every)

    def _relist(self, total: int) -> None:
        """The list again for the current query, the library holding ``total`` articles."""
        self._total = total
        self.beginResetModel()
        self._pages.clear()
        self._snippets.clear()
        if self._query.filtered:
            found, first = self._listing.head(self._query, FIRST_COUNT + 1, PAGE)
            self._count, self._complete = min(found, FIRST_COUNT), found <= FIRST_COUNT
            if len(first) == PAGE or self._complete:  # a whole first page
                self._pages[0] = first
        else:
            self._count, self._complete = self._total, True
        self.endResetModel()

    def _counted(self, bound: int) -> tuple[int, bool]:
        """Rows to show with the list counted up to ``bound``, and whether that is all."""
        found = self._listing.count(self._query, at_most=bound + 1)
        return min(found, bound), found <= bound

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Count on past the rows shown (the view has scrolled to the end of them)."""
        if not self.canFetchMore(parent):
            return
        count, complete = self._counted(2 * self._count)
        if count == self._count:
            self._complete = complete
            return
        self.beginInsertRows(QModelIndex(), self._count, count - 1)
        self._count, self._complete = count, complete  # both, before the view is told
        self.endInsertRows()

    def add_arrivals(self) -> None:
        """Insert the articles stored since the list was last read, each where it belongs."""
        newest = self._listing.newest_id()
        now = replace(self._query, upto=newest)
        arrived = self._listing.ids_after(now, self._newest, MOST_INSERTED + 1)
        if len(arrived) > MOST_INSERTED:
            self.reload()
            return
        self._total = self._caught_up_total(newest)
        self._query = now
        for row in sorted(self._listing.positions(now, arrived).values()):
            if row > self._count:  # beyond the rows counted so far: shown when counted
                break
            self.beginInsertRows(QModelIndex(), row, row)
            self._pages.clear()
            self._count += 1
            self.endInsertRows()

    def rows_of(self, ids: list[int]) -> dict[int, int]:
        """The rows showing these articles (those the list does not show are left out)."""
        rows = self._listing.positions(self._query, ids)
        return {i: row for i, row in rows.items() if row < self._count}

    def article_at(self, row: int) -> ArticleSummary | None:
        """The article in ``row``; None when it is gone (the list is then read again)."""
        page, at = divmod(row, PAGE)
        if page not in self._pages:
            self._pages[page] = self._listing.page(self._query, page * PAGE, PAGE)
        found = self._pages[page]
        if at < len(found):
            return found[at]
        if not self._reload_queued:  # removed by another process: not while painting
            self._reload_queued = True
            QTimer.singleShot(0, self, self.reload)
        return None

    def _snippet(self, article_id: int) -> str:
        # Made when a row's tooltip is asked for, not for every row listed: a snippet
        # reads the article's whole text.
        if self._query.search and article_id not in self._snippets:
            found = self._listing.snippets(self._query, [article_id])
            self._snippets[article_id] = found.get(article_id, "")
        return self._snippets.get(article_id, "")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        article = self.article_at(index.row())
        if article is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(article, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and _undated(article, index.column()):
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article)
        if role == ID_ROLE:
            return article.id
        if role == SNIPPET_ROLE:
            return self._snippet(article.id)
        return None

    @staticmethod
    def _cell(article: ArticleSummary, column: int) -> str:
        if column == 0:
            return article.title or "(untitled)"
        if column == 1:
            return article.outlet
        return article.published.isoformat() if article.published else NO_DATE

    def _tooltip(self, article: ArticleSummary) -> str:
        """The full title and outlet (the cells may cut them short), date and source."""
        outlet = f"{article.outlet or UNKNOWN_OUTLET} · {self._cell(article, 2)}"
        lines = [article.title or "(untitled)", outlet, self.corrections(article.id)]
        lines.append(article.source)
        snippet = self._snippet(article.id)
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a column (-1: import order), keeping selected rows selected."""
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else SortKey.IMPORTED
        descending = order == Qt.SortOrder.DescendingOrder and key is not SortKey.IMPORTED
        kept = self.persistentIndexList()
        ids = [_id(self.article_at(i.row())) for i in kept]
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        self._query = replace(self._query, sort=key, descending=descending)
        rows = self.rows_of(ids)
        moved = [
            self.index(rows[i], index.column()) if i in rows else QModelIndex()
            for index, i in zip(kept, ids, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        found = (self.article_at(i.row()) for i in indexes if i.isValid())
        ids = sorted({article.id for article in found if article is not None})
        mime = QMimeData()
        mime.setData(ARTICLE_IDS_MIME, ",".join(map(str, ids)).encode())
        return mime


def _undated(article: ArticleSummary, column: int) -> bool:
    return column == DATE_COLUMN and article.published is None


def _id(article: ArticleSummary | None) -> int:
    """The article's id, -1 for a row whose article is gone (no row has that id)."""
    return -1 if article is None else article.id
