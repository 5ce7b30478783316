"""Tokens read from what the aligner kept of each sentence equal tokens read afresh.

``tokenise_slice(text, start, end)`` reuses what ``tokenise(text, start, end)`` keeps; the
expected tokens come from tokenising the slice as a string of its own, for every sentence
of the seed reports and for spans whose last word reads differently with what follows it
in the article (a particle before a capitalised name, "Ar Raqqah"). ``text_keys`` reads an
article's keys from its sentences' words; the expected keys come from tokenising the whole
text, including a name split by a sentence end and cuts inside a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.align.normalise import text_keys, tokenise, tokenise_slice
from comparer.ingest.splitting import segment

CASES = [
    ("They reached Ar Raqqah.", 0, len("They reached Ar")),  # "Ar" is a particle here
    ("They reached Ar Raqqah.", 0, len("They reached Ar ")),
    ("Fighting near an-Nabk", 0, len("Fighting near an")),  # a particle before a dash
    ("Fighting near an-Nabk", 0, len("Fighting near an-Nabk")),
    ("Troops in Deir ez-Zor said", 9, len("Troops in Deir ez-Zor")),
    ("The U.S.A", 0, len("The U.S.A")),
    ("price 10abc", 0, len("price 10a")),
    ("", 0, 0),
    ("   ", 1, 2),
]


@pytest.mark.parametrize(("text", "start", "end"), CASES)
def test_a_slice_is_read_as_the_slice_alone(text: str, start: int, end: int) -> None:
    tokenise(text, start, end)  # what the aligner has read before
    assert tokenise_slice(text, start, end) == tokenise(text[start:end])


def test_the_particle_case_does_differ_in_the_article() -> None:
    text = "They reached Ar Raqqah."
    end = len("They reached Ar")
    in_article = [t.key for t in tokenise(text, 0, end)]
    alone = [t.key for t in tokenise(text[:end])]
    assert in_article != alone  # so the fallback above is needed
    assert [t.key for t in tokenise_slice(text, 0, end)] == alone


def test_every_seed_sentence(samples: list[Path]) -> None:
    for path in samples:
        text = path.read_text("utf-8")
        for s in segment(text):
            assert tokenise_slice(text, s.start, s.end) == tokenise(text[s.start : s.end])


def _keys(text: str) -> frozenset[str]:
    return frozenset(t.key for t in tokenise(text) if t.key)


def test_an_articles_keys_from_its_sentences(samples: list[Path]) -> None:
    for path in samples:
        text = path.read_text("utf-8")
        spans = [(s.start, s.end) for s in segment(text)]
        for start, end in spans:
            tokenise(text, start, end)  # what the aligner has read before
        assert text_keys(text, spans) == _keys(text)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Shelling hit Deir. Ez Zor was quiet.", [(0, 18), (19, 36)]),  # a name across
        ("Shelling hit Deir ez-Zor today.", [(0, 16), (16, 31)]),  # a cut inside a word
        ("One. Two.", [(5, 9), (0, 4)]),  # spans out of order
        ("  Aleppo, Syria  ", [(2, 8), (10, 15)]),
        ("", []),
    ],
)
def test_keys_of_a_text_cut_anywhere(text: str, spans: list[tuple[int, int]]) -> None:
    assert text_keys(text, spans) == _keys(text)


def test_the_name_across_sentences_is_one_key() -> None:
    keys = text_keys("Shelling hit Deir. Ez Zor was quiet.", [(0, 18), (19, 36)])
    assert "deir_zur" in keys and "deir" not in keys
