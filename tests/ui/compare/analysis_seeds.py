"""A hand-built comparison of four seed reports with events, figures and framing findings.

The strike reports (000, 001) as A and B, the Press TV report (002) as C and the SANA report
(004) as D: three events, so the several-events cases show. Figures and framing findings are
placed on real phrases with ``str.index``; the intervals are what the words say ("more
than 10" is at least 10). Nothing here comes from the code under test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from compare_seeds import Builder, make_article, seed, strike_articles

from comparer.model import Article, Comparison, Event, Figure, Kind, Metadata, NumberRow

PRESS_TV = Metadata(title="Syria calls on UNSC to stop coalition crimes", outlet="Press TV")
SANA = Metadata(title="Foreign Ministry: Continued US-led Coalition’ s crimes", outlet="SANA")

FRAMING = [
    ("A", "scare_quote", "“illegal”"),
    ("A", "loaded", "crimes"),
    ("A", "loaded", "terrorists"),
    ("A", "emotive", "innocent"),
    ("B", "distancing", "so-called"),
    ("B", "hedge", "could"),
    ("B", "loaded", "war crimes"),
    ("B", "distancing", "alleged"),
    ("C", "loaded", "crimes"),
]


def four_articles() -> dict[str, Article]:
    """A, B: the strike; C: Press TV on Raqqah; D: SANA on Boukhatir."""
    articles = strike_articles()
    articles["C"] = make_article(2, seed(2), (), PRESS_TV)
    articles["D"] = make_article(4, seed(4), (), SANA)
    return articles


def figure(
    articles: dict[str, Article],
    key: str,
    phrase: str,
    interval: tuple[float | None, float | None],
    vague: bool = False,
) -> Figure:
    """The figure ``phrase`` of article ``key``, standing for ``interval``."""
    start = articles[key].text.index(phrase)
    return Figure(key, start, start + len(phrase), phrase, interval[0], interval[1], vague)


def number_rows(articles: dict[str, Article]) -> tuple[NumberRow, ...]:
    a, b = "A", "B"
    killed = (
        figure(articles, a, "more than 10 civilians", (10, None)),
        figure(articles, b, "at least 10 civilians", (10, None)),
    )
    injured = (
        figure(articles, a, "scores of others", (40, 200), vague=True),
        figure(articles, b, "many more", (3, None), vague=True),
    )
    return (
        NumberRow("E1", "civilians", "killed", killed, conflict=True),
        NumberRow("E1", "people", "injured", injured, conflict=False),
        NumberRow(
            "E2",
            "civilians",
            "killed",
            (
                figure(articles, "C", "14 civilians", (14, 14)),
                figure(articles, "C", "thousands of civilians", (2000, None), vague=True),
            ),
            False,
        ),
        NumberRow("E2", "", "injured", (figure(articles, "C", "over 40", (40, None)),), False),
        NumberRow(
            "E3", "civilians", "killed", (figure(articles, "D", "17 civilians", (17, 17)),), False
        ),
    )


EVENTS = (
    Event("E1", ("A", "B"), date(2017, 11, 11), ("Deir-ez-Zor", "al-Duwaiji")),
    Event("E2", ("C",), date(2017, 10, 19), ("Raqqah", "Dayr al-Zawr")),
    Event("E3", ("D",), None, ("Boukhatir",)),
)


def four_reports() -> Comparison:
    """Four reports, three events, five rows of figures and nine framing findings."""
    builder = Builder(four_articles())
    for key, type_, phrase in FRAMING:
        builder.diff(Kind.FRAMING, type_, (key, phrase), None, explanation=f"{key}: “{phrase}”")
    builder.diff(Kind.WORDING, "inserted", ("A", "strongly"), None)
    made = builder.comparison()
    return replace(made, events=EVENTS, numbers=number_rows(builder.articles))


def one_event(comparison: Comparison) -> Comparison:
    """``comparison`` cut down to the strike reports and their one event."""
    return replace(
        comparison,
        articles=comparison.articles[:2],
        events=comparison.events[:1],
        numbers=tuple(r for r in comparison.numbers if r.event == "E1"),
        differences=tuple(d for d in comparison.differences if d.article in "AB"),
    )
