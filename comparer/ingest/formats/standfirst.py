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
prints it between the headline and the body: such an element, found there, is used too.
"""

from __future__ import annotations

import re
from typing import Any

from comparer.ingest.formats.page_letters import key, letters, page_letters, words_of

_MIN_WORDS = 8
_MAX_CHARS = 600
_LEAD_CHARS = 20
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "meta", "title"})
_MAX_WORDS = 120
_LEAD_CLASS = re.compile(
    r"intro|teaser|lead(?!er)|lede|perex|standfirst|\bdek\b|\bdeck\b|summary|subtitle|"
    r"subhead|excerpt|abstract|chapeau|chapo|vorspann|description|kicker",
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
    body = page.find(key(_after_headline(text, shown | {key(title)})))
    # The page's own <h1> places the headline; the <title> only when no <h1> comes first
    # (a title's words also stand in image captions and teasers).
    headline = max((page.rfind(head, 0, body) for head in shown), default=-1)
    if headline < 0 and title.strip():
        headline = page.rfind(key(title), 0, body)
    if body < 0 or headline < 0:
        return ""
    return next((lead for lead in leads if headline < page.find(key(lead), headline) < body), "")


def _name(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


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
    if not _LEAD_CLASS.search(_name(element)) or any(_not_lead(part) for part in element.iter()):
        return ""
    summary = words_of(element)
    words = len(summary.split())
    readable = _MIN_WORDS <= words <= _MAX_WORDS and summary[-1] in ".!?…:»“\"'"
    return summary if readable and _visible(element) else ""


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
        if words_of(element) == summary and _visible(element):
            return True
    return False


def _visible(element: Any) -> bool:
    return not any(ancestor.tag in _HIDDEN for ancestor in element.iterancestors())
