"""The main window: library sidebar, central view, notices and the import entry points.

It only wires parts together; each concern (listing, importing, running tasks, showing an
article) lives in its own module and is handed in by the composition root in ``app``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from comparer import __version__
from comparer.errors import ComparerError
from comparer.storage import Library
from ui.article_view import ArticleView
from ui.import_controller import ImportController
from ui.library_panel import LibraryPanel
from ui.notices import NoticeBar
from ui.task_status import TaskStatus
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    """Comparer's window; accepts drops of files, folders, links and text anywhere."""

    def __init__(self, library: Library, runner: TaskRunner) -> None:
        super().__init__()
        self.setWindowTitle("Comparer")
        self.setAcceptDrops(True)
        self.library, self.runner = library, runner
        self.notices = NoticeBar()
        self.task_status = TaskStatus()
        self.library_panel = LibraryPanel(library)
        self.article_view = ArticleView()
        self.importer = ImportController(library.url, runner, self.task_status, self.notices)
        self._build_layout()
        self._build_menus()
        self._connect()
        self.resize(1200, 760)

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.library_panel)
        splitter.addWidget(self.article_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.notices)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.task_status)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Import Files…", self.import_files, QKeySequence.StandardKey.Open)
        self._action(file_menu, "Import from &URL…", self.import_url, "Ctrl+L")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu("&Edit")
        self._action(edit_menu, "&Paste as Article", self.paste, QKeySequence.StandardKey.Paste)
        self._action(
            edit_menu, "&Remove from Library", self.remove_selected, QKeySequence.StandardKey.Delete
        )
        self._action(edit_menu, "&Filter Library", self.focus_filter, "Ctrl+K")
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About Comparer", self.about)

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _connect(self) -> None:
        self.library_panel.selection_changed.connect(self._show_selection)
        self.importer.imported.connect(self._on_imported)
        self.importer.batch_ended.connect(self.library_panel.refresh)

    def _show_selection(self, ids: list[int]) -> None:
        if len(ids) != 1:
            self.article_view.show_guide()
            return
        try:
            self.article_view.show_article(self.library.get(ids[0]))
        except ComparerError as error:
            self.notices.add(str(error))

    def _on_imported(self, ids: list[int]) -> None:
        self.library_panel.refresh()
        self.library_panel.select_ids(ids)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.importer.import_mime(event.mimeData()):
            event.acceptProposedAction()

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not self.importer.import_mime(mime):
            self.notices.add("The clipboard holds nothing Comparer can import.")

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            "",
            "Articles (*.txt *.md *.html *.htm *.docx *.pdf *.eml);;All files (*)",
        )
        if paths:
            self.importer.import_inputs(paths)

    def import_url(self) -> None:
        url, ok = QInputDialog.getText(self, "Import from URL", "Address of the article:")
        if ok and url.strip():
            self.importer.import_inputs([url.strip()])

    def remove_selected(self) -> None:
        ids = self.library_panel.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            "Remove from library",
            f"Remove {len(ids)} article(s) from the library? Their original files are kept.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for article_id in ids:
            self.library.remove(article_id)
        self.library_panel.refresh()

    def focus_filter(self) -> None:
        self.library_panel.filter_edit.setFocus()
        self.library_panel.filter_edit.selectAll()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Comparer",
            f"<b>Comparer {__version__}</b><p>Compare how different outlets report the "
            "same event.</p>",
        )

    def closeEvent(self, event: object) -> None:
        self.runner.cancel_all()
        self.runner.wait(5000)
        super().closeEvent(event)  # type: ignore[arg-type]
