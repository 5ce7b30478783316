"""Normalisation: spellings, abbreviations and number words that must match, and what must not."""

from __future__ import annotations

import pytest

from comparer.align import normalise
from comparer.align.normalise import tokenise


def content_keys(text: str) -> list[str]:
    return [t.key for t in tokenise(text) if t.content]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Deir-ez-Zor", "Deir Ez Zour"),
        ("Deir-ez-Zor", "Dayr al-Zawr"),
        ("Deir-ez-Zor", "Deir Ezzor"),
        ("Raqqa", "Raqqah"),
        ("Tal al-Shaer", "Tal Al Shaer"),
        ("ISIS", "Daesh"),
        ("ISIS", "Islamic State"),
        ("U.S.", "US"),
        ("United States", "U.S."),
        ("ten", "10"),
        ("1,000", "1000"),
        ("Civilians", "civilians"),
        ("“illegal”", '"illegal"'),
        ("killed", "killing"),
        ("Al-Duwaiji", "al-Duwaiji"),
    ],
)
def test_variants_share_keys(left: str, right: str) -> None:
    assert content_keys(left) == content_keys(right)
    assert content_keys(left)


@pytest.mark.parametrize(
    ("left", "right"),
    [("Raqqa", "Homs"), ("ten", "11"), ("civilians", "soldiers"), ("ISIS", "SDF")],
)
def test_different_things_stay_different(left: str, right: str) -> None:
    assert content_keys(left) != content_keys(right)


def test_function_words_and_particles_carry_no_content() -> None:
    assert content_keys("the army and its allies of al-Bab") == ["army", "alie", "bab"]


def test_the_pronoun_us_is_not_the_country() -> None:
    assert content_keys("they told us") == []


def test_token_offsets_point_at_the_original_words() -> None:
    text = "Strikes hit Deir-ez-Zor on Saturday."
    spans = [text[t.start : t.end] for t in tokenise(text) if t.content]
    assert spans == ["Strikes", "hit", "Deir-ez-Zor", "Saturday"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the longest name wins; the names inside it are not merged again
        ("the United Nations Security Council met", ["unsc", "met"]),
        # names back to back are each merged
        ("United States United Kingdom", ["us", "uk"]),
        # a name's first word alone stays a word; a name after it is still merged
        ("United they stand in the United Kingdom", ["unit", "stand", "uk"]),
        # "Islamic State" is a name, "Islamic State of Iraq" is not whole: q is folded to k
        ("Islamic State of Iraq", ["isis", "irak"]),
    ],
)
def test_known_names_merge_longest_first(text: str, keys: list[str]) -> None:
    assert content_keys(text) == keys


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The U.S.-led coalition", ["The", "U.S.", "led", "coalition"]),
        ("1,000.5 dead, 3.5.1. e.g.", ["1,000.5", "dead", "3.5.1", "e.g."]),
        ("don’t a_b x² U.S", ["don’t", "a", "b", "x²", "U", "S"]),
        ("٣٠ İstanbul café\u0301s", ["٣٠", "İstanbul", "café", "s"]),
        ("...ab,,cd", ["ab", "cd"]),
        ("rock’n’roll o'clock'", ["rock’n’roll", "o'clock"]),
    ],
)
def test_words_are_abbreviations_numbers_or_letters_with_apostrophes(
    text: str, words: list[str]
) -> None:
    assert [text[t.start : t.end] for t in tokenise(text)] == words


def test_a_sentence_naming_nothing_keeps_its_words() -> None:
    """Nothing merged or muted: the tokens are the very tuple of its words, not a copy
    (each sentence of a comparison is kept in both memos)."""
    text = "Two people were hurt on Monday."
    assert normalise._analysed(text, 0, None) is normalise._words_of(text, 0, None)
    named = "Troops left Deir ez-Zor on Monday."
    assert normalise._analysed(named, 0, None) != normalise._words_of(named, 0, None)


@pytest.mark.parametrize(
    ("text", "without"),
    [
        ("officials told reporters", "officials"),
        ("the Syrian army and its allies advanced", "advanced"),
        ("Raqqa said in a statement on Monday", "Raqqa Monday"),
    ],
)
def test_stock_phrases_carry_no_content(text: str, without: str) -> None:
    assert content_keys(text) == content_keys(without)
