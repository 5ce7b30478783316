"""The standfirst of a web page: the summary printed under its headline.

News pages print a sentence or two between the headline and the body (a "dek",
"standfirst" or "lead"), usually outside the element holding the body, so trafilatura
leaves it out; yet it is the outlet's own framing of the story, and the gold of every
extraction benchmark we measured counts it as article text. Pages repeat it as their
description (``og:description``), which tells it apart from teasers and menus: the
description is put before the body only when the page shows it, word for word, as an
element of its own, and the text does not already hold it (a description is often the
first paragraph, or its start).

A page whose description differs from its standfirst (shortened, or another summary) still
names the standfirst's element by its class ("perex", "intro", "dek", "teaser", "lead") and
prints it between the headline and the body: such an element, found there, is used too,
a line a paragraph, an empty player or picture in it no bar ("preamble", "ingress": the
Nordic name; Expressen's, three paragraphs and a video, under a headline its audio player
prints again). Fundus's set 0.9730 -> 0.9737 (halves 0.9742 -> 0.9748 / 0.9718 -> 0.9725:
Expressen's and Börsen-Zeitung's), the other four sets unchanged. A class that is a style
sheet's hash leaves the name to a data attribute (the Süddeutsche's ``data-manual=
"teaserText"``), read too: Fundus 0.9750 -> 0.9751 (0.9749 -> 0.9751 / 0.9751), the others
unchanged. A page in its publisher's own markup names the standfirst by its tag, one no
HTML defines (Die Zeit's e-paper ``<subtitle>``, without a final stop: a tag says more than
a class), and the body is placed by its first line when the page holds words the text
left out after it (a pull quote's placeholder author): Postlight's lead found 0.8444 ->
0.8519 (half b 0.8209 -> 0.8358, half a held 0.8676), the other four sets unchanged. Left:
The Portugal News's standfirst, shown only in its share links.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import defs  # type: ignore[import-untyped]

from comparer.ingest.formats.page_letters import key, letters, page_letters, shown, words_of

_MIN_WORDS = 8
_MAX_CHARS = 600
_LEAD_CHARS = 20
_MAX_WORDS = 120
_NEAR_HEADLINE = 120
"""Letters a standfirst may stand after an earlier print of the headline (a date, a byline:
Expressen's 41, Börsen-Zeitung's 0; a New York Times teaser after its menu's headline, 211)."""
_WORD = re.compile(r"[A-Za-z][\w-]{0,39}")
"""An attribute's value that is a name, not an address, a sentence or data."""
_LEAD_CLASS = re.compile(
    r"intro|teaser|lead(?!er)|lede|perex|standfirst|\bdek\b|\bdeck\b|summary|subtitle|"
    r"subhead|excerpt|abstract|chapeau|chapo|vorspann|description|kicker|preamble|ingress",
    re.IGNORECASE,
)
_NOT_LEAD_CLASS = re.compile(
    r"caption|credit|image|img|photo|media|video|figure|byline|author|date|time|share|"
    r"social|related|more|list|nav|menu|breadcrumb|tag|comment",
    re.IGNORECASE,
)


def standfirst(tree: Any, description: str, text: str, title: str = "") -> str:
    """The page's shown summary if ``text`` (the extracted body) lacks it, else "".

    ``tree`` is the page parsed by trafilatura's parser (None for a page it cannot read);
    ``title`` is the headline, after which a standfirst stands.
    """
    if tree is None:
        return ""
    summary = " ".join(description.split())
    found = letters(text)
    if _fits(summary) and key(summary) not in found and _shown(tree, summary):
        return summary
    return _named_standfirst(tree, text, found, title)


def _fits(summary: str) -> bool:
    return len(summary.split()) >= _MIN_WORDS and len(summary) <= _MAX_CHARS


def _named_standfirst(tree: Any, text: str, found: str, title: str) -> str:
    """The first element named like a standfirst between the headline and the body
    (``found``: the letters of ``text``)."""
    leads = [lead for lead in map(_lead_text, tree.iter()) if lead and key(lead) not in found]
    if not leads:
        return ""
    page = page_letters(tree)
    shown = {key(h1.text_content()) for h1 in tree.iter("h1")} - {""}
    body = _body_place(page, _after_headline(text, shown | {key(title)}))
    if body < 0:
        return ""
    places = _headline_places(page, shown, key(title) if title.strip() else "", body)
    for rank, (start, end) in enumerate(places):
        limit = body if rank == 0 else min(body, end + _NEAR_HEADLINE)
        lead = next((lead for lead in leads if start < page.find(key(lead), start) < limit), "")
        if lead:
            return lead
    return ""


def _body_place(page: str, body: str) -> int:
    """Where ``body`` starts in ``page``, else -1; by its first line alone when the page holds
    words between that line and the next the text left out (a pull quote's placeholder
    author, "xxx", in Die Zeit's e-paper)."""
    found = page.find(key(body))
    first = body.partition("\n")[0]
    return found if found >= 0 or not first.strip() else page.find(key(first))


def _headline_places(page: str, shown: set[str], title: str, body: int) -> list[tuple[int, int]]:
    """Where the headline stands before ``body`` in ``page`` (start and end), nearest first.

    The page's own <h1> places it; the <title> only when no <h1> comes first (a title's
    words also stand in image captions and teasers). A page may print the headline again
    between its standfirst and its body (an audio player's "Listen: <headline>"), so the
    earlier places are tried too, but only for a standfirst right under them
    (:data:`_NEAR_HEADLINE`): a menu repeating the headline at the top of the page comes
    before teasers of other stories.
    """
    places = {(at, at + len(head)) for head in shown for at in _occurrences(page, head, body)}
    if not places and title:
        places = {(at, at + len(title)) for at in _occurrences(page, title, body)}
    return sorted(places, reverse=True)


def _occurrences(page: str, passage: str, end: int) -> list[int]:
    found, at = [], page.find(passage, 0, end)
    while at >= 0:
        found.append(at)
        at = page.find(passage, at + 1, end)
    return found


def _name(element: Any) -> str:
    """What names ``element``: its class and id, and the short words a page's scripts name it
    by where the class is a style sheet's hash (``data-manual="teaserText"``,
    ``itemprop="description"``)."""
    names = [element.get("class") or "", element.get("id") or ""]
    if _custom(element):
        names.append(element.tag)
    for attribute, value in element.attrib.items():
        if (attribute == "itemprop" or attribute.startswith("data-")) and _WORD.fullmatch(value):
            names.append(value)
    return " ".join(names)


def _custom(element: Any) -> str:
    """The tag of an element no HTML defines ("subtitle", "abstract"), else "": a page
    written in its publisher's own markup names its parts by their tags."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag if tag and tag not in defs.tags else ""


def _not_lead(element: Any) -> bool:
    """Whether ``element`` is a caption, byline, date, menu or the like, in or as a lead."""
    return element.tag == "time" or bool(_NOT_LEAD_CLASS.search(_name(element)))


def _after_headline(text: str, headlines: set[str]) -> str:
    """``text`` without its first line when that line is a headline (by its key)."""
    first, _, rest = text.partition("\n")
    return rest if key(first) in headlines and rest.strip() else text


def _lead_text(element: Any) -> str:
    """The element's text if it is named like a standfirst and reads like one, else ""."""
    if not isinstance(element.tag, str) or element.tag in ("figure", "figcaption", "a"):
        return ""
    if not _LEAD_CLASS.search(_name(element)) or any(map(_textual_not_lead, element.iter())):
        return ""
    summary = _paragraphs_of(element)
    words = len(summary.split())
    ended = summary.endswith(tuple(".!?…:»“\"'")) or _LEAD_CLASS.fullmatch(_custom(element))
    readable = _MIN_WORDS <= words <= _MAX_WORDS and bool(ended)
    return summary if readable and shown(element) else ""


def _textual_not_lead(part: Any) -> bool:
    """Whether ``part`` is a caption, byline, date or the like with words of its own: an
    empty player or picture in a standfirst does not make it one."""
    return _not_lead(part) and bool(words_of(part))


def _paragraphs_of(element: Any) -> str:
    """The element's words, a line a paragraph when it holds several ("Lundsberg's pupils
    broke in at night." / "Five are charged."), else on one line."""
    paragraphs = [words_of(p) for p in element.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    return "\n".join(paragraphs) if len(paragraphs) > 1 else words_of(element)


def _shown(tree: Any, summary: str) -> bool:
    """Whether some visible element of the page holds exactly ``summary``.

    Only elements whose own first words start the summary are read whole, so a page of
    deeply nested elements costs one pass, not one pass per element.
    """
    least = min(len(summary), _LEAD_CHARS)
    for element in tree.iter():
        head = " ".join((element.text or "").split()) if isinstance(element.tag, str) else ""
        if len(head) < least or not summary.startswith(head[: len(summary)]):
            continue
        if words_of(element) == summary and shown(element):
            return True
    return False
