"""Import quality on saved web pages: body token F1, low-recall pages, titles, authors.

The dev set is news pages from Mozilla Readability's test suite (Apache-2.0, at
ab4027a8b376; 46 pages: its news and blog articles and five small metadata/table cases),
committed under ``tests/pages/readability`` (its NOTICE.md gives the source and licence)
and read from there unless ``COMPARER_DEV_PAGES`` names another folder with one sub-folder a
page, each holding ``source.html.gz``, the article as Readability's maintainers expect it
(``expected.html.gz``) and its ``expected-metadata.json``. A held-out set with the same
layout under ``<corpora>/pages`` is measured instead when present; with neither, the corpus
is skipped. A page folder may hold its gold as plain text instead (``expected.txt.gz``, as
the Dragnet set of :mod:`evaluation.pages_dragnet` does): :func:`read_gold` reads either.

The gold body is the expected HTML's text, read with the standard library's parser, never
with our importer. Token F1 counts word tokens as a multiset, as ScrapingHub's
article-extraction benchmark does. A title is *site-suffixed* when its last segment after
a separator ("|", "-", "--", "–", "—", "::", "·", "*") names the site (a host by its own name:
"vogelwarte" for www.vogelwarte.ch); an author is *junk* when it is not a person's name by
the rules of :mod:`evaluation.page_authors` (independent of the importer's).
Where the expected metadata has a byline that names people by those rules, the share of
authors naming the same people (in any order) is reported too, on the whole set and on its
two halves (pages in name order, alternately).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from statistics import mean
from typing import TypeVar
from urllib.parse import urlsplit

from comparer.errors import ImportFailed
from comparer.ingest.extract import extract_bytes
from evaluation.page_authors import junk_author

NAME = "pages"
_Score = TypeVar("_Score")
ENVIRONMENT = "COMPARER_DEV_PAGES"
_TOKEN = re.compile(r"\w+")
_NAMES = re.compile(r",|;| and | & ")
_BY = re.compile(r"^(?i:by)\s+")
_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_BREADCRUMB = re.compile(r"[^>»›]+(?:\s[>»›]\s[^>»›]+){2,}")
_SUFFIX = re.compile(r".+\s(?:\||--|-|–|—|::|·|•|\*)\s+(?P<site>[^|–—·•*]{2,60})$")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figcaption",
        "pre",
        "table",
        "ul",
        "ol",
        "section",
    ]
)


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's figures."""

    name: str
    precision: float
    recall: float
    f1: float
    title: str
    author: str
    suffixed: bool
    junk: bool
    author_match: bool | None = None  # None: the expected byline names no one


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def gold_text(html: str) -> str:
    """The text of ``html`` (the gold article), one block a line."""
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)


def token_scores(found: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``found``'s word tokens against ``gold``'s."""
    ours, theirs = Counter(_tokens(found)), Counter(_tokens(gold))
    common = sum((ours & theirs).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(ours.values()), common / sum(theirs.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def _tokens(text: str) -> list[str]:
    # Soft hyphens only mark where a word may break; the gold HTML keeps them. A page
    # written in decomposed letters ("u" and a combining diaeresis) is read as the importer
    # writes it, composed, or its every "ü" would split a word in two.
    return _TOKEN.findall(unicodedata.normalize("NFC", text.replace("\u00ad", "")).casefold())


def site_suffixed(title: str, sites: list[str]) -> bool:
    """Whether ``title`` ends with a separator and a segment naming one of ``sites``, or is
    a breadcrumb of three or more sections ("The New York Times > Movies > Movie Review"):
    the site's path to the page instead of its headline."""
    if _BREADCRUMB.fullmatch(title.strip()):
        return True
    found = _SUFFIX.match(title)
    if not found:
        return False
    tail = _fold(found.group("site"))
    folded = [_fold(_host_name(site)) for site in sites if len(_fold(site)) >= 3]
    return any(tail == site or tail in site or site in tail for site in folded if site)


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold()).removeprefix("the").removeprefix("www")


def _host_name(site: str) -> str:
    """A host's own name ("vogelwarte" for www.vogelwarte.ch, "bbc" for bbc.co.uk), or ``site``."""
    if not _HOST.fullmatch(site):
        return site
    labels = site.casefold().removeprefix("www.").split(".")[:-1]  # no top-level domain
    if len(labels) > 1 and len(labels[-1]) <= 3:  # a second-level ending: co.uk, gv.at
        labels.pop()
    return labels[-1] if labels else site


def fold(text: str) -> str:
    """``text``'s word characters alone, without case."""
    return "".join(_TOKEN.findall(text.casefold()))


def same_people(found: str, expected: str) -> bool:
    """Whether two author fields name the same people, in any order."""
    return _people(found) == _people(expected)


def _people(field: str) -> set[str]:
    return {fold(name) for name in _NAMES.split(field) if fold(name)}


def read_gold(folder: Path) -> str:
    """The gold article of a page folder: ``expected.html.gz``'s text, else ``expected.txt.gz``."""
    html = folder / "expected.html.gz"
    if html.is_file():
        return gold_text(gzip.decompress(html.read_bytes()).decode())
    return gzip.decompress((folder / "expected.txt.gz").read_bytes()).decode("utf-8", "replace")


