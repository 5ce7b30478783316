"""The rules that keep findings few and fair: quoted words belong to the speaker, an omission
is a fact no other report carries, one span gives one finding, and key differences rank."""

from __future__ import annotations

from dataclasses import replace

import pytest

from comparer.analysis import analyse, framing_markers
from comparer.analysis.framing_rank import one_per_span
from comparer.analysis.quotes import quote_spans, spoken
from comparer.export.html_format import comparison_to_html
from comparer.key_differences import key_differences, with_key_differences
from comparer.model import (
    AlignmentGroup,
    ComparedArticle,
    Comparison,
    Counterpart,
    Difference,
    Event,
    Headline,
    HeadlineRow,
    Kind,
    Member,
    Relation,
    Span,
)
from tests.comparer.analysis.conftest import BOTH, MakeArticle


@pytest.mark.parametrize(
    ("sentence", "speech"),
    [
        ("Trump said: “Rape is an evil act.”", [True]),
        ("He was “true to his word” on the loan.", [True]),  # four words: a partial quote
        ("Trump said the report had “real doubts” about it.", [True]),  # a speaker
        ("She called it “despicable”.", [True]),
        ("The “illegal” coalition struck again.", [False]),
        ("The US-led so-called “anti-ISIS” coalition struck.", [False]),
        ("He spoke on “Meet the Press” on Sunday.", [True]),  # a title, not a scare quote
        ("Only Senator Reid voted “no” on the bill.", [True]),  # an answer, not a term
        # a verb of saying earlier in the sentence: partial quotes of what it reports
        ("Telling reporters he was “very happy” with him, Trump left.", [True]),
        ("He has vowed to “open up” the libel laws.", [True]),
        ("The sheriff calls himself the “toughest sheriff” in the country.", [True]),
        ('Trump had promised that Republicans “will not cave" on the wall.', [True]),
        # any verb of saying WordNet knows, in a verb's form: the quote is what it reports
        ("By Saturday, he clarified he was not speaking of the “wisdom” of it.", [True]),
        ("He outlined a vision of an America afflicted by “the ravages” of trade.", [True]),
        ("Polls suggest voters see her as “honest” again.", [True]),
        # a verb in "-s" before "that" is one too, though "reports" may name a thing
        ("CNN reports that the “principal conclusion” is out.", [True]),
        # what a thing is called or seen as is someone's designation
        ("A senator was caught ripping the agenda as “rigged” on Monday.", [True]),
        ("They must file together as “married filing jointly” this year.", [True]),
        # a quote opened by an adverb holds a verb phrase, someone's words, not a term
        ("His first priority will be to “adequately fund” the military.", [True]),
        # a noun or a name is no verb of saying, nor is a verb of doing
        ("The reports of “rigged” votes spread.", [False]),
        ("Crimes committed by the “illegal” coalition went on.", [False]),
        # "called on" asks for something; the quote after it is still the outlet's
        ("Syria called on the council to stop the “illegal” coalition.", [False]),
        # a sentence quoting a clause quotes its short phrases from the same speaker
        ("He will “fight” for the country “with every breath,” he said.", [True, True]),
        # two short phrases held at no distance quote one text (a bill), as a clause would
        ("Sales get “limited” exemptions for “certain transfers”.", [True, True]),
        # one capitalised word inside a sentence is a name; opening it, it may be a term
        ("The “Today” show host asked him.", [True]),
        ("“Illegal” strikes went on.", [False]),
        # a title named as one is a name, even opening the sentence or in lower case
        ("“Survivor” show host Jeff Probst left.", [True]),
        ("He wrote a book titled “the deal” in 1987.", [True]),
        ("He appeared on the show “survivor” twice.", [True]),
        # straight quotes open a quote too; a closing mark alone opens none
        ('Crimes committed by the "illegal" coalition went on.', [False]),
        ("Crimes committed by the ”illegal” coalition went on.", []),
        ("Crimes committed by the illegal coalition went on.", []),
    ],
)
def test_quote_spans_tell_speech_from_scare_quotes(sentence: str, speech: list[bool]) -> None:
    said = any(m.type == "attribution" for m in framing_markers(sentence))
    assert [q.speech for q in quote_spans(sentence, said)] == speech
    assert spoken(sentence, quote_spans(sentence)) == quote_spans(sentence, speaker=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator said: “This is a despicable and brutal act of cowardice.”",
        "“Rape is an evil act,” the judge said.",
        "He said the plan was “a disgrace”.",
    ],
)
def test_words_inside_quoted_speech_are_never_the_outlets(sentence: str) -> None:
    inside = [m for m in framing_markers(sentence) if m.type != "attribution"]
    assert inside == []


