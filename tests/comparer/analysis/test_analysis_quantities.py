"""Quantities: values, qualifiers as intervals, vague amounts, what is counted and what
happened to it — and the traps that are not casualty counts."""

from __future__ import annotations

import math

import pytest

from comparer.analysis import extract_quantities
from comparer.analysis.quantity_pattern import QUANTITY, may_count, quantity_matches
from comparer.numwords import number_value

INF = math.inf


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17", 17),
        ("1,200", 1200),
        ("ten", 10),
        ("two dozen", 24),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("twenty-five", 25),
        ("one hundred and twenty", 120),
        ("256 thousand", 256_000),
        ("3.5 million", 3_500_000),
        ("seventeen", 17),
        ("banana", None),
    ],
)
def test_number_words_are_read(text: str, value: float | None) -> None:
    assert number_value(text) == value


# text, (written, low, high, low_open, high_open, vague, thing, outcome)
CASES = [
    (
        "more than 10 civilians were killed",
        ("more than 10 civilians", 10, INF, True, True, False, "civilians", "killed"),
    ),
    (
        "at least 10 civilians were killed",
        ("at least 10 civilians", 10, INF, False, True, False, "civilians", "killed"),
    ),
    (
        "scores of others were injured",
        ("scores of others", 40, 200, False, False, True, "people", "injured"),
    ),
    ("many more left injured", ("many more", 3, INF, False, True, True, "people", "injured")),
    (
        "claimed the lives of 14 civilians",
        ("14 civilians", 14, 14, False, False, False, "civilians", "killed"),
    ),
    ("injured over 40 others", ("over 40 others", 40, INF, True, True, False, "people", "injured")),
    ("leaving ten people dead", ("ten people", 10, 10, False, False, False, "people", "killed")),
    (
        "claiming the lives of 17 civilians",
        ("17 civilians", 17, 17, False, False, False, "civilians", "killed"),
    ),
    (
        "tens of the civilians were martyred",
        ("tens of the civilians", 20, 100, False, False, True, "civilians", "killed"),
    ),
    (
        "the strikes killed 10 to 12 people",
        ("10 to 12 people", 10, 12, False, False, False, "people", "killed"),
    ),
    (
        "between 5 and 7 children died",
        ("between 5 and 7 children", 5, 7, False, False, False, "children", "killed"),
    ),
    (
        "two dozen soldiers were wounded",
        ("two dozen soldiers", 24, 24, False, False, False, "soldiers", "injured"),
    ),
    (
        "up to 30 people are missing",
        ("up to 30 people", 0, 30, False, False, False, "people", "missing"),
    ),
    (
        "nearly 40 people were hurt",
        ("nearly 40 people", 34, 40, False, True, False, "people", "injured"),
    ),
    (
        "dozens of people were arrested",
        ("dozens of people", 24, 144, False, False, True, "people", "arrested"),
    ),
    (
        "putting the death toll at at least 70",
        ("at least 70", 70, INF, False, True, False, "people", "killed"),
    ),
    ("the raid killed 9", ("9", 9, 9, False, False, False, "people", "killed")),
    (
        "several villagers were displaced",
        ("several villagers", 3, 9, False, False, True, "people", "displaced"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_casualty_counts_are_read_with_their_interval_thing_and_outcome(
    text: str, expected: tuple[object, ...]
) -> None:
    found = [q for q in extract_quantities(text) if q.casualty]
    assert len(found) == 1
    q = found[0]
    got = (q.text, q.low, q.high, q.low_open, q.high_open, q.vague, q.thing, q.outcome)
    assert got == expected


def test_about_is_an_interval_around_the_value() -> None:
    (q,) = extract_quantities("about 40 people were killed")
    assert q.qualifier == "about"
    assert q.low < 40 < q.high


def test_the_outcome_keeps_the_reports_own_word() -> None:
    (q,) = extract_quantities("tens of the civilians were martyred")
    assert (q.outcome, q.outcome_text) == ("killed", "martyred")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("less than 24 hours after government forces thwarted", "duration"),
        ("over the past few days", "duration"),
        ("In two letters to the UN Secretary General", None),
        ("since September 2014 without any authorization", None),
        ("bombed Germany's Dresden in 1945.", "year"),
        ("the latest of which was on May 24 when", None),
        ("running 15 pages in total", "number"),
        ("More than 256 thousand students take exams", "count"),
    ],
)
def test_years_durations_documents_and_dates_are_not_casualty_counts(
    text: str, kind: str | None
) -> None:
    found = extract_quantities(text)
    assert not any(q.casualty for q in found)
    assert [q.kind for q in found] == ([kind] if kind else [])


def test_numbers_inside_dates_are_not_quantities() -> None:
    text = "the last of which was on December 16th, 2018, when warplanes shelled houses"
    assert extract_quantities(text) == []


def test_offsets_point_at_the_written_figure() -> None:
    text = "Yesterday, at least 10 civilians were killed."
    (q,) = extract_quantities(text)
    assert text[q.start : q.end] == q.text == "at least 10 civilians"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Twenty-five people died.", True),
        ("DOZENS were hurt", True),
        ("A handful of residents fled.", True),
        ("a great number of them", True),
        ("Scores died in the blast.", True),
        ("many more were missing", True),
        ("Between seven and nine", True),
        ("The 3 men", True),
        ("Someone said something about a few", True),  # a qualifier, then a vague amount
        ("one-sided reporting", True),
        ("Tenants and tens of thousands", True),
        ("ſeveral were killed", True),  # beyond ASCII, case folding reads "ſ" as "s"
        ("٣ killed", True),  # an Arabic-Indic digit is a digit too
        ("“Several” — a few — died", True),
        ("“No numbers here,” she said — only words", False),  # beyond ASCII, lower-cased too
        ("no numbers here, only words", False),
        ("numbered streets, onerous tasks, attendance", False),
    ],
)
def test_the_cheap_check_never_skips_a_sentence_the_search_would_read(
    text: str, read: bool
) -> None:
    assert may_count(text) is read
    assert read or QUANTITY.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "More than 10 civilians and at least two dozen police were hurt on 12 May.",
        "Between seven and nine died; some 30 fled, a handful of them children.",
        "Twenty-five people died, 3-4 more were hurt, and 1,200 homes burned.",
        "An estimated hundred marched; no fewer than 40 were held; x5 and a5 are no counts.",
        "Tenants and tens of thousands; oneself, someone, overall, approximately 7.5%.",
        "ſeveral were killed and ٣ more",  # beyond ASCII: the whole search
        "“Two” — then café 3 and twoé — were hurt",  # beyond ASCII, tried at word starts
        "no numbers here, only words",
    ],
)
def test_matches_tried_at_word_starts_are_those_of_the_whole_search(text: str) -> None:
    found = [(m.span(), m.groups()) for m in quantity_matches(text)]
    assert found == [(m.span(), m.groups()) for m in QUANTITY.finditer(text)]


