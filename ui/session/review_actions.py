"""The Review menu: verdicts, notes, bookmarks and the reviewer's own sentence links.

A verdict, note or bookmark applies to the difference selected (in the table, or by
clicking its highlight); a sentence note or bookmark to the sentence last clicked. To link
two sentences the engine left apart (or part two it joined), the reviewer clicks one
sentence in one column and one in another, then chooses Link or Separate. The Events tab
merges the events the engine found into one, or separates them again. Every one of these
is an undoable command on the session (see :meth:`SessionController.apply`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from comparer.errors import ComparerError
from comparer.sessions import DifferenceAnchor, ReviewState, SentenceAnchor, Target, edit
from comparer.sessions.anchors import anchor_sentence, find_sentence
from ui.action_set import ActionSet
from ui.compare.area import ComparisonArea
from ui.notices import NoticeBar
from ui.session import dialogs
from ui.session.controller import SessionController
from ui.session.short_label import short_label

VERDICTS = (
    ("relevant", "Mark &Relevant", ReviewState.RELEVANT, "Ctrl+1"),
    ("dismissed", "&Dismiss", ReviewState.DISMISSED, "Ctrl+2"),
    ("reopen", "Mark &Open", ReviewState.OPEN, "Ctrl+0"),
)
BOOKMARK_LABEL = 60
"""The longest a bookmark's label gets, in characters: one line of the Notes list."""
PICK_TWO = "Click a sentence in one column, then one in another column, first."


