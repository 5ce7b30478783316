"""The comparison the window shows when the user hides reports: its unmatched sentences."""

from __future__ import annotations

from dataclasses import replace

from comparer.compare import compare
from comparer.model import AlsoLink, Relation
from tests.comparer.align.conftest import build_article
from ui.compare.visible import visible_part

RAIN = "Heavy rain flooded the old market in Aleppo on Monday, destroying forty shops."
GOVERNOR = "The governor promised compensation to every shop owner before the winter."


def test_a_sentence_linked_only_to_a_hidden_report_is_unmatched_in_the_view() -> None:
    texts = [RAIN, f"{RAIN} {GOVERNOR}", GOVERNOR]
    whole = compare([build_article(text, n) for n, text in enumerate(texts, 1)])
    assert dict(whole.unmatched) == {"A": (), "B": (), "C": ()}
    shown = visible_part(whole, ["A", "B"])
    assert dict(shown.unmatched) == {"A": (), "B": (1,)}


def test_also_links_to_a_hidden_report_leave_the_view() -> None:
    texts = [RAIN, f"{RAIN} {GOVERNOR}", GOVERNOR]
    whole = compare([build_article(text, n) for n, text in enumerate(texts, 1)])
    links = (
        AlsoLink("A", 0, "C", 0, Relation.PARTIAL, 0.7),
        AlsoLink("A", 0, "B", 1, Relation.PARTIAL, 0.7),
    )
    shown = visible_part(replace(whole, also=links), ["A", "B"])
    assert shown.also == links[1:]
