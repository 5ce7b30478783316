"""A page whose body is built by scripts still imports whole from its JSON-LD articleBody."""

from __future__ import annotations

import json

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.formats.declared_body import without_editor_markup

PARAGRAPHS = [
    f"Paragraph {n} of the report: the council met again on Tuesday and heard the engineers "
    f"explain, for the {n}th time, why the old bridge must close to lorries next month."
    for n in range(1, 9)
]


def _page(declared: object, shown: list[str], extra: str = "") -> bytes:
    script = json.dumps(declared)
    body = "".join(f"<p>{p}</p>" for p in shown)
    return (
        "<html><head><title>Bridge closes</title>"
        f'<script type="application/ld+json">{script}</script>{extra}</head>'
        f"<body><h1>Bridge closes</h1><article>{body}</article></body></html>"
    ).encode()


def _text(page: bytes) -> str:
    return extract_bytes(page, source="page.html", filename="page.html").text


def test_a_declared_body_much_longer_than_the_extraction_is_used() -> None:
    declared = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "\n".join(PARAGRAPHS)},
    ]}  # fmt: skip
    assert _text(_page(declared, PARAGRAPHS[:2])).split("\n\n") == PARAGRAPHS
    # So little shown that trafilatura falls back to the declared body, on one line.
    assert _text(_page(declared, PARAGRAPHS[:1])).split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "declared",
    [
        {"@type": "NewsArticle", "articleBody": PARAGRAPHS[0]},  # a paywall's teaser
        {"@type": "NewsArticle", "articleBody": "\n".join(PARAGRAPHS[:5])},  # not much more
        {"@type": "NewsArticle"},
    ],
)
def test_the_extraction_stays_when_the_declared_body_is_no_better(declared: object) -> None:
    assert _text(_page(declared, PARAGRAPHS[:4])).split("\n\n") == PARAGRAPHS[:4]


def test_broken_or_deeply_nested_json_ld_is_ignored() -> None:
    nested = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    broken = '<script type="application/ld+json">{"articleBody": "unfinished</script>'
    page = _page({"@type": "WebPage"}, PARAGRAPHS[:3], extra=nested + broken)
    assert _text(page).split("\n\n") == PARAGRAPHS[:3]


# The New Yorker's articleBody (the Fundus set's page), its markup as the site declares it.
EDITOR_BODY = (
    "+++dropcap\n\nOn a clear morning in late March, in rural St. Elmo, Minnesota, I followed "
    "two materials scientists.\n\n+++\n\nLast year, Johnson, Manzara, Field, and other "
    "collaborators published [a paper](https://agupubs.onlinelibrary.wiley.com/doi/full/1) in "
    "the journal *Earth’s Future*.\n\n+++feature-default\n\n"
    '[#image: /photos/6442ac41a765749b63ab2787]\n{: legacyType="feature-small"}\n\n'
    "In 2015, Field gave a talk at *NASA*{: .small}’s Ames Research Center."
)


def test_conde_nasts_editor_markup_is_read_as_words() -> None:
    found = without_editor_markup(EDITOR_BODY)
    assert [line for line in found.splitlines() if line.strip()] == [
        "On a clear morning in late March, in rural St. Elmo, Minnesota, I followed two "
        "materials scientists.",
        "Last year, Johnson, Manzara, Field, and other collaborators published a paper in the "
        "journal Earth’s Future.",
        "In 2015, Field gave a talk at NASA’s Ames Research Center.",
    ]


def test_a_body_without_editor_markup_keeps_its_brackets_and_asterisks() -> None:
    text = "The vote was 5*3 [sic] and *not* final, {a} clerk said (see [1](/notes))."
    assert without_editor_markup(text) == text
