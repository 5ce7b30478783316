"""A sentence's bag names its names and numbers once, as its weights say them.

The aligner's features and the event signature read a bag's ``names`` and ``numbers``
instead of asking each key again; they must be the keys the weights mark: names weighed
up (not the sentence's first word), numbers by their leading digit.
"""

from __future__ import annotations

import pytest

from comparer.align.normalise import fold_word, is_number_key, number_flags, tokenise
from comparer.align.similarity import NAME_WEIGHT, NUMBER_WEIGHT, Vocabulary, bag


@pytest.mark.parametrize(
    ("text", "names", "numbers"),
    [
        ("Assad said 300 people died in Aleppo.", ("alepu",), ("300",)),
        ("Five people died, ten were hurt.", (), ("5", "10")),
        ("300 people died near Homs.", ("hum",), ("300",)),
        ("the rebels left", (), ()),
        ("", (), ()),
    ],
)
def test_names_and_numbers_are_the_keys_the_weights_mark(
    text: str, names: tuple[str, ...], numbers: tuple[str, ...]
) -> None:
    found = bag(tokenise(text))
    assert found.names == names
    assert found.numbers == numbers
    heavy = [k for k, w in zip(found.keys, found.weights, strict=True) if w > 1.0]
    assert list(found.names) == [k for k in heavy if not is_number_key(k)]
    assert list(found.numbers) == [k for k in found.keys if is_number_key(k)]


def test_the_first_word_is_no_name_but_a_first_number_counts() -> None:
    named = bag(tokenise("Assad left Aleppo"))
    assert named.weights[0] == 1.0 and named.names == ("alepu",)
    counted = bag(tokenise("300 people died"))
    assert counted.weights[0] == NUMBER_WEIGHT and counted.numbers == ("300",)
    assert NAME_WEIGHT > 1.0 and NUMBER_WEIGHT > 1.0


def test_names_and_numbers_take_no_part_in_comparing_bags() -> None:
    assert bag(tokenise("Assad left Aleppo")) == bag(tokenise("Assad left Aleppo"))
    assert hash(bag(tokenise("Ten died"))) == hash(bag(tokenise("10 died")))


@pytest.mark.parametrize(
    "key", ["10", "1000", "3.5", "²", "ten", "dozen", "alepu", "a", "x9", "_", "٣"]
)
def test_number_flags_are_is_number_key(key: str) -> None:
    assert number_flags([key]) == [is_number_key(key)]


@pytest.mark.parametrize("word", ["ten", "dozen", "million", "Twenty", "hundred"])
def test_a_number_word_key_is_a_number_key(word: str) -> None:
    """is_number_key reads a leading digit: a number word's key is its digits."""
    assert is_number_key(fold_word(word))


def test_vocabulary_rows_leave_out_unknown_terms() -> None:
    vocab = Vocabulary.fit([["a", "b"], ["b", "c"]])
    rows = vocab.transform([["a", "zz", "b", "b"], ["zz"], []], [[1.0, 5.0, 2.0, 0.5], [3.0], []])
    alone = vocab.transform([["a", "b", "b"]], [[1.0, 2.0, 0.5]])
    assert rows[0].tobytes() == alone[0].tobytes()
    assert not rows[1].any() and not rows[2].any()