def score_page(folder: Path, headline: bool = False) -> PageScore:
    """Import ``folder``'s page and score it against its gold.

    With ``headline`` (a gold that opens with the page's headline, as Dragnet's does), the
    title we extract is scored as the text's first line.
    """
    gold = read_gold(folder)
    expected = json.loads((folder / "expected-metadata.json").read_text("utf-8"))
    data = gzip.decompress((folder / "source.html.gz").read_bytes())
    try:
        meta_text = extract_bytes(data, source=folder.name, filename="source.html")
        text, meta = meta_text.text, meta_text.meta
    except ImportFailed:
        return PageScore(folder.name, 0.0, 0.0, 0.0, "", "", False, False)
    precision, recall, f1 = token_scores(f"{meta.title}\n{text}" if headline else text, gold)
    sites = [str(expected.get("siteName") or ""), _address_host(expected), meta.outlet]
    return PageScore(
        folder.name, precision, recall, f1, meta.title, meta.author,
        site_suffixed(meta.title, sites), junk_author(meta.author),
        _author_match(meta.author, str(expected.get("byline") or "")),
    )  # fmt: skip


def _author_match(author: str, byline: str) -> bool | None:
    """Whether ``author`` names the people of the expected ``byline`` ("By Erin
    Cunningham"); None when there is none, or it names no one by :func:`junk_author`."""
    byline = _BY.sub("", byline.strip(), count=1)
    return same_people(author, byline) if byline and not junk_author(byline) else None


def _address_host(expected: dict[str, object]) -> str:
    return urlsplit(str(expected.get("address") or "")).hostname or ""


COMMITTED = Path(__file__).resolve().parent.parent / "tests" / "pages" / "readability"


def dev_pages() -> Path | None:
    """The dev page set named by :data:`ENVIRONMENT`, else the one committed beside the
    tests (:data:`COMMITTED`), if this checkout has it."""
    return named_or_committed(ENVIRONMENT, COMMITTED)


def named_or_committed(environment: str, committed: Path) -> Path | None:
    """The folder named by ``environment``, else ``committed`` if this checkout has it."""
    named = os.environ.get(environment, "")
    if named:
        return Path(named)
    return committed if committed.is_dir() else None


def halves(scores: list[_Score]) -> dict[str, list[_Score]]:
    """The pages in name order, alternately in half ``a`` and half ``b``."""
    return {"a": scores[0::2], "b": scores[1::2]}


def score_all(pages: Path, headline: bool = False) -> list[PageScore]:
    """Scores of every page folder under ``pages``."""
    folders = sorted(folder for folder in pages.iterdir() if folder.is_dir())
    return [score_page(folder, headline) for folder in folders]


def scores_in(pages: Path | None, score: Callable[[Path], list[_Score]]) -> list[_Score] | None:
    """``score(pages)``, or None when there is no such folder or it holds no page: each
    page set's ``evaluate`` starts so."""
    if pages is None or not pages.is_dir():
        return None
    return score(pages) or None


def evaluate(root: Path) -> dict[str, float] | None:
    """The figures on the held-out pages under ``root/pages``, else on the dev set."""
    pages = root / "pages" if (root / "pages").is_dir() else dev_pages()
    scores = scores_in(pages, score_all)
    return figures(scores) if scores else None


def set_figures(pages: Path | None, per_half: tuple[str, ...]) -> dict[str, float] | None:
    """A committed set's figures on the whole and, for the ``per_half`` ones, on each half."""
    scores = scores_in(pages, score_all)
    if scores is None:
        return None
    results = figures(scores)
    for half, part in halves(scores).items():
        results |= {f"half_{half}_{k}": v for k, v in figures(part).items() if k in per_half}
    return results


def print_set(pages: Path | None, environment: str, width: int) -> None:
    """Print each page's figures, or say which variable names the set's folder."""
    if pages is None:
        raise SystemExit(f"set {environment} to the page folder")
    for s in score_all(pages):
        print(f"{s.name:{width}} {line(s)}")


def figures(scores: list[PageScore]) -> dict[str, float]:
    """The set's figures: mean token F1 and recall, low-recall pages, titles, authors."""
    return {
        "pages": float(len(scores)),
        "token_f1": mean(s.f1 for s in scores),
        "token_recall": mean(s.recall for s in scores),
        "under_08_recall": float(sum(s.recall < 0.8 for s in scores)),
        "site_suffixed_titles": sum(s.suffixed for s in scores) / len(scores),
        "junk_authors": float(sum(s.junk for s in scores)),
        **_author_figures(scores),
    }


def _author_figures(scores: list[PageScore]) -> dict[str, float]:
    """The share of expected bylines matched, overall and on each half (pages in name order,
    alternately); nothing for a set without bylines."""
    found: dict[str, float] = {}
    parts = {"": scores} | {f"half_{half}_": part for half, part in halves(scores).items()}
    for key, part in parts.items():
        people = [s.author_match for s in part if s.author_match is not None]
        if people:
            found[f"{key}author_match"] = float(mean(people))
    return found


def main() -> None:
    """Print each dev page's figures (``python -m evaluation.pages``)."""
    pages = dev_pages()
    if pages is None:
        raise SystemExit(f"set {ENVIRONMENT} to the dev page folder")
    for s in score_all(pages):
        print(f"{s.name:28} {line(s)}")


def line(s: PageScore) -> str:
    """One page's figures on a line: precision, recall, F1, flags (S: site-suffixed title,
    J: junk author), title and author."""
    flags = ("S" if s.suffixed else " ") + ("J" if s.junk else " ")
    return (
        f"p={s.precision:.3f} r={s.recall:.3f} f1={s.f1:.3f} {flags} "
        f"{s.title[:60]!r} / {s.author[:40]!r}"
    )


if __name__ == "__main__":
    main()
