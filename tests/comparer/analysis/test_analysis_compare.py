"""Differences between hand-written reports, one per category, and the traps around them."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.analysis import Analysis, analyse
from comparer.model import AlignmentGroup, Event, Kind, Member, Relation
from tests.comparer.analysis.conftest import BOTH, MakeArticle

APART = (Event("e1", ("A",), None, ()), Event("e2", ("B",), None, ()))


def aligned(
    first: str,
    second: str,
    make: MakeArticle,
    events: tuple[Event, ...] = BOTH,
    published: tuple[date | None, date | None] = (None, None),
    relation: Relation = Relation.REWORDED,
) -> Analysis:
    """Two one-sentence reports whose sentences are aligned."""
    a = make("A", first, "Alpha", published[0])
    b = make("B", second, "Beta", published[1])
    group = AlignmentGroup("g", relation, 0.6, (Member("A", (0,)), Member("B", (0,))))
    return analyse((a, b), (group,), events)


def types(analysis: Analysis, article: str = "A") -> set[tuple[str, str, str]]:
    return {(d.kind.value, d.type, d.text) for d in analysis.differences if d.article == article}


def test_disjoint_figures_of_one_event_conflict(make_article: MakeArticle) -> None:
    result = aligned(
        "Ten civilians were killed in the raid.",
        "Fourteen civilians were killed in the raid.",
        make_article,
    )
    assert ("number", "conflict", "Ten civilians") in types(result)
    assert result.numbers[0].conflict


def test_another_sum_beside_a_shared_one_is_no_conflict(make_article: MakeArticle) -> None:
    """BASIL eb17fa36: Fox's lede sum is aligned with the Times' lede, which names only a
    $600 ticket; the Times gives the same $250,000 one sentence later."""
    fox = make_article(
        "A",
        "Hunter and his wife were indicted on charges of illegally converting $250,000 in "
        "campaign funds for personal expenses.",
    )
    nyt = make_article(
        "B",
        "Hunter was indicted over campaign funds spent on trips and even a $600 airline "
        "ticket for a pet rabbit. They are charged with converting more than $250,000 in "
        "campaign funds.",
    )
    group = AlignmentGroup("g", Relation.PARTIAL, 0.5, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((fox, nyt), (group,), BOTH).differences
    assert not [d for d in found if d.kind is Kind.NUMBER and d.type == "conflict"]


def test_sums_in_a_partial_match_are_other_sums(make_article: MakeArticle) -> None:
    """BASIL 0d10341a compared with other stories: a weak partial match (0.42) joined Fox's
    wall money and the Times' border-security money; in a likelier one the sums conflict."""
    a = make_article("A", "Trump has demanded $5 billion for a wall along the border.", "Fox")
    b = make_article("B", "Democrats offered $1.3 billion for border security.", "Times")
    for score, conflicts in ((0.42, False), (0.72, True)):
        members = (Member("A", (0,)), Member("B", (0,)))
        group = AlignmentGroup("g", Relation.PARTIAL, score, members)
        found = analyse((a, b), (group,), BOTH).differences
        assert any(d.type == "conflict" for d in found) is conflicts, score


def test_the_same_clash_across_events_is_no_conflict(make_article: MakeArticle) -> None:
    result = aligned(
        "Ten civilians were killed in the raid.",
        "Fourteen civilians were killed in the raid.",
        make_article,
        APART,
    )
    assert not [d for d in result.differences if d.kind is Kind.NUMBER]
    assert not any(row.conflict for row in result.numbers)


def test_conflicts_are_found_across_an_event_without_alignment(make_article: MakeArticle) -> None:
    a = make_article("A", "The strike killed 12 people. The town mourned.")
    b = make_article("B", "Officials mourned. At least 30 people were killed.")
    result = analyse((a, b), (), BOTH)
    conflicts = [d for d in result.differences if d.type == "conflict"]
    assert {(d.article, d.text) for d in conflicts} == {
        ("A", "12 people"),
        ("B", "At least 30 people"),
    }
    assert conflicts[0].group is None


def test_vague_against_precise(make_article: MakeArticle) -> None:
    result = aligned("Dozens of people were injured.", "Thirty people were injured.", make_article)
    assert ("number", "vague", "Dozens of people") in types(result)


def test_a_figure_in_one_report_and_none_in_the_other(make_article: MakeArticle) -> None:
    result = aligned(
        "The raid on the village killed 7 civilians, officials said.",
        "The raid on the village killed civilians, officials said.",
        make_article,
    )
    assert ("number", "missing_figure", "7 civilians") in types(result)


