"""Hand-built articles for library tests: sentences joined by spaces, every offset exact.

They are plain functions rather than fixtures because the writer processes that share a
library with a test (``python -m tests.comparer.storage.storage_writer``, and
``tests.comparer.sessions.mixed_writer``) must build the very articles the test then
looks for.
"""

from __future__ import annotations

import hashlib

from comparer.model import Extracted, Furniture, Metadata, Removed, Span
from evaluation.articles import extracted


def build_article(
    sentences: tuple[str, ...],
    title: str = "Strike hits market",
    outlet: str = "Example News",
    **meta: object,
) -> Extracted:
    """An :class:`Extracted` whose text is ``sentences`` joined by spaces, offsets exact."""
    text = " ".join(sentences)
    original = f"<h1>{title}</h1><p>{text}</p>".encode()
    return extracted(
        sentences,
        original=original,
        source=f"/imports/{hashlib.sha1(original).hexdigest()[:8]}.html",
        meta=Metadata(title=title, outlet=outlet, **meta),  # type: ignore[arg-type]
        media_type="text/html",
        removed=(
            Removed("Subscribe to our newsletter", Furniture.NEWSLETTER, 0),
            Removed("Read more: other news", Furniture.READ_MORE, len(text)),
        ),
        captions=(Span(0, len(sentences[0])),) if sentences else (),
    )


def dispatch(writer: str, number: int) -> Extracted:
    """The ``number``-th article a test writer process adds: unique, rebuilt the same anywhere."""
    return build_article(
        (
            f"Dispatch {number} filed by {writer} reports shelling near the river.",
            f"Officials counted {number * 3 % 97} casualties in the {writer} district.",
            "The report could not be independently verified.",
        ),
        title=f"{writer} dispatch {number}",
        outlet=writer,
    )
