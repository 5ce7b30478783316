"""The pair scorer's features on small sentences, and alignment cases it must get right."""

from __future__ import annotations

from dataclasses import replace

import pytest

from comparer.align.features import FEATURES
from comparer.align.scorer import same_threshold, scoring_with, shares_content, shipped
from comparer.compare import compare
from comparer.model import AlignmentGroup, ComparedArticle, Member, Relation
from comparer.unmatched import unmatched
from evaluation.train_scorer import features_of
from tests.comparer.align.conftest import ArticleMaker

FIRE = "The fire killed 12 people in the old town."


@pytest.mark.parametrize(
    ("left", "right", "feature", "expected"),
    [
        (FIRE, FIRE, "word_cosine", 1.0),
        (FIRE, FIRE, "length_ratio", 1.0),
        (FIRE, FIRE, "lcs", 1.0),
        (FIRE, FIRE, "numbers_agree", 1 / 3),  # one shared number of the three counted
        (FIRE, "The fire killed 14 people in the old town.", "numbers_clash", 1.0),
        (FIRE, "The fire killed 14 people in the old town.", "numbers_agree", 0.0),
        (FIRE, "The fire did not kill 12 people in the old town.", "negation_mismatch", 1.0),
        (FIRE, FIRE, "negation_mismatch", 0.0),
        (FIRE, "A football match in Homs was postponed.", "rarest_shared", 0.0),
        (FIRE, "A football match in Homs was postponed.", "shared_rarity", 0.0),
        (
            "Rain flooded the market.",
            "Rain flooded the market and shops.",
            "word_overlap_low",
            0.75,
        ),
        (
            "Rain flooded the market.",
            "Rain flooded the market and shops.",
            "word_overlap_high",
            1.0,
        ),
        ("Rain flooded the market.", "Prices rose in Paris.", "word_cosine", 0.0),
    ],
)
def test_pair_features(left: str, right: str, feature: str, expected: float) -> None:
    x = features_of([(left, right)])
    assert x[0, FEATURES.index(feature)] == pytest.approx(expected, abs=1e-6)


def test_features_are_symmetric() -> None:
    a, b = "Rain flooded the market.", "Rain flooded the old market and ten shops."
    assert features_of([(a, b)]) == pytest.approx(features_of([(b, a)]))


def test_shares_content_tells_a_paraphrase_from_another_fact() -> None:
    p = shares_content(
        ["Heavy rain flooded the old market in Aleppo on Monday, destroying forty shops."] * 2,
        [
            "On Monday heavy rain flooded Aleppo's old market and destroyed 40 shops.",
            "The mayor promised compensation to every shop owner within two weeks.",
        ],
    )
    assert p[0] >= same_threshold() > p[1]


def test_a_split_sentence_joins_both_halves(make_article: ArticleMaker) -> None:
    a = make_article(
        "Heavy rain flooded the old market in Aleppo on Monday and destroyed forty shops "
        "owned by local families. The mayor promised compensation within two weeks."
    )
    b = make_article(
        "Heavy rain flooded the old market in Aleppo on Monday. The water destroyed forty "
        "shops owned by local families. Engineers inspected the citadel museum.",
        2,
    )
    groups = [[(m.article, m.sentences) for m in g.members] for g in compare([a, b]).groups]
    assert [("A", (0,)), ("B", (0, 1))] in groups


def test_related_groups_leave_their_sentences_unmatched(make_article: ArticleMaker) -> None:
    a = make_article("Heavy rain flooded the old market. The mayor spoke.")
    b = make_article("Aleppo's old market was rebuilt in 2019. The mayor spoke.", 2)
    articles = (ComparedArticle("A", a), ComparedArticle("B", b))
    groups = (
        AlignmentGroup("G1", Relation.RELATED, 0.3, (Member("A", (0,)), Member("B", (0,)))),
        AlignmentGroup("G2", Relation.IDENTICAL, 1.0, (Member("A", (1,)), Member("B", (1,)))),
    )
    assert unmatched(articles, groups) == {"A": (0,), "B": (0,)}


def test_lede_to_lede_beats_a_topical_lookalike(make_article: ArticleMaker) -> None:
    a = make_article(
        "Police arrested a man on Friday after a shooting at a Denver high school injured "
        "two students. The school will reopen on Monday with extra counsellors."
    )
    b = make_article(
        "A suspect was arrested Friday in the Denver high school shooting that wounded two "
        "students. Officers searched his home overnight. The Denver high school sent its "
        "students home on Friday and said classes were cancelled.",
        2,
    )
    groups = [[(m.article, m.sentences) for m in g.members] for g in compare([a, b]).groups]
    assert [("A", (0,)), ("B", (0,))] in groups
    assert not any(("B", (2,)) in g and ("A", (0,)) in g for g in groups)


def test_a_pair_sharing_a_word_no_other_sentence_has_looks_rarer() -> None:
    x = features_of(
        [
            ("Mayor Okafor resigned on Monday.", "Okafor quit the post."),
            ("The mayor resigned on Monday.", "The mayor quit the post."),
            ("The mayor left on Monday.", "The council met the mayor."),
        ]
    )
    rarest = x[:, FEATURES.index("rarest_shared")]
    assert rarest[0] > rarest[1] > 0.0


def test_sentences_sharing_no_content_word_share_no_content() -> None:
    p = shares_content(
        [FIRE, "More than 10 civilians were killed in the strike on the village."],
        ["A football match in Homs was postponed.", "A football match in Homs was postponed."],
    )
    assert p.tolist() == [0.0, 0.0]


def test_scoring_with_puts_a_model_in_place_for_the_block_only() -> None:
    strict = replace(shipped(), same=0.99)
    with scoring_with(strict):
        assert same_threshold() == 0.99
    assert same_threshold() == shipped().same
