"""The article's headline, when the title extraction found is doubtful.

trafilatura takes a page's title from its metadata, from a lone ``<h1>``, from elements
named like titles, or from the ``<title>``'s first part ("Life as a Healthcare CIO" of
"Life as a Healthcare CIO: In Shanghai this Week"). On blogs and older sites that gives the
site's name or a sidebar heading ("Recent Comments", "Allergies Health Center") instead of
the article's headline. A title is doubtful when the page's metadata does not declare it
(``og:title``, ``twitter:title``...) and it is a part of the page's ``<title>``, or that
whole title with a bar or dash in it ("Headline | Site"), or when none of them holds it;
or when the ``<title>`` says something else and an ``<h1>`` says the same (the metadata
declared a section's title, "Latest News & Headlines", over the article's).

The headline is then the candidate whose showing on the page ends nearest before the
article's first paragraph, where every template puts it. Candidates are the title found,
the ``<title>``'s parts up to its first bar or dash (behind which the site's name stands),
the declared titles and each ``<h1>``; never one naming the site, nor a single word. A
title the page shows nowhere before the body is kept. A showing must end before the body
starts (a ``<title>`` "Headline。｜Company" whose company opens the first paragraph is no
headline shown), and the body's first line is counted in words with three Chinese or
Japanese characters a word, so a Japanese page's is found at all.

First of all, an ``<h1>`` that says a run of the title's parts, and more than half its
letters, is the headline: the rest is the site's or its section's ("…が受賞：朝日新聞デジタル"
with the ``<h1>`` "…が受賞", "r/Showerthoughts - …"). Postlight's title match 0.9078 ->
0.9220 (halves 0.9577 -> 0.9718, 0.8571 -> 0.8714), Fundus's token F1 0.9728 -> 0.9730;
then the showing's end and the Japanese words, 0.9220 -> 0.9362 (half b 0.8714 -> 0.9000,
half a held), the other four sets unchanged. A candidate's Chinese or Japanese characters
count three to a word, and a Chinese ``<title>``'s underscores part it ("标题_栏目_网站"):
Qdaily's headline, behind a hidden ``<h1>`` with the site's name, 0.9362 -> 0.9433 (half b
0.9000 -> 0.9143, half a held); counting a run without spaces as a word besides (as the
body's first line is) made IIJ's blog name (てくろぐ) a rival headline, half a 0.9718 ->
0.9577. The ``<title>``'s rest behind its first dash is a candidate when the title found
is its part before and no longer in words (Takagi's diary "Blog - Headline"; a site's name
behind a headline is shorter): 0.9433 -> 0.9504 (half b 0.9143 -> 0.9286, half a held), the
other four sets unchanged. Dropped: letting a run of the ``<title>``'s
parts start behind the bar that ends a breadcrumb ("Site > Section > Page | Headline"),
which changed no figure once such a title gives way to its headline where it is read
(:mod:`.html`); and that rest without the length guard, with Japanese candidates counted
in words as the body's first line is: 0.9362 -> 0.9220, the L.A. Times's, the Daily
News's and IIJ's titles lost to their site's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from comparer.ingest.formats.page_letters import key, letters, page_letters
from comparer.ingest.titles import names_one_of, segments, strip_site

# A Chinese <title>'s underscores part it like dashes: "标题_栏目_网站" (headline, section, site).
_PARTS = re.compile(
    r"(\s+(?:\||-|–|—|::|·|•|»|«|›|‹|/|:)\s+|\s*\|\s*|:\s+"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef])_(?=[\u3040-\u30ff\u3400-\u9fff]))"
)
_OPENS = re.compile(r"[:»›]")
_EDGES = " »›«‹|:-–—·•"
_SITE_BAR = re.compile(r"\s(?:\||-|–|—|::|·|•)\s")
_MIN_WORDS = 2
_MAX_CHARS = 300
_BODY_WORDS = 8
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_CJK_PER_WORD = 3
_META_TITLE = re.compile(r"(?:og|twitter|dc|dcterms)?[:.]?title|headline", re.IGNORECASE)


def headline(tree: Any, title: str, text: str, names: Iterable[str]) -> str:
    """The page's headline: ``title`` unless it is doubtful and the page shows a better one.

    ``tree`` is the parsed page (None when unreadable), ``text`` the extracted body and
    ``names`` the site's and outlet's names, which are never a headline.
    """
    if tree is None:
        return title
    names = tuple(names)
    shown = _shown_part(title, tree)
    if shown:
        return shown
    declared = [_clean(_text_of(tree, ".//title")), *_meta_titles(tree)]
    if not _doubtful(title, declared) and not _gainsaid(title, declared[0], tree):
        return title
    page = page_letters(tree)
    candidates = list(_candidates(tree, title, declared, names))
    body = _body_start(page, text, {letters(c) for c in candidates})
    if body < 0:
        return title
    # Where a candidate's letters end: a headline and its own last part end together, and
    # then the title found, else the longer, is kept.
    ends = {c: _end_before(page, letters(c), body) for c in candidates}
    if ends.get(title, -1) >= 0:
        # The title found shows whole before the body: a part of it ("Hillary Clinton" of
        # "Hillary Clinton: Putin's ...") that shows again nearer, in a caption, is no rival.
        whole = letters(title)
        candidates = [c for c in candidates if c == title or letters(c) not in whole]
    best = max(candidates, key=lambda c: (ends[c], c == title, len(c)), default=title)
    return best if ends.get(best, -1) >= 0 else title


def _shown_part(title: str, tree: Any) -> str:
    """An ``<h1>`` saying a run of ``title``'s parts but not all of them: the page's own
    headline, the rest the site's or its section's ("…が受賞：朝日新聞デジタル",
    "r/Showerthoughts - Vanilla becoming …"); else ""."""
    parts = segments(title)
    if len(parts) < 2:
        return ""
    runs = {
        letters(" ".join(parts[start:end]))
        for start in range(len(parts))
        for end in range(start + 1, len(parts) + 1)
        if end - start < len(parts)
    }
    for h1 in tree.iter("h1"):
        shown = " ".join(h1.text_content().split())
        # The larger share of the title: a section's <h1> ("Politics" of "Politics | …") is
        # no headline.
        if letters(shown) in runs and 2 * len(letters(shown)) > len(letters(title)):
            return shown
    return ""


def _end_before(page: str, folded: str, body: int) -> int:
    """Where the last whole showing of ``folded`` in ``page`` before ``body`` ends, else -1."""
    found = page.rfind(folded, 0, body + len(folded)) if folded else -1
    return found + len(folded) if found >= 0 and found + len(folded) <= body else -1


def _doubtful(title: str, declared: list[str]) -> bool:
    folded = letters(title)
    whole = letters(declared[0])
    if not folded or not any(declared) or folded in {letters(d) for d in declared[1:]}:
        return False
    barred = _SITE_BAR.search(title) is not None
    part_of_title = bool(whole) and folded in whole and (folded != whole or barred)
    named = any(folded in letters(found) for found in declared if found)
    return part_of_title or not named


def _gainsaid(title: str, page_title: str, tree: Any) -> bool:
    """Whether the page's ``<title>`` is also its ``<h1>`` and holds nothing of ``title``:
    the metadata declared a section's or the site's title ("Yahoo News - Latest News &
    Headlines") while the page names the article in both places."""
    folded, whole = letters(title), letters(page_title)
    if not whole or not folded or folded in whole:
        return False
    return any(letters(h1.text_content()) == whole for h1 in tree.iter("h1"))


def _candidates(
    tree: Any, title: str, declared: list[str], names: tuple[str, ...]
) -> Iterator[str]:
    page_title = declared[0]
    unsited = strip_site(page_title, names) if page_title else ""
    parts = list(_spans(unsited))
    h1s = [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]
    rest = _rest_behind_name(page_title, title)
    for candidate in (title, *parts, *rest, *declared[1:], *h1s):
        if _headline_like(candidate, names):
            yield candidate


def _rest_behind_name(page_title: str, title: str) -> list[str]:
    """The ``<title>``'s rest behind its first dash when ``title`` is its part before, and
    not longer: a blog's name before its post's headline ("高木浩光＠自宅の日記 - 改正NICT法が…"),
    where a site's name behind a headline is shorter than it ("Headline - Los Angeles Times")."""
    name, dash, rest = page_title.partition(" - ")
    if not dash or letters(name) != letters(title):
        return []
    return [rest.strip()] if _headline_words(rest) >= _headline_words(title) else []


def _spans(page_title: str) -> Iterator[str]:
    """The runs of parts of ``page_title`` that may be its headline.

    A run may start only where a colon or "»" stands before it ("Blog: Headline", "Site »
    Archive » Headline"), never behind a dash, where the site's name stands ("Headline -
    Site"), though it may go on across one ("Building the Farm - the Barn"); a bar ends it.
    """
    pieces = _PARTS.split(page_title)
    starts = [0] + [i for i in range(2, len(pieces), 2) if _OPENS.search(pieces[i - 1])]
    for start in starts:
        if not all(_OPENS.search(pieces[i - 1]) for i in range(2, start + 1, 2)):
            break
        for end in range(start, len(pieces), 2):
            if end > start and "|" in pieces[end - 1]:
                break
            yield "".join(pieces[start : end + 1]).strip(_EDGES)


def _headline_like(candidate: str, names: tuple[str, ...]) -> bool:
    words = _headline_words(candidate)
    return (
        words >= _MIN_WORDS and len(candidate) <= _MAX_CHARS and not names_one_of(candidate, names)
    )


def _body_start(page: str, text: str, headlines: set[str]) -> int:
    """Where the body's first paragraph (not a headline) starts in ``page``, else -1."""
    for line in text.split("\n"):
        if _words(line) >= _BODY_WORDS and letters(line) not in headlines:
            return page.find(key(line))
    return -1


def _words(line: str) -> int:
    """``line``'s words, a run of three Chinese or Japanese characters counting as one (the
    scripts write no spaces: a 24-character sentence is no shorter than eight words)."""
    return len(line.split()) + len(_CJK.findall(line)) // _CJK_PER_WORD


def _headline_words(candidate: str) -> int:
    """``candidate``'s words, its Chinese or Japanese characters three to a word and no
    more: a site's name of four or five ("てくろぐ", "好奇心日报") stays one word, a single
    word never a headline."""
    spaced = sum(1 for word in candidate.split() if not _CJK.search(word))
    return spaced + len(_CJK.findall(candidate)) // _CJK_PER_WORD


def _text_of(tree: Any, path: str) -> str:
    found = tree.find(path)
    return found.text_content() if found is not None else ""


def _meta_titles(tree: Any) -> list[str]:
    """The titles the page's metadata declares (``og:title``, ``twitter:title``...)."""
    titles = []
    for element in tree.iter("meta"):
        named = (element.get("property") or "", element.get("name") or "")
        if any(_META_TITLE.fullmatch(name) for name in named) and element.get("content"):
            titles.append(_clean(str(element.get("content"))))
    return titles


def _clean(text: str) -> str:
    return " ".join(text.split())
