"""Who holds a page's copyright, so that a publisher's name in the author field is not read
as a reporter's ("Condé Nast; Tom Bennett" on WIRED)."""

from __future__ import annotations

import re
from typing import Any

from comparer.ingest.people import clean_authors

_Element = Any  # an lxml element (lxml ships no type stubs)
_RIGHTS_NOISE = re.compile(
    r"copyright|\(c\)|©|\b\d{4}\b|all rights reserved|[-–,.;:]", re.IGNORECASE
)
_MAX_HOLDER = 60


def rights_holder(tree: _Element | None) -> str:
    """Who the page's copyright notice (``<meta name="copyright">``) names: "Condé Nast"."""
    for meta in [] if tree is None else tree.iter("meta"):
        if (meta.get("name") or "").casefold() == "copyright":
            notice = meta.get("content") or meta.get("value") or ""
            holder = " ".join(_RIGHTS_NOISE.sub(" ", notice).split())
            return holder if 2 <= len(holder) <= _MAX_HOLDER else ""
    return ""


def without_rights_holder(author: str, holder: str) -> str:
    """``author`` without the copyright holder: publishers put their own name in the author
    field ("Condé Nast; Tom Bennett" on WIRED), which is the company, not a reporter. A
    writer may hold their own copyright ("© 2020 Jane Doe" by Jane Doe): the holder goes
    only when another name is left."""
    rest = holder_removed(author, holder)
    return rest if clean_authors(rest).names else author


def holder_removed(text: str, holder: str) -> str:
    """``text`` with every mention of ``holder`` blanked out, whatever is left."""
    if not holder:
        return text
    return re.sub(rf"(?<!\w){re.escape(holder)}(?!\w)", " ", text, flags=re.IGNORECASE)
