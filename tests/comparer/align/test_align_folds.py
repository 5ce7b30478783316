"""The transliteration folds are tried only on words holding what their matches hold: the
same keys as every fold applied to every word."""

from __future__ import annotations

import re

import pytest

from comparer.align.normalise import (
    _AH,
    _AY,
    _DOUBLED,
    _FUSED_ARTICLE,
    _OU,
    _transliterated,
    fold_word,
)


def every_fold(w: str) -> str:
    """The slow path: each fold applied to the word, whatever it holds."""
    w = _FUSED_ARTICLE.sub("", w)
    for pattern, replacement in (
        (_AY, "ei"),
        (_OU, "u"),
        (re.compile("q"), "k"),
        (_DOUBLED, r"\1"),
        (_AH, "a"),
    ):
        w = pattern.sub(replacement, w)
    return w


WORDS = [
    "raqqah", "ezzor", "ezra", "ayyash", "sheykh", "maqsoud", "hawija", "aleppo", "allah",
    "ah", "bah", "ahead", "queue", "shaykhah", "deir", "mosul", "attack", "o", "aw", "", "ezz",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_folds_tried_on_cues_give_every_fold(word: str) -> None:
    assert _transliterated(word) == every_fold(word)


@pytest.mark.parametrize(
    ("word", "key"),
    [("Raqqah", "raka"), ("Ezzor", "zur"), ("Sheykh", "sheikh"), ("Aleppo", "alepu")],
)
def test_folded_keys(word: str, key: str) -> None:
    assert fold_word(word) == key
