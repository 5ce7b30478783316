"""The reviewer's say on events is part of the session: saved, reopened, undone.

The two reports (:mod:`tests.angles`) tell one event from two angles and are imported
from files into a real library; the engine alone keeps them apart.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.importing import import_all
from comparer.model import Article
from comparer.sessions import EventChoice, Session
from comparer.sessions.attach import begin, compare_session
from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.edit import choose_events, forget_events, work_of
from comparer.storage import Library, SessionStore
from tests.angles import write_angles


@pytest.fixture
def angles(library_path: Path, tmp_path: Path) -> list[Article]:
    with Library.open(library_path) as library:
        outcomes = import_all(library, [str(p) for p in write_angles(tmp_path)])
        return [library.get(o.article_id) for o in outcomes if o.article_id is not None]


def hashes(articles: list[Article]) -> tuple[str, ...]:
    return tuple(a.content_hash for a in articles)


def event_keys(session: Session, articles: list[Article]) -> list[tuple[str, ...]]:
    return [e.articles for e in compare_session(session, articles).comparison.events]


def test_merged_events_are_saved_and_come_back_on_reopening(
    library_path: Path, angles: list[Article]
) -> None:
    session = begin("Maternity ward", angles).session
    assert event_keys(session, angles) == [("A",), ("B",)]
    merged = choose_events(session, hashes(angles), together=True)
    with Library.open(library_path) as library:
        SessionStore(library).create(merged)
    with Library.open(library_path) as again:
        store = SessionStore(again)
        loaded = store.get("Maternity ward")
        reopened = compare_session(loaded, store.articles(loaded))
    assert loaded.events == (EventChoice(hashes(angles), True),)
    assert [e.articles for e in reopened.comparison.events] == [("A", "B")]
    assert reopened.orphans == ()


def test_a_session_with_event_choices_is_format_2_and_one_without_stays_format_1(
    angles: list[Article],
) -> None:
    plain = begin("Maternity ward", angles).session
    written = session_to_json(plain)
    assert written["format"] == 1 and "events" not in written
    merged = choose_events(plain, hashes(angles), together=True)
    document = json.loads(json.dumps(session_to_json(merged)))
    assert document["format"] == 2
    assert document["events"] == [{"articles": list(hashes(angles)), "together": True}]
    assert session_from_json(document) == merged


def test_an_old_session_without_events_opens_as_before(angles: list[Article]) -> None:
    old = {
        "format": 1,
        "name": "Maternity ward",
        "articles": list(hashes(angles)),
        "engine_version": "0.1",
        "result_digest": "r1",
        "decisions": [],
        "notes": [],
        "bookmarks": [],
        "links": [],
        "view": {},
    }
    session = session_from_json(old)
    assert session.events == ()
    assert event_keys(session, angles) == [("A",), ("B",)]


def test_a_new_say_replaces_the_old_and_forgetting_lets_the_engine_decide(
    angles: list[Article],
) -> None:
    session = begin("Maternity ward", angles).session
    merged = choose_events(session, hashes(angles), together=True)
    apart = choose_events(merged, hashes(angles)[1:], together=False)
    assert apart.events == (*merged.events, EventChoice(hashes(angles)[1:], False))
    assert event_keys(apart, angles) == [("A",), ("B",)]
    again = choose_events(apart, hashes(angles), together=True)
    assert again.events == merged.events
    forgotten = forget_events(again)
    assert forgotten.events == () and not any(work_of(forgotten))
    assert event_keys(forgotten, angles) == [("A",), ("B",)]


def test_a_comparison_begun_as_one_event_keeps_that_choice(angles: list[Article]) -> None:
    attached = begin("Maternity ward", angles, one_event=True)
    assert [e.articles for e in attached.comparison.events] == [("A", "B")]
    assert attached.session.events == (EventChoice(hashes(angles), True),)
    assert any(work_of(attached.session))


def test_an_earlier_say_stays_unless_every_report_is_made_one_event(
    angles: list[Article],
) -> None:
    # Applied in order, "B apart" then "A, B together" is not "A, B together" alone when
    # other reports exist; only a say that makes every report one event makes the rest moot.
    session = begin("Maternity ward", angles).session
    a, b = hashes(angles)
    apart = choose_events(session, (b,), together=False)
    partial = replace(apart, articles=(*apart.articles, "c" * 64))  # a third report
    assert choose_events(partial, (a, b), together=True).events == (
        EventChoice((b,), False),
        EventChoice((a, b), True),
    )
    assert choose_events(apart, (a, b), together=True).events == (EventChoice((a, b), True),)
