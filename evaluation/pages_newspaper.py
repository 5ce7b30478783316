"""A second committed set of saved news pages: newspaper4k's test pages, scored as the first.

The first dev set (:mod:`evaluation.pages`, Readability's 46 pages) is the one the importer
was tuned on; this one checks that what was learnt there holds elsewhere. It is 15 news
pages from newspaper4k's test data (MIT, at 540bff3e; CNN in English and Arabic, Time,
WIRED, Yonhap, Fox 13, cleveland.com, Última Hora, Latvian, Korean and Nigerian sites),
committed under ``tests/pages/newspaper`` (its NOTICE.md gives the source, licence and how
the gold was cut) in the layout :mod:`evaluation.pages` reads, with the gold as plain text
(``expected.txt.gz``). ``COMPARER_NEWSPAPER_PAGES`` may name another folder of that layout.

Residuals read page by page at 0.9710 (0.9476 / 0.9977): Time's sign-up question went
(0.9716; 0.9476 / 0.9989). Left: CNN's "STORY HIGHLIGHTS" label and bullets (GoOse's gold
keeps both), the teasers under its closing "Part of complete coverage on" (sentences of
their own, their links gone), the Arabic page's date line and comment rules.

Scored as the first set: token F1 over word tokens, pages under 0.8 recall, site-suffixed
titles (the page's address standing for the site), junk authors. Its two halves (pages in
name order, alternately) are reported too, for checking a rule on both.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.pages import named_or_committed, print_set, set_figures

NAME = "pages_newspaper"
ENVIRONMENT = "COMPARER_NEWSPAPER_PAGES"
COMMITTED = Path(__file__).resolve().parent.parent / "tests" / "pages" / "newspaper"


def folder() -> Path | None:
    """The folder named by :data:`ENVIRONMENT`, else the committed one if this checkout has it."""
    return named_or_committed(ENVIRONMENT, COMMITTED)


def evaluate(root: Path) -> dict[str, float] | None:
    """The figures on the whole set and on each half (``root`` is not read: the set is ours)."""
    return set_figures(folder(), ("token_f1",))


def main() -> None:
    """Print each page's figures (``python -m evaluation.pages_newspaper``)."""
    print_set(folder(), ENVIRONMENT, 20)


if __name__ == "__main__":
    main()
