"""Who did what: each session records who created and who last saved it, and a refused
(stale) save names who saved meanwhile. On SQLite and on PostgreSQL."""

from __future__ import annotations

import getpass

import pytest

from comparer.model import Article
from comparer.sessions.attach import begin
from comparer.sessions.edit import add_note
from comparer.sessions.model import StaleSession
from comparer.storage import Library, SessionStore


def test_a_save_records_who_made_it(library: Library, articles: list[Article]) -> None:
    ann, bob = SessionStore(library, user="Ann Lee"), SessionStore(library, user="Bob")
    created = ann.create(begin("Strike", articles).session)
    assert created.saved_by == "Ann Lee"
    assert ann.get("Strike").saved_by == "Ann Lee"
    saved = bob.save(add_note(bob.get("Strike"), None, "Checked."))
    assert saved.saved_by == "Bob"
    assert ann.get("Strike") == saved
    assert [(s.name, s.saved_by) for s in ann.list()] == [("Strike", "Bob")]


def test_a_stale_save_names_who_saved_meanwhile(library: Library, articles: list[Article]) -> None:
    ann, bob = SessionStore(library, user="Ann Lee"), SessionStore(library, user="Bob Díaz")
    mine = ann.create(begin("Strike", articles).session)
    bob.save(add_note(bob.get("Strike"), None, "Bob was here."))
    with pytest.raises(StaleSession) as refused:
        ann.save(add_note(mine, None, "Ann's note."))
    message = str(refused.value)
    assert refused.value.saved_by == "Bob Díaz"
    assert "was changed elsewhere: saved by Bob Díaz at " in message
    assert "(revision 2, this copy is at 1)" in message
    assert [n.text for n in ann.get("Strike").notes] == ["Bob was here."]


@pytest.mark.parametrize(
    ("configured", "expected"),
    [("Carla  Díaz ", "Carla Díaz"), ("", getpass.getuser()), ("   ", getpass.getuser())],
)
def test_the_user_is_the_configured_name_else_the_login(
    library: Library, monkeypatch: pytest.MonkeyPatch, configured: str, expected: str
) -> None:
    monkeypatch.setenv("COMPARER_USER", configured)
    assert SessionStore(library).user == expected