@pytest.mark.parametrize(
    ("first", "second", "relation", "conflicts"),
    [
        (
            "On Friday, 5 people were killed.",
            "Yesterday, 5 people were killed.",
            Relation.REWORDED,
            ["On Friday"],
        ),
        # BASIL's elephant-trophy reports: a partial match tells another day's step of the story
        (
            "The president put the decision on hold on Friday.",
            "The president put the decision on hold, then on Sunday called hunting a horror show.",
            Relation.PARTIAL,
            [],
        ),
    ],
)
def test_dates_that_disagree_in_one_fact(
    make_article: MakeArticle, first: str, second: str, relation: Relation, conflicts: list[str]
) -> None:
    sunday = date(2017, 11, 12)
    result = aligned(first, second, make_article, published=(sunday, sunday), relation=relation)
    found = [d.text for d in result.differences if d.type == "date_conflict" and d.article == "A"]
    assert found == conflicts


def test_label_swaps_in_aligned_sentences(make_article: MakeArticle) -> None:
    result = aligned(
        "ISIS attacked the town and 5 soldiers were killed by the group.",
        "Daesh Takfiri terrorists attacked the town and 5 soldiers were martyred by the group.",
        make_article,
    )
    found = types(result)
    assert ("framing", "label_swap", "ISIS") in found
    assert ("framing", "label_swap", "killed") in found
    assert ("framing", "label_swap", "martyred") in types(result, "B")


def test_a_swap_explanation_names_both_wordings(make_article: MakeArticle) -> None:
    result = aligned(
        "The Syrian Democratic Forces took the town.",
        "The SDF militants took the town.",
        make_article,
    )
    (swap,) = [d for d in result.differences if d.type == "label_swap" and d.article == "A"]
    assert (
        "“Syrian Democratic Forces”" in swap.explanation and "“SDF militants”" in swap.explanation
    )


def test_distancing_and_scare_quotes_only_one_side_uses(make_article: MakeArticle) -> None:
    result = aligned(
        "The coalition struck the “illegal” checkpoint.",
        "The so-called coalition struck the checkpoint.",
        make_article,
    )
    assert ("framing", "scare_quote", "“illegal”") in types(result)
    assert ("framing", "distancing", "so-called") in types(result, "B")


@pytest.mark.parametrize(
    ("first", "second", "minor"),
    [
        # legal caution before a charge, and words named as someone's: not the outlet's doubt
        ("The panel examined his role in the attacks.", "The panel examined his alleged role in "
         "the attacks.", True),
        ("He asked agents to drop the case.", "He allegedly asked agents to drop the case.", True),
        ("He praised the efforts of the state.", "He praised what he called the efforts of the "
         "state.", True),
        # doubting a name is the outlet's own distance
        ("The US-led coalition struck the town.", "The alleged US-led coalition struck the town.",
         False),
        ("The coalition struck the town.", "The so-called coalition struck the town.", False),
    ],
)  # fmt: skip
def test_distancing_that_gives_its_doubt_to_someone_else_is_minor(
    make_article: MakeArticle, first: str, second: str, minor: bool
) -> None:
    result = aligned(first, second, make_article)
    (found,) = [d for d in result.differences if d.type == "distancing" and d.article == "B"]
    assert found.minor is minor


def test_own_voice_against_attribution(make_article: MakeArticle) -> None:
    result = aligned(
        "The coalition targeted a school in the town.",
        "The coalition targeted a school in the town, the ministry claimed.",
        make_article,
    )
    (own,) = [d for d in result.differences if d.type == "own_voice"]
    assert own.article == "B" and own.text == "claimed"


def test_claimed_against_said_is_found_on_the_doubting_verb_only(make_article: MakeArticle) -> None:
    result = aligned(
        "The ministry said the strikes were a violation.",
        "The ministry claimed the strikes were a violation.",
        make_article,
    )
    verbs = [(d.article, d.text) for d in result.differences if d.type == "attribution_verb"]
    assert verbs == [("B", "claimed")]


def test_neutral_attribution_is_never_a_finding(make_article: MakeArticle) -> None:
    result = aligned(
        "The ministry said the strikes were a violation.",
        "The strikes were a violation of the ceasefire.",
        make_article,
    )
    assert not [d for d in result.differences if d.kind.value == "framing"]


def test_claimed_the_lives_of_is_not_an_attribution_difference(make_article: MakeArticle) -> None:
    result = aligned(
        "The strike claimed the lives of 5 civilians.",
        "The strike killed 5 civilians.",
        make_article,
    )
    assert not [d for d in result.differences if d.type in ("own_voice", "attribution_verb")]


def test_omissions_stay_within_an_event(make_article: MakeArticle) -> None:
    a = make_article(
        "A",
        "Warplanes struck the village at dawn today. The mayor said 5 people died in the strike.",
        "Alpha",
    )
    b = make_article("B", "Warplanes struck the village at dawn today.", "Beta")
    group = AlignmentGroup("g", Relation.IDENTICAL, 1.0, (Member("A", (0,)), Member("B", (0,))))
    together = analyse((a, b), (group,), BOTH)
    (omission,) = [d for d in together.differences if d.kind is Kind.OMISSION]
    assert (omission.article, omission.type, omission.text) == ("A", "figure", "5 people")
    assert omission.explanation == "Figure only in A (Alpha); not in B (Beta)."
    apart = analyse((a, b), (group,), APART)
    assert not [d for d in apart.differences if d.kind is Kind.OMISSION]
