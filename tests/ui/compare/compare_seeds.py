"""Hand-built comparisons of the bundled seed reports for the comparison-view tests.

The engine is not under test here, so the tests write the comparison themselves from the
real seed texts: page furniture cut out by hand, sentences split with a plain regex, and
groups and differences placed by searching for real phrases ("more than 10" in one report,
"at least 10" in the other). Every offset comes from ``str.find`` on the text, never from the
code under test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from comparer.model import (
    AlignmentGroup,
    Article,
    ComparedArticle,
    Comparison,
    Counterpart,
    Difference,
    Furniture,
    Kind,
    Member,
    Metadata,
    Relation,
    Removed,
    Sentence,
)

if TYPE_CHECKING:
    from ui.compare import ComparisonView

ShownView = Callable[[Comparison, int, int], "ComparisonView"]
"""The ``shown_view`` fixture: a comparison shown in a view of that width and height."""

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
SENTENCE = re.compile(r"\S.*?(?:[.!?][”\"’]?(?=\s+[A-Z“\"]|\s*$)|$)", re.MULTILINE)


def seed(number: int) -> str:
    """The text of seed report ``number`` (0 ... 4)."""
    return next(SAMPLES.glob(f"{number:03d}_*.txt")).read_text(encoding="utf-8")


def clean(text: str, blocks: list[tuple[str, Furniture]]) -> tuple[str, tuple[Removed, ...]]:
    """Cut each block (and the blank lines after it) out of ``text``, noting where it stood."""
    removed = []
    for block, reason in sorted(blocks, key=lambda b: text.index(b[0])):
        at = text.index(block)
        tail = len(text[at + len(block) :]) - len(text[at + len(block) :].lstrip("\n"))
        text = text[:at] + text[at + len(block) + tail :]
        removed.append(Removed(block, reason, at))
    return text, tuple(removed)


def split(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` by a plain regex: good enough for hand-made fixtures."""
    found = [m for m in SENTENCE.finditer(text) if m.group().strip()]
    return tuple(Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(found))


def make_article(number: int, text: str, removed: tuple[Removed, ...], meta: Metadata) -> Article:
    return Article(
        id=number,
        source=f"seed-{number:03d}.txt",
        media_type="text/plain",
        content_hash=f"hash{number}",
        meta=meta,
        text=text,
        removed=removed,
        captions=(),
        sentences=split(text),
        imported_at=datetime(2026, 1, 1),
    )


def sentence_at(article: Article, phrase: str) -> int:
    """The index of the sentence holding ``phrase``."""
    at = article.text.index(phrase)
    return next(s.index for s in article.sentences if s.start <= at < s.end)


@dataclass
class Builder:
    """Collects groups and differences over articles keyed A, B, ..."""

    articles: dict[str, Article]
    groups: list[AlignmentGroup] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)

    def group(self, relation: Relation, phrases: dict[str, str]) -> str:
        members = tuple(Member(k, (sentence_at(self.articles[k], p),)) for k, p in phrases.items())
        gid = f"g{len(self.groups)}"
        self.groups.append(AlignmentGroup(gid, relation, 0.8, members))
        return gid

    def diff(
        self,
        kind: Kind,
        type_: str,
        where: tuple[str, str],
        other: tuple[str, str] | None,
        group: str | None = None,
        explanation: str = "",
    ) -> Difference:
        key, phrase = where
        start = self.articles[key].text.index(phrase)
        counterpart = None
        if other is not None:
            other_start = self.articles[other[0]].text.index(other[1])
            end = other_start + len(other[1])
            counterpart = Counterpart(other[0], other_start, end, other[1])
        made = Difference(
            kind,
            type_,
            group,
            key,
            start,
            start + len(phrase),
            phrase,
            counterpart,
            explanation or f"{phrase!r} differs",
        )
        self.differences.append(made)
        return made

    def comparison(self) -> Comparison:
        compared = tuple(ComparedArticle(k, a) for k, a in self.articles.items())
        return Comparison("test", compared, (), tuple(self.groups), tuple(self.differences))


STRIKE_A = Metadata(
    title="U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus",
    outlet="The Syrian Observer",
    published=date(2017, 11, 13),
)
STRIKE_B = Metadata(
    title="“International coalition could be helping ISIS” – Syria",
    outlet="Fort Russ News",
    published_raw="November 12th, 2017",
)


def strike_articles() -> dict[str, Article]:
    """Seeds 000 and 001 (the same strike), with their page furniture cut out."""
    text_a, removed_a = clean(
        seed(0), [("Search", Furniture.NAVIGATION), ("Helpful keywords", Furniture.BOILERPLATE)]
    )
    raw_b = seed(1)
    newsletter = raw_b[raw_b.index("Subscribe to our newsletter") :]
    text_b, removed_b = clean(
        raw_b,
        [("- Advertisement -", Furniture.ADVERTISEMENT), (newsletter, Furniture.NEWSLETTER)],
    )
    return {
        "A": make_article(0, text_a, removed_a, STRIKE_A),
        "B": make_article(1, text_b, removed_b, STRIKE_B),
    }


def strike_builder() -> Builder:
    """The strike reports with a handful of groups and differences of every kind."""
    b = Builder(strike_articles())
    toll = b.group(Relation.REWORDED, {"A": "more than 10 civilians", "B": "at least 10 civilians"})
    b.diff(
        Kind.NUMBER,
        "changed_figure",
        ("A", "more than 10"),
        ("B", "at least 10"),
        toll,
        "The death toll is given as more than 10 here, at least 10 there.",
    )
    b.diff(Kind.NUMBER, "changed_figure", ("B", "at least 10"), ("A", "more than 10"), toll)
    b.diff(
        Kind.WORDING,
        "replaced",
        ("A", "scores of others were injured"),
        ("B", "many more left injured"),
        toll,
    )
    condemn = b.group(
        Relation.PARTIAL, {"A": "Syria strongly condemned", "B": "Syrian authorities condemned"}
    )
    b.diff(Kind.WORDING, "inserted", ("A", "strongly"), None, condemn)
    b.diff(Kind.FRAMING, "scare_quotes", ("B", "so-called “anti-ISIS”"), None, condemn)
    b.group(Relation.PARTIAL, {"A": "In a letter to the United Nations", "B": "In its letter"})
    b.diff(Kind.FRAMING, "scare_quotes", ("A", "“illegal” coalition"), None)
    return b