def test_a_scare_quoted_word_gives_one_marker() -> None:
    markers = framing_markers("Warplanes of the “illegal” coalition struck the village.")
    assert [(m.type, m.text) for m in markers] == [("scare_quote", "“illegal”")]


def reports(make: MakeArticle, first: str, second: str) -> tuple[ComparedArticle, ...]:
    return make("A", first, "Alpha"), make("B", second, "Beta")


def only_in(articles: tuple[ComparedArticle, ...], events: tuple[Event, ...]) -> list[str]:
    found = analyse(articles, (), events).differences
    return [d.text for d in found if d.kind is Kind.OMISSION]


def test_a_reworded_fact_is_no_omission(make_article: MakeArticle) -> None:
    articles = reports(
        make_article,
        "The mayor pledged to repay the $84,000 to the city council by March.",
        "By March the mayor promised he would repay $84,000 to the city council.",
    )
    assert only_in(articles, BOTH) == []


def test_a_fact_no_other_report_carries_is_an_omission(make_article: MakeArticle) -> None:
    articles = reports(
        make_article,
        "The mayor pledged to repay the $84,000 to the city council by March.",
        "Flooding closed three schools in the northern district on Tuesday.",
    )
    assert only_in(articles, BOTH) == [
        "The mayor pledged to repay the $84,000 to the city council by March.",
        "Flooding closed three schools in the northern district on Tuesday.",
    ]


def test_a_report_of_another_event_never_leaves_a_fact_out(make_article: MakeArticle) -> None:
    articles = reports(
        make_article,
        "The mayor pledged to repay the $84,000 to the city council by March.",
        "Flooding closed three schools in the northern district on Tuesday.",
    )
    apart = (Event("e1", ("A",), None, ()), Event("e2", ("B",), None, ()))
    assert only_in(articles, apart) == []


def test_one_span_gives_one_finding(make_article: MakeArticle) -> None:
    a = make_article("A", "The brutal regime shelled the town.", "Alpha")
    b = make_article("B", "The government shelled the town.", "Beta")
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = [d for d in analyse((a, b), (group,), BOTH).differences if d.kind is Kind.FRAMING]
    spans = [(d.article, d.start, d.end) for d in found]
    assert len(spans) == len(set(spans))
    assert all(
        not (x.article == y.article and x.start < y.end and y.start < x.end)
        for i, x in enumerate(found)
        for y in found[i + 1 :]
    )


@pytest.mark.parametrize(
    ("kinds", "kept"),
    [
        (("opinion", "emotive"), "emotive"),  # "brutal" is in both lists
        (("hedge", "distancing"), "distancing"),  # "allegedly"
        (("distancing", "loaded"), "loaded"),
        (("opinion", "hedge", "booster"), "booster"),
    ],
)
def test_a_word_in_two_lists_is_one_finding_of_the_stronger_kind(
    kinds: tuple[str, ...], kept: str
) -> None:
    found = [Difference(Kind.FRAMING, k, "g", "A", 4, 10, "brutal", None, k) for k in kinds]
    assert [d.type for d in one_per_span(found)] == [kept]


def diff(kind: Kind, type_: str, key: str, text: str, other: tuple[str, str] | None) -> Difference:
    counterpart = None if other is None else Counterpart(other[0], 0, len(other[1]), other[1])
    return Difference(kind, type_, None, key, 0, len(text), text, counterpart, f"{key}: {text}")


