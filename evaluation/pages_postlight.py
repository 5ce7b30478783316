"""A third committed set of saved pages: Postlight Parser's fixtures, scored on metadata.

Postlight Parser (MIT) tests a hand-written extractor for each of 141 sites (news above
all: The New York Times, The Washington Post, CNN, Reuters, ABC News, Le Monde, Japanese
and Chinese outlets) on one saved page each, with the title, author and first 13 words of
the article its maintainers expect. The pages are committed under ``tests/pages/postlight``
(its NOTICE.md gives the source and licence), one folder a page holding ``source.html.gz``
and ``expected-metadata.json`` (``address``, ``title``, ``author``, ``lead``), with no
article text: this set measures what the first two sets see on few pages, titles and
authors, and checks that the article's opening is kept. ``COMPARER_POSTLIGHT_PAGES`` may
name another folder of that layout.

Figures: the share of titles equal to the expected one (case, spacing and punctuation
aside), of site-suffixed titles and the count of junk authors (the rules of
:mod:`evaluation.pages`, the page's host standing for the site), the share of authors
naming the same people as the expected one (on pages whose expected author is a person's
name by those rules), and the share of pages whose text holds the last five of the
expected first 13 words (compared on word characters alone, so that scripts without spaces
compare too): Postlight's content often opens with the lead photo's caption or credit
("Photo by Steve Pope/Getty Images After the election, ..."), which is not article text,
so its first words would count a dropped caption as a lost opening. A lead that is all
caption is still counted as missed; a page with no expected lead counts neither way (6
of the 141), and a page that fails to import misses its title, lead and author. Its two
halves (pages in name order, alternately) are reported for the title, lead and author
shares.

Misses read one by one at title match 0.9007 (halves 0.9437 / 0.8571) and lead found
0.8370 (0.8676 / 0.8060). Ours, mended: Google Translate's pop-up "Original text" taken for
the headline (JVN iPedia, Elecom); a site's name behind a full-width colon or a community
before a dash the ``<h1>`` leaves off (Asahi, Reddit); a Japanese page's body never found
(Sanwa, Lifehacker); RBB Today's first paragraph, loose text before a ``<br/>``: titles
0.9362 (0.9718 / 0.9000), leads 0.8444 (0.8676 / 0.8209). Then Qdaily's headline behind
its Chinese ``<title>``'s underscore, Takagi's diary's behind the blog's name and a dash
(:mod:`comparer.ingest.formats.headline`), Die Zeit's standfirst in its own ``<subtitle>``
element (:mod:`comparer.ingest.formats.standfirst`): titles 0.9504 (0.9718 / 0.9286), leads
0.8519 (0.8676 / 0.8358). Ours, left: JNSA's section ``<h1>`` standing for the headline an
``<h2>`` holds, under a breadcrumb kept as text; Scan's page read as its teaser lists; the
Times of India's photo caption (``img_cptn``) and Yomiuri's memo box ("メモ入力") and
phpspot's "スポンサード リンク" over the body (furniture; the leads the gold expects are
the headline and a caption there). The gold's: JVN iPedia's whole ``<title>`` with the
site's name; the page's other
headline, where it shows two (New York, Popsugar, Spektrum, The Political Insider,
Pitchfork's artist before the album); a lead opening with a photo's caption or credit
(Observer, Page Six, D Magazine, Gizmodo, HuffPost, The New Yorker, NPR, Prospect, Slate,
Yomiuri, Asahi, Lifehacker), with furniture (The Times of India's text-size buttons,
InfoQ's link to the original, Die Zeit's section and authors, BookWalker's credits,
Publickey's date, Elecom's item number) or with the headline (phpspot); ClinicalTrials.gov's
record is no article.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from urllib.parse import urlsplit

from comparer.errors import ImportFailed
from comparer.ingest.extract import extract_bytes
from evaluation.pages import (
    fold,
    halves,
    junk_author,
    named_or_committed,
    same_people,
    scores_in,
    site_suffixed,
)

NAME = "pages_postlight"
ENVIRONMENT = "COMPARER_POSTLIGHT_PAGES"
COMMITTED = Path(__file__).resolve().parent.parent / "tests" / "pages" / "postlight"
_LEAD_WORDS = 5


@dataclass(frozen=True, slots=True)
class MetaScore:
    """One page's figures."""

    name: str
    title: str
    author: str
    title_match: bool
    lead_found: bool | None  # None: no expected lead
    suffixed: bool
    junk: bool
    author_match: bool | None  # None: the expected author is not a person's name


