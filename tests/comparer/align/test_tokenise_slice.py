"""A sentence read from its article's tokens is the sentence read alone.

``tokenise_slice(text, start, end)`` reuses what ``tokenise(text, start, end)`` keeps; the
expected tokens come from tokenising the slice as a string of its own, for every sentence
of the seed reports and for spans whose last word reads differently with what follows it
in the article (a particle before a capitalised name, "Ar Raqqah").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.align.normalise import tokenise, tokenise_slice
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
