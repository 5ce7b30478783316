"""A web page nested deeper than the HTML parser's default limit is parsed whole.

libxml2 (under lxml and trafilatura) stops descending 255 elements deep unless told the
document is huge, and silently drops whatever lies deeper: a page wrapping its body in
300 ``<div>`` s imported as "page furniture only". Such a page is parsed again with the
limit raised to libxml2's ceiling (2,047 elements deep); a page nested deeper still is
refused in one line rather than imported with text missing.
"""

from __future__ import annotations

from typing import Any

from lxml.html import HTMLParser, fromstring  # type: ignore[import-untyped]
from trafilatura.utils import load_html, repair_faulty_html

from comparer.ingest.refusal import Refusal

_Element = Any  # an lxml element (lxml ships no type stubs)
_DEFAULT_DEEPEST = 255  # ancestors of the deepest element libxml2 keeps by default
_HUGE_DEEPEST = 2047  # and when told the document is huge
# trafilatura's own parser settings, with the depth limit raised.
_HUGE_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)


def parsed_whole(html: str) -> _Element | None:
    """The tree of ``html`` as trafilatura parses it, with no element cut off by depth.

    None for what the parser cannot read; raises :class:`Refusal` for a page nested
    deeper than the parser can go at all.
    """
    tree = load_html(html)
    if tree is None or not _reaches(tree, _DEFAULT_DEEPEST):
        return tree
    tree = _parsed_huge(repair_faulty_html(html, html[:50].lower()))
    if _reaches(tree, _HUGE_DEEPEST):
        raise Refusal(
            f"web page nests its markup more than {_HUGE_DEEPEST:,} elements deep,"
            " so its text cannot all be read"
        )
    return tree


def _parsed_huge(html: str) -> _Element:
    try:
        return fromstring(html, parser=_HUGE_PARSER)
    except ValueError:  # a str declaring its own encoding must be given as bytes
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_HUGE_PARSER)


def _reaches(tree: _Element, ancestors: int) -> bool:
    """Whether an element of ``tree`` has ``ancestors`` (the parser's cut-off) above it.

    A path of that many steps from the root walks each level once: counting every
    element's ancestors took 1.6 s of CPU on 100,000 paragraphs 2,000 elements deep.
    """
    return bool(tree.xpath("boolean(/" + "/".join(["*"] * (ancestors + 1)) + ")"))
