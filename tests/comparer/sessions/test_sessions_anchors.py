"""Decisions are anchored to text: they survive shifted sentence indexes and engine changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from comparer.analysis import analyse
from comparer.ingest.splitting import segment
from comparer.model import Article, Metadata
from comparer.sessions.anchors import anchor_sentence, find_sentence
from comparer.sessions.attach import attach, begin, compare_session, resolve_links
from comparer.sessions.edit import accept, add_note, link, review
from comparer.sessions.model import ReviewState, SentenceAnchor

A_TEXT = (
    "An air strike killed 10 civilians in the village on Tuesday. "
    "The mayor promised help within two weeks. "
    "Officials blamed the rebels for the attack. "
    "Schools in the district were closed."
)
B_TEXT = (
    "An air strike killed 12 civilians in the village on Tuesday. "
    "The mayor promised help within a month. "
    "Officials blamed the army for the attack. "
    "Schools in the district were closed."
)
FURNITURE = "Subscribe to our newsletter for daily updates. "


def article(ident: int, content_hash: str, text: str) -> Article:
    """An article built the way the library returns one, with real sentence splitting."""
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    meta = Metadata(title=f"Report {ident}", outlet=f"Outlet {ident}")
    return Article(ident, f"test:{ident}", "text/plain", content_hash, meta, text, (), (),
                   segment(text), stamp)  # fmt: skip


def test_decisions_survive_shifted_sentence_indexes() -> None:
    old = [article(1, "hash-a", A_TEXT), article(2, "hash-b", B_TEXT)]
    attached = begin("Strike", old, analysers=[analyse])
    session = attached.session
    for i, anchor in enumerate(attached.anchors):
        state = ReviewState.RELEVANT if i % 2 == 0 else ReviewState.DISMISSED
        session = review(session, anchor, state)
    session = add_note(session, anchor_sentence(old[0], 2), "Who blamed whom?")
    session = link(session, anchor_sentence(old[0], 3), anchor_sentence(old[1], 3), True)
    states = attach(session, attached.comparison).states
    before = {
        (d.article, d.kind, d.text, d.explanation): s
        for d, s in zip(attached.comparison.differences, states, strict=True)
    }

    # A newer cleaner keeps the newsletter line: same file, every sentence index moves by one.
    shifted = [article(1, "hash-a", FURNITURE + A_TEXT), old[1]]
    assert shifted[0].sentences[3].text == old[0].sentences[2].text
    reopened = compare_session(session, shifted, analysers=[analyse])

    assert reopened.orphans == ()
    after = {
        (d.article, d.kind, d.text, d.explanation): s
        for d, s in zip(reopened.comparison.differences, reopened.states, strict=True)
    }
    assert len(before) >= 4
    assert {k: v for k, v in after.items() if k in before} == before
    ((key_a, at_a, key_b, at_b, linked),) = [
        (k.article_a, k.sentence_a, k.article_b, k.sentence_b, k.linked)
        for k in resolve_links(session, shifted)[0]
    ]
    assert (key_a, at_a, key_b, at_b, linked) == ("A", 4, "B", 3, True)


def test_a_newer_engine_and_a_different_result_are_reported() -> None:
    articles = [article(1, "hash-a", A_TEXT), article(2, "hash-b", B_TEXT)]
    attached = begin("Strike", articles, analysers=[analyse])
    same = compare_session(attached.session, articles, analysers=[analyse])
    assert (same.engine_changed, same.result_changed) == (False, False)

    older = replace(attached.session, engine_version="0.0.1+align.0")
    fewer = compare_session(older, articles, analysers=[])  # an engine without analysis
    assert (fewer.engine_changed, fewer.result_changed) == (True, True)

    accepted = attach(accept(older, fewer.comparison), fewer.comparison)
    assert (accepted.engine_changed, accepted.result_changed) == (False, False)


def test_a_decision_on_a_difference_that_is_gone_is_an_orphan() -> None:
    articles = [article(1, "hash-a", A_TEXT), article(2, "hash-b", B_TEXT)]
    attached = begin("Strike", articles, analysers=[analyse])
    session = review(attached.session, attached.anchors[0], ReviewState.RELEVANT)
    same_text = [article(1, "hash-a", A_TEXT), article(2, "hash-b", A_TEXT)]
    reopened = compare_session(session, same_text, analysers=[analyse])
    assert reopened.comparison.differences == ()
    assert [o.anchor for o in reopened.orphans] == [attached.anchors[0]]  # type: ignore[union-attr]


SENTENCES = "One two three. Four  five six. One two three. Seven eight."


@pytest.mark.parametrize(
    ("text", "wanted", "occurrence", "found"),
    [
        (SENTENCES, "Four  five six.", 0, 1),  # exact
        (SENTENCES, "One two three.", 1, 2),  # the second of two identical sentences
        (SENTENCES, "One two three.", 5, 2),  # fewer than counted: the last one
        (SENTENCES, "Four five six.", 0, 1),  # spacing changed
        (SENTENCES, "seven eight.", 0, 3),  # case changed
        ("Alpha beta; gamma delta. Omega.", "gamma delta.", 0, 0),  # merged into a neighbour
        (SENTENCES, "Nine ten.", 0, None),  # gone
    ],
)
def test_a_sentence_is_found_by_its_text(
    text: str, wanted: str, occurrence: int, found: int | None
) -> None:
    subject = article(1, "hash-a", text)
    assert find_sentence(subject, SentenceAnchor("hash-a", wanted, occurrence)) == found


def test_a_sentence_of_another_article_is_not_found() -> None:
    subject = article(1, "hash-a", SENTENCES)
    assert find_sentence(subject, SentenceAnchor("hash-b", "Seven eight.")) is None
