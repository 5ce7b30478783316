"""Where must links are lost: each link lands in the first stage of the aligner it fails."""

from __future__ import annotations

from collections import Counter

from evaluation.articles import from_text
from evaluation.miss_stages import stages

LEDE = "A strong earthquake struck northern Chile on Tuesday, killing four miners in Antofagasta."
LEFT = from_text(0, f"{LEDE}\nPolice arrested the driver of the truck late that evening.")
RIGHT = from_text(1, f"{LEDE}\nOfficers apprehended a man after dark.")


def test_a_found_link_and_a_synonym_pair_that_is_never_scored() -> None:
    # The two second sentences share no content word ("arrested" / "apprehended" is a
    # shared WordNet sense), so no candidate pair joins them; the ledes are one text.
    ledes, second = ((0, 0), (1, 0)), ((0, 1), (1, 1))
    counts = stages([LEFT, RIGHT], frozenset({ledes, second}))
    assert counts == Counter(found=1, not_candidate=1, missed_sharing_a_sense=1)


def test_a_missed_lede_to_body_link_is_counted_apart() -> None:
    # The right report opens on the rescue and tells the deaths only in its second
    # sentence; a must link from the left lede to that sentence is lede-to-body.
    right = from_text(
        1,
        "Rescue teams worked through the night beside the collapsed shafts.\n"
        "The tremor left four men dead underground.",
    )
    lede_to_body, body_to_body = ((0, 0), (1, 1)), ((0, 1), (1, 1))
    counts = stages([LEFT, right], frozenset({lede_to_body, body_to_body}))
    assert counts["missed_lede_to_body"] == 1
    assert counts["found"] == 0
