"""The page-import measures of ``make eval``: hand-worked token F1, titles and authors."""

from __future__ import annotations

import pytest

from evaluation.pages import DEV, junk_author, site_suffixed, token_scores


def test_token_scores_count_words_as_a_multiset() -> None:
    # found: a a b c (4) / gold: a b b d (4) / common: a b (2) → P = R = F1 = 0.5
    assert token_scores("a a b c", "A b, b d.") == (0.5, 0.5, 0.5)


@pytest.mark.parametrize(
    ("title", "sites", "suffixed"),
    [
        ("Budget passes – TechCrunch", ["TechCrunch"], True),
        ("New trail opens | MoreBikes", ["morebikes"], True),
        ("Budget passes", ["TechCrunch"], False),
        ("Spider-Man - The Movie", ["Daily Planet"], False),
    ],
)
def test_site_suffixed(title: str, sites: list[str], suffixed: bool) -> None:
    assert site_suffixed(title, sites) is suffixed


@pytest.mark.parametrize(
    ("author", "junk"),
    [
        ("JERUSALEM POST STAFF NOVEMBER", True),
        ("Detroit News wire services Published", True),
        ("AP Sports Writer", True),
        ("Текст", True),
        ("Joshua Sokol May", True),
        ("Laura June Topolsky", False),
        ("Ryan J. Reilly and Nick Wing", False),
        ("", False),
    ],
)
def test_junk_author(author: str, junk: bool) -> None:
    assert junk_author(author) is junk


def test_the_dev_set_is_committed_with_its_gold() -> None:
    folders = [p for p in DEV.iterdir() if p.is_dir()]
    assert len(folders) >= 40
    for folder in folders:
        names = {p.name for p in folder.iterdir()}
        assert names == {"source.html.gz", "expected.html.gz", "expected-metadata.json"}
