"""The Session menu: new, open, recent, save, save as, rename, delete, export and import.

Each action asks what it must (a name, a file, what to do with unsaved changes) through
:mod:`ui.session.dialogs`, then calls the :class:`~ui.session.controller.SessionController`.
:meth:`SessionActions.settle_unsaved` is the one gate every action that replaces the open
session passes through, and the window's close too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from comparer.errors import ComparerError
from comparer.sessions import StaleSession
from ui import engine, folders
from ui.action_set import ActionSet
from ui.notices import NoticeBar
from ui.plain_text import menu_text
from ui.session import dialogs
from ui.session.controller import SessionController
from ui.session.dialogs import Choice
from ui.session.export import FILTERS, MNEMONIC, ask_target, export_work, originals, run_export
from ui.tasks import TaskRunner

RECENT = 8


class SessionActions(ActionSet):
    """The actions of the Session menu, bound to one window's session controller."""

    def __init__(
        self,
        parent: QWidget,
        controller: SessionController,
        runner: TaskRunner,
        notices: NoticeBar,
    ) -> None:
        super().__init__(parent, notices)
        self.controller, self.runner = controller, runner
        self.recent_menu = QMenu("Open &Recent", parent)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.export_menu = QMenu("&Export", parent)
        self.relevant_only = QAction("Only Differences Marked &Relevant", parent, checkable=True)

    def fill_menu(self, menu: QMenu) -> None:
        """Put the session actions into ``menu`` (the window's Session menu)."""
        keys = QKeySequence.StandardKey
        self._add(menu, "new_session", "&New Session", self.new_session, keys.New)
        self._add(menu, "open_session", "&Open Session…", self.open, "Ctrl+Shift+O")
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self._add(menu, "save", "&Save", self.save, keys.Save)
        self._add(menu, "save_as", "Save &As…", self.save_as, keys.SaveAs)
        self._add(menu, "rename_session", "Re&name…", self.rename)
        self._add(menu, "delete_session", "&Delete…", self.delete)
        menu.addSeparator()
        accept = self._action("accept_result", "Accept New &Result", self.controller.accept_result)
        accept.setStatusTip("Take what this version of Comparer finds as the result you review")
        menu.addAction(accept)
        menu.addSeparator()
        for kind, label in FILTERS.items():
            text = label.split(" (")[0]
            text = text.replace(MNEMONIC[kind], f"&{MNEMONIC[kind]}", 1)
            self._add(self.export_menu, f"export_{kind}", f"{text}…", self._exporter(kind))
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.relevant_only)
        menu.addMenu(self.export_menu)
        self._add(menu, "import_session", "&Import Session File…", self.import_file)
        self.controller.status_changed.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        open_ = self.controller.session is not None
        attached = self.controller.attached
        enabled = {
            "save": open_,
            "save_as": open_,
            "rename_session": open_,
            "delete_session": self.controller.stored,
            "accept_result": attached is not None and attached.result_changed,
        }
        for name, on in enabled.items():
            self.actions[name].setEnabled(on)
        self.export_menu.setEnabled(open_ and self.controller.attached is not None)

    # --- the gate ----------------------------------------------------------------------------

    def settle_unsaved(self) -> bool:
        """Save or discard unsaved changes as the reviewer says; False to stay put."""
        controller = self.controller
        if not controller.dirty:
            controller.save_view()
            return True
        assert controller.session is not None
        choice = dialogs.ask_unsaved(self.parent_widget, controller.session.name)
        if choice is Choice.DISCARD:
            controller.discard_changes()
            return True
        return choice is Choice.SAVE and self.save()

    # --- the actions -------------------------------------------------------------------------

    def new_session(self) -> None:
        if self.settle_unsaved():
            self.controller.close()

    def open(self) -> None:
        sessions = self.controller.store.list()
        if not sessions:
            self.notices.inform("There are no saved sessions yet: compare articles, then Save.")
            return
        dialog = dialogs.SessionsDialog(
            sessions, self.controller.rename_stored, self.controller.delete, self.parent_widget
        )
        if dialog.exec() and dialog.chosen:
            self.open_named(dialog.chosen)

    def open_named(self, name: str) -> None:
        """Open a stored session, after settling the unsaved changes of the open one."""
        if self.settle_unsaved():
            self.controller.open(name)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for summary in self.controller.store.list()[:RECENT]:
            action = self.recent_menu.addAction(menu_text(summary.name))
            action.triggered.connect(
                lambda _checked=False, name=summary.name: self._guarded(
                    lambda: self.open_named(name)
                )
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No saved sessions").setEnabled(False)

    def save(self) -> bool:
        """Save the open session (asking a name the first time); False if not saved.

        A library that refuses the write (gone, read-only, damaged) is said in one line and
        the work stays in the window, unsaved, so a close that asked to save stays put.
        """
        try:
            return self._save()
        except ComparerError as error:
            self.notices.add(str(error))
            return False

    def _save(self) -> bool:
        if not self.controller.stored:
            return self.save_as()
        try:
            self.controller.save()
        except StaleSession as stale:
            return self._resolve_stale(stale.saved_by)
        return True

    def _resolve_stale(self, saved_by: str) -> bool:
        assert self.controller.session is not None
        name = self.controller.session.name
        choice = dialogs.ask_stale(self.parent_widget, name, saved_by)
        if choice is Choice.SAVE:
            self.controller.overwrite()
            return True
        return choice is Choice.DISCARD and self.save_as()

    def save_as(self) -> bool:
        session = self.controller.session
        if session is None:
            return False
        name = dialogs.ask_name(self.parent_widget, "Save Session As", session.name)
        if name is None:
            return False
        self.controller.save_as(name)
        return True

    def rename(self) -> None:
        session = self.controller.session
        if session is None:
            return
        name = dialogs.ask_name(self.parent_widget, "Rename Session", session.name)
        if name is not None and name != session.name:
            self.controller.rename(name)

    def delete(self) -> None:
        session = self.controller.session
        if session is None or not self.controller.stored:
            return
        question = f"Delete session “{session.name}”? Its articles stay in the library."
        if dialogs.confirm(self.parent_widget, "Delete Session", question):
            self.controller.delete(session.name)

    def _exporter(self, kind: str) -> Callable[[], None]:
        return lambda: self.export(kind)

    def export(self, kind: str, target: Path | None = None) -> None:
        """Export the open session as ``kind`` (asking for the file unless given)."""
        attached, session = self.controller.attached, self.controller.session
        if attached is None or session is None:
            return
        target = target or ask_target(self.parent_widget, kind, session.name)
        if target is None:
            return
        sources = originals(self.controller.library, attached) if kind == "comparer" else None
        kept = self.controller.with_view()
        work = export_work(attached, kept, kind, target, self.relevant_only.isChecked(), sources)
        run_export(self.runner, self.notices, work)

    def import_file(self, source: Path | None = None) -> None:
        """Import a ``.comparer`` file into the library and open its session."""
        if source is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                "Import Session",
                str(folders.start_folder()),
                FILTERS["comparer"],
            )
            source = Path(path) if path else None
            if source is not None:
                folders.remember(source)
        if source is None or not self.settle_unsaved():
            return
        try:
            session = engine.import_bundle(self.controller.library, source)
        except ComparerError as error:  # damaged, tampered, newer: nothing was written
            self.notices.add(f"Could not import {source.name}: {error}")
            return
        self.notices.inform(f"Imported session “{session.name}” with its articles.")
        self.controller.open(session.name)
