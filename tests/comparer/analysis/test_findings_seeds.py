"""The strike reports 000 and 001 end to end, as the importer reads them and the engine compares
them: few findings, every check of the numbers-and-framing issue kept, and the key
differences led by the "more than 10" / "at least 10" pair.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from comparer.compare import compare
from comparer.ingest import extract_any
from comparer.key_differences import key_differences
from comparer.model import Article, Comparison, Difference, Kind

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


def imported(number: int) -> Article:
    path = next(SAMPLES.glob(f"{number:03d}_*.txt"))
    e = extract_any(str(path))
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    return Article(
        number + 1, e.source, e.media_type, e.content_hash, e.meta, e.text, e.removed,
        e.captions, e.sentences, stamp,
    )  # fmt: skip


@pytest.fixture(scope="module")
def strike() -> Comparison:
    return compare([imported(0), imported(1)])


def found(c: Comparison, kind: Kind, type_: str, key: str) -> list[Difference]:
    return [d for d in c.differences if (d.kind, d.type, d.article) == (kind, type_, key)]


def test_two_reports_of_350_words_give_at_most_40_findings(strike: Comparison) -> None:
    assert 0 < len(strike.differences) <= 40


@pytest.mark.parametrize(
    ("kind", "type_", "key", "text"),
    [
        (Kind.NUMBER, "qualifier", "A", "more than 10 civilians"),
        (Kind.NUMBER, "qualifier", "B", "at least 10 civilians"),
        (Kind.NUMBER, "approximate", "A", "scores of others"),
        (Kind.NUMBER, "approximate", "B", "many more"),
        (Kind.NUMBER, "date_agrees", "B", "Yesterday"),
        (Kind.FRAMING, "scare_quote", "A", "“illegal”"),
        (Kind.FRAMING, "scare_quote", "B", "so-called “anti-ISIS”"),
        (Kind.FRAMING, "label_swap", "B", "Washington-led alliance"),
        (Kind.FRAMING, "label_swap", "A", "U.S.-led international coalition"),
        (Kind.FRAMING, "label_swap", "A", "Islamic State (ISIS) organization"),
    ],
)
def test_every_check_of_the_numbers_and_framing_issue_is_kept(
    strike: Comparison, kind: Kind, type_: str, key: str, text: str
) -> None:
    assert text in [d.text for d in found(strike, kind, type_, key)]


def test_label_swaps_point_at_the_other_name(strike: Comparison) -> None:
    (swap,) = [d for d in found(strike, Kind.FRAMING, "label_swap", "B") if "Washington" in d.text]
    assert swap.counterpart is not None and swap.counterpart.text.startswith("U.S.-led")
    assert not swap.minor


def test_said_is_never_a_framing_finding(strike: Comparison) -> None:
    framing = [d.text.lower() for d in strike.differences if d.kind is Kind.FRAMING]
    assert "said" not in framing and "cited" not in framing


def test_key_differences_open_with_the_qualifier_pair(strike: Comparison) -> None:
    keys = strike.key_differences
    assert keys == key_differences(strike)  # ranked once by the engine, carried as is
    assert 0 < len(keys) <= 10
    first = keys[0]
    texts = {strike.differences[i].text for i in first.differences}
    assert texts == {"more than 10 civilians", "at least 10 civilians"}
    assert "more than 10" in first.explanation and "at least 10" in first.explanation
    assert all(not strike.differences[i].minor for k in keys for i in k.differences)


def test_a_framing_key_difference_quotes_where_the_word_stands(strike: Comparison) -> None:
    [scare] = [k for k in strike.key_differences if "scare quotes “illegal”" in k.explanation]
    assert scare.explanation.endswith(
        "A: ‘…peace and security and take immediate action to stop the brutal crimes "
        "committed by the “illegal” coalition against innocent civilians.’"
    )  # the sentence, cut between words before the flagged word, whole after it; in single
    # marks, as it holds double ones (comparer.quoting)


def test_one_referent_named_several_ways_is_one_key_difference() -> None:
    five = compare([imported(n) for n in range(5)])
    assert five.events[0].articles == ("A", "B")  # C, D, E: other events
    lines = [k.explanation for k in five.key_differences]
    (coalition,) = [line for line in lines if "“Washington-led alliance”" in line]
    assert coalition == (
        "Named differently: A (The Syrian Observer) says “U.S.-led international coalition”, "
        "B (Fort Russ News) says “Washington-led alliance”."
    )
    # two reports keep the sentence that names both sides
    assert (
        "Named differently: A (The Syrian Observer) says “airstrike”, B (Fort Russ News) "
        "says “massacre”." in lines
    )


def test_reports_of_different_events_give_no_word_choice_findings() -> None:
    """Fort Russ News on the November 2017 strike, SANA on a December 2018 one: both name the
    coalition their own way, but neither chose its words against the other."""
    two = compare([imported(1), imported(4)])
    assert [e.articles for e in two.events] == [("A",), ("B",)]
    framing = [d for d in two.differences if d.kind is Kind.FRAMING]
    assert not [d for d in framing if d.type == "label_swap" or d.counterpart is not None]
    assert not [k for k in two.key_differences if k.explanation.startswith("Named differently")]
    # the outlet's own distancing is still its own, whatever the other report says
    assert ("A", "distancing", "alleged") in {(d.article, d.type, d.text) for d in framing}


def test_wording_is_never_compared_across_events() -> None:
    """The strike of 000/001 and SANA's report of another strike (004) share sentences about
    the coalition; the engine aligns them, but their wording is diffed only within an event."""
    three = compare([imported(0), imported(1), imported(4)])
    assert [e.articles for e in three.events] == [("A", "B"), ("C",)]
    assert any({m.article for m in g.members} >= {"A", "C"} for g in three.groups)
    wording = [d for d in three.differences if d.kind is Kind.WORDING]
    pairs = {(d.article, d.counterpart.article) for d in wording if d.counterpart is not None}
    assert pairs == {("B", "A")}


def test_headlines_are_marked_only_against_their_own_event() -> None:
    """Press TV (003) reports another strike: its headline is shown but not set against the
    others, and The Syrian Observer's "Damascus" is its own next to Fort Russ News alone."""
    three = compare([imported(0), imported(1), imported(3)])
    assert [e.articles for e in three.events] == [("A", "B"), ("C",)]
    assert three.headline is not None
    marked = {
        h.article: [h.text[s.start : s.end] for s in h.changed] for h in three.headline.headlines
    }
    assert marked["C"] == []
    assert "Damascus" in marked["A"] and marked["B"]


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("massacre", False),  # a loaded name for the airstrike: ranked over any word choice
        ("Syrian authorities", True),  # "Syrian government" in A: a plain swap, kept minor
    ],
)
def test_a_telling_swap_is_shown_a_plain_one_is_minor(
    strike: Comparison, text: str, minor: bool
) -> None:
    (swap,) = [d for d in found(strike, Kind.FRAMING, "label_swap", "B") if d.text == text]
    assert swap.minor is minor


def test_a_wire_copy_in_another_outlet_repeats_no_key_difference() -> None:
    """000 run word for word by a second outlet: "more than 10" against "at least 10" is one
    key difference naming the copy too, not one per pair of reports, so the other findings
    keep their places."""
    wire = imported(0)
    copy = replace(wire, id=9, content_hash="copy", meta=replace(wire.meta, outlet="Daily Copy"))
    two, three = compare([wire, imported(1)]), compare([wire, imported(1), copy])
    lines = [k.explanation for k in three.key_differences]
    assert len(lines) == len(set(lines))
    (qualifier,) = [k for k in three.key_differences if "“at least 10 civilians”" in k.explanation]
    assert set(qualifier.articles) == {"A", "B", "C"}
    assert "C (Daily Copy) “more than 10 civilians”" in qualifier.explanation
    assert len(three.key_differences) == len(two.key_differences)
