"""Sessions in the library: the whole round trip, optimistic saving, refused documents."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.model import Article
from comparer.sessions.attach import begin, compare_session
from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.edit import add_note, edit_note, remove_note, with_view
from comparer.sessions.model import ReviewState, SessionError, StaleSession
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.seed_session import VIEW, reviewed


def test_a_reviewed_session_reopens_identical(
    library: Library, library_path: Path, articles: list[Article]
) -> None:
    stored = SessionStore(library).create(reviewed(articles))
    assert stored.id is not None and stored.revision == 1

    with Library.open(library_path) as again:
        store = SessionStore(again)
        loaded = store.get("Strike")
        reopened = compare_session(loaded, store.articles(loaded))

    assert loaded == stored
    assert loaded.view == VIEW
    assert reopened.orphans == ()
    assert not reopened.engine_changed
    assert not reopened.result_changed
    states = dict(zip(reopened.anchors, reopened.states, strict=True))
    assert {d.anchor: d.state for d in loaded.decisions}.items() <= states.items()
    assert sorted(s.value for s in reopened.states if s is not ReviewState.OPEN) == [
        "dismissed",
        "relevant",
    ]
    (relevant,) = reopened.relevant()
    assert [n.text for n in reopened.notes_on(relevant)] == ["Check the toll with OCHA."]
    assert [n.text for n in reopened.session_notes()] == [
        "Overall: B relies on one source « only »."
    ]


def test_each_save_moves_the_revision_on(store: SessionStore, articles: list[Article]) -> None:
    session = store.create(begin("Strike", articles).session)
    session = store.save(add_note(session, None, "one"))
    session = store.save(add_note(session, None, "two"))
    assert session.revision == 3
    assert [n.text for n in store.get("Strike").notes] == ["one", "two"]
    assert [(s.name, s.revision, s.articles) for s in store.list()] == [("Strike", 3, 2)]


def test_a_save_from_a_stale_revision_is_refused_and_changes_nothing(
    store: SessionStore, articles: list[Article]
) -> None:
    first = store.create(begin("Strike", articles).session)
    theirs = store.save(add_note(first, None, "theirs"))
    with pytest.raises(StaleSession, match="changed elsewhere"):
        store.save(add_note(first, None, "mine"))
    assert store.get("Strike") == theirs

    merged = store.update("Strike", lambda s: add_note(s, None, "mine"))
    assert [n.text for n in merged.notes] == ["theirs", "mine"]
    assert store.get("Strike").revision == 3


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("duplicate", "already a session called"),
        ("missing", "no session"),
        ("unsaved", "never stored"),
        ("blank", "needs a name"),
    ],
)
def test_impossible_requests_are_refused(
    store: SessionStore, articles: list[Article], action: str, message: str
) -> None:
    session = begin("Strike", articles).session
    store.create(session)
    with pytest.raises(SessionError, match=message):
        if action == "duplicate":
            store.create(session)
        elif action == "missing":
            store.get("Nothing")
        elif action == "unsaved":
            store.save(session)
        else:
            begin("  ", articles)
    assert [s.name for s in store.list()] == ["Strike"]


def test_notes_are_edited_and_removed(articles: list[Article]) -> None:
    session = add_note(begin("Strike", articles).session, None, "draft")
    (note,) = session.notes
    edited = edit_note(session, note.id, "final")
    assert [n.text for n in edited.notes] == ["final"]
    assert remove_note(edited, note.id).notes == ()
    with pytest.raises(SessionError, match="no note"):
        remove_note(session, "nope")


def test_deleting_a_session_keeps_its_articles(
    store: SessionStore, library: Library, articles: list[Article]
) -> None:
    store.create(begin("Strike", articles).session)
    assert store.delete("Strike") is True
    assert store.delete("Strike") is False
    assert len(library.list()) == 2


def test_a_removed_article_is_named_when_the_session_opens(
    store: SessionStore, library: Library, articles: list[Article]
) -> None:
    session = store.create(begin("Strike", articles).session)
    library.remove(articles[1].id)
    with pytest.raises(SessionError, match="no longer in the library"):
        store.articles(session)


def test_the_json_document_round_trips(articles: list[Article]) -> None:
    session = reviewed(articles)
    text = json.dumps(session_to_json(session))
    assert session_from_json(json.loads(text)) == session


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": 99}, "newer version of Comparer"),
        ({"format": "1"}, "newer version of Comparer"),
        ({"decisions": [{"difference": {"article": "x"}, "state": "relevant"}]}, "damaged"),
        ({"decisions": [{"difference": None, "state": "maybe"}]}, "damaged"),
        ({"notes": [{"id": 1, "target": None, "text": "x", "created": "2024"}]}, "damaged"),
        ({"view": [1, 2]}, "damaged"),
        ({"name": None, "articles": None}, "damaged"),
    ],
)
def test_a_bad_document_is_refused(
    articles: list[Article], change: dict[str, object], message: str
) -> None:
    document = session_to_json(reviewed(articles)) | change
    with pytest.raises(SessionError, match=message):
        session_from_json(document)


def test_a_view_that_is_not_json_is_refused(articles: list[Article]) -> None:
    session = begin("Strike", articles).session
    with pytest.raises(SessionError, match="not JSON"):
        with_view(session, {"when": object()})
    detached = {"scroll": [1]}
    viewed = with_view(session, detached)
    detached["scroll"].append(2)
    assert viewed.view == {"scroll": [1]}
    assert replace(viewed, view={}) != viewed
