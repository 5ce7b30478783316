"""BASIL: framing findings against lexical-bias spans, omissions against informational ones.

Each triplet (one event told by Fox News, the New York Times and HuffPost) is aligned by the
engine and analysed as one event (the gold says it is). A gold span counts as found when a
finding of the right kind in the same article shares at least one word with it:
``lex_recall`` (``lex`` spans found by framing findings), ``lex_precision`` (framing
findings of word choice that share a word with some ``lex`` span) and ``inf_recall``
(``inf`` spans — content one outlet includes — found by omission findings).
``framing_per_article`` and ``omitted_share`` (share of sentences flagged as omissions) show
how much is flagged, to read the recalls against: ``inf_recall`` means little unless it
beats ``omitted_share``; ``omissions_per_article`` counts omission findings (a quotation
told over several sentences is one finding, its sentences all flagged). The framing figures
count what the window highlights by default (findings not marked ``minor``: one per span);
the ``_all`` ones count minor findings too (what the "show minor findings" switch adds).
BASIL's annotators also marked words inside quoted speech, which Comparer never charges to
the outlet (they are the speaker's): ``lex_in_quotes`` is the share of ``lex`` spans lying
in quoted speech, and ``lex_recall_unquoted`` the recall over the other spans, the outlet's
own voice. Precision, recall and spans per article are also given for each half of the
triplets (``_even``, ``_odd``: sorted by folder name, alternate ones), to show a rule holds
on triplets it was not tuned on. ``shown_<kind>`` and ``precision_<kind>`` break the shown
findings down by kind (``loaded``, ``opinion``, ``scare_quote``...).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from comparer.analysis import analyse, framing_markers
from comparer.analysis.quotes import long_quotes, quote_spans
from comparer.compare import compare
from comparer.model import Article, Difference, Event, Kind, Metadata, Sentence

NAME = "basil"
# Word-choice findings; attribution and own-voice findings are about sources, not wording.
LEXICAL = frozenset(
    {
        "label_swap",
        "loaded",
        "emotive",
        "opinion",
        "manner",
        "distancing",
        "scare_quote",
        "hedge",
        "booster",
        "word_choice",
    }
)
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
Span = tuple[int, int]


def folder(corpus_dir: Path) -> Path | None:
    """The BASIL folder, given the corpora root or the folder itself."""
    for candidate in (corpus_dir / NAME, corpus_dir):
        if candidate.is_dir() and any(candidate.glob("*/1.ann.json")):
            return candidate
    return None


def article(ident: int, sentences: Sequence[str], outlet: str) -> Article:
    """An article whose sentence K is exactly the gold's sentence K (offsets kept as is)."""
    parts, pos = [], 0
    for index, text in enumerate(sentences):
        parts.append(Sentence(index, pos, pos + len(text), text))
        pos += len(text) + 1
    body = " ".join(sentences)
    meta = Metadata(title=outlet, outlet=outlet)
    return Article(
        ident, f"basil:{ident}", "text/plain", "", meta, body, (), (), tuple(parts), _EPOCH
    )


def gold_spans(ann: dict[str, Any], sentences: tuple[Sentence, ...], bias: str) -> list[Span]:
    """Article offsets of the gold spans of one kind (``lex`` or ``inf``)."""
    spans = []
    for item in ann.get("phrase-level-annotations", []):
        ident = str(item.get("id", ""))
        if item.get("bias") != bias or not ident[1:].isdigit():
            continue
        index = int(ident[1:])
        if index < len(sentences):
            base = sentences[index].start
            spans.append((base + int(item["start"]), base + int(item["end"])))
    return spans


def shares_word(text: str, a: Span, b: Span) -> bool:
    """True when two spans of ``text`` overlap on at least one letter or digit."""
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return start < end and any(ch.isalnum() for ch in text[start:end])


def analyse_triplet(path: Path) -> list[tuple[Article, dict[str, Any], list[Difference]]]:
    """Each article of a triplet with its annotations and its findings."""
    sources, notes = [], []
    for i, file in enumerate(sorted(path.glob("[0-9].json"))):
        data = json.loads(file.read_text("utf-8"))
        sentences = [s for paragraph in data.get("body-paragraphs", []) for s in paragraph]
        sources.append(article(i, sentences, str(data.get("source", i))))
        ann = file.with_name(file.stem + ".ann.json")
        notes.append(json.loads(ann.read_text("utf-8")) if ann.is_file() else {})
    aligned = compare(sources, analysers=())
    event = Event(path.name, tuple(c.key for c in aligned.articles), None, ())
    result = analyse(aligned.articles, aligned.groups, (event,))
    return [
        (c.article, note, [d for d in result.differences if d.article == c.key])
        for c, note in zip(aligned.articles, notes, strict=True)
    ]


def run(corpus_dir: Path) -> dict[str, float]:
    """The BASIL framing and omission metrics; an empty dict when the corpus is missing."""
    base = folder(corpus_dir)
    if base is None:
        return {}
    names = (
        "lex",
        "lex_found",
        "lex_quoted",
        "lex_quoted_found",
        "inf",
        "inf_found",
        "framing",
        "framing_hit",
        "all",
        "all_hit",
        "all_found",
        "omissions",
        "omission_findings",
        "sentences",
    )
    halves = [dict.fromkeys(names, 0), dict.fromkeys(names, 0)]
    articles = [0, 0]
    for n, path in enumerate(sorted(p for p in base.iterdir() if p.is_dir())):
        for art, note, findings in analyse_triplet(path):
            articles[n % 2] += 1
            _score(art, note, findings, halves[n % 2])
    counts = {
        name: halves[0].get(name, 0) + halves[1].get(name, 0) for name in {*halves[0], *halves[1]}
    }
    figures = _figures(counts, sum(articles))
    figures.update(_by_kind(counts))
    for half, label in ((0, "even"), (1, "odd")):
        split = _figures(halves[half], articles[half])
        figures.update({f"{m}_{label}": split[m] for m in SPLIT})
    return figures


