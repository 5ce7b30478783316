"""A fifth committed set of saved news pages: GoOse's extraction tests, scored as the first.

GoOse (github.com/advancedlogic/GoOse, Apache-2.0, at ae6b36ca) is a Go port of Goose, and
its ``crawler_test.go`` pairs each saved page of ``sites/`` with the whole text its
maintainers accept from it (``CleanedText``). This set is the 29 of those that are articles
with such a text (:data:`tools.build_dev_pages.GOOSE_PAGES`: 2015 pages of the BBC, CNN,
the Guardian, the Times, the Post, the Journal, Bloomberg, Yahoo and others, one Brazilian),
committed under ``tests/pages/goose`` (its NOTICE.md gives the source, licence and how it
was built) in the layout :mod:`evaluation.pages` reads, with the gold as plain text and the
expected title (no byline: GoOse's tests have none). ``COMPARER_GOOSE_PAGES`` may name
another folder of that layout. The gold is an extractor's output, not a person's: it keeps
a few teasers and captions GoOse let through, so its precision is the softer figure.

It was never tuned on before it was measured, so its first figure is our honest estimate
of import on pages we have not seen: token F1 0.9206 (halves 0.9065 / 0.9357), 3 pages
under 0.8 recall (a CNN story, the Brazilian Globo Esporte page, Inc.'s), no site-suffixed
title, no junk author. Inc.'s gold is not its article (GoOse read the page's sign-in box
and video list; we read the article: precision 0.09), nor is all of Globo Esporte's and ABC
News's (a list of the club's other news, related headlines): left in, as chosen before
measuring. After cutting a right-hand column trafilatura read as the article's
(:mod:`comparer.ingest.formats.side_columns`; The Economist's blog rail): 0.9261 (0.9171 /
0.9357), the other four sets unchanged. After keeping an Instagram caption written as a
link (:mod:`comparer.ingest.formats.embeds`; CNN's): 0.9308 (0.9171 / 0.9456), 2 pages
under 0.8 recall, the other sets unchanged. After cutting runs of two or more lines that
are each a list item wholly one link (:mod:`comparer.ingest.formats.link_lists`; the
LinkedIn writer's other headlines): 0.9312 (0.9171 / 0.9463); Fundus 0.9721 -> 0.9728
(0.9737 -> 0.9738 / 0.9705 -> 0.9717: Het Nieuwsblad's, t-online's, Media Indonesia's,
Bhaskar's, the Postmedia papers' "more on this" lists), the others unchanged. Without Inc.'s
page, whose gold is not its article: 0.9482 at first, 0.9591 now; without Globo Esporte's
too: 0.9638, 0.9752. Left alone: the Daily Mail's summary bullets and fact box (the gold
keeps the box, Fundus's leaves it out), the 2007 Times archive page's tools and "Most
E-Mailed" headings, related headlines the gold keeps (ABC News, USA Today). That page's
breadcrumb title ("The New York Times > Movies > … > Movie Review") now gives way to its
headline, and its paragraphs, laid out in a table's cell, keep their lines, the drop cap
given back to its word ("tar Wars" in the gold too); with the BBC's "From the section"
label, its dates "… Last updated at 15:42 GMT" and the Times's "Home - Site Index" menu
cut as furniture: 0.9317 (0.9179 / 0.9466).

Scored as the first set: token F1 over word tokens, pages under 0.8 recall, site-suffixed
titles, junk authors. Its two halves (pages in name order, alternately) are reported too,
for checking a rule on both.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.pages import named_or_committed, print_set, set_figures

NAME = "pages_goose"
ENVIRONMENT = "COMPARER_GOOSE_PAGES"
COMMITTED = Path(__file__).resolve().parent.parent / "tests" / "pages" / "goose"


def folder() -> Path | None:
    """The folder named by :data:`ENVIRONMENT`, else the committed one if this checkout has it."""
    return named_or_committed(ENVIRONMENT, COMMITTED)


def evaluate(root: Path) -> dict[str, float] | None:
    """The figures on the whole set and on each half (``root`` is not read: the set is ours)."""
    return set_figures(folder(), ("token_f1", "under_08_recall"))


def main() -> None:
    """Print each page's figures (``python -m evaluation.pages_goose``)."""
    print_set(folder(), ENVIRONMENT, 24)


if __name__ == "__main__":
    main()
