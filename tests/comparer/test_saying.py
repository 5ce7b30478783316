"""The one list of verbs of saying, in the forms each reader takes."""

from __future__ import annotations

import re

import pytest

from comparer.saying import ANY_FORM, PLAINLY_REPORTED, SAYING


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("he said", "said"),
        ("telling reporters", "telling"),
        ("she warns", "warns"),
        ("the minister admitted", "admitted"),
        ("it was labelled", "labelled"),
        ("it was labeled", "labeled"),
        ("the ministry denies", "denies"),
        ("as she quipped", "quipped"),
        ("he called it", "called"),
        # a bare form or an "-s" that names things as often is not read anywhere
        ("the report", None),
        ("their claims", None),
        ("he called on", None),
        ("a well-said line", None),
        # verbs that report only in a clause after a comma: the quote after them is the
        # outlet's ("The ministry concluded ... the “illegal” coalition")
        ("the ministry concluded", None),
        ("the judge found", None),
        ("he pointed out", None),
    ],
)
def test_a_verb_of_saying_anywhere(text: str, found: str | None) -> None:
    match = SAYING.search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    ("clause", "reads"),
    [(", experts warn", True), (", the union claims", True),
     (", the minister quipped", True), (", the judge found", True),
     (", he pointed out", True), (", the grey cat", False)],
)  # fmt: skip
def test_any_form_after_a_comma(clause: str, reads: bool) -> None:
    assert bool(re.search(rf",\s+(?:\w+\s+){{0,4}}{ANY_FORM}\b", clause)) == reads


@pytest.mark.parametrize(
    ("line", "reads"),
    [("sagte die Ministerin", True), ("selon le ministre", True), ("según el ministro", True),
     ("according to the police", True), ("the editor warned", False)],
)  # fmt: skip
def test_plainly_reported_in_any_language(line: str, reads: bool) -> None:
    assert bool(re.search(rf"\b{PLAINLY_REPORTED}\b", line)) == reads