def folder() -> Path | None:
    """The folder named by :data:`ENVIRONMENT`, else the committed one if this checkout has it."""
    return named_or_committed(ENVIRONMENT, COMMITTED)


def score_page(page: Path) -> MetaScore:
    """Import ``page``'s source and score its metadata and opening; a page that fails to
    import misses its title, lead and author."""
    expected = json.loads((page / "expected-metadata.json").read_text("utf-8"))
    data = gzip.decompress((page / "source.html.gz").read_bytes())
    gold_author = str(expected.get("author") or "")
    person = bool(gold_author) and not junk_author(gold_author)
    lead = " ".join(str(expected.get("lead") or "").split()[-_LEAD_WORDS:])
    try:
        found = extract_bytes(data, source=page.name, filename="source.html")
    except ImportFailed:
        return MetaScore(page.name, "", "", False, False if lead else None, False, False,
                         False if person else None)  # fmt: skip
    text, meta = found.text, found.meta
    host = urlsplit(str(expected.get("address") or "")).hostname or page.name
    return MetaScore(
        page.name, meta.title, meta.author,
        title_match=fold(meta.title) == fold(str(expected.get("title") or "")),
        lead_found=fold(lead) in fold(text) if lead else None,
        suffixed=site_suffixed(meta.title, [host, meta.outlet]),
        junk=junk_author(meta.author),
        author_match=same_people(meta.author, gold_author) if person else None,
    )  # fmt: skip


def score_all(pages: Path) -> list[MetaScore]:
    """Scores of every page folder under ``pages``, in name order."""
    return [score_page(page) for page in sorted(p for p in pages.iterdir() if p.is_dir())]


def figures(scores: list[MetaScore]) -> dict[str, float]:
    """The set's figures (see the module's docstring)."""
    return {
        "pages": float(len(scores)),
        "title_match": float(mean(s.title_match for s in scores)),
        "lead_found": _share([s.lead_found for s in scores]),
        "site_suffixed_titles": float(mean(s.suffixed for s in scores)),
        "junk_authors": float(sum(s.junk for s in scores)),
        "author_match": _share([s.author_match for s in scores]),
    }


def _share(found: list[bool | None]) -> float:
    """The share of True among the pages that have a figure (None: nothing expected)."""
    known = [f for f in found if f is not None]
    return float(mean(known)) if known else 0.0


def evaluate(root: Path) -> dict[str, float] | None:
    """The figures on the whole set and two of them on each half (``root`` is not read)."""
    scores = scores_in(folder(), score_all)
    if scores is None:
        return None
    results = figures(scores)
    for half, part in halves(scores).items():
        results[f"half_{half}_title_match"] = float(mean(s.title_match for s in part))
        results[f"half_{half}_lead_found"] = figures(part)["lead_found"]
        results[f"half_{half}_author_match"] = figures(part)["author_match"]
    return results


def main() -> None:
    """Print each page's figures (``python -m evaluation.pages_postlight``)."""
    pages = folder()
    if pages is None:
        raise SystemExit(f"set {ENVIRONMENT} to the page folder")
    for s in score_all(pages):
        flags = "".join(
            flag if on else " "
            for flag, on in (("T", not s.title_match), ("L", s.lead_found is False),
                             ("S", s.suffixed), ("J", s.junk), ("A", s.author_match is False))
        )  # fmt: skip
        print(f"{s.name:28} {flags} {s.title[:60]!r} / {s.author[:40]!r}")


if __name__ == "__main__":
    main()