class ReviewActions(ActionSet):
    """The review actions of one window, and the targets they apply to."""

    def __init__(
        self,
        parent: QWidget,
        controller: SessionController,
        area: ComparisonArea,
        notices: NoticeBar,
    ) -> None:
        super().__init__(parent, notices)
        self.controller, self.area = controller, area

    def fill_menu(self, menu: QMenu) -> list[QAction]:
        """Put the review actions into ``menu``; returns those a column's menu offers too."""
        for name, text, state, key in VERDICTS:
            self._add(menu, name, text, self._verdict(state), key)
        menu.addSeparator()
        self._add(menu, "note", "&Note on Difference…", self.note_difference, "Ctrl+M")
        self._add(menu, "sentence_note", "Note on &Sentence…", self.note_sentence, "Ctrl+Shift+M")
        self._add(menu, "session_note", "Note on the &Whole Session…", self.note_all)
        self._add(menu, "bookmark", "&Bookmark", self.toggle_bookmark, "Ctrl+B")
        menu.addSeparator()
        link = self._action("link", "&Link Sentences", lambda: self.link(True), "Ctrl+Shift+L")
        part = self._action(
            "separate", "S&eparate Sentences", lambda: self.link(False), "Ctrl+Shift+K"
        )
        forget = self._action("forget_link", "&Forget My Link", self.forget_link)
        for action in (link, part, forget):
            action.setStatusTip(PICK_TWO)
            menu.addAction(action)
        self.controller.status_changed.connect(self._enable)
        self._enable()
        names = ("relevant", "dismissed", "reopen", "note", "sentence_note", "bookmark")
        return [self.actions[n] for n in (*names, "link", "separate", "forget_link")]

    def _enable(self) -> None:
        for action in self.actions.values():
            action.setEnabled(self.controller.session is not None)

    # --- targets -----------------------------------------------------------------------------

    def selected_anchor(self) -> DifferenceAnchor | None:
        """The anchor of the difference selected, if any."""
        attached, chosen = self.controller.attached, self.area.current_difference()
        if attached is None or chosen is None:
            return None
        return attached.anchor_of(chosen)

    def picked_sentences(self) -> list[SentenceAnchor]:
        """The sentences last clicked, one per column, newest first."""
        attached = self.controller.attached
        if attached is None:
            return []
        articles = {c.key: c.article for c in attached.comparison.articles}
        picked = self.area.picked_sentences()
        return [anchor_sentence(articles[key], index) for key, index in picked]

    def _difference(self) -> DifferenceAnchor:
        anchor = self.selected_anchor()
        if anchor is None:
            raise ComparerError("Select a difference first (in the table, or click a highlight).")
        return anchor

    def _sentence(self) -> SentenceAnchor:
        picked = self.picked_sentences()
        if not picked:
            raise ComparerError("Click a sentence in one of the columns first.")
        return picked[0]

    # --- actions -----------------------------------------------------------------------------

    def _verdict(self, state: ReviewState) -> Callable[[], None]:
        return lambda: self.mark(state)

    def mark(self, state: ReviewState) -> None:
        """Give the selected difference a review state (undoable)."""
        anchor = self._difference()
        label = {ReviewState.OPEN: "Reopen"}.get(state, f"Mark {state.value}")
        self.controller.apply(label, lambda s: edit.review(s, anchor, state))

    def note_difference(self) -> None:
        self._add_note(self._difference(), "Note on Difference")

    def note_sentence(self) -> None:
        self._add_note(self._sentence(), "Note on Sentence")

    def note_all(self) -> None:
        self._add_note(None, "Note on the Session")

    def _add_note(self, target: Target, title: str) -> None:
        text = dialogs.ask_note(self.parent_widget, title)
        if text is not None:
            self.controller.apply("Add note", lambda s: edit.add_note(s, target, text))

    def edit_note(self, note_id: str) -> None:
        session = self.controller.session
        note = next((n for n in session.notes if n.id == note_id), None) if session else None
        if note is None:
            return
        text = dialogs.ask_note(self.parent_widget, "Edit Note", note.text)
        if text is not None and text != note.text:
            self.controller.apply("Edit note", lambda s: edit.edit_note(s, note_id, text))

    def delete(self, kind: str, item_id: str) -> None:
        if kind == "note":
            self.controller.apply("Delete note", lambda s: edit.remove_note(s, item_id))
        else:
            self.controller.apply("Remove bookmark", lambda s: edit.remove_bookmark(s, item_id))

    def toggle_bookmark(self) -> None:
        """Bookmark the selected difference (or, with none, the sentence last clicked)."""
        target: DifferenceAnchor | SentenceAnchor = self.selected_anchor() or self._sentence()
        session = self.controller.session
        if session is None:
            return
        existing = next((b for b in session.bookmarks if b.target == target), None)
        if existing is not None:
            self.controller.apply("Remove bookmark", lambda s: edit.remove_bookmark(s, existing.id))
        else:
            label = short_label(target.text, BOOKMARK_LABEL)
            self.controller.apply("Bookmark", lambda s: edit.add_bookmark(s, target, label))

    def _two_sentences(self) -> tuple[SentenceAnchor, SentenceAnchor]:
        picked = self.picked_sentences()
        if len(picked) < 2:
            raise ComparerError(PICK_TWO)
        return picked[1], picked[0]

    def link(self, linked: bool) -> None:
        """Say the two sentences last clicked belong together (or not); the engine redoes."""
        a, b = self._two_sentences()
        text = "Link sentences" if linked else "Separate sentences"
        self.controller.apply(text, lambda s: edit.link(s, a, b, linked))

    def forget_link(self) -> None:
        """Let the engine decide again about the two sentences last clicked."""
        a, b = self._two_sentences()
        self.controller.apply("Forget link", lambda s: edit.unlink(s, a, b))

    def merge_events(self) -> None:
        """Say every compared report tells one event (the Events tab); the engine redoes."""
        attached = self.controller.attached
        if attached is None:
            return
        hashes = tuple(c.article.content_hash for c in attached.comparison.articles)
        self.controller.apply("Merge events", lambda s: edit.choose_events(s, hashes, True))

    def separate_events(self) -> None:
        """Forget the reviewer's say on events: the engine groups the reports again."""
        self.controller.apply("Separate events", edit.forget_events)

    def go_to(self, target: Target) -> None:
        """Show what a note or bookmark is about."""
        attached = self.controller.attached
        if attached is None or target is None:
            return
        if isinstance(target, DifferenceAnchor):
            difference = attached.difference_for(target)
            if difference is not None:
                self.area.select_difference(difference)
                self.area.show_difference(difference)
            return
        for compared in attached.comparison.articles:
            found = find_sentence(compared.article, target)
            if found is not None:
                sentence = compared.article.sentences[found]
                self.area.show_span(compared.key, sentence.start, sentence.end)
                return