def test_key_differences_rank_figures_first_and_pair_both_sides(
    make_article: MakeArticle,
) -> None:
    a = make_article("A", "more than 10 civilians", "Alpha")
    b = make_article("B", "at least 10 civilians", "Beta")
    more, least = "more than 10 civilians", "at least 10 civilians"
    differences = (
        diff(Kind.FRAMING, "distancing", "A", "more", None),
        diff(Kind.NUMBER, "qualifier", "A", more, ("B", least)),
        diff(Kind.NUMBER, "qualifier", "B", least, ("A", more)),
        diff(Kind.FRAMING, "opinion", "B", "least", None),
    )
    comparison = with_key_differences(Comparison("test", (a, b), BOTH, (), differences))
    keys = comparison.key_differences
    assert [k.differences for k in keys[:2]] == [(1, 2), (0,)]
    assert all(k.kind != "framing" or k.differences != (3,) for k in keys)  # no rank: not key
    html = comparison_to_html(comparison)
    assert html.index("Key differences") < html.index("Aligned sentences")
    assert "<li>A: more than 10 civilians</li>" in html


def test_key_differences_leave_room_for_other_kinds_than_omissions(
    make_article: MakeArticle,
) -> None:
    a = make_article("A", "Alpha text", "Alpha")
    b = make_article("B", "Beta text", "Beta")
    facts = [f"Mayor Smith met {n} families on Friday." for n in range(6)]
    omissions = tuple(diff(Kind.OMISSION, "only_here", "A", fact, None) for fact in facts)
    radical = (
        diff(Kind.FRAMING, "loaded", "B", "radical", None),
        diff(Kind.FRAMING, "loaded", "B", "Radical", None),  # the same word again, elsewhere
    )
    quote = (diff(Kind.OMISSION, "only_here", "A", '"We will rebuild," Mayor Smith said.', None),)
    found = omissions + radical + quote
    keys = with_key_differences(Comparison("test", (a, b), BOTH, (), found)).key_differences
    assert [k.kind for k in keys] == ["omission"] * 4 + ["framing", "headline"] + ["omission"] * 3
    assert keys[4].differences == (6, 7)  # "radical" twice in one report: one key difference
    assert (
        keys[-1].explanation == 'A: "We will rebuild," Mayor Smith said. "We will rebuild," '
        "Mayor Smith said."
    )


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("Mr. Ryan suggested few ideas for the budget.", "neutral"),
        ("The senator argued that the bill would fail.", "neutral"),
        ("The minister claimed the strike hit no civilians.", "doubt"),
    ],
)
def test_suggesting_and_arguing_cast_no_doubt(text: str, tone: str) -> None:
    (verb,) = [m for m in framing_markers(text) if m.type == "attribution"]
    assert verb.detail == tone


def test_a_framing_key_difference_quotes_its_whole_sentence(make_article: MakeArticle) -> None:
    text = (  # after BASIL's Fox News on LePage: the flagged word opens the text
        "Controversial governor Paul LePage opened the door Tuesday to making an early exit. "
        "He spoke on the radio."
    )
    a = make_article("A", text, "fox")
    b = make_article("B", "Maine Gov. Paul LePage said Wednesday he will not resign.", "nyt")
    loaded = diff(Kind.FRAMING, "loaded", "A", "Controversial", None)
    found = (replace(loaded, explanation="A (fox) uses the loaded term “Controversial”."),)
    [key] = [k for k in key_differences(Comparison("t", (a, b), BOTH, (), found)) if k.differences]
    assert key.explanation.endswith(
        "A: “Controversial governor Paul LePage opened the door Tuesday to making an early exit.”"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name is no tone word, and a legal fact about an act is no loaded word
        ("On Monday Trump told the Vice President to meet Supreme Court clerks.", set()),
        ("The demand for ivory has led to heavy losses from illegal poaching.", set()),
        ("It is illegal for a campaign to accept foreign money.", set()),
        # "illegal" of people is loaded; a tone word opening a sentence is still one
        ("The bill covers 700,000 illegal immigrants.", {("loaded", "illegal")}),
        ("Brutal raids continued on Monday.", {("emotive", "Brutal"), ("opinion", "Brutal")}),
    ],
)
def test_names_and_acts_are_not_judgements(sentence: str, expected: set[tuple[str, str]]) -> None:
    words = {"loaded", "emotive", "opinion", "hedge", "booster"}
    found = {(m.type, m.text) for m in framing_markers(sentence) if m.type in words}
    assert found == expected


