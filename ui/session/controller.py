"""The session under review: its comparison, undo stack, saves, drafts and what changed.

:class:`SessionController` is the window's document. Every review action goes through
:meth:`SessionController.apply` as an undo command; a changed link or event choice sends
the session back to the engine (off the GUI thread), anything else re-attaches it to the
comparison at once.
After every change the whole session is kept as a draft in the library (one small write),
so a crash loses nothing; Save, Save As, a clean close or a discard remove the draft. The
controller never asks the user anything: :mod:`ui.session.actions` does, then calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from comparer.errors import ComparerError
from comparer.sessions import Session, edit
from comparer.storage import DraftStore, Library, SessionStore
from ui.compare.controller import ComparisonController, Handling, Result
from ui.notices import NoticeBar
from ui.session import offline
from ui.session.commands import SessionChange

if TYPE_CHECKING:
    from comparer.model import Comparison
    from comparer.sessions.attach import Attached


def _hashes(comparison: Comparison) -> set[str]:
    return {c.article.content_hash for c in comparison.articles}


class SessionController(QObject):
    """Keeps the session being reviewed and everything that happens to it."""

    # A new comparison to show (an Attached), or None when it was closed; and whether it
    # compares the same articles as the one before (the reader's place can be kept).
    attached_changed = Signal(object, bool)
    # Same comparison, the session changed (states, notes, bookmarks): an Attached.
    review_changed = Signal(object)
    # The name, the saved state or the dirty flag changed.
    status_changed = Signal()
    # A stored session or a draft was opened and shown (an Attached): restore its view.
    opened = Signal(object)

    def __init__(
        self, library: Library, comparisons: ComparisonController, notices: NoticeBar
    ) -> None:
        super().__init__()
        self.library, self.comparisons, self._notices = library, comparisons, notices
        self.store = SessionStore(library)
        self.drafts = DraftStore(library)
        self.undo_stack = QUndoStack(self)
        self.session: Session | None = None
        self.saved: Session | None = None
        self.attached: Attached | None = None
        self.view_state: Callable[[], dict[str, Any]] = dict
        self._offline_said = False  # the one line about an unreachable server, said once
        comparisons.comparison_ready.connect(self._arrived)
        # A bound slot, not a lambda: Qt drops it with the controller, so the stack's last
        # cleanChanged while the window is destroyed (metadata edits left on it) goes nowhere.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # --- what the window asks --------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether the reviewer changed something that is not saved yet."""
        if self.session is None:
            return False
        if self.saved is None:  # an untitled comparison is worth keeping once work is done
            return any(edit.work_of(self.session))
        return edit.content(self.session) != edit.content(self.saved)

    @property
    def stored(self) -> bool:
        """Whether the session has a place in the library (it was saved at least once)."""
        return self.session is not None and self.session.id is not None

    @property
    def title(self) -> str:
        """The name shown in the window title, with a mark when there are unsaved changes."""
        if self.session is None:
            return ""
        return f"{self.session.name}{' •' if self.dirty else ''}"

    # --- opening and closing -----------------------------------------------------------------

    def start(self, ids: Sequence[int], one_event: bool = False) -> None:
        """Compare these articles in a new, untitled session (once the result arrives);
        ``one_event``: the user said they all report one event."""
        self.comparisons.compare(ids, one_event=one_event)

    def add_articles(self, ids: Sequence[int]) -> None:
        """Add articles to the comparison; the session keeps every decision and note."""
        if self.session is None:
            self.start(ids)
            return
        every = [*self.comparisons.article_ids, *ids]
        self.comparisons.compare(every, self.session, Handling.ADDED)

    def _clean_changed(self, _clean: bool) -> None:
        self.status_changed.emit()

    def recompare(self) -> None:
        """Compare the same articles again (their details changed), keeping the session."""
        if self.session is not None:
            ids = self.comparisons.article_ids
            self.comparisons.compare(ids, self.session, Handling.RELINKED)

    def open(self, name: str) -> None:
        """Open a stored session: compare its articles again and lay it over the result."""
        session = self.store.get(name)
        self._open(session, session)

    def restore(self, draft: Session) -> None:
        """Reopen a draft left by a crash, with its unsaved changes still unsaved.

        A draft of a session deleted since comes back without an id (see ``DraftStore``).
        """
        saved = None if draft.id is None else self.store.get_by_id(draft.id)
        self._open(draft, saved)

    def _open(self, session: Session, saved: Session | None) -> None:
        ids = self.store.article_ids(session)
        self.comparisons.compare(ids, session, Handling.OPENED, saved)

    def close(self) -> None:
        """Close the session and its comparison; a draft of it is discarded."""
        self._forget_draft()
        self.session = self.saved = self.attached = None
        self.undo_stack.clear()
        self.comparisons.close()
        self.status_changed.emit()

    def _arrived(self, result: Result) -> None:
        attached, before = result.attached, self.attached
        if attached is None:
            self.attached_changed.emit(None, False)
            return
        self._took(result.handling, attached, result.saved)
        same = before is not None and _hashes(before.comparison) == _hashes(attached.comparison)
        self.attached_changed.emit(self.attached, same)
        if result.handling is Handling.OPENED:
            self.opened.emit(self.attached)
        self._autosave()
        self.status_changed.emit()

    def _took(self, handling: Handling, attached: Attached, saved: Session | None) -> None:
        if handling is Handling.NEW:
            self._forget_draft()
            self._take(attached, None)
        elif handling is Handling.OPENED:
            self._take(attached, saved)
            self._report_changes(attached)
        elif handling is Handling.ADDED:
            self._take(attached, self.saved)
        else:
            # The reviewer may have gone on while the engine ran: lay the newest session over it.
            assert self.session is not None
            self.attached = attached.with_session(self.session).accepted()
            self.session = self.attached.session

    def _take(self, attached: Attached, saved: Session | None) -> None:
        self.attached, self.session, self.saved = attached, attached.session, saved
        self.undo_stack.clear()

    def _report_changes(self, attached: Attached) -> None:
        if attached.orphans:
            self._notices.add(
                f"{len(attached.orphans)} of this session's decisions, notes or links no longer "
                "match the articles; they are kept and shown in the Notes tab."
            )
        if attached.result_changed:
            self._notices.add(
                f"This version of Comparer (engine {attached.comparison.engine_version}) finds "
                f"a different result from the one reviewed (engine "
                f"{attached.session.engine_version}). Your decisions were placed on the new "
                "result; use Session → Accept New Result once you have checked it."
            )

    # --- changes ---------------------------------------------------------------------------

    def apply(self, text: str, change: Callable[[Session], Session]) -> None:
        """Make an undoable change to the session (nothing happens without a session)."""
        if self.session is None:
            return
        after = change(self.session)
        if edit.content(after) != edit.content(self.session):
            self.undo_stack.push(SessionChange(text, self.session, after, self._set))

    def _set(self, value: Session) -> None:
        assert self.session is not None and self.attached is not None
        value = edit.carry_bookkeeping(value, self.session)
        relink = (value.links, value.events) != (self.session.links, self.session.events)
        self.session = value
        if relink:
            self.comparisons.compare(self.comparisons.article_ids, value, Handling.RELINKED)
        else:
            self.attached = self.attached.with_session(value)
            self.review_changed.emit(self.attached)
        self._autosave()
        self.status_changed.emit()

    def accept_result(self) -> None:
        """Take the comparison shown as the result the session reviews (after an upgrade)."""
        if self.attached is not None and self.attached.result_changed:
            self.attached = self.attached.accepted()
            self.session = self.attached.session
            self.review_changed.emit(self.attached)
            self._autosave()
            self.status_changed.emit()

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> Session:
        """Save the stored session over its last revision (raises StaleSession if behind)."""
        assert self.session is not None and self.session.id is not None
        return self._saved(self.store.save(self.with_view()))

    def save_as(self, name: str) -> Session:
        """Store the session under a new name; the window goes on with the new one."""
        assert self.session is not None
        fresh = replace(edit.rename(self.with_view(), name), id=None, revision=0)
        return self._saved(self.store.create(fresh))

    def overwrite(self) -> Session:
        """Save over whatever another window saved since this session was read."""
        assert self.session is not None and self.session.id is not None
        latest = self.store.get_by_id(self.session.id)
        self.session = replace(self.session, revision=latest.revision)
        return self.save()

    def save_view(self) -> None:
        """Keep where the reviewer was (columns, filters, scroll) in an unchanged session."""
        if self.stored and not self.dirty:
            # Saved elsewhere meanwhile: theirs wins, the view is the least of it.
            with suppress(ComparerError):
                self._saved(self.store.save(self.with_view()))

    def rename(self, name: str) -> None:
        """Rename the session (in the library at once if it is stored there)."""
        assert self.session is not None
        if self.saved is not None and self.session.id is not None:
            self.saved = self.store.update(self.saved.name, lambda s: edit.rename(s, name))
            self.session = replace(self.session, name=self.saved.name, revision=self.saved.revision)
        else:
            self.session = edit.rename(self.session, name)
        self._autosave()
        self.status_changed.emit()

    def rename_stored(self, old: str, new: str) -> None:
        """Rename any stored session (the open one through :meth:`rename`)."""
        if self.saved is not None and self.saved.name == old:
            self.rename(new)
        else:
            self.store.update(old, lambda s: edit.rename(s, new))

    def delete(self, name: str) -> None:
        """Delete a stored session; if it is the open one, it stays open as unsaved work."""
        self.store.delete(name)
        if self.session is not None and self.session.name == name and self.stored:
            self.session = replace(self.session, id=None, revision=0)
            self.saved = None
            self._autosave()
            self.status_changed.emit()

    def discard_changes(self) -> None:
        """Forget the unsaved changes (the window is about to close or move on)."""
        self._forget_draft()
        self.undo_stack.clear()

    def _saved(self, stored: Session) -> Session:
        self.session = self.saved = stored
        if self.attached is not None:
            self.attached = self.attached.with_session(stored)
        self._forget_draft()
        self.undo_stack.setClean()
        self.status_changed.emit()
        return stored

    def with_view(self) -> Session:
        """The session with the view as it is now (what a save or an export keeps)."""
        assert self.session is not None
        return edit.with_view(self.session, self.view_state())

    def _autosave(self) -> None:
        try:
            if self.dirty:
                self.drafts.keep(self.with_view())
            else:
                self.drafts.discard()
        except ComparerError as error:
            self._keep_offline(error)

    def _keep_offline(self, error: ComparerError) -> None:
        # Only a server, or a library file gone (moved, deleted, drive unmounted), can be out
        # of reach while this computer still has a disk.
        path = self.library.path
        if (path is not None and path.is_file()) or not self.dirty:
            self._notices.add(f"Your changes could not be kept as a draft: {error}")
            return
        try:
            path = offline.keep_offline(self.drafts.owner, self.with_view())
        except ComparerError as local_error:
            self._notices.add(f"Your changes could not be kept as a draft: {local_error}")
            return
        if not self._offline_said:
            self._offline_said = True
            self._notices.add(f"{error}. Unsaved changes are kept on this computer ({path}).")

    def _forget_draft(self) -> None:
        try:
            self.drafts.discard()
        except ComparerError as error:
            self._notices.add(f"The draft could not be removed: {error}")
