"""Who gave each verdict and when: recorded by the review, kept by the library (SQLite and
PostgreSQL), read from older documents that lack it, and written to the CSV and JSON
reports."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from comparer.export.report_csv import session_to_csv
from comparer.export.report_json import session_to_json_report
from comparer.model import Article
from comparer.sessions.attach import begin, compare_session
from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.edit import review
from comparer.sessions.model import ReviewState, SessionError
from comparer.storage import Library, SessionStore

MONDAY = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
TUESDAY = datetime(2026, 12, 1, 17, 40, tzinfo=UTC)


def test_a_verdict_records_who_gave_it_and_when(articles: list[Article]) -> None:
    attached = compare_session(begin("Strike", articles).session, articles)
    anchor = attached.anchors[0]
    ann = review(attached.session, anchor, ReviewState.RELEVANT, by="Ann Lee", now=MONDAY)
    (decision,) = ann.decisions
    assert (decision.state, decision.by, decision.at) == (ReviewState.RELEVANT, "Ann Lee", MONDAY)
    again = review(ann, anchor, ReviewState.RELEVANT, by="Bob", now=TUESDAY)
    assert again.decisions == ann.decisions  # the same verdict again: Ann's stays
    bob = review(ann, anchor, ReviewState.DISMISSED, by="Bob", now=TUESDAY)
    assert [(d.state, d.by, d.at) for d in bob.decisions] == [
        (ReviewState.DISMISSED, "Bob", TUESDAY)
    ]
    assert review(bob, anchor, ReviewState.OPEN).decisions == ()


def test_the_name_is_the_configured_user(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPARER_USER", "Carla  Díaz")
    attached = compare_session(begin("Strike", articles).session, articles)
    before = datetime.now(UTC)
    (decision,) = review(attached.session, attached.anchors[0], ReviewState.RELEVANT).decisions
    assert decision.by == "Carla Díaz"
    assert decision.at is not None and before <= decision.at <= datetime.now(UTC)


def test_the_library_keeps_who_and_when(library: Library, articles: list[Article]) -> None:
    ann, bob = SessionStore(library, user="Ann Lee"), SessionStore(library, user="Bob")
    attached = compare_session(begin("Strike", articles).session, articles)
    session = review(attached.session, attached.anchors[0], ReviewState.RELEVANT, now=MONDAY)
    ann.create(session)
    (decision,) = bob.get("Strike").decisions
    assert (decision.by, decision.at) == (session.decisions[0].by, MONDAY)


def test_a_verdict_saved_before_who_and_when_reads_as_unknown(articles: list[Article]) -> None:
    attached = compare_session(begin("Strike", articles).session, articles)
    session = review(attached.session, attached.anchors[0], ReviewState.DISMISSED, by="Ann")
    document = session_to_json(session)
    assert {"by", "at"} <= document["decisions"][0].keys()
    for key in ("by", "at"):
        del document["decisions"][0][key]
    (decision,) = session_from_json(json.loads(json.dumps(document))).decisions
    assert (decision.state, decision.by, decision.at) == (ReviewState.DISMISSED, "", None)


@pytest.mark.parametrize("at", ["2026-12-01T10:00:00", "yesterday", 17])
def test_a_bad_verdict_time_is_a_damaged_session(articles: list[Article], at: object) -> None:
    attached = compare_session(begin("Strike", articles).session, articles)
    document = session_to_json(review(attached.session, attached.anchors[0], ReviewState.RELEVANT))
    document["decisions"][0]["at"] = at
    with pytest.raises(SessionError, match="the session is damaged"):
        session_from_json(document)


def test_the_reports_say_who_gave_each_verdict(articles: list[Article]) -> None:
    attached = compare_session(begin("Strike", articles).session, articles)
    session = review(
        attached.session, attached.anchors[0], ReviewState.RELEVANT, by="=Ann", now=MONDAY
    )
    reviewed = attached.with_session(session)
    rows = list(csv.DictReader(io.StringIO(session_to_csv(reviewed), newline="")))
    assert (rows[0]["review_by"], rows[0]["review_at"]) == ("'=Ann", "2026-11-30T09:15:00+00:00")
    assert all((r["review_by"], r["review_at"]) == ("", "") for r in rows[1:])
    differences = session_to_json_report(reviewed)["differences"]
    assert (differences[0]["review_by"], differences[0]["review_at"]) == (
        "=Ann",
        "2026-11-30T09:15:00+00:00",
    )
    assert all((d["review_by"], d["review_at"]) == ("", None) for d in differences[1:])
