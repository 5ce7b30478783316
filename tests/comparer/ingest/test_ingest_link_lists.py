"""A list of links to other stories inside an article's text is cut out; the article stays.

The real lines are Jeff Haden's 2015 LinkedIn post in the fifth committed dev set (GoOse's
tests): "I also write for Inc.com:" and five of his headlines, each a whole list item that
is one link, then a plug for his book.
"""

from __future__ import annotations

from comparer.ingest import extract_bytes

BODY = (
    "Where physical challenges are concerned there are hundreds if not thousands of times I "
    "want to quit. Training is hard and only gets harder. Balancing family and work and "
    "everything else is hard and only gets harder.",
    'It\'s hard not to stop, by choice or otherwise, at "good enough." But sometimes, if the '
    "goal is big enough, we have to be great: not great compared to other people... but "
    "great compared to ourselves.",
    "When you succeed, you become something you were not. And then you get to do it again, "
    "and become something else you once were not -- but definitely are now.",
)
HEADLINES = (
    "8 Habits of People With Amazing Determination and Willpower",
    "An Almost Foolproof Way to Achieve Every Goal You Set",
    "5 Scientifically Proven Ways to Work Smarter, Not Harder",
)
PLUG = (
    "If after 10 minutes you don't find at least 5 things you can do to make your life "
    "better I'll refund your money."
)


def _item(number: int, headline: str, after: str = "") -> str:
    link = f'<a href="http://www.inc.com/jeff-haden/{number}.html"><strong>{headline}</strong></a>'
    return f"<li>{link}{after}</li>"


def _text(items: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>An Unexpected Way</title></head><body><article><h1>An Unexpected "
        f"Way</h1><div class='prose'>{paragraphs}<p><em>I also write for Inc.com:</em></p>"
        f"<ul>{items}</ul><p>{PLUG}</p></div></article></body></html>"
    )
    return extract_bytes(page.encode(), source="linkedin.html", filename="linkedin.html").text


def test_the_writers_other_headlines_leave_and_his_post_stays() -> None:
    text = _text("".join(_item(n, h) for n, h in enumerate(HEADLINES)))
    assert all(line in text for line in BODY)
    assert "I also write for Inc.com:" in text and PLUG in text
    assert not any(headline in text for headline in HEADLINES)


def test_items_saying_more_than_their_link_stay_and_the_links_beside_them_leave() -> None:
    cited = "".join(_item(n, h, " by Jeff Haden, in Inc.") for n, h in enumerate(HEADLINES))
    links = "".join(_item(n, h.upper()) for n, h in enumerate(HEADLINES))
    text = _text(f"{cited}</ul><p>And on his site:</p><ul>{links}")
    assert all(f"{headline} by Jeff Haden" in text for headline in HEADLINES)
    assert "And on his site:" in text
    assert not any(headline.upper() in text for headline in HEADLINES)


def test_a_page_that_is_mostly_links_is_left_whole() -> None:
    items = "".join(f'<li><a href="/story/{n}">{h} {h}</a></li>' for n, h in enumerate(HEADLINES))
    page = f"<html><body><div class='index'><p>{BODY[2]}</p><ul>{items}</ul></div></body></html>"
    text = extract_bytes(page.encode(), source="index.html", filename="index.html").text
    assert all(headline in text for headline in HEADLINES)
