"""After a crash: offer to bring back the session work that was not saved.

Drafts are kept in the library after every change (see :mod:`ui.session.controller`); a
draft whose process is gone was left by a crash or a kill. At start the newest such draft
is offered; declining deletes it, and any older ones wait for the next start. Drafts kept
on this computer while the library's server was out of reach (:mod:`ui.session.offline`)
are offered the same way, the newest of both places first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from comparer.errors import ComparerError
from comparer.sessions.model import Session
from comparer.storage.drafts import Draft
from ui import plain_text
from ui.notices import NoticeBar
from ui.session import offline
from ui.session.controller import SessionController


def offer_restore(parent: QWidget, controller: SessionController, notices: NoticeBar) -> bool:
    """Ask whether to restore the newest abandoned draft; True if one was restored."""
    try:
        drafts = controller.drafts.abandoned()
        local = offline.abandoned_offline(controller.drafts.owner)
    except ComparerError as error:
        notices.add(f"Unsaved work from an earlier run could not be read: {error}")
        return False
    if not drafts and not local:
        return False
    draft, claim = _newest(controller, drafts, local)
    when = draft.modified.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = plain_text.question(
        parent,
        "Restore unsaved work?",
        f"Comparer closed before “{draft.session.name}” was saved (last change {when}).\n"
        "Restore the unsaved changes?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Yes,
    )
    session = claim(draft.id)  # taken either way: declining forgets it
    if answer != QMessageBox.StandardButton.Yes or session is None:
        return False  # None: another window took it first
    try:
        controller.restore(session)
    except ComparerError as error:
        controller.drafts.keep(session)  # not lost: kept as this window's draft
        notices.add(f"The unsaved work could not be reopened: {error}")
        return False
    return True


def _newest(
    controller: SessionController, drafts: list[Draft], local: list[Draft]
) -> tuple[Draft, Callable[[int], Session | None]]:
    """The newest draft of either place, and how to take it.

    A window that lost its server kept its later work on this computer; the draft it had
    left in the library before is older work of that same window, so it is dropped then.
    """
    if not local or (drafts and drafts[0].modified > local[0].modified):
        return drafts[0], controller.drafts.claim
    for superseded in (d for d in drafts if d.owner == local[0].owner):
        controller.drafts.drop(superseded.id)
    owner = controller.drafts.owner
    return local[0], lambda draft_id: offline.claim_offline(owner, draft_id)
