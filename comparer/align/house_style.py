"""Wording changes a journalist reads as noise: a dateline, house style, a function word.

:func:`comparer.align.wording.is_minor` asks these after its own checks (case, punctuation,
spelling, articles, speaker tags); each names a change that alters no fact of the report:

- **a dateline** added or dropped at the start of a sentence ("WASHINGTON —", "NEW YORK
  (AP) —"): where the report was filed, not what it says;
- **house style**: abbreviations of months and titles ("Sept." / "September", "Gen." /
  "General", "Sen." / "Senator"), honorifics ("Mr. Trump" / "Trump"), and "and" or an
  article with them ("F.B.I. Nothing" / "FBI, and nothing");
- **a function word for another**, one or two words a side, all pronouns, prepositions,
  conjunctions or copulas ("to" / "for", ", it" / "they"). Never a negation, modal,
  quantifier, a preposition of time or opposition ("before", "against", "without"), nor
  a gendered pronoun ("he" / "she" names someone else).

On the Flynn plea triplet of BASIL (4 Dec 2017) these were 4 of the 22 wording marks shown;
on the BASIL triplets, 11 of 932 wording marks (6 function words, 3 datelines, 2 house style).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comparer.align.normalise import tokenise

# fmt: off
_ABBREVIATIONS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december", "gen": "general", "sen": "senator",
    "rep": "representative", "gov": "governor", "lt": "lieutenant", "col": "colonel",
    "sgt": "sergeant", "capt": "captain", "cmdr": "commander", "adm": "admiral",
    "pres": "president", "sec": "secretary", "dept": "department", "govt": "government",
}
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})
_LINKS = frozenset({"a", "an", "the", "and"})
# Function words that carry no fact of their own; swapped one for another they say the same.
FUNCTION_WORDS = frozenset({
    "it", "its", "they", "them", "their", "this", "that", "these", "those", "who", "which",
    "whom", "we", "us", "our", "to", "for", "of", "in", "on", "at", "by", "with", "from",
    "into", "onto", "as", "about", "and", "or", "a", "an", "the", "is", "are", "was", "were",
    "be", "been",
})
# fmt: on
MAX_FUNCTION_WORDS = 2
_DASHES = frozenset({"—", "―", "–", "-"})
# A place in capitals, maybe a state or agency after it: "WASHINGTON", "NEW YORK (AP)",
# "BEIRUT, Lebanon"
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*(?:,? [A-Z][\w.]*)*(?: \(\w+\))?")


def dateline(words: Sequence[str], other: Sequence[str], at_start: bool) -> bool:
    """Whether one side is a dateline opening the sentence and the other holds no words."""
    if not at_start or any(_word(w) for w in other):
        return False
    if len(words) < 2 or words[-1] not in _DASHES:
        return False
    place = " ".join(words[:-1]).replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return _DATELINE.fullmatch(place) is not None and words[0].isupper()


def house_style(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether the two sides say the same words once abbreviations, honorifics, "and" and
    articles are read alike."""
    keys = _house_keys(mine), _house_keys(theirs)
    return bool(keys[0]) and keys[0] == keys[1]


def function_word_swap(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether both sides are one or two function words (punctuation aside)."""
    sides = [[w.lower() for w in side if _word(w)] for side in (mine, theirs)]
    return all(
        0 < len(side) <= MAX_FUNCTION_WORDS and set(side) <= FUNCTION_WORDS for side in sides
    )


def _house_keys(words: Sequence[str]) -> list[str]:
    plain = [w.lower().rstrip(".") for w in words]
    spelt = [_ABBREVIATIONS.get(p, w) for w, p in zip(words, plain, strict=True)]
    kept = [w for w, p in zip(spelt, plain, strict=True) if p not in _HONORIFICS | _LINKS]
    return [t.key for t in tokenise(" ".join(kept)) if t.key]


def _word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)
