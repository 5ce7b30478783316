"""A quotation is carried only with its speaker; tone words are counted per report, in its
own voice; the engine's key differences stay right when a client shows fewer findings."""

from __future__ import annotations

from comparer.analysis import analyse
from comparer.key_differences import narrowed, with_key_differences
from comparer.model import Comparison, Counterpart, Difference, Kind
from tests.comparer.analysis.conftest import BOTH, MakeArticle

QUOTE = "“We will rebuild the bridge before the spring floods,”"


def omitted(make: MakeArticle, first: str, second: str) -> list[tuple[str, str]]:
    articles = make("A", first, "Alpha"), make("B", second, "Beta")
    found = analyse(articles, (), BOTH).differences
    return [(d.article, d.text) for d in found if d.kind is Kind.OMISSION]


def test_a_quote_by_the_same_speaker_is_carried(make_article: MakeArticle) -> None:
    first = f"{QUOTE} said Mayor Anna Kowalski on Tuesday."
    second = f"On Tuesday Mayor Anna Kowalski promised: {QUOTE.replace(',', '')}"
    assert omitted(make_article, first, second) == []


def test_the_same_words_from_another_speaker_are_two_facts(make_article: MakeArticle) -> None:
    first = f"{QUOTE} said Mayor Anna Kowalski on Tuesday."
    second = f"{QUOTE} said Governor Piet Janssen on Tuesday."
    assert omitted(make_article, first, second) == [("A", QUOTE), ("B", QUOTE)]


def test_tone_counts_the_outlets_own_words_once_per_span(make_article: MakeArticle) -> None:
    text = (
        "The brutal and devastating raid hit the town. "
        "The mayor said: “This is a horrible, disgraceful crime.” "
        "Officials apparently expect a wonderful reopening."
    )
    articles = make_article("A", text, "Alpha"), make_article("B", "The raid hit the town.", "Beta")
    tone = {t.article: t for t in analyse(articles, (), BOTH).tone}
    a = tone["A"]
    assert (a.negative, a.positive, a.hedges) == (2, 1, 1)  # nothing inside the quote
    assert a.emotive >= 1 and a.words == len(text.split())
    assert set(a.top) == {"brutal", "devastating", "wonderful"}
    assert (tone["B"].negative, tone["B"].positive, tone["B"].words) == (0, 0, 5)


def finding(key: str, text: str, minor: bool, other: str = "") -> Difference:
    counterpart = Counterpart(other, 0, 3, "abc") if other else None
    kind = Kind.NUMBER if other else Kind.FRAMING
    type_ = "conflict" if other else "opinion"
    return Difference(kind, type_, None, key, 0, 3, text, counterpart, text, minor)


def test_narrowing_keeps_key_differences_pointing_at_their_findings(
    make_article: MakeArticle,
) -> None:
    articles = make_article("A", "abc", "Alpha"), make_article("B", "abc", "Beta")
    found = (
        finding("A", "tone", True),
        finding("A", "ten", False, "B"),
        finding("B", "twelve", False, "A"),
    )
    full = with_key_differences(Comparison("t", articles, BOTH, (), found))
    (key,) = [k for k in full.key_differences if k.kind == "number"]
    assert [full.differences[i].text for i in key.differences] == ["ten", "twelve"]
    shown = narrowed(full, lambda d: not d.minor)
    (key,) = [k for k in shown.key_differences if k.kind == "number"]
    assert [shown.differences[i].text for i in key.differences] == ["ten", "twelve"]
    only_b = narrowed(full, lambda d: d.article == "B")
    (key,) = [k for k in only_b.key_differences if k.kind == "number"]
    assert [only_b.differences[i].text for i in key.differences] == ["twelve"]


def test_a_quoted_title_is_no_quotation_to_carry(make_article: MakeArticle) -> None:
    first = (
        "A new book by Michael Wolff, “Fire and Fury in the White House”, "
        "was published on chaos in the West Wing."
    )
    second = (
        "A new book, Fire and Fury in the White House, was published on chaos in the West Wing."
    )
    assert omitted(make_article, first, second) == []


def test_tone_leaves_out_words_of_many_plain_senses(make_article: MakeArticle) -> None:
    text = (
        "The brutal raid hit the town. "
        "Officials like the plan and expect it to work well and support growth."
    )
    articles = make_article("A", text, "Alpha"), make_article("B", "The raid hit the town.", "Beta")
    tone = {t.article: t for t in analyse(articles, (), BOTH).tone}["A"]
    assert (tone.negative, tone.positive, tone.top) == (1, 0, ("brutal",))
