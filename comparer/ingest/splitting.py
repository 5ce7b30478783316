"""Split article text into sentences, with character offsets into the text.

Paragraphs (lines) are split first, so headlines and datelines without a final full stop
are sentences of their own. Inside a paragraph a fast rule pass decides each candidate
boundary (terminal punctuation, closing quotes, a space, then no lowercase letter) from
the word before it: titles ("Dr.") and initials ("J. R. Smith") never end a sentence, month
and number abbreviations do not before a digit ("Dec. 16"), dotted abbreviations ("U.S.",
"U.N.") only before a typical sentence opener. Paragraphs where the rules cannot tell
("Inc.", "Jr.", "St." before a capitalised word) are handed to pysbd, which is slower but
knows more; that keeps import fast without losing its accuracy on the hard cases.
"""

from __future__ import annotations

import re
from functools import cache

import pysbd

from comparer.model import Sentence

# The lookbehind starts a match only at the first mark of a run, so a run of dots with no
# space after it is scanned once rather than once per dot (quadratic on "......").
_CANDIDATE = re.compile(r"(?<![.!?…؟])[.!?…؟]+[\"”’'»)\]]*(?=\s)")
_PARAGRAPH = re.compile(r"[^\n]+")
_NEXT_WORD = re.compile(r"\s*[\"“‘'(\[«]*([^\s\"“”‘’'()\[\]«»]*)")
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'’. -]{2,40}, [A-Z][\w ]{1,30}\.")
_PHOTO_CREDIT = re.compile(r"\s*\([^()]{1,60}\)\.?")
_LONGEST_WORD = 100
PYSBD_LONGEST = 10_000
PYSBD_TOTAL = 100_000
_OPEN_QUOTES = "\"“‘'([«"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr brig sen sens rep reps gov "
    "govs hon amb rev messrs mme mlle supt insp det fr pres atty gens"
)
_BEFORE_NUMBER = _words(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos nr vol vols p pp art arts fig "
    "figs ch sec para tel ext"
)
_NEVER_LAST = _words("e.g i.e cf viz ca")
_AMBIGUOUS = _words(
    "jr sr inc corp co ltd llc plc bros etc al st ave blvd rd approx dept est vs v mt ft "
    "univ assn gov't"
)
_STARTERS = _words(
    "the a an it he she they we i in on at but and this that these those there his her their "
    "its our after as for however meanwhile earlier later last according when while if some "
    "many most also so yet one two three four five officials police president mr mrs ms dr "
    "both all no what why how who where since during before under over by with from to "
    "then now here such each other another"
)


def segment(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order, each with its offsets and text."""
    sentences: list[Sentence] = []
    budget = _PysbdBudget()
    for paragraph in _PARAGRAPH.finditer(text):
        for start, end in split_paragraph(paragraph.group(), budget):
            begin = paragraph.start() + start
            sentences.append(
                Sentence(
                    len(sentences),
                    begin,
                    paragraph.start() + end,
                    text[begin : paragraph.start() + end],
                )
            )
    return tuple(sentences)


class _PysbdBudget:
    """How much more text pysbd may see for one text.

    pysbd is quadratic in a paragraph's length (37,000 characters take 1.5 s), so it gets
    no paragraph longer than ``PYSBD_LONGEST`` and at most ``PYSBD_TOTAL`` characters in
    all; past that the rules decide alone, keeping a hard case inside one sentence. A huge
    text is then split in seconds, and a news article never reaches the limits.
    """

    def __init__(self, total: int = PYSBD_TOTAL) -> None:
        self.left = total

    def take(self, paragraph: str) -> bool:
        if len(paragraph) > min(PYSBD_LONGEST, self.left):
            return False
        self.left -= len(paragraph)
        return True


def split_paragraph(paragraph: str, budget: _PysbdBudget | None = None) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the sentences of one paragraph, whitespace trimmed."""
    cuts: list[int] = []
    for candidate in _CANDIDATE.finditer(paragraph):
        verdict = _is_boundary(paragraph, candidate)
        if verdict is None and (budget or _PysbdBudget()).take(paragraph):
            return _pysbd_spans(paragraph)
        if verdict:
            cuts.append(candidate.end())
    return _spans(paragraph, cuts)


def _spans(paragraph: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in zip([0, *cuts], [*cuts, len(paragraph)], strict=True):
        piece = paragraph[start:end]
        stripped = piece.strip()
        if stripped:
            begin = start + len(piece) - len(piece.lstrip())
            spans.append((begin, begin + len(stripped)))
    return spans


def _is_boundary(paragraph: str, candidate: re.Match[str]) -> bool | None:
    """True: a sentence ends here; False: it does not; None: the rules cannot tell."""
    # Matched in place: slicing off the rest of the paragraph at every candidate made a
    # long paragraph quadratic (a 5-million-character text took minutes).
    end = candidate.end()
    word = _NEXT_WORD.match(paragraph, end)
    if word is None or (word.end() == len(paragraph) and not word.group().strip()):
        return True
    next_word = word.group(1)
    if not next_word or next_word[0].islower() or not next_word[0].isalnum():
        return False
    if _PHOTO_CREDIT.fullmatch(paragraph, end) or _in_dateline(paragraph, candidate):
        return False
    if candidate.group().rstrip("\"”’'»)]") != ".":
        return True
    return _after_period(paragraph, candidate.start(), next_word)


def _after_period(paragraph: str, dot: int, next_word: str) -> bool | None:
    # The word before is searched for a bounded way back, so text without spaces stays linear.
    space = paragraph.rfind(" ", max(0, dot - _LONGEST_WORD), dot)
    previous = paragraph[max(space + 1, dot - _LONGEST_WORD) : dot].lstrip(_OPEN_QUOTES)
    low = previous.lower().rpartition("-")[2]  # "then-Rep." is still "Rep."
    starter = next_word.lower() in _STARTERS
    if not previous or low in _TITLES or low in _NEVER_LAST:
        return not previous
    if low in _BEFORE_NUMBER:
        return not next_word[0].isdigit()
    if "." in low or (len(previous) == 1 and previous.isupper()):
        return starter
    if low in _AMBIGUOUS:
        return True if starter else None
    return True


def _in_dateline(paragraph: str, candidate: re.Match[str]) -> bool:
    return candidate.start() < 60 and bool(_DATELINE_HEAD.fullmatch(paragraph[: candidate.end()]))


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _pysbd_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(paragraph):
        stripped = piece.strip()
        found = paragraph.find(stripped, cursor) if stripped else -1
        if found < 0:
            continue
        spans.append((found, found + len(stripped)))
        cursor = found + len(stripped)
    return _cover(paragraph, spans)


def _cover(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """pysbd may drop characters; rebuild spans that tile the paragraph from its ends."""
    if not spans:
        return _spans(paragraph, [])
    return _spans(paragraph, [end for _, end in spans[:-1]])
