"""Sentence segmentation: a table of the cases news text throws at it."""

from __future__ import annotations

import pytest

from comparer.ingest import segment

CASES: list[tuple[str, list[str]]] = [
    (
        "U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus",
        ["U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus"],
    ),
    (
        "Syria calls on U.N. to act. The U.N. Security Council met on Dec. 16 in New York.",
        ["Syria calls on U.N. to act.", "The U.N. Security Council met on Dec. 16 in New York."],
    ),
    ("J. R. Smith said it was over. He left.", ["J. R. Smith said it was over.", "He left."]),
    ("President George W. Bush spoke. It ended.", ["President George W. Bush spoke.", "It ended."]),
    (
        'He called it "illegal." The ministry agreed.',
        ['He called it "illegal."', "The ministry agreed."],
    ),
    (
        "He called it “illegal.” The ministry agreed.",
        ["He called it “illegal.”", "The ministry agreed."],
    ),
    (
        "“We will not accept this,” he said. “They will fail.” Then he left.",
        ["“We will not accept this,” he said.", "“They will fail.”", "Then he left."],
    ),
    (
        "DAMASCUS, Syria. Syrian authorities condemned the crimes. They called for action.",
        ["DAMASCUS, Syria. Syrian authorities condemned the crimes.", "They called for action."],
    ),
    (
        "Damascus, SANA-Syria affirmed that the massacres continue. It added more.",
        ["Damascus, SANA-Syria affirmed that the massacres continue.", "It added more."],
    ),
    (
        "The photo shows ruins in Raqqah. (Reuters photo)",
        ["The photo shows ruins in Raqqah. (Reuters photo)"],
    ),
    (
        "Sanctions were imposed on the U.S. The Russians objected.",
        ["Sanctions were imposed on the U.S.", "The Russians objected."],
    ),
    ("He arrived at 5 p.m. Monday and left.", ["He arrived at 5 p.m. Monday and left."]),
    ("Dr. Ali and Mr. Khan met Gen. Smith.", ["Dr. Ali and Mr. Khan met Gen. Smith."]),
    ("It is No. 10 on the list. Few agree.", ["It is No. 10 on the list.", "Few agree."]),
    ("Why? Nobody knows! It is odd... really.", ["Why?", "Nobody knows!", "It is odd... really."]),
    (
        "The toll rose to 3.5 million. Aid was sent.",
        ["The toll rose to 3.5 million.", "Aid was sent."],
    ),
    (
        "They met at St. Mary church. It rained.",
        ["They met at St. Mary church.", "It rained."],
    ),
    ("He lives on Baker St. He likes it.", ["He lives on Baker St.", "He likes it."]),
    (
        "Headline without a stop\nFirst sentence. Second one.",
        ["Headline without a stop", "First sentence.", "Second one."],
    ),
    (
        "قالت الوزارة إن الهجوم قتل عشرة مدنيين. وطالبت مجلس الأمن بالتحرك؟ نعم.",
        ["قالت الوزارة إن الهجوم قتل عشرة مدنيين.", "وطالبت مجلس الأمن بالتحرك؟", "نعم."],
    ),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_segmentation_cases(text: str, expected: list[str]) -> None:
    sentences = segment(text)
    assert [s.text for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(expected)))
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_offsets_run_across_paragraphs() -> None:
    text = "First paragraph here.\n\nSecond paragraph. Third sentence."
    starts = [s.start for s in segment(text)]
    assert starts == [0, 23, 41]
