"""Lists and lines that ARE the article stay in it: a review found rules meant for related
stories and repeated bylines cutting a list of the dead with their names in bold, an
interview's speaker lines and a product review's linked headings (those rules were dropped)."""

from __future__ import annotations

import pytest

from comparer.ingest.extract import extract_bytes

VICTIMS = (
    "<html><head><title>Five killed in market shooting</title>"
    "<meta name='author' content='Jane Doe'></head><body><nav>"
    "<a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>Five killed in market shooting</h1><p class='byline'>By Jane Doe</p>"
    "<div itemprop='articleBody'>"
    "<p>The gunman opened fire at a crowded market in the town centre on Saturday afternoon,"
    " police said, killing five people and wounding a dozen more before he was arrested.</p>"
    "<p>Officers arrived within four minutes of the first call, according to a statement"
    " from the regional police chief, who praised the bystanders who tended to the"
    " wounded.</p>"
    "<p>The town's mayor declared three days of mourning and said a vigil would be held on"
    " Monday evening in the square where the shooting took place.</p>"
    "<p>Police named the dead on Sunday:</p><ul><li>"
    "<strong>Maria Lopez:</strong> <a href='/obit/0'>42, a teacher at Central High for"
    " twenty years</a>"
    "</li><li>"
    "<strong>Ahmed Khan:</strong> <a href='/obit/1'>19, a first-year student of"
    " engineering</a>"
    "</li><li>"
    "<strong>Peter Novak:</strong> <a href='/obit/2'>67, a retired bus driver and"
    " grandfather</a>"
    "</li></ul><p>Relatives of all of them gathered at the hospital on Sunday night.</p>"
    "</div></article><footer><a href='/about'>About</a></footer></body></html>"
)
INTERVIEW = (
    "<html><head><title>'I never wanted to be mayor': an interview with John Smith</title>"
    "<meta name='author' content='Jane Doe'></head><body><nav>"
    "<a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>'I never wanted to be mayor': an interview with John Smith</h1>"
    "<p class='byline'>By Jane Doe</p><div itemprop='articleBody'>"
    "<p>John Smith was elected mayor last month after a campaign few expected him to win. We"
    " spoke in his office at city hall on Friday.</p>"
    "<p>Jane Doe</p><p>What made you run?</p><p>John Smith</p>"
    "<p>My father ran twice and lost twice. I wanted to finish what he started.</p>"
    "<p>Jane Doe</p><p>What comes first?</p><p>John Smith</p>"
    "<p>The buses. People wait forty minutes for a bus in the rain.</p></div></article>"
    "<footer><a href='/about'>About</a></footer></body></html>"
)
REVIEW = (
    "<html><head><title>The best budget headphones of 2026</title>"
    "<meta name='author' content='Jane Doe'></head><body><nav>"
    "<a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>The best budget headphones of 2026</h1><p class='byline'>By Jane Doe</p>"
    "<div itemprop='articleBody'>"
    "<p>We tested thirty pairs of headphones over three months in offices, trains and gyms"
    " to find the best ones you can buy for under fifty dollars.</p>"
    "<h2><a href='https://shop.example.com/sony-wh'>Sony WH-CH520 headphones</a></h2><h3>"
    "<a href='https://shop.example.com/sony-wh'>$38 at Amazon</a></h3>"
    "<p>The Sony pair lasted fifty hours on a charge in our tests and was the most"
    " comfortable over a long day of work.</p>"
    "<h2><a href='https://shop.example.com/jabra'>Jabra Elite 4 Active</a></h2><h3>"
    "<a href='https://shop.example.com/jabra'>$49 at Best Buy</a></h3>"
    "<p>They never fell out during our runs and shrugged off rain.</p></div></article>"
    "<footer><a href='/about'>About</a></footer></body></html>"
)


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (VICTIMS, ["Maria Lopez", "42, a teacher", "Ahmed Khan", "Peter Novak"]),
        (INTERVIEW, ["Jane Doe\n\nWhat made you run?", "Jane Doe\n\nWhat comes first?"]),
        (REVIEW, ["Sony WH-CH520 headphones", "Jabra Elite 4 Active"]),
    ],
)
def test_article_lists_and_speaker_lines_stay(page: str, kept: list[str]) -> None:
    text = extract_bytes(page.encode(), source="page", filename="a.html").text
    for words in kept:
        assert words in text
