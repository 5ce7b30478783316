"""Furniture rules and text metadata on lines written like other sites write them."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.ingest import extract_text
from comparer.model import Furniture

HEAD = "Strike kills ten near the border"
FIRST = "At least ten civilians were killed on Saturday, officials said."
LAST = "The ministry sent two letters to the United Nations."


def _article(middle: str) -> str:
    return f"{HEAD}\n\n{FIRST}\n\n{middle}\n\n{LAST}\n"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Home › World › Middle East", Furniture.NAVIGATION),
        ("Tags: Syria, ISIS, coalition", Furniture.NAVIGATION),
        ("Sign up for our daily newsletter", Furniture.NEWSLETTER),
        ("Get the latest headlines delivered to your inbox every morning.", Furniture.NEWSLETTER),
        ("ADVERTISEMENT", Furniture.ADVERTISEMENT),
        ("— Sponsored content —", Furniture.ADVERTISEMENT),
        ("Read also: Syria demands UN action on coalition strikes", Furniture.READ_MORE),
        ("Share this story", Furniture.SHARE),
        ("Facebook Twitter WhatsApp Email", Furniture.SHARE),
        ("Follow us on Telegram for breaking news", Furniture.BOILERPLATE),
        ("© 2019 Example Media. All rights reserved.", Furniture.BOILERPLATE),
        ("The views expressed in this article are the author's own.", Furniture.DISCLAIMER),
    ],
)
def test_generic_furniture_lines(line: str, reason: Furniture) -> None:
    article = extract_text(_article(line))
    assert line not in article.text
    assert [r.reason for r in article.removed if r.text == line] == [reason]
    assert [s.text for s in article.sentences] == [FIRST, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Search teams found ten more bodies under the rubble on Sunday.",
        "Related to this, the ministry said the strikes had to stop.",
        "Advertisement boards in the city were covered with the names of the dead.",
        "Subscribers to the agency's service received the statement late on Monday.",
        "Read more closely, the letter accuses three governments of complicity.",
        "Share prices in Damascus fell after the attack.",
        "By Monday, the troops had withdrawn from the village.",
        "March 3, 2019, was the day the strike killed ten people.",
        "— The ministry said the attacks must stop now —",
        "More than 256 thousand students took the exams on Wednesday.",
    ],
)
def test_article_lines_that_look_like_furniture_are_kept(line: str) -> None:
    article = extract_text(_article(line))
    assert line in article.text
    assert [s.text for s in article.sentences] == [FIRST, line, LAST]


def test_removed_positions_point_where_the_block_stood() -> None:
    article = extract_text(_article("- Advertisement -"))
    ad = next(r for r in article.removed if r.reason is Furniture.ADVERTISEMENT)
    assert article.text[: ad.position] == f"{FIRST}\n\n"
    assert article.text[ad.position :] == LAST


def test_teaser_run_ends_at_the_next_article_paragraph() -> None:
    text = (
        f"{HEAD}\n\n{FIRST}\n\nRelated stories\n\nCoalition denies hitting civilians\n\n"
        f"BEIRUT — The coalition denied on Monday that its planes had …\n\n{LAST}\n"
    )
    article = extract_text(text)
    teaser = next(r for r in article.removed if r.reason is Furniture.TEASER)
    assert teaser.text.splitlines()[1] == "Coalition denies hitting civilians"
    assert [s.text for s in article.sentences] == [FIRST, LAST]


@pytest.mark.parametrize(
    ("line", "raw", "published", "outlet"),
    [
        (
            "November 12th, 2017 – Fort Russ News –",
            "November 12th, 2017",
            date(2017, 11, 12),
            "Fort Russ News",
        ),
        (
            "Published: 3 March 2019 | Example Times",
            "3 March 2019",
            date(2019, 3, 3),
            "Example Times",
        ),
        ("Dec. 16, 2018", "Dec. 16, 2018", date(2018, 12, 16), ""),
        ("2018-12-17 14:05", "2018-12-17", date(2018, 12, 17), ""),
        # The Times of India's (Postlight's set)
        ("This story is from October 9, 2019", "October 9, 2019", date(2019, 10, 9), ""),
    ],
)
def test_date_lines(line: str, raw: str, published: date, outlet: str) -> None:
    article = extract_text(f"{HEAD}\n\n{line}\n\n{FIRST}\n\n{LAST}\n")
    assert article.meta.published_raw == raw
    assert article.meta.published == published
    assert article.meta.outlet == outlet
    assert line not in article.text
    assert any(r.reason is Furniture.METADATA and r.text == line for r in article.removed)


def test_byline_and_credits() -> None:
    article = extract_text(
        f"{HEAD}\n\nBy Jane Doe and John Smith\n\n– Reuters – – edited by Ann Lee –\n\n{FIRST}"
        f"\n\n{LAST}"
    )
    assert article.meta.author == "Jane Doe and John Smith"
    assert article.meta.credits == ("Reuters", "edited by Ann Lee")
    assert article.text == f"{FIRST}\n\n{LAST}"


@pytest.mark.parametrize(
    ("first", "dateline", "outlet"),
    [
        ("WASHINGTON — President Obama will sign the order.", "WASHINGTON", ""),
        ("BEIRUT (Reuters) - Syrian forces advanced.", "BEIRUT (Reuters)", "Reuters"),
        ("Aleppo, AFP – The shelling went on overnight.", "Aleppo, AFP", "AFP"),
        ("US-led coalition planes struck again.", "", ""),
    ],
)
def test_datelines(first: str, dateline: str, outlet: str) -> None:
    article = extract_text(f"{HEAD}\n\n{first}\n\n{LAST}")
    assert article.meta.dateline == dateline
    assert article.meta.outlet == outlet
    assert article.sentences[0].text == first


def test_one_paragraph_text_has_no_headline() -> None:
    article = extract_text(f"{FIRST} {LAST}")
    assert article.meta.title == ""
    assert article.removed == ()


def test_caption_spans_are_kept_in_text() -> None:
    caption = "A handout picture released by SANA shows the ruins of a house. (Photo by AFP)"
    article = extract_text(_article(caption))
    assert [article.text[c.start : c.end] for c in article.captions] == [caption]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministry said that the attacks were a crime and that it would act.", "en"),
        ("Le ministère a déclaré que les frappes sont un crime et qu'il va agir.", "fr"),
        (
            "Das Ministerium sagte, dass die Angriffe ein Verbrechen seien und es handeln werde.",
            "de",
        ),
        ("El ministerio dijo que los ataques son un crimen y que va a actuar pronto.", "es"),
        ("قالت الوزارة إن الهجمات جريمة وإنها ستتحرك قريبا لوقفها.", "ar"),
        ("Министерство заявило, что удары являются преступлением.", "ru"),
        ("12345 67890 !!!", ""),
    ],
)
def test_language(text: str, language: str) -> None:
    assert extract_text(text).meta.language == language


def test_zero_width_joiners_that_spell_words_are_kept() -> None:
    # Bengali (as ukbdnews.com prints it, in trafilatura's evaluation pages) and Persian
    # spell words with U+200C and U+200D; a zero-width space is only debris.
    bengali = "আজ শনিবার (২৯ আগস্ট) সকাল সাড়ে ৭টার দিকে র\u200d্যাব এ ঘটনা জানায়।"
    persian = "من می\u200cخواهم امروز به خانه بروم و کتاب بخوانم."
    for sentence in (bengali, persian):
        text = extract_text(f"Headline\n\n{sentence}\n\nA\u200bnother line of the text.").text
        assert sentence in text
        assert "Another line of the text." in text


def test_text_is_stored_in_one_spelling_nfc() -> None:
    # "e" + combining acute, and Bengali's ড় written as one code point (U+09DC, which NFC
    # spells as two): a report typed one way must match a report typed the other way.
    text = extract_text("Headline\n\nCafe\u0301 owners met on Saturday near the river \u09dc.").text
    assert text == "Caf\u00e9 owners met on Saturday near the river \u09a1\u09bc."
