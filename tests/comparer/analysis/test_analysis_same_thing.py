"""Comparing figures of the same thing across reports of one event: devices, money, bills;
exact against interval; background tolls never compared; one finding per pair of figures."""

from __future__ import annotations

from datetime import date

from comparer.analysis import Analysis, analyse
from comparer.model import AlignmentGroup, Event, Kind, Member, Relation
from tests.comparer.analysis.conftest import MakeArticle


def event(
    *texts: str, make: MakeArticle, aligned: bool = False, day: date | None = None
) -> Analysis:
    """Reports of one event; with ``aligned``, their first sentences form one group."""
    keys = [chr(65 + i) for i in range(len(texts))]
    articles = tuple(make(k, t, f"Outlet {k}", day) for k, t in zip(keys, texts, strict=True))
    groups = ()
    if aligned:
        members = tuple(Member(k, (0,)) for k in keys)
        groups = (AlignmentGroup("g", Relation.REWORDED, 0.6, members),)
    return analyse(articles, groups, (Event("e", tuple(keys), None, ()),))


def numbers(result: Analysis) -> list[tuple[str, str, str]]:
    return sorted((d.type, d.article, d.text) for d in result.differences if d.kind is Kind.NUMBER)


def test_devices_and_packages_exact_against_interval_are_qualifier_differences(
    make_article: MakeArticle,
) -> None:
    result = event(
        "The FBI said 12 crude explosive devices had been sent.",
        "Investigators say at least a dozen packages were mailed.",
        "More than 10 packages were mailed to critics.",
        make=make_article,
    )
    found = numbers(result)
    assert found and {kind for kind, _a, _t in found} == {"qualifier"}
    assert ("qualifier", "A", "12 crude explosive devices") in found
    (row,) = [r for r in result.numbers if r.thing == "devices"]
    assert not row.conflict and len(row.figures) == 3


def test_different_things_are_never_compared(make_article: MakeArticle) -> None:
    result = event(
        "Five of the bombs were found in Florida.",
        "He is charged with five federal crimes.",
        make=make_article,
        aligned=True,
    )
    assert numbers(result) == []
    assert sorted(r.thing for r in result.numbers) == ["charges", "devices"]


def test_bill_counts_that_differ_conflict_once_per_pair(make_article: MakeArticle) -> None:
    result = event(
        "The House passed 16 bills on Thursday.",
        "The House passed 15 bills on Thursday.",
        make=make_article,
        aligned=True,
    )
    assert numbers(result) == [
        ("conflict", "A", "16 bills"),
        ("conflict", "B", "15 bills"),
    ]


def test_sums_of_money_are_compared_in_aligned_sentences(make_article: MakeArticle) -> None:
    result = event(
        "Trump has said that $5 billion in funding for the wall is non-negotiable.",
        "Trump is now insisting that Congress appropriate $5.7 billion for that project.",
        make=make_article,
        aligned=True,
    )
    assert ("conflict", "A", "$5 billion") in numbers(result)
    assert not [r for r in result.numbers if r.thing == "dollars"]


def test_two_sums_against_one_claim_no_conflict(make_article: MakeArticle) -> None:
    result = event(
        "“No, not $2.5 billion, we’re asking for $5.6 billion,” Mr. Trump said.",
        "Trump has said that $5 billion in funding for the wall is non-negotiable.",
        make=make_article,
        aligned=True,
    )
    assert numbers(result) == []


def test_a_background_toll_is_listed_apart_and_never_compared(make_article: MakeArticle) -> None:
    result = event(
        "A package exploded at a FedEx centre on Saturday. "
        "The Unabomber killed three people and injured 23 others between 1978 and 1995.",
        "A package exploded at a FedEx centre near San Antonio on Saturday.",
        make=make_article,
        day=date(2018, 3, 20),
    )
    assert numbers(result) == []
    background = [r for r in result.numbers if r.background]
    assert {(r.thing, r.outcome) for r in background} == {
        ("people", "killed"),
        ("people", "injured"),
    }
    assert not any(r.conflict for r in result.numbers)


def test_one_person_named_does_not_contradict_a_count(make_article: MakeArticle) -> None:
    result = event(
        "A man was shot and killed outside the bar.",
        "Two people were killed outside the bar.",
        make=make_article,
        aligned=True,
    )
    assert numbers(result) == []


def test_agreeing_dates_are_one_note_per_pair_of_articles(make_article: MakeArticle) -> None:
    result = event(
        "Two people were killed on Friday. The gunman fled on Friday.",
        "Two people were killed Friday. The gunman fled Friday.",
        make=make_article,
        aligned=True,
    )
    notes = [d for d in result.differences if d.type == "date_agrees"]
    assert len(notes) <= 1
    assert all(d.minor for d in notes)


def test_a_toll_that_counts_the_gunman_is_not_a_conflict(make_article: MakeArticle) -> None:
    result = event(
        "Seven people, including the shooter, were killed in the incident.",
        "The gunman killed six people before police shot him dead.",
        make=make_article,
        aligned=True,
    )
    found = [d for d in result.differences if d.kind is Kind.NUMBER]
    assert {(d.type, d.article, d.text) for d in found} >= {
        ("attacker_counted", "A", "Seven people"),
        ("attacker_counted", "B", "six people"),
    }
    assert all(d.minor for d in found if d.type == "attacker_counted")
    assert "counts the attacker" in found[0].explanation
    assert not any(r.conflict for r in result.numbers)


def test_two_seat_counts_against_one_that_agrees_are_no_difference(
    make_article: MakeArticle,
) -> None:
    # BASIL: two outlets on the same midterm result
    result = event(
        "Democrats picked up just six seats on Election Day and remain in the minority "
        "with 194 seats.",
        "They picked up just six seats in this election cycle ― far fewer than expected.",
        make=make_article,
        aligned=True,
    )
    assert numbers(result) == []


def test_one_sum_against_another_for_the_same_ad_buy_conflicts(make_article: MakeArticle) -> None:
    # BASIL: what one television ad buy cost, as two outlets report it
    result = event(
        "The ad, reportedly to air in Miami, West Palm Beach and Fort Myers, is costing "
        "Secure America $1 million, the organization confirmed.",
        "They have reserved $500,000 of airtime in Fort Myers, West Palm Beach and Miami.",
        make=make_article,
        aligned=True,
    )
    assert numbers(result) == [("conflict", "A", "$1 million"), ("conflict", "B", "$500,000")]
