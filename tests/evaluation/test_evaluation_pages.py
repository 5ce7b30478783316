"""The page-import measures of ``make eval``: hand-worked token F1, titles and authors."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from evaluation import pages
from evaluation.pages import evaluate, junk_author, site_suffixed, token_scores


def test_token_scores_count_words_as_a_multiset() -> None:
    # found: a a b c (4) / gold: a b b d (4) / common: a b (2) → P = R = F1 = 0.5
    assert token_scores("a a b c", "A b, b d.") == (0.5, 0.5, 0.5)


def test_token_scores_read_decomposed_letters_as_composed() -> None:
    # Die Tageszeitung's page writes "Südtiroler" as "Su" + a combining diaeresis + "dtiroler"
    assert token_scores("Die Südtiroler", "Die Su\u0308dtiroler") == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    ("title", "sites", "suffixed"),
    [
        ("Budget passes – TechCrunch", ["TechCrunch"], True),
        ("Zelensky weighs firing Syrsky * The Gateway Pundit", ["thegatewaypundit.com"], True),
        ("New trail opens | MoreBikes", ["morebikes"], True),
        ("Budget passes", ["TechCrunch"], False),
        ("Spider-Man - The Movie", ["Daily Planet"], False),
        ("Forest plan | Schweizerische Vogelwarte", ["www.vogelwarte.ch"], True),
        ("Minister speaks - Bundeskanzleramt Österreich", ["bundeskanzleramt.gv.at"], True),
        ("Royal visit - Cheshire news", ["bbc.co.uk"], False),
        ("New court files expose security team -- Sott.net", ["www.sott.net"], True),
        # a breadcrumb is the site's path to the page, standing where the headline should
        ("The New York Times > Movies > Movies Special > Movie Review", [], True),
        ("Inflation > expectations", [], False),
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
        ("Olympia-Verlag GmbH", True),
        ("Tennisnet Com", True),
        ("Par Stefan Häne and Sylvain Besson", True),
        ("Theme Pirate Rogue von", True),
        ("CBS News", True),
        ("Steven Shepard Link Copied", True),
        ("Gina Trapani CEO", True),
        ("Joe Davidson Washington Post", True),
        ("Confreaks Confreaks", True),
        ("Xxx", True),
        ("Nieuwsblad Be", True),
        ("ORF.at", True),
        ("Engin Haupt and Mdr Sachsen-Anhalt", True),
        ("Adam Vidler, AP", True),
        ("Amw", True),
        ("kicker", True),
        ("Nachrichten", True),
        ("IN-Redaktion", True),
        ("Ilanga D", True),
        ("Mac & i", True),
        ("박준석 기자 외", True),
        ("個人", True),
        ("Hans Müller Stand Februar", True),
        ("Rachel Sterling and Product Marketing Manager", True),
        ("Atlantic Merchant Capital Investors", True),
        ("Acme Holdings", True),
        ("Jane Doe, Communications Director", True),
        ("Melissa Bank", False),
        ("Paul", False),
        ("Habertürk", False),
        ("肖春芳", False),
        ("배윤경, 이상현", False),
        ("Ursula von der Leyen, Jean-Pierre Raffarin", False),
        ("Emily Post", False),
        ("Ann Lee", False),
        ("Ursula von der Leyen", False),
        ("Mark Di Stefano", False),
        ("Laura June Topolsky", False),
        ("Ryan J. Reilly and Nick Wing", False),
        ("", False),
    ],
)
def test_junk_author(author: str, junk: bool) -> None:
    assert junk_author(author) is junk


def test_a_page_folder_is_scored_against_its_expected_text(tmp_path: Path) -> None:
    body = " ".join(f"Sentence {n} of the report says the council met on Friday." for n in range(9))
    page = tmp_path / "pages" / "council"
    page.mkdir(parents=True)
    source = "<html><head><title>Council meets | Town News</title></head><body><nav>Home</nav>"
    source += f"<article><h1>Council meets</h1><p>{body}</p></article></body></html>"
    (page / "source.html.gz").write_bytes(gzip.compress(source.encode()))
    (page / "expected.html.gz").write_bytes(gzip.compress(f"<div><p>{body}</p></div>".encode()))
    metadata = {"title": "Council meets", "byline": None, "siteName": "Town News"}
    (page / "expected-metadata.json").write_text(json.dumps(metadata))
    figures = evaluate(tmp_path)
    assert figures is not None
    assert figures["pages"] == 1.0 and figures["token_recall"] == 1.0
    assert figures["site_suffixed_titles"] == 0.0 and figures["junk_authors"] == 0.0
    assert "author_match" not in figures  # no byline expected


@pytest.mark.parametrize(
    ("author", "byline", "match"),
    [
        ("Erin Cunningham", "By Erin Cunningham", 1.0),
        ("", "By Erin Cunningham", 0.0),
        ("Bobby Jones", "Bobby Jones", 1.0),  # "by" inside a name is no byline word
    ],
)
def test_the_author_is_scored_against_the_expected_byline(
    tmp_path: Path, author: str, byline: str, match: float
) -> None:
    body = " ".join(f"Sentence {n} of the report says the council met on Friday." for n in range(9))
    page = tmp_path / "pages" / "council"
    page.mkdir(parents=True)
    head = f"<meta name='author' content='{author}'>" if author else ""
    source = f"<html><head><title>Council meets</title>{head}</head><body>"
    source += f"<article><h1>Council meets</h1><p>{body}</p></article></body></html>"
    (page / "source.html.gz").write_bytes(gzip.compress(source.encode()))
    (page / "expected.html.gz").write_bytes(gzip.compress(f"<div><p>{body}</p></div>".encode()))
    metadata = {"title": "Council meets", "byline": byline, "siteName": "Town News"}
    (page / "expected-metadata.json").write_text(json.dumps(metadata))
    figures = evaluate(tmp_path)
    assert figures is not None
    assert figures["author_match"] == match


def test_the_committed_dev_pages_meet_the_import_floors() -> None:
    """Issue 16's floors, on Readability's 46 committed pages scored against their gold."""
    assert pages.dev_pages() == pages.COMMITTED or "COMPARER_DEV_PAGES" in os.environ
    found = pages.figures(pages.score_all(pages.COMMITTED))
    assert found["pages"] == 46
    assert found["token_f1"] >= 0.97
    assert found["under_08_recall"] <= 2
    assert found["site_suffixed_titles"] <= 0.05
    assert found["junk_authors"] <= 2
    assert found["author_match"] >= 0.85
