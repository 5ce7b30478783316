"""The word index that finds lexicon entries: spelling variants match, overlaps do not."""

from __future__ import annotations

import pytest

from comparer.analysis.phrases import PhraseIndex, tokenize

INDEX = PhraseIndex.build(
    [
        ("so-called", "distancing"),
        ("US-led coalition", "coalition"),
        ("coalition", "coalition"),
        ("under the pretext of", "distancing"),
        ("claim", "doubt"),
        ("claim to", "distancing"),
        ("SDF militants", "sdf"),
        ("Islamic State ISIS organization", "isis"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the so-called group", [("so-called", "so called", ("distancing",))]),
        ("the so called group", [("so called", "so called", ("distancing",))]),
        (
            "the U.S.-Led Coalition struck",
            [("U.S.-Led Coalition", "us led coalition", ("coalition",))],
        ),
        ("the US led coalition struck", [("US led coalition", "us led coalition", ("coalition",))]),
        (
            "under the pretext of peace",
            [("under the pretext of", "under the pretext of", ("distancing",))],
        ),
        ("under the pretext, of", []),
        (
            "they claim to care",
            [("claim to", "claim to", ("distancing",)), ("claim", "claim", ("doubt",))],
        ),
        ("nothing here", []),
        ("Democratic Forces (SDF) militants", []),
        (
            "the Islamic State (ISIS) organization",
            [("Islamic State (ISIS) organization", "islamic state isis organization", ("isis",))],
        ),
    ],
)
def test_entries_are_found_with_their_values(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    found = [(text[f.start : f.end], f.key, f.values) for f in INDEX.find(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The U.S.-led coalition",
            [(0, 3, "the"), (4, 7, "us"), (9, 12, "led"), (13, 22, "coalition")],
        ),
        ("a..b .c d.", [(0, 1, "a"), (3, 4, "b"), (6, 7, "c"), (8, 9, "d")]),
        ("o’clock 'tis it's", [(0, 7, "o'clock"), (9, 12, "tis"), (13, 17, "it's")]),
        ("3.5.1. B.B.C", [(0, 5, "351"), (7, 12, "bbc")]),
        ("ſ.S. İt", [(2, 3, "s"), (6, 7, "t")]),  # not ASCII letters: not words
    ],
)
def test_words_hold_inner_dots_and_apostrophes_but_no_other_marks(
    text: str, words: list[tuple[int, int, str]]
) -> None:
    assert tokenize(text) == words


# One-word entries (most of the lexicons) are read where their word ends; a value one
# match covers is not given again by an overlapping shorter entry, another value still is.
WORDS = PhraseIndex.build(
    [
        ("attack", "loaded"),
        ("attack", "emotive"),
        ("terror attack", "loaded"),
        ("attack dog", "label"),
        ("(attack", "loaded"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an attack", [("attack", "attack", ("loaded", "emotive"))]),
        (
            "a terror attack, an attack",
            [
                ("terror attack", "terror attack", ("loaded",)),
                ("attack", "attack", ("emotive",)),  # "loaded" is the longer entry's here
                ("attack", "attack", ("loaded", "emotive")),
            ],
        ),
        (
            "the attack dog",
            [("attack dog", "attack dog", ("label",)), ("attack", "attack", ("loaded", "emotive"))],
        ),
        ("(attack) and attack)", [("attack", "attack", ("loaded", "emotive"))] * 2),
    ],
)
def test_one_word_entries_keep_every_value_no_longer_entry_took(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    found = [(text[f.start : f.end], f.key, f.values) for f in WORDS.find(text)]
    assert found == expected
