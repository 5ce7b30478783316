"""Framing findings a journalist would call noise, through :func:`comparer.compare.compare`
on real sentences of BASIL reports (the NYT and Fox News, a word changed here and there): a
word derived from a lexicon entry of another part of speech, a framing word shown at each of
its occurrences, a prefix taken for a word, a loaded word in what someone else said or what
something was described as."""

from __future__ import annotations

from comparer.analysis import framing_markers
from comparer.compare import compare
from comparer.model import Difference, Kind
from tests.comparer.analysis.conftest import build


def framing(first: str, second: str) -> list[Difference]:
    """The framing findings of report A (``first``) compared with report B (``second``)."""
    articles = [build("A", first, "NYT").article, build("B", second, "Fox News", ident=2).article]
    found = compare(articles).differences
    return [d for d in found if d.kind is Kind.FRAMING and d.article == "A"]


GRIFFIN = (
    "The president castigated Kathy Griffin, the celebrity comic, for posing for a video "
    "showing her holding what looks like the severed and bloodied head of Mr. Trump. "
    "Privately, many Democrats were not pleased that the issue had been thrown into their laps."
)
GRIFFIN_FOX = (
    "President Trump attacked Kathy Griffin, the comedian, for a video showing her holding a "
    "fake head of Trump. Democrats were unhappy that the issue had been thrown into their laps."
)


def test_no_past_form_is_derived_from_an_adjective_or_a_noun() -> None:
    """The report's "severed" is no past of the list's "severe", nor "pleased" of its "pleas"; the
    verb "castigate" still finds "castigated"."""
    words = {d.text for d in framing(GRIFFIN, GRIFFIN_FOX)}
    assert "castigated" in words
    assert not words & {"severed", "pleased"}


STRZOK = (
    "President Trump and his allies for months, though, have hammered the former FBI agent "
    "and cast him as the poster child for anti-Trump bias within the bureau and Justice "
    "Department."
)
STRZOK_OTHER = (
    "President Trump and his allies have criticized the former FBI agent for months over his "
    "text messages."
)


def test_an_anti_entry_is_a_whole_hyphenated_word() -> None:
    """The opinion list's "anti-" is a prefix: it never marks "anti" alone; an entry it opens
    ("anti-American") is found only as the whole word, never written apart."""
    assert "anti" not in {d.text for d in framing(STRZOK, STRZOK_OTHER)}
    assert [m.text for m in framing_markers("The anti-immigrant party won.")] == ["anti-immigrant"]
    assert not framing_markers("They were anti American and anti-American-led.")


MATTIS_PUTIN = (
    "The defense secretary has characterized Putin as trying to undermine NATO and "
    "assaulting Western democracies while violating international norms. Critics have "
    "described the chairman as gaffe-prone and said he hasn't raised enough money."
)
MATTIS_PUTIN_OTHER = (
    "The defense secretary has spoken about Putin and NATO and about Western democracies and "
    "international norms. Critics have spoken about the chairman and said he hasn't raised "
    "enough money."
)


def test_what_something_is_characterized_or_described_as_is_not_the_outlets_voice() -> None:
    """The report's "undermine" is the secretary's characterisation, "gaffe-prone" the critics'; the
    outlet's own "assailed" before "as" stays its judgement."""
    assert not framing(MATTIS_PUTIN, MATTIS_PUTIN_OTHER)
    own = framing_markers("The senator assailed the plan as he described it.")
    assert "assailed" in [m.text for m in own]


RYAN = (
    "House Speaker Paul Ryan of Wisconsin, who is retiring, said in an interview that the "
    "president cannot {} birthright citizenship by executive order."
)
RYAN_OTHER = "Ryan spoke about birthright citizenship and executive orders in an interview."


def shown(found: list[Difference], word: str) -> bool:
    (finding,) = [d for d in found if d.text == word]
    return not finding.minor


def test_the_lede_gives_no_weight_to_a_word_after_a_reporting_verb() -> None:
    """Ryan's "eviscerate", told after "said" in the lede, is his claim: kept, not shown;
    an adverb there ("brazenly") is still how the outlet tells the act."""
    assert not shown(framing(RYAN.format("eviscerate"), RYAN_OTHER), "eviscerate")
    assert shown(framing(RYAN.format("brazenly end"), RYAN_OTHER), "brazenly")


GINSBURG = (
    "Donald J. Trump on Tuesday assailed Justice Ruth Bader Ginsburg of the Supreme Court for "
    "speaking out on the presidential race. Mr. Trump assailed her again on Twitter on "
    "Wednesday."
)
GINSBURG_OTHER = (
    "Donald Trump on Tuesday criticized Justice Ruth Bader Ginsburg for speaking out on the "
    "presidential race. Trump wrote about her again on Twitter on Wednesday."
)


def test_a_framing_word_is_shown_once_per_article() -> None:
    """The NYT's "assailed" twice: the first is shown, the second kept minor."""
    found = [d for d in framing(GINSBURG, GINSBURG_OTHER) if d.text == "assailed"]
    assert [d.minor for d in found] == [False, True]
