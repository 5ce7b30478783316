"""The authors a page declares in its head, to complete or correct the one trafilatura read.

trafilatura returns one author field, often one name where the page credits several (The
New York Times' ``byl`` meta "By Marc Santora, William K. Rashbaum, Al Baker and Adam
Goldman", Reuters' "Howard Schneider, Lindsay Dunsmuir") or, on a page whose metas it did
not read, whatever stood near a byline ("Lesedauer", a photographer). The page's author
metas are its publisher's word: the one naming the most people is taken. Their value is
read from ``content``, or from ``value`` as some saving tools write it (Postlight's
fixtures). Metas giving profile addresses (``article:author`` on the Guardian) name
people by their address's last part ("/profile/julia-carrie-wong"); those only add
co-authors to a name found, since an address loses accents and capitals.
"""

from __future__ import annotations

import re
from typing import Any

from comparer.ingest.formats.rights import holder_removed
from comparer.ingest.people import People, clean_authors, name_key

_Element = Any  # an lxml element (lxml ships no type stubs)
_AUTHOR_KEYS = frozenset(
    {"author", "byl", "article:author", "og:article:author", "sailthru.author",
     "parsely-author", "dc.creator", "dcterms.creator", "citation_author"}
)  # fmt: skip
_SLUG = re.compile(r"https?://[^\s,]+/(?P<slug>[a-z]+(?:-[a-z]+){1,3})/?")


def declared_people(tree: _Element | None, holder: str = "") -> tuple[People, tuple[str, ...]]:
    """The people of the page's author meta naming the most, and names read off profile
    addresses; the copyright ``holder`` is no author ("Condé Nast" on WIRED): a meta naming
    only the holder is the publisher's, even when the writer holds the copyright, since
    the byline then names the writer too."""
    best = People()
    slugs: list[str] = []
    for value in _author_values(tree):
        value = holder_removed(value, holder)
        if "://" in value:
            slugs += [_slug_name(m.group("slug")) for m in _SLUG.finditer(value)]
            continue
        people = clean_authors(value)
        if len(people.names) > len(best.names):
            best = people
    return best, tuple(dict.fromkeys(slugs))


def _author_values(tree: _Element | None) -> list[str]:
    values = []
    for meta in [] if tree is None else tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").casefold()
        value = meta.get("content") or meta.get("value") or ""
        if key in _AUTHOR_KEYS and value.strip():
            values.append(value.strip())
    return values


def _slug_name(slug: str) -> str:
    return " ".join(part.capitalize() for part in slug.split("-"))


def with_declared(author: str, tree: _Element | None, holder: str = "") -> str:
    """``author`` completed with the co-authors the page declares, or replaced by them when
    it names none of them (or no one)."""
    found = clean_authors(author).names
    declared, slugs = declared_people(tree, holder)
    names = declared.names if _taken(found, declared.names) else found
    names = _with_slugs(names, slugs) or names
    return author if names == found else People(names).author


def _taken(found: tuple[str, ...], declared: tuple[str, ...]) -> bool:
    """Whether the declared names win: they hold every name found, or none of them."""
    if not declared:
        return False
    found_folded, declared_folded = _folded(found), _folded(declared)
    return not found_folded - declared_folded or not found_folded & declared_folded


def _with_slugs(found: tuple[str, ...], slugs: tuple[str, ...]) -> tuple[str, ...]:
    """``found`` and the other people of ``slugs``, if one of ``slugs`` is the one found."""
    if not found or not _folded(found) & _folded(slugs):
        return ()
    known = _folded(found)
    return (*found, *(s for s in slugs if name_key(s) not in known))


def _folded(names: tuple[str, ...]) -> set[str]:
    return {name_key(name) for name in names}
