"""Wording changes a journalist reads as noise: a dateline, house style, a function word.

:func:`comparer.align.wording.is_minor` asks these after its own checks (case, punctuation,
spelling, articles, speaker tags); each names a change that alters no fact of the report:

- **a dateline** added or dropped at the start of a sentence ("WASHINGTON —", "NEW YORK
  (AP) —"): where the report was filed, not what it says;
- **house style**: abbreviations of months and titles ("Sept." / "September", "Gen." /
  "General", "Sen." / "Senator", "Dr." / "Doctor"), an honorific dropped ("Mr. Trump" /
  "Trump"; never one for another, "Mr." / "Mrs." names someone else, and never "Dr.", a
  fact of its own), and "and" or an article with them ("F.B.I. Nothing" / "FBI, and
  nothing");
- **a function word for another of the same meaning**, one or two words a side, word by
  word ("to" / "for", ", it" / "they", "who" / "that", "is" / "are"), articles aside. Never
  a change of direction ("from" / "to"), person ("we" / "they", "them" / "us"), tense
  ("is" / "was") or "and" / "or"; never a negation, modal, quantifier, a preposition of
  time or opposition ("before", "against", "without"), a gendered pronoun ("he" / "she"
  names someone else), nor a word in capitals ("US" is the country, not "us").

On the Flynn plea triplet of BASIL (4 Dec 2017) these were 4 of the 22 wording marks shown;
on the BASIL triplets, 11 of 932 wording marks (6 function words, 3 datelines, 2 house style),
counted before function words had to be pairs of the same meaning. With them, of 919
wording marks on the BASIL triplets 5 function words went to 2 ("for" / "to", ", it" /
"they"), then 3 with "in to" / "into" read alike; "on" / "in" and "was" / "of" are marked.
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
    "dr": "doctor",
}
_HONORIFICS = frozenset({"mr", "mrs", "ms"})
_LINKS = frozenset({"a", "an", "the", "and"})
_UNREAD = _HONORIFICS | _LINKS  # one set, made once: the union cost a set a word
_ARTICLES = frozenset({"a", "an", "the"})
# Pairs of function words that say the same, one swapped for the other; any other pair
# (direction, person, tense, "and" / "or") changes a fact.
_SAME_MEANING = frozenset(frozenset(pair) for pair in (
    ("it", "they"), ("it", "them"), ("its", "their"), ("this", "that"), ("these", "those"),
    ("who", "that"), ("which", "that"), ("who", "whom"), ("to", "for"), ("of", "about"),
    ("on", "about"), ("in", "into"), ("on", "onto"), ("in", "at"), ("is", "are"),
    ("was", "were"), ("be", "been"),
))
FUNCTION_WORDS = frozenset(word for pair in _SAME_MEANING for word in pair) | _ARTICLES
# fmt: on
MAX_FUNCTION_WORDS = 2
_DASHES = frozenset({"—", "―", "–", "-"})
# A place in capitals, maybe a state or agency after it: "WASHINGTON", "NEW YORK (AP)",
# "BEIRUT, Lebanon"
# "WASHINGTON, D.C."; never a run of capitalised words ("NATO Secretary General Jens
# Stoltenberg —" opens a sentence with its subject)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?: \(\w+\))?"
)


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
    titles = _honorifics(mine), _honorifics(theirs)
    if titles[0] != titles[1] and titles[0] and titles[1]:
        return False
    # Tokenising costs most: the other side is read only when this one has keys at all.
    keys = _house_keys(mine)
    return bool(keys) and keys == _house_keys(theirs)


def function_word_swap(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether both sides are one or two function words (punctuation aside), each the same
    word or one of the same meaning as the other side's, articles aside."""
    sides = [_function_words(side) for side in (mine, theirs)]
    if not all(0 < len(side) <= MAX_FUNCTION_WORDS for side in sides):
        return False
    if not all(set(side) <= FUNCTION_WORDS for side in sides):
        return False
    kept = [[w for w in side if w not in _ARTICLES] for side in sides]
    if "".join(kept[0]) == "".join(kept[1]):
        return True  # "in to" / "into"
    return len(kept[0]) == len(kept[1]) and all(
        a == b or frozenset((a, b)) in _SAME_MEANING for a, b in zip(*kept, strict=True)
    )


def _function_words(side: Sequence[str]) -> list[str]:
    """The words of a side (punctuation aside) as :func:`_lower_function` reads them; only
    the first ``MAX_FUNCTION_WORDS + 1`` of them: a longer side is no swap, and most
    changes are whole clauses."""
    words: list[str] = []
    for w in side:
        if _word(w):
            words.append(_lower_function(w))
            if len(words) > MAX_FUNCTION_WORDS:
                break
    return words


def _lower_function(word: str) -> str:
    """The word lower-cased, unless it is in capitals: "US" is the country, not "us"."""
    return word if len(word) > 1 and word.isupper() else word.lower()


def _honorifics(words: Sequence[str]) -> list[str]:
    # Every honorific opens with an "m": the other words are not lowered at all.
    return [p for w in words if w[:1] in "mM" and (p := w.lower().rstrip(".")) in _HONORIFICS]


def _house_keys(words: Sequence[str]) -> list[str]:
    plain = [w.lower().rstrip(".") for w in words]
    spelt = [_ABBREVIATIONS.get(p, w) for w, p in zip(words, plain, strict=True)]
    kept = [w for w, p in zip(spelt, plain, strict=True) if p not in _UNREAD]
    return [t.key for t in tokenise(" ".join(kept)) if t.key]


def _word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)
