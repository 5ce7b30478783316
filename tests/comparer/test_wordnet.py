"""The engine's WordNet table: lemmas of inflected forms, shared senses, and provenance."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from comparer import wordnet
from evaluation import wordnet_table

WORDNET = Path("/usr/share/wordnet")


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("went", "go"), ("arrested", "arrest"), ("children", "child"), ("resigned", "resign")],
)
def test_an_inflected_form_is_read_as_its_lemma(form: str, lemma: str) -> None:
    assert lemma in wordnet.lemmas(form)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("quit", "resigned"),
        ("children", "kids"),
        ("said", "told"),
        # Issue 12's ledes: "arrest" is listed as a noun first, its verb senses after.
        ("arrested", "apprehended"),
    ],
)
def test_synonyms_share_a_sense(a: str, b: str) -> None:
    assert wordnet.share_a_sense(a, b)


@pytest.mark.parametrize(("word", "pos"), [("arrested", "n"), ("arrested", "v"), ("ruin", "v")])
def test_a_lemma_keeps_its_first_senses_in_every_part_of_speech(word: str, pos: str) -> None:
    assert len([s for s in wordnet.senses(word, 2) if s.startswith(pos)]) == 2


@pytest.mark.parametrize(("a", "b"), [("quit", "bomb"), ("children", "police")])
def test_unrelated_words_share_no_sense(a: str, b: str) -> None:
    assert not wordnet.share_a_sense(a, b)
    left, right = wordnet.senses(a), wordnet.senses(b)
    assert not wordnet.broader(left) & right and not left & wordnet.broader(right)


def test_a_word_outside_wordnet_has_no_sense() -> None:
    assert wordnet.senses("Daesh") == frozenset()


@pytest.mark.skipif(not WORDNET.is_dir(), reason="Debian's wordnet-base is not installed")
def test_the_shipped_table_is_what_the_builder_makes(tmp_path: Path) -> None:
    out = tmp_path / "wordnet.tsv.gz"
    wordnet_table.main([str(WORDNET), str(out)])
    shipped = Path(wordnet.__file__).parent / "data" / "wordnet.tsv.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes())


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("immigrants", True),
        ("students", True),
        ("combatants", True),
        ("poaching", False),
        ("weapons", False),
        ("hunting", False),  # the act, not "hunt", also a surname
        ("", False),
    ],
)
def test_names_a_person(word: str, person: bool) -> None:
    assert wordnet.names_a_person(word) is person


@pytest.mark.parametrize(("word", "many"), [("lead", True), ("gross", True), ("assailed", False)])
def test_sense_count(word: str, many: bool) -> None:
    assert (wordnet.sense_count(word) >= 4) is many


@pytest.mark.parametrize(
    ("word", "saying"),
    [
        ("clarified", True),
        ("outlining", True),
        ("suggest", True),
        ("criticized", True),
        ("outline", False),  # also a noun: a thing, as written
        ("reports", False),
        ("committed", False),
        ("limited", False),
        ("ripping", False),
    ],
)
def test_names_saying(word: str, saying: bool) -> None:
    assert wordnet.names_saying(word) is saying


@pytest.mark.parametrize(
    ("word", "saying"), [("reports", True), ("states", True), ("shows", False)]
)
def test_names_saying_as_verb(word: str, saying: bool) -> None:
    assert wordnet.names_saying(word, as_verb=True) is saying


@pytest.mark.parametrize(
    ("word", "praise"),
    [
        ("praised", True),
        ("hailed", True),
        ("lauded", True),
        ("acclaimed", True),
        ("welcomed", False),
        ("said", False),
        ("supported", False),
        ("recommended", False),  # first of all "push for", not "commend"
        ("ruling", False),
    ],
)
def test_names_praise(word: str, praise: bool) -> None:
    assert wordnet.names_praise(word) is praise


@pytest.mark.parametrize(
    ("word", "naming"),
    [
        ("described", True),
        ("titled", True),
        ("dubbed", True),
        ("declared", True),
        ("inflicted", False),  # "communicate" in WordNet, but names no one
        ("imposed", False),
        ("made", False),
    ],
)
def test_names_naming(word: str, naming: bool) -> None:
    assert wordnet.names_naming(word) is naming
