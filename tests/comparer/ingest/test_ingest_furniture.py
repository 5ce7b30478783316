"""The furniture rules added for issue 16, each on lines real pages print.

Every removal keeps its reason and the text, so it can be shown and put back.
"""

from __future__ import annotations

import pytest

from comparer.ingest import extract_text
from comparer.model import Furniture

HEAD = "Storm closes schools across the state"
FIRST = "Schools across the state were closed on Monday as the storm moved in, officials said."
LAST = "The governor said the schools would reopen on Wednesday if the roads were clear."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related: Ukraine says it repelled attack near Kharkiv", Furniture.READ_MORE),
        ("Also on rt.com Kiev regime 'shelled its own people' – Moscow", Furniture.TEASER),
        ("CLICK HERE TO GET THE FOX NEWS APP", Furniture.BOILERPLATE),
        ("CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM", Furniture.BOILERPLATE),
        ("Continue reading the main story", Furniture.NAVIGATION),
        ("Supported by", Furniture.NAVIGATION),
        ("Thanks for signing up!", Furniture.NEWSLETTER),
        ("Thank you for subscribing. You'll receive our newsletter soon.", Furniture.NEWSLETTER),
        ("Listen to this article", Furniture.BOILERPLATE),
        ("Download the NBC News app for breaking news and alerts", Furniture.BOILERPLATE),
        ("(Reporting by Tom Balmforth; Editing by Alex Richardson)", Furniture.METADATA),
        ("Image", Furniture.PHOTO_CREDIT),
        ("1 of 5", Furniture.NAVIGATION),
        ("Fullscreen", Furniture.NAVIGATION),
        ("Recent Slide Shows", Furniture.NAVIGATION),
        ("Today on WebMD", Furniture.NAVIGATION),
        ("Other Opinion Columns", Furniture.NAVIGATION),
        ("Loading Comments...", Furniture.BOILERPLATE),
        ("This feature is temporarily unavailable. Please try again later.", Furniture.BOILERPLATE),
        ("Credit: Getty Images", Furniture.PHOTO_CREDIT),
    ],
)
def test_furniture_lines_are_removed_with_their_reason(line: str, reason: Furniture) -> None:
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{line}\n\n{LAST}\n")
    assert line not in article.text
    assert [block.text for block in article.removed if block.reason is reason] == [line]


def test_a_photo_credit_glued_to_a_caption_is_cut_off() -> None:
    caption = "Senators arrived for the vote at the Capitol."
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{caption}CreditJoshua Roberts/Reuters\n\n{LAST}")
    assert caption in article.text.split("\n\n")
    credit = [b for b in article.removed if b.reason is Furniture.PHOTO_CREDIT]
    assert [b.text for b in credit] == ["CreditJoshua Roberts/Reuters"]
    assert article.text[: credit[0].position].rstrip().endswith(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Related talks between the two sides broke down on Friday, a diplomat said.",
        "He said the credit rating of the city would not be affected by the closures.",
        "Click-through rates for the state's alert system doubled during the storm.",
    ],
)
def test_article_sentences_that_start_like_furniture_stay(line: str) -> None:
    assert line in extract_text(f"{HEAD}\n\n{FIRST}\n\n{line}\n\n{LAST}\n").text
