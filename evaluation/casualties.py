"""FA-KES casualty reports: does the engine read the death toll, and flag conflicting tolls?

For each article the engine's killed figure is the first precise "killed" count it extracts
(title first, then text; else the first vague one; no figure means 0). ``exact`` is the
share of articles where that figure's value equals the gold ``killed``; ``within_interval``
the share where the gold count lies in the figure's interval ("at least 70" holds 75). For
gold groups of two or more reports (same date and place), the reports are analysed as one
event and "conflict flagged" (a conflicting killed row) is scored against "gold counts
differ": ``conflict_precision``, ``conflict_recall``, and ``false_conflict_share`` (flagged
groups among those whose gold counts agree; the Gun Violence Corpus has only such groups).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from comparer.analysis import analyse, extract_quantities
from comparer.analysis.quantities import Quantity, listed_together
from comparer.model import ComparedArticle, Event
from evaluation.articles import from_text

NAME = "casualties"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def folder(corpus_dir: Path, name: str = NAME) -> Path | None:
    """The casualties folder, given the corpora root or the folder itself."""
    for candidate in (corpus_dir / name, corpus_dir):
        if (candidate / "articles.jsonl").is_file():
            return candidate
    return None


def load(base: Path) -> list[dict[str, Any]]:
    """The corpus records, one per article."""
    lines = (base / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def killed_figure(record: dict[str, Any]) -> Quantity | None:
    """The engine's death toll for one article: its first precise "killed" count of victims
    in a sentence about this event, else the first vague one."""
    found = [q for q in _killed(record) if q.thing != "attackers"]
    return next((q for q in found if not q.vague), found[0] if found else None)


def attackers_killed(record: dict[str, Any]) -> float:
    """1 when the report says an attacker died apart from the victims, else 0."""
    return 1.0 if any(q.thing == "attackers" for q in _killed(record)) else 0.0


def _apart(q: Quantity | None, record: dict[str, Any]) -> float:
    """The dead attacker to add to the victims, unless the figure already counts them."""
    return 0.0 if q is not None and q.with_attacker else attackers_killed(record)


def _killed(record: dict[str, Any]) -> tuple[Quantity, ...]:
    title, text = record.get("title") or "", record.get("text") or ""
    return _killed_in(title, text, str(record.get("date", "")))


@functools.lru_cache(maxsize=4096)
def _killed_in(title: str, text: str, published: str) -> tuple[Quantity, ...]:
    """Cached: each article is read once although several metrics ask for its figures."""
    anchor = _published(published)
    return tuple(
        q
        for part in (title, text)
        for sentence in _SENTENCE_END.split(part)
        for q in _summed(sentence, extract_quantities(sentence, anchor))
        if q.casualty and q.outcome == "killed" and not q.background
    )


def _summed(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Victims listed together ("four adults and two children were killed") as one toll."""
    merged: list[Quantity] = []
    for q in found:
        last = merged[-1] if merged else None
        victims = last is not None and "attackers" not in (last.thing, q.thing)
        if last and victims and last.outcome == q.outcome and listed_together(sentence, last, q):
            merged[-1] = replace(last, low=last.low + q.low, high=last.high + q.high, end=q.end)
            continue
        merged.append(q)
    return merged


def _value(q: Quantity | None) -> float:
    if q is None:
        return 0.0
    return q.low if q.qualifier not in ("up_to", "less_than") else q.high


def _holds(q: Quantity | None, gold: float) -> bool:
    if q is None:
        return gold == 0
    return q.low <= gold <= q.high


def _published(raw: str) -> date | None:
    """FA-KES writes "4/5/17", the Gun Violence Corpus "2014-02-21"."""
    try:
        if "-" in raw:
            return date.fromisoformat(raw)
        month, day, year = (int(p) for p in raw.split("/"))
        return date(2000 + year if year < 100 else year, month, day)
    except ValueError:
        return None


def _flagged(records: list[dict[str, Any]]) -> bool:
    compared = tuple(
        ComparedArticle(
            chr(65 + i),
            from_text(
                i,
                f"{r.get('title') or ''}.\n\n{r.get('text') or ''}",
                r.get("title", ""),
                r.get("source", ""),
                _published(str(r.get("date", ""))),
            ),
        )
        for i, r in enumerate(records)
    )
    event = Event("gold", tuple(c.key for c in compared), None, ())
    result = analyse(compared, (), (event,))
    return any(row.conflict and row.outcome == "killed" for row in result.numbers)


def _groups(records: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        if record.get("killed") is not None:
            groups.setdefault(str(record.get("group")), []).append(record)
    return [g for g in groups.values() if len(g) >= 2]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def run(corpus_dir: Path, name: str = NAME) -> dict[str, float]:
    """The casualty metrics; an empty dict when the corpus is missing."""
    base = folder(corpus_dir, name)
    if base is None:
        return {}
    return scores([r for r in load(base) if r.get("killed") is not None])


def exact_share(records: list[dict[str, Any]]) -> float:
    """The share of records whose toll the engine reads exactly."""
    return _ratio(sum(1 for q, gold in _figures(records) if _value(q) == gold), len(records))


def _figures(records: list[dict[str, Any]]) -> list[tuple[Quantity | None, float]]:
    return [(q, float(r["killed"]) - _apart(q, r)) for r in records for q in [killed_figure(r)]]


def scores(records: list[dict[str, Any]]) -> dict[str, float]:
    """The casualty metrics of some records (each with a gold ``killed``)."""
    figures = _figures(records)
    exact = sum(1 for q, gold in figures if _value(q) == gold)
    within = sum(1 for q, gold in figures if _holds(q, gold))
    tp = fp = fn = agree = 0
    for group in _groups(records):
        differ = len({r["killed"] for r in group}) > 1
        flagged = _flagged(group)
        tp += flagged and differ
        fp += flagged and not differ
        fn += differ and not flagged
        agree += not differ
    return {
        "articles": float(len(records)),
        "exact": _ratio(exact, len(records)),
        "within_interval": _ratio(within, len(records)),
        "conflict_precision": _ratio(tp, tp + fp),
        "conflict_recall": _ratio(tp, tp + fn),
        "false_conflict_share": _ratio(fp, agree),
        "groups": float(len(_groups(records))),
    }


def evaluate(root: Path) -> dict[str, float] | None:
    """The harness's entry: ``None`` (skip) when the corpus is missing."""
    return run(root) or None
