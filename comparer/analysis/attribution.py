"""Attribution: who a sentence says a claim comes from, and with which verb.

A reporting verb ("said", "claimed", "slammed", "affirmed", "pointed out", "according to") is
an attribution with a tone — ``neutral``, ``doubt``, ``charged`` or ``endorsing`` — taken from
the ``say.*`` lexicons. Uses that are not attribution are rejected here: "claimed the lives
of", "claim to" (distancing, not a source), "the alleged coalition" (an adjective), "is said
to be" (a hedge) and subjects that are pictures ("the photo shows").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from comparer.analysis.lexicons import Lexicons
from comparer.analysis.phrases import PhraseIndex, Token

TONES = ("neutral", "doubt", "charged", "endorsing")
# "claimed the lives of", "claimed to be", "claimed responsibility": no one is quoted. A verb
# followed by "to" and a name tells whom a source spoke to ("confirmed to HuffPost").
_NOT_AFTER = re.compile(
    r"\s+(?:the\s+lives?\b|lives\b|to\b(?!\s+(?-i:[A-Z]))|responsibility\b)", re.IGNORECASE
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|these|those|such|any|of)\s+$", re.IGNORECASE
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+$", re.IGNORECASE)
_PICTURE_SUBJECT = re.compile(
    r"\b(?:photo|picture|image|video|footage|file|map|chart|graphic|caption)s?\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_OK = {"accused", "criticized", "criticised", "condemned"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting verb in a text and its tone."""

    start: int
    end: int
    text: str
    tone: str


def compile_verbs(lexicons: Lexicons) -> PhraseIndex:
    """An index of every reporting verb, carrying its tone."""
    return PhraseIndex.build((verb, tone) for tone in TONES for verb in lexicons.get(f"say.{tone}"))


def attribution_markers(
    text: str, verbs: PhraseIndex, tokens: list[Token] | None = None
) -> list[Attribution]:
    """Every reporting verb in ``text`` that really attributes something to a source
    (``tokens`` as :meth:`PhraseIndex.find` takes them)."""
    found = []
    for match in verbs.find(text, tokens):
        if _is_attribution(text, match.start, match.end, match.key):
            wording = text[match.start : match.end]
            found.append(Attribution(match.start, match.end, wording, match.values[0]))
    return found


def _is_attribution(text: str, start: int, end: int, wording: str) -> bool:
    before = text[max(0, start - 40) : start]
    if wording == "according to":
        return True
    if _NOT_AFTER.match(text, end):
        return False
    if _DETERMINER_BEFORE.search(before) or _PICTURE_SUBJECT.search(before):
        return False
    return not (_PASSIVE_BEFORE.search(before) and wording not in _PASSIVE_OK)
