"""A poll's sample is no count of people something happened to; sentences that cannot name
a poll are not searched for one."""

from __future__ import annotations

import pytest

from comparer.analysis.quantities import _SAMPLE_WORDS, sample_size


@pytest.mark.parametrize(
    ("sentence", "number", "sample"),
    [
        ("A survey of 1,000 adults found support fell.", "1,000", True),
        ("Pollsters polled about 800 likely voters.", "800", True),
        ("The Gallup poll of 1,012 adults was released.", "1,012", True),
        ("Of 1,500 people surveyed, most agreed.", "1,500", True),
        ("Some 1,012 respondents said yes.", "1,012", True),
        ("CANVASSED 300 homes, they said.", "300", True),
        ("Questioned 40 witnesses, police said.", "40", True),
        ("Officers interviewed 12 residents.", "12", True),
        ("At least 12 people were killed.", "12", False),
        # the Kelvin sign: lower-casing is no guide, so the text is searched whole
        ("At 300 \u212a, a survey of 90 adults ran.", "90", True),
        ("At 300 \u212a, 90 adults died.", "90", False),
    ],
)
def test_a_number_after_or_before_a_poll_is_its_sample(
    sentence: str, number: str, sample: bool
) -> None:
    start = sentence.index(number)
    assert sample_size(sentence, start, start + len(number)) is sample


def test_every_sample_word_holds_a_stem_it_is_looked_for_by() -> None:
    words = "polls polled polling surveys surveyed sampled interviewed questioned canvassed"
    assert all(_SAMPLE_WORDS.search(w) for w in [*words.split(), "respondents"])