def test_a_name_opening_a_sentence_is_no_tone_word(make_article: MakeArticle) -> None:
    text = "Trump met the mayor on Monday. The mayor greeted Trump at the door."
    a, b = make_article("A", text, "Alpha"), make_article("B", "The mayor met him.", "Beta")
    tone = {t.article: t for t in analyse((a, b), (), BOTH).tone}["A"]
    assert (tone.positive, tone.top) == (0, ())


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        # two things: the school shooting and the lobby's words about a plan
        (
            "Exactly one month after the school massacre in Newtown, the president spoke.",
            "But the lobby's attack appeared a bit premature.",
            False,
        ),
        # one thing, told in sentences that share its place and its victims
        (
            "An airstrike on the village of Tal al-Shaer killed ten civilians.",
            "A massacre in the village of Tal al-Shaer killed ten civilians.",
            True,
        ),
    ],
)
def test_a_label_swap_of_common_nouns_needs_one_referent(
    make_article: MakeArticle, first: str, second: str, shown: bool
) -> None:
    found = analyse(reports(make_article, first, second), (), BOTH).differences
    swaps = [d for d in found if d.type == "label_swap"]
    assert len(swaps) == 2 and all(d.minor is not shown for d in swaps)


def test_headlines_with_telling_words_come_before_omitted_facts_and_name_them(
    make_article: MakeArticle,
) -> None:
    a = make_article("A", "Alpha text", "Alpha")
    b = make_article("B", "Beta text", "Beta")
    facts = tuple(
        diff(Kind.OMISSION, "only_here", "A", f"Mayor Smith met {n} families.", None)
        for n in range(2)
    )
    plain = Comparison("test", (a, b), BOTH, (), facts)
    assert [k.kind for k in with_key_differences(plain).key_differences] == [
        "omission",
        "omission",
        "headline",
    ]
    title_b = b.article.meta.title
    row = HeadlineRow(
        Relation.RELATED,
        0.1,
        (
            Headline("A", a.article.meta.title),
            Headline("B", title_b, (Span(0, len(title_b)),), (Span(0, len(title_b)),)),
        ),
    )
    keys = with_key_differences(replace(plain, headline=row)).key_differences
    assert [k.kind for k in keys] == ["headline", "omission", "omission"]
    assert keys[0].explanation.endswith(f"Telling words: B (Beta) “{title_b}”.")


MORE, LEAST = "more than 10 civilians", "at least 10 civilians"


def copies(make: MakeArticle, events: tuple[Event, ...]) -> Comparison:
    """Reports A, C and D each say "more than 10" where B says "at least 10"."""
    articles = tuple(make(k, MORE, f"{k.lower()}e") for k in "ABCD")
    found = tuple(diff(Kind.NUMBER, "qualifier", k, MORE, ("B", LEAST)) for k in "ACD")
    return with_key_differences(Comparison("test", articles, events, (), found))


def test_copies_of_one_finding_are_named_in_one_also_clause(make_article: MakeArticle) -> None:
    one = (Event("e", tuple("ABCD"), None, ()),)
    (key,) = [k for k in copies(make_article, one).key_differences if k.kind == "number"]
    assert key.explanation == f"A: {MORE} Also C (ce) “{MORE}”; D (de) “{MORE}”."
    assert key.differences == (0, 1, 2)
    assert key.articles == ("A", "C", "D")


def test_the_same_words_in_two_events_are_two_key_differences(make_article: MakeArticle) -> None:
    two = (Event("e", ("A", "B"), None, ()), Event("f", ("C", "D"), None, ()))
    keys = [k for k in copies(make_article, two).key_differences if k.kind == "number"]
    assert [k.articles for k in keys] == [("A",), ("C", "D")]
