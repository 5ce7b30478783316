"""After a crash: offer to bring back the session work that was not saved.

Drafts are kept in the library after every change (see :mod:`ui.session.controller`); a
draft whose process is gone was left by a crash or a kill. At start the newest such draft
is offered; declining deletes it, and any older ones wait for the next start. Drafts kept
on this computer while the library's server was out of reach (:mod:`ui.session.offline`)
are offered the same way when the library holds none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from comparer.errors import ComparerError
from comparer.sessions.model import Session
from ui import plain_text
from ui.notices import NoticeBar
from ui.session import offline
from ui.session.controller import SessionController


def offer_restore(parent: QWidget, controller: SessionController, notices: NoticeBar) -> bool:
    """Ask whether to restore the newest abandoned draft; True if one was restored."""
    try:
        drafts = controller.drafts.abandoned()
        local = [] if drafts else offline.abandoned_offline(controller.drafts.owner)
    except ComparerError as error:
        notices.add(f"Unsaved work from an earlier run could not be read: {error}")
        return False
    if not drafts and not local:
        return False
    draft = drafts[0] if drafts else local[0]
    claim = controller.drafts.claim if drafts else _claim_offline(controller)
    when = draft.modified.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = plain_text.question(
        parent,
        "Restore unsaved work?",
        f"Comparer closed before “{draft.session.name}” was saved (last change {when}).\n"
        "Restore the unsaved changes?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        if drafts:
            controller.drafts.drop(draft.id)
        else:
            claim(draft.id)  # taking it out of the local file is dropping it
        return False
    session = claim(draft.id)
    if session is None:  # another window took it first
        return False
    try:
        controller.restore(session)
    except ComparerError as error:
        controller.drafts.keep(session)  # not lost: kept as this window's draft
        notices.add(f"The unsaved work could not be reopened: {error}")
        return False
    return True


def _claim_offline(controller: SessionController) -> Callable[[int], Session | None]:
    return lambda draft_id: offline.claim_offline(controller.drafts.owner, draft_id)