# Reported for each half of the triplets (even and odd positions): a rule that holds on
# both halves was not fitted to one.
SPLIT = (
    "lex_precision",
    "lex_recall",
    "framing_per_article",
    "omitted_share",
    "omissions_per_article",
)


def _figures(counts: dict[str, int], articles: int) -> dict[str, float]:
    return {
        "lex_precision": _ratio(counts["framing_hit"], counts["framing"]),
        "lex_recall": _ratio(counts["lex_found"], counts["lex"]),
        "lex_in_quotes": _ratio(counts["lex_quoted"], counts["lex"]),
        "lex_recall_unquoted": _ratio(
            counts["lex_found"] - counts["lex_quoted_found"], counts["lex"] - counts["lex_quoted"]
        ),
        "inf_recall": _ratio(counts["inf_found"], counts["inf"]),
        "framing_per_article": _ratio(counts["framing"], articles),
        "lex_precision_all": _ratio(counts["all_hit"], counts["all"]),
        "lex_recall_all": _ratio(counts["all_found"], counts["lex"]),
        "framing_all_per_article": _ratio(counts["all"], articles),
        "omitted_share": _ratio(counts["omissions"], counts["sentences"]),
        "omissions_per_article": _ratio(counts["omission_findings"], articles),
    }


def _by_kind(counts: dict[str, int]) -> dict[str, float]:
    """Shown findings and their precision per kind (``shown_loaded``, ``precision_loaded``),
    for each kind shown at least once, to see which kinds a rule made more precise."""
    figures: dict[str, float] = {}
    for kind in sorted(LEXICAL):
        shown = counts.get(f"shown_{kind}", 0)
        if shown:
            figures[f"shown_{kind}"] = float(shown)
            figures[f"precision_{kind}"] = _ratio(counts.get(f"hit_{kind}", 0), shown)
    return figures


def _score(
    art: Article, note: dict[str, Any], found: list[Difference], counts: dict[str, int]
) -> None:
    text = art.text
    lexical = [d for d in found if d.kind is Kind.FRAMING and d.type in LEXICAL]
    lex = gold_spans(note, art.sentences, "lex")
    for d in lexical:
        if not d.minor:
            hit = any(shares_word(text, g, (d.start, d.end)) for g in lex)
            counts[f"shown_{d.type}"] = counts.get(f"shown_{d.type}", 0) + 1
            counts[f"hit_{d.type}"] = counts.get(f"hit_{d.type}", 0) + hit
    framing = [(d.start, d.end) for d in lexical if not d.minor]
    every = [(d.start, d.end) for d in lexical]
    omissions = [(d.start, d.end) for d in found if d.kind is Kind.OMISSION]
    inf = gold_spans(note, art.sentences, "inf")
    counts["lex"] += len(lex)
    counts["lex_found"] += sum(any(shares_word(text, g, f) for f in framing) for g in lex)
    quoted = [g for g in lex if _in_speech(art, g)]
    counts["lex_quoted"] += len(quoted)
    counts["lex_quoted_found"] += sum(any(shares_word(text, g, f) for f in framing) for g in quoted)
    counts["inf"] += len(inf)
    counts["inf_found"] += sum(any(shares_word(text, g, f) for f in omissions) for g in inf)
    # Sentences flagged, not findings: one quotation over several sentences is one finding
    flagged = (any(s.start < b and a < s.end for a, b in omissions) for s in art.sentences)
    counts["omissions"] += sum(flagged)
    counts["omission_findings"] += len(omissions)
    counts["sentences"] += len(art.sentences)
    counts["framing"] += len(framing)
    counts["framing_hit"] += sum(any(shares_word(text, g, f) for g in lex) for f in framing)
    counts["all"] += len(every)
    counts["all_hit"] += sum(any(shares_word(text, g, f) for g in lex) for f in every)
    counts["all_found"] += sum(any(shares_word(text, g, f) for f in every) for g in lex)


def _in_speech(art: Article, span: Span) -> bool:
    """True when a gold span lies inside quoted speech (in one sentence or over several)."""
    starts = [s.start for s in art.sentences]
    if any(a <= span[0] and span[1] <= b for a, b in long_quotes(art.text, starts)):
        return True
    for s in art.sentences:
        if s.start <= span[0] < s.end:
            said = any(m.type == "attribution" for m in framing_markers(s.text))
            inside = [q for q in quote_spans(s.text, said) if q.speech]
            return any(s.start + q.start <= span[0] and span[1] <= s.start + q.end for q in inside)
    return False


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


# These figures belong to the BASIL section of eval.json, beside the alignment ones.
SECTION = "basil"


def evaluate(root: Path) -> dict[str, float] | None:
    """The harness's entry: ``None`` (skip) when the corpus is missing."""
    return run(root) or None
