"""NewsWCL50: do the framing findings report where outlets label the same thing differently?

Each event is one set of five reports (HuffPost LL, NYT L, USA Today M, Fox News R, Breitbart
RR), aligned by the engine and analysed as one event (the gold says they are). A coded
mention "differs" when its wording (``code_mention``) of a concept (``code_name``) is used by
no other outlet for that concept. ``differing_reported`` is the share of differing mentions
that a framing finding of that article overlaps (mentions located by their text in the
article; ``located`` is the share found). ``findings_on_mentions`` is the share of framing
findings that overlap any coded mention: how much of what we flag the annotators coded too.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from comparer.analysis import analyse
from comparer.compare import compare
from comparer.model import Difference, Event, Kind
from evaluation.articles import from_sentences

NAME = "newswcl50"
OUTLETS = ("LL", "L", "M", "R", "RR")
Mention = tuple[str, str, str, str]  # event, outlet, concept, wording


def folder(corpus_dir: Path) -> Path | None:
    """The corpus folder, given the corpora root or the folder itself."""
    for candidate in (corpus_dir / NAME, corpus_dir):
        if (candidate / "annotations.csv").is_file():
            return candidate
    return None


def load_mentions(base: Path) -> list[Mention]:
    """Every coded mention as (event, outlet, concept, wording)."""
    with (base / "annotations.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        (r["event_id"], r["publisher_id"], r["code_name"], r["code_mention"].strip())
        for r in rows
        if r.get("event_id", "").isdigit() and r.get("code_mention", "").strip()
    ]


def differing(mentions: list[Mention]) -> list[Mention]:
    """Mentions whose wording no other outlet uses for the same concept of the same event."""
    used: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for event, outlet, concept, wording in mentions:
        used[(event, concept)][outlet].add(_norm(wording))
    found = []
    for mention in mentions:
        event, outlet, concept, wording = mention
        others = {o: w for o, w in used[(event, concept)].items() if o != outlet}
        if others and not any(_norm(wording) in words for words in others.values()):
            found.append(mention)
    return found


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def analyse_event(path: Path) -> dict[str, tuple[str, list[Difference]]]:
    """Outlet -> (article text, framing findings) for one event folder."""
    outlets = [o for o in OUTLETS if (path / f"{o}.txt").is_file()]
    sources = []
    for i, outlet in enumerate(outlets):
        lines = (path / f"{outlet}.txt").read_text("utf-8").splitlines()
        sources.append(from_sentences(i, [line for line in lines if line.strip()], outlet=outlet))
    aligned = compare(sources, analysers=())
    articles = aligned.articles
    event = Event(path.name, tuple(c.key for c in articles), None, ())
    result = analyse(articles, aligned.groups, (event,))
    by_key = dict(zip((c.key for c in articles), outlets, strict=True))
    return {
        by_key[c.key]: (
            c.article.text,
            [d for d in result.differences if d.kind is Kind.FRAMING and d.article == c.key],
        )
        for c in articles
    }


def _spans(text: str, wording: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(wording), text)]


def _overlaps(spans: list[tuple[int, int]], findings: list[Difference]) -> bool:
    return any(d.start < e and s < d.end for s, e in spans for d in findings)


def run(corpus_dir: Path) -> dict[str, float]:
    """The NewsWCL50 framing metrics; an empty dict when the corpus is missing."""
    base = folder(corpus_dir)
    if base is None:
        return {}
    mentions = load_mentions(base)
    targets = differing(mentions)
    events = {e for e, *_ in mentions if (base / f"event{e}").is_dir()}
    analysed = {e: analyse_event(base / f"event{e}") for e in sorted(events)}
    located = reported = 0
    for event, outlet, _concept, wording in targets:
        text, findings = analysed.get(event, {}).get(outlet, ("", []))
        spans = _spans(text, wording)
        located += bool(spans)
        reported += bool(spans) and _overlaps(spans, findings)
    on_mentions, total = _findings_on_mentions(mentions, analysed)
    return {
        "differing_mentions": float(len(targets)),
        "located": located / len(targets) if targets else 0.0,
        "differing_reported": reported / located if located else 0.0,
        "findings_on_mentions": on_mentions / total if total else 0.0,
    }


def _findings_on_mentions(
    mentions: list[Mention], analysed: dict[str, dict[str, tuple[str, list[Difference]]]]
) -> tuple[int, int]:
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for event, outlet, _concept, wording in mentions:
        text = analysed.get(event, {}).get(outlet, ("", []))[0]
        spans[(event, outlet)].extend(_spans(text, wording))
    hits = total = 0
    for event, outlets in analysed.items():
        for outlet, (_text, findings) in outlets.items():
            for d in findings:
                total += 1
                hits += any(d.start < e and s < d.end for s, e in spans[(event, outlet)])
    return hits, total


def evaluate(root: Path) -> dict[str, float] | None:
    """The harness's entry: ``None`` (skip) when the corpus is missing."""
    return run(root) or None
