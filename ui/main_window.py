"""The main window: library sidebar, comparison area, notices and every entry point.

It only wires parts together; each concern (listing, importing, comparing, running tasks,
showing articles, the session under review) lives in its own module and is handed in by
the composition root in ``app``. Menus and shortcuts are declared in
:mod:`ui.window_actions` and, for sessions and review, :mod:`ui.session`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from comparer.errors import ComparerError
from comparer.storage import Library
from ui.compare.area import ComparisonArea
from ui.compare.columns_menu import ColumnsMenu
from ui.compare.columns_room import room_for_columns
from ui.compare.controller import ComparisonController
from ui.compare.removed_elsewhere import RemovedElsewhere
from ui.compare.review import NO_MARKS, ReviewMarks
from ui.library.article_view import ArticleText, read_article_text
from ui.library.corrections import correction_of
from ui.library.event_choice import EventChooser, Placement, ask_add_or_new
from ui.library.event_grouping import EventGrouper, EventReports, same_event
from ui.library.import_controller import ImportController
from ui.library.metadata_edit import Kept, MetadataDialog, MetadataEdit
from ui.library.model import ARTICLE_IDS_MIME
from ui.library.panel import LibraryPanel
from ui.library.watch import LibraryWatch
from ui.notices import NoticeBar
from ui.plain_text import window_title
from ui.session import view_state
from ui.session.actions import SessionActions
from ui.session.controller import SessionController
from ui.session.marks import marks_of
from ui.session.notes_view import NotesView, rows_of
from ui.session.review_actions import ReviewActions
from ui.task_status import TaskStatus
from ui.tasks import TaskRunner
from ui.window_actions import SHOW_ARTICLE_KEY, install_actions

if TYPE_CHECKING:
    from comparer.sessions.attach import Attached


def article_ids(mime: QMimeData) -> list[int]:
    """Article ids dragged out of the library panel, if that is what ``mime`` carries."""
    raw = bytes(mime.data(ARTICLE_IDS_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part.isdigit()]


class MainWindow(QMainWindow):
    """Comparer's window; accepts drops of files, folders, links, text and library rows."""

    def __init__(self, library: Library, runner: TaskRunner) -> None:
        super().__init__()
        self.setWindowTitle("Comparer")
        self.setAcceptDrops(True)
        self.library, self.runner = library, runner
        self.notices = NoticeBar()
        self.task_status = TaskStatus()
        self.library_panel = LibraryPanel(library)
        self.area = ComparisonArea()
        self.columns_menu = ColumnsMenu(self.area, self)
        self.importer = ImportController(library.url, runner, self.task_status, self.notices)
        self.comparisons = ComparisonController(library, runner, self.task_status, self.notices)
        self.grouper = EventGrouper(library.url, runner, self.notices)
        self.removed_elsewhere = RemovedElsewhere(library)
        # Another process's writes (``comparer edit`` in a terminal) show without a click.
        self.watch = LibraryWatch(library.path, lambda: not runner.is_busy(), self)
        self.event_chooser: EventChooser | None = None
        # The article a new comparison was started from; the next one of its event joins it.
        self.seed: int | None = None
        # The result on screen, whose anchors name the reader's place when it is redone.
        self.shown: Attached | None = None
        self._activated_before = False
        self.session = SessionController(library, self.comparisons, self.notices)
        self.session.view_state = lambda: view_state.capture(self.area, self.session.attached)
        self.notes_view = NotesView()
        self.area.add_tab(self.notes_view, "Notes")
        self.session_actions = SessionActions(self, self.session, runner, self.notices)
        self.review = ReviewActions(self, self.session, self.area, self.notices)
        self._build_layout()
        self.actions_by_name = install_actions(self, self)
        self._connect()
        self.resize(1280, 800)

    def _build_layout(self) -> None:
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.library_panel)
        splitter.addWidget(self.area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.notices.float_over(central)
        self.statusBar().addPermanentWidget(self.task_status)

    def _connect(self) -> None:
        self.library_panel.selection_changed.connect(self._preview_selection)
        self.library_panel.open_requested.connect(self.open_articles)
        self.area.compare_bar.compare_requested.connect(self.compare_selected)
        self.importer.imported.connect(self._on_imported)
        self.importer.batch_ended.connect(self.library_panel.add_arrivals)
        self.session.attached_changed.connect(self._show_attached)
        self.session.review_changed.connect(self._show_review)
        self.session.opened.connect(self._restore_view)
        self.session.status_changed.connect(self._update_title)
        self.notes_view.target_chosen.connect(self.review.go_to)
        self.notes_view.add_session_note.connect(self.review.note_all)
        self.notes_view.edit_requested.connect(self.review.edit_note)
        self.notes_view.delete_requested.connect(self.review.delete)
        self.area.events.merge_requested.connect(self.review.merge_events)
        self.area.events.separate_requested.connect(self.review.separate_events)
        self.area.details_requested.connect(self.edit_details)
        self.watch.written.connect(self.look_again)
        self.watch.replaced.connect(self._library_replaced)

    def open_articles(self, ids: list[int]) -> None:
        """Compare two or more articles; a single one is shown on its own."""
        if len(ids) == 1:
            self._show_article(ids[0])
        elif ids and self.session_actions.settle_unsaved():
            self.session.start(ids)

    def open_as_one_event(self, ids: list[int]) -> None:
        """Compare these articles as the one event the user says they report."""
        if len(ids) > 1 and self.session_actions.settle_unsaved():
            self.session.start(ids, one_event=True)

    def compare_selected(self) -> None:
        self.open_articles(self.library_panel.selected_ids())

    def _preview_selection(self, ids: list[int]) -> None:
        self._offer_compare(ids)
        if len(ids) == 1 and self.session.attached is None:
            self._show_article(ids[0], over_comparison=False)

    def _offer_compare(self, selected: list[int]) -> None:
        attached = self.session.attached
        shown = [] if attached is None else [a.article.id for a in attached.comparison.articles]
        self.area.compare_bar.offer(selected, shown)

    def _show_article(self, article_id: int, over_comparison: bool = True) -> None:
        """Show one article alone, read on a worker; the newest request wins. A preview
        (``over_comparison`` False) is dropped if a comparison is shown by the time it
        is read."""
        self.runner.run(
            read_article_text(self.library.url, article_id),
            on_done=lambda shown: self._article_read(shown, over_comparison),
            on_error=lambda error: self.notices.add(str(error)),
            key=SHOW_ARTICLE_KEY,
        )

    def _article_read(self, shown: ArticleText, over_comparison: bool) -> None:
        if over_comparison or self.session.attached is None:
            self.area.show_article_text(shown)

    def edit_details(self, article_id: int | None = None) -> None:
        """Correct one article's title, outlet, author, date or language (undoable)."""
        ids = [article_id] if article_id is not None else self.library_panel.selected_ids()
        if len(ids) != 1:
            self.notices.add("Select one article to edit its details.")
            return
        try:
            article = self.library.get(ids[0])
            extracted = self.library.extracted_values(ids[0])
        except ComparerError as error:
            self.notices.add(str(error))
            return
        dialog = MetadataDialog(article, extracted, self)
        changed = dialog.exec() == MetadataDialog.DialogCode.Accepted
        if changed and (dialog.changes() or dialog.kept_change()):
            self.correct_details(ids[0], dialog.before, dialog.changes(), dialog.kept_change())

    def correct_details(
        self,
        article_id: int,
        before: dict[str, str],
        after: dict[str, str],
        kept: Kept | None = None,
    ) -> None:
        """Write a correction the details dialog made, undoably, and show it everywhere."""
        edit = MetadataEdit(self.library, article_id, before, after, kept)
        edit.done, edit.failed = self._details_changed, self.notices.add
        self.session.undo_stack.push(edit)

    def _details_changed(self, article_id: int) -> None:
        self.library_panel.refresh()
        if self.comparisons.compare_again(article_id):
            return  # the comparison under way read the article before: its result is stale
        if article_id in self.comparisons.article_ids and self.session.session is not None:
            self.session.recompare()  # grouping and columns follow the corrected details
        elif self.session.attached is None:
            self._show_article(article_id, over_comparison=False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() != QEvent.Type.ActivationChange or not self.isActiveWindow():
            return
        if self._activated_before:  # the first time, the list was only just read
            self.look_again()
        self._activated_before = True

    def look_again(self) -> None:
        """Show what changed in the library while the reader was elsewhere, or as another
        process wrote it: an article corrected with ``comparer edit`` or by another window
        is listed, and compared again if it is on screen, as an edit made here is."""
        if self.runner.is_busy():
            return  # a comparison or import under way brings the news with it
        self.library_panel.refresh()
        attached = self.session.attached
        gone = self.removed_elsewhere.news(attached.comparison.articles if attached else ())
        if gone is not None:
            self.notices.add(gone)
        changed = self._changed_on_screen()
        if changed is not None:
            self._details_changed(changed)

    def _library_replaced(self) -> None:
        """Tell at once what a write would be refused with, not after the reader worked on."""
        try:
            self.library.check_writable()
        except ComparerError as error:
            self.notices.add(str(error))

    def _changed_on_screen(self) -> int | None:
        attached = self.session.attached
        shown = [c.article for c in attached.comparison.articles] if attached else []
        try:
            changed = self.library.changed(shown)
        except ComparerError:
            return None  # out of reach: the reader is told when the session is used
        return changed[0] if changed else None

    def _show_attached(self, attached: Attached | None, same_articles: bool) -> None:
        comparison = attached.comparison if attached else None
        if attached is not None:
            self.seed = None
            self.runner.cancel(SHOW_ARTICLE_KEY)  # an article still being read stays unshown
        # A changed link recomputes the same articles: the reader stays where they were.
        kept = view_state.capture(self.area, self.shown) if same_articles else None
        self.shown = attached
        marks = marks_of(attached) if attached else NO_MARKS
        self.area.show_comparison(comparison, marks)
        if comparison is not None:
            room_for_columns(self.splitter, self.area.view.columns)
            ids = [c.article.id for c in comparison.articles]
            self.area.view.show_corrections({i: correction_of(self.library, i) for i in ids})
        self._offer_compare(self.library_panel.selected_ids())
        self.columns_menu.rebuild(comparison)
        self.area.events.set_decided(bool(attached and attached.session.events))
        if attached is None:
            self.notes_view.set_rows([])
            return
        self._show_marks(attached, marks)
        if kept is not None:
            view_state.restore(self.area, attached, kept)

    def _show_review(self, attached: Attached) -> None:
        self._show_marks(attached, marks_of(attached))

    def _show_marks(self, attached: Attached, marks: ReviewMarks) -> None:
        self.area.set_marks(marks)
        self.notes_view.set_rows(rows_of(attached))

    def _restore_view(self, attached: Attached) -> None:
        # The library shows what the session compares, not the selection it replaced
        # (which the bar above would otherwise offer to compare in its place).
        self.library_panel.select_ids([c.article.id for c in attached.comparison.articles])
        view_state.restore(self.area, attached, attached.session.view)

    def _update_title(self) -> None:
        count = len(self.comparisons.article_ids)
        title = self.session.title
        shown = f"Comparer — {title} ({count} articles)" if title else "Comparer"
        self.setWindowTitle(window_title(shown))

    def _on_imported(self, ids: list[int], open_after: bool) -> None:
        self.library_panel.add_arrivals()
        if not open_after or not ids:
            return
        self.library_panel.select_ids(ids)
        if len(ids) >= 2:
            self.grouper.group(ids, self._open_by_event)
        elif self.session.attached is not None:
            self._offer(ids)
        elif self.seed is not None:
            seed = self.seed
            self.grouper.group([seed, ids[0]], lambda groups: self._grow(seed, ids[0], groups))

    def _open_by_event(self, events: list[EventReports]) -> None:
        """One event is compared as before; several get a chooser, the first one open."""
        if len(events) > 1:
            if self.event_chooser is not None:
                self.event_chooser.close()
            self.event_chooser = EventChooser(events, self)
            self.event_chooser.open_requested.connect(self.open_articles)
            self.event_chooser.together_requested.connect(self.open_as_one_event)
            self.event_chooser.show()
        self.open_articles(events[0].ids)

    def _offer(self, ids: list[int]) -> None:
        """Add articles to the open comparison if they report its event; else ask."""
        current = list(self.comparisons.article_ids)
        self.grouper.group(current + ids, lambda groups: self._place(ids, current, groups))

    def _place(self, ids: list[int], current: list[int], events: list[EventReports]) -> None:
        if self.session.attached is None:
            return
        if same_event(events, ids, current):
            self.session.add_articles(ids)
            return
        titles = [r.title for e in events for r in e.reports if r.id in ids]
        choice = ask_add_or_new(self, titles)
        if choice is Placement.ADD:
            self.session.add_articles(ids)
        elif choice is Placement.NEW:
            self._start_new(ids, titles)

    def _start_new(self, ids: list[int], titles: list[str]) -> None:
        self.session_actions.new_session()
        if self.session.attached is not None:
            return  # the reviewer chose to stay with unsaved work
        if len(ids) >= 2:
            self.grouper.group(ids, self._open_by_event)
            return
        self.seed = ids[0]
        self.library_panel.select_ids(ids)
        self._show_article(ids[0])
        self.notices.inform(
            f"New comparison started with “{titles[0]}”: paste or drop another report "
            "of the same event to compare them."
        )

    def _grow(self, seed: int, new: int, events: list[EventReports]) -> None:
        """The report after a new start joins it if it tells the same event."""
        self.seed = None
        if self.session.attached is None and same_event(events, [new], [seed]):
            self.open_articles([seed, new])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # An Escape no widget took (the find bar, a dialog) stops the task in the status bar.
        if event.key() == Qt.Key.Key_Escape and self.task_status.isVisible():
            self.task_status.cancel()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(ARTICLE_IDS_MIME) or mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(ARTICLE_IDS_MIME):
            self._drop_article_ids(article_ids(mime))
            event.acceptProposedAction()
        elif self.importer.import_mime(mime):
            event.acceptProposedAction()

    def _drop_article_ids(self, ids: list[int]) -> None:
        if self.session.attached is not None:
            self._offer(ids)
        else:
            self.open_articles(ids)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not self.importer.import_mime(mime):
            self.notices.add("The clipboard holds nothing Comparer can import.")

    def close_comparison(self) -> None:
        self.session_actions.new_session()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session_actions.settle_unsaved():
            event.ignore()
            return
        self.runner.cancel_all()
        self.runner.wait(5000)
        super().closeEvent(event)