def test_matches_tried_at_word_starts_find_every_number() -> None:
    text = "More than 10 civilians and two dozen police, not x5, were hurt."
    assert [m.group(0) for m in quantity_matches(text)] == ["More than 10", "two dozen"]


@pytest.mark.parametrize(
    ("text", "headcount"),
    [
        # BASIL 01c59743 (Mattis), Fox and NYT
        ("the Trump administration is making plans to pull all 2,000 troops out of Syria", True),
        ("Mr. Trump’s decision to withdraw roughly 2,000 American troops from Syria", True),
        ("Rebels said 12 soldiers were killed in the clashes.", False),  # a casualty count
        ("Dozens of soldiers gathered in the square.", False),  # vague
        ("The attack damaged 12 crude explosive devices.", False),  # not people
    ],
)
def test_people_counted_with_nothing_happening_to_them_are_headcounts(
    text: str, headcount: bool
) -> None:
    found = extract_quantities(text)
    assert found and found[0].headcount is headcount


@pytest.mark.parametrize(
    ("text", "thing", "outcome"),
    [
        # BASIL 0d10341a (shutdown), NYT and HPO: no table lists employees
        ("leaving about 800,000 federal employees without pay", "employees", ""),
        ("Five Palestinians were killed on Friday.", "palestinians", "killed"),
        ("The convention drew 150 delegates from 12 states.", "delegates", ""),
    ],
)
def test_people_no_table_lists_are_counted_by_wordnet(text: str, thing: str, outcome: str) -> None:
    found = [q for q in extract_quantities(text) if q.kind == "count"]
    assert [(q.thing, q.outcome) for q in found] == [(thing, outcome)]


def test_a_plural_that_is_no_person_is_not_counted() -> None:
    assert [q.kind for q in extract_quantities("He won 12 states and 3 votes.")] == [
        "number",
        "amount",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # BASIL 005a2961 (fox, 7 Apr 2011): the poll's sample, no one it happened to
        "The Republican primary poll was taken as part of a March 31-April 4 survey of "
        "1,000 adults, but the sample survey of Republican primary voters polled was only 238.",
        "The firm surveyed 1,000 adults by telephone.",
        "The poll of 1,012 registered voters has a margin of error of three points.",
        "Gallup interviewed about 1,500 adults, 800 of them Republicans polled by phone.",
    ],
)
def test_a_polls_sample_is_no_count_of_people(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.kind == "count"]


def test_people_a_survey_reports_on_are_still_counted() -> None:
    found = extract_quantities("The survey found 300 people were killed in the fighting.")
    assert [(q.text, q.outcome) for q in found] == [("300 people", "killed")]
