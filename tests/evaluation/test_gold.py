"""The hand-made alignment gold: every substring names one sentence of its BASIL article."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.model import Article
from evaluation.articles import from_text
from evaluation.gold import (
    FIRST_BATCH,
    HERE,
    TITLE,
    GoldError,
    Link,
    TripletGold,
    basil_articles,
    batches,
    gold_files,
    halves,
    load_seeds,
    locate,
    read_gold,
    resolve,
)

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
needs_basil = pytest.mark.skipif(
    not (CORPORA / "basil").is_dir(), reason=f"BASIL dev corpus not found at {CORPORA}"
)


def test_at_least_eight_triplets_of_three_pairs() -> None:
    files = gold_files()
    assert len(files) >= 8
    for path in files:
        raw = read_gold(path)
        assert raw["triplet"] == path.stem
        assert sorted(raw["pairs"]) == ["1-2", "1-3", "2-3"]


@needs_basil
@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem[:8])
def test_every_substring_names_one_sentence(path: Path) -> None:
    raw = read_gold(path)
    articles = basil_articles(CORPORA, raw["triplet"])
    for pair, strengths in raw["pairs"].items():
        a, b = (int(n) - 1 for n in pair.split("-"))
        for rows in strengths.values():
            for left, right in rows:
                if TITLE in (left, right):
                    assert left == right == TITLE
                    continue
                assert 0 <= locate(articles[a], left) < len(articles[a].sentences)
                assert 0 <= locate(articles[b], right) < len(articles[b].sentences)


@needs_basil
@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem[:8])
def test_links_join_different_articles_and_must_beats_may(path: Path) -> None:
    raw = read_gold(path)
    gold = resolve(raw, basil_articles(CORPORA, raw["triplet"]))
    assert gold.must, "a triplet of one event shares at least one fact"
    assert not gold.must & gold.may
    for (a, _), (b, _) in gold.must | gold.may:
        assert a < b


TEXT = "Rain fell on Monday. Rain fell again.\nThe river rose."


@pytest.mark.parametrize(
    ("substring", "index"),
    [("on Monday", 0), ("fell again", 1), ("The river", 2), ("rose.", 2)],
)
def test_locate_finds_the_sentence(substring: str, index: int) -> None:
    assert locate(from_text(0, TEXT), substring) == index


@pytest.mark.parametrize(
    ("substring", "message"),
    [
        ("Snow", "not found"),
        ("Rain fell", "more than once"),
        ("Monday. Rain", "spans a sentence boundary"),
    ],
)
def test_locate_refuses_what_is_not_one_sentence(substring: str, message: str) -> None:
    with pytest.raises(GoldError, match=message):
        locate(from_text(0, TEXT), substring)


def test_seed_gold_resolves_on_the_imported_seeds() -> None:
    [(articles, gold)] = load_seeds()
    value = locate(articles[0], "claim to value the rule of law")
    concerned = locate(articles[1], "claim to be concerned about the rule of law")
    assert ((0, value), (1, concerned)) in gold.must
    assert len(gold.must) == len(read_gold(gold_files(HERE / "seeds")[0])["pairs"]["1-2"]["must"])


def _triplet(name: str) -> tuple[list[Article], TripletGold]:
    empty: frozenset[Link] = frozenset()
    return [], TripletGold(name, empty, empty, frozenset(), frozenset())


def test_the_first_batch_is_told_from_later_gold_and_each_half_holds_part_of_both() -> None:
    first = sorted(FIRST_BATCH)
    loaded = [_triplet(n) for n in sorted([*first[:4], "later-a", "later-b", "later-c"])]
    early, later = batches(loaded)
    assert [g.triplet for _, g in early] == first[:4]
    assert [g.triplet for _, g in later] == ["later-a", "later-b", "later-c"]
    one, two = halves(loaded)
    assert [g.triplet for _, g in one] == [first[0], first[2], "later-a", "later-c"]
    assert [g.triplet for _, g in two] == [first[1], first[3], "later-b"]


def test_the_first_batch_names_twelve_gold_files_of_this_folder() -> None:
    assert len(FIRST_BATCH) == 12
    assert {p.stem for p in gold_files()} >= FIRST_BATCH
