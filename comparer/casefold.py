"""Lower-casing that reads ASCII letters as a case-insensitive regular expression does.

The analysers skip most sentences with a cheap check before a costly case-insensitive
search: the stems every match needs, looked for in the lower-cased sentence. That is exact
when lower-casing folds case as ``re.IGNORECASE`` does. Beyond ASCII it does so for every
character but four: IGNORECASE also reads "ſ" as an "s", the dotless "ı" and the dotted "İ"
as an "i" (which alone lower-cases to two characters) and the Kelvin sign as a "k". A
sentence with curly quotes or dashes, a third of news sentences, is thus checked cheaply too.
"""

from __future__ import annotations

import re

from comparer.sentence_memo import sentence_memo

# Every character beyond ASCII that IGNORECASE matches to an ASCII letter (tested).
_FOLDED_ONTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str | None:
    """``text.lower()``, in which a search for lower-case ASCII letters finds at the same
    offsets what a case-insensitive search of ``text`` finds; None when ``text`` holds one
    of the four characters IGNORECASE folds otherwise (then search ``text`` itself)."""
    if text.isascii():
        return text.lower()
    return _lowered_beyond_ascii(text)


# What IGNORECASE reads each of the four as; lower() gives "i̇" for "İ", two characters.
_ONTO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded_key(phrase: str) -> str:
    """A phrase a case-insensitive pattern matched, as the lower-case key of the table its
    alternatives came from: "AN ESTİMATED" -> "an estimated", "at leaſt" -> "at least",
    each run of white space one space."""
    return " ".join(phrase.translate(_ONTO_ASCII).lower().split())


# Six checks of the numbers, framing and omission steps lower each sentence: one beyond
# ASCII, whose search for the four characters costs ten times the lowering, is read once.
@sentence_memo(base=4096)
def _lowered_beyond_ascii(text: str) -> str | None:
    return None if _FOLDED_ONTO_ASCII.search(text) else text.lower()
