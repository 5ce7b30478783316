"""Guess an article's language cheaply: by script for non-Latin text, by stopwords otherwise.

Comparer only needs the language to pick sentence rules and to warn when articles in
different languages are compared, so a few hundred stopwords and Unicode ranges do; no
model is loaded. The answer is an ISO 639-1 code, or "" when the guess is too weak.
"""

from __future__ import annotations

import re
from collections import Counter

_SAMPLE = 3000
_MIN_LETTERS = 20
_MIN_STOPWORD_RATIO = 0.08
_MIN_DISTINCT = 3
"""Different stopwords needed: one-letter words ("a", "e") alone prove nothing."""

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ar", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("ru", "\u0400-\u04ff"),
    ("el", "\u0370-\u03ff"),
    ("he", "\u0590-\u05ff"),
    ("ja", "\u3040-\u30ff"),
    ("ko", "\uac00-\ud7af"),
    ("zh", "\u4e00-\u9fff"),
    ("hi", "\u0900-\u097f"),
)
_SCRIPT_PATTERNS = tuple((code, re.compile(f"[{chars}]")) for code, chars in _SCRIPTS)
# Letters that tell a language apart from the one its script usually means.
_REFINE = {"ar": ("fa", "پچژگ"), "ru": ("uk", "іїєґ")}

_STOPWORDS = {
    "en": "the of and to in a is that for on was with as by he it said at from his were are be has have which an not this they their but its",  # noqa: E501
    "fr": "le la les de des du et un une est en que qui dans pour sur au aux par pas il elle ne se sont a été avec ce plus à où était ont ses son sa leur mais comme nous vous",  # noqa: E501
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem sie es auch als an wurde werden bei",  # noqa: E501
    "es": "el la los las de del y que en un una es por con para se no al lo como su más pero sus fue han",  # noqa: E501
    "it": "il lo la i gli le di del della e che è un una per con non si da al sono alla nel ha come anche",  # noqa: E501
    "pt": "o a os as de do da dos das e que em um uma é para com não se por no na mais foi ao",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er die ook als door werd",
    "tr": "ve bir bu da de için ile olarak çok daha gibi ama en olan ne kadar sonra",
}
_STOPSETS = {code: frozenset(words.split()) for code, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is most likely in, or ""."""
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    letters = sum(len(word) for word in words)
    if letters < _MIN_LETTERS:
        return ""
    if not sample.isascii() and len(_NON_LATIN.findall(sample)) > letters / 2:
        return _by_script(sample, letters) or ""
    return _by_stopwords(words)


def _by_script(sample: str, letters: int) -> str | None:
    for code, pattern in _SCRIPT_PATTERNS:
        if len(pattern.findall(sample)) > letters / 2:
            alternative, marks = _REFINE.get(code, ("", ""))
            if marks and any(mark in sample for mark in marks):
                return alternative
            return code
    return None


def _by_stopwords(words: list[str]) -> str:
    counts = Counter(word.lower() for word in words)
    scores = {code: sum(counts[w] for w in stops) for code, stops in _STOPSETS.items()}
    best = max(scores, key=scores.__getitem__)
    distinct = len(_STOPSETS[best].intersection(counts))
    if scores[best] / len(words) < _MIN_STOPWORD_RATIO or distinct < _MIN_DISTINCT:
        return ""
    return best
