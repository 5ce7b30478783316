"""The standfirst printed under a page's headline is kept, once, and only if shown."""

from __future__ import annotations

import pytest

from comparer.ingest import extract_bytes

DEK = "Engineers found cracks in two piers, and the council says repairs will take a year."
BODY = (
    "The council voted on Tuesday to close the old bridge to lorries from next month, after "
    "an inspection in the spring.",
    "The mayor said a new bridge would be built within five years if money could be found.",
    "Residents of both banks have asked for a ferry while the bridge is closed to traffic.",
)


def _page(description: str, shown: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    return (
        "<html><head><title>Old bridge closes to lorries</title>"
        f'<meta property="og:description" content="{description}"></head><body>'
        f'<header><h1>Old bridge closes to lorries</h1><p class="dek">{shown}</p></header>'
        f"<article>{body}</article><footer>Contact us</footer></body></html>"
    ).encode()


def _paragraphs(page: bytes) -> list[str]:
    return extract_bytes(page, source="page.html", filename="page.html").text.split("\n\n")


def test_a_shown_standfirst_opens_the_text() -> None:
    assert _paragraphs(_page(DEK, DEK)) == [DEK, *BODY]


@pytest.mark.parametrize(
    ("description", "shown"),
    [
        (DEK, ""),  # only in the page's metadata: a summary for search engines, not shown
        (BODY[0], BODY[0]),  # the first paragraph itself
        (BODY[0][:80] + "…", BODY[0][:80] + "…"),  # the first paragraph's start
        ("Bridge closes.", "Bridge closes."),  # too short to be a standfirst
    ],
)
def test_no_standfirst_is_added_twice_or_unseen(description: str, shown: str) -> None:
    assert _paragraphs(_page(description, shown)) == list(BODY)
