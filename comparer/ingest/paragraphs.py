"""Cut extracted text into paragraphs, rejoining lines that were only wrapped.

Most inputs carry one paragraph a line. PDFs, and plain text saved from mail or old
systems, wrap lines at a fixed width; those lines are rejoined so a sentence is never cut
by a line end. A wrapped line is recognised by its length: it reaches (nearly) the width of
its block, while a paragraph's last line usually stops short or ends a sentence. A word cut
by a hyphen at a line end is joined ("govern-" / "ment"), but a compound broken at its own
hyphen keeps it ("active-" / "duty" → "active-duty"), in capitals too ("GOVERN-" / "MENT"
→ "GOVERNMENT", "US-" / "LED" → "US-LED"). A word the layout engine hyphenated
(U+2010, "dins‐" / "dag") is joined whatever its language.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from comparer import wordnet
from comparer.one_line import tidy

_ENDS_SENTENCE = (".", "!", "?", ":", '"', "”", "’", ")", "…", "؟", "。")
_FULL_LINE = 0.8
_WRAP_MIN_LINES = 5
_LAYOUT_HYPHEN = "\u2010"
"""The hyphen a layout engine draws where it broke a word (Chromium, at a soft hyphen or by
CSS ``hyphens: auto``); a typed hyphen is U+002D."""
_DASHES = ("—", "–")
_LINE_END = re.compile(r"\r\n|[\r\n]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NARROW = frozenset(" .,;:'’!|ilIjtfr()-")
_WIDE_EXTRA = 0.4
_NARROW_SAVING = 0.4


def split_paragraphs(
    text: str, wrapped: bool = False, aside: frozenset[tuple[str, int]] = frozenset()
) -> tuple[list[str], frozenset[int]]:
    """The non-empty paragraphs of ``text``, whitespace tidied, wrapped lines rejoined, and
    the indexes of those set aside.

    A line in ``aside`` as ``(line, n)``, the n-th time (from 0) it stands in ``text`` (a
    page's running header), is its own paragraph, placed after the paragraph it
    interrupted, which is rejoined across it.
    """
    blocks = _blocks(text, aside)
    if wrapped or _looks_wrapped([[line for line, _ in block] for block in blocks]):
        pieces = [p for block in blocks for p in _reflow(block)]
    else:
        pieces = [line for block in blocks for line in block]
    return [p for p, _ in pieces], frozenset(i for i, (_, held) in enumerate(pieces) if held)


def _blocks(text: str, aside: frozenset[tuple[str, int]]) -> list[list[tuple[str, bool]]]:
    """Groups of consecutive non-empty lines (a blank line separates groups), each line
    with whether it is set aside."""
    blocks: list[list[tuple[str, bool]]] = [[]]
    seen: Counter[str] = Counter()
    for raw in _LINE_END.split(text):
        line = tidy(raw)
        if line:
            blocks[-1].append((line, (line, seen[line]) in aside))
            seen[line] += 1
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _looks_wrapped(blocks: list[list[str]]) -> bool:
    inner = [len(line) for block in blocks for line in block[:-1]]
    if len(inner) < _WRAP_MIN_LINES:
        return False
    longest = max(len(line) for block in blocks for line in block)
    return longest <= 100 and median(inner) >= 0.6 * longest


def _reflow(block: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    text = [line for line, held in block if not held]
    width = max((_printed_length(line) for line in text), default=0.0)
    after = [*text[1:], ""]  # the text line after each text line
    paragraphs: list[tuple[str, bool]] = []
    held: list[tuple[str, bool]] = []
    current = ""
    position = 0
    for line, aside in block:
        if aside:
            held.append((line, True))
            continue
        current = join_wrapped(current, line) if current else line
        if _printed_length(line) < _FULL_LINE * width and _ends_paragraph(line, after[position]):
            paragraphs += [(current, False), *held]
            current, held = "", []
        position += 1
    return [*paragraphs, *([(current, False)] if current else []), *held]


def _printed_length(line: str) -> float:
    """How long ``line`` is as printed in a proportional font, in lower-case letters: a
    dateline in capitals ("WASHINGTON - Defense Secretary Jim") fills a PDF's column with
    fewer characters than a line of prose, and was taken for a paragraph's last line."""
    wide = sum(1 for c in line if c.isupper() or c.isdigit() or c in "mwMW")
    narrow = sum(1 for c in line if c in _NARROW)
    return len(line) + _WIDE_EXTRA * wide - _NARROW_SAVING * narrow


def _ends_paragraph(line: str, after: str) -> bool:
    """A short line ends its paragraph if it ends a sentence or the next line starts one."""
    return line.endswith(_ENDS_SENTENCE) or not after[:1].islower()


def join_wrapped(left: str, right: str) -> str:
    """Two lines a layout wrapped, as one: a hyphen the layout added goes, a real one stays,
    and a dash the layout broke at keeps its words close ("interest" / "—lawfully",
    "soldiers -" / "- has", "43-" / "year-old", "US-" / "led", "al-" / "Zawr")."""
    if left.endswith("-") and _capitals_cut(left, right):
        return left[:-1] + right  # "the GOVERN-" / "MENT said": a word in capitals cut
    if _dash_break(left, right):
        return left + right
    if left.endswith(_LAYOUT_HYPHEN) and left[-2:-1].isalpha() and right[:1].islower():
        return left[:-1] + right  # a word the layout hyphenated, in whatever language
    if left.endswith("-") and left[-2:-1].islower() and right[:1].islower():
        return left[:-1] + right if _hyphenated(left, right) else left + right
    return f"{left} {right}"


def _dash_break(left: str, right: str) -> bool:
    """Whether the line break stands at a dash written without a space on that side."""
    if right[:1] in _DASHES and right[1:2].isalnum():
        return True
    if left[-1:] in _DASHES and left[-2:-1].isalnum():
        return True
    if left.endswith("-") and left[-2:-1].isdigit() and right[:1].isalpha():
        return True  # "43-" / "year-old": a number's compound keeps its hyphen
    if left.endswith("-") and left[-2:-1].isalpha() and right[:1].isalpha():
        # "US-" / "led", "al-" / "Zawr", "anti-" / "American": a capital on either side is
        # a compound's, never a word cut
        return left[-2:-1].isupper() or right[:1].isupper()
    return left.endswith("-") and right.startswith("-")


def _capitals_cut(left: str, right: str) -> bool:
    """Whether a hyphen at a line end cut a word written in capitals ("GOVERN-" / "MENT"):
    both sides in capitals, the two run together a word and not both halves words ("US-" /
    "LED", "ANTI-" / "AMERICAN" keep their hyphen)."""
    head = _LETTERS.findall(left[:-1])
    tail = _LETTERS.match(right)
    if not head or tail is None or not left[-2:-1].isalpha():
        return False
    first, second = head[-1], tail.group(0)
    if len(first) < 2 or len(second) < 2 or not (first.isupper() and second.isupper()):
        return False
    first, second = first.lower(), second.lower()
    return bool(wordnet.lemmas(first + second)) and not (
        wordnet.lemmas(first) and wordnet.lemmas(second)
    )


def _hyphenated(left: str, right: str) -> bool:
    """Whether a line end's hyphen only cut a word ("govern-" / "ment"), rather than standing
    in a compound that broke there ("active-" / "duty", "well-" / "known"): a compound's two
    halves are words while the two run together are none."""
    head = _LETTERS.findall(left[:-1])
    tail = _LETTERS.match(right)
    if not head or tail is None:
        return True
    first, second = head[-1].lower(), tail.group(0).lower()
    if wordnet.lemmas(first + second):
        return True
    return not (wordnet.lemmas(first) and wordnet.lemmas(second))
