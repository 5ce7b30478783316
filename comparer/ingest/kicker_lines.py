"""Labels a pasted or Word text opens with before its headline: kickers and highlights.

A copy from a browser or a wire system often starts with a section label or a kicker over
the headline ("POLITICS", "Analysis", "U.S. | WORLD", "IMMIGRATION FIGHT"), which was taken
as the headline, and CNN's copies carry a "STORY HIGHLIGHTS" list of short lines before the
report. Both are furniture, taken out with their reason so they can be shown and put back.
A kicker is a short line (three words at most, four with a separator or kicker words) with
no sentence's end, in capitals, of kicker words, or one capitalised word, over a longer line
that reads as a headline; a name ("John Smith") is no kicker, nor a short headline in small
letters over its standfirst ("Mattis Resigns"), nor a headline in capitals over a
standfirst, a long line in sentence case ("TRUMP FIRES COMEY" / "The president dismissed
the FBI director in a surprise move on Tuesday"): several words in capitals are a kicker
only with a separator or kicker words, or over a line that is no standfirst. Highlights
are the label at the very top (no sentence of the report before it) and the short lines
after it, up to five, until a line opening with a dateline or a long sentence.
"""

from __future__ import annotations

import re

from comparer.ingest.kickers import kicker_line, plausible_person

_KICKER_WORDS = 3
_SEPARATED_WORDS = 4
_KICKER_CHARS = 40
_SEPARATOR = re.compile(r"\s[|/>•·]\s")
_HEADLINE_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", "।", "。", "؟", "…")
_HIGHLIGHTS = re.compile(r"(?:story |key )?(?:highlights|key points|takeaways)\s*:?", re.I)
_HIGHLIGHT_ITEMS = 5
_HIGHLIGHT_WORDS = 25
_LONG_SENTENCE = 15
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’]*(?:,? [A-Z][\w.'’]*){0,3} (?:\([A-Z][\w ]{1,20}\) )?"
    r"|\([A-Z][\w ]{1,20}\) )[-–—] "
)
"""A line opening with a place and a dash, or an agency ("Houston —", "(CNN) —"): the report;
never a bare bullet ("- Four people were killed")."""
_STANDFIRST_WORDS = 10
_STANDFIRST_SMALL_SHARE = 0.6


def kicker_over(line: str, headline: str) -> bool:
    """Whether ``line`` is a kicker standing over ``headline`` (a line the caller found
    headline-like)."""
    words = line.split()
    if not words or len(line) > _KICKER_CHARS or line.rstrip().endswith((".", ",", ";", "!", "?")):
        return False
    separated = bool(_SEPARATOR.search(line)) or kicker_line(line)
    if len(words) > (_SEPARATED_WORDS if separated else _KICKER_WORDS):
        return False
    if len(headline.split()) < max(_HEADLINE_WORDS, len(words) + 2):
        return False
    if headline.rstrip("\"”’' ").endswith(_SENTENCE_ENDS):
        return False  # a sentence in any script ("… ঘটনা জানায়।") is no headline under it
    if not any(char.isdigit() for char in line) and plausible_person(line, strict=True):
        return False
    if separated or (len(words) == 1 and line[:1].isupper()):
        return True
    return line.isupper() and not _standfirst(headline)


def _standfirst(line: str) -> bool:
    """Whether ``line`` reads as a standfirst: long, its words after the first mostly in
    small letters."""
    words = line.split()[1:]
    small = sum(word[:1].islower() for word in words)
    return len(words) + 1 >= _STANDFIRST_WORDS and small >= _STANDFIRST_SMALL_SHARE * len(words)


def at_the_top(lines: list[str]) -> bool:
    """Whether no line of ``lines`` (those over a highlights label) is a sentence of the
    report: a label further down is a subheading."""
    return not any(line.rstrip("\"”’' ").endswith(_SENTENCE_ENDS) for line in lines)


def highlights_label(line: str) -> bool:
    """Whether ``line`` labels a list of highlights ("STORY HIGHLIGHTS", "Key points:")."""
    return bool(_HIGHLIGHTS.fullmatch(line.strip()))


def highlight_items(lines: list[str]) -> int:
    """How many of ``lines`` (those after a highlights label) are its items: short lines,
    at most five, ending before a dateline or a long sentence (the report's first)."""
    count = 0
    for line in lines[:_HIGHLIGHT_ITEMS]:
        words = len(line.split())
        if words > _HIGHLIGHT_WORDS or _DATELINE.match(line):
            break
        if words > _LONG_SENTENCE and line.rstrip().endswith("."):
            break
        count += 1
    return count if count < len(lines) else 0
